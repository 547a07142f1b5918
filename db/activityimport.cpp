// SPDX-License-Identifier: GPL-3.0-or-later
#include "activityimport.h"

#include "audit.h"
#include "clashes.h"
#include "database.h"
#include "officeprofile.h"
#include "personnames.h"
#include "query.h"
#include "regionmatcher.h"
#include "stakeholdercolumns.h"
#include "textkeys.h"
#include "transaction.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace sisambang::db {

namespace {

// A visit lasts three hours when the sheet gives only its start ("09.00 s.d. selesai").
constexpr int defaultDurationSeconds = 3 * 3600;

QString headerKey(const QString &header)
{
    QString key = textkeys::matchKey(header);
    key.remove(u' ');
    return key;
}

QTime readClock(const QString &text)
{
    static const QRegularExpression clock(QStringLiteral("^(\\d{1,2})(?:[.:](\\d{2}))?$"));
    const auto match = clock.match(text.trimmed());
    if (!match.hasMatch()) {
        return {};
    }
    return QTime(match.captured(1).toInt(),
                 match.captured(2).isEmpty() ? 0 : match.captured(2).toInt());
}

// The region, agreement and date of a row: what makes it the same activity
// when a file is imported again.
QString identity(const Activity &activity)
{
    return QStringLiteral("%1|%2|%3|%4")
        .arg(activity.regionCode, activity.date.toString(Qt::ISODate),
             activity.start.toString(QStringLiteral("HH:mm")), activityKindKey(activity.kind));
}

struct Coverage
{
    qint64 agreementId = 0;
    QDate validFrom;
    QDate validUntil;
};

// People named in the Petugas column, looked up once per name.
class OfficerFinder
{
    Q_DECLARE_TR_FUNCTIONS(ActivityImport)

public:
    explicit OfficerFinder(const Database &database)
        : m_query(database, QStringLiteral("SELECT id, full_name, category FROM person WHERE "
                                           "name_key = ? AND active = 1 ORDER BY id"))
    {
    }

    // One person for the written name, else the reason.
    Result<ActivityOfficer> find(const QString &written)
    {
        const QString key = PersonName::parse(written).key();
        if (const auto cached = m_found.constFind(key); cached != m_found.constEnd()) {
            return *cached;
        }
        if (auto done = m_query.bind(key).exec(); !done) {
            return done.error();
        }
        QList<ActivityOfficer> all;
        QList<ActivityOfficer> bawaslu;
        while (m_query.next()) {
            const ActivityOfficer officer{m_query.value(0).toLongLong(), OfficerRole::Companion,
                                          m_query.value(1).toString()};
            all << officer;
            if (m_query.value(2).toString() == QLatin1String("bawaslu")) {
                bawaslu << officer;
            }
        }
        const Result<ActivityOfficer> result = choose(all, bawaslu, written);
        m_found.insert(key, result);
        return result;
    }

