// SPDX-License-Identifier: GPL-3.0-or-later
// The schedule commands run as a process on the demo database: schedule
// generate, list activities, import activities and print schedule.
#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("SISAMBANG_DB"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.remove(QStringLiteral("DISPLAY"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SISAMBANG_CLI), arguments);
    REQUIRE(process.waitForFinished(120000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// A demo database made once per test case.
class Demo
{
public:
    Demo()
        : m_path(m_folder.filePath(QStringLiteral("demo.db")))
    {
        REQUIRE(cli({QStringLiteral("--db"), m_path, QStringLiteral("demo")}).exitCode == 0);
    }

    Run run(QStringList arguments) const
    {
        arguments.prepend(m_path);
        arguments.prepend(QStringLiteral("--db"));
        return cli(arguments);
    }

    QJsonArray json(QStringList arguments) const
    {
        arguments << QStringLiteral("--format") << QStringLiteral("json");
        const Run listed = run(arguments);
        INFO(listed.err.toStdString());
        REQUIRE(listed.exitCode == 0);
        return QJsonDocument::fromJson(listed.out.toUtf8()).array();
    }

    int activities(const QStringList &filter = {}) const
    {
        return static_cast<int>(
            json(QStringList{QStringLiteral("list"), QStringLiteral("activities")} + filter)
                .size());
    }

    QString agreementOf(const QString &kecamatan) const
    {
        for (const auto &row : json({QStringLiteral("list"), QStringLiteral("agreements")})) {
            if (row.toObject().value(QStringLiteral("kecamatan_codes")).toString() == kecamatan) {
                return QString::number(row.toObject().value(QStringLiteral("id")).toInteger());
            }
        }
        FAIL("no agreement for " << kecamatan.toStdString());
        return {};
    }

    // The id of the one person of that full name, found by a search.
    QString personId(const QString &search, const QString &fullName) const
    {
        QStringList ids;
        for (const auto &row : json({QStringLiteral("list"), QStringLiteral("stakeholders"),
                                     QStringLiteral("--search"), search})) {
            if (row.toObject().value(QStringLiteral("name")).toString() == fullName) {
                ids << QString::number(row.toObject().value(QStringLiteral("id")).toInteger());
            }
        }
        REQUIRE(ids.size() == 1);
        return ids.first();
    }

    QString file(const QString &name) const { return m_folder.filePath(name); }

private:
    QTemporaryDir m_folder;
    QString m_path;
};

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

TEST_CASE("cli: schedule generate prints the plan and saves it whole or not at all",
          "[cli][schedule]")
{
    const Demo demo;
    const QString koba = demo.agreementOf(QStringLiteral("19.04.01"));
    const QString team =
        demo.personId(QStringLiteral("Wahyu Tri"), QStringLiteral("Wahyu Tri Buwono")) + u',' +
        demo.personId(QStringLiteral("Dedi Saputra"), QStringLiteral("Dedi Saputra, S.H."));
    const int before = demo.activities();
    const QStringList generate = {QStringLiteral("schedule"), QStringLiteral("generate"),
                                  QStringLiteral("--agreement"), koba};

    // Every desa of Koba is planned already under its MoU.
    auto visited =
        demo.run(generate + QStringList{QStringLiteral("--from"), QStringLiteral("2023-04-03"),
                                        QStringLiteral("--to"), QStringLiteral("2023-04-28")});
    INFO(visited.err.toStdString());
    CHECK(visited.exitCode == 0);
    CHECK(visited.out.contains(QStringLiteral("Already visited")));
    CHECK(visited.out.contains(QStringLiteral("Nothing to plan")));

    const QStringList again =
        generate + QStringList{QStringLiteral("--include-visited"), QStringLiteral("--team"), team,
                               QStringLiteral("--topic"), QStringLiteral("Pemantapan netralitas")};
    auto dry = demo.run(again + QStringList{QStringLiteral("--from"), QStringLiteral("2023-04-03"),
                                            QStringLiteral("--to"), QStringLiteral("2023-04-28"),
                                            QStringLiteral("--blackout"),
                                            QStringLiteral("2023-04-04,2023-04-05"),
                                            QStringLiteral("--dry-run")});
    INFO(dry.err.toStdString());
    CHECK(dry.exitCode == 0);
    CHECK(dry.out.contains(QStringLiteral("11 visits")));
    CHECK(dry.out.contains(QStringLiteral("Kantor Desa Nibung")));
    CHECK(dry.out.contains(QStringLiteral("2023-04-03")));
    CHECK_FALSE(dry.out.contains(QStringLiteral("2023-04-04")));
    CHECK(dry.out.contains(QStringLiteral("Wahyu Tri Buwono; Dedi Saputra, S.H.")));
    CHECK(dry.out.contains(QStringLiteral("Dry run: nothing was saved.")));
    CHECK(demo.activities() == before);

    // Two days, one visit a day: nine desa do not fit and nothing is saved.
    const QStringList shortWindow =
        again + QStringList{QStringLiteral("--from"),    QStringLiteral("2023-04-03"),
                            QStringLiteral("--to"),      QStringLiteral("2023-04-04"),
                            QStringLiteral("--per-day"), QStringLiteral("1")};
    auto tooShort = demo.run(shortWindow);
    CHECK(tooShort.exitCode == 1);
    CHECK(tooShort.out.contains(QStringLiteral("Did not fit (9):")));
    CHECK(tooShort.out.contains(QStringLiteral("no free slot")));
    CHECK(tooShort.err.contains(QStringLiteral("nothing was saved")));
    CHECK(demo.activities() == before);
    auto partial = demo.run(shortWindow + QStringList{QStringLiteral("--allow-partial")});
    INFO(partial.err.toStdString());
    CHECK(partial.exitCode == 0);
    CHECK(partial.out.contains(QStringLiteral("Saved plan")));
    CHECK(demo.activities() == before + 2);

    auto saved =
        demo.run(again + QStringList{QStringLiteral("--from"), QStringLiteral("2023-05-02"),
                                     QStringLiteral("--to"), QStringLiteral("2023-05-31")});
    INFO(saved.err.toStdString());
    CHECK(saved.exitCode == 0);
    const QJsonArray may = demo.json({QStringLiteral("list"), QStringLiteral("activities"),
                                      QStringLiteral("--from"), QStringLiteral("2023-05-01"),
                                      QStringLiteral("--to"), QStringLiteral("2023-05-31")});
    REQUIRE(may.size() == 11);
    CHECK(may.first().toObject().value(QStringLiteral("officers")).toString() ==
          QStringLiteral("Wahyu Tri Buwono; Dedi Saputra, S.H."));
    CHECK(may.first().toObject().value(QStringLiteral("date")).toString() ==
          QStringLiteral("2023-05-02"));

    // Usage errors are 2; an unknown agreement is a failure.
    CHECK(demo.run({QStringLiteral("schedule"), QStringLiteral("generate"),
                    QStringLiteral("--from"), QStringLiteral("2023-05-02"), QStringLiteral("--to"),
                    QStringLiteral("2023-05-31")})
              .exitCode == 2);
    CHECK(demo.run(generate + QStringList{QStringLiteral("--from"), QStringLiteral("2023-13-01"),
                                          QStringLiteral("--to"), QStringLiteral("2023-05-31")})
              .exitCode == 2);
    CHECK(demo.run(generate + QStringList{QStringLiteral("--from"), QStringLiteral("2023-05-01"),
                                          QStringLiteral("--to"), QStringLiteral("2023-05-31"),
                                          QStringLiteral("--team"), QStringLiteral("Wahyu")})
              .exitCode == 2);
    CHECK(demo.run({QStringLiteral("schedule"), QStringLiteral("plan")}).exitCode == 2);
    auto unknown = demo.run({QStringLiteral("schedule"), QStringLiteral("generate"),
                             QStringLiteral("--agreement"), QStringLiteral("9999"),
                             QStringLiteral("--from"), QStringLiteral("2023-05-01"),
                             QStringLiteral("--to"), QStringLiteral("2023-05-31")});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("9999")));
}

