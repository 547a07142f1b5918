// SPDX-License-Identifier: GPL-3.0-or-later
// ODT packages read back with unzip: structure, page setup, text and tables.
#include "odtexport.h"
#include "pdftools.h"
#include "sampledocuments.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace sisambang;
using namespace sisambang::documents;

namespace {

QString writeOdt(const QTemporaryDir &folder, const QString &name, const Document &document)
{
    const QString path = folder.filePath(name);
    const db::Status written = OdtExport::write(document, path);
    INFO((written ? std::string() : written.error().message.toStdString()));
    REQUIRE(written);
    return path;
}

// The text of an XML member, and whether it parsed.
struct Xml
{
    QString text;
    QStringList elements;
    bool wellFormed = false;
};

Xml readXml(const QByteArray &bytes)
{
    Xml xml;
    QXmlStreamReader reader(bytes);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            xml.elements.append(reader.qualifiedName().toString());
        } else if (reader.isCharacters()) {
            xml.text += reader.text();
        } else if (reader.isEndElement() && reader.name() == QLatin1String("p")) {
            xml.text += u'\n';
        }
    }
    xml.wellFormed = !reader.hasError() && !bytes.isEmpty();
    return xml;
}

} // namespace

TEST_CASE("ODT is a proper OpenDocument package", "[documents][odt]")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString path =
        writeOdt(folder, QStringLiteral("laporan.odt"), test::activityReport(db::PaperSize::A4));

    const QStringList members = test::zipMembers(path);
    REQUIRE_FALSE(members.isEmpty());
    CHECK(members.first() == QStringLiteral("mimetype"));
    CHECK(test::unzipMember(path, QStringLiteral("mimetype")) ==
          "application/vnd.oasis.opendocument.text");
    // mimetype is stored, not compressed, so the type can be sniffed
    QProcess zipinfo;
    zipinfo.start(QStringLiteral("unzip"),
                  {QStringLiteral("-Zv"), path, QStringLiteral("mimetype")});
    REQUIRE(zipinfo.waitForFinished(30000));
    CHECK(QString::fromUtf8(zipinfo.readAllStandardOutput())
              .contains(QStringLiteral("compression method:                             none")));

    const QString manifest =
        QString::fromUtf8(test::unzipMember(path, QStringLiteral("META-INF/manifest.xml")));
    for (const QString &member : members) {
        if (member != QStringLiteral("mimetype") &&
            !member.startsWith(QStringLiteral("META-INF"))) {
            CHECK(manifest.contains(QStringLiteral("manifest:full-path=\"%1\"").arg(member)));
        }
    }
    // the logo and five photos and the chart travel as pictures
    CHECK(members.filter(QStringLiteral("Pictures/")).size() == 7);
    for (const QString &member :
         {QStringLiteral("content.xml"), QStringLiteral("styles.xml"), QStringLiteral("meta.xml"),
          QStringLiteral("META-INF/manifest.xml")}) {
        INFO(member.toStdString());
        CHECK(readXml(test::unzipMember(path, member)).wellFormed);
    }
    CHECK(readXml(test::unzipMember(path, QStringLiteral("meta.xml")))
              .text.contains(QStringLiteral("Laporan Kegiatan")));
}

TEST_CASE("ODT carries the paper, margins and live page numbers", "[documents][odt]")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    Document letter = test::invitationLetter(db::PaperSize::F4);
    letter.page.setMarginsMm(QMarginsF(30, 15, 20, 20));
    const QString styles = QString::fromUtf8(test::unzipMember(
        writeOdt(folder, QStringLiteral("f4.odt"), letter), QStringLiteral("styles.xml")));
    CHECK(styles.contains(QStringLiteral("fo:page-width=\"215.00mm\"")));
    CHECK(styles.contains(QStringLiteral("fo:page-height=\"330.00mm\"")));
    CHECK(styles.contains(QStringLiteral("fo:margin-left=\"30.00mm\"")));
    CHECK(styles.contains(QStringLiteral("<text:page-number")));
    CHECK(styles.contains(QStringLiteral("<text:page-count")));
    const Xml parsed = readXml(styles.toUtf8());
    CHECK(parsed.text.contains(QStringLiteral("Halaman 1 dari 1")));

    Document a4 = test::invitationLetter(db::PaperSize::A4);
    a4.page.setOrientation(QPageLayout::Landscape);
    const QString turned = QString::fromUtf8(test::unzipMember(
        writeOdt(folder, QStringLiteral("a4.odt"), a4), QStringLiteral("styles.xml")));
    CHECK(turned.contains(QStringLiteral("fo:page-width=\"297.00mm\"")));
    CHECK(turned.contains(QStringLiteral("style:print-orientation=\"landscape\"")));
}

TEST_CASE("ODT text and tables match the document", "[documents][odt]")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    Document sheet = test::attendanceSheet(db::PaperSize::A4, 17);
    std::get<Table>(sheet.blocks[3]).rows[2][1].text = test::htmlName;
    const QString path = writeOdt(folder, QStringLiteral("hadir.odt"), sheet);
    const QByteArray content = test::unzipMember(path, QStringLiteral("content.xml"));
    const Xml xml = readXml(content);
    REQUIRE(xml.wellFormed);
    CHECK(xml.text.contains(QStringLiteral("BADAN PENGAWAS PEMILIHAN UMUM")));
    CHECK(xml.text.contains(QStringLiteral("DAFTAR HADIR")));
    CHECK(xml.text.contains(QStringLiteral("Senin, 20 Februari 2023")));
    CHECK(xml.text.contains(test::htmlName));
    CHECK(content.contains("&lt;b&gt;Budi&lt;/b&gt; &amp; Co")); // escaped in the XML
    CHECK(xml.text.contains(QStringLiteral("NIP. 19780101 200501 1 001")));
    // one header row, repeated by the word processor; 17 rows after it
    CHECK(xml.elements.count(QStringLiteral("table:table-header-rows")) == 1);
    // each signature block is one cell with several paragraphs
    const qsizetype cells = xml.elements.count(QStringLiteral("table:table-cell"));
    const qsizetype covered = xml.elements.count(QStringLiteral("table:covered-table-cell"));
    // letterhead 3, rule 1, details 4 x 3, sheet 18 x 6 less the merged header, signatures 2
    CHECK(cells == 3 + 1 + 12 + (18 * 6 - 1) + 2);
    CHECK(covered == 1);
    CHECK(content.contains("fo:border-top=\"0.75pt solid #000000\""));
}
