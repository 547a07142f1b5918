// SPDX-License-Identifier: GPL-3.0-or-later
// The invitation letter, the minutes and the activity report read back from
// their PDF and ODT files; the report's photo annex checked as layout numbers.
#include "activitysamples.h"
#include "odtexport.h"
#include "paginator.h"
#include "pdfexport.h"
#include "pdftools.h"
#include "sampledocuments.h"
#include "textbuilder.h"

#include <catch2/catch.hpp>

#include <QAbstractTextDocumentLayout>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <cmath>

using namespace sisambang;
using namespace sisambang::documents;

namespace {

QStringList writePdf(const QTemporaryDir &folder, const Document &document, db::PaperSize paper,
                     const QString &name = QStringLiteral("document.pdf"))
{
    const QString path = folder.filePath(name);
    REQUIRE(PdfExport::write(document, path).ok());
    const test::PdfInfo info = test::pdfInfo(path);
    const QSizeF paperMm = paper == db::PaperSize::A4 ? QSizeF(210, 297) : QSizeF(215, 330);
    CHECK(info.pageSizePoints.width() == Approx(test::mmToPoints(paperMm.width())).margin(0.5));
    CHECK(info.pageSizePoints.height() == Approx(test::mmToPoints(paperMm.height())).margin(0.5));
    QStringList pages = test::pdfPages(path);
    CHECK(pages.size() == info.pages);
    for (QString &page : pages) {
        page = page.simplified();
    }
    return pages;
}

// content.xml of an ODT file, checked to be a real package first.
QString odtText(const QTemporaryDir &folder, const Document &document, const QString &name)
{
    const QString path = folder.filePath(name);
    REQUIRE(OdtExport::write(document, path).ok());
    const QStringList members = test::zipMembers(path);
    REQUIRE_FALSE(members.isEmpty());
    CHECK(members.first() == QStringLiteral("mimetype"));
    CHECK(members.contains(QStringLiteral("styles.xml")));
    CHECK(test::unzipMember(path, QStringLiteral("mimetype")) ==
          "application/vnd.oasis.opendocument.text");
    const QByteArray content = test::unzipMember(path, QStringLiteral("content.xml"));
    REQUIRE_FALSE(content.isEmpty());
    return QString::fromUtf8(content);
}

QList<QTextTable *> photoRows(const QTextDocument &text)
{
    QList<QTextTable *> rows;
    for (QTextFrame *frame : text.rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (table == nullptr || table->rows() != 1 || table->columns() != 2) {
            continue;
        }
        bool pictures = false;
        for (QTextBlock block = table->cellAt(0, 0).firstCursorPosition().block(); block.isValid();
             block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                pictures = pictures || it.fragment().charFormat().isImageFormat();
            }
            if (block.position() >= table->cellAt(0, 0).lastCursorPosition().position()) {
                break;
            }
        }
        if (pictures) {
            rows.append(table);
        }
    }
    return rows;
}

// Every picture in the document with its laid-out size.
QList<QSizeF> pictureSizes(const QTextDocument &text)
{
    QList<QSizeF> sizes;
    for (QTextBlock block = text.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isImageFormat()) {
                const QTextImageFormat image = format.toImageFormat();
                sizes.append({image.width(), image.height()});
            }
        }
    }
    return sizes;
}

ActivityReportData reportWithLandscapePhotos(int count)
{
    ActivityReportData data = test::sampleReport(0);
    for (int i = 0; i < count; ++i) {
        data.photos << ReportPhoto{
            .image = test::samplePhoto(QStringLiteral("Foto %1").arg(i + 1), QSize(1600, 1200), 0),
            .caption = QStringLiteral("Dokumentasi kegiatan %1").arg(i + 1)};
    }
    return data;
}

} // namespace