    // Officers are Bawaslu people: among namesakes, the one at Bawaslu.
    static Result<ActivityOfficer> choose(const QList<ActivityOfficer> &all,
                                          const QList<ActivityOfficer> &bawaslu,
                                          const QString &written)
    {
        if (all.size() == 1) {
            return all.first();
        }
        if (bawaslu.size() == 1) {
            return bawaslu.first();
        }
        if (all.isEmpty()) {
            return Error::invalid(tr("nobody named \"%1\" is in the register").arg(written));
        }
        return Error::invalid(
            tr("%1 people in the register are named \"%2\"").arg(all.size()).arg(written));
    }

private:
    Query m_query;
    QHash<QString, Result<ActivityOfficer>> m_found;
};

// Names separated by ';', '/' or new lines; a comma separates names too unless
// what follows it is titles ("Dedi Saputra, S.H.").
QStringList officerNames(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[;\\n/]+"));
    QStringList names;
    for (const QString &piece : text.split(separators, Qt::SkipEmptyParts)) {
        QStringList merged;
        for (const QString &part : piece.split(u',', Qt::SkipEmptyParts)) {
            const QString trimmed = part.trimmed();
            if (trimmed.isEmpty()) {
                continue;
            }
            const bool titlesOnly =
                PersonName::parse(QStringLiteral("X ") + trimmed).coreName == QLatin1String("X");
            if (titlesOnly && !merged.isEmpty()) {
                merged.last() += QStringLiteral(", ") + trimmed;
            } else {
                merged << trimmed;
            }
        }
        names << merged;
    }
    return names;
}

std::optional<ActivityStatus> parseStatus(const QString &text)
{
    const QString key = textkeys::matchKey(text);
    if (key.isEmpty()) {
        return ActivityStatus::Planned;
    }
    for (auto status : {ActivityStatus::Planned, ActivityStatus::Done, ActivityStatus::Postponed,
                        ActivityStatus::Cancelled}) {
        if (key == textkeys::matchKey(activityStatusLabelId(status)) ||
            key == activityStatusKey(status)) {
            return status;
        }
    }
    return std::nullopt;
}

Result<RegionMatcher> officeRegions(const Database &database)
{
    auto profile = OfficeProfileStore(database).load();
    if (!profile) {
        return profile.error();
    }
    if (!profile->isConfigured()) {
        return Error::invalid(ActivityImport::tr("Set up the office (its kabupaten/kota) before "
                                                 "importing a schedule."));
    }
    return RegionMatcher::load(database, profile->regionCode);
}

} // namespace

int ActivityImportPreview::count(ImportOutcome outcome) const
{
    return static_cast<int>(std::count_if(
        rows.cbegin(), rows.cend(), [outcome](const auto &row) { return row.outcome == outcome; }));
}

ActivityImport::ActivityImport(Database &database)
    : m_database(database)
{
}

std::optional<ActivityColumn> ActivityImport::columnFromHeader(const QString &header)
{
    static const QHash<QString, ActivityColumn> known = {
        {QStringLiteral("tanggal"), ActivityColumn::Date},
        {QStringLiteral("tgl"), ActivityColumn::Date},
        {QStringLiteral("haritanggal"), ActivityColumn::Date},
        {QStringLiteral("date"), ActivityColumn::Date},
        {QStringLiteral("jam"), ActivityColumn::Time},
        {QStringLiteral("waktu"), ActivityColumn::Time},
        {QStringLiteral("pukul"), ActivityColumn::Time},
        {QStringLiteral("time"), ActivityColumn::Time},
        {QStringLiteral("kecamatan"), ActivityColumn::Kecamatan},
        {QStringLiteral("kec"), ActivityColumn::Kecamatan},
        {QStringLiteral("district"), ActivityColumn::Kecamatan},
        {QStringLiteral("desa"), ActivityColumn::Desa},
        {QStringLiteral("kelurahan"), ActivityColumn::Desa},
        {QStringLiteral("desakelurahan"), ActivityColumn::Desa},
        {QStringLiteral("kelurahandesa"), ActivityColumn::Desa},
        {QStringLiteral("village"), ActivityColumn::Desa},
        {QStringLiteral("kegiatan"), ActivityColumn::Kind},
        {QStringLiteral("acara"), ActivityColumn::Kind},
        {QStringLiteral("jeniskegiatan"), ActivityColumn::Kind},
        {QStringLiteral("activity"), ActivityColumn::Kind},
        {QStringLiteral("tempat"), ActivityColumn::Venue},
        {QStringLiteral("lokasi"), ActivityColumn::Venue},
        {QStringLiteral("venue"), ActivityColumn::Venue},
        {QStringLiteral("petugas"), ActivityColumn::Officers},
        {QStringLiteral("officers"), ActivityColumn::Officers},
        {QStringLiteral("materi"), ActivityColumn::Topic},
        {QStringLiteral("topik"), ActivityColumn::Topic},
        {QStringLiteral("topic"), ActivityColumn::Topic},
        {QStringLiteral("status"), ActivityColumn::StatusText},
        {QStringLiteral("keterangan"), ActivityColumn::Notes},
        {QStringLiteral("catatan"), ActivityColumn::Notes},
        {QStringLiteral("notes"), ActivityColumn::Notes},
        {QStringLiteral("kodewilayah"), ActivityColumn::RegionCode},
        {QStringLiteral("kode"), ActivityColumn::RegionCode},
    };
    const auto found = known.constFind(headerKey(header));
    return found == known.constEnd() ? std::nullopt : std::optional(*found);
}

