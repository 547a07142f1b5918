// SPDX-License-Identifier: GPL-3.0-or-later
#include "activities.h"

#include "audit.h"
#include "database.h"
#include "photos.h"
#include "query.h"
#include "regions.h"
#include "transaction.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace sisambang::db {

namespace {

const QString entity = QStringLiteral("activity");

QJsonObject toJson(const Activity &activity)
{
    QJsonArray officers;
    for (const ActivityOfficer &officer : activity.officers) {
        officers.append(QJsonObject{{QStringLiteral("person_id"), officer.personId},
                                    {QStringLiteral("role"), officerRoleKey(officer.role)}});
    }
    return {{QStringLiteral("kind"), activityKindKey(activity.kind)},
            {QStringLiteral("agreement_id"), activity.agreementId},
            {QStringLiteral("region_code"), activity.regionCode},
            {QStringLiteral("title"), activity.title},
            {QStringLiteral("venue"), activity.venue},
            {QStringLiteral("date"), activity.date.toString(Qt::ISODate)},
            {QStringLiteral("start"), timeText(activity.start)},
            {QStringLiteral("end"), timeText(activity.end)},
            {QStringLiteral("topic"), activity.topic},
            {QStringLiteral("status"), activityStatusKey(activity.status)},
            {QStringLiteral("host_institution_id"), activity.hostInstitutionId},
            {QStringLiteral("notes"), activity.notes},
            {QStringLiteral("officers"), officers}};
}

// The columns list() and find() read, in this order.
const char *const selectColumns =
    "SELECT a.id, a.kind, a.agreement_id, a.plan_id, a.region_code, a.title, a.venue, a.date, "
    "a.start_time, a.end_time, a.topic, a.status, a.visit_number, a.draft_plan, "
    "a.host_institution_id, a.notes, a.version, r.name, r.kind, r.level, r.parent_code, "
    "d.name FROM activity a JOIN region r ON r.code = a.region_code "
    "LEFT JOIN region d ON d.code = (CASE WHEN r.level = 4 THEN r.parent_code ELSE r.code END) ";

Activity activityFrom(const Query &query)
{
    Activity a;
    a.id = query.value(0).toLongLong();
    a.kind = activityKindFromKey(query.value(1).toString()).value_or(ActivityKind::Other);
    a.agreementId = query.value(2).toLongLong();
    a.planId = query.value(3).toLongLong();
    a.regionCode = query.value(4).toString();
    a.title = query.value(5).toString();
    a.venue = query.value(6).toString();
    a.date = dateFrom(query.value(7));
    a.start = timeFrom(query.value(8));
    a.end = timeFrom(query.value(9));
    a.topic = query.value(10).toString();
    a.status = activityStatusFromKey(query.value(11).toString()).value_or(ActivityStatus::Planned);
    a.visitNumber = query.value(12).toInt();
    a.draftPlan = query.value(13).toInt() != 0;
    a.hostInstitutionId = query.value(14).toLongLong();
    a.notes = query.value(15).toString();
    a.version = query.value(16).toInt();
    a.regionName =
        RegionLabels::qualifiedName(query.value(17).toString(), query.value(18).toString());
    const int level = query.value(19).toInt();
    a.districtCode = level == 4 ? query.value(20).toString() : a.regionCode;
    a.districtName = query.value(21).toString();
    return a;
}

} // namespace

Result<Activity> ActivityRepository::find(qint64 id) const
{
    Query query(m_database, QLatin1String(selectColumns) + QStringLiteral("WHERE a.id = ?"));
    query.bind(id);
    if (auto done = query.exec(); !done) {
        return done.error();
    }
    if (!query.next()) {
        return Error::notFound(tr("There is no activity with id %1.").arg(id));
    }
    Activity activity = activityFrom(query);
    Query officers(m_database,
                   QStringLiteral("SELECT o.person_id, o.role, p.full_name FROM activity_officer o "
                                  "JOIN person p ON p.id = o.person_id WHERE o.activity_id = ? "
                                  "ORDER BY o.ordinal, o.person_id"));
    officers.bind(id);
    if (auto done = officers.exec(); !done) {
        return done.error();
    }
    while (officers.next()) {
        activity.officers.append(
            {officers.value(0).toLongLong(),
             officerRoleFromKey(officers.value(1).toString()).value_or(OfficerRole::Other),
             officers.value(2).toString()});
    }
    return activity;
}

