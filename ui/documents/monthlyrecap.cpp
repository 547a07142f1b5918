// SPDX-License-Identifier: GPL-3.0-or-later
#include "monthlyrecap.h"

#include "agreements.h"
#include "database.h"
#include "documentexport.h"
#include "indonesiantext.h"
#include "letterhead.h"
#include "recapcharts.h"
#include "stakeholderkinds.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace sisambang::documents {

namespace {

QString percentText(double percent)
{
    return QString::number(percent, 'f', 1).replace(u'.', u',') + u'%';
}

QString officersText(const db::Activity &activity)
{
    QStringList names;
    for (const auto &officer : activity.officers) {
        names << officer.name;
    }
    return names.join(QStringLiteral(", "));
}

QString agreementEvent(const QString &event)
{
    if (event == QLatin1String("signed")) {
        return QStringLiteral("Ditandatangani");
    }
    if (event == QLatin1String("ends")) {
        return QStringLiteral("Berakhir");
    }
    return QStringLiteral("Akan berakhir");
}

QString yesNo(bool value)
{
    return value ? QStringLiteral("Ada") : QStringLiteral("Belum");
}

// Closing place: the town of the office's address ("Jl. ..., Koba, ...") or the
// kabupaten/kota's name.
QString closingPlace(const db::OfficeProfile &profile, const db::Region &regency)
{
    const QStringList parts = profile.address.split(u',', Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString part = parts.at(i).trimmed();
        bool number = false;
        part.toInt(&number);
        if (!number && !part.isEmpty() && !part.startsWith(QLatin1String("Jl")) &&
            !part.startsWith(QLatin1String("No")) && !part.startsWith(QLatin1String("RT")) &&
            !part.startsWith(QLatin1String("Kab")) && !part.startsWith(QLatin1String("Prov"))) {
            return part;
        }
    }
    QString name = regency.name;
    for (const QString &prefix : {QStringLiteral("Kabupaten "), QStringLiteral("Kota ")}) {
        if (name.startsWith(prefix)) {
            name = name.mid(prefix.size());
        }
    }
    return name;
}

void addClosing(Document &document, const db::OfficeProfile &profile, const db::Region &regency,
                const QDate &date)
{
    Signature signature = secretarySignature(profile);
    signature.placeAndDate = indonesian::placeAndDate(closingPlace(profile, regency), date);
    document.add(Spacer{.heightMm = 6});
    document.add(SignatureRow{.signatures = {signature}});
}

QString monthUpper(const QDate &date)
{
    return indonesian::monthName(date.month()).toUpper();
}

Document base(const db::OfficeProfile &profile, const db::Region &regency, db::PaperSize paper,
              QPageLayout::Orientation orientation, const QString &title)
{
    Document document;
    document.title = title;
    document.page = PageSetup(paper, orientation);
    document.page.setMarginsMm(profile.marginsMm);
    document.decoration.header = title;
    document.bodyPointSize = 11;
    document.tablePointSize = 9;
    document.add(officeLetterhead(profile, regency));
    return document;
}

} // namespace

QString recapMonthName(const db::RecapScope &scope)
{
    return QStringLiteral("%1 %2")
        .arg(indonesian::monthName(scope.from.month()))
        .arg(scope.from.year());
}

QString activityStatusLabel(db::ActivityStatus status)
{
    switch (status) {
    case db::ActivityStatus::Planned:
        return QStringLiteral("Direncanakan");
    case db::ActivityStatus::Done:
        return QStringLiteral("Terlaksana");
    case db::ActivityStatus::Postponed:
        return QStringLiteral("Ditunda");
    case db::ActivityStatus::Cancelled:
        return QStringLiteral("Dibatalkan");
    }
    return {};
}