TEST_CASE("An invitation with a list of invitees reads as a Surat Undangan",
          "[documents][invitation]")
{
    QTemporaryDir folder;
    for (const auto paper : {db::PaperSize::A4, db::PaperSize::F4}) {
        InvitationData data = test::sampleInvitation(InvitationLayout::WithList);
        data.invitees.append(
            {.name = test::htmlName, .position = QStringLiteral("Tokoh Masyarakat")});
        const QStringList pages = writePdf(folder, invitationDocument(data, paper), paper);
        REQUIRE(pages.size() == 2);
        const QString &letter = pages.at(0);
        CHECK(letter.contains(
            QStringLiteral("BADAN PENGAWAS PEMILIHAN UMUM KABUPATEN BANGKA TENGAH")));
        CHECK(letter.contains(QStringLiteral("Koba, 15 Februari 2023")));
        CHECK(letter.contains(QStringLiteral("Nomor : 012/PM.00.02/K.BB-04/02/2023")));
        CHECK(letter.contains(QStringLiteral("Lampiran : 1 (satu) berkas")));
        CHECK(letter.contains(
            QStringLiteral("Perihal : Undangan Rapat Koordinasi Sambang Pengawasan")));
        CHECK(letter.contains(QStringLiteral("Yth. Bapak/Ibu (daftar terlampir) di - Tempat")));
        CHECK(letter.contains(QStringLiteral("Hari/Tanggal : Senin, 20 Februari 2023")));
        CHECK(letter.contains(QStringLiteral("Waktu : 09.00 WIB s.d. selesai")));
        CHECK(letter.contains(QStringLiteral("Tempat : Gedung Serba Guna Kecamatan Lubuk Besar")));
        CHECK(letter.contains(QStringLiteral("Acara : Rapat Koordinasi Sambang Pengawasan")));
        CHECK(
            letter.contains(QStringLiteral("Kepala Sekretariat Bawaslu Kabupaten Bangka Tengah")));
        CHECK(letter.contains(QStringLiteral("Win Iskandar NIP. 19780101 200501 1 001")));
        CHECK(letter.contains(QStringLiteral("Tembusan: 1. Ketua Bawaslu Provinsi Kepulauan "
                                             "Bangka Belitung; 2. Camat Lubuk Besar.")));
        CHECK(letter.contains(QStringLiteral("Halaman 1 dari 2")));
        const QString &list = pages.at(1);
        CHECK(list.contains(QStringLiteral("DAFTAR UNDANGAN")));
        CHECK(list.contains(QStringLiteral("Nomor : 012/PM.00.02/K.BB-04/02/2023")));
        CHECK(list.contains(QStringLiteral("Tanggal : 15 Februari 2023")));
        for (const ActivityPerson &person : data.invitees) {
            CHECK(list.contains(person.name));
        }
        CHECK(list.contains(QStringLiteral("6 ") + test::htmlName)); // literally, numbered
        CHECK(list.contains(QStringLiteral("Win Iskandar")));
    }
}

TEST_CASE("The Ketua signs when chosen and a time zone follows the office",
          "[documents][invitation]")
{
    QTemporaryDir folder;
    InvitationData data = test::sampleInvitation(InvitationLayout::WithList);
    data.signer = OfficeSigner::Chair;
    data.office.timeZone = QStringLiteral("WITA");
    data.letterNumber.clear();
    data.activity.start = QTime(13, 30);
    const QStringList pages =
        writePdf(folder, invitationDocument(data, db::PaperSize::F4), db::PaperSize::F4);
    REQUIRE_FALSE(pages.isEmpty());
    CHECK(pages.first().contains(QStringLiteral("Waktu : 13.30 WITA s.d. selesai")));
    CHECK(pages.first().contains(QStringLiteral("Ketua Bawaslu Kabupaten Bangka Tengah")));
    CHECK(pages.first().contains(QStringLiteral("Rahmat Hidayat, S.H.")));
    CHECK_FALSE(pages.first().contains(QStringLiteral("Kepala Sekretariat")));
    // A number still to be given leaves room to write it in.
    CHECK(pages.first().contains(QStringLiteral("Nomor : ..............................")));
}

