// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <memory>

class QThread;

namespace sisambang::documents {

// Reads the system's fonts (fontconfig's set-up and Qt's font database) on a
// second thread while the caller opens the database and counts what a
// document shows: that set-up needs no data and was a fifth of printing a
// yearly recap. Text laid out meanwhile waits for it on Qt's font database
// lock, which font loads hold (and the preload, see fontpreload.cpp); the
// destructor waits for the thread. Needs a QGuiApplication.
class FontPreload
{
public:
    FontPreload();
    ~FontPreload();
    Q_DISABLE_COPY_MOVE(FontPreload)

private:
    std::unique_ptr<QThread> m_thread;
};

} // namespace sisambang::documents