bool ActivityImport::parseTimes(const QString &text, QTime &start, QTime &end)
{
    QString written = text.trimmed();
    static const QRegularExpression zone(QStringLiteral("\\b(WIB|WITA|WIT)\\b"),
                                         QRegularExpression::CaseInsensitiveOption);
    written.remove(zone);
    written = written.trimmed();
    // A time cell of a sheet: a fraction of a day.
    bool number = false;
    const double fraction = written.toDouble(&number);
    if (number && fraction > 0 && fraction < 1 && !written.contains(u':')) {
        start = QTime(0, 0).addSecs(static_cast<int>(std::lround(fraction * 86400 / 60) * 60));
        end = start.addSecs(defaultDurationSeconds);
        return end > start;
    }
    static const QRegularExpression until(
        QStringLiteral(
            "\\s*(?:-|\u2013|\u2014|s\\.?\\s*d\\.?|s/d|sampai(?:\\s+dengan)?|hingga)\\s*"),
        QRegularExpression::CaseInsensitiveOption);
    const QStringList parts = written.split(until);
    if (parts.isEmpty() || parts.size() > 2) {
        return false;
    }
    start = readClock(parts.first());
    if (!start.isValid()) {
        return false;
    }
    const QString last = parts.size() == 2 ? parts.at(1).trimmed() : QString();
    if (last.isEmpty() || textkeys::matchKey(last) == QLatin1String("selesai")) {
        end = start.secsTo(QTime(23, 59)) > defaultDurationSeconds
                  ? start.addSecs(defaultDurationSeconds)
                  : QTime(23, 59);
    } else {
        end = readClock(last);
    }
    return end.isValid() && end > start;
}

std::optional<ActivityKind> ActivityImport::parseKind(const QString &text, QString &title)
{
    const QString written = text.simplified();
    const QString key = textkeys::matchKey(written);
    title.clear();
    if (key.isEmpty()) {
        return std::nullopt;
    }
    const QList<ActivityKind> kinds = {ActivityKind::VillageVisit,
                                       ActivityKind::CoordinationMeeting,
                                       ActivityKind::Socialisation, ActivityKind::Other};
    for (const ActivityKind kind : kinds) {
        if (key == textkeys::matchKey(activityKindLabelId(kind)) ||
            key == textkeys::matchKey(activityKindKey(kind))) {
            return kind;
        }
    }
    title = written;
    // "Rapat Koordinasi Sambang Pengawasan" is a meeting: the kind word first.
    if (key.contains(QLatin1String("rapat"))) {
        return ActivityKind::CoordinationMeeting;
    }
    if (key.contains(QLatin1String("sosialisasi"))) {
        return ActivityKind::Socialisation;
    }
    if (key.contains(QLatin1String("sambang"))) {
        return ActivityKind::VillageVisit;
    }
    return ActivityKind::Other;
}

Status ActivityImport::load(const QString &path)
{
    auto table = TableFile::read(path);
    if (!table) {
        return table.error();
    }
    m_fileName = QFileInfo(path).fileName();
    if (table->records.isEmpty()) {
        return Error::invalid(tr("The file is empty."));
    }
    return setTable(std::move(table).value());
}

