// SPDX-License-Identifier: GPL-3.0-or-later
#include "sampledocuments.h"

#include "indonesiantext.h"
#include "letterhead.h"

#include <QBuffer>
#include <QPainter>
#include <QPainterPath>

using namespace sisambang::documents;

namespace sisambang::test {

namespace {

const QDate meetingDay(2023, 2, 20);

const QStringList names = {
    QStringLiteral("Sahabudin"),        QStringLiteral("Win Iskandar"),
    QStringLiteral("Wahyu Tri Buwono"), QStringLiteral("Candra Buansyah"),
    QStringLiteral("Yaumil Ikrom"),     QStringLiteral("Iptu Rudi Hartono, S.H."),
    QStringLiteral("Siti Aminah"),      QStringLiteral("Muhammad Rizky Pratama"),
    QStringLiteral("Dewi Lestari"),     QStringLiteral("Agus Salim"),
};
const QStringList roles = {
    QStringLiteral("Sekretaris Camat Lubuk Besar"),
    QStringLiteral("Kepala Sekretariat Bawaslu Kabupaten Bangka Tengah"),
    QStringLiteral("Anggota Bawaslu Kabupaten Bangka Tengah"),
    QStringLiteral("Sekretaris Camat Koba"),
    QStringLiteral("Kabag Penanganan Pelanggaran Bawaslu Provinsi Kepulauan Bangka Belitung"),
    QStringLiteral("Kapolsek Lubuk Besar"),
    QStringLiteral("Kepala Desa Lubuk Besar"),
    QStringLiteral("Kepala Desa Perlang"),
    QStringLiteral("Ketua BPD Kulur"),
    QStringLiteral("Tokoh Masyarakat"),
};

Letterhead sampleLetterhead(db::PaperSize paper)
{
    return officeLetterhead(sampleProfile(paper), sampleRegency());
}

Document startDocument(db::PaperSize paper, const QString &title)
{
    Document document;
    document.title = title;
    document.page = PageSetup(paper);
    return document;
}

} // namespace

db::OfficeProfile sampleProfile(db::PaperSize paper)
{
    db::OfficeProfile profile;
    profile.regionCode = QStringLiteral("19.04");
    profile.officeName = QStringLiteral("Bawaslu Kabupaten Bangka Tengah");
    profile.address = QStringLiteral("Jl. Jenderal Sudirman, Koba, Kabupaten Bangka Tengah, "
                                     "Kepulauan Bangka Belitung 33681");
    profile.phone = QStringLiteral("(0718) 000000");
    profile.email = QStringLiteral("bangkatengah@bawaslu.example");
    profile.chairName = QStringLiteral("Rahmat Hidayat, S.H.");
    profile.secretaryName = QStringLiteral("Win Iskandar");
    profile.secretaryNip = QStringLiteral("197801012005011001");
    profile.paper = paper;
    QBuffer png;
    png.open(QIODevice::WriteOnly);
    sampleLogo().save(&png, "PNG");
    profile.logoPng = png.data();
    return profile;
}

db::Region sampleRegency()
{
    return {QStringLiteral("19.04"), QStringLiteral("Kabupaten Bangka Tengah"),
            db::RegionLevel::Regency, db::RegionKind::Regency, QStringLiteral("19")};
}

QImage sampleLogo()
{
    // A stand-in emblem: a shield with a star, drawn so the tests need no files.
    QImage logo(300, 340, QImage::Format_ARGB32_Premultiplied);
    logo.fill(Qt::transparent);
    QPainter painter(&logo);
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath shield;
    shield.moveTo(20, 20);
    shield.lineTo(280, 20);
    shield.lineTo(280, 190);
    shield.quadTo(280, 290, 150, 330);
    shield.quadTo(20, 290, 20, 190);
    shield.closeSubpath();
    painter.setPen(QPen(Qt::black, 10));
    painter.setBrush(QColor(0xF2, 0xB7, 0x05));
    painter.drawPath(shield);
    QPolygonF star;
    for (int i = 0; i < 10; ++i) {
        const double radius = i % 2 == 0 ? 90 : 38;
        const double angle = -M_PI / 2 + i * M_PI / 5;
        star << QPointF(150 + radius * std::cos(angle), 160 + radius * std::sin(angle));
    }
    painter.setBrush(QColor(0x8B, 0x0F, 0x0F));
    painter.setPen(QPen(Qt::black, 4));
    painter.drawPolygon(star);
    return logo;
}

QImage samplePhoto(const QString &label, QSize size, int angle)
{
    QImage photo(size, QImage::Format_RGB32);
    QLinearGradient sky(0, 0, 0, size.height());
    sky.setColorAt(0, QColor(0x6A, 0x9F, 0xD8));
    sky.setColorAt(1, QColor(0xD8, 0xE6, 0xF0));
    QPainter painter(&photo);
    painter.fillRect(photo.rect(), sky);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(QColor(0x4C, 0x7A, 0x3D));
    painter.setPen(Qt::NoPen);
    painter.drawRect(0, size.height() * 2 / 3, size.width(), size.height() / 3);
    painter.translate(size.width() / 2.0, size.height() / 2.0);
    painter.rotate(angle);
    painter.setBrush(QColor(0xF4, 0xE1, 0xC1));
    painter.drawRect(-size.width() / 6, -size.height() / 8, size.width() / 3, size.height() / 4);
    painter.resetTransform();
    painter.setPen(Qt::black);
    QFont font = painter.font();
    font.setPixelSize(size.height() / 12);
    painter.setFont(font);
    painter.drawText(photo.rect().adjusted(10, 10, -10, -10), Qt::AlignTop | Qt::AlignLeft, label);
    return photo;
}

Document attendanceSheet(db::PaperSize paper, int rows)
{
    Document document = startDocument(paper, QStringLiteral("Daftar Hadir Rapat Koordinasi"));
    document.decoration.header = QStringLiteral("Daftar Hadir Rapat Koordinasi Sambang Pengawasan");
    document.add(sampleLetterhead(paper));
    document.add(Title{.text = QStringLiteral("Daftar Hadir")});
    document.add(KeyValueRows{
        .rows =
            {
                {QStringLiteral("Kegiatan"), QStringLiteral("Rapat Koordinasi Sambang Pengawasan")},
                {QStringLiteral("Hari/Tanggal"), indonesian::longDate(meetingDay)},
                {QStringLiteral("Waktu"), indonesian::time(QTime(9, 0), QStringLiteral("WIB")) +
                                              QStringLiteral(" s.d. selesai")},
                {QStringLiteral("Tempat"),
                 QStringLiteral("Gedung Serba Guna Kecamatan Lubuk Besar")},
            },
        .keyWidthPercent = 20});

    Table table;
    table.columns = {{.widthPercent = 6, .alignment = Qt::AlignHCenter},
                     {.widthPercent = 26},
                     {.widthPercent = 28},
                     {.widthPercent = 16},
                     {.widthPercent = 12},
                     {.widthPercent = 12}};
    table.headerRows = {{{.text = QStringLiteral("No")},
                         {.text = QStringLiteral("Nama")},
                         {.text = QStringLiteral("Jabatan/Instansi")},
                         {.text = QStringLiteral("No. HP")},
                         {.text = QStringLiteral("Tanda Tangan"), .columnSpan = 2}}};
    table.minimumRowHeightMm = 10;
    for (int row = 1; row <= rows; ++row) {
        const qsizetype person = (row - 1) % names.size();
        const QString number = QString::number(row) + u'.';
        const bool odd = row % 2 == 1;
        table.rows.append({{.text = QString::number(row)},
                           {.text = names.at(person)},
                           {.text = roles.at(person)},
                           {.text = QStringLiteral("0812-7%1").arg(row, 6, 10, QLatin1Char('0'))},
                           {.text = odd ? number : QString()},
                           {.text = odd ? QString() : number, .joinLeft = true}});
    }
    document.add(table);
    document.add(SignatureRow{
        .signatures = {
            {.opening = QStringLiteral("Mengetahui,"),
             .role = QStringLiteral("Sekretaris Camat Lubuk Besar"),
             .name = QStringLiteral("Sahabudin")},
            {.placeAndDate = indonesian::placeAndDate(QStringLiteral("Lubuk Besar"), meetingDay),
             .role = QStringLiteral("Kepala Sekretariat\nBawaslu Kabupaten Bangka Tengah"),
             .name = QStringLiteral("Win Iskandar"),
             .nip = QStringLiteral("197801012005011001")}}});
    return document;
}

Document invitationLetter(db::PaperSize paper)
{
    Document document = startDocument(paper, QStringLiteral("Surat Undangan"));
    const db::OfficeProfile profile = sampleProfile(paper);
    document.add(officeLetterhead(profile, sampleRegency()));
    document.add(
        Paragraph{.text = indonesian::placeAndDate(QStringLiteral("Koba"), QDate(2023, 2, 15)),
                  .alignment = Qt::AlignRight});
    document.add(KeyValueRows{
        .rows = {{QStringLiteral("Nomor"), QStringLiteral("012/PM.00.02/K.BB-04/02/2023")},
                 {QStringLiteral("Lampiran"), QStringLiteral("-")},
                 {QStringLiteral("Perihal"), QStringLiteral("Undangan Rapat Koordinasi")}},
        .keyWidthPercent = 14});
    document.add(Paragraph{.text = QStringLiteral("Yth. Camat Lubuk Besar\ndi -\nTempat"),
                           .alignment = Qt::AlignLeft});
    document.add(Paragraph{
        .text = QStringLiteral(
            "Dalam rangka pelaksanaan Nota Kesepahaman antara Badan Pengawas Pemilihan Umum "
            "Kabupaten Bangka Tengah dengan Kecamatan Lubuk Besar tentang Sambang Pengawasan, "
            "bersama ini kami mengundang Bapak/Ibu untuk hadir pada rapat koordinasi yang akan "
            "dilaksanakan pada:"),
        .firstLineIndentMm = 12.5});
    document.add(KeyValueRows{
        .rows = {{QStringLiteral("Hari/Tanggal"), indonesian::longDate(meetingDay)},
                 {QStringLiteral("Waktu"), indonesian::time(QTime(9, 0), QStringLiteral("WIB")) +
                                               QStringLiteral(" s.d. selesai")},
                 {QStringLiteral("Tempat"),
                  QStringLiteral("Gedung Serba Guna Kecamatan Lubuk Besar")},
                 {QStringLiteral("Acara"),
                  QStringLiteral("Sosialisasi netralitas aparatur desa menjelang Pemilihan "
                                 "Umum Tahun 2024")}},
        .keyWidthPercent = 22,
        .indentMm = 12.5});
    document.add(Paragraph{.text = QStringLiteral("Adapun agenda rapat sebagai berikut:"),
                           .firstLineIndentMm = 12.5});
    document.add(List{.items = {QStringLiteral("pembukaan oleh Sekretaris Camat Lubuk Besar;"),
                                QStringLiteral("paparan netralitas aparatur desa oleh Bawaslu "
                                               "Kabupaten Bangka Tengah;"),
                                QStringLiteral("tanya jawab dan penyampaian laporan dugaan "
                                               "pelanggaran; dan"),
                                QStringLiteral("penutup.")},
                      .style = ListStyle::LowerLetters});
    document.add(
        Paragraph{.text = QStringLiteral("Demikian undangan ini kami sampaikan. Atas perhatian dan "
                                         "kehadiran Bapak/Ibu, kami ucapkan terima kasih."),
                  .firstLineIndentMm = 12.5});
    Signature chair = chairSignature(profile);
    chair.opening = QStringLiteral("Mengetahui,");
    Signature secretary = secretarySignature(profile);
    secretary.placeAndDate = indonesian::placeAndDate(QStringLiteral("Koba"), QDate(2023, 2, 15));
    document.add(SignatureRow{.signatures = {chair, secretary}});
    document.add(Paragraph{.text = QStringLiteral("Tembusan:"), .alignment = Qt::AlignLeft});
    document.add(List{.items = {QStringLiteral("Ketua Bawaslu Provinsi Kepulauan Bangka Belitung;"),
                                QStringLiteral("Bupati Bangka Tengah.")}});
    return document;
}

Document memorandum(db::PaperSize paper)
{
    Document document = startDocument(paper, QStringLiteral("Nota Kesepahaman"));
    document.decoration.pageNumberAlignment = Qt::AlignHCenter;
    document.add(
        Title{.text = QStringLiteral("Nota Kesepahaman"),
              .subtitles = {QStringLiteral("ANTARA"),
                            QStringLiteral("BADAN PENGAWAS PEMILIHAN UMUM KABUPATEN "
                                           "BANGKA TENGAH"),
                            QStringLiteral("DENGAN"), QStringLiteral("KECAMATAN LUBUK BESAR"),
                            QStringLiteral("TENTANG"), QStringLiteral("SAMBANG PENGAWASAN"),
                            QString(), QStringLiteral("NOMOR: 001/PM.04/K.BB-04/02/2023"),
                            QStringLiteral("NOMOR: 100/045/LB/2023")}});
    document.add(Paragraph{
        .text = QStringLiteral("Pada hari ini, ") + indonesian::dateInWords(meetingDay) +
                QStringLiteral(", bertempat di Koba, yang bertanda tangan di bawah ini:")});
    document.add(List{.items = {QStringLiteral("Win Iskandar, Kepala Sekretariat Badan Pengawas "
                                               "Pemilihan Umum Kabupaten Bangka Tengah, "
                                               "selanjutnya disebut PIHAK PERTAMA;"),
                                QStringLiteral("Sahabudin, Sekretaris Camat Lubuk Besar, "
                                               "selanjutnya disebut PIHAK KEDUA.")}});
    const QStringList headings = {QStringLiteral("Maksud dan Tujuan"),
                                  QStringLiteral("Ruang Lingkup"),
                                  QStringLiteral("Pelaksanaan"),
                                  QStringLiteral("Jangka Waktu"),
                                  QStringLiteral("Pembiayaan"),
                                  QStringLiteral("Hak dan Kewajiban"),
                                  QStringLiteral("Koordinasi"),
                                  QStringLiteral("Pelaporan"),
                                  QStringLiteral("Penyelesaian Perselisihan"),
                                  QStringLiteral("Penutup")};
    for (qsizetype i = 0; i < headings.size(); ++i) {
        document.add(Heading{.text = QStringLiteral("Pasal %1").arg(i + 1)});
        document.add(Heading{.text = headings.at(i).toUpper()});
        document.add(Paragraph{
            .text = QStringLiteral(
                "PARA PIHAK sepakat untuk saling mendukung pelaksanaan pengawasan partisipatif "
                "di seluruh kelurahan dan desa dalam wilayah Kecamatan Lubuk Besar, termasuk "
                "sosialisasi netralitas aparatur desa, rapat koordinasi berkala, dan penyampaian "
                "laporan dugaan pelanggaran Pemilihan Umum kepada Bawaslu Kabupaten Bangka "
                "Tengah sesuai ketentuan peraturan perundang-undangan.")});
        document.add(List{.items = {QStringLiteral("PIHAK PERTAMA menyediakan narasumber dan "
                                                   "bahan sosialisasi;"),
                                    QStringLiteral("PIHAK KEDUA memfasilitasi tempat dan "
                                                   "menghadirkan aparatur desa.")},
                          .style = ListStyle::Numbers});
    }
    document.add(Paragraph{.text = QStringLiteral("Nota Kesepahaman ini dibuat dalam rangkap dua "
                                                  "bermeterai cukup dan mempunyai kekuatan hukum "
                                                  "yang sama.")});
    document.add(
        SignatureRow{.signatures = {{.opening = QStringLiteral("PIHAK KEDUA,"),
                                     .role = QStringLiteral("Sekretaris Camat Lubuk Besar"),
                                     .name = QStringLiteral("Sahabudin")},
                                    {.opening = QStringLiteral("PIHAK PERTAMA,"),
                                     .role = QStringLiteral("Kepala Sekretariat"),
                                     .name = QStringLiteral("Win Iskandar"),
                                     .nip = QStringLiteral("197801012005011001")}}});
    return document;
}

Document activityReport(db::PaperSize paper)
{
    Document document = startDocument(paper, QStringLiteral("Laporan Kegiatan"));
    document.add(sampleLetterhead(paper));
    document.add(Title{.text = QStringLiteral("Laporan Kegiatan"),
                       .subtitles = {QStringLiteral("Rapat Koordinasi Sambang Pengawasan")}});
    document.add(
        Heading{.text = QStringLiteral("A. Waktu dan Tempat"), .alignment = Qt::AlignLeft});
    document.add(KeyValueRows{
        .rows = {{QStringLiteral("Hari/Tanggal"), indonesian::longDate(meetingDay)},
                 {QStringLiteral("Tempat"), QStringLiteral("Homepage Cafe Padang Mulia")}},
        .indentMm = 5});
    document.add(Heading{.text = QStringLiteral("B. Hasil"), .alignment = Qt::AlignLeft});
    document.add(Paragraph{.text = QStringLiteral("Sekretaris Camat menyatakan komitmen "
                                                  "mendukung pengawasan partisipatif."),
                           .indentMm = 5});
    document.add(
        Heading{.text = QStringLiteral("C. Kegiatan per Minggu"), .alignment = Qt::AlignLeft});
    document.add(Drawing{.paint =
                             [](QPainter &painter, const QRectF &rect) {
                                 const QList<int> values{2, 5, 3, 7};
                                 painter.setPen(QPen(Qt::black, 1));
                                 painter.drawLine(rect.bottomLeft(), rect.bottomRight());
                                 const double slot = rect.width() / values.size();
                                 for (qsizetype i = 0; i < values.size(); ++i) {
                                     const double height = rect.height() * 0.9 * values.at(i) / 7;
                                     painter.setBrush(i % 2 ? Qt::darkGray : Qt::lightGray);
                                     painter.drawRect(QRectF(rect.left() + slot * (i + 0.25),
                                                             rect.bottom() - height, slot / 2,
                                                             height));
                                 }
                             },
                         .widthMm = 120,
                         .heightMm = 40});
    document.add(PageBreak{});
    document.add(Title{.text = QStringLiteral("Lampiran Dokumentasi")});
    PhotoGrid grid;
    const QStringList captions = {
        QStringLiteral("Sekretaris Camat Lubuk Besar membuka rapat koordinasi"),
        QStringLiteral("Win Iskandar menyampaikan imbauan netralitas aparatur desa"),
        QStringLiteral("Peserta rapat dari unsur kepala desa"),
        QStringLiteral("Penyampaian tata cara melaporkan dugaan pelanggaran"),
        QStringLiteral("Foto bersama peserta rapat"),
    };
    for (qsizetype i = 0; i < captions.size(); ++i) {
        grid.photos.append({samplePhoto(QStringLiteral("Foto %1").arg(i + 1),
                                        i == 2 ? QSize(900, 1200) : QSize(1600, 1200), int(i) * 7),
                            captions.at(i)});
    }
    document.add(grid);
    return document;
}

Document hostileText(db::PaperSize paper)
{
    Document document = startDocument(paper, htmlName);
    document.add(sampleLetterhead(paper));
    document.add(Title{.text = QStringLiteral("Uji <i>Teks</i> & Tata Letak")});
    document.add(Paragraph{.text = QStringLiteral("Nama: ") + htmlName +
                                   QStringLiteral(" &amp; <script>alert(1)</script>")});
    document.add(Paragraph{.text = QStringLiteral("Kata panjang: ") + QString(600, u'W')});
    document.add(Paragraph{.text = QStringLiteral("محمد بن عبد الله — نص من اليمين إلى اليسار")});
    document.add(
        Paragraph{.text = QStringLiteral("Emoji 👍🎉 dan kendali \x01\x02\x1b akhir\r\nbaris baru")});
    Table table;
    table.columns = {{.widthPercent = 8}, {.widthPercent = 46}, {.widthPercent = 46}};
    table.headerRows = {
        tableRow({QStringLiteral("No"), QStringLiteral("Nama"), QStringLiteral("Keterangan")})};
    table.rows = {tableRow({QStringLiteral("1"), htmlName, QString(300, u'x')}),
                  tableRow({QStringLiteral("2"), QStringLiteral("عبد الله"),
                            QStringLiteral("Peserta 😀 hadir")}),
                  tableRow({QString(80, u'9'), QStringLiteral("Nama\nDua Baris"), QString()})};
    document.add(table);
    document.add(SignatureRow{
        .signatures = {{.role = htmlName, .name = htmlName, .nip = QStringLiteral("<nip>")}}});
    return document;
}

} // namespace sisambang::test
