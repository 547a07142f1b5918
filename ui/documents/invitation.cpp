// SPDX-License-Identifier: GPL-3.0-or-later
#include "invitation.h"

#include "indonesiantext.h"

namespace sisambang::documents {

namespace {

constexpr double paragraphIndentMm = 12.5;

QString subjectOf(const InvitationData &data)
{
    const QString subject = data.subject.simplified();
    return subject.isEmpty() ? QStringLiteral("Undangan ") + activityName(data.activity) : subject;
}

QString attachmentOf(const InvitationData &data)
{
    const QString attachment = data.attachment.simplified();
    if (!attachment.isEmpty()) {
        return attachment;
    }
    return data.layout == InvitationLayout::WithList ? QStringLiteral("1 (satu) berkas")
                                                     : QStringLiteral("-");
}

QString dateOrDots(const QDate &date)
{
    return date.isValid() ? indonesian::date(date) : orDots({});
}

// "Yth. Bapak/Ibu Sahabudin\nSekretaris Camat\nKantor Camat Lubuk Besar\ndi -\n   Tempat"
QString addressee(const ActivityPerson *person)
{
    QStringList lines;
    if (person == nullptr) {
        lines << QStringLiteral("Yth. Bapak/Ibu (daftar terlampir)");
    } else {
        const QString name = person->name.simplified();
        const QString role = positionAndInstitution(*person);
        if (name.isEmpty()) {
            lines << QStringLiteral("Yth. ") + orDots(role);
        } else {
            lines << QStringLiteral("Yth. Bapak/Ibu ") + name;
            if (!role.isEmpty()) {
                lines << role;
            }
        }
    }
    lines << QStringLiteral("di -") << QStringLiteral("      Tempat");
    return lines.join(u'\n');
}

void addHeader(Document &document, const InvitationData &data)
{
    const QString place = officePlace(data.office);
    document.add(Paragraph{.text = data.letterDate.isValid()
                                       ? indonesian::placeAndDate(place, data.letterDate)
                                       : place + QStringLiteral(", ") + orDots({}),
                           .alignment = Qt::AlignRight});
    document.add(KeyValueRows{.rows = {{QStringLiteral("Nomor"), orDots(data.letterNumber, 30)},
                                       {QStringLiteral("Lampiran"), attachmentOf(data)},
                                       {QStringLiteral("Perihal"), subjectOf(data)}},
                              .keyWidthPercent = 14});
}

void addBody(Document &document, const InvitationData &data)
{
    const db::Activity &activity = data.activity;
    const QString basis = data.basis.simplified().isEmpty()
                              ? QStringLiteral("pelaksanaan tugas pengawasan %1")
                                    .arg(data.office.profile.officeName.simplified())
                              : data.basis.simplified();
    document.add(Paragraph{
        .text = QStringLiteral("Dalam rangka %1, bersama ini kami mengundang Bapak/Ibu untuk "
                               "hadir pada kegiatan yang akan dilaksanakan pada:")
                    .arg(basis),
        .firstLineIndentMm = paragraphIndentMm});
    QList<KeyValue> rows{
        {QStringLiteral("Hari/Tanggal"), orDots(indonesian::longDate(activity.date))},
        {QStringLiteral("Waktu"), indonesian::timeRange(activity.start, {}, data.office.timeZone)},
        {QStringLiteral("Tempat"), activityVenue(activity)},
        {QStringLiteral("Acara"), activityName(activity)},
    };
    document.add(KeyValueRows{.rows = rows, .keyWidthPercent = 20, .indentMm = paragraphIndentMm});
    if (!data.agenda.isEmpty()) {
        document.add(Paragraph{.text = QStringLiteral("Adapun susunan acara sebagai berikut:"),
                               .firstLineIndentMm = paragraphIndentMm});
        document.add(List{.items = data.agenda, .style = ListStyle::LowerLetters});
    }
    if (!data.contact.simplified().isEmpty()) {
        document.add(
            Paragraph{.text = QStringLiteral("Informasi lebih lanjut dapat menghubungi %1.")
                                  .arg(data.contact.simplified()),
                      .firstLineIndentMm = paragraphIndentMm});
    }
    document.add(Paragraph{
        .text = QStringLiteral("Mengingat pentingnya acara tersebut, kami mengharapkan kehadiran "
                               "Bapak/Ibu tepat pada waktunya. Demikian undangan ini kami "
                               "sampaikan, atas perhatian dan kehadirannya kami ucapkan terima "
                               "kasih."),
        .firstLineIndentMm = paragraphIndentMm,
        .keepWithNext = true});
    document.add(SignatureRow{.signatures = {officeSignature(data.office.profile, data.signer)}});
    if (!data.copies.isEmpty()) {
        document.add(Paragraph{
            .text = QStringLiteral("Tembusan:"), .alignment = Qt::AlignLeft, .keepWithNext = true});
        document.add(List{.items = data.copies});
    }
}

void addLetter(Document &document, const InvitationData &data, const ActivityPerson *person)
{
    addHeader(document, data);
    document.add(Paragraph{.text = addressee(person), .alignment = Qt::AlignLeft});
    addBody(document, data);
}

// LAMPIRAN: the letter it belongs to, then every invitee, signed again.
void addInviteeList(Document &document, const InvitationData &data)
{
    document.add(PageBreak{});
    const QString role = data.signer == OfficeSigner::Chair ? QStringLiteral("Ketua")
                                                            : QStringLiteral("Kepala Sekretariat");
    const double half = document.page.paperSizeMm().width() / 2 - document.page.marginsMm().left();
    document.add(KeyValueRows{
        .rows =
            {{QStringLiteral("Lampiran"),
              QStringLiteral("Surat %1 %2").arg(role, data.office.profile.officeName.simplified())},
             {QStringLiteral("Nomor"), orDots(data.letterNumber, 30)},
             {QStringLiteral("Tanggal"), dateOrDots(data.letterDate)},
             {QStringLiteral("Perihal"), subjectOf(data)}},
        .keyWidthPercent = 12,
        .indentMm = std::max(0.0, half - 10)});
    document.add(Title{.text = QStringLiteral("DAFTAR UNDANGAN")});
    Table table;
    table.columns = {{.widthPercent = 7, .alignment = Qt::AlignHCenter},
                     {.widthPercent = 38},
                     {.widthPercent = 55}};
    table.headerRows = {tableRow(
        {QStringLiteral("No"), QStringLiteral("Nama"), QStringLiteral("Jabatan/Instansi")})};
    int number = 0;
    for (const ActivityPerson &person : data.invitees) {
        table.rows << tableRow(
            {QString::number(++number), orDots(person.name), positionAndInstitution(person)});
    }
    if (table.rows.isEmpty()) {
        table.rows << QList<TableCell>{{.text = QStringLiteral("Belum ada undangan."),
                                        .columnSpan = 3,
                                        .alignment = Qt::AlignHCenter}};
    }
    document.add(table);
    document.add(SignatureRow{.signatures = {officeSignature(data.office.profile, data.signer)}});
}

} // namespace

Document invitationDocument(const InvitationData &data, db::PaperSize paper)
{
    Document document = startOfficeDocument(
        data.office, paper, QStringLiteral("Surat Undangan ") + activityName(data.activity));
    document.decoration.header = QStringLiteral("Surat Undangan");
    if (data.layout == InvitationLayout::PerInvitee && !data.invitees.isEmpty()) {
        // Each letter goes to its own addressee: a count over the whole file
        // would print "Halaman 7 dari 12" on a one-page letter.
        document.decoration.pageNumbers.clear();
        document.decoration.header.clear();
        const Block letterhead = document.blocks.first();
        for (qsizetype i = 0; i < data.invitees.size(); ++i) {
            if (i > 0) {
                document.add(PageBreak{});
                document.add(letterhead);
            }
            addLetter(document, data, &data.invitees.at(i));
        }
        return document;
    }
    if (data.layout == InvitationLayout::PerInvitee) {
        const ActivityPerson nobody; // an addressee to write in by hand
        addLetter(document, data, &nobody);
        return document;
    }
    addLetter(document, data, nullptr);
    addInviteeList(document, data);
    return document;
}

} // namespace sisambang::documents