Status ActivityImport::setTable(Table table)
{
    m_table = std::move(table);
    m_mapping.clear();
    m_unrecognised.clear();
    const QStringList header = headers();
    for (int i = 0; i < header.size(); ++i) {
        const auto column = columnFromHeader(header.at(i));
        if (!column) {
            if (!header.at(i).trimmed().isEmpty() &&
                headerKey(header.at(i)) != QLatin1String("no")) {
                m_unrecognised << header.at(i).trimmed();
            }
        } else if (!m_mapping.contains(*column)) {
            m_mapping.insert(*column, i);
        }
    }
    QStringList missing;
    if (!m_mapping.contains(ActivityColumn::Date)) {
        missing << QStringLiteral("tanggal");
    }
    if (!m_mapping.contains(ActivityColumn::Time)) {
        missing << QStringLiteral("jam");
    }
    if (!m_mapping.contains(ActivityColumn::Kecamatan) &&
        !m_mapping.contains(ActivityColumn::RegionCode)) {
        missing << QStringLiteral("kecamatan");
    }
    if (!m_mapping.contains(ActivityColumn::Kind)) {
        missing << QStringLiteral("kegiatan");
    }
    if (!missing.isEmpty()) {
        return Error::invalid(tr("The first row must name the columns; missing: %1 (expected "
                                 "tanggal, jam, kecamatan, desa, kegiatan, tempat, petugas).")
                                  .arg(missing.join(QStringLiteral(", "))));
    }
    return {};
}

QStringList ActivityImport::headers() const
{
    return m_table.records.isEmpty() ? QStringList() : m_table.records.first().cells;
}

