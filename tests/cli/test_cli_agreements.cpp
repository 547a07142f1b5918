// SPDX-License-Identifier: GPL-3.0-or-later
// The MoU commands run as a process: list, add, print, and their exit codes.
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
    // The program must choose a platform itself when printing.
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.remove(QStringLiteral("DISPLAY"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SISAMBANG_CLI), arguments);
    REQUIRE(process.waitForFinished(120000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QStringList withDb(const QString &path, QStringList arguments)
{
    arguments.prepend(path);
    arguments.prepend(QStringLiteral("--db"));
    return arguments;
}

} // namespace

TEST_CASE("cli: list agreements print agreement and agreement add", "[cli][agreements]")
{
    QTemporaryDir folder;
    const QString db = folder.filePath(QStringLiteral("demo.db"));
    REQUIRE(cli(withDb(db, {QStringLiteral("demo")})).exitCode == 0);

    auto listed = cli(withDb(db, {QStringLiteral("list"), QStringLiteral("agreements"),
                                  QStringLiteral("--format"), QStringLiteral("json")}));
    REQUIRE(listed.exitCode == 0);
    const QJsonArray rows = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    REQUIRE(rows.size() == 2);
    const QJsonObject first = rows.first().toObject();
    CHECK(first.value(QStringLiteral("signed_on")).toString() == QStringLiteral("2023-02-20"));
    CHECK(first.value(QStringLiteral("status")).toString() == QStringLiteral("signed"));
    CHECK(first.value(QStringLiteral("kecamatan_codes"))
              .toString()
              .startsWith(QStringLiteral("19.04.0")));
    const QString id = QString::number(first.value(QStringLiteral("id")).toInteger());

    const QString pdf = folder.filePath(QStringLiteral("mou.pdf"));
    auto printed = cli(
        withDb(db, {QStringLiteral("print"), QStringLiteral("agreement"), id, QStringLiteral("-o"),
                    pdf, QStringLiteral("--paper"), QStringLiteral("F4")}));
    INFO(printed.err.toStdString());
    CHECK(printed.exitCode == 0);
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == QByteArray("%PDF-"));
    const QString odt = folder.filePath(QStringLiteral("mou.odt"));
    CHECK(cli(withDb(db, {QStringLiteral("print"), QStringLiteral("agreement"), id,
                          QStringLiteral("-o"), odt}))
              .exitCode == 0);
    CHECK(QFile::exists(odt));
    auto audit = cli(withDb(db, {QStringLiteral("audit"), QStringLiteral("--entity"),
                                 QStringLiteral("agreement"), QStringLiteral("--format"),
                                 QStringLiteral("csv")}));
    CHECK(audit.out.contains(QStringLiteral("print")));

    // Usage errors exit 2, failures 1.
    CHECK(cli(withDb(db, {QStringLiteral("print"), QStringLiteral("agreement"), id,
                          QStringLiteral("-o"), folder.filePath(QStringLiteral("x.doc"))}))
              .exitCode == 2);
    CHECK(cli(withDb(db, {QStringLiteral("print"), QStringLiteral("agreement"),
                          QStringLiteral("999"), QStringLiteral("-o"), pdf}))
              .exitCode == 1);
    CHECK(cli(withDb(db,
                     {QStringLiteral("print"), QStringLiteral("agreement"), id,
                      QStringLiteral("-o"), pdf, QStringLiteral("--paper"), QStringLiteral("A5")}))
              .exitCode == 2);
    CHECK(cli(withDb(db, {QStringLiteral("agreement"), QStringLiteral("add"),
                          QStringLiteral("--kecamatan"), QStringLiteral("19.04.02")}))
              .exitCode == 2);

    // Kecamatan Pangkalan Baru (19.04.02) has no office in the demo register.
    auto noOffice =
        cli(withDb(db, {QStringLiteral("agreement"), QStringLiteral("add"),
                        QStringLiteral("--kecamatan"), QStringLiteral("19.04.02"),
                        QStringLiteral("--signed-on"), QStringLiteral("2023-03-01"),
                        QStringLiteral("--valid-until"), QStringLiteral("2024-02-29")}));
    CHECK(noOffice.exitCode == 1);
    CHECK(noOffice.err.contains(QStringLiteral("19.04.02")));

    // Signing needs PIHAK KEDUA's number: refused without, nothing registered.
    const QStringList add = {QStringLiteral("agreement"),     QStringLiteral("add"),
                             QStringLiteral("--kecamatan"),   QStringLiteral("19.04.06"),
                             QStringLiteral("--signed-on"),   QStringLiteral("2025-03-03"),
                             QStringLiteral("--valid-until"), QStringLiteral("2026-03-02"),
                             QStringLiteral("--status"),      QStringLiteral("signed")};
    auto refused = cli(withDb(db, add));
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("number")));
    auto signedNow = cli(withDb(db, add + QStringList{QStringLiteral("--their-number"),
                                                      QStringLiteral("180/005/KEC-LB/III/2025")}));
    INFO(signedNow.err.toStdString());
    REQUIRE(signedNow.exitCode == 0);
    CHECK(signedNow.out.contains(QStringLiteral("001/HK.02/K.BB-04/03/2025")));
    auto after = cli(withDb(db, {QStringLiteral("list"), QStringLiteral("agreements"),
                                 QStringLiteral("--format"), QStringLiteral("json")}));
    const QJsonArray three = QJsonDocument::fromJson(after.out.toUtf8()).array();
    REQUIRE(three.size() == 3);
    const QJsonObject added = three.first().toObject();
    CHECK(added.value(QStringLiteral("kecamatan_codes")).toString() == QStringLiteral("19.04.06"));
    CHECK(added.value(QStringLiteral("valid_until")).toString() == QStringLiteral("2026-03-02"));
    CHECK(added.value(QStringLiteral("villages")).toInt() > 5);
}