TEST_CASE("cli: list activities filters by window region and status", "[cli][schedule]")
{
    const Demo demo;
    const QJsonArray all = demo.json({QStringLiteral("list"), QStringLiteral("activities")});
    REQUIRE(all.size() == 23); // two meetings, twenty visits, one sosialisasi
    const QJsonObject first = all.first().toObject();
    CHECK(first.value(QStringLiteral("date")).toString() == QStringLiteral("2023-02-20"));
    CHECK(first.value(QStringLiteral("start")).toString() == QStringLiteral("09:00"));
    CHECK(first.value(QStringLiteral("venue")).toString() ==
          QStringLiteral("Gedung Serba Guna Kecamatan Lubuk Besar"));
    CHECK(first.value(QStringLiteral("kind")).toString() == QStringLiteral("coordination_meeting"));
    CHECK(first.value(QStringLiteral("status")).toString() == QStringLiteral("done"));
    CHECK(first.value(QStringLiteral("desa")).isNull());
    CHECK(first.value(QStringLiteral("kecamatan")).toString() == QStringLiteral("Lubuk Besar"));

    CHECK(demo.activities({QStringLiteral("--status"), QStringLiteral("done")}) == 12);
    CHECK(demo.activities({QStringLiteral("--region"), QStringLiteral("19.04.06")}) == 11);
    CHECK(demo.activities({QStringLiteral("--from"), QStringLiteral("2023-02-20"),
                           QStringLiteral("--to"), QStringLiteral("2023-02-20")}) == 2);
    auto csv = demo.run({QStringLiteral("list"), QStringLiteral("activities"),
                         QStringLiteral("--format"), QStringLiteral("csv"),
                         QStringLiteral("--region"), QStringLiteral("19.04.01.2003")});
    CHECK(csv.exitCode == 0);
    CHECK(csv.out.startsWith(QStringLiteral("id,date,start,end,kecamatan,desa,region_code")));
    CHECK(csv.out.contains(QStringLiteral("Desa Nibung")));
    CHECK(demo.run({QStringLiteral("list"), QStringLiteral("activities"),
                    QStringLiteral("--status"), QStringLiteral("active")})
              .exitCode == 2);
    CHECK(demo.run({QStringLiteral("list"), QStringLiteral("activities"), QStringLiteral("--from"),
                    QStringLiteral("kemarin")})
              .exitCode == 2);
    CHECK(demo.run({QStringLiteral("list"), QStringLiteral("activities"),
                    QStringLiteral("--region"), QStringLiteral("99.99")})
              .exitCode == 1);
}