Result<QList<Activity>> ActivityRepository::list(const ActivityFilter &filter) const
{
    QStringList conditions;
    QVariantList values;
    if (filter.from.isValid()) {
        conditions << QStringLiteral("a.date >= ?");
        values << dateValue(filter.from);
    }
    if (filter.to.isValid()) {
        conditions << QStringLiteral("a.date <= ?");
        values << dateValue(filter.to);
    }
    if (!filter.regionCode.isEmpty()) {
        conditions << QStringLiteral("(a.region_code = ? OR a.region_code LIKE ? || '.%')");
        values << filter.regionCode << filter.regionCode;
    }
    if (filter.status) {
        conditions << QStringLiteral("a.status = ?");
        values << activityStatusKey(*filter.status);
    }
    if (filter.kind) {
        conditions << QStringLiteral("a.kind = ?");
        values << activityKindKey(*filter.kind);
    }
    if (filter.agreementId > 0) {
        conditions << QStringLiteral("a.agreement_id = ?");
        values << filter.agreementId;
    }
    if (filter.officerId > 0) {
        conditions << QStringLiteral("EXISTS (SELECT 1 FROM activity_officer o WHERE "
                                     "o.activity_id = a.id AND o.person_id = ?)");
        values << filter.officerId;
    }
    Query query(m_database,
                QLatin1String(selectColumns) +
                    (conditions.isEmpty()
                         ? QString()
                         : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND "))) +
                    QStringLiteral(" ORDER BY a.date, a.start_time, a.id"));
    for (const QVariant &value : values) {
        query.bind(value);
    }
    if (auto done = query.exec(); !done) {
        return done.error();
    }
    QList<Activity> activities;
    QHash<qint64, qsizetype> index;
    while (query.next()) {
        index.insert(query.value(0).toLongLong(), activities.size());
        activities.append(activityFrom(query));
    }
    if (activities.isEmpty()) {
        return activities;
    }
    // Officers of all listed activities in one pass over the same window.
    Query officers(m_database,
                   QStringLiteral("SELECT o.activity_id, o.person_id, o.role, p.full_name "
                                  "FROM activity_officer o JOIN person p ON p.id = o.person_id "
                                  "JOIN activity a ON a.id = o.activity_id "
                                  "WHERE a.date BETWEEN ? AND ? ORDER BY o.ordinal, o.person_id"));
    officers.bind(dateValue(activities.first().date)).bind(dateValue(activities.last().date));
    if (auto done = officers.exec(); !done) {
        return done.error();
    }
    while (officers.next()) {
        const auto found = index.constFind(officers.value(0).toLongLong());
        if (found == index.constEnd()) {
            continue;
        }
        activities[*found].officers.append(
            {officers.value(1).toLongLong(),
             officerRoleFromKey(officers.value(2).toString()).value_or(OfficerRole::Other),
             officers.value(3).toString()});
    }
    return activities;
}

Result<qint64> ActivityRepository::add(const Activity &activity)
{
    Transaction transaction(m_database);
    if (auto begun = transaction.status(); !begun) {
        return begun.error();
    }
    Activity stored = activity;
    auto id = insert(activity, &stored.venue);
    if (!id) {
        return id.error();
    }
    if (auto done = m_audit.record(
            activity.planId > 0 ? AuditAction::Generate : AuditAction::Insert, entity, *id,
            tr("Activity on %1 in %2")
                .arg(activity.date.toString(Qt::ISODate), activity.regionCode),
            {}, toJson(stored));
        !done) {
        return done.error();
    }
    if (auto done = transaction.commit(); !done) {
        return done.error();
    }
    return *id;
}

Status ActivityRepository::update(Activity &activity)
{
    if (auto problems = validate(activity); !problems.isEmpty()) {
        return invalidError(problems);
    }
    Transaction transaction(m_database);
    auto before = find(activity.id);
    if (!before) {
        return before.error();
    }
    if (before->date != activity.date || before->start != activity.start ||
        before->end != activity.end) {
        return Error::invalid(tr("Move an activity to another date or time with Reschedule, "
                                 "so that the move and its reason are kept."));
    }
    if (before->status != activity.status) {
        return Error::invalid(tr("Change an activity's status with its own command."));
    }
    auto venueFound = venueOf(activity);
    if (!venueFound) {
        return venueFound.error();
    }
    const QString venue = *venueFound;
    Query update(m_database,
                 QStringLiteral("UPDATE activity SET kind = ?, agreement_id = ?, region_code = ?, "
                                "title = ?, venue = ?, topic = ?, host_institution_id = ?, "
                                "notes = ?, version = version + 1, updated_at = ? "
                                "WHERE id = ? AND version = ?"));
    update.bind(activityKindKey(activity.kind))
        .bind(idValue(activity.agreementId))
        .bind(activity.regionCode)
        .bind(textValue(activity.title.trimmed()))
        .bind(venue)
        .bind(textValue(activity.topic.trimmed()))
        .bind(idValue(activity.hostInstitutionId))
        .bind(textValue(activity.notes))
        .bind(timestampNow())
        .bind(activity.id)
        .bind(activity.version);
    if (auto done = update.exec(); !done) {
        return done;
    }
    if (auto done = Records::checkVersionedWrite(m_database, QStringLiteral("activity"),
                                                 activity.id, update.rowsAffected());
        !done) {
        return done;
    }
    if (auto done = writeOfficers(activity.id, activity.officers); !done) {
        return done;
    }
    activity.venue = venue;
    if (auto done = AuditLog(m_database)
                        .record(AuditAction::Update, entity, activity.id, tr("Activity changed"),
                                toJson(*before), toJson(activity));
        !done) {
        return done;
    }
    if (auto done = transaction.commit(); !done) {
        return done;
    }
    ++activity.version;
    return {};
}

Status ActivityRepository::reschedule(qint64 id, int version, const QDate &date, const QTime &start,
                                      const QTime &end, const QString &reason)
{
    if (reason.trimmed().isEmpty()) {
        return Error::invalid(tr("Give the reason for the new date."));
    }
    if (!date.isValid() || !start.isValid() || !end.isValid() || end <= start) {
        return Error::invalid(tr("The new date needs a start and an end time, the end after "
                                 "the start."));
    }
    Transaction transaction(m_database);
    auto before = find(id);
    if (!before) {
        return before.error();
    }
    if (before->status == ActivityStatus::Done || before->status == ActivityStatus::Cancelled) {
        return Error::invalid(tr("A done or cancelled activity cannot be moved."));
    }
    if (before->date == date && before->start == start && before->end == end) {
        return Error::invalid(tr("The new date and time are the same as the old ones."));
    }
    // A postponed activity that gets its new date is planned again.
    Query update(m_database,
                 QStringLiteral("UPDATE activity SET date = ?, start_time = ?, end_time = ?, "
                                "status = 'planned', version = version + 1, updated_at = ? "
                                "WHERE id = ? AND version = ?"));
    update.bind(dateValue(date))
        .bind(timeText(start))
        .bind(timeText(end))
        .bind(timestampNow())
        .bind(id)
        .bind(version);
    if (auto done = update.exec(); !done) {
        return done;
    }
    if (auto done = Records::checkVersionedWrite(m_database, QStringLiteral("activity"), id,
                                                 update.rowsAffected());
        !done) {
        return done;
    }
    AuditLog audit(m_database);
    if (auto done = execute(
            m_database,
            QStringLiteral("INSERT INTO activity_reschedule (activity_id, old_date, old_start, "
                           "old_end, new_date, new_start, new_end, reason, operator) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {id, dateValue(before->date), timeText(before->start), timeText(before->end),
             dateValue(date), timeText(start), timeText(end), reason.trimmed(),
             textValue(audit.operatorName())});
        !done) {
        return done;
    }
    Activity after = *before;
    after.date = date;
    after.start = start;
    after.end = end;
    after.status = ActivityStatus::Planned;
    if (auto done = audit.record(AuditAction::Update, entity, id,
                                 tr("Activity moved from %1 to %2: %3")
                                     .arg(before->date.toString(Qt::ISODate),
                                          date.toString(Qt::ISODate), reason.trimmed()),
                                 toJson(*before), toJson(after));
        !done) {
        return done;
    }
    return transaction.commit();
}

Status ActivityRepository::setStatus(qint64 id, int version, ActivityStatus status)
{
    Transaction transaction(m_database);
    auto before = find(id);
    if (!before) {
        return before.error();
    }
    const ActivityStatus from = before->status;
    bool allowed = false;
    switch (status) {
    case ActivityStatus::Done:
    case ActivityStatus::Postponed:
        allowed = from == ActivityStatus::Planned;
        break;
    case ActivityStatus::Cancelled:
        allowed = from == ActivityStatus::Planned || from == ActivityStatus::Postponed;
        break;
    case ActivityStatus::Planned:
        allowed = from == ActivityStatus::Done || from == ActivityStatus::Postponed ||
                  from == ActivityStatus::Cancelled;
        break;
    }
    if (!allowed) {
        return Error::invalid(tr("An activity that is %1 cannot become %2.")
                                  .arg(activityStatusKey(from), activityStatusKey(status)));
    }
    if (status == ActivityStatus::Done) {
        // Done means held: the attendance is what shows it was.
        Query attendance(m_database, QStringLiteral("SELECT EXISTS (SELECT 1 FROM "
                                                    "activity_attendance WHERE activity_id = ?)"));
        auto recorded = attendance.bind(id).scalar();
        if (!recorded) {
            return recorded.error();
        }
        if (!recorded->toBool()) {
            return Error::invalid(tr("Record who came before marking the activity done: tick "
                                     "the invited participants who attended or add the "
                                     "walk-ins."));
        }
    }
    Query update(m_database, QStringLiteral("UPDATE activity SET status = ?, version = version + "
                                            "1, updated_at = ? WHERE id = ? AND version = ?"));
    update.bind(activityStatusKey(status)).bind(timestampNow()).bind(id).bind(version);
    if (auto done = update.exec(); !done) {
        return done;
    }
    if (auto done = Records::checkVersionedWrite(m_database, QStringLiteral("activity"), id,
                                                 update.rowsAffected());
        !done) {
        return done;
    }
    if (auto done =
            AuditLog(m_database)
                .record(
                    AuditAction::StatusChange, entity, id,
                    tr("Activity %1 -> %2").arg(activityStatusKey(from), activityStatusKey(status)),
                    {{QStringLiteral("status"), activityStatusKey(from)}},
                    {{QStringLiteral("status"), activityStatusKey(status)}});
        !done) {
        return done;
    }
    return transaction.commit();
}

Result<QList<Reschedule>> ActivityRepository::history(qint64 id) const
{
    Query query(m_database,
                QStringLiteral("SELECT old_date, old_start, old_end, new_date, new_start, "
                               "new_end, reason, operator, at FROM activity_reschedule "
                               "WHERE activity_id = ? ORDER BY id"));
    query.bind(id);
    if (auto done = query.exec(); !done) {
        return done.error();
    }
    QList<Reschedule> moves;
    while (query.next()) {
        moves.append({dateFrom(query.value(0)), timeFrom(query.value(1)), timeFrom(query.value(2)),
                      dateFrom(query.value(3)), timeFrom(query.value(4)), timeFrom(query.value(5)),
                      query.value(6).toString(), query.value(7).toString(),
                      query.value(8).toString()});
    }
    return moves;
}

Status ActivityRepository::remove(qint64 id, int version)
{
    Transaction transaction(m_database);
    // The photo rows go with the activity (ON DELETE CASCADE); their files are
    // listed inside the write transaction and removed once it is committed.
    const PhotoRepository photos(m_database);
    auto attached = photos.list(id);
    if (!attached) {
        return attached.error();
    }
    auto before = find(id);
    if (!before) {
        return before.error();
    }
    if (before->status != ActivityStatus::Planned) {
        return Error::invalid(tr("Only a planned activity can be removed; cancel it instead."));
    }
    Query remove(m_database, QStringLiteral("DELETE FROM activity WHERE id = ? AND version = ?"));
    remove.bind(id).bind(version);
    if (auto done = remove.exec(); !done) {
        return done;
    }
    if (auto done = Records::checkVersionedWrite(m_database, QStringLiteral("activity"), id,
                                                 remove.rowsAffected());
        !done) {
        return done;
    }
    if (auto done = AuditLog(m_database)
                        .record(AuditAction::Delete, entity, id, tr("Activity removed"),
                                toJson(*before), {});
        !done) {
        return done;
    }
    if (auto done = transaction.commit(); !done) {
        return done;
    }
    for (const Photo &photo : std::as_const(*attached)) {
        photos.discardFiles(photo);
    }
    return {};
}

Result<QString> ActivityRepository::venueOf(const Activity &activity) const
{
    const QString venue = activity.venue.trimmed();
    return venue.isEmpty() ? defaultVenue(activity.regionCode) : Result<QString>(venue);
}

Result<QString> ActivityRepository::defaultVenue(const QString &regionCode) const
{
    auto region = RegionRepository(m_database).find(regionCode);
    if (!region) {
        return region.error();
    }
    return defaultVenue(*region);
}

QString ActivityRepository::defaultVenue(const Region &region)
{
    // Printed on invitations: always Indonesian.
    switch (region.kind) {
    case RegionKind::UrbanVillage:
        return QStringLiteral("Kantor Kelurahan ") + region.name;
    case RegionKind::Village:
    case RegionKind::CustomaryVillage:
        return QStringLiteral("Kantor Desa ") + region.name;
    case RegionKind::District:
        return QStringLiteral("Kantor Camat ") + region.name;
    default:
        return region.name;
    }
}

} // namespace sisambang::db
