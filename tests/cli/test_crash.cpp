// SPDX-License-Identifier: GPL-3.0-or-later
// Data safety under the worst a PC does: the CLI killed (SIGKILL) at moments
// spread over a large import, and two programs writing one database at once.
#include "check.h"
#include "database.h"
#include "query.h"

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