db::Result<RecapData> loadRecapData(const db::Database &database, const db::RecapScope &scope,
                                    const QDate &today)
{
    RecapData data;
    auto recap = db::RecapBuilder(database).monthly(scope);
    if (!recap) {
        return recap.error();
    }
    data.recap = std::move(*recap);
    auto profile = db::OfficeProfileStore(database).load();
    if (!profile) {
        return profile.error();
    }
    data.profile = *profile;
    db::RegionRepository regions(database);
    if (profile->isConfigured()) {
        if (auto regency = regions.find(profile->regionCode)) {
            data.regency = *regency;
        }
    }
    if (!scope.kecamatanCode.isEmpty()) {
        auto kecamatan = regions.find(scope.kecamatanCode);
        if (!kecamatan) {
            return kecamatan.error();
        }
        data.scopeLabel = db::RegionLabels::qualifiedName(*kecamatan);
    }
    if (scope.agreementId > 0) {
        auto agreement = db::AgreementRepository(database).find(scope.agreementId);
        if (!agreement) {
            return agreement.error();
        }
        data.scopeLabel += (data.scopeLabel.isEmpty() ? QString() : QStringLiteral(", ")) +
                           QStringLiteral("MoU ") + agreement->title;
    }
    data.reportDate = std::min(scope.to, today);
    return data;
}

db::Result<YearlyRecapData> loadYearlyRecapData(const db::Database &database, int year,
                                                const QString &kecamatanCode, const QDate &today)
{
    YearlyRecapData data;
    auto recap = db::RecapBuilder(database).yearly(year, kecamatanCode);
    if (!recap) {
        return recap.error();
    }
    data.recap = std::move(*recap);
    auto profile = db::OfficeProfileStore(database).load();
    if (!profile) {
        return profile.error();
    }
    data.profile = *profile;
    db::RegionRepository regions(database);
    if (profile->isConfigured()) {
        if (auto regency = regions.find(profile->regionCode)) {
            data.regency = *regency;
        }
    }
    if (!kecamatanCode.isEmpty()) {
        auto kecamatan = regions.find(kecamatanCode);
        if (!kecamatan) {
            return kecamatan.error();
        }
        data.scopeLabel = db::RegionLabels::qualifiedName(*kecamatan);
    }
    data.reportDate = std::min(QDate(year, 12, 31), today);
    return data;
}

