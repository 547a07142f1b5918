// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appsettings.h"
#include "common/filedialogs.h"
#include "common/messages.h"
#include "context.h"
#include "testdatabase.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

// Readable QStrings in Catch's failure messages.
namespace Catch {
template<> struct StringMaker<QString>
{
    static std::string convert(const QString &text) { return '"' + text.toStdString() + '"'; }
};
} // namespace Catch

namespace sisambang::test {

// A test database with the GUI's services around it: settings in a temporary
// INI file, and message boxes and file dialogs that answer from a script.
struct GuiFixture
{
    explicit GuiFixture(const QString &regionCode = QStringLiteral("19.04"))
        : database(regionCode)
    {
    }

    ui::Context context() { return {database.db(), settings, messages, fileDialogs}; }

    TestDatabase database;
    QTemporaryDir folder;
    ui::AppSettings settings{folder.filePath(QStringLiteral("settings.ini"))};
    ui::ScriptedMessages messages;
    ui::ScriptedFileDialogs fileDialogs;
};

} // namespace sisambang::test