TEST_CASE("One invitation per invitee starts each letter on a new page", "[documents][invitation]")
{
    QTemporaryDir folder;
    for (const auto paper : {db::PaperSize::A4, db::PaperSize::F4}) {
        const InvitationData data = test::sampleInvitation(InvitationLayout::PerInvitee);
        const QStringList pages = writePdf(folder, invitationDocument(data, paper), paper);
        REQUIRE(pages.size() == data.invitees.size());
        for (qsizetype i = 0; i < pages.size(); ++i) {
            INFO("letter " << i + 1);
            const QString &page = pages.at(i);
            CHECK(page.startsWith(QStringLiteral("BADAN PENGAWAS PEMILIHAN UMUM")));
            CHECK(page.contains(QStringLiteral("Yth. Bapak/Ibu ") + data.invitees.at(i).name));
            CHECK(page.contains(QStringLiteral("Lampiran : -")));
            CHECK(page.contains(QStringLiteral("Win Iskandar")));
            CHECK(page.contains(QStringLiteral("Tembusan:")));
            // A letter of its own: no "Halaman 3 dari 5" of the whole file.
            CHECK_FALSE(page.contains(QStringLiteral("Halaman")));
            for (qsizetype other = 0; other < data.invitees.size(); ++other) {
                if (other != i) {
                    CHECK_FALSE(page.contains(QStringLiteral("Yth. Bapak/Ibu ") +
                                              data.invitees.at(other).name));
                }
            }
        }
    }
}

TEST_CASE("The minutes print every part and open as ODT", "[documents][minutes]")
{
    QTemporaryDir folder;
    const MinutesData data = test::sampleMinutes();
    for (const auto paper : {db::PaperSize::A4, db::PaperSize::F4}) {
        const QStringList pages = writePdf(folder, minutesDocument(data, paper), paper);
        REQUIRE_FALSE(pages.isEmpty());
        CHECK(pages.size() <= 2);
        const QString text = pages.join(u' ');
        CHECK(text.contains(QStringLiteral("NOTULEN RAPAT KOORDINASI SAMBANG PENGAWASAN")));
        CHECK(text.contains(QStringLiteral("Hari/Tanggal : Senin, 20 Februari 2023")));
        CHECK(text.contains(QStringLiteral("Waktu : 09.15 s.d. 11.40 WIB")));
        CHECK(text.contains(
            QStringLiteral("Pimpinan Rapat : Sahabudin (Sekretaris Camat Lubuk Besar)")));
        CHECK(text.contains(QStringLiteral("Notulis : Yaumil Ikrom")));
        CHECK(text.contains(
            QStringLiteral("Peserta : 23 (dua puluh tiga) orang (daftar hadir terlampir)")));
        CHECK(
            text.contains(QStringLiteral("A. Pembahasan 1. Sahabudin (Sekretaris Camat Lubuk "
                                         "Besar): Pemerintah Kecamatan Lubuk Besar berkomitmen")));
        CHECK(text.contains(QStringLiteral("B. Kesimpulan")));
        CHECK(text.contains(QStringLiteral("C. Tindak Lanjut")));
        CHECK(text.contains(QStringLiteral("Penanggung Jawab")));
        CHECK(text.contains(QStringLiteral("1 Maret 2023")));
        CHECK(text.contains(QStringLiteral("Notulis,")));
        CHECK(text.contains(QStringLiteral("Pimpinan Rapat,")));
        CHECK(text.contains(QStringLiteral("Lubuk Besar, 20 Februari 2023")));
        // The closing sentence goes over with the signatures.
        CHECK(pages.last().contains(QStringLiteral("Demikian notulen ini dibuat")));
    }
    const QString content =
        odtText(folder, minutesDocument(data, db::PaperSize::F4), QStringLiteral("notulen.odt"));
    CHECK(content.contains(QStringLiteral("NOTULEN")));
    CHECK(content.contains(QStringLiteral("Pimpinan Rapat")));
    CHECK(content.contains(QStringLiteral("Iptu Rudi Hartono, S.H. (Kapolsek Lubuk Besar)")));
    CHECK(content.contains(QStringLiteral("Menyampaikan daftar kontak kepala desa")));
    CHECK(content.contains(QStringLiteral("24 Februari 2023")));
}

