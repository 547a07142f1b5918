// SPDX-License-Identifier: GPL-3.0-or-later
// The command-line program run as a process, as offices script it.
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

Run cli(const QStringList &arguments, const QByteArray &environmentDb = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("SISAMBANG_DB"));
    if (!environmentDb.isEmpty()) {
        environment.insert(QStringLiteral("SISAMBANG_DB"), QString::fromUtf8(environmentDb));
    }
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SISAMBANG_CLI), arguments);
    REQUIRE(process.waitForFinished(120000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

TEST_CASE("cli: help, version and usage errors", "[cli]")
{
    auto help = cli({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("init --region KODE")));
    CHECK(help.out.contains(QStringLiteral("list regions")));

    auto version = cli({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith(QStringLiteral("sisambang-cli ")));

    CHECK(cli({}).exitCode == 2);
    CHECK(cli({QStringLiteral("frobnicate")}).exitCode == 2);
    CHECK(cli({QStringLiteral("--nope")}).exitCode == 2);
    CHECK(cli({QStringLiteral("--db")}).exitCode == 2);
    auto noRegion =
        cli({QStringLiteral("--db"), QStringLiteral("/tmp/x.db"), QStringLiteral("init")});
    CHECK(noRegion.exitCode == 2);
    CHECK(noRegion.err.contains(QStringLiteral("--region")));
    CHECK(cli({QStringLiteral("list"), QStringLiteral("regions"), QStringLiteral("--format"),
               QStringLiteral("xml")})
              .exitCode == 2);
    auto commandHelp = cli({QStringLiteral("list"), QStringLiteral("--help")});
    CHECK(commandHelp.exitCode == 0);
    CHECK(commandHelp.out.contains(QStringLiteral("--parent")));
}

TEST_CASE("cli: init, list regions, check", "[cli]")
{
    QTemporaryDir folder;
    const QString db = folder.filePath(QStringLiteral("x.db"));

    auto init = cli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--region"),
                     QStringLiteral("19.04")});
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    CHECK(init.out.contains(QStringLiteral("Kabupaten Bangka Tengah")));

    auto again = cli({QStringLiteral("--db"), db, QStringLiteral("init"),
                      QStringLiteral("--region"), QStringLiteral("19.05")});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("already")));

    auto csv = cli({QStringLiteral("--db"), db, QStringLiteral("list"), QStringLiteral("regions"),
                    QStringLiteral("--parent"), QStringLiteral("19.04"), QStringLiteral("--format"),
                    QStringLiteral("csv")});
    REQUIRE(csv.exitCode == 0);
    const QStringList lines = csv.out.trimmed().split(u'\n');
    REQUIRE(lines.size() == 7); // header and six kecamatan
    CHECK(lines.at(0) == QStringLiteral("code,name,level,kind,parent_code"));
    CHECK(csv.out.contains(QStringLiteral("19.04.01,Koba,district,district,19.04")));
    CHECK(csv.out.contains(QStringLiteral("Lubuk Besar")));

    auto json = cli({QStringLiteral("--db"), db, QStringLiteral("list"), QStringLiteral("regions"),
                     QStringLiteral("--parent"), QStringLiteral("19.04.01"),
                     QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(json.exitCode == 0);
    const QJsonArray array = QJsonDocument::fromJson(json.out.toUtf8()).array();
    REQUIRE(array.size() > 0);
    const QJsonObject first = array.first().toObject();
    CHECK(first.value(QStringLiteral("code")).toString().startsWith(QStringLiteral("19.04.01.")));
    CHECK(first.contains(QStringLiteral("name")));
    CHECK(first.value(QStringLiteral("parent_code")).toString() == QStringLiteral("19.04.01"));

    auto table = cli({QStringLiteral("list"), QStringLiteral("regions")}, db.toUtf8());
    REQUIRE(table.exitCode == 0);
    CHECK(table.out.contains(QStringLiteral("Kepulauan Bangka Belitung")));

    auto unknown =
        cli({QStringLiteral("--db"), db, QStringLiteral("list"), QStringLiteral("regions"),
             QStringLiteral("--parent"), QStringLiteral("99.99")});
    CHECK(unknown.exitCode == 1);

    auto check = cli({QStringLiteral("--db"), db, QStringLiteral("check")});
    INFO(check.err.toStdString());
    CHECK(check.exitCode == 0);
    CHECK(check.out.startsWith(QStringLiteral("ok")));
}

TEST_CASE("cli: bad databases fail with exit 1 and a message", "[cli]")
{
    QTemporaryDir folder;
    const QString text = folder.filePath(QStringLiteral("notes.db"));
    QFile file(text);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("this is not a database\n");
    file.close();

    auto notDb = cli({QStringLiteral("--db"), text, QStringLiteral("check")});
    CHECK(notDb.exitCode == 1);
    CHECK(notDb.err.contains(QStringLiteral("not an SQLite file")));
    QFile reread(text);
    REQUIRE(reread.open(QIODevice::ReadOnly));
    CHECK(reread.readAll() == QByteArray("this is not a database\n"));

    auto missing = cli({QStringLiteral("--db"), folder.filePath(QStringLiteral("none.db")),
                        QStringLiteral("check")});
    CHECK(missing.exitCode == 1);
    CHECK_FALSE(QFile::exists(folder.filePath(QStringLiteral("none.db"))));

    auto noFolder =
        cli({QStringLiteral("--db"), folder.filePath(QStringLiteral("no/dir/x.db")),
             QStringLiteral("init"), QStringLiteral("--region"), QStringLiteral("19.04")});
    CHECK(noFolder.exitCode == 1);
    CHECK(noFolder.err.contains(QStringLiteral("does not exist")));

    const QString badRegion = folder.filePath(QStringLiteral("bad.db"));
    auto wrongRegion = cli({QStringLiteral("--db"), badRegion, QStringLiteral("init"),
                            QStringLiteral("--region"), QStringLiteral("19.04.01")});
    CHECK(wrongRegion.exitCode == 1);
    CHECK_FALSE(QFile::exists(badRegion)); // nothing half-written
}

TEST_CASE("cli: demo builds the Bangka Tengah database once", "[cli]")
{
    QTemporaryDir folder;
    const QString db = folder.filePath(QStringLiteral("demo.db"));
    auto demo = cli({QStringLiteral("--db"), db, QStringLiteral("demo")});
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("check")}).exitCode == 0);
    auto twice = cli({QStringLiteral("--db"), db, QStringLiteral("demo")});
    CHECK(twice.exitCode == 1);
    CHECK(twice.err.contains(QStringLiteral("already exists")));
}

