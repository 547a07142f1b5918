// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <memory>

class QThread;

namespace sisambang::documents {

// Reads the system's fonts (fontconfig's set-up and Qt's font database) on a
// second thread while the caller opens the database and counts what a
// document shows: that set-up needs no data and was a fifth of printing a
// yearly recap. Call wait() before any text is laid out; the destructor waits
// too. Needs a QGuiApplication.
class FontPreload
{
public:
    FontPreload();
    ~FontPreload();
    Q_DISABLE_COPY_MOVE(FontPreload)

    void wait();

private:
    std::unique_ptr<QThread> m_thread;
};

} // namespace sisambang::documents
