// SPDX-License-Identifier: GPL-3.0-or-later
#include "fontpreload.h"

#include <QFontDatabase>
#include <QGuiApplication>
#include <QThread>

namespace sisambang::documents {

FontPreload::FontPreload()
{
    Q_ASSERT(qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr);
    // Font engines are cached per thread, so only the shared database is read
    // here, under Qt's font database lock, which text laid out meanwhile waits
    // on. families() takes the lock first; hasFamily() would resolve the family
    // through fontconfig before taking it, and fontconfig read while the main
    // thread set up the database reads its configuration twice (28 M
    // instructions).
    m_thread.reset(QThread::create([] { QFontDatabase::families(); }));
    m_thread->start();
}

FontPreload::~FontPreload()
{
    m_thread->wait();
}

} // namespace sisambang::documents