Document monthlyRecapDocument(const RecapData &data, db::PaperSize paper,
                              QPageLayout::Orientation orientation)
{
    const db::MonthlyRecap &recap = data.recap;
    const QString month = recapMonthName(recap.scope);
    Document document = base(data.profile, data.regency, paper, orientation,
                             QStringLiteral("Rekap Kegiatan Sambang Pengawasan Bulan ") + month);
    QStringList subtitles;
    if (!data.scopeLabel.isEmpty()) {
        subtitles << data.scopeLabel;
    }
    document.add(Title{.text = QStringLiteral("REKAP KEGIATAN SAMBANG PENGAWASAN\nBULAN %1 %2")
                                   .arg(monthUpper(recap.scope.from))
                                   .arg(recap.scope.from.year()),
                       .subtitles = subtitles});

    document.add(Heading{.text = QStringLiteral("A. Ringkasan"), .alignment = Qt::AlignLeft});
    const db::ParticipantCounts &people = recap.participants;
    QList<KeyValue> summary{
        {QStringLiteral("Kegiatan direncanakan"), QString::number(recap.counts.planned)},
        {QStringLiteral("Kegiatan terlaksana"), QString::number(recap.counts.done)},
        {QStringLiteral("Kegiatan ditunda"), QString::number(recap.counts.postponed)},
        {QStringLiteral("Kegiatan dibatalkan"), QString::number(recap.counts.cancelled)},
        {QStringLiteral("Jumlah peserta hadir"),
         QStringLiteral("%1 orang (laki-laki %2, perempuan %3%4)")
             .arg(people.total)
             .arg(people.male)
             .arg(people.female)
             .arg(people.unknownGender > 0
                      ? QStringLiteral(", tidak tercatat %1").arg(people.unknownGender)
                      : QString())},
    };
    for (auto it = people.byInstitutionKind.cbegin(); it != people.byInstitutionKind.cend(); ++it) {
        const auto kind = db::StakeholderKinds::institutionKindFromKey(it.key());
        summary.append({QStringLiteral("   Peserta dari ") +
                            (kind ? db::StakeholderKinds::documentLabel(*kind) : it.key()),
                        QStringLiteral("%1 orang").arg(it.value())});
    }
    summary.append({QStringLiteral("Desa/kelurahan dikunjungi bulan ini"),
                    QString::number(recap.villagesVisitedInPeriod)});
    summary.append({QStringLiteral("Desa/kelurahan dikunjungi sampai bulan ini"),
                    QString::number(recap.villagesVisitedCumulative)});
    document.add(KeyValueRows{.rows = summary, .keyWidthPercent = 45});

    document.add(Heading{.text = QStringLiteral("B. Cakupan Desa/Kelurahan per Kecamatan"),
                         .alignment = Qt::AlignLeft});
    Table coverage{
        .columns = {{6, Qt::AlignRight},
                    {18},
                    {9, Qt::AlignRight},
                    {9, Qt::AlignRight},
                    {9, Qt::AlignRight},
                    {9, Qt::AlignRight},
                    {0}},
        .headerRows = {tableRow({QStringLiteral("No"), QStringLiteral("Kecamatan"),
                                 QStringLiteral("Jumlah Desa/Kel."), QStringLiteral("Dicakup MoU"),
                                 QStringLiteral("Dikunjungi"), QStringLiteral("%"),
                                 QStringLiteral("Belum Dikunjungi")})}};
    int number = 0;
    for (const db::KecamatanCoverage &row : recap.coverage) {
        coverage.rows.append(
            tableRow({QString::number(++number), row.name, QString::number(row.villages),
                      QString::number(row.covered), QString::number(row.visited),
                      row.covered > 0 ? percentText(row.percent()) : QStringLiteral("-"),
                      row.notVisited.join(QStringLiteral(", "))}));
    }
    document.add(coverage);
    // Captions in the body's regular face, not italic: an italic face was a third
    // font to load and embed for two lines (about 2 ms of every recap PDF).
    document.add(Paragraph{.text = QStringLiteral("Grafik 1. Persentase desa/kelurahan yang "
                                                  "telah dikunjungi dari yang dicakup MoU"),
                           .alignment = Qt::AlignHCenter,
                           .keepWithNext = true});
    document.add(coverageChart(recap.coverage));
    document.add(Paragraph{.text = QStringLiteral("Grafik 2. Jumlah kegiatan per minggu "
                                                  "(minggu dimulai hari Senin)"),
                           .alignment = Qt::AlignHCenter,
                           .keepWithNext = true});
    document.add(weeklyChart(recap.activitiesPerWeek));

    document.add(Heading{.text = QStringLiteral("C. Daftar Kegiatan"), .alignment = Qt::AlignLeft});
    if (recap.activities.isEmpty()) {
        document.add(Paragraph{.text = QStringLiteral("Tidak ada kegiatan pada bulan ini.")});
    } else {
        // Portrait A4 leaves about 165 mm: place and kecamatan share a cell, as
        // do minutes and photos, so that no word breaks inside.
        Table activities{
            .columns =
                {{4, Qt::AlignRight}, {11}, {15}, {10}, {13}, {0}, {8, Qt::AlignRight}, {16}, {9}},
            .headerRows = {tableRow({QStringLiteral("No"), QStringLiteral("Tanggal"),
                                     QStringLiteral("Desa/Kel.\nKecamatan"),
                                     QStringLiteral("Kegiatan"), QStringLiteral("Tempat"),
                                     QStringLiteral("Petugas"), QStringLiteral("Peserta"),
                                     QStringLiteral("Status"), QStringLiteral("Notulen/\nFoto")})},
            .pointSize = 8};
        number = 0;
        for (const db::RecapActivity &row : recap.activities) {
            const db::Activity &a = row.activity;
            const QString place = a.regionCode.count(u'.') == 3
                                      ? a.regionName + QStringLiteral("\nKec. ") + a.districtName
                                      : QStringLiteral("Kec. ") + a.districtName;
            activities.rows.append(tableRow(
                {QString::number(++number), a.date.toString(QStringLiteral("dd-MM-yyyy")), place,
                 a.title.isEmpty() ? db::activityKindLabelId(a.kind) : a.title, a.venue,
                 officersText(a), QString::number(row.participants), activityStatusLabel(a.status),
                 yesNo(row.hasMinutes) + QStringLiteral(" / ") + yesNo(row.hasPhotos)}));
        }
        document.add(activities);
    }

    document.add(
        Heading{.text = QStringLiteral("D. Nota Kesepahaman"), .alignment = Qt::AlignLeft});
    if (recap.agreements.isEmpty()) {
        document.add(Paragraph{.text = QStringLiteral("Tidak ada MoU yang ditandatangani, "
                                                      "berakhir atau akan berakhir.")});
    } else {
        Table agreements{
            .columns = {{5, Qt::AlignRight}, {0}, {22}, {16}, {16}},
            .headerRows = {tableRow({QStringLiteral("No"), QStringLiteral("Judul"),
                                     QStringLiteral("Pihak Kedua"), QStringLiteral("Keterangan"),
                                     QStringLiteral("Berlaku s.d.")})}};
        number = 0;
        for (const db::RecapAgreement &row : recap.agreements) {
            agreements.rows.append(tableRow({QString::number(++number), row.agreement.title,
                                             row.agreement.secondParty, agreementEvent(row.event),
                                             row.agreement.validUntil.isValid()
                                                 ? indonesian::date(row.agreement.validUntil)
                                                 : QStringLiteral("-")}));
        }
        document.add(agreements);
    }

    document.add(Heading{.text = QStringLiteral("E. Tindak Lanjut yang Belum Selesai"),
                         .alignment = Qt::AlignLeft});
    if (recap.followUps.isEmpty()) {
        document.add(Paragraph{.text = QStringLiteral("Tidak ada tindak lanjut yang terbuka.")});
    } else {
        Table followUps{
            .columns = {{5, Qt::AlignRight}, {14}, {16}, {0}, {16}, {14}},
            .headerRows = {tableRow({QStringLiteral("No"), QStringLiteral("Tanggal Kegiatan"),
                                     QStringLiteral("Desa/Kel."), QStringLiteral("Tindak Lanjut"),
                                     QStringLiteral("Oleh"), QStringLiteral("Batas Waktu")})}};
        number = 0;
        for (const db::OpenFollowUp &row : recap.followUps) {
            followUps.rows.append(
                tableRow({QString::number(++number), indonesian::date(row.activityDate),
                          row.regionName, row.description, row.assignee,
                          row.due.isValid() ? indonesian::date(row.due) : QStringLiteral("-")}));
        }
        document.add(followUps);
    }
    addClosing(document, data.profile, data.regency, data.reportDate);
    return document;
}

