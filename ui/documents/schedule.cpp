// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule.h"

#include "documentexport.h"
#include "indonesiantext.h"
#include "letterhead.h"

#include <QFileInfo>

namespace sisambang::documents {

namespace {

const QString documentName = QStringLiteral("Jadwal Sambang Pengawasan");

QString kindText(const db::Activity &activity)
{
    return activity.title.trimmed().isEmpty() ? db::activityKindLabelId(activity.kind)
                                              : activity.title.trimmed();
}

QString officersText(const db::Activity &activity, const QString &separator)
{
    QStringList names;
    for (const db::ActivityOfficer &officer : activity.officers) {
        names << officer.name;
    }
    return names.join(separator);
}

QString statusText(const db::Activity &activity)
{
    QString text = db::activityStatusLabelId(activity.status);
    if (activity.draftPlan) {
        text += QStringLiteral("\n(MoU masih draf)");
    }
    return text;
}

// "Desa Nibung" in the desa column; a kecamatan-wide meeting has none.
QString villageText(const db::Activity &activity)
{
    return activity.regionCode == activity.districtCode ? QStringLiteral("-") : activity.regionName;
}

QString placeOf(const ScheduleData &data)
{
    const QString town = placeFromAddress(data.profile.address);
    return town.isEmpty() ? data.regency.name : town;
}

} // namespace

db::Result<ScheduleData> loadScheduleData(const db::Database &database,
                                          const db::ActivityFilter &filter, const QDate &printedOn)
{
    ScheduleData data;
    data.filter = filter;
    data.printedOn = printedOn.isValid() ? printedOn : QDate::currentDate();
    auto activities = db::ActivityRepository(database).list(filter);
    if (!activities) {
        return activities.error();
    }
    data.activities = std::move(activities).value();
    auto profile = db::OfficeProfileStore(database).load();
    if (!profile) {
        return profile.error();
    }
    data.profile = *profile;
    data.timeZone = db::timeZoneLabel(db::timeZoneForRegion(profile->regionCode));
    db::RegionRepository regions(database);
    if (!profile->regionCode.isEmpty()) {
        if (auto regency = regions.find(profile->regionCode)) {
            data.regency = *regency;
        }
    }
    if (!filter.regionCode.isEmpty()) {
        auto region = regions.find(filter.regionCode);
        if (!region) {
            return region.error();
        }
        data.regionName = db::RegionLabels::qualifiedName(*region);
        if (region->level == db::RegionLevel::Village) {
            if (auto district = regions.find(region->parentCode)) {
                data.regionName +=
                    QStringLiteral(", ") + db::RegionLabels::qualifiedName(*district);
            }
        }
    }
    return data;
}

QString scheduleFilterLine(const ScheduleData &data)
{
    QStringList parts;
    const db::ActivityFilter &filter = data.filter;
    if (filter.from.isValid() && filter.to.isValid()) {
        parts << (filter.from == filter.to
                      ? QStringLiteral("Tanggal %1").arg(indonesian::date(filter.from))
                      : QStringLiteral("Periode %1 s.d. %2")
                            .arg(indonesian::date(filter.from), indonesian::date(filter.to)));
    } else if (filter.from.isValid()) {
        parts << QStringLiteral("Sejak %1").arg(indonesian::date(filter.from));
    } else if (filter.to.isValid()) {
        parts << QStringLiteral("Sampai dengan %1").arg(indonesian::date(filter.to));
    } else {
        parts << QStringLiteral("Seluruh jadwal");
    }
    parts << (data.regionName.isEmpty() ? db::RegionLabels::qualifiedName(data.regency)
                                        : data.regionName);
    if (filter.status) {
        parts << QStringLiteral("status %1").arg(db::activityStatusLabelId(*filter.status));
    }
    if (filter.kind) {
        parts << db::activityKindLabelId(*filter.kind);
    }
    for (const QString &extra : data.extraFilters) {
        if (!parts.contains(extra)) {
            parts << extra;
        }
    }
    parts.removeAll(QString());
    return parts.join(QStringLiteral("; "));
}

Document scheduleDocument(const ScheduleData &data, db::PaperSize paper)
{
    Document document;
    document.title = documentName;
    document.page = PageSetup(paper, QPageLayout::Landscape);
    document.page.setMarginsMm(data.profile.marginsMm);
    document.decoration.header = documentName;
    document.bodyPointSize = 11;
    document.tablePointSize = 9.5;

    document.add(officeLetterhead(data.profile, data.regency));
    document.add(Title{.text = QStringLiteral("JADWAL SAMBANG PENGAWASAN"),
                       .subtitles = {scheduleFilterLine(data)}});

    Table table;
    for (const double width : {4.0, 16.0, 12.0, 9.0, 12.0, 11.0, 12.0, 13.0, 11.0}) {
        table.columns << TableColumn{.widthPercent = width};
    }
    table.columns.first().alignment = Qt::AlignHCenter;
    table.headerRows = {tableRow(
        {QStringLiteral("No"), QStringLiteral("Hari/Tanggal"), QStringLiteral("Waktu"),
         QStringLiteral("Kecamatan"), QStringLiteral("Desa/Kelurahan"), QStringLiteral("Kegiatan"),
         QStringLiteral("Tempat"), QStringLiteral("Petugas"), QStringLiteral("Status")})};
    for (auto &cell : table.headerRows.first()) {
        cell.alignment = Qt::AlignHCenter;
    }
    int number = 0;
    for (const db::Activity &activity : data.activities) {
        // The materi is left to the sheet and the invitation: on every row of
        // a plan it would only repeat itself.
        const QString kegiatan = kindText(activity);
        table.rows << tableRow({QString::number(++number), indonesian::longDate(activity.date),
                                indonesian::timeRange(activity.start, activity.end, data.timeZone),
                                activity.districtName, villageText(activity), kegiatan,
                                activity.venue, officersText(activity, QStringLiteral("\n")),
                                statusText(activity)});
    }
    if (table.rows.isEmpty()) {
        table.rows << QList<TableCell>{{.text = QStringLiteral("Tidak ada kegiatan yang sesuai."),
                                        .columnSpan = 9,
                                        .alignment = Qt::AlignHCenter}};
    }
    document.add(table);

    document.add(Paragraph{.text = QStringLiteral("Jumlah: %1 kegiatan.").arg(number),
                           .alignment = Qt::AlignLeft,
                           .keepWithNext = true});
    Signature signature = secretarySignature(data.profile);
    signature.placeAndDate = indonesian::placeAndDate(placeOf(data), data.printedOn);
    document.add(SignatureRow{.signatures = {signature}});
    return document;
}

Workbook scheduleWorkbook(const ScheduleData &data)
{
    SpreadsheetSheet sheet;
    sheet.name = QStringLiteral("Jadwal");
    SpreadsheetRow header;
    for (const char *title : {"No", "Tanggal", "Jam", "Kecamatan", "Desa/Kelurahan", "Kode Wilayah",
                              "Kegiatan", "Materi", "Tempat", "Petugas", "Status", "Keterangan"}) {
        header << SpreadsheetCell::fromText(QLatin1String(title));
    }
    sheet.rows << header;
    int number = 0;
    for (const db::Activity &activity : data.activities) {
        const QString jam = activity.start.toString(QStringLiteral("HH.mm")) + u'-' +
                            activity.end.toString(QStringLiteral("HH.mm"));
        sheet.rows << SpreadsheetRow{
            SpreadsheetCell::fromNumber(++number),
            SpreadsheetCell::fromDate(activity.date),
            SpreadsheetCell::fromText(jam),
            SpreadsheetCell::fromText(activity.districtName),
            SpreadsheetCell::fromText(
                activity.regionCode == activity.districtCode ? QString() : activity.regionName),
            SpreadsheetCell::fromText(activity.regionCode),
            SpreadsheetCell::fromText(kindText(activity)),
            SpreadsheetCell::fromText(activity.topic),
            SpreadsheetCell::fromText(activity.venue),
            SpreadsheetCell::fromText(officersText(activity, QStringLiteral("; "))),
            SpreadsheetCell::fromText(db::activityStatusLabelId(activity.status)),
            SpreadsheetCell::fromText(activity.notes)};
    }
    Workbook workbook;
    workbook.title = documentName + QStringLiteral(" - ") + scheduleFilterLine(data);
    workbook.author = data.profile.officeName;
    workbook.sheets << sheet;
    return workbook;
}

bool ScheduleExport::supports(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return DocumentExport::formatForPath(path).has_value() || suffix == QLatin1String("xlsx") ||
           suffix == QLatin1String("csv");
}

db::Status ScheduleExport::write(const ScheduleData &data, const QString &path, db::PaperSize paper)
{
    if (DocumentExport::formatForPath(path)) {
        return DocumentExport::write(scheduleDocument(data, paper), path);
    }
    if (!supports(path)) {
        return db::Error::invalid(
            tr("Cannot tell the format of %1: name it .pdf, .odt, .xlsx or .csv.").arg(path));
    }
    return SpreadsheetWriter::write(scheduleWorkbook(data), path);
}

} // namespace sisambang::documents
