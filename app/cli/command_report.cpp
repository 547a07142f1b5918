// SPDX-License-Identifier: GPL-3.0-or-later
// `report monthly|yearly`: the recap the secretariat sends the province, as
// PDF, ODT, XLSX or CSV; suitable for a scheduled task.
#include "commands.h"

#include "audit.h"
#include "monthlyrecap.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace sisambang::cli {

namespace {

bool knownSuffix(const QString &path, bool monthly)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("pdf") || suffix == QLatin1String("xlsx") ||
           (monthly && (suffix == QLatin1String("csv") || suffix == QLatin1String("odt")));
}

} // namespace

ExitCode runReport(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption outputOption(
        {QStringLiteral("o"), QStringLiteral("output")},
        QStringLiteral("FILE.pdf, FILE.odt, FILE.xlsx or FILE.csv (yearly: .pdf or .xlsx)."),
        QStringLiteral("FILE"));
    const QCommandLineOption monthOption(QStringLiteral("month"),
                                         QStringLiteral("The month, YYYY-MM (monthly)."),
                                         QStringLiteral("YYYY-MM"));
    const QCommandLineOption yearOption(
        QStringLiteral("year"), QStringLiteral("The year, YYYY (yearly)."), QStringLiteral("YYYY"));
    const QCommandLineOption regionOption(QStringLiteral("region"),
                                          QStringLiteral("Only this kecamatan (its code)."),
                                          QStringLiteral("KODE"));
    const QCommandLineOption agreementOption(QStringLiteral("agreement"),
                                             QStringLiteral("Only this agreement (monthly)."),
                                             QStringLiteral("ID"));
    const QCommandLineOption paperOption(QStringLiteral("paper"),
                                         QStringLiteral("A4 or F4 (default: the office's)."),
                                         QStringLiteral("PAPER"));
    const QCommandLineOption landscapeOption(
        QStringLiteral("landscape"), QStringLiteral("Print the monthly recap on landscape pages."));
    for (const auto *option : {&outputOption, &monthOption, &yearOption, &regionOption,
                               &agreementOption, &paperOption, &landscapeOption}) {
        parser.addOption(*option);
    }
    parser.addPositionalArgument(QStringLiteral("KIND"), QStringLiteral("monthly or yearly"));
    if (auto stop = parseOptions(
            context, parser,
            QStringLiteral("report monthly --month YYYY-MM -o FILE [--region KODE] "
                           "[--agreement ID] [--paper A4|F4] [--landscape]\n"
                           "report yearly --year YYYY -o FILE.pdf|FILE.xlsx [--region KODE] "
                           "[--paper A4|F4]"))) {
        return *stop;
    }
    const QStringList positional = parser.positionalArguments();
    const bool monthly = positional == QStringList{QStringLiteral("monthly")};
    if (!monthly && positional != QStringList{QStringLiteral("yearly")}) {
        return fail(context, QStringLiteral("report needs 'monthly' or 'yearly'"), ExitCode::Usage);
    }
    const QString output = parser.value(outputOption);
    if (output.isEmpty() || !knownSuffix(output, monthly)) {
        return fail(context,
                    monthly
                        ? QStringLiteral("report monthly needs -o FILE.pdf, .odt, .xlsx or .csv")
                        : QStringLiteral("report yearly needs -o FILE.pdf or FILE.xlsx"),
                    ExitCode::Usage);
    }
    std::optional<db::PaperSize> paper;
    if (parser.isSet(paperOption)) {
        paper = db::paperSizeFromKey(parser.value(paperOption).trimmed());
        if (!paper) {
            return fail(context, QStringLiteral("--paper is A4 or F4"), ExitCode::Usage);
        }
    }
    const QString region = parser.value(regionOption).trimmed();
    if (!region.isEmpty() && !QRegularExpression(QStringLiteral("^\\d{2}\\.\\d{2}\\.\\d{2}$"))
                                  .match(region)
                                  .hasMatch()) {
        return fail(context, QStringLiteral("--region takes a kecamatan code such as 19.04.01"),
                    ExitCode::Usage);
    }
    db::RecapScope scope;
    int year = 0;
    if (monthly) {
        const QDate month =
            QDate::fromString(parser.value(monthOption) + QStringLiteral("-01"), Qt::ISODate);
        if (!month.isValid()) {
            return fail(context, QStringLiteral("report monthly needs --month YYYY-MM"),
                        ExitCode::Usage);
        }
        scope = db::monthScope(month.year(), month.month());
        scope.kecamatanCode = region;
        if (parser.isSet(agreementOption)) {
            bool numeric = false;
            scope.agreementId = parser.value(agreementOption).toLongLong(&numeric);
            if (!numeric || scope.agreementId <= 0) {
                return fail(context, QStringLiteral("--agreement takes an agreement id"),
                            ExitCode::Usage);
            }
        }
    } else {
        bool numeric = false;
        year = parser.value(yearOption).toInt(&numeric);
        if (!numeric || parser.value(yearOption).size() != 4) {
            return fail(context, QStringLiteral("report yearly needs --year YYYY"),
                        ExitCode::Usage);
        }
    }
    auto database = openDatabase(context);
    if (!database) {
        return ExitCode::Failure;
    }
    db::Status written;
    QString summary;
    if (monthly) {
        auto data = documents::loadRecapData(*database, scope);
        if (!data) {
            return fail(context, data.error().message);
        }
        written = documents::writeMonthlyRecap(
            *data, output, paper.value_or(data->profile.paper),
            parser.isSet(landscapeOption) ? QPageLayout::Landscape : QPageLayout::Portrait);
        summary = QStringLiteral("Monthly recap %1 exported to %2")
                      .arg(scope.from.toString(QStringLiteral("yyyy-MM")), output);
    } else {
        auto data = documents::loadYearlyRecapData(*database, year, region);
        if (!data) {
            return fail(context, data.error().message);
        }
        written = documents::writeYearlyRecap(*data, output, paper.value_or(data->profile.paper));
        summary = QStringLiteral("Yearly recap %1 exported to %2").arg(year).arg(output);
    }
    if (!written) {
        return fail(context, written.error().message);
    }
    if (auto recorded = db::AuditLog(*database).record(db::AuditAction::Print,
                                                       QStringLiteral("recap"), 0, summary);
        !recorded) {
        return fail(context, recorded.error().message);
    }
    return ExitCode::Success;
}

} // namespace sisambang::cli
