// SPDX-License-Identifier: GPL-3.0-or-later
// `print agreement ID -o FILE`: the MoU document as PDF or ODT;
// `print schedule -o FILE`: the (filtered) schedule as PDF, ODT, XLSX or CSV;
// `print invitation|attendance|minutes|activity-report ACTIVITY_ID -o FILE`:
// the activity documents (print_activity.h).
#include "commands.h"

#include "agreements.h"
#include "audit.h"
#include "documentexport.h"
#include "mou.h"
#include "print_activity.h"
#include "regions.h"
#include "schedule.h"

#include <QDir>

namespace sisambang::cli {

namespace {

ExitCode printSchedule(Context &context, const QCommandLineParser &parser, const QString &output,
                       std::optional<db::PaperSize> paper)
{
    if (output.isEmpty() || !documents::ScheduleExport::supports(output)) {
        return fail(context,
                    QStringLiteral("print schedule needs -o FILE.pdf, FILE.odt, FILE.xlsx or "
                                   "FILE.csv"),
                    ExitCode::Usage);
    }
    db::ActivityFilter filter;
    for (const auto &[name, date] : {std::pair{QStringLiteral("from"), &filter.from},
                                     std::pair{QStringLiteral("to"), &filter.to}}) {
        if (parser.isSet(name)) {
            *date = QDate::fromString(parser.value(name).trimmed(), Qt::ISODate);
            if (!date->isValid()) {
                return fail(context,
                            QStringLiteral("--%1 '%2' is not a date (YYYY-MM-DD)")
                                .arg(name, parser.value(name)),
                            ExitCode::Usage);
            }
        }
    }
    auto database = openDatabase(context);
    if (!database) {
        return ExitCode::Failure;
    }
    filter.regionCode = parser.value(QStringLiteral("region")).trimmed();
    auto data = documents::loadScheduleData(*database, filter);
    if (!data) {
        return fail(context, data.error().message);
    }
    if (auto written =
            documents::ScheduleExport::write(*data, output, paper.value_or(data->profile.paper));
        !written) {
        return fail(context, written.error().message);
    }
    if (auto recorded =
            db::AuditLog(*database).record(db::AuditAction::Print, QStringLiteral("schedule"), 0,
                                           QStringLiteral("Schedule (%1) exported to %2")
                                               .arg(documents::scheduleFilterLine(*data), output));
        !recorded) {
        return fail(context, recorded.error().message);
    }
    context.out << QStringLiteral("Wrote %1 activities to %2.")
                       .arg(data->activities.size())
                       .arg(QDir::toNativeSeparators(output))
                << Qt::endl;
    return ExitCode::Success;
}

} // namespace

ExitCode runPrint(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          QStringLiteral("FILE.pdf or FILE.odt; a schedule also "
                                                         "FILE.xlsx or FILE.csv."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption paperOption(QStringLiteral("paper"),
                                         QStringLiteral("A4 or F4 (default: the office's)."),
                                         QStringLiteral("PAPER"));
    const QCommandLineOption fromOption(QStringLiteral("from"),
                                        QStringLiteral("schedule: from this day on."),
                                        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption toOption(QStringLiteral("to"),
                                      QStringLiteral("schedule: up to this day."),
                                      QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption regionOption(
        QStringLiteral("region"),
        QStringLiteral("schedule: only this kecamatan or kelurahan/desa."), QStringLiteral("KODE"));
    for (const auto *option :
         {&outputOption, &paperOption, &fromOption, &toOption, &regionOption}) {
        parser.addOption(*option);
    }
    addActivityPrintOptions(parser);
    parser.addPositionalArgument(QStringLiteral("WHAT"),
                                 QStringLiteral("agreement | schedule | invitation | attendance | "
                                                "minutes | activity-report"));
    parser.addPositionalArgument(QStringLiteral("ID"),
                                 QStringLiteral("the agreement's or the activity's id"));
    if (auto stop = parseOptions(
            context, parser,
            QStringLiteral("print agreement ID -o FILE.pdf|FILE.odt [--paper A4|F4] | print "
                           "schedule -o FILE.pdf|FILE.odt|FILE.xlsx|FILE.csv [--from YYYY-MM-DD] "
                           "[--to YYYY-MM-DD] [--region KODE] [--paper A4|F4] | print "
                           "invitation|attendance|minutes|activity-report ACTIVITY_ID -o "
                           "FILE.pdf|FILE.odt [--paper A4|F4]"))) {
        return *stop;
    }
    std::optional<db::PaperSize> paper;
    if (parser.isSet(paperOption)) {
        paper = db::paperSizeFromKey(parser.value(paperOption).trimmed());
        if (!paper) {
            return fail(context, QStringLiteral("--paper is A4 or F4"), ExitCode::Usage);
        }
    }
    const QStringList positional = parser.positionalArguments();
    if (positional == QStringList{QStringLiteral("schedule")}) {
        return printSchedule(context, parser, parser.value(outputOption), paper);
    }
    if (positional.size() == 2 && isActivityDocument(positional.first())) {
        return printActivityDocument(context, parser, positional.first(), positional.at(1),
                                     parser.value(outputOption), paper);
    }
    if (positional.size() != 2 || positional.first() != QLatin1String("agreement")) {
        return fail(context,
                    QStringLiteral("print needs 'agreement ID', 'schedule', or 'invitation', "
                                   "'attendance', 'minutes' or 'activity-report' with an "
                                   "activity id"),
                    ExitCode::Usage);
    }
    bool numeric = false;
    const qint64 id = positional.at(1).toLongLong(&numeric);
    if (!numeric || id <= 0) {
        return fail(context, QStringLiteral("'%1' is not an agreement id").arg(positional.at(1)),
                    ExitCode::Usage);
    }
    const QString output = parser.value(outputOption);
    if (output.isEmpty() || !documents::DocumentExport::formatForPath(output)) {
        return fail(context, QStringLiteral("print needs -o FILE.pdf or -o FILE.odt"),
                    ExitCode::Usage);
    }
    auto database = openDatabase(context);
    if (!database) {
        return ExitCode::Failure;
    }
    auto data = documents::loadMouData(*database, id);
    if (!data) {
        return fail(context, data.error().message);
    }
    const auto document = documents::mouDocument(*data, paper.value_or(data->profile.paper));
    if (auto written = documents::DocumentExport::write(document, output); !written) {
        return fail(context, written.error().message);
    }
    if (auto recorded = db::AgreementRepository(*database).recordPrint(
            id, QStringLiteral("exported to %1").arg(output));
        !recorded) {
        return fail(context, recorded.error().message);
    }
    return ExitCode::Success;
}

} // namespace sisambang::cli
