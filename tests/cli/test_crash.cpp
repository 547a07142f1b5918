// SPDX-License-Identifier: GPL-3.0-or-later
// Data safety under the worst a PC does: the CLI killed (SIGKILL) at moments
// spread over a large import or schedule generation, and two programs writing
// one database at once.
#include "agreements.h"
#include "check.h"
#include "database.h"
#include "people.h"
#include "query.h"
#include "regions.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

using namespace sisambang;

namespace {

QString cliPath()
{
    return QStringLiteral(SISAMBANG_CLI);
}

// Valid people in four desa of Koba and Lubuk Besar; `offset` keeps two files apart.
void writePeople(const QString &path, int count, int offset)
{
    static const char *const places[][2] = {{"Koba", "Nibung"},
                                            {"Koba", "Padang Mulia"},
                                            {"Lubuk Besar", "Kulur"},
                                            {"Lubuk Besar", "Perlang"}};
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("Nama,Jabatan,Kecamatan,Desa,No HP\n");
    for (int i = 0; i < count; ++i) {
        const auto &place = places[i % 4];
        file.write(QStringLiteral("Warga Uji %1,Warga,%2,%3,0813%4\n")
                       .arg(offset + i)
                       .arg(QLatin1String(place[0]), QLatin1String(place[1]))
                       .arg(offset + i, 8, 10, QLatin1Char('0'))
                       .toUtf8());
    }
}

int runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(cliPath(), arguments);
    REQUIRE(process.waitForFinished(300000));
    INFO(process.readAllStandardError().toStdString());
    return process.exitCode();
}

struct Counts
{
    int people = 0;
    int listed = 0;
    bool sound = false;
};

Counts inspect(const QString &path)
{
    auto database = db::Database::open(path, db::Database::OpenMode::ExistingOnly);
    REQUIRE(database.ok());
    Counts counts;
    auto report = db::checkDatabase(**database);
    REQUIRE(report.ok());
    INFO(report->problems.join(QStringLiteral("; ")).toStdString());
    counts.sound = report->sound();
    db::Query people(**database, QStringLiteral("SELECT count(*) FROM person"));
    counts.people = people.scalar()->toInt();
    db::Query listed(**database, QStringLiteral("SELECT count(*) FROM stakeholder_listing"));
    counts.listed = listed.scalar()->toInt();
    return counts;
}

} // namespace

TEST_CASE("crash: an import killed at any moment leaves all of it or none", "[crash]")
{
    QTemporaryDir folder;
    const QString csv = folder.filePath(QStringLiteral("warga.csv"));
    constexpr int rows = 8000;
    writePeople(csv, rows, 0);
    const QString pristine = folder.filePath(QStringLiteral("pristine.db"));
    REQUIRE(runCli({QStringLiteral("--db"), pristine, QStringLiteral("init"),
                    QStringLiteral("--region"), QStringLiteral("19.04")}) == 0);

    // How long an undisturbed import takes here, to spread the kills over it.
    const QString timed = folder.filePath(QStringLiteral("timed.db"));
    REQUIRE(QFile::copy(pristine, timed));
    QElapsedTimer timer;
    timer.start();
    REQUIRE(runCli({QStringLiteral("--db"), timed, QStringLiteral("import"),
                    QStringLiteral("stakeholders"), csv}) == 0);
    const qint64 duration = timer.elapsed();
    REQUIRE(inspect(timed).people == rows);

    constexpr int kills = 10;
    int killedMidway = 0;
    for (int i = 0; i < kills; ++i) {
        const QString path = folder.filePath(QStringLiteral("kill%1.db").arg(i));
        REQUIRE(QFile::copy(pristine, path));
        QProcess process;
        process.start(cliPath(), {QStringLiteral("--db"), path, QStringLiteral("import"),
                                  QStringLiteral("stakeholders"), csv});
        REQUIRE(process.waitForStarted());
        QThread::msleep(static_cast<unsigned long>(duration * (i + 1) / (kills + 1)));
        process.kill(); // SIGKILL: no handler, no cleanup
        process.waitForFinished();
        if (process.exitStatus() == QProcess::CrashExit) {
            ++killedMidway;
        }
        const Counts counts = inspect(path);
        INFO("kill " << i << " after " << duration * (i + 1) / (kills + 1) << " ms");
        CHECK(counts.sound);
        CHECK((counts.people == 0 || counts.people == rows));
        CHECK(counts.listed == counts.people);
    }
    CHECK(killedMidway >= kills / 2); // the kills really landed during the import
}