TEST_CASE("Markup long words right-to-left text and emoji in minutes print literally",
          "[documents][minutes]")
{
    QTemporaryDir folder;
    MinutesData data = test::sampleMinutes();
    data.chair.name = test::htmlName;
    data.discussion.append(
        {.speaker = QStringLiteral("محمد بن عبد الله"),
         .text = QStringLiteral("نص من اليمين إلى اليسار 👍🎉 ") + QString(600, u'W')});
    data.followUps.append({.action = QStringLiteral("<script>alert(1)</script> &amp;"),
                           .responsible = QString(200, u'R')});
    for (const auto paper : {db::PaperSize::A4, db::PaperSize::F4}) {
        const Document document = minutesDocument(data, paper);
        const LaidOutDocument laidOut(document);
        const double width = laidOut.pageSetup().bodyRect().width();
        for (QTextFrame *frame : laidOut.text().rootFrame()->childFrames()) {
            CHECK(laidOut.text().documentLayout()->frameBoundingRect(frame).width() <= width + 1);
        }
        CHECK(laidOut.pageCount() <= 3);
        const QString text = writePdf(folder, document, paper).join(u' ');
        CHECK(text.contains(test::htmlName));
        CHECK(text.contains(QStringLiteral("<script>alert(1)</script> &amp;")));
        CHECK(text.contains(QStringLiteral("WWWWWWWWWW")));
    }
}

TEST_CASE("The activity report cites its MoU and reports the meeting", "[documents][report]")
{
    QTemporaryDir folder;
    const ActivityReportData data = test::sampleReport(2);
    for (const auto paper : {db::PaperSize::A4, db::PaperSize::F4}) {
        const QStringList pages = writePdf(folder, activityReportDocument(data, paper), paper);
        REQUIRE(pages.size() >= 2);
        const QString text = pages.join(u' ');
        CHECK(
            text.contains(QStringLiteral("LAPORAN KEGIATAN RAPAT KOORDINASI SAMBANG PENGAWASAN")));
        CHECK(text.contains(QStringLiteral(
            "A. Dasar Nota Kesepahaman antara Bawaslu Kabupaten Bangka Tengah dengan Kecamatan "
            "Lubuk Besar Nomor 001/PM.04/K.BB-04/02/2023 dan 100/045/LB/2023 tanggal 20 "
            "Februari 2023 tentang Sambang Pengawasan.")));
        CHECK(text.contains(QStringLiteral("B. Maksud dan Tujuan")));
        CHECK(text.contains(
            QStringLiteral("C. Waktu dan Tempat Hari/Tanggal : Senin, 20 Februari 2023")));
        CHECK(text.contains(QStringLiteral("D. Peserta")));
        CHECK(text.contains(QStringLiteral("Win Iskandar (Narasumber)")));
        CHECK(text.contains(QStringLiteral("23 (dua puluh tiga) orang peserta")));
        CHECK(text.contains(QStringLiteral("E. Materi Netralitas aparatur desa")));
        CHECK(text.contains(QStringLiteral("F. Hasil")));
        CHECK(text.contains(QStringLiteral("G. Tindak Lanjut")));
        CHECK(text.contains(QStringLiteral("Yang melaporkan,")));
        CHECK(text.contains(QStringLiteral("Mengetahui,")));
        CHECK(pages.last().contains(QStringLiteral("LAMPIRAN DOKUMENTASI")));
        // Captions stand under their photos, two to a line.
        CHECK(pages.last().contains(QStringLiteral("Sekretaris Camat Lubuk Besar membuka rapat")));
        CHECK(pages.last().contains(QStringLiteral("Win Iskandar menyampaikan imbauan")));
    }
    const QString content = odtText(folder, activityReportDocument(data, db::PaperSize::A4),
                                    QStringLiteral("laporan.odt"));
    CHECK(content.contains(QStringLiteral("LAPORAN KEGIATAN")));
    CHECK(content.contains(QStringLiteral("Maksud dan Tujuan")));
    CHECK(content.contains(QStringLiteral("Win Iskandar menyampaikan imbauan netralitas")));
    CHECK(content.contains(QStringLiteral("draw:image"))); // the photos travel too
}