Workbook monthlyRecapWorkbook(const RecapData &data)
{
    const db::MonthlyRecap &recap = data.recap;
    using Cell = SpreadsheetCell;
    Workbook workbook;
    workbook.title =
        QStringLiteral("Rekap Kegiatan Sambang Pengawasan ") + recapMonthName(recap.scope);
    workbook.author = data.profile.officeName;

    SpreadsheetSheet summary{.name = QStringLiteral("Ringkasan")};
    summary.rows.append(
        {Cell::fromText(QStringLiteral("Uraian")), Cell::fromText(QStringLiteral("Jumlah"))});
    const auto line = [&summary](const QString &label, double value) {
        summary.rows.append({Cell::fromText(label), Cell::fromNumber(value)});
    };
    summary.rows.append(
        {Cell::fromText(QStringLiteral("Bulan")), Cell::fromDate(recap.scope.from)});
    line(QStringLiteral("Kegiatan direncanakan"), recap.counts.planned);
    line(QStringLiteral("Kegiatan terlaksana"), recap.counts.done);
    line(QStringLiteral("Kegiatan ditunda"), recap.counts.postponed);
    line(QStringLiteral("Kegiatan dibatalkan"), recap.counts.cancelled);
    line(QStringLiteral("Peserta hadir"), recap.participants.total);
    line(QStringLiteral("Peserta laki-laki"), recap.participants.male);
    line(QStringLiteral("Peserta perempuan"), recap.participants.female);
    for (auto it = recap.participants.byInstitutionKind.cbegin();
         it != recap.participants.byInstitutionKind.cend(); ++it) {
        const auto kind = db::StakeholderKinds::institutionKindFromKey(it.key());
        line(QStringLiteral("Peserta dari ") +
                 (kind ? db::StakeholderKinds::documentLabel(*kind) : it.key()),
             it.value());
    }
    line(QStringLiteral("Desa/kelurahan dikunjungi bulan ini"), recap.villagesVisitedInPeriod);
    line(QStringLiteral("Desa/kelurahan dikunjungi sampai bulan ini"),
         recap.villagesVisitedCumulative);

    SpreadsheetSheet activities{.name = QStringLiteral("Kegiatan")};
    activities.rows.append(
        {Cell::fromText(QStringLiteral("No")), Cell::fromText(QStringLiteral("Tanggal")),
         Cell::fromText(QStringLiteral("Mulai")), Cell::fromText(QStringLiteral("Selesai")),
         Cell::fromText(QStringLiteral("Kecamatan")), Cell::fromText(QStringLiteral("Desa/Kel.")),
         Cell::fromText(QStringLiteral("Kegiatan")), Cell::fromText(QStringLiteral("Tempat")),
         Cell::fromText(QStringLiteral("Petugas")), Cell::fromText(QStringLiteral("Peserta")),
         Cell::fromText(QStringLiteral("Status")), Cell::fromText(QStringLiteral("Notulen")),
         Cell::fromText(QStringLiteral("Foto"))});
    int number = 0;
    for (const db::RecapActivity &row : recap.activities) {
        const db::Activity &a = row.activity;
        activities.rows.append(
            {Cell::fromNumber(++number), Cell::fromDate(a.date),
             Cell::fromText(a.start.toString(QStringLiteral("HH.mm"))),
             Cell::fromText(a.end.toString(QStringLiteral("HH.mm"))),
             Cell::fromText(a.districtName),
             Cell::fromText(a.regionCode.count(u'.') == 3 ? a.regionName : QString()),
             Cell::fromText(a.title.isEmpty() ? db::activityKindLabelId(a.kind) : a.title),
             Cell::fromText(a.venue), Cell::fromText(officersText(a)),
             Cell::fromNumber(row.participants), Cell::fromText(activityStatusLabel(a.status)),
             Cell::fromText(yesNo(row.hasMinutes)), Cell::fromText(yesNo(row.hasPhotos))});
    }

    SpreadsheetSheet coverage{.name = QStringLiteral("Cakupan")};
    coverage.rows.append(
        {Cell::fromText(QStringLiteral("Kode")), Cell::fromText(QStringLiteral("Kecamatan")),
         Cell::fromText(QStringLiteral("Jumlah Desa/Kel.")),
         Cell::fromText(QStringLiteral("Dicakup MoU")),
         Cell::fromText(QStringLiteral("Dikunjungi")), Cell::fromText(QStringLiteral("Persen")),
         Cell::fromText(QStringLiteral("Belum Dikunjungi"))});
    for (const db::KecamatanCoverage &row : recap.coverage) {
        coverage.rows.append({Cell::fromText(row.code), Cell::fromText(row.name),
                              Cell::fromNumber(row.villages), Cell::fromNumber(row.covered),
                              Cell::fromNumber(row.visited),
                              Cell::fromNumber(std::round(row.percent() * 10) / 10),
                              Cell::fromText(row.notVisited.join(QStringLiteral(", ")))});
    }
    workbook.sheets = {summary, activities, coverage};
    return workbook;
}