TEST_CASE("cli: import activities previews imports once and refuses bad rows", "[cli][schedule]")
{
    const Demo demo;
    const int before = demo.activities();
    const QString csv = demo.file(QStringLiteral("jadwal.csv"));
    writeFile(csv, "Tanggal,Jam,Kecamatan,Desa,Kegiatan,Tempat,Petugas\n"
                   "2023-04-10,09.00-12.00,Koba,Nibung,Sambang Desa,,Wahyu Tri Buwono\n"
                   "\"Selasa, 11 April 2023\",13.30-15.00 WIB,Lubuk Besar,Perlang,"
                   "Sosialisasi,Balai Desa Perlang,\"Win Iskandar; Rina Marlina\"\n");
    const QStringList import = {QStringLiteral("import"), QStringLiteral("activities"), csv};
    auto dry = demo.run(import + QStringList{QStringLiteral("--dry-run")});
    INFO(dry.err.toStdString());
    CHECK(dry.exitCode == 0);
    CHECK(dry.out.contains(QStringLiteral("2 rows: 2 new, 0 unchanged, 0 duplicate, 0 error.")));
    CHECK(dry.out.contains(QStringLiteral("Dry run")));
    CHECK(demo.activities() == before);
    auto done = demo.run(import);
    CHECK(done.exitCode == 0);
    CHECK(done.out.contains(QStringLiteral("Imported: 2 added (lines 2-3), 0 skipped.")));
    CHECK(demo.activities() == before + 2);
    auto twice = demo.run(import);
    CHECK(twice.exitCode == 0);
    CHECK(twice.out.contains(QStringLiteral("Imported: 0 added, 2 skipped (lines 2-3).")));
    CHECK(demo.activities() == before + 2);

    const QString bad = demo.file(QStringLiteral("salah.csv"));
    writeFile(bad, "Tanggal,Jam,Kecamatan,Desa,Kegiatan,Tempat,Petugas\n"
                   "2023-04-12,09.00-12.00,Koba,Nibung,Sambang Desa,,\n"
                   "2023-04-13,siang,Koba,Nibung,Sambang Desa,,\n");
    auto refused = demo.run({QStringLiteral("import"), QStringLiteral("activities"), bad});
    CHECK(refused.exitCode == 1);
    CHECK(refused.out.contains(QStringLiteral("Row 3, column Jam")));
    CHECK(refused.err.contains(QStringLiteral("nothing was imported")));
    CHECK(demo.activities() == before + 2);
    CHECK(demo.run({QStringLiteral("import"), QStringLiteral("activities"), bad,
                    QStringLiteral("--skip-errors")})
              .exitCode == 2);

    // The schedule exported as XLSX reads back as already there.
    const QString xlsx = demo.file(QStringLiteral("jadwal.xlsx"));
    auto exported =
        demo.run({QStringLiteral("print"), QStringLiteral("schedule"), QStringLiteral("-o"), xlsx});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    auto roundTrip = demo.run({QStringLiteral("import"), QStringLiteral("activities"), xlsx});
    INFO(roundTrip.err.toStdString());
    CHECK(roundTrip.exitCode == 0);
    CHECK(roundTrip.out.contains(QStringLiteral("Imported: 0 added")));
    CHECK(demo.activities() == before + 2);
}

