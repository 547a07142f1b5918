// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "audit.h"
#include "backup.h"

#include <QDir>
#include <QFileInfo>

namespace sisambang::cli {

ExitCode runBackup(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("The backup archive to write (.zip)."),
                                    QStringLiteral("FILE"));
    parser.addOption(output);
    if (auto stop = parseOptions(context, parser, QStringLiteral("backup -o FILE"))) {
        return *stop;
    }
    if (!parser.isSet(output) || parser.value(output).isEmpty()) {
        return fail(context, QStringLiteral("backup needs -o FILE."), ExitCode::Usage);
    }
    auto database = openDatabase(context);
    if (!database) {
        return ExitCode::Failure;
    }
    auto manifest = db::Backup::write(*database, parser.value(output));
    if (!manifest) {
        return fail(context, manifest.error().message);
    }
    context.out << "Wrote " << QDir::toNativeSeparators(parser.value(output)) << " (schema "
                << manifest->schemaVersion << ", " << manifest->attachments.size()
                << " attachment(s)), verified." << Qt::endl;
    return ExitCode::Success;
}

ExitCode runRestore(Context &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The backup archive."));
    if (auto stop = parseOptions(context, parser, QStringLiteral("restore FILE"))) {
        return *stop;
    }
    if (parser.positionalArguments().size() != 1) {
        return fail(context, QStringLiteral("restore needs one backup FILE."), ExitCode::Usage);
    }
    auto aside = db::Backup::restore(parser.positionalArguments().first(), context.databasePath);
    if (!aside) {
        return fail(context, aside.error().message + QStringLiteral(" The current database was "
                                                                    "left untouched."));
    }
    context.out << "Restored " << QDir::toNativeSeparators(context.databasePath) << " from "
                << QDir::toNativeSeparators(parser.positionalArguments().first()) << '.';
    if (!aside->isEmpty()) {
        context.out << " The previous database was kept as " << QDir::toNativeSeparators(*aside)
                    << '.';
    }
    context.out << Qt::endl;
    // The restored database records its own restore, as the GUI's does.
    if (auto database = openDatabase(context)) {
        const QString note =
            aside->isEmpty()
                ? QStringLiteral("Restored from %1").arg(parser.positionalArguments().first())
                : QStringLiteral("Restored from %1; the previous database was kept as %2")
                      .arg(parser.positionalArguments().first(), *aside);
        if (auto recorded = db::AuditLog(*database).record(db::AuditAction::Restore,
                                                           QStringLiteral("database"), 0, note);
            !recorded) {
            return fail(context, recorded.error().message);
        }
    }
    return ExitCode::Success;
}

} // namespace sisambang::cli