namespace {

struct PlanCounts
{
    int plans = 0;
    int activities = 0;
    int officers = 0;
    bool sound = false;
};

PlanCounts inspectPlan(const QString &path)
{
    auto database = db::Database::open(path, db::Database::OpenMode::ExistingOnly);
    REQUIRE(database.ok());
    auto report = db::checkDatabase(**database);
    REQUIRE(report.ok());
    INFO(report->problems.join(QStringLiteral("; ")).toStdString());
    PlanCounts counts;
    counts.sound = report->sound();
    auto count = [&](const char *table) {
        db::Query query(**database, QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table));
        return query.scalar()->toInt();
    };
    counts.plans = count("schedule_plan");
    counts.activities = count("activity");
    counts.officers = count("activity_officer");
    return counts;
}

// An agreement over every desa of a province and a team of two officers;
// returns the agreement id and the team as "ID,ID".
std::pair<qint64, QString> largeAgreement(const QString &path, const QString &province,
                                          int &villages)
{
    auto database = db::Database::open(path, db::Database::OpenMode::ExistingOnly);
    REQUIRE(database.ok());
    auto regions = db::RegionRepository(**database).villagesUnder(province);
    REQUIRE(regions.ok());
    db::Agreement agreement;
    agreement.title = QStringLiteral("Sambang Pengawasan se-provinsi (uji)");
    agreement.status = db::AgreementStatus::Signed;
    agreement.validFrom = QDate(2023, 1, 1);
    agreement.validUntil = QDate(2025, 12, 31);
    for (const db::Region &region : *regions) {
        agreement.villageCodes << region.code;
    }
    villages = static_cast<int>(agreement.villageCodes.size());
    auto id = db::AgreementRepository(**database).add(agreement);
    REQUIRE(id.ok());
    QStringList team;
    for (const char *name : {"Petugas Uji Satu", "Petugas Uji Dua"}) {
        db::Person person;
        person.name = db::PersonName::parse(QLatin1String(name));
        auto added = db::PersonRepository(**database).add(person);
        REQUIRE(added.ok());
        team << QString::number(*added);
    }
    return {*id, team.join(u',')};
}

} // namespace

TEST_CASE("crash: a schedule generation killed at any moment leaves the whole plan or none",
          "[crash][schedule]")
{
    QTemporaryDir folder;
    const QString pristine = folder.filePath(QStringLiteral("pristine.db"));
    REQUIRE(runCli({QStringLiteral("--db"), pristine, QStringLiteral("init"),
                    QStringLiteral("--region"), QStringLiteral("19.04")}) == 0);
    int villages = 0;
    // Sumatera Barat: over a thousand kelurahan, desa and nagari.
    const auto [agreement, team] = largeAgreement(pristine, QStringLiteral("13"), villages);
    REQUIRE(villages > 1000);
    const QStringList generate = {
        QStringLiteral("schedule"), QStringLiteral("generate"),   QStringLiteral("--agreement"),
        QString::number(agreement), QStringLiteral("--from"),     QStringLiteral("2023-01-02"),
        QStringLiteral("--to"),     QStringLiteral("2025-12-31"), QStringLiteral("--per-day"),
        QStringLiteral("4"),        QStringLiteral("--team"),     team};

    const QString timed = folder.filePath(QStringLiteral("timed.db"));
    REQUIRE(QFile::copy(pristine, timed));
    QElapsedTimer timer;
    timer.start();
    REQUIRE(runCli(QStringList{QStringLiteral("--db"), timed} + generate) == 0);
    const qint64 duration = timer.elapsed();
    const PlanCounts whole = inspectPlan(timed);
    REQUIRE(whole.plans == 1);
    REQUIRE(whole.activities == villages);
    REQUIRE(whole.officers == 2 * villages);

    constexpr int kills = 10;
    int killedMidway = 0;
    for (int i = 0; i < kills; ++i) {
        const QString path = folder.filePath(QStringLiteral("plan%1.db").arg(i));
        REQUIRE(QFile::copy(pristine, path));
        QProcess process;
        process.setStandardOutputFile(QProcess::nullDevice());
        process.start(cliPath(), QStringList{QStringLiteral("--db"), path} + generate);
        REQUIRE(process.waitForStarted());
        // Kills spread over the run, a little past its end for the last ones.
        QThread::msleep(static_cast<unsigned long>(duration * (i + 1) / kills));
        process.kill();
        process.waitForFinished();
        if (process.exitStatus() == QProcess::CrashExit) {
            ++killedMidway;
        }
        const PlanCounts counts = inspectPlan(path);
        INFO("kill " << i << " after " << duration * (i + 1) / kills << " ms of " << duration);
        CHECK(counts.sound);
        const bool none = counts.plans == 0 && counts.activities == 0 && counts.officers == 0;
        const bool all = counts.plans == 1 && counts.activities == whole.activities &&
                         counts.officers == whole.officers;
        CHECK((none || all));
    }
    CHECK(killedMidway >= kills / 2);
}

