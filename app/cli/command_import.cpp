// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "activityimport.h"
#include "stakeholderimport.h"

#include <QDir>

#include <algorithm>

namespace sisambang::cli {

namespace {

// " (lines 2-40,42,45-50)": consecutive lines as ranges, so a large import's
// summary stays one readable line.
QString linesText(QList<int> lines)
{
    std::sort(lines.begin(), lines.end());
    QStringList ranges;
    for (qsizetype i = 0; i < lines.size();) {
        qsizetype j = i;
        while (j + 1 < lines.size() && lines.at(j + 1) == lines.at(j) + 1) {
            ++j;
        }
        ranges << (j == i ? QString::number(lines.at(i))
                          : QStringLiteral("%1-%2").arg(lines.at(i)).arg(lines.at(j)));
        i = j + 1;
    }
    return ranges.isEmpty() ? QString() : QStringLiteral(" (lines %1)").arg(ranges.join(u','));
}

void printRow(QTextStream &out, const db::ImportRowReport &row)
{
    QString text = QStringLiteral("line %1  %2  %3")
                       .arg(row.line, 5)
                       .arg(db::importOutcomeKey(row.outcome), -9)
                       .arg(row.name.isEmpty() ? QStringLiteral("(no name)") : row.name);
    if (!row.where.isEmpty()) {
        text += QStringLiteral(" - ") + row.where;
    }
    out << text << '\n';
    for (const QString &reason : row.reasons) {
        out << "              " << reason << '\n';
    }
    for (const QString &warning : row.warnings) {
        out << "              warning: " << warning << '\n';
    }
}

ExitCode importStakeholders(Context &context, const QString &file, bool dryRun, bool skipErrors)
{
    auto database = openDatabase(context);
    if (!database) {
        return ExitCode::Failure;
    }
    db::StakeholderImport import(*database);
    if (auto loaded = import.load(file); !loaded) {
        return fail(context, QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(file),
                                                          loaded.error().message));
    }
    if (!import.unrecognisedHeaders().isEmpty()) {
        context.err << "sisambang-cli: columns not imported: "
                    << import.unrecognisedHeaders().join(QStringLiteral(", ")) << Qt::endl;
    }
    auto preview = import.preview();
    if (!preview) {
        return fail(context, preview.error().message);
    }
    for (const db::ImportRowReport &row : preview->rows) {
        printRow(context.out, row);
    }
    context.out << QStringLiteral("%1 rows: %2 new, %3 update, %4 unchanged, %5 duplicate, "
                                  "%6 error; %7 new institutions.")
                       .arg(preview->rows.size())
                       .arg(preview->count(db::ImportOutcome::New))
                       .arg(preview->count(db::ImportOutcome::Update))
                       .arg(preview->count(db::ImportOutcome::Unchanged))
                       .arg(preview->count(db::ImportOutcome::Duplicate))
                       .arg(preview->count(db::ImportOutcome::Error))
                       .arg(preview->newInstitutions)
                << Qt::endl;
    if (preview->hasErrors() && !skipErrors) {
        return fail(context, QStringLiteral("%1 rows have errors; nothing was imported (fix them, "
                                            "or use --skip-errors to import the others).")
                                 .arg(preview->count(db::ImportOutcome::Error)));
    }
    if (dryRun) {
        context.out << "Dry run: nothing was written." << Qt::endl;
        return ExitCode::Success;
    }
    db::ImportOptions options;
    options.skipErrors = skipErrors;
    auto summary = import.commit(options);
    if (!summary) {
        return fail(context, summary.error().message);
    }
    context.out << QStringLiteral("Imported: %1 added%2, %3 updated%4, %5 skipped%6, %7 failed%8; "
                                  "%9 institutions added.")
                       .arg(summary->added.size())
                       .arg(linesText(summary->added))
                       .arg(summary->updated.size())
                       .arg(linesText(summary->updated))
                       .arg(summary->skipped.size())
                       .arg(linesText(summary->skipped))
                       .arg(summary->failed.size())
                       .arg(linesText(summary->failed))
                       .arg(summary->institutionsAdded)
                << Qt::endl;
    return ExitCode::Success;
}

void printActivityRow(QTextStream &out, const db::ActivityImportRow &row)
{
    const db::Activity &activity = row.activity;
    QString text =
        QStringLiteral("line %1  %2").arg(row.line, 5).arg(db::importOutcomeKey(row.outcome), -9);
    if (activity.date.isValid()) {
        text += QStringLiteral("  %1 %2-%3")
                    .arg(activity.date.toString(Qt::ISODate),
                         activity.start.toString(QStringLiteral("HH:mm")),
                         activity.end.toString(QStringLiteral("HH:mm")));
    }
    if (!activity.regionName.isEmpty()) {
        text += QStringLiteral("  ") + activity.regionName;
    }
    if (row.outcome != db::ImportOutcome::Error) {
        text +=
            QStringLiteral("  ") +
            (activity.title.isEmpty() ? db::activityKindLabelId(activity.kind) : activity.title);
    }
    out << text << '\n';
    for (const QString &reason : row.reasons) {
        out << "              " << reason << '\n';
    }
    for (const QString &warning : row.warnings) {
        out << "              warning: " << warning << '\n';
    }
}

ExitCode importActivities(Context &context, const QString &file, bool dryRun)
{
    auto database = openDatabase(context);
    if (!database) {
        return ExitCode::Failure;
    }
    db::ActivityImport import(*database);
    if (auto loaded = import.load(file); !loaded) {
        return fail(context, QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(file),
                                                          loaded.error().message));
    }
    if (!import.unrecognisedHeaders().isEmpty()) {
        context.err << "sisambang-cli: columns not imported: "
                    << import.unrecognisedHeaders().join(QStringLiteral(", ")) << Qt::endl;
    }
    auto preview = import.preview();
    if (!preview) {
        return fail(context, preview.error().message);
    }
    for (const db::ActivityImportRow &row : preview->rows) {
        printActivityRow(context.out, row);
    }
    context.out << QStringLiteral("%1 rows: %2 new, %3 unchanged, %4 duplicate, %5 error.")
                       .arg(preview->rows.size())
                       .arg(preview->count(db::ImportOutcome::New))
                       .arg(preview->count(db::ImportOutcome::Unchanged))
                       .arg(preview->count(db::ImportOutcome::Duplicate))
                       .arg(preview->count(db::ImportOutcome::Error))
                << Qt::endl;
    if (preview->hasErrors()) {
        return fail(context, QStringLiteral("%1 rows have errors; nothing was imported.")
                                 .arg(preview->count(db::ImportOutcome::Error)));
    }
    if (dryRun) {
        context.out << "Dry run: nothing was written." << Qt::endl;
        return ExitCode::Success;
    }
    auto summary = import.commit();
    if (!summary) {
        return fail(context, summary.error().message);
    }
    context.out << QStringLiteral("Imported: %1 added%2, %3 skipped%4.")
                       .arg(summary->added.size())
                       .arg(linesText(summary->added))
                       .arg(summary->skipped.size())
                       .arg(linesText(summary->skipped))
                << Qt::endl;
    return ExitCode::Success;
}

} // namespace

