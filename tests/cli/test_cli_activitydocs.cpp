// SPDX-License-Identifier: GPL-3.0-or-later
// `print invitation|attendance|minutes|activity-report` over the demo database:
// exit codes, paper sizes, the text of the PDFs, ODT packages and the audit log.
#include "../documents/pdftools.h"

#include <catch2/catch.hpp>

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
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SISAMBANG_CLI), arguments);
    REQUIRE(process.waitForFinished(120000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QString text(const QString &pdf)
{
    return sisambang::test::pdfPages(pdf).join(u' ').simplified();
}

} // namespace

TEST_CASE("cli: the activity documents of the demo meeting print as PDF and ODT",
          "[cli][activitydocs]")
{
    QTemporaryDir folder;
    const QString db = folder.filePath(QStringLiteral("demo.db"));
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("demo")}).exitCode == 0);
    const auto print = [&](const QStringList &arguments) {
        return cli(QStringList{QStringLiteral("--db"), db, QStringLiteral("print")} + arguments);
    };
    // Activity 1: the rapat koordinasi at Lubuk Besar on 20 February 2023.
    const QString invitation = folder.filePath(QStringLiteral("undangan.pdf"));
    Run run = print({QStringLiteral("invitation"), QStringLiteral("1"), QStringLiteral("-o"),
                     invitation, QStringLiteral("--classification"), QStringLiteral("PM.04"),
                     QStringLiteral("--date"), QStringLiteral("2023-02-15")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Letter number 001/PM.04/")));
    QString printed = text(invitation);
    CHECK(printed.contains(QStringLiteral("Koba, 15 Februari 2023")));
    CHECK(printed.contains(QStringLiteral("Nomor : 001/PM.04/K.BB-04/02/2023")));
    CHECK(printed.contains(QStringLiteral("Hari/Tanggal : Senin, 20 Februari 2023")));
    CHECK(printed.contains(QStringLiteral("Waktu : 09.00 WIB s.d. selesai")));
    CHECK(printed.contains(QStringLiteral("DAFTAR UNDANGAN")));
    CHECK(printed.contains(QStringLiteral("H. Sahabudin, S.Sos.")));
    // The demo office prints on F4 unless told otherwise.
    CHECK(sisambang::test::pdfInfo(invitation).pageSizePoints.height() ==
          Approx(sisambang::test::mmToPoints(330)).margin(0.5));
    // The number is given once: a second print keeps it.
    const QString again = folder.filePath(QStringLiteral("undangan-ketua.pdf"));
    run = print({QStringLiteral("invitation"), QStringLiteral("1"), QStringLiteral("-o"), again,
                 QStringLiteral("--classification"), QStringLiteral("PM.04"),
                 QStringLiteral("--signer"), QStringLiteral("ketua"),
                 QStringLiteral("--per-invitee")});
    REQUIRE(run.exitCode == 0);
    printed = text(again);
    CHECK(printed.contains(QStringLiteral("Nomor : 001/PM.04/K.BB-04/02/2023")));
    CHECK(printed.contains(QStringLiteral("Yth. Bapak/Ibu H. Sahabudin, S.Sos.")));
    CHECK(printed.contains(QStringLiteral("Ketua Bawaslu Kabupaten Bangka Tengah")));
    CHECK_FALSE(printed.contains(QStringLiteral("DAFTAR UNDANGAN")));

    const QString attendance = folder.filePath(QStringLiteral("hadir.pdf"));
    run = print({QStringLiteral("attendance"), QStringLiteral("1"), QStringLiteral("-o"),
                 attendance, QStringLiteral("--paper"), QStringLiteral("A4"),
                 QStringLiteral("--blank-rows"), QStringLiteral("30")});
    REQUIRE(run.exitCode == 0);
    const sisambang::test::PdfInfo info = sisambang::test::pdfInfo(attendance);
    CHECK(info.pageSizePoints.width() == Approx(sisambang::test::mmToPoints(210)).margin(0.5));
    CHECK(info.pageSizePoints.height() == Approx(sisambang::test::mmToPoints(297)).margin(0.5));
    CHECK(info.pages >= 2);
    printed = text(attendance);
    CHECK(printed.contains(QStringLiteral("DAFTAR HADIR")));
    CHECK(printed.contains(QStringLiteral("IPTU Ridwan Kamil Syah")));
    CHECK(printed.contains(QStringLiteral("Mengetahui,")));
    CHECK(printed.contains(QStringLiteral("Halaman 2 dari %1").arg(info.pages)));

    const QString minutes = folder.filePath(QStringLiteral("notulen.pdf"));
    REQUIRE(print({QStringLiteral("minutes"), QStringLiteral("1"), QStringLiteral("-o"), minutes})
                .exitCode == 0);
    printed = text(minutes);
    CHECK(printed.contains(QStringLiteral("NOTULEN")));
    CHECK(printed.contains(QStringLiteral("Waktu : 09.00 s.d. 11.45 WIB")));
    CHECK(printed.contains(QStringLiteral("Pimpinan Rapat : H. Sahabudin, S.Sos.")));
    CHECK(printed.contains(QStringLiteral("Notulis : Dedi Saputra, S.H.")));
    CHECK(printed.contains(QStringLiteral("(daftar hadir terlampir)")));
    CHECK(printed.contains(QStringLiteral("Menyampaikan surat edaran netralitas")));
    const QString minutesOdt = folder.filePath(QStringLiteral("notulen.odt"));
    REQUIRE(
        print({QStringLiteral("minutes"), QStringLiteral("1"), QStringLiteral("-o"), minutesOdt})
            .exitCode == 0);
    CHECK(QString::fromUtf8(sisambang::test::unzipMember(minutesOdt, QStringLiteral("content.xml")))
              .contains(QStringLiteral("Polsek Lubuk Besar siap mendukung")));

    const QString report = folder.filePath(QStringLiteral("laporan.pdf"));
    REQUIRE(print({QStringLiteral("activity-report"), QStringLiteral("2"), QStringLiteral("-o"),
                   report})
                .exitCode == 0);
    const QStringList pages = sisambang::test::pdfPages(report);
    printed = pages.join(u' ').simplified();
    CHECK(printed.contains(QStringLiteral("LAPORAN KEGIATAN")));
    CHECK(printed.contains(QStringLiteral("Homepage Cafe Padang Mulia")));
    CHECK(printed.contains(
        QStringLiteral("Nota Kesepahaman antara Bawaslu Kabupaten Bangka Tengah")));
    CHECK(pages.last().simplified().contains(QStringLiteral("LAMPIRAN DOKUMENTASI")));
    const QString reportOdt = folder.filePath(QStringLiteral("laporan.odt"));
    REQUIRE(print({QStringLiteral("activity-report"), QStringLiteral("2"), QStringLiteral("-o"),
                   reportOdt})
                .exitCode == 0);
    const QString content =
        QString::fromUtf8(sisambang::test::unzipMember(reportOdt, QStringLiteral("content.xml")));
    CHECK(content.contains(QStringLiteral("LAPORAN KEGIATAN")));
    CHECK(content.contains(QStringLiteral("draw:image")));

    // Every print is in the audit log.
    run = cli({QStringLiteral("--db"), db, QStringLiteral("audit"), QStringLiteral("--format"),
               QStringLiteral("csv")});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.count(QStringLiteral("of activity 1 exported to")) == 5);
    CHECK(run.out.count(QStringLiteral("of activity 2 exported to")) == 2);
}