TEST_CASE("crash: two programs importing into one database both succeed", "[crash][concurrency]")
{
    QTemporaryDir folder;
    const QString db = folder.filePath(QStringLiteral("kantor.db"));
    REQUIRE(runCli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--region"),
                    QStringLiteral("19.04")}) == 0);
    const QString first = folder.filePath(QStringLiteral("a.csv"));
    const QString second = folder.filePath(QStringLiteral("b.csv"));
    writePeople(first, 2000, 0);
    writePeople(second, 2000, 100000);

    QProcess a;
    QProcess b;
    a.start(cliPath(), {QStringLiteral("--db"), db, QStringLiteral("import"),
                        QStringLiteral("stakeholders"), first});
    b.start(cliPath(), {QStringLiteral("--db"), db, QStringLiteral("import"),
                        QStringLiteral("stakeholders"), second});
    REQUIRE(a.waitForFinished(300000));
    REQUIRE(b.waitForFinished(300000));
    const QString errors = QString::fromUtf8(a.readAllStandardError() + b.readAllStandardError());
    INFO(errors.toStdString());
    CHECK(a.exitCode() == 0);
    CHECK(b.exitCode() == 0);
    CHECK_FALSE(errors.contains(QStringLiteral("locked")));
    const Counts counts = inspect(db);
    CHECK(counts.sound);
    CHECK(counts.people == 4000);
}

TEST_CASE("crash: an edit over a record another program changed is refused not lost",
          "[crash][concurrency]")
{
    QTemporaryDir folder;
    const QString db = folder.filePath(QStringLiteral("kantor.db"));
    REQUIRE(runCli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--region"),
                    QStringLiteral("19.04")}) == 0);
    const QString first = folder.filePath(QStringLiteral("a.csv"));
    writePeople(first, 1, 0);
    REQUIRE(runCli({QStringLiteral("--db"), db, QStringLiteral("import"),
                    QStringLiteral("stakeholders"), first}) == 0);

    // This program reads the person and holds the database open ...
    auto database = db::Database::open(db, db::Database::OpenMode::ExistingOnly);
    REQUIRE(database.ok());
    db::PersonRepository people(**database);
    db::Query id(**database, QStringLiteral("SELECT id FROM person"));
    auto person = people.find(id.scalar()->toLongLong());
    REQUIRE(person.ok());

    // ... while the other one changes the same person (a second phone number).
    const QString second = folder.filePath(QStringLiteral("b.csv"));
    {
        QFile file(second);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("Nama,Jabatan,Kecamatan,Desa,No HP\n"
                   "Warga Uji 0,Warga,Koba,Nibung,081300000000 / 081399990000\n");
    }
    QProcess other;
    other.start(cliPath(), {QStringLiteral("--db"), db, QStringLiteral("import"),
                            QStringLiteral("stakeholders"), second});
    REQUIRE(other.waitForFinished(60000));
    INFO(QString::fromUtf8(other.readAllStandardOutput() + other.readAllStandardError())
             .toStdString());
    REQUIRE(other.exitCode() == 0);
    auto changed = people.find(person->id);
    REQUIRE(changed->version > person->version);

    person->notes = QStringLiteral("catatan dari program pertama");
    auto saved = people.update(*person);
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.error().code == db::Error::Code::Conflict);
    CHECK(saved.error().message.contains(QStringLiteral("Reload")));
    CHECK(people.find(person->id)->phones.size() == 2); // the other program's change stands
}
