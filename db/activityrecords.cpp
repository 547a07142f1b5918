// SPDX-License-Identifier: GPL-3.0-or-later
#include "activityrecords.h"

#include "database.h"
#include "query.h"
#include "records.h"
#include "regions.h"

namespace sisambang::db {

namespace {

// Done activities matching `conditions` with what each lacks, one row per
// activity, columns as missingFrom() reads them.
QString missingSql(const QStringList &conditions, const QString &tail)
{
    return QStringLiteral(
               "SELECT * FROM (SELECT a.id, a.date, r.name, r.kind, a.title, "
               "NOT EXISTS (SELECT 1 FROM activity_attendance t WHERE t.activity_id = a.id) AS na, "
               "NOT EXISTS (SELECT 1 FROM activity_minutes m WHERE m.activity_id = a.id) AS nm, "
               "NOT EXISTS (SELECT 1 FROM activity_photo p WHERE p.activity_id = a.id) AS np "
               "FROM activity a JOIN region r ON r.code = a.region_code WHERE ") +
           conditions.join(QStringLiteral(" AND ")) + QStringLiteral(") WHERE na OR nm OR np ") +
           tail;
}

MissingRecords missingFrom(const Query &query)
{
    MissingRecords m;
    m.activityId = query.value(0).toLongLong();
    m.date = dateFrom(query.value(1));
    m.regionName =
        RegionLabels::qualifiedName(query.value(2).toString(), query.value(3).toString());
    m.title = query.value(4).toString();
    m.attendance = query.value(5).toBool();
    m.minutes = query.value(6).toBool();
    m.photos = query.value(7).toBool();
    return m;
}

} // namespace

Result<QList<MissingRecords>> ActivityRecords::missing(const QDate &from, const QDate &to,
                                                       const QString &regionCode) const
{
    QStringList conditions{QStringLiteral("a.status = 'done'")};
    QVariantList values;
    if (from.isValid()) {
        conditions << QStringLiteral("a.date >= ?");
        values << dateValue(from);
    }
    if (to.isValid()) {
        conditions << QStringLiteral("a.date <= ?");
        values << dateValue(to);
    }
    if (!regionCode.isEmpty()) {
        conditions << QStringLiteral("(a.region_code = ? OR a.region_code LIKE ? || '.%')");
        values << regionCode << regionCode;
    }
    Query query(m_database, missingSql(conditions, QStringLiteral("ORDER BY date, id")));
    for (const QVariant &value : values) {
        query.bind(value);
    }
    if (auto done = query.exec(); !done) {
        return done.error();
    }
    QList<MissingRecords> missing;
    while (query.next()) {
        missing.append(missingFrom(query));
    }
    return missing;
}

Result<NewestMissing> ActivityRecords::newestMissing(const QDate &to, int limit) const
{
    QStringList conditions{QStringLiteral("a.status = 'done'")};
    if (to.isValid()) {
        conditions << QStringLiteral("a.date <= ?");
    }
    // Two queries: the newest rows walk the date index backwards and stop at
    // the limit; the count reads no region or title. Counting in the same query
    // (count(*) OVER ()) read and sorted every row: 7x slower at 18,000 rows.
    // The count is set-based: the done activities (from the covering index
    // activity_by_status, migration 8, no row read) less those with all three
    // records, found from the minutes (one row per activity) with two probes
    // each. Three NOT EXISTS probes per done activity took 28 M instructions
    // at 18,513 activities without records; this takes a few; with records on
    // most activities the two forms cost about the same (sqlite3 shell: 8 and
    // 9 ms at 13,000 minutes).
    const QString where = conditions.join(QStringLiteral(" AND "));
    Query rows(m_database,
               missingSql(conditions, QStringLiteral("ORDER BY date DESC, id DESC LIMIT ?")));
    Query count(m_database,
                QStringLiteral("SELECT (SELECT count(*) FROM activity a WHERE %1) - "
                               "(SELECT count(*) FROM activity_minutes m CROSS JOIN activity a "
                               "ON a.id = m.activity_id WHERE %1 AND EXISTS (SELECT 1 FROM "
                               "activity_attendance t WHERE t.activity_id = m.activity_id) AND "
                               "EXISTS (SELECT 1 FROM activity_photo p WHERE p.activity_id = "
                               "m.activity_id))")
                    .arg(where));
    if (to.isValid()) {
        rows.bind(dateValue(to));
        count.bind(dateValue(to));
        count.bind(dateValue(to));
    }
    rows.bind(std::max(limit, 1));
    NewestMissing result;
    if (auto done = rows.exec(); !done) {
        return done.error();
    }
    while (rows.next()) {
        result.newest.append(missingFrom(rows));
    }
    if (auto done = count.exec(); !done) {
        return done.error();
    }
    result.total = count.next() ? count.value(0).toInt() : 0;
    return result;
}

Result<RecordSummary> ActivityRecords::summary(qint64 activityId) const
{
    Query query(
        m_database,
        QStringLiteral(
            "SELECT (SELECT count(*) FROM activity_invitee WHERE activity_id = ?), "
            "(SELECT count(*) FROM activity_attendance WHERE activity_id = ?), "
            "EXISTS (SELECT 1 FROM activity_minutes WHERE activity_id = ?), "
            "(SELECT count(*) FROM activity_photo WHERE activity_id = ?), "
            "(SELECT count(*) FROM follow_up WHERE activity_id = ?), "
            "(SELECT count(*) FROM follow_up WHERE activity_id = ? AND closed_date IS NULL)"));
    for (int i = 0; i < 6; ++i) {
        query.bind(activityId);
    }
    if (auto done = query.exec(); !done) {
        return done.error();
    }
    RecordSummary summary;
    if (query.next()) {
        summary.invited = query.value(0).toInt();
        summary.attended = query.value(1).toInt();
        summary.hasMinutes = query.value(2).toBool();
        summary.photos = query.value(3).toInt();
        summary.followUps = query.value(4).toInt();
        summary.openFollowUps = query.value(5).toInt();
    }
    return summary;
}

} // namespace sisambang::db
