// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace sisambang::db {
class Database;
}

namespace sisambang::ui {

class AppSettings;
class FileDialogs;
class Messages;

// What every page and dialog of one main window works with: the open database
// and the program's services. Tests build one over a test database with the
// scripted message and file-dialog implementations.
struct Context
{
    db::Database &database;
    AppSettings &settings;
    Messages &messages;
    FileDialogs &fileDialogs;
};

} // namespace sisambang::ui