TEST_CASE("cli: print schedule writes PDF XLSX and CSV and records the print", "[cli][schedule]")
{
    const Demo demo;
    const QString pdf = demo.file(QStringLiteral("jadwal.pdf"));
    auto printed =
        demo.run({QStringLiteral("print"), QStringLiteral("schedule"), QStringLiteral("-o"), pdf,
                  QStringLiteral("--from"), QStringLiteral("2023-03-01"), QStringLiteral("--to"),
                  QStringLiteral("2023-03-31"), QStringLiteral("--region"),
                  QStringLiteral("19.04.01"), QStringLiteral("--paper"), QStringLiteral("A4")});
    INFO(printed.err.toStdString());
    CHECK(printed.exitCode == 0);
    CHECK(printed.out.contains(QStringLiteral("Wrote 11 activities")));
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == QByteArray("%PDF-"));

    const QString csv = demo.file(QStringLiteral("jadwal.csv"));
    CHECK(demo.run({QStringLiteral("print"), QStringLiteral("schedule"), QStringLiteral("-o"), csv})
              .exitCode == 0);
    QFile csvFile(csv);
    REQUIRE(csvFile.open(QIODevice::ReadOnly));
    CHECK(csvFile.read(3) == QByteArray("\xEF\xBB\xBF"));

    CHECK(demo.run({QStringLiteral("print"), QStringLiteral("schedule"), QStringLiteral("-o"),
                    demo.file(QStringLiteral("jadwal.docx"))})
              .exitCode == 2);
    CHECK(demo.run({QStringLiteral("print"), QStringLiteral("schedule"), QStringLiteral("-o"), pdf,
                    QStringLiteral("--from"), QStringLiteral("maret")})
              .exitCode == 2);
    const QJsonArray audit = demo.json(
        {QStringLiteral("audit"), QStringLiteral("--entity"), QStringLiteral("schedule")});
    CHECK(audit.size() == 2);

    auto help = cli({QStringLiteral("--help")});
    CHECK(help.out.contains(QStringLiteral("schedule generate --agreement ID")));
    CHECK(help.out.contains(QStringLiteral("import activities FILE")));
    CHECK(help.out.contains(QStringLiteral("print schedule -o")));
    CHECK(help.out.contains(QStringLiteral("list activities")));
}