ExitCode runImport(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    QStringLiteral("Print what each row would do; write nothing."));
    const QCommandLineOption skipErrors(QStringLiteral("skip-errors"),
                                        QStringLiteral("Import the good rows even when others "
                                                       "have errors."));
    parser.addOption(dryRun);
    parser.addOption(skipErrors);
    parser.addPositionalArgument(QStringLiteral("WHAT"),
                                 QStringLiteral("stakeholders | activities"));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("a .csv or .xlsx file with a header row"));
    if (auto stop = parseOptions(context, parser,
                                 QStringLiteral("import stakeholders FILE [--dry-run] "
                                                "[--skip-errors] | import activities FILE "
                                                "[--dry-run]"))) {
        return *stop;
    }
    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() == 2 && arguments.first() == QLatin1String("activities")) {
        if (parser.isSet(skipErrors)) {
            return fail(context,
                        QStringLiteral("a schedule is imported whole or not at all: "
                                       "--skip-errors is for stakeholders"),
                        ExitCode::Usage);
        }
        return importActivities(context, arguments.at(1), parser.isSet(dryRun));
    }
    if (arguments.isEmpty() || arguments.first() != QLatin1String("stakeholders")) {
        return fail(context, QStringLiteral("import needs a subject: stakeholders or activities"),
                    ExitCode::Usage);
    }
    if (arguments.size() != 2) {
        return fail(context, QStringLiteral("import stakeholders needs one FILE"), ExitCode::Usage);
    }
    return importStakeholders(context, arguments.at(1), parser.isSet(dryRun),
                              parser.isSet(skipErrors));
}

} // namespace sisambang::cli