TEST_CASE("Report photos go two to a row in their own proportions and fit the page",
          "[documents][report]")
{
    for (const auto paper : {db::PaperSize::A4, db::PaperSize::F4}) {
        INFO((paper == db::PaperSize::A4 ? "A4" : "F4"));
        // The report without photos, and the measures of the annex: where its
        // first row starts on its page and how high a row of two landscape
        // photos with captions is.
        const int bodyPages =
            LaidOutDocument(activityReportDocument(reportWithLandscapePhotos(0), paper))
                .pageCount();
        double firstRow = 0;
        double rowHeight = 0;
        double page = 0;
        {
            const LaidOutDocument laidOut(
                activityReportDocument(reportWithLandscapePhotos(4), paper));
            const QTextDocument &text = laidOut.text();
            const TextPages pages(text);
            const QList<QTextTable *> rows = photoRows(text);
            REQUIRE(rows.size() == 2);
            const auto *layout = text.documentLayout();
            const QRectF first = layout->frameBoundingRect(rows.at(0));
            const QRectF second = layout->frameBoundingRect(rows.at(1));
            REQUIRE(pages.pageOfTop(first.top()) == pages.pageOfTop(second.top()));
            page = pages.height;
            firstRow = first.top() - pages.rect(pages.pageOfTop(first.top()), 1).top();
            rowHeight = second.top() - first.top();
        }
        const int perPage = int(std::floor((page - firstRow + 0.5) / rowHeight));
        REQUIRE(perPage >= 2);
        for (const int photos : {0, 1, 2, 5}) {
            INFO("photos: " << photos);
            const Document document =
                activityReportDocument(reportWithLandscapePhotos(photos), paper);
            const LaidOutDocument laidOut(document);
            const int rows = (photos + 1) / 2;
            const int annexPages = rows == 0 ? 0 : (rows + perPage - 1) / perPage;
            CHECK(laidOut.pageCount() == bodyPages + annexPages);
            CHECK(photoRows(laidOut.text()).size() == rows);
            QTemporaryDir folder;
            const QString path = folder.filePath(QStringLiteral("laporan.pdf"));
            REQUIRE(PdfExport::write(document, path).ok());
            CHECK(test::pdfInfo(path).pages == bodyPages + annexPages);
        }
    }

    // Mixed proportions: each picture keeps its own and stays inside its half
    // of the text width and the height allowed.
    const ActivityReportData data = test::sampleReport(5);
    const LaidOutDocument laidOut(activityReportDocument(data, db::PaperSize::A4));
    const QList<QSizeF> sizes = pictureSizes(laidOut.text());
    const double half = laidOut.pageSetup().bodyRect().width() / 2;
    int photos = 0;
    for (const QSizeF &size : sizes) {
        if (size.width() < mmToLayout(40)) {
            continue; // the letterhead's logo
        }
        const QImage &source = data.photos.at(photos).image;
        ++photos;
        CHECK(size.width() / size.height() ==
              Approx(double(source.width()) / source.height()).epsilon(0.01));
        CHECK(size.width() <= half);
        CHECK(size.height() <= mmToLayout(reportPhotoHeightMm) + 0.5);
    }
    CHECK(photos == 5);
    const QList<QTextTable *> rows = photoRows(laidOut.text());
    REQUIRE(rows.size() == 3);
    const TextPages pages(laidOut.text());
    for (QTextTable *row : rows) {
        const QRectF rect = laidOut.text().documentLayout()->frameBoundingRect(row);
        CHECK(pages.pageOfTop(rect.top()) == pages.pageOfBottom(rect.bottom()));
    }
}

TEST_CASE("A photo file is read upright and a missing one says so", "[documents][report]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("foto.jpg"));
    REQUIRE(test::samplePhoto(QStringLiteral("Foto"), QSize(4000, 3000), 0).save(path, "JPEG"));
    const QImage image = reportPhotoImage({.path = path});
    // Read at print size, in its proportions.
    CHECK(image.width() == 1400);
    CHECK(image.height() == 1050);
    const QImage missing =
        reportPhotoImage({.path = folder.filePath(QStringLiteral("hilang.jpg"))});
    CHECK(missing.size() == QSize(1200, 900)); // a drawn card naming the file
    ActivityReportData data = test::sampleReport(0);
    data.photos << ReportPhoto{.path = folder.filePath(QStringLiteral("hilang.jpg")),
                               .caption = QString(1000, u'x')};
    const QStringList pages =
        writePdf(folder, activityReportDocument(data, db::PaperSize::A4), db::PaperSize::A4);
    CHECK(pages.last().contains(QStringLiteral("LAMPIRAN DOKUMENTASI")));
    // A caption of a thousand characters is cut, so its row still fits a page.
    CHECK(pages.last().contains(QStringLiteral("\u2026")));
}
