// SPDX-License-Identifier: GPL-3.0-or-later
#include "activityreport.h"

#include "indonesiantext.h"

#include <QFileInfo>
#include <QImageReader>
#include <QPainter>

namespace sisambang::documents {

namespace {

// 300 dpi at the widest a photo prints (half an F4 text width): enough for
// paper, and twenty photos keep the PDF small.
constexpr int photoLongSidePixels = 1400;
// A caption longer than this would push its photo row off the page.
constexpr int captionCharacters = 240;

QString joinedWithDan(const QStringList &items)
{
    if (items.size() <= 1) {
        return items.join(QString());
    }
    return QStringList(items.mid(0, items.size() - 1)).join(QStringLiteral(", ")) +
           QStringLiteral(" dan ") + items.last();
}

QImage placeholder(const QString &text)
{
    QImage image(1200, 900, QImage::Format_RGB32);
    image.fill(QColor(0xF0, 0xF0, 0xF0));
    QPainter painter(&image);
    painter.setPen(QPen(Qt::black, 6));
    painter.drawRect(image.rect().adjusted(3, 3, -4, -4));
    QFont font = painter.font();
    font.setPixelSize(48);
    painter.setFont(font);
    painter.drawText(image.rect().adjusted(60, 60, -60, -60),
                     Qt::AlignCenter | Qt::TextWrapAnywhere, text);
    return image;
}

QString caption(const QString &text)
{
    QString simplified = text.simplified();
    if (simplified.size() > captionCharacters) {
        simplified = simplified.left(captionCharacters - 1) + QChar(0x2026);
    }
    return simplified;
}

void addSection(Document &document, const QString &heading)
{
    document.add(Heading{.text = heading, .alignment = Qt::AlignLeft});
}

void addLines(Document &document, const QStringList &lines, ListStyle style = ListStyle::Numbers)
{
    QStringList items = lines;
    items.removeAll(QString());
    if (items.isEmpty()) {
        document.add(Paragraph{.text = QStringLiteral("-"), .indentMm = 5});
    } else if (items.size() == 1) {
        // One item is a sentence of its own, not the first of a list.
        QString text = items.first();
        if (text.endsWith(u';')) {
            text.chop(1);
            text += u'.';
        }
        document.add(Paragraph{.text = text, .indentMm = 5});
    } else {
        document.add(List{.items = items, .style = style});
    }
}

} // namespace

AgreementReference agreementReference(const db::Agreement &agreement)
{
    AgreementReference reference;
    reference.kind = agreement.kind == db::AgreementKind::Pks
                         ? QStringLiteral("Perjanjian Kerja Sama")
                         : QStringLiteral("Nota Kesepahaman");
    reference.title = agreement.title.simplified();
    reference.signedOn = agreement.signedOn;
    for (const db::AgreementParty &party : agreement.parties) {
        reference.parties << party.institutionName.simplified();
        if (!party.letterNumber.trimmed().isEmpty()) {
            reference.numbers << party.letterNumber.trimmed();
        }
    }
    return reference;
}

QString agreementCitation(const AgreementReference &reference)
{
    QString text = reference.kind;
    if (reference.parties.size() >= 2) {
        text += QStringLiteral(" antara %1 dengan %2")
                    .arg(reference.parties.first(), joinedWithDan(reference.parties.mid(1)));
    }
    if (!reference.numbers.isEmpty()) {
        text += QStringLiteral(" Nomor ") + joinedWithDan(reference.numbers);
    }
    if (reference.signedOn.isValid()) {
        text += QStringLiteral(" tanggal ") + indonesian::date(reference.signedOn);
    }
    if (!reference.title.isEmpty()) {
        text += QStringLiteral(" tentang ") + reference.title;
    }
    return text;
}

QImage reportPhotoImage(const ReportPhoto &photo)
{
    QImage image = photo.image;
    if (image.isNull()) {
        QImageReader reader(photo.path);
        reader.setAutoTransform(true); // EXIF orientation: phones store photos turned
        const QSize size = reader.size();
        if (size.isValid() && std::max(size.width(), size.height()) > photoLongSidePixels) {
            reader.setScaledSize(
                size.scaled(photoLongSidePixels, photoLongSidePixels, Qt::KeepAspectRatio));
        }
        image = reader.read();
        if (image.isNull()) {
            return placeholder(QStringLiteral("Foto tidak dapat dibaca:\n") +
                               QFileInfo(photo.path).fileName());
        }
    }
    if (std::max(image.width(), image.height()) > photoLongSidePixels) {
        image = image.scaled(photoLongSidePixels, photoLongSidePixels, Qt::KeepAspectRatio,
                             Qt::SmoothTransformation);
    }
    return image;
}

Document activityReportDocument(const ActivityReportData &data, db::PaperSize paper)
{
    const db::Activity &activity = data.activity;
    const QString acara = activityName(activity);
    Document document =
        startOfficeDocument(data.office, paper, QStringLiteral("Laporan Kegiatan ") + acara);
    document.decoration.header =
        QStringLiteral("Laporan Kegiatan %1, %2").arg(acara, indonesian::longDate(activity.date));
    document.add(Title{.text = QStringLiteral("LAPORAN KEGIATAN"), .subtitles = {acara.toUpper()}});

    addSection(document, QStringLiteral("A. Dasar"));
    QStringList basis;
    if (data.agreement) {
        basis << agreementCitation(*data.agreement) + u';';
    }
    basis << data.legalBasis;
    if (basis.isEmpty()) {
        basis
            << QStringLiteral("Program kerja %1.").arg(data.office.profile.officeName.simplified());
    }
    addLines(document, basis);

    addSection(document, QStringLiteral("B. Maksud dan Tujuan"));
    const QString purpose = data.purpose.trimmed().isEmpty()
                                ? QStringLiteral("Kegiatan ini dimaksudkan untuk mensosialisasikan "
                                                 "netralitas aparatur pemerintahan desa/kelurahan "
                                                 "dan mengajak seluruh pemangku kepentingan "
                                                 "berpartisipasi dalam pengawasan serta "
                                                 "melaporkan dugaan pelanggaran Pemilihan Umum.")
                                : data.purpose.trimmed();
    document.add(Paragraph{.text = purpose, .indentMm = 5});

    addSection(document, QStringLiteral("C. Waktu dan Tempat"));
    document.add(KeyValueRows{
        .rows = {{QStringLiteral("Hari/Tanggal"), orDots(indonesian::longDate(activity.date))},
                 {QStringLiteral("Waktu"),
                  indonesian::timeRange(activity.start, activity.end, data.office.timeZone)},
                 {QStringLiteral("Tempat"), activityVenue(activity)}},
        .keyWidthPercent = 20,
        .indentMm = 5});

    addSection(document, QStringLiteral("D. Peserta"));
    const int count =
        data.participantCount > 0 ? data.participantCount : int(data.participants.size());
    QStringList officers;
    for (const db::ActivityOfficer &officer : activity.officers) {
        officers << QStringLiteral("%1 (%2)").arg(officer.name.simplified(),
                                                  db::officerRoleLabelId(officer.role));
    }
    if (!officers.isEmpty()) {
        document.add(Paragraph{.text = QStringLiteral("Petugas %1: %2.")
                                           .arg(data.office.profile.officeName.simplified(),
                                                officers.join(QStringLiteral(", "))),
                               .indentMm = 5});
    }
    document.add(Paragraph{
        .text = count > 0 ? QStringLiteral("Kegiatan dihadiri oleh %1 orang peserta (daftar hadir "
                                           "terlampir)%2")
                                .arg(countInWords(count), data.participants.isEmpty()
                                                              ? QStringLiteral(".")
                                                              : QStringLiteral(", antara lain:"))
                          : QStringLiteral("Jumlah peserta belum dicatat."),
        .indentMm = 5});
    if (!data.participants.isEmpty()) {
        QStringList named;
        for (const ActivityPerson &person : data.participants.mid(0, reportNamedParticipants)) {
            const QString role = positionAndInstitution(person, QStringLiteral(", "));
            named << (role.isEmpty() ? orDots(person.name)
                                     : orDots(person.name) + QStringLiteral(", ") + role);
        }
        if (data.participants.size() > reportNamedParticipants) {
            named << QStringLiteral("dan %1 orang peserta lainnya.")
                         .arg(data.participants.size() - reportNamedParticipants);
        }
        document.add(List{.items = named});
    }

    addSection(document, QStringLiteral("E. Materi"));
    const QString material =
        data.material.trimmed().isEmpty() ? activity.topic.trimmed() : data.material.trimmed();
    document.add(Paragraph{.text = material.isEmpty() ? acara : material, .indentMm = 5});

    addSection(document, QStringLiteral("F. Hasil"));
    QStringList results;
    for (const MinutesPoint &point : data.discussion) {
        results << minutesPointText(point);
    }
    results << data.conclusions;
    addLines(document, results);

    addSection(document, QStringLiteral("G. Tindak Lanjut"));
    if (data.followUps.isEmpty()) {
        document.add(Paragraph{.text = QStringLiteral("Tidak ada tindak lanjut."), .indentMm = 5});
    } else {
        document.add(followUpTable(data.followUps));
    }

    addSection(document, QStringLiteral("H. Penutup"));
    document.add(Paragraph{.text = QStringLiteral("Demikian laporan kegiatan ini dibuat untuk "
                                                  "dipergunakan sebagaimana mestinya."),
                           .indentMm = 5,
                           .keepWithNext = true});
    const QDate dated = data.reportDate.isValid() ? data.reportDate : activity.date;
    Signature office = officeSignature(data.office.profile, data.signer);
    office.placeAndDate = dated.isValid()
                              ? indonesian::placeAndDate(officePlace(data.office), dated)
                              : officePlace(data.office) + QStringLiteral(", ") + orDots({});
    QList<Signature> signatures;
    if (data.reporter) {
        signatures << Signature{.opening = QStringLiteral("Yang melaporkan,"),
                                .role = signatureRole(data.reporter->role),
                                .name = orDots(data.reporter->name, 30),
                                .nip = data.reporter->nip};
        office.opening = QStringLiteral("Mengetahui,");
    }
    signatures << office;
    document.add(SignatureRow{.signatures = signatures});

    if (!data.photos.isEmpty()) {
        document.add(PageBreak{});
        document.add(Title{
            .text = QStringLiteral("LAMPIRAN DOKUMENTASI"),
            .subtitles = {acara + QStringLiteral(", ") + indonesian::longDate(activity.date)}});
        PhotoGrid grid{.perRow = 2, .maxHeightMm = reportPhotoHeightMm};
        for (const ReportPhoto &photo : data.photos) {
            grid.photos << Photo{.image = reportPhotoImage(photo),
                                 .caption = caption(photo.caption)};
        }
        document.add(grid);
    }
    return document;
}

} // namespace sisambang::documents
