// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace sisambang::cli {

enum class ExitCode {
    Success = 0,
    Failure = 1, // the command ran and failed; the reason is on stderr
    Usage = 2,   // the command line itself is wrong
};

// What every command receives: its own arguments (after the command words),
// the database path as resolved from --db / SISAMBANG_DB / the default, and
// the two output streams.
struct Context
{
    QStringList arguments; // arguments[0] is the command, e.g. "sisambang-cli list regions"
    QString databasePath;
    bool databaseGiven = false; // --db or SISAMBANG_DB was set
    QTextStream &out;
    QTextStream &err;
};

// Prints "sisambang-cli: <message>" on stderr and returns the exit code.
ExitCode fail(Context &context, const QString &message, ExitCode code = ExitCode::Failure);

int run(const QStringList &arguments);

// Whether the command lays out documents (fonts need a QGuiApplication).
bool needsGui(const QStringList &arguments);

} // namespace sisambang::cli

#include "database.h"

#include <QCommandLineParser>

#include <memory>
#include <optional>

namespace sisambang::cli {

// Parses a command's options. Returns an exit code when the command must stop
// here: after printing its --help (Success) or on a usage error (Usage).
std::optional<ExitCode> parseOptions(Context &context, QCommandLineParser &parser,
                                     const QString &synopsis);

// Opens the context's database, printing the reason on failure.
std::unique_ptr<db::Database>
openDatabase(Context &context, db::Database::OpenMode mode = db::Database::OpenMode::ExistingOnly);

} // namespace sisambang::cli
