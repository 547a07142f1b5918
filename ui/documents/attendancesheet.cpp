// SPDX-License-Identifier: GPL-3.0-or-later
#include "attendancesheet.h"

#include "indonesiantext.h"

namespace sisambang::documents {

namespace {

QList<TableCell> attendanceRow(int number, const ActivityPerson &person)
{
    const QString label = QString::number(number) + u'.';
    const bool odd = number % 2 == 1;
    return {{.text = QString::number(number)},
            {.text = person.name.simplified()},
            {.text = positionAndInstitution(person)},
            {.text = person.phone.simplified()},
            {.text = odd ? label : QString(), .alignment = Qt::AlignLeft | Qt::AlignTop},
            {.text = odd ? QString() : label,
             .alignment = Qt::AlignLeft | Qt::AlignTop,
             .joinLeft = true}};
}

Table attendanceTable(const AttendanceSheetData &data)
{
    Table table;
    table.columns = {{.widthPercent = 6, .alignment = Qt::AlignHCenter},
                     {.widthPercent = 25},
                     {.widthPercent = 26},
                     {.widthPercent = 17},
                     {.widthPercent = 13},
                     {.widthPercent = 13}};
    table.pointSize = attendanceTablePointSize;
    table.headerRows = {{{.text = QStringLiteral("No")},
                         {.text = QStringLiteral("Nama")},
                         {.text = QStringLiteral("Jabatan/Instansi")},
                         {.text = QStringLiteral("No. HP")},
                         {.text = QStringLiteral("Tanda Tangan"), .columnSpan = 2}}};
    table.minimumRowHeightMm = attendanceRowHeightMm;
    int number = 0;
    for (const ActivityPerson &person : data.participants) {
        table.rows << attendanceRow(++number, person);
    }
    for (int blank = 0; blank < std::max(0, data.blankRows); ++blank) {
        table.rows << attendanceRow(++number, {});
    }
    return table;
}

} // namespace

Document attendanceSheetDocument(const AttendanceSheetData &data, db::PaperSize paper)
{
    const db::Activity &activity = data.activity;
    const QString acara = activityName(activity);
    Document document =
        startOfficeDocument(data.office, paper, QStringLiteral("Daftar Hadir ") + acara);
    document.decoration.header =
        QStringLiteral("Daftar Hadir %1, %2").arg(acara, indonesian::longDate(activity.date));

    QStringList subtitles{acara.toUpper()};
    const QString office = data.office.profile.officeName.simplified();
    if (!data.hostName.simplified().isEmpty()) {
        subtitles << QStringLiteral("%1 bersama %2").arg(office, data.hostName.simplified());
    }
    document.add(Title{.text = QStringLiteral("DAFTAR HADIR"), .subtitles = subtitles});

    QList<KeyValue> rows{
        {QStringLiteral("Kegiatan"), acara},
        {QStringLiteral("Hari/Tanggal"), orDots(indonesian::longDate(activity.date))},
        {QStringLiteral("Waktu"),
         indonesian::timeRange(activity.start, activity.end, data.office.timeZone)},
        {QStringLiteral("Tempat"), activityVenue(activity)},
    };
    if (!activity.topic.simplified().isEmpty()) {
        rows.insert(1, {QStringLiteral("Materi"), activity.topic.simplified()});
    }
    document.add(KeyValueRows{.rows = rows, .keyWidthPercent = 18});
    document.add(attendanceTable(data));

    Signature bawaslu = officeSignature(data.office.profile, data.signer);
    const QString place = data.signingPlace.simplified().isEmpty()
                              ? activityPlace(activity, data.office)
                              : data.signingPlace.simplified();
    bawaslu.placeAndDate = activity.date.isValid() ? indonesian::placeAndDate(place, activity.date)
                                                   : place + QStringLiteral(", ") + orDots({});
    QList<Signature> signatures;
    if (data.hostSigner) {
        Signature host = wrappedSignature(*data.hostSigner);
        host.opening = QStringLiteral("Mengetahui,");
        host.name = orDots(host.name, 30);
        signatures << host;
    } else {
        bawaslu.opening = QStringLiteral("Mengetahui,");
    }
    signatures << bawaslu;
    document.add(SignatureRow{.signatures = signatures});
    return document;
}

} // namespace sisambang::documents