Document yearlyRecapDocument(const YearlyRecapData &data, db::PaperSize paper)
{
    const db::YearlyRecap &recap = data.recap;
    Document document = base(data.profile, data.regency, paper, QPageLayout::Landscape,
                             QStringLiteral("Rekap Tahunan Sambang Pengawasan %1").arg(recap.year));
    QStringList subtitles;
    if (!data.scopeLabel.isEmpty()) {
        subtitles << data.scopeLabel;
    }
    document.add(
        Title{.text = QStringLiteral("REKAP KEGIATAN SAMBANG PENGAWASAN\nTAHUN %1").arg(recap.year),
              .subtitles = subtitles});
    QList<TableColumn> columns{{16}};
    QList<TableCell> header{{QStringLiteral("Uraian")}};
    for (int month = 1; month <= 12; ++month) {
        columns.append({0, Qt::AlignRight});
        header.append({indonesian::monthName(month).left(3)});
    }
    columns.append({7, Qt::AlignRight});
    header.append({QStringLiteral("Jumlah")});

    document.add(
        Heading{.text = QStringLiteral("A. Kegiatan per Bulan"), .alignment = Qt::AlignLeft});
    Table counts{.columns = columns, .headerRows = {header}, .pointSize = 8};
    // One row of twelve months and their sum, of activities or of who came.
    const auto monthRow = [&](const QString &label, const auto &months, auto field) {
        QStringList cells{label};
        int sum = 0;
        for (const auto &month : months) {
            cells << QString::number(month.*field);
            sum += month.*field;
        }
        cells << QString::number(sum);
        counts.rows.append(tableRow(cells));
    };
    monthRow(QStringLiteral("Direncanakan"), recap.months, &db::ActivityCounts::planned);
    monthRow(QStringLiteral("Terlaksana"), recap.months, &db::ActivityCounts::done);
    monthRow(QStringLiteral("Ditunda"), recap.months, &db::ActivityCounts::postponed);
    monthRow(QStringLiteral("Dibatalkan"), recap.months, &db::ActivityCounts::cancelled);
    monthRow(QStringLiteral("Peserta hadir"), recap.participants, &db::ParticipantCounts::total);
    monthRow(QStringLiteral("   Laki-laki"), recap.participants, &db::ParticipantCounts::male);
    monthRow(QStringLiteral("   Perempuan"), recap.participants, &db::ParticipantCounts::female);
    document.add(counts);

    document.add(Heading{.text = QStringLiteral("B. Desa/Kelurahan Dikunjungi (Kumulatif) per "
                                                "Kecamatan"),
                         .alignment = Qt::AlignLeft});
    QList<TableCell> coverageHeader = header;
    coverageHeader.first().text = QStringLiteral("Kecamatan");
    coverageHeader.last().text = QStringLiteral("Dicakup");
    Table coverage{.columns = columns, .headerRows = {coverageHeader}, .pointSize = 8};
    for (const db::KecamatanCoverage &row : recap.coverageAtYearEnd) {
        QStringList cells{row.name};
        for (int visited : recap.cumulativeVisited.value(row.code)) {
            cells << QString::number(visited);
        }
        cells << QString::number(row.covered);
        coverage.rows.append(tableRow(cells));
    }
    document.add(coverage);
    document.add(Paragraph{.text = QStringLiteral("Grafik. Persentase desa/kelurahan yang telah "
                                                  "dikunjungi dari yang dicakup MoU pada akhir "
                                                  "tahun %1")
                                       .arg(recap.year),
                           .alignment = Qt::AlignHCenter,
                           .keepWithNext = true});
    document.add(coverageChart(recap.coverageAtYearEnd));
    addClosing(document, data.profile, data.regency, data.reportDate);
    return document;
}

