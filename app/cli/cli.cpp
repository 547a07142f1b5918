// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "commands.h"
#include "database.h"

#include <QCoreApplication>

#include <cstdio>

namespace sisambang::cli {

namespace {

struct Command
{
    const char *name;
    const char *synopsis;
    const char *summary;
    ExitCode (*run)(Context &);
};

constexpr Command commands[] = {
    {"init", "init --region KODE", "create a database for a kabupaten/kota (e.g. --region 19.04)",
     runInit},
    {"demo", "demo", "create the demo database (Kabupaten Bangka Tengah, February 2023)", runDemo},
    {"check", "check", "verify integrity and schema; exit 0 when sound", runCheck},
    {"list", "list regions [--parent KODE] [--format table|csv|json]",
     "list the children of a region (provinces without --parent)", runList},
    {"list", "list stakeholders [--search TEXT] [--region KODE] [--status S] [--format F]",
     "list the stakeholder register (active people unless --status inactive|all)", runList},
    {"list", "list agreements [--format table|csv|json]",
     "list the MoU register: ids, numbers, dates (YYYY-MM-DD), kecamatan codes", runList},
    {"list",
     "list activities [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--region KODE]\n"
     "      [--status planned|done|postponed|cancelled] [--format table|csv|json]",
     "list the schedule: date, time, kecamatan, desa, kind, venue, officers, status", runList},
    {"agreement",
     "agreement add --kecamatan KODE --signed-on YYYY-MM-DD --valid-until YYYY-MM-DD\n"
     "      [--valid-from DATE] [--title TEXT] [--programme TEXT] [--status draft|signed]\n"
     "      [--their-number NUMBER] [--classification CODE]",
     "register an MoU with the kecamatan office as PIHAK KEDUA, covering all its\n"
     "      kelurahan/desa, signatories from the register on the signing date; prints\n"
     "      the id (and, when signed, the office's number)",
     runAgreement},
    {"schedule",
     "schedule generate --agreement ID --from YYYY-MM-DD --to YYYY-MM-DD\n"
     "      [--per-day K] [--visits-per-desa N] [--blackout YYYY-MM-DD ...]\n"
     "      [--team ID,ID ...] [--topic TEXT] [--include-visited] [--dry-run] [--allow-partial]",
     "plan sambang visits to every kelurahan/desa the agreement covers, on working\n"
     "      days; prints the plan and its problems and saves it in one transaction;\n"
     "      exit 1 and nothing saved when some desa do not fit, unless --allow-partial",
     runSchedule},
    {"print", "print agreement ID -o FILE.pdf|FILE.odt [--paper A4|F4]",
     "print the MoU document to PDF or ODT", runPrint},
    {"report",
     "report monthly --month YYYY-MM -o FILE.pdf|.odt|.xlsx|.csv [--region KODE]\n"
     "      [--agreement ID] [--paper A4|F4] [--landscape]",
     "the monthly recap (rekap bulanan) for the province; suitable for a scheduled task",
     runReport},
    {"report", "report yearly --year YYYY -o FILE.pdf|FILE.xlsx [--region KODE] [--paper A4|F4]",
     "the twelve months side by side: activities and cumulative coverage per kecamatan", runReport},
    {"print",
     "print schedule -o FILE.pdf|FILE.odt|FILE.xlsx|FILE.csv [--from YYYY-MM-DD]\n"
     "      [--to YYYY-MM-DD] [--region KODE] [--paper A4|F4]",
     "print the (filtered) schedule, Jadwal Sambang Pengawasan, or write it as a sheet", runPrint},
    {"print",
     "print invitation ACTIVITY_ID -o FILE.pdf|FILE.odt [--per-invitee]\n"
     "      [--signer ketua|sekretariat] [--number NUMBER | --classification CODE]\n"
     "      [--date YYYY-MM-DD] [--paper A4|F4]",
     "the Surat Undangan: one letter with the list of invitees attached, or one\n"
     "      letter per invitee; --classification gives it a letter number once",
     runPrint},
    {"print", "print attendance ACTIVITY_ID -o FILE.pdf|FILE.odt [--blank-rows N] [--paper A4|F4]",
     "the Daftar Hadir: the invited, then N blank rows (default 10), zig-zag signatures",
     runPrint},
    {"print", "print minutes ACTIVITY_ID -o FILE.pdf|FILE.odt [--paper A4|F4]",
     "the Notulen of the activity, signed by the notulis and the pimpinan rapat", runPrint},
    {"print", "print activity-report ACTIVITY_ID -o FILE.pdf|FILE.odt [--paper A4|F4]",
     "the Laporan Kegiatan with its documentation photos, two to a row; every print\n"
     "      of an official document is recorded in the audit log",
     runPrint},
    {"import", "import stakeholders FILE [--dry-run] [--skip-errors]",
     "import people from a .csv or .xlsx file; prints each row's outcome and\n"
     "      writes nothing (exit 1) if a row has an error, unless --skip-errors",
     runImport},
    {"import", "import activities FILE [--dry-run]",
     "import a schedule kept in a .csv or .xlsx file (tanggal, jam, kecamatan, desa,\n"
     "      kegiatan, tempat, petugas): all rows or none; rows already stored are skipped",
     runImport},
    {"export", "export stakeholders -o FILE.csv|FILE.xlsx [--search TEXT] [--region KODE]",
     "export the (filtered) register for Excel: CSV in UTF-8 with BOM, or XLSX", runExport},
    {"backup", "backup -o FILE",
     "write a verified backup archive (database and attachments) while in use", runBackup},
    {"restore", "restore FILE",
     "verify a backup and put it in place; the current database is kept aside", runRestore},
    {"audit",
     "audit [--from DATE] [--to DATE] [--entity KIND] [--operator NAME]\n"
     "      [--search TEXT] [--format table|csv|json]",
     "show the audit log: who changed what, when, before and after", runAudit},
};

QString helpText()
{
    QString text;
    QTextStream out(&text);
    out << "Usage: sisambang-cli [--db FILE] COMMAND [OPTIONS]\n\n"
        << "SiSambang command line: the data and documents of the Sambang Pengawasan\n"
        << "programme of a Bawaslu Kabupaten/Kota, for scripts and scheduled tasks.\n\n"
        << "Options:\n"
        << "  --db FILE      the database file; default: $SISAMBANG_DB, else\n"
        << "                 " << db::Database::defaultPath() << "\n"
        << "  -h, --help     show this help; COMMAND --help shows a command's options\n"
        << "  -v, --version  show the version\n\n"
        << "Commands:\n";
    for (const Command &command : commands) {
        out << "  " << QString::fromLatin1(command.synopsis) << "\n      "
            << QString::fromLatin1(command.summary) << "\n";
    }
    out << "\nListings print --format table (default), csv or json; JSON is an array of\n"
        << "objects with stable keys, dates as YYYY-MM-DD and region codes beside names.\n\n"
        << "Exit codes: 0 success, 1 failure (message on stderr), 2 usage error.\n";
    return text;
}

} // namespace

bool needsGui(const QStringList &arguments)
{
    for (qsizetype index = 1; index < arguments.size(); ++index) {
        const QString &argument = arguments.at(index);
        if (argument == QLatin1String("--db")) {
            ++index;
        } else if (!argument.startsWith(u'-')) {
            return argument == QLatin1String("print") || argument == QLatin1String("report");
        }
    }
    return false;
}

ExitCode fail(Context &context, const QString &message, ExitCode code)
{
    context.err << "sisambang-cli: " << message << Qt::endl;
    if (code == ExitCode::Usage) {
        context.err << "Try 'sisambang-cli --help'." << Qt::endl;
    }
    return code;
}

int run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    Context context{{}, {}, false, out, err};

