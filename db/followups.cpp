// SPDX-License-Identifier: GPL-3.0-or-later
#include "followups.h"

#include "audit.h"
#include "database.h"
#include "query.h"
#include "recordsupport.h"
#include "regions.h"
#include "transaction.h"

#include <QJsonObject>

namespace sisambang::db {

namespace {

const QString entity = QStringLiteral("follow_up");

const char *const selectColumns =
    "SELECT f.id, f.activity_id, f.description, f.assignee, f.due_date, f.closed_date, "
    "f.closing_note, f.version, a.date, a.region_code, r.name, r.kind "
    "FROM follow_up f JOIN activity a ON a.id = f.activity_id "
    "JOIN region r ON r.code = a.region_code ";

FollowUp itemFrom(const Query &query)
{
    FollowUp f;
    f.id = query.value(0).toLongLong();
    f.activityId = query.value(1).toLongLong();
    f.description = query.value(2).toString();
    f.assignee = query.value(3).toString();
    f.due = dateFrom(query.value(4));
    f.closed = dateFrom(query.value(5));
    f.closingNote = query.value(6).toString();
    f.version = query.value(7).toInt();
    f.activityDate = dateFrom(query.value(8));
    f.regionCode = query.value(9).toString();
    f.regionName =
        RegionLabels::qualifiedName(query.value(10).toString(), query.value(11).toString());
    return f;
}

QVariant optionalDate(const QDate &date)
{
    return date.isValid() ? dateValue(date) : QVariant();
}

QJsonObject toJson(const FollowUp &f)
{
    return {{QStringLiteral("activity_id"), f.activityId},
            {QStringLiteral("description"), f.description},
            {QStringLiteral("assignee"), f.assignee},
            {QStringLiteral("due"), f.due.toString(Qt::ISODate)},
            {QStringLiteral("closed"), f.closed.toString(Qt::ISODate)},
            {QStringLiteral("closing_note"), f.closingNote}};
}

} // namespace

Result<QList<FollowUp>> FollowUpRepository::select(const QString &where,
                                                   const QVariantList &values) const
{
    Query query(m_database, QLatin1String(selectColumns) + where);
    for (const QVariant &value : values) {
        query.bind(value);
    }
    if (auto done = query.exec(); !done) {
        return done.error();
    }
    QList<FollowUp> items;
    while (query.next()) {
        items.append(itemFrom(query));
    }
    return items;
}

Result<FollowUp> FollowUpRepository::find(qint64 id) const
{
    auto items = select(QStringLiteral("WHERE f.id = ?"), {id});
    if (!items) {
        return items.error();
    }
    if (items->isEmpty()) {
        return Error::notFound(tr("There is no follow-up item with id %1.").arg(id));
    }
    return items->constFirst();
}

QList<FieldProblem> FollowUpRepository::validate(const FollowUp &item) const
{
    QList<FieldProblem> problems;
    if (auto place = activityPlace(m_database, item.activityId); !place) {
        problems.append({QStringLiteral("activity"), place.error().message});
    }
    if (item.description.trimmed().isEmpty()) {
        problems.append({QStringLiteral("description"), tr("Say what is to be done.")});
    }
    return problems;
}

Result<qint64> FollowUpRepository::add(const FollowUp &item)
{
    if (auto problems = validate(item); !problems.isEmpty()) {
        return invalidError(problems);
    }
    Transaction transaction(m_database);
    Query insert(m_database,
                 QStringLiteral("INSERT INTO follow_up (activity_id, description, assignee, "
                                "due_date) VALUES (?, ?, ?, ?)"));
    insert.bind(item.activityId)
        .bind(item.description.trimmed())
        .bind(textValue(item.assignee.simplified()))
        .bind(optionalDate(item.due));
    if (auto done = insert.exec(); !done) {
        return done.error();
    }
    const qint64 id = insert.lastInsertId();
    FollowUp stored = item;
    stored.closed = {};
    if (auto done = AuditLog(m_database)
                        .record(AuditAction::Insert, entity, id,
                                tr("Follow-up of activity %1 added").arg(item.activityId), {},
                                toJson(stored));
        !done) {
        return done.error();
    }
    if (auto done = transaction.commit(); !done) {
        return done.error();
    }
    return id;
}

Status FollowUpRepository::update(FollowUp &item)
{
    if (auto problems = validate(item); !problems.isEmpty()) {
        return invalidError(problems);
    }
    Transaction transaction(m_database);
    auto before = find(item.id);
    if (!before) {
        return before.error();
    }
    Query update(m_database, QStringLiteral("UPDATE follow_up SET description = ?, assignee = ?, "
                                            "due_date = ?, version = version + 1, updated_at = ? "
                                            "WHERE id = ? AND version = ?"));
    update.bind(item.description.trimmed())
        .bind(textValue(item.assignee.simplified()))
        .bind(optionalDate(item.due))
        .bind(timestampNow())
        .bind(item.id)
        .bind(item.version);
    if (auto done = update.exec(); !done) {
        return done;
    }
    if (auto done = Records::checkVersionedWrite(m_database, QStringLiteral("follow_up"), item.id,
                                                 update.rowsAffected());
        !done) {
        return done;
    }
    if (auto done = AuditLog(m_database)
                        .record(AuditAction::Update, entity, item.id, tr("Follow-up changed"),
                                toJson(*before), toJson(item));
        !done) {
        return done;
    }
    if (auto done = transaction.commit(); !done) {
        return done;
    }
    ++item.version;
    return {};
}

Status FollowUpRepository::close(qint64 id, int version, const QDate &date, const QString &note)
{
    if (!date.isValid()) {
        return Error::invalid(tr("The closing date is required."));
    }
    Transaction transaction(m_database);
    auto before = find(id);
    if (!before) {
        return before.error();
    }
    if (!before->isOpen()) {
        return Error::invalid(tr("This follow-up item is already closed."));
    }
    if (date < before->activityDate) {
        return Error::invalid(tr("A follow-up item cannot be closed before its activity."));
    }
    Query update(m_database,
                 QStringLiteral("UPDATE follow_up SET closed_date = ?, closing_note = ?, "
                                "version = version + 1, updated_at = ? WHERE id = ? AND "
                                "version = ?"));
    update.bind(dateValue(date))
        .bind(textValue(note.trimmed()))
        .bind(timestampNow())
        .bind(id)
        .bind(version);
    if (auto done = update.exec(); !done) {
        return done;
    }
    if (auto done = Records::checkVersionedWrite(m_database, QStringLiteral("follow_up"), id,
                                                 update.rowsAffected());
        !done) {
        return done;
    }
    if (auto done = AuditLog(m_database)
                        .record(AuditAction::StatusChange, entity, id, tr("Follow-up closed"),
                                {{QStringLiteral("closed"), QString()}},
                                {{QStringLiteral("closed"), date.toString(Qt::ISODate)},
                                 {QStringLiteral("closing_note"), note.trimmed()}});
        !done) {
        return done;
    }
    return transaction.commit();
}

Status FollowUpRepository::reopen(qint64 id, int version)
{
    Transaction transaction(m_database);
    auto before = find(id);
    if (!before) {
        return before.error();
    }
    if (before->isOpen()) {
        return Error::invalid(tr("This follow-up item is open."));
    }
    Query update(m_database,
                 QStringLiteral("UPDATE follow_up SET closed_date = NULL, closing_note = '', "
                                "version = version + 1, updated_at = ? WHERE id = ? AND "
                                "version = ?"));
    update.bind(timestampNow()).bind(id).bind(version);
    if (auto done = update.exec(); !done) {
        return done;
    }
    if (auto done = Records::checkVersionedWrite(m_database, QStringLiteral("follow_up"), id,
                                                 update.rowsAffected());
        !done) {
        return done;
    }
    if (auto done = AuditLog(m_database)
                        .record(AuditAction::StatusChange, entity, id, tr("Follow-up reopened"),
                                {{QStringLiteral("closed"), before->closed.toString(Qt::ISODate)}},
                                {{QStringLiteral("closed"), QString()}});
        !done) {
        return done;
    }
    return transaction.commit();
}

Status FollowUpRepository::remove(qint64 id, int version)
{
    Transaction transaction(m_database);
    auto before = find(id);
    if (!before) {
        return before.error();
    }
    Query remove(m_database, QStringLiteral("DELETE FROM follow_up WHERE id = ? AND version = ?"));
    remove.bind(id).bind(version);
    if (auto done = remove.exec(); !done) {
        return done;
    }
    if (auto done = Records::checkVersionedWrite(m_database, QStringLiteral("follow_up"), id,
                                                 remove.rowsAffected());
        !done) {
        return done;
    }
    if (auto done = AuditLog(m_database)
                        .record(AuditAction::Delete, entity, id, tr("Follow-up removed"),
                                toJson(*before), {});
        !done) {
        return done;
    }
    return transaction.commit();
}

Result<QList<FollowUp>> FollowUpRepository::forActivity(qint64 activityId) const
{
    return select(QStringLiteral("WHERE f.activity_id = ? ORDER BY f.id"), {activityId});
}

Result<QList<FollowUp>> FollowUpRepository::openFor(qint64 activityId) const
{
    auto place = activityPlace(m_database, activityId);
    if (!place) {
        return place.error();
    }
    // Earlier: an earlier date, or the same date and entered before. Items
    // agreed at a meeting for the whole kecamatan concern each of its desa.
    return select(QStringLiteral("WHERE f.closed_date IS NULL AND a.region_code IN (?, ?) AND "
                                 "a.id <> ? AND (a.date < ? OR (a.date = ? AND a.id < ?)) "
                                 "ORDER BY a.date, a.id, f.id"),
                  {place->regionCode, place->districtCode, activityId, dateValue(place->date),
                   dateValue(place->date), activityId});
}

Result<QList<FollowUp>> FollowUpRepository::open(const QDate &asOf) const
{
    if (asOf.isValid()) {
        return select(QStringLiteral("WHERE f.closed_date IS NULL AND a.date <= ? "
                                     "ORDER BY a.date, a.id, f.id"),
                      {dateValue(asOf)});
    }
    return select(QStringLiteral("WHERE f.closed_date IS NULL ORDER BY a.date, a.id, f.id"), {});
}

} // namespace sisambang::db