TEST_CASE("cli: backup and restore", "[cli][backup]")
{
    QTemporaryDir folder;
    const QString db = folder.filePath(QStringLiteral("kantor.db"));
    const QString archive = folder.filePath(QStringLiteral("cadangan.zip"));
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--region"),
                 QStringLiteral("19.04")})
                .exitCode == 0);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("backup")}).exitCode == 2);
    auto backup =
        cli({QStringLiteral("--db"), db, QStringLiteral("backup"), QStringLiteral("-o"), archive});
    INFO(backup.err.toStdString());
    REQUIRE(backup.exitCode == 0);
    CHECK(backup.out.contains(QStringLiteral("verified")));

    auto restore = cli({QStringLiteral("--db"), db, QStringLiteral("restore"), archive});
    INFO(restore.err.toStdString());
    REQUIRE(restore.exitCode == 0);
    CHECK(restore.out.contains(QStringLiteral("kept as")));
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("check")}).exitCode == 0);
    auto audit =
        cli({QStringLiteral("--db"), db, QStringLiteral("audit"), QStringLiteral("--entity"),
             QStringLiteral("database"), QStringLiteral("--format"), QStringLiteral("csv")});
    CHECK(audit.out.contains(QStringLiteral(",restore,database,,Restored from ")));

    const QString junk = folder.filePath(QStringLiteral("junk.zip"));
    QFile file(junk);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("PK\x03\x04 broken");
    file.close();
    auto refused = cli({QStringLiteral("--db"), db, QStringLiteral("restore"), junk});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("left untouched")));
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("check")}).exitCode == 0);
}