    QString databaseOption;
    qsizetype index = 1;
    for (; index < arguments.size(); ++index) {
        const QString &argument = arguments.at(index);
        if (argument == QLatin1String("--db")) {
            if (index + 1 >= arguments.size()) {
                return static_cast<int>(
                    fail(context, QStringLiteral("--db needs a file name."), ExitCode::Usage));
            }
            databaseOption = arguments.at(++index);
            context.databaseGiven = true;
        } else if (argument.startsWith(QLatin1String("--db="))) {
            databaseOption = argument.mid(5);
            context.databaseGiven = true;
        } else if (argument == QLatin1String("-h") || argument == QLatin1String("--help")) {
            out << helpText();
            return static_cast<int>(ExitCode::Success);
        } else if (argument == QLatin1String("-v") || argument == QLatin1String("--version")) {
            out << "sisambang-cli " << QCoreApplication::applicationVersion() << Qt::endl;
            return static_cast<int>(ExitCode::Success);
        } else if (argument.startsWith(u'-')) {
            return static_cast<int>(
                fail(context, QStringLiteral("unknown option %1").arg(argument), ExitCode::Usage));
        } else {
            break;
        }
    }
    if (index >= arguments.size()) {
        err << helpText();
        return static_cast<int>(ExitCode::Usage);
    }
    if (context.databaseGiven && databaseOption.isEmpty()) {
        return static_cast<int>(
            fail(context, QStringLiteral("--db needs a file name."), ExitCode::Usage));
    }
    if (!qEnvironmentVariableIsEmpty("SISAMBANG_DB")) {
        context.databaseGiven = true;
    }
    context.databasePath = db::Database::resolvePath(databaseOption);

    const QString name = arguments.at(index);
    for (const Command &command : commands) {
        if (name == QLatin1String(command.name)) {
            context.arguments = arguments.mid(index + 1);
            context.arguments.prepend(QStringLiteral("sisambang-cli ") + name);
            return static_cast<int>(command.run(context));
        }
    }
    return static_cast<int>(
        fail(context, QStringLiteral("unknown command '%1'").arg(name), ExitCode::Usage));
}

} // namespace sisambang::cli

namespace sisambang::cli {

std::optional<ExitCode> parseOptions(Context &context, QCommandLineParser &parser,
                                     const QString &synopsis)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    parser.addOption(help);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(context.arguments)) {
        return fail(context, parser.errorText(), ExitCode::Usage);
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // QCommandLineParser names the binary; show the real synopsis instead.
        const qsizetype firstLineEnd = text.indexOf(u'\n');
        text.replace(0, firstLineEnd,
                     QStringLiteral("Usage: sisambang-cli [--db FILE] ") + synopsis);
        context.out << text;
        return ExitCode::Success;
    }
    return std::nullopt;
}

std::unique_ptr<db::Database> openDatabase(Context &context, db::Database::OpenMode mode)
{
    auto database = db::Database::open(context.databasePath, mode);
    if (!database) {
        fail(context, database.error().message);
        return nullptr;
    }
    return std::move(database).value();
}

} // namespace sisambang::cli