Workbook yearlyRecapWorkbook(const YearlyRecapData &data)
{
    using Cell = SpreadsheetCell;
    const db::YearlyRecap &recap = data.recap;
    Workbook workbook;
    workbook.title = QStringLiteral("Rekap Tahunan Sambang Pengawasan %1").arg(recap.year);
    workbook.author = data.profile.officeName;
    SpreadsheetSheet months{.name = QStringLiteral("Kegiatan per Bulan")};
    months.rows.append(
        {Cell::fromText(QStringLiteral("Bulan")), Cell::fromText(QStringLiteral("Direncanakan")),
         Cell::fromText(QStringLiteral("Terlaksana")), Cell::fromText(QStringLiteral("Ditunda")),
         Cell::fromText(QStringLiteral("Dibatalkan")),
         Cell::fromText(QStringLiteral("Peserta hadir")),
         Cell::fromText(QStringLiteral("Peserta laki-laki")),
         Cell::fromText(QStringLiteral("Peserta perempuan"))});
    for (int month = 1; month <= recap.months.size(); ++month) {
        const db::ActivityCounts &counts = recap.months.at(month - 1);
        const db::ParticipantCounts people = recap.participants.value(month - 1);
        months.rows.append({Cell::fromDate(QDate(recap.year, month, 1)),
                            Cell::fromNumber(counts.planned), Cell::fromNumber(counts.done),
                            Cell::fromNumber(counts.postponed), Cell::fromNumber(counts.cancelled),
                            Cell::fromNumber(people.total), Cell::fromNumber(people.male),
                            Cell::fromNumber(people.female)});
    }
    SpreadsheetSheet coverage{.name = QStringLiteral("Cakupan Kumulatif")};
    SpreadsheetRow header{Cell::fromText(QStringLiteral("Kecamatan"))};
    for (int month = 1; month <= 12; ++month) {
        header.append(Cell::fromText(indonesian::monthName(month)));
    }
    header.append(Cell::fromText(QStringLiteral("Dicakup MoU")));
    coverage.rows.append(header);
    for (const db::KecamatanCoverage &row : recap.coverageAtYearEnd) {
        SpreadsheetRow cells{Cell::fromText(row.name)};
        for (int visited : recap.cumulativeVisited.value(row.code)) {
            cells.append(Cell::fromNumber(visited));
        }
        cells.append(Cell::fromNumber(row.covered));
        coverage.rows.append(cells);
    }
    workbook.sheets = {months, coverage};
    return workbook;
}

