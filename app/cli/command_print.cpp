// SPDX-License-Identifier: GPL-3.0-or-later
// `print agreement ID -o FILE`: the MoU document as PDF or ODT.
#include "commands.h"

#include "agreements.h"
#include "documentexport.h"
#include "mou.h"

namespace sisambang::cli {

ExitCode runPrint(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          QStringLiteral("FILE.pdf or FILE.odt."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption paperOption(QStringLiteral("paper"),
                                         QStringLiteral("A4 or F4 (default: the office's)."),
                                         QStringLiteral("PAPER"));
    parser.addOption(outputOption);
    parser.addOption(paperOption);
    parser.addPositionalArgument(QStringLiteral("WHAT"), QStringLiteral("agreement"));
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("the agreement's id"));
    if (auto stop = parseOptions(
            context, parser,
            QStringLiteral("print agreement ID -o FILE.pdf|FILE.odt [--paper A4|F4]"))) {
        return *stop;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || positional.first() != QLatin1String("agreement")) {
        return fail(context, QStringLiteral("print needs 'agreement ID'"), ExitCode::Usage);
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
    std::optional<db::PaperSize> paper;
    if (parser.isSet(paperOption)) {
        paper = db::paperSizeFromKey(parser.value(paperOption).trimmed());
        if (!paper) {
            return fail(context, QStringLiteral("--paper is A4 or F4"), ExitCode::Usage);
        }
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
