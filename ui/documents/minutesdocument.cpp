// SPDX-License-Identifier: GPL-3.0-or-later
#include "minutesdocument.h"

#include "indonesiantext.h"

namespace sisambang::documents {

namespace {

QString signerLine(const MinutesSigner &signer)
{
    const QString name = signer.name.simplified();
    const QString role = signer.role.simplified();
    if (name.isEmpty()) {
        return orDots(role);
    }
    return role.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, role);
}

Signature signatureOf(const MinutesSigner &signer, const QString &opening)
{
    return {.opening = opening,
            .role = signatureRole(signer.role),
            .name = orDots(signer.name, 30),
            .nip = signer.nip};
}

QString participantsText(int count)
{
    if (count <= 0) {
        return QStringLiteral("daftar hadir terlampir");
    }
    return QStringLiteral("%1 orang (daftar hadir terlampir)").arg(countInWords(count));
}

} // namespace

QString minutesPointText(const MinutesPoint &point)
{
    const QString speaker = point.speaker.simplified();
    const QString text = point.text.trimmed();
    return speaker.isEmpty() ? text : speaker + QStringLiteral(": ") + text;
}

Table followUpTable(const QList<FollowUpItem> &items)
{
    Table table;
    table.columns = {{.widthPercent = 7, .alignment = Qt::AlignHCenter},
                     {.widthPercent = 48},
                     {.widthPercent = 25},
                     {.widthPercent = 20}};
    table.headerRows = {
        tableRow({QStringLiteral("No"), QStringLiteral("Tindak Lanjut"),
                  QStringLiteral("Penanggung Jawab"), QStringLiteral("Batas Waktu")})};
    int number = 0;
    for (const FollowUpItem &item : items) {
        table.rows << tableRow(
            {QString::number(++number), item.action.trimmed(), orDots(item.responsible, 10),
             item.due.isValid() ? indonesian::date(item.due) : QStringLiteral("-")});
    }
    return table;
}

Document minutesDocument(const MinutesData &data, db::PaperSize paper)
{
    const db::Activity &activity = data.activity;
    const QString acara = activityName(activity);
    Document document = startOfficeDocument(data.office, paper, QStringLiteral("Notulen ") + acara);
    document.decoration.header =
        QStringLiteral("Notulen %1, %2").arg(acara, indonesian::longDate(activity.date));
    document.add(Title{.text = QStringLiteral("NOTULEN"), .subtitles = {acara.toUpper()}});

    const QTime start = data.startedAt.isValid() ? data.startedAt : activity.start;
    const QTime end = data.endedAt.isValid() ? data.endedAt : activity.end;
    const QString agenda =
        data.agenda.simplified().isEmpty()
            ? (activity.topic.simplified().isEmpty() ? acara : activity.topic.simplified())
            : data.agenda.simplified();
    document.add(KeyValueRows{
        .rows = {{QStringLiteral("Hari/Tanggal"), orDots(indonesian::longDate(activity.date))},
                 {QStringLiteral("Waktu"),
                  start.isValid() && end.isValid()
                      ? QStringLiteral("%1 s.d. %2 %3")
                            .arg(start.toString(QStringLiteral("HH.mm")),
                                 end.toString(QStringLiteral("HH.mm")), data.office.timeZone)
                      : indonesian::timeRange(start, end, data.office.timeZone)},
                 {QStringLiteral("Tempat"), activityVenue(activity)},
                 {QStringLiteral("Pimpinan Rapat"), signerLine(data.chair)},
                 {QStringLiteral("Notulis"), signerLine(data.minuteTaker)},
                 {QStringLiteral("Peserta"), participantsText(data.participantCount)},
                 {QStringLiteral("Acara"), agenda}},
        .keyWidthPercent = 22});

    document.add(Heading{.text = QStringLiteral("A. Pembahasan"), .alignment = Qt::AlignLeft});
    QStringList points;
    for (const MinutesPoint &point : data.discussion) {
        points << minutesPointText(point);
    }
    points.removeAll(QString());
    if (points.isEmpty()) {
        document.add(Paragraph{.text = QStringLiteral("-"), .indentMm = 5});
    } else {
        document.add(List{.items = points});
    }

    document.add(Heading{.text = QStringLiteral("B. Kesimpulan"), .alignment = Qt::AlignLeft});
    if (data.conclusions.isEmpty()) {
        document.add(Paragraph{.text = QStringLiteral("-"), .indentMm = 5});
    } else {
        document.add(List{.items = data.conclusions});
    }

    document.add(Heading{.text = QStringLiteral("C. Tindak Lanjut"), .alignment = Qt::AlignLeft});
    if (data.followUps.isEmpty()) {
        document.add(Paragraph{.text = QStringLiteral("Tidak ada tindak lanjut."), .indentMm = 5});
    } else {
        document.add(followUpTable(data.followUps));
    }

    document.add(Paragraph{.text = QStringLiteral("Demikian notulen ini dibuat untuk dipergunakan "
                                                  "sebagaimana mestinya."),
                           .keepWithNext = true});
    const QString place = data.signingPlace.simplified().isEmpty()
                              ? activityPlace(activity, data.office)
                              : data.signingPlace.simplified();
    Signature chair = signatureOf(data.chair, QStringLiteral("Pimpinan Rapat,"));
    chair.placeAndDate = activity.date.isValid() ? indonesian::placeAndDate(place, activity.date)
                                                 : place + QStringLiteral(", ") + orDots({});
    document.add(SignatureRow{
        .signatures = {signatureOf(data.minuteTaker, QStringLiteral("Notulis,")), chair}});
    return document;
}

} // namespace sisambang::documents