namespace {

db::Status writeWorkbook(const Workbook &workbook, const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx")) {
        return SpreadsheetWriter::writeXlsx(workbook, path);
    }
    // CSV: the sheets one after another, the first row of each its header.
    SpreadsheetSheet all{.name = workbook.title};
    for (const SpreadsheetSheet &sheet : workbook.sheets) {
        if (!all.rows.isEmpty()) {
            all.rows.append(SpreadsheetRow{});
        }
        all.rows.append({SpreadsheetCell::fromText(sheet.name)});
        all.rows.append(sheet.rows);
    }
    return SpreadsheetWriter::writeCsv(all, path);
}

bool isSpreadsheet(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("xlsx") || suffix == QLatin1String("csv");
}

} // namespace

db::Status writeMonthlyRecap(const RecapData &data, const QString &path, db::PaperSize paper,
                             QPageLayout::Orientation orientation)
{
    if (isSpreadsheet(path)) {
        return writeWorkbook(monthlyRecapWorkbook(data), path);
    }
    return DocumentExport::write(monthlyRecapDocument(data, paper, orientation), path);
}

db::Status writeYearlyRecap(const YearlyRecapData &data, const QString &path, db::PaperSize paper)
{
    if (isSpreadsheet(path)) {
        return writeWorkbook(yearlyRecapWorkbook(data), path);
    }
    return DocumentExport::write(yearlyRecapDocument(data, paper), path);
}

} // namespace sisambang::documents