Result<ActivityImportPreview> ActivityImport::plan() const
{
    auto regions = officeRegions(m_database);
    if (!regions) {
        return regions.error();
    }
    QHash<QString, QList<Coverage>> coverage;
    {
        Query query(m_database,
                    QStringLiteral("SELECT av.region_code, a.id, a.valid_from, a.valid_until FROM "
                                   "agreement_village av JOIN agreement a ON a.id = "
                                   "av.agreement_id WHERE a.status IN ('signed', 'draft') "
                                   "ORDER BY a.status = 'signed' DESC, a.id"));
        if (auto done = query.exec(); !done) {
            return done.error();
        }
        while (query.next()) {
            coverage[query.value(0).toString()].append(
                {query.value(1).toLongLong(), dateFrom(query.value(2)), dateFrom(query.value(3))});
        }
    }
    const QStringList header = headers();
    auto cell = [&](const TableRecord &record, ActivityColumn column) {
        const int index = m_mapping.value(column, -1);
        return index < 0 ? QString() : record.cells.value(index).trimmed();
    };
    auto columnName = [&](ActivityColumn column) {
        return header.value(m_mapping.value(column, -1)).trimmed();
    };

    ActivityImportPreview preview;
    OfficerFinder officers(m_database);
    for (qsizetype r = 1; r < m_table.records.size(); ++r) {
        const TableRecord &record = m_table.records.at(r);
        ActivityImportRow row;
        row.line = record.line;
        Activity &activity = row.activity;
        auto problem = [&](ActivityColumn column, const QString &message) {
            row.reasons
                << tr("Row %1, column %2: %3").arg(row.line).arg(columnName(column), message);
        };

        QString dateText = cell(record, ActivityColumn::Date);
        // "Senin, 6 Maret 2023": the day's name is not needed.
        if (const qsizetype comma = dateText.indexOf(u','); comma > 0 && comma < 10) {
            dateText = dateText.mid(comma + 1).trimmed();
        }
        activity.date = parseWrittenDate(dateText);
        if (!activity.date.isValid()) {
            problem(
                ActivityColumn::Date,
                dateText.isEmpty()
                    ? tr("the date is missing")
                    : tr("\"%1\" is not a date (write 2023-03-06 or 6 Maret 2023)").arg(dateText));
        }
        const QString times = cell(record, ActivityColumn::Time);
        if (!parseTimes(times, activity.start, activity.end)) {
            problem(ActivityColumn::Time,
                    times.isEmpty() ? tr("the time is missing")
                                    : tr("\"%1\" is not a time (write 09.00-12.00)").arg(times));
        }

        Region region;
        if (const QString code = cell(record, ActivityColumn::RegionCode); !code.isEmpty()) {
            auto found = regions->byCode(code);
            if (!found) {
                problem(ActivityColumn::RegionCode, found.error().message);
            } else if (found->level != RegionLevel::Village &&
                       found->level != RegionLevel::District) {
                problem(ActivityColumn::RegionCode,
                        tr("%1 is not a kecamatan or kelurahan/desa").arg(code));
            } else {
                region = *found;
            }
        } else {
            const QString kecamatanName = cell(record, ActivityColumn::Kecamatan);
            const QString desaName = cell(record, ActivityColumn::Desa);
            if (kecamatanName.isEmpty()) {
                problem(ActivityColumn::Kecamatan, tr("the kecamatan is missing"));
            } else if (auto kecamatan = regions->kecamatan(kecamatanName); !kecamatan) {
                problem(ActivityColumn::Kecamatan, kecamatan.error().message);
            } else if (desaName.isEmpty()) {
                region = *kecamatan;
            } else if (auto desa = regions->village(desaName, kecamatan->code); !desa) {
                problem(ActivityColumn::Desa, desa.error().message);
            } else {
                region = *desa;
            }
        }
        activity.regionCode = region.code;
        activity.regionName =
            region.code.isEmpty() ? QString() : RegionLabels::qualifiedName(region);

        const QString kindText = cell(record, ActivityColumn::Kind);
        if (const auto kind = parseKind(kindText, activity.title)) {
            activity.kind = *kind;
        } else {
            problem(ActivityColumn::Kind, tr("the activity is missing (e.g. Sambang Desa)"));
        }
        activity.venue = cell(record, ActivityColumn::Venue);
        if (activity.venue.isEmpty() && !region.code.isEmpty()) {
            activity.venue = ActivityRepository::defaultVenue(region);
        }
        activity.topic = cell(record, ActivityColumn::Topic);
        activity.notes = cell(record, ActivityColumn::Notes);
        const QString statusText = cell(record, ActivityColumn::StatusText);
        if (const auto status = parseStatus(statusText)) {
            activity.status = *status;
        } else {
            problem(ActivityColumn::StatusText,
                    tr("\"%1\" is not a status (Direncanakan, Selesai, Ditunda or Dibatalkan)")
                        .arg(statusText));
        }
        const QStringList names = officerNames(cell(record, ActivityColumn::Officers));
        for (qsizetype i = 0; i < names.size(); ++i) {
            auto officer = officers.find(names.at(i));
            if (!officer) {
                if (officer.error().code != Error::Code::Invalid) {
                    return officer.error();
                }
                problem(ActivityColumn::Officers, officer.error().message);
                continue;
            }
            if (std::any_of(
                    activity.officers.cbegin(), activity.officers.cend(),
                    [&](const ActivityOfficer &o) { return o.personId == officer->personId; })) {
                problem(ActivityColumn::Officers, tr("%1 is named twice").arg(officer->name));
                continue;
            }
            ActivityOfficer named = *officer;
            named.role = i == 0 ? OfficerRole::Speaker : OfficerRole::Companion;
            activity.officers << named;
        }
        // The agreement covering the desa on that day, signed ones first.
        if (activity.date.isValid()) {
            for (const Coverage &covering : coverage.value(activity.regionCode)) {
                if ((!covering.validFrom.isValid() || covering.validFrom <= activity.date) &&
                    (!covering.validUntil.isValid() || activity.date <= covering.validUntil)) {
                    activity.agreementId = covering.agreementId;
                    break;
                }
            }
        }
        row.outcome = row.reasons.isEmpty() ? ImportOutcome::New : ImportOutcome::Error;
        preview.rows << row;
    }

    // Rows already stored, or repeated in the file, are not added again.
    QDate first;
    QDate last;
    for (const ActivityImportRow &row : std::as_const(preview.rows)) {
        if (row.outcome == ImportOutcome::New) {
            first = first.isValid() ? std::min(first, row.activity.date) : row.activity.date;
            last = last.isValid() ? std::max(last, row.activity.date) : row.activity.date;
        }
    }
    QHash<QString, qint64> stored;
    if (first.isValid()) {
        Query query(m_database, QStringLiteral("SELECT id, region_code, date, start_time, kind "
                                               "FROM activity WHERE date BETWEEN ? AND ?"));
        query.bind(dateValue(first)).bind(dateValue(last));
        if (auto done = query.exec(); !done) {
            return done.error();
        }
        while (query.next()) {
            stored.insert(QStringLiteral("%1|%2|%3|%4")
                              .arg(query.value(1).toString(), query.value(2).toString(),
                                   query.value(3).toString(), query.value(4).toString()),
                          query.value(0).toLongLong());
        }
    }
    QHash<QString, int> seen;
    QList<Activity> added;
    QList<qsizetype> addedRows;
    for (qsizetype i = 0; i < preview.rows.size(); ++i) {
        ActivityImportRow &row = preview.rows[i];
        if (row.outcome != ImportOutcome::New) {
            continue;
        }
        const QString key = identity(row.activity);
        if (const auto found = stored.constFind(key); found != stored.constEnd()) {
            row.outcome = ImportOutcome::Unchanged;
            row.activityId = *found;
            row.reasons << tr("already in the schedule (activity %1)").arg(*found);
        } else if (const auto earlier = seen.constFind(key); earlier != seen.constEnd()) {
            row.outcome = ImportOutcome::Duplicate;
            row.reasons << tr("repeats row %1").arg(*earlier);
        } else {
            seen.insert(key, row.line);
            added << row.activity;
            addedRows << i;
            // A spreadsheet keeps no attendance: the visit is imported as done
            // and listed as missing records (Beranda, Kegiatan) until it is given.
            if (row.activity.status == ActivityStatus::Done) {
                row.warnings << tr("done without attendance: record who came on the Kegiatan "
                                   "page");
            }
        }
    }
    // Clashes do not stop an import; they are shown so the clerk can look.
    auto clashes = ClashDetector(m_database).check(added);
    if (!clashes) {
        return clashes.error();
    }
    for (const Clash &clash : std::as_const(*clashes)) {
        for (const int candidate : {clash.candidate, clash.otherCandidate}) {
            if (candidate >= 0) {
                preview.rows[addedRows.at(candidate)].warnings << clash.message;
            }
        }
    }
    return preview;
}