TEST_CASE("cli: print of an activity document says what is wrong", "[cli][activitydocs]")
{
    QTemporaryDir folder;
    const QString db = folder.filePath(QStringLiteral("demo.db"));
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("demo")}).exitCode == 0);
    const QString pdf = folder.filePath(QStringLiteral("x.pdf"));
    const auto print = [&](const QStringList &arguments) {
        return cli(QStringList{QStringLiteral("--db"), db, QStringLiteral("print")} + arguments)
            .exitCode;
    };
    // Usage: 2.
    CHECK(print({QStringLiteral("minutes"), QStringLiteral("x"), QStringLiteral("-o"), pdf}) == 2);
    CHECK(print({QStringLiteral("minutes"), QStringLiteral("1")}) == 2);
    CHECK(print({QStringLiteral("minutes"), QStringLiteral("1"), QStringLiteral("-o"),
                 folder.filePath(QStringLiteral("x.docx"))}) == 2);
    CHECK(print({QStringLiteral("attendance"), QStringLiteral("1"), QStringLiteral("-o"), pdf,
                 QStringLiteral("--blank-rows"), QStringLiteral("-1")}) == 2);
    CHECK(print({QStringLiteral("invitation"), QStringLiteral("1"), QStringLiteral("-o"), pdf,
                 QStringLiteral("--signer"), QStringLiteral("camat")}) == 2);
    CHECK(print({QStringLiteral("invitation"), QStringLiteral("1"), QStringLiteral("-o"), pdf,
                 QStringLiteral("--paper"), QStringLiteral("A5")}) == 2);
    // Failures: 1, and no file.
    CHECK(print({QStringLiteral("minutes"), QStringLiteral("999"), QStringLiteral("-o"), pdf}) ==
          1);
    CHECK(print({QStringLiteral("invitation"), QStringLiteral("1"), QStringLiteral("-o"), pdf,
                 QStringLiteral("--classification"), QStringLiteral("XX.99")}) == 1);
    CHECK_FALSE(QFile::exists(pdf));
}
