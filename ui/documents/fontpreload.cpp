// SPDX-License-Identifier: GPL-3.0-or-later
#include "fontpreload.h"

#include "documentstyle.h"

#include <QFontDatabase>
#include <QGuiApplication>
#include <QThread>

namespace sisambang::documents {

FontPreload::FontPreload()
{
    Q_ASSERT(qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr);
    // Font engines are cached per thread, so only the shared database is read
    // here; every QFontDatabase call holds Qt's font database lock.
    m_thread.reset(
        QThread::create([] { QFontDatabase::hasFamily(style::fontFamilies().constFirst()); }));
    m_thread->start();
}

FontPreload::~FontPreload()
{
    m_thread->wait();
}

} // namespace sisambang::documents
