// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "stakeholderexport.h"
#include "stakeholderoptions.h"

#include <QDir>
#include <QFileInfo>

namespace sisambang::cli {

ExitCode runExport(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("The file to write: .csv (UTF-8 with BOM, "
                                                   "for Excel) or .xlsx."),
                                    QStringLiteral("FILE"));
    parser.addOption(output);
    const StakeholderOptions stakeholderOptions;
    stakeholderOptions.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("WHAT"), QStringLiteral("stakeholders"));
    if (auto stop = parseOptions(context, parser,
                                 QStringLiteral("export stakeholders -o FILE.csv|FILE.xlsx "
                                                "[--search TEXT] [--region KODE] "
                                                "[--status active|inactive|all]"))) {
        return *stop;
    }
    const QStringList arguments = parser.positionalArguments();
    if (arguments != QStringList{QStringLiteral("stakeholders")}) {
        return fail(context, QStringLiteral("export needs one subject: stakeholders"),
                    ExitCode::Usage);
    }
    const QString path = parser.value(output);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (path.isEmpty() || (suffix != QLatin1String("csv") && suffix != QLatin1String("xlsx"))) {
        return fail(context, QStringLiteral("export needs -o FILE ending in .csv or .xlsx"),
                    ExitCode::Usage);
    }
    auto database = openDatabase(context);
    if (!database) {
        return ExitCode::Failure;
    }
    ExitCode code = ExitCode::Success;
    const auto filter = stakeholderOptions.filter(context, parser, *database, code);
    if (!filter) {
        return code;
    }
    auto written = documents::StakeholderExport::write(*database, *filter, path);
    if (!written) {
        return fail(context, written.error().message);
    }
    context.out << QStringLiteral("Exported %1 stakeholders to %2.")
                       .arg(*written)
                       .arg(QDir::toNativeSeparators(path))
                << Qt::endl;
    return ExitCode::Success;
}

} // namespace sisambang::cli
