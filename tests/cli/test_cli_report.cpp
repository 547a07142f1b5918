// SPDX-License-Identifier: GPL-3.0-or-later
// `report monthly|yearly` as a process: files written and exit codes.
#include "pdftools.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

namespace {

struct Run
{
    int exitCode = -1;
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
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

TEST_CASE("cli: report monthly and yearly write every format and refuse bad input", "[cli][recap]")
{
    QTemporaryDir folder;
    const QString db = folder.filePath(QStringLiteral("demo.db"));
    const QStringList base{QStringLiteral("--db"), db};
    REQUIRE(cli(base + QStringList{QStringLiteral("demo")}).exitCode == 0);
    for (const QString &name : {QStringLiteral("feb.pdf"), QStringLiteral("feb.odt"),
                               QStringLiteral("feb.xlsx"), QStringLiteral("feb.csv")}) {
        const QString path = folder.filePath(name);
        const Run run = cli(base + QStringList{QStringLiteral("report"), QStringLiteral("monthly"),
                                               QStringLiteral("--month"), QStringLiteral("2023-02"),
                                               QStringLiteral("-o"), path});
        INFO(name.toStdString() << ": " << run.err.toStdString());
        CHECK(run.exitCode == 0);
        CHECK(QFile(path).size() > 0);
    }
    const QString text = sisambang::test::pdfPages(folder.filePath(QStringLiteral("feb.pdf")))
                             .join(u'\n')
                             .simplified();
    CHECK(text.contains(QStringLiteral("BULAN FEBRUARI 2023")));
    CHECK(text.contains(QStringLiteral("Ditandatangani"))); // the two MoUs of 20 February

    const QString f4 = folder.filePath(QStringLiteral("koba.pdf"));
    CHECK(cli(base + QStringList{QStringLiteral("report"), QStringLiteral("monthly"),
                                 QStringLiteral("--month"), QStringLiteral("2023-03"),
                                 QStringLiteral("--region"), QStringLiteral("19.04.01"),
                                 QStringLiteral("--paper"), QStringLiteral("F4"),
                                 QStringLiteral("-o"), f4})
              .exitCode == 0);
    CHECK(sisambang::test::pdfInfo(f4).pageSizePoints.height() ==
          Approx(sisambang::test::mmToPoints(330)).margin(0.5));
    CHECK(cli(base + QStringList{QStringLiteral("report"), QStringLiteral("yearly"),
                                 QStringLiteral("--year"), QStringLiteral("2023"),
                                 QStringLiteral("-o"), folder.filePath(QStringLiteral("y.xlsx"))})
              .exitCode == 0);

    // Usage errors: exit 2; a region that does not exist: exit 1; nothing written.
    const QString bad = folder.filePath(QStringLiteral("bad.pdf"));
    CHECK(cli(base + QStringList{QStringLiteral("report"), QStringLiteral("monthly"),
                                 QStringLiteral("--month"), QStringLiteral("2023-13"),
                                 QStringLiteral("-o"), bad})
              .exitCode == 2);
    CHECK(cli(base + QStringList{QStringLiteral("report"), QStringLiteral("yearly"),
                                 QStringLiteral("--year"), QStringLiteral("2023"),
                                 QStringLiteral("-o"), folder.filePath(QStringLiteral("y.csv"))})
              .exitCode == 2);
    CHECK(cli(base + QStringList{QStringLiteral("report"), QStringLiteral("weekly"),
                                 QStringLiteral("-o"), bad})
              .exitCode == 2);
    const Run missing =
        cli(base + QStringList{QStringLiteral("report"), QStringLiteral("monthly"),
                               QStringLiteral("--month"), QStringLiteral("2023-03"),
                               QStringLiteral("--region"), QStringLiteral("19.04.99"),
                               QStringLiteral("-o"), bad});
    CHECK(missing.exitCode == 1);
    CHECK_FALSE(missing.err.isEmpty());
    CHECK_FALSE(QFile::exists(bad));
}
