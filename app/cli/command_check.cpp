// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "check.h"

#include <QDir>

namespace sisambang::cli {

ExitCode runCheck(Context &context)
{
    QCommandLineParser parser;
    if (auto stop = parseOptions(context, parser, QStringLiteral("check"))) {
        return *stop;
    }
    auto database = openDatabase(context);
    if (!database) {
        return ExitCode::Failure;
    }
    auto report = db::checkDatabase(*database);
    if (!report) {
        return fail(context, report.error().message);
    }
    if (!report->sound()) {
        for (const QString &problem : report->problems) {
            context.err << "problem: " << problem << '\n';
        }
        return fail(context, QStringLiteral("%1 has %2 problem(s).")
                                 .arg(QDir::toNativeSeparators(context.databasePath))
                                 .arg(report->problems.size()));
    }
    context.out << "ok: " << QDir::toNativeSeparators(context.databasePath) << " (schema "
                << report->schemaVersion << ", integrity sound)" << Qt::endl;
    return ExitCode::Success;
}

} // namespace sisambang::cli
