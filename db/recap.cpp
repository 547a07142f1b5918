// SPDX-License-Identifier: GPL-3.0-or-later
#include "recap.h"

#include "database.h"
#include "officeprofile.h"
#include "query.h"
#include "regions.h"

#include <QHash>
#include <QSet>

#include <tuple>

namespace sisambang::db {

namespace {

// The scope as SQL over the activity table aliased `a`.
struct ScopeSql
{
    QString where;
    QVariantList values;
};

ScopeSql scopeSql(const RecapScope &scope, const QDate &from, const QDate &to)
{
    ScopeSql sql;
    QStringList conditions;
    if (from.isValid()) {
        conditions << QStringLiteral("a.date >= ?");
        sql.values << dateValue(from);
    }
    if (to.isValid()) {
        conditions << QStringLiteral("a.date <= ?");
        sql.values << dateValue(to);
    }
    if (!scope.kecamatanCode.isEmpty()) {
        conditions << QStringLiteral("(a.region_code = ? OR a.region_code LIKE ? || '.%')");
        sql.values << scope.kecamatanCode << scope.kecamatanCode;
    }
    if (scope.agreementId > 0) {
        conditions << QStringLiteral("a.agreement_id = ?");
        sql.values << scope.agreementId;
    }
    sql.where =
        conditions.isEmpty() ? QStringLiteral("1") : conditions.join(QStringLiteral(" AND "));
    return sql;
}

// Who came to the activities held in a period, by gender and institution kind:
// an invited participant is counted with the invitation's details, a walk-in
// with their own.
QString peopleWhoCameSql(const QString &where)
{
    return QStringLiteral("SELECT CASE WHEN t.invitee_id IS NULL THEN t.gender ELSE v.gender "
                          "END, CASE WHEN t.invitee_id IS NULL THEN t.institution_kind ELSE "
                          "v.institution_kind END, count(*) FROM activity_attendance t JOIN "
                          "activity a ON a.id = t.activity_id LEFT JOIN activity_invitee v ON "
                          "v.id = t.invitee_id WHERE a.status = 'done' AND %1 GROUP BY 1, 2")
        .arg(where);
}

Status bindAll(Query &query, const QVariantList &values)
{
    for (const QVariant &value : values) {
        query.bind(value);
    }
    return query.exec();
}

} // namespace

void ParticipantCounts::add(const QString &gender, const QString &institutionKind, int people)
{
    total += people;
    if (gender == QLatin1String("male")) {
        male += people;
    } else if (gender == QLatin1String("female")) {
        female += people;
    } else {
        unknownGender += people;
    }
    byInstitutionKind[institutionKind] += people;
}

RecapScope monthScope(int year, int month)
{
    const QDate first(year, month, 1);
    return {first, first.addMonths(1).addDays(-1)};
}

Result<MonthlyRecap> RecapBuilder::monthly(const RecapScope &scope) const
{
    if (!scope.from.isValid() || !scope.to.isValid() || scope.to < scope.from) {
        return Error::invalid(tr("The recap needs a period whose end is not before its start."));
    }
    MonthlyRecap recap;
    recap.scope = scope;
    for (auto step : {&RecapBuilder::countActivities, &RecapBuilder::listActivities,
                      &RecapBuilder::listAgreements, &RecapBuilder::countParticipants,
                      &RecapBuilder::listFollowUps}) {
        if (auto done = (this->*step)(recap); !done) {
            return done.error();
        }
    }
    auto inPeriod = visitedVillages(scope.from, scope.to, scope);
    if (!inPeriod) {
        return inPeriod.error();
    }
    recap.villagesVisitedInPeriod = *inPeriod;
    auto cumulative = visitedVillages({}, scope.to, scope);
    if (!cumulative) {
        return cumulative.error();
    }
    recap.villagesVisitedCumulative = *cumulative;
    auto coverageRows = coverage(scope.to, scope.kecamatanCode, scope.agreementId);
    if (!coverageRows) {
        return coverageRows.error();
    }
    recap.coverage = *coverageRows;

    // Weeks start on Monday; the first may begin in the month before.
    QDate week = scope.from.addDays(1 - scope.from.dayOfWeek());
    QHash<QDate, int> perWeek;
    for (const RecapActivity &row : std::as_const(recap.activities)) {
        if (row.activity.status != ActivityStatus::Cancelled) {
            ++perWeek[row.activity.date.addDays(1 - row.activity.date.dayOfWeek())];
        }
    }
    for (; week <= scope.to; week = week.addDays(7)) {
        recap.activitiesPerWeek.append({week, perWeek.value(week)});
    }
    return recap;
}

Status RecapBuilder::countActivities(MonthlyRecap &recap) const
{
    const ScopeSql sql = scopeSql(recap.scope, recap.scope.from, recap.scope.to);
    Query query(m_database, QStringLiteral("SELECT a.status, count(*) FROM activity a WHERE %1 "
                                           "GROUP BY a.status")
                                .arg(sql.where));
    if (auto done = bindAll(query, sql.values); !done) {
        return done;
    }
    while (query.next()) {
        const int count = query.value(1).toInt();
        switch (
            activityStatusFromKey(query.value(0).toString()).value_or(ActivityStatus::Planned)) {
        case ActivityStatus::Planned:
            recap.counts.planned += count;
            break;
        case ActivityStatus::Done:
            recap.counts.done += count;
            break;
        case ActivityStatus::Postponed:
            recap.counts.postponed += count;
            break;
        case ActivityStatus::Cancelled:
            recap.counts.cancelled += count;
            break;
        }
    }
    // Moved out of the period to a later date: postponed as far as this period goes.
    const ScopeSql outside = scopeSql(recap.scope, recap.scope.to.addDays(1), {});
    Query moved(m_database, QStringLiteral("SELECT count(DISTINCT a.id) FROM activity a JOIN "
                                           "activity_reschedule m ON m.activity_id = a.id WHERE "
                                           "m.old_date BETWEEN ? AND ? AND m.new_date > ? AND %1")
                                .arg(outside.where));
    moved.bind(dateValue(recap.scope.from))
        .bind(dateValue(recap.scope.to))
        .bind(dateValue(recap.scope.to));
    if (auto done = bindAll(moved, outside.values); !done) {
        return done;
    }
    if (moved.next()) {
        recap.counts.postponed += moved.value(0).toInt();
    }
    return {};
}

Status RecapBuilder::listActivities(MonthlyRecap &recap) const
{
    ActivityFilter filter;
    filter.from = recap.scope.from;
    filter.to = recap.scope.to;
    filter.regionCode = recap.scope.kecamatanCode;
    filter.agreementId = recap.scope.agreementId;
    auto activities = ActivityRepository(m_database).list(filter);
    if (!activities) {
        return activities.error();
    }
    recap.activities.reserve(activities->size());
    for (const Activity &activity : std::as_const(*activities)) {
        recap.activities.append({activity});
    }
    return {};
}

Status RecapBuilder::countParticipants(MonthlyRecap &recap) const
{
    const ScopeSql sql = scopeSql(recap.scope, recap.scope.from, recap.scope.to);
    // Per activity: who came, and whether minutes and photos exist.
    Query perActivity(
        m_database,
        QStringLiteral("SELECT a.id, (SELECT count(*) FROM activity_attendance t WHERE "
                       "t.activity_id = a.id), EXISTS (SELECT 1 FROM activity_minutes m WHERE "
                       "m.activity_id = a.id), EXISTS (SELECT 1 FROM activity_photo p WHERE "
                       "p.activity_id = a.id) FROM activity a WHERE %1")
            .arg(sql.where));
    if (auto done = bindAll(perActivity, sql.values); !done) {
        return done;
    }
    QHash<qint64, std::tuple<int, bool, bool>> records;
    while (perActivity.next()) {
        records.insert(perActivity.value(0).toLongLong(),
                       {perActivity.value(1).toInt(), perActivity.value(2).toBool(),
                        perActivity.value(3).toBool()});
    }
    for (RecapActivity &row : recap.activities) {
        const auto found = records.constFind(row.activity.id);
        if (found != records.constEnd()) {
            std::tie(row.participants, row.hasMinutes, row.hasPhotos) = *found;
        }
    }
    Query people(m_database, peopleWhoCameSql(sql.where));
    if (auto done = bindAll(people, sql.values); !done) {
        return done;
    }
    while (people.next()) {
        recap.participants.add(people.value(0).toString(), people.value(1).toString(),
                               people.value(2).toInt());
    }
    return {};
}

Status RecapBuilder::listFollowUps(MonthlyRecap &recap) const
{
    const ScopeSql sql = scopeSql(recap.scope, {}, recap.scope.to);
    Query query(m_database,
                QStringLiteral("SELECT f.activity_id, a.date, r.name, r.kind, f.description, "
                               "f.assignee, f.due_date FROM follow_up f JOIN activity a ON "
                               "a.id = f.activity_id JOIN region r ON r.code = a.region_code "
                               "WHERE (f.closed_date IS NULL OR f.closed_date > ?) AND %1 "
                               "ORDER BY a.date, a.id, f.id")
                    .arg(sql.where));
    query.bind(dateValue(recap.scope.to));
    if (auto done = bindAll(query, sql.values); !done) {
        return done;
    }
    while (query.next()) {
        OpenFollowUp item;
        item.activityId = query.value(0).toLongLong();
        item.activityDate = dateFrom(query.value(1));
        item.regionName =
            RegionLabels::qualifiedName(query.value(2).toString(), query.value(3).toString());
        item.description = query.value(4).toString();
        item.assignee = query.value(5).toString();
        item.due = dateFrom(query.value(6));
        recap.followUps.append(item);
    }
    return {};
}

Result<int> RecapBuilder::visitedVillages(const QDate &from, const QDate &to,
                                          const RecapScope &scope) const
{
    const ScopeSql sql = scopeSql(scope, from, to);
    Query query(m_database,
                QStringLiteral("SELECT count(DISTINCT a.region_code) FROM activity a JOIN region "
                               "r ON r.code = a.region_code WHERE +r.level = 4 AND a.status = "
                               "'done' AND %1")
                    .arg(sql.where));
    if (auto done = bindAll(query, sql.values); !done) {
        return done.error();
    }
    return query.next() ? query.value(0).toInt() : 0;
}

Status RecapBuilder::listAgreements(MonthlyRecap &recap) const
{
    AgreementRepository agreements(m_database);
    AgreementFilter filter;
    filter.kecamatanCode = recap.scope.kecamatanCode;
    auto all = agreements.list(filter);
    if (!all) {
        return all.error();
    }
    const QDate from = recap.scope.from;
    const QDate to = recap.scope.to;
    for (const AgreementSummary &agreement : std::as_const(*all)) {
        if (recap.scope.agreementId > 0 && agreement.id != recap.scope.agreementId) {
            continue;
        }
        const bool live = agreement.status == AgreementStatus::Signed ||
                          agreement.status == AgreementStatus::Ended;
        if (live && agreement.signedOn >= from && agreement.signedOn <= to) {
            recap.agreements.append({agreement, QStringLiteral("signed")});
        }
        if (live && agreement.validUntil >= from && agreement.validUntil <= to) {
            recap.agreements.append({agreement, QStringLiteral("ends")});
        } else if (agreement.status == AgreementStatus::Signed && agreement.validUntil > to &&
                   agreement.validUntil <= to.addDays(90)) {
            recap.agreements.append({agreement, QStringLiteral("expiring")});
        }
    }
    return {};
}

Result<QList<KecamatanCoverage>>
RecapBuilder::coverage(const QDate &asOf, const QString &kecamatanCode, qint64 agreementId) const
{
    auto profile = OfficeProfileStore(m_database).load();
    if (!profile) {
        return profile.error();
    }
    RegionRepository regions(m_database);
    QList<Region> kecamatans;
    if (!kecamatanCode.isEmpty()) {
        auto one = regions.find(kecamatanCode);
        if (!one) {
            return one.error();
        }
        kecamatans << *one;
    } else if (profile->isConfigured()) {
        auto children = regions.children(profile->regionCode);
        if (!children) {
            return children.error();
        }
        kecamatans = *children;
    }
    QList<KecamatanCoverage> rows;
    QHash<QString, qsizetype> index;
    for (const Region &kecamatan : std::as_const(kecamatans)) {
        index.insert(kecamatan.code, rows.size());
        rows.append({kecamatan.code, kecamatan.name});
    }
    if (rows.isEmpty()) {
        return rows;
    }
    Query totals(m_database, QStringLiteral("SELECT parent_code, count(*) FROM region WHERE "
                                            "parent_code IN (SELECT code FROM region WHERE "
                                            "parent_code = ?) GROUP BY parent_code"));
    totals.bind(profile->regionCode.isEmpty() ? kecamatanCode.section(u'.', 0, 1)
                                              : profile->regionCode);
    if (auto done = totals.exec(); !done) {
        return done.error();
    }
    while (totals.next()) {
        if (auto found = index.constFind(totals.value(0).toString()); found != index.constEnd()) {
            rows[*found].villages = totals.value(1).toInt();
        }
    }
    // Every covered desa once, with whether a done activity took place there by asOf.
    // `+x.status` keeps SQLite on the desa's own activities (activity_by_region):
    // by the (status, date) index it read every done activity of the office for
    // each desa (yearly recap at 100x: 485 M instructions to load).
    Query covered(
        m_database,
        QStringLiteral(
            "SELECT r.parent_code, r.code, r.name, r.kind, EXISTS (SELECT 1 FROM activity x "
            "WHERE x.region_code = r.code AND +x.status = 'done' AND x.date <= ?) "
            "FROM region r WHERE r.code IN (SELECT v.region_code FROM agreement_village v JOIN "
            "agreement g ON g.id = v.agreement_id WHERE g.status IN ('signed', 'ended') AND "
            "g.signed_on <= ? AND (? = 0 OR g.id = ?)) ORDER BY r.parent_code, r.name"));
    covered.bind(dateValue(asOf)).bind(dateValue(asOf)).bind(agreementId).bind(agreementId);
    if (auto done = covered.exec(); !done) {
        return done.error();
    }
    while (covered.next()) {
        const auto found = index.constFind(covered.value(0).toString());
        if (found == index.constEnd()) {
            continue;
        }
        KecamatanCoverage &row = rows[*found];
        ++row.covered;
        if (covered.value(4).toInt() != 0) {
            ++row.visited;
        } else {
            row.notVisited << RegionLabels::qualifiedName(covered.value(2).toString(),
                                                          covered.value(3).toString());
        }
    }
    return rows;
}

Result<YearlyRecap> RecapBuilder::yearly(int year, const QString &kecamatanCode) const
{
    if (year < 2000 || year > 2100) {
        return Error::invalid(tr("%1 is not a year a recap can be made for.").arg(year));
    }
    YearlyRecap recap;
    recap.year = year;
    QList<QDate> monthEnds;
    for (int month = 1; month <= 12; ++month) {
        MonthlyRecap part;
        part.scope = monthScope(year, month);
        part.scope.kecamatanCode = kecamatanCode;
        if (auto done = countActivities(part); !done) {
            return done.error();
        }
        recap.months.append(part.counts);
        monthEnds.append(part.scope.to);
    }
    auto yearEnd = coverage(monthEnds.last(), kecamatanCode);
    if (!yearEnd) {
        return yearEnd.error();
    }
    recap.coverageAtYearEnd = *yearEnd;
    for (const KecamatanCoverage &row : std::as_const(*yearEnd)) {
        recap.cumulativeVisited.insert(row.code, QList<int>(12, 0));
    }
    // Month by month as coverage() counts at each month's end, from one query:
    // each covered desa with the day its first agreement was signed and the day
    // of its first done visit (twelve coverage() calls were 8% of the recap).
    Query firsts(
        m_database,
        QStringLiteral("SELECT r.parent_code, min(g.signed_on), (SELECT min(x.date) FROM activity "
                       "x WHERE x.region_code = r.code AND +x.status = 'done') FROM region r JOIN "
                       "agreement_village v ON v.region_code = r.code JOIN agreement g ON g.id = "
                       "v.agreement_id WHERE g.status IN ('signed', 'ended') AND g.signed_on <= ? "
                       "GROUP BY r.code"));
    firsts.bind(dateValue(monthEnds.last()));
    if (auto done = firsts.exec(); !done) {
        return done.error();
    }
    while (firsts.next()) {
        const auto found = recap.cumulativeVisited.find(firsts.value(0).toString());
        const QDate covered = dateFrom(firsts.value(1));
        const QDate visited = dateFrom(firsts.value(2));
        if (found == recap.cumulativeVisited.end() || !covered.isValid() || !visited.isValid()) {
            continue;
        }
        for (int month = 0; month < 12; ++month) {
            if (covered <= monthEnds.at(month) && visited <= monthEnds.at(month)) {
                ++(*found)[month];
            }
        }
    }
    // Who came, all twelve months in one query, from each done activity's
    // counts (activity_turnout, kept by triggers as attendance is written):
    // summing 40,722 attendance rows by gender was 7 ms of a 52 ms recap at
    // 100x. Grouped by day, which the (status, date) index delivers in order,
    // and summed into months here. The yearly recap shows totals by gender only.
    RecapScope wholeYear{QDate(year, 1, 1), QDate(year, 12, 31)};
    wholeYear.kecamatanCode = kecamatanCode;
    const ScopeSql sql = scopeSql(wholeYear, wholeYear.from, wholeYear.to);
    Query people(m_database,
                 QStringLiteral("SELECT a.date, sum(n.total), sum(n.male), sum(n.female) FROM "
                                "activity a JOIN activity_turnout n ON n.activity_id = a.id "
                                "WHERE a.status = 'done' AND %1 GROUP BY a.date")
                     .arg(sql.where));
    if (auto done = bindAll(people, sql.values); !done) {
        return done.error();
    }
    recap.participants.resize(12);
    while (people.next()) {
        const int month = dateFrom(people.value(0)).month();
        if (month < 1 || month > 12) {
            continue;
        }
        ParticipantCounts &counts = recap.participants[month - 1];
        const int total = people.value(1).toInt();
        const int male = people.value(2).toInt();
        const int female = people.value(3).toInt();
        counts.total += total;
        counts.male += male;
        counts.female += female;
        counts.unknownGender += total - male - female;
    }
    return recap;
}

} // namespace sisambang::db
