// SPDX-License-Identifier: GPL-3.0-or-later
#include "minutes.h"

#include "audit.h"
#include "database.h"
#include "query.h"
#include "recordsupport.h"
#include "transaction.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sisambang::db {

namespace {

const QString entity = QStringLiteral("activity_minutes");

QJsonObject toJson(const Minutes &m)
{
    QJsonArray points;
    for (const MinutesPoint &point : m.points) {
        points.append(QJsonObject{{QStringLiteral("speaker"), point.speaker},
                                  {QStringLiteral("text"), point.text}});
    }
    return {{QStringLiteral("start"), timeText(m.start)},
            {QStringLiteral("end"), timeText(m.end)},
            {QStringLiteral("chair"), m.chair},
            {QStringLiteral("minute_taker"), m.minuteTaker},
            {QStringLiteral("agenda"), m.agenda},
            {QStringLiteral("points"), points},
            {QStringLiteral("conclusion"), m.conclusion}};
}

} // namespace

Result<std::optional<Minutes>> MinutesRepository::find(qint64 activityId) const
{
    Query query(m_database,
                QStringLiteral("SELECT start_time, end_time, chair, minute_taker, agenda, "
                               "conclusion, version FROM activity_minutes WHERE activity_id = ?"));
    query.bind(activityId);
    if (auto done = query.exec(); !done) {
        return done.error();
    }
    if (!query.next()) {
        return std::optional<Minutes>();
    }
    Minutes m;
    m.activityId = activityId;
    m.start = QTime::fromString(query.value(0).toString(), QStringLiteral("HH:mm"));
    m.end = QTime::fromString(query.value(1).toString(), QStringLiteral("HH:mm"));
    m.chair = query.value(2).toString();
    m.minuteTaker = query.value(3).toString();
    m.agenda = query.value(4).toString();
    m.conclusion = query.value(5).toString();
    m.version = query.value(6).toInt();
    query.finish();
    Query points(m_database, QStringLiteral("SELECT speaker, text FROM activity_minutes_point "
                                            "WHERE activity_id = ? ORDER BY ordinal, id"));
    points.bind(activityId);
    if (auto done = points.exec(); !done) {
        return done.error();
    }
    while (points.next()) {
        m.points.append({points.value(0).toString(), points.value(1).toString()});
    }
    return std::optional<Minutes>(m);
}

QList<FieldProblem> MinutesRepository::validate(const Minutes &minutes) const
{
    QList<FieldProblem> problems;
    if (auto place = activityPlace(m_database, minutes.activityId); !place) {
        problems.append({QStringLiteral("activity"), place.error().message});
    }
    if (!minutes.start.isValid() || !minutes.end.isValid()) {
        problems.append({QStringLiteral("time"), tr("Start and end time are required.")});
    } else if (minutes.end <= minutes.start) {
        problems.append({QStringLiteral("time"), tr("The meeting must end after it starts.")});
    }
    for (qsizetype i = 0; i < minutes.points.size(); ++i) {
        if (minutes.points.at(i).text.trimmed().isEmpty()) {
            problems.append({QStringLiteral("points"), tr("Point %1 has no text.").arg(i + 1)});
        }
    }
    return problems;
}

Status MinutesRepository::writePoints(const Minutes &minutes)
{
    if (auto done = execute(m_database,
                            QStringLiteral("DELETE FROM activity_minutes_point WHERE "
                                           "activity_id = ?"),
                            {minutes.activityId});
        !done) {
        return done;
    }
    Query insert(m_database, QStringLiteral("INSERT INTO activity_minutes_point (activity_id, "
                                            "ordinal, speaker, text) VALUES (?, ?, ?, ?)"));
    int ordinal = 1;
    for (const MinutesPoint &point : minutes.points) {
        insert.bind(minutes.activityId)
            .bind(ordinal++)
            .bind(textValue(point.speaker.simplified()))
            .bind(point.text.trimmed());
        if (auto done = insert.exec(); !done) {
            return done;
        }
    }
    return {};
}

Status MinutesRepository::save(Minutes &minutes)
{
    if (auto problems = validate(minutes); !problems.isEmpty()) {
        return invalidError(problems);
    }
    Transaction transaction(m_database);
    auto before = find(minutes.activityId);
    if (!before) {
        return before.error();
    }
    if (minutes.version == 0) {
        if (*before) {
            return Error::conflict(tr("Someone else wrote minutes for this activity meanwhile."));
        }
        Query insert(m_database,
                     QStringLiteral("INSERT INTO activity_minutes (activity_id, start_time, "
                                    "end_time, chair, minute_taker, agenda, conclusion) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?)"));
        insert.bind(minutes.activityId)
            .bind(timeText(minutes.start))
            .bind(timeText(minutes.end))
            .bind(textValue(minutes.chair.simplified()))
            .bind(textValue(minutes.minuteTaker.simplified()))
            .bind(textValue(minutes.agenda.trimmed()))
            .bind(textValue(minutes.conclusion.trimmed()));
        if (auto done = insert.exec(); !done) {
            return done;
        }
    } else {
        Query update(m_database,
                     QStringLiteral("UPDATE activity_minutes SET start_time = ?, end_time = ?, "
                                    "chair = ?, minute_taker = ?, agenda = ?, conclusion = ?, "
                                    "version = version + 1, updated_at = ? "
                                    "WHERE activity_id = ? AND version = ?"));
        update.bind(timeText(minutes.start))
            .bind(timeText(minutes.end))
            .bind(textValue(minutes.chair.simplified()))
            .bind(textValue(minutes.minuteTaker.simplified()))
            .bind(textValue(minutes.agenda.trimmed()))
            .bind(textValue(minutes.conclusion.trimmed()))
            .bind(timestampNow())
            .bind(minutes.activityId)
            .bind(minutes.version);
        if (auto done = update.exec(); !done) {
            return done;
        }
        if (update.rowsAffected() != 1) {
            return *before ? Error::conflict(tr("Someone else changed these minutes meanwhile; "
                                                "read them again."))
                           : Error::notFound(tr("These minutes were removed meanwhile."));
        }
    }
    if (auto done = writePoints(minutes); !done) {
        return done;
    }
    if (auto done =
            AuditLog(m_database)
                .record(minutes.version == 0 ? AuditAction::Insert : AuditAction::Update, entity,
                        minutes.activityId,
                        minutes.version == 0 ? tr("Minutes written") : tr("Minutes changed"),
                        *before ? toJson(**before) : QJsonObject(), toJson(minutes));
        !done) {
        return done;
    }
    if (auto done = transaction.commit(); !done) {
        return done;
    }
    ++minutes.version;
    return {};
}

Status MinutesRepository::remove(qint64 activityId, int version)
{
    Transaction transaction(m_database);
    auto before = find(activityId);
    if (!before) {
        return before.error();
    }
    if (!*before) {
        return Error::notFound(tr("This activity has no minutes."));
    }
    if ((*before)->version != version) {
        return Error::conflict(
            tr("Someone else changed these minutes meanwhile; read them again."));
    }
    if (auto done = execute(m_database,
                            QStringLiteral("DELETE FROM activity_minutes WHERE activity_id = ?"),
                            {activityId});
        !done) {
        return done;
    }
    if (auto done = AuditLog(m_database)
                        .record(AuditAction::Delete, entity, activityId, tr("Minutes removed"),
                                toJson(**before), {});
        !done) {
        return done;
    }
    return transaction.commit();
}

} // namespace sisambang::db
