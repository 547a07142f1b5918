// SPDX-License-Identifier: GPL-3.0-or-later
// Writing new activities: the checks every activity passes, its row and its
// officers, one at a time (add()) or a whole schedule plan in one transaction
// (addAll(), with lookups and statements kept for the batch).
#include "activities.h"

#include "database.h"
#include "query.h"
#include "regions.h"
#include "transaction.h"

#include <QScopeGuard>
#include <QSet>

namespace sisambang::db {

int ActivityRepository::regionLevel(const QString &code) const
{
    if (m_batch) {
        if (const auto known = m_batch->regionLevels.constFind(code);
            known != m_batch->regionLevels.constEnd()) {
            return known.value();
        }
    }
    auto query = m_statements.use(QStringLiteral("SELECT level FROM region WHERE code = ?"));
    auto level = query->bind(code).scalar();
    const int found = level && level->isValid() ? level->toInt() : 0;
    if (m_batch) {
        m_batch->regionLevels.insert(code, found);
    }
    return found;
}

QList<FieldProblem> ActivityRepository::validate(const Activity &activity) const
{
    QList<FieldProblem> problems;
    if (activity.regionCode.isEmpty()) {
        problems.append({QStringLiteral("region"), tr("Choose the kelurahan/desa or kecamatan.")});
    } else if (const int level = regionLevel(activity.regionCode); level == 0) {
        problems.append({QStringLiteral("region"),
                         tr("The region %1 does not exist.").arg(activity.regionCode)});
    } else if (level != static_cast<int>(RegionLevel::Village) &&
               level != static_cast<int>(RegionLevel::District)) {
        auto region = RegionRepository(m_database).find(activity.regionCode);
        problems.append(
            {QStringLiteral("region"),
             tr("An activity takes place in a kelurahan/desa or a "
                "kecamatan, not in %1.")
                 .arg(region ? RegionLabels::qualifiedName(*region) : activity.regionCode)});
    }
    if (!activity.date.isValid()) {
        problems.append({QStringLiteral("date"), tr("The date is required.")});
    }
    if (!activity.start.isValid() || !activity.end.isValid()) {
        problems.append({QStringLiteral("time"), tr("Start and end time are required.")});
    } else if (activity.end <= activity.start) {
        problems.append({QStringLiteral("time"), tr("The activity must end after it starts.")});
    }
    if (activity.agreementId > 0 &&
        !(m_batch && m_batch->agreements.contains(activity.agreementId))) {
        auto agreement = m_statements.use(QStringLiteral("SELECT 1 FROM agreement WHERE id = ?"));
        auto found = agreement->bind(activity.agreementId).scalar();
        if (!found || !found->isValid()) {
            problems.append({QStringLiteral("agreement"),
                             tr("There is no agreement with id %1.").arg(activity.agreementId)});
        } else if (m_batch) {
            m_batch->agreements.insert(activity.agreementId);
        }
    }
    QList<qint64> seen;
    auto person = m_statements.use(QStringLiteral("SELECT 1 FROM person WHERE id = ?"));
    for (const ActivityOfficer &officer : activity.officers) {
        const bool known = m_batch && m_batch->people.contains(officer.personId);
        auto found =
            known ? Result<QVariant>(QVariant(1)) : person->bind(officer.personId).scalar();
        if (!found || !found->isValid()) {
            problems.append({QStringLiteral("officers"),
                             tr("There is no person with id %1.").arg(officer.personId)});
        } else if (seen.contains(officer.personId)) {
            problems.append({QStringLiteral("officers"),
                             tr("%1 is named twice as an officer.").arg(officer.name)});
        } else if (m_batch) {
            m_batch->people.insert(officer.personId);
        }
        seen << officer.personId;
    }
    return problems;
}

sqlite::Statement &ActivityRepository::BatchLookups::statement(const Database &database,
                                                               const QString &sql)
{
    auto &prepared = statements[sql];
    if (!prepared) {
        prepared = std::make_shared<sqlite::Statement>(database, sql);
    }
    return *prepared;
}

Status ActivityRepository::writeOfficers(qint64 id, const QList<ActivityOfficer> &officers,
                                         bool replace)
{
    if (replace) {
        auto remove =
            m_statements.use(QStringLiteral("DELETE FROM activity_officer WHERE activity_id = ?"));
        if (auto done = remove->bind(id).exec(); !done) {
            return done;
        }
    }
    if (officers.isEmpty()) {
        return {};
    }
    // All of a visit's officers in one statement (one prepared per team size):
    // SQLite checks the role's IN list with a table it builds at every execution.
    QStringList rows;
    rows.fill(QStringLiteral("(?, ?, ?, ?)"), officers.size());
    const QString sql =
        QStringLiteral("INSERT INTO activity_officer (activity_id, person_id, role, ordinal) "
                       "VALUES ") +
        rows.join(QStringLiteral(", "));
    const auto write = [&](auto &insert) {
        int ordinal = 1;
        for (const ActivityOfficer &officer : officers) {
            insert.bind(id)
                .bind(officer.personId)
                .bind(officerRoleKey(officer.role))
                .bind(ordinal++);
        }
        return insert.exec();
    };
    if (m_batch) {
        return write(m_batch->statement(m_database, sql));
    }
    return write(*m_statements.use(sql));
}

Result<qint64> ActivityRepository::insert(const Activity &activity, QString *storedVenue)
{
    if (auto problems = validate(activity); !problems.isEmpty()) {
        return invalidError(problems);
    }
    auto venueFound = venueOf(activity);
    if (!venueFound) {
        return venueFound.error();
    }
    const QString venue = *venueFound;
    const QString sql =
        QStringLiteral("INSERT INTO activity (kind, agreement_id, plan_id, region_code, title, "
                       "venue, date, start_time, end_time, topic, status, visit_number, "
                       "draft_plan, host_institution_id, notes) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    const auto write = [&](auto &insert) -> Result<qint64> {
        insert.bind(activityKindKey(activity.kind))
            .bind(idValue(activity.agreementId))
            .bind(idValue(activity.planId))
            .bind(activity.regionCode)
            .bind(textValue(activity.title.trimmed()))
            .bind(venue)
            .bind(dateValue(activity.date))
            .bind(timeText(activity.start))
            .bind(timeText(activity.end))
            .bind(textValue(activity.topic.trimmed()))
            .bind(activityStatusKey(activity.status))
            .bind(activity.visitNumber)
            .bind(activity.draftPlan ? 1 : 0)
            .bind(idValue(activity.hostInstitutionId))
            .bind(textValue(activity.notes));
        if (auto done = insert.exec(); !done) {
            return done.error();
        }
        return insert.lastInsertId();
    };
    auto inserted =
        m_batch ? write(m_batch->statement(m_database, sql)) : write(*m_statements.use(sql));
    if (!inserted) {
        return inserted.error();
    }
    const qint64 id = *inserted;
    if (auto done = writeOfficers(id, activity.officers, false); !done) {
        return done.error();
    }
    if (storedVenue) {
        *storedVenue = venue;
    }
    return id;
}

Result<QList<qint64>> ActivityRepository::addAll(const QList<Activity> &activities)
{
    Transaction transaction(m_database);
    if (auto begun = transaction.status(); !begun) {
        return begun.error();
    }
    m_batch.emplace();
    const auto forget = qScopeGuard([this] { m_batch.reset(); });
    // The levels of the regions under each kabupaten/kota the visits are in,
    // read in one range each: a plan visits hundreds or thousands of desa, and
    // looked up one by one they were 5% of saving it.
    QSet<QString> regencies;
    for (const Activity &activity : activities) {
        regencies.insert(activity.regionCode.left(5));
    }
    for (const QString &regency : std::as_const(regencies)) {
        auto levels = m_statements.use(
            QStringLiteral("SELECT code, level FROM region WHERE code >= ? AND code < ?"));
        levels->bind(regency).bind(regency + u'/');
        if (auto done = levels->exec(); !done) {
            return done.error();
        }
        while (levels->next()) {
            m_batch->regionLevels.insert(levels->value(0).toString(), levels->value(1).toInt());
        }
    }
    QList<qint64> ids;
    ids.reserve(activities.size());
    for (const Activity &activity : activities) {
        auto id = insert(activity);
        if (!id) {
            return Error{
                id.error().code,
                tr("%1 on %2: %3")
                    .arg(activity.regionName.isEmpty() ? activity.regionCode : activity.regionName,
                         activity.date.toString(Qt::ISODate), id.error().message)};
        }
        ids << *id;
    }
    if (auto done = transaction.commit(); !done) {
        return done.error();
    }
    return ids;
}

} // namespace sisambang::db
