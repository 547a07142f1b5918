// SPDX-License-Identifier: GPL-3.0-or-later
#include "fontpreload.h"

#include "documentstyle.h"

#include <QFontDatabase>
#include <QGuiApplication>
#include <QThread>

namespace sisambang::documents {

FontPreload::FontPreload()
{
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()) == nullptr) {
        return; // no font database to read (a QCoreApplication, as in most CLI commands)
    }
    // Font engines are cached per thread, so only the shared database is read
    // here; every QFontDatabase call holds Qt's font database lock.
    m_thread.reset(
        QThread::create([] { QFontDatabase::hasFamily(style::fontFamilies().constFirst()); }));
    m_thread->start();
}

FontPreload::~FontPreload()
{
    wait();
}

void FontPreload::wait()
{
    if (m_thread) {
        m_thread->wait();
        m_thread.reset();
    }
}

} // namespace sisambang::documents