Result<ActivityImportPreview> ActivityImport::preview() const
{
    return plan();
}

Result<ActivityImportSummary> ActivityImport::commit()
{
    // Planned again inside the write transaction, so that what is written
    // matches the data it is written over.
    Transaction transaction(m_database);
    if (auto begun = transaction.status(); !begun) {
        return begun.error();
    }
    auto planned = plan();
    if (!planned) {
        return planned.error();
    }
    if (const int errors = planned->count(ImportOutcome::Error); errors > 0) {
        return Error::invalid(tr("%n row(s) have errors; nothing was imported.", nullptr, errors));
    }
    ActivityImportSummary summary;
    ActivityRepository activities(m_database);
    for (ActivityImportRow &row : planned->rows) {
        if (row.outcome != ImportOutcome::New) {
            summary.skipped << row.line;
            summary.rows << row;
            continue;
        }
        auto id = activities.add(row.activity);
        if (!id) {
            return Error{id.error().code, tr("Row %1: %2").arg(row.line).arg(id.error().message)};
        }
        row.activityId = *id;
        summary.added << row.line;
        summary.rows << row;
    }
    const QJsonObject after{{QStringLiteral("file"), m_fileName},
                            {QStringLiteral("added"), summary.added.size()},
                            {QStringLiteral("skipped"), summary.skipped.size()}};
    if (auto done = AuditLog(m_database)
                        .record(AuditAction::Import, QStringLiteral("activity"), 0,
                                QStringLiteral("%1: %2 added, %3 skipped")
                                    .arg(m_fileName)
                                    .arg(summary.added.size())
                                    .arg(summary.skipped.size()),
                                {}, after);
        !done) {
        return done.error();
    }
    if (auto done = transaction.commit(); !done) {
        return done.error();
    }
    return summary;
}

} // namespace sisambang::db
