// SPDX-License-Identifier: GPL-3.0-or-later
#include "scheduleplans.h"

#include "agreements.h"
#include "audit.h"
#include "database.h"
#include "holidays.h"
#include "query.h"
#include "regions.h"
#include "transaction.h"

#include <QHash>
#include <QJsonObject>

#include <algorithm>

namespace sisambang::db {

namespace {

// Each read is one query for the whole plan, never one per desa.
Result<QList<ScheduleVillage>> coveredVillages(const Database &database, qint64 agreementId)
{
    Query query(database,
                QStringLiteral("SELECT v.code, v.name, d.code, d.name FROM agreement_village av "
                               "JOIN region v ON v.code = av.region_code "
                               "JOIN region d ON d.code = v.parent_code "
                               "WHERE av.agreement_id = ? ORDER BY v.code"));
    query.bind(agreementId);
    if (auto done = query.exec(); !done) {
        return done.error();
    }
    QList<ScheduleVillage> villages;
    while (query.next()) {
        villages.append({query.value(0).toString(), query.value(1).toString(),
                         query.value(2).toString(), query.value(3).toString()});
    }
    return villages;
}

// Desa with a visit of this kind under the agreement, planned or done (a
// meeting held there is not a visit).
Result<QSet<QString>> visitedVillages(const Database &database, qint64 agreementId,
                                      ActivityKind kind)
{
    Query query(database, QStringLiteral("SELECT DISTINCT region_code FROM activity WHERE "
                                         "agreement_id = ? AND kind = ? AND status IN "
                                         "('planned', 'done')"));
    query.bind(agreementId).bind(activityKindKey(kind));
    if (auto done = query.exec(); !done) {
        return done.error();
    }
    QSet<QString> visited;
    while (query.next()) {
        visited.insert(query.value(0).toString());
    }
    return visited;
}

Status readExistingActivities(const Database &database, const PlanOptions &options,
                              ScheduleRequest &request)
{
    Query perDay(database, QStringLiteral("SELECT date, count(*) FROM activity WHERE date "
                                          "BETWEEN ? AND ? AND status <> 'cancelled' AND kind = ? "
                                          "GROUP BY date"));
    perDay.bind(dateValue(options.from))
        .bind(dateValue(options.to))
        .bind(activityKindKey(options.kind));
    if (auto done = perDay.exec(); !done) {
        return done;
    }
    while (perDay.next()) {
        request.existingVisitsPerDay.insert(dateFrom(perDay.value(0)), perDay.value(1).toInt());
    }

    QSet<qint64> officers;
    for (const OfficerTeam &team : options.teams) {
        for (const qint64 id : team.officerIds) {
            officers.insert(id);
        }
    }
    if (officers.isEmpty()) {
        return {};
    }
    Query busy(database, QStringLiteral("SELECT o.person_id, a.date, a.start_time, a.end_time "
                                        "FROM activity_officer o JOIN activity a ON a.id = "
                                        "o.activity_id WHERE a.date BETWEEN ? AND ? AND "
                                        "a.status <> 'cancelled'"));
    busy.bind(dateValue(options.from)).bind(dateValue(options.to));
    if (auto done = busy.exec(); !done) {
        return done;
    }
    while (busy.next()) {
        const qint64 officer = busy.value(0).toLongLong();
        if (!officers.contains(officer)) {
            continue;
        }
        const QDate date = dateFrom(busy.value(1));
        const QTime start = QTime::fromString(busy.value(2).toString(), QStringLiteral("HH:mm"));
        const QTime end = QTime::fromString(busy.value(3).toString(), QStringLiteral("HH:mm"));
        // Busy in a half day when the activity overlaps that half's visit slot.
        if (start < request.morningEnd && request.morningStart < end) {
            request.busyOfficers[officer].insert({date, HalfDay::Morning});
        }
        if (start < request.afternoonEnd && request.afternoonStart < end) {
            request.busyOfficers[officer].insert({date, HalfDay::Afternoon});
        }
    }
    return {};
}

// Names of the officers, checking that each is in the register.
Result<QHash<qint64, QString>> officerNames(const Database &database,
                                            const QList<OfficerTeam> &teams)
{
    Query query(database, QStringLiteral("SELECT full_name FROM person WHERE id = ?"));
    QHash<qint64, QString> names;
    for (const OfficerTeam &team : teams) {
        if (team.officerIds.isEmpty()) {
            return Error::invalid(SchedulePlanner::tr("A team needs at least one officer."));
        }
        for (const qint64 id : team.officerIds) {
            if (names.contains(id)) {
                continue;
            }
            auto name = query.bind(id).scalar();
            if (!name) {
                return name.error();
            }
            if (!name->isValid()) {
                return Error::invalid(SchedulePlanner::tr("There is no person with id %1 to "
                                                          "send as an officer.")
                                          .arg(id));
            }
            names.insert(id, name->toString());
        }
    }
    return names;
}

QString blackoutsText(const QSet<QDate> &blackouts)
{
    QList<QDate> dates(blackouts.cbegin(), blackouts.cend());
    std::sort(dates.begin(), dates.end());
    QStringList texts;
    for (const QDate &date : dates) {
        texts << date.toString(Qt::ISODate);
    }
    return texts.join(u' ');
}

} // namespace

Result<PlanDraft> SchedulePlanner::draft(const PlanOptions &options) const
{
    if (!options.from.isValid() || !options.to.isValid() || options.to < options.from) {
        return Error::invalid(tr("Give the first and the last day of the plan, in order."));
    }
    if (options.perDay < 1 || options.visitsPerDesa < 1) {
        return Error::invalid(tr("Visits a day and visits per desa must be at least 1."));
    }
    auto agreement = AgreementRepository(m_database).find(options.agreementId);
    if (!agreement) {
        return agreement.error();
    }
    if (agreement->status == AgreementStatus::Ended ||
        agreement->status == AgreementStatus::Cancelled) {
        return Error::invalid(
            agreement->status == AgreementStatus::Ended
                ? tr("Agreement %1 has ended; plan visits under a draft or signed one.")
                      .arg(options.agreementId)
                : tr("Agreement %1 was cancelled; plan visits under a draft or signed one.")
                      .arg(options.agreementId));
    }
    auto names = officerNames(m_database, options.teams);
    if (!names) {
        return names.error();
    }
    auto villages = coveredVillages(m_database, options.agreementId);
    if (!villages) {
        return villages.error();
    }
    if (villages->isEmpty()) {
        return Error::invalid(
            tr("Agreement %1 covers no kelurahan/desa.").arg(options.agreementId));
    }

    ScheduleRequest request;
    request.villages = *villages;
    request.from = options.from;
    request.to = options.to;
    request.visitsPerVillage = options.visitsPerDesa;
    request.maxVisitsPerDay = options.perDay;
    request.teams = options.teams;
    request.blackouts = options.blackouts;
    request.includeVisited = options.includeVisited;
    auto holidays = HolidayRepository(m_database).between(options.from, options.to);
    if (!holidays) {
        return holidays.error();
    }
    for (const Holiday &holiday : *holidays) {
        request.holidays.insert(holiday.date);
    }
    // Nothing is placed outside the agreement's validity: those days count as days off.
    for (QDate date = options.from; date <= options.to; date = date.addDays(1)) {
        if ((agreement->validFrom.isValid() && date < agreement->validFrom) ||
            (agreement->validUntil.isValid() && date > agreement->validUntil)) {
            request.blackouts.insert(date);
        }
    }
    auto visited = visitedVillages(m_database, options.agreementId, options.kind);
    if (!visited) {
        return visited.error();
    }
    request.alreadyVisited = *visited;
    if (auto done = readExistingActivities(m_database, options, request); !done) {
        return done.error();
    }

    PlanDraft draft;
    draft.options = options;
    draft.villages = *villages;
    draft.draftAgreement = agreement->status == AgreementStatus::Draft;
    draft.plan = ScheduleGenerator::generate(request);

    QHash<QString, qsizetype> villageIndex;
    for (qsizetype i = 0; i < villages->size(); ++i) {
        villageIndex.insert(villages->at(i).code, i);
    }
    draft.activities.reserve(draft.plan.visits.size());
    for (const PlannedVisit &visit : std::as_const(draft.plan.visits)) {
        const ScheduleVillage &village = villages->at(villageIndex.value(visit.villageCode));
        Region region;
        region.code = village.code;
        region.name = village.name;
        region.level = RegionLevel::Village;
        region.kind = kindFromCode(village.code).value_or(RegionKind::Village);
        Activity activity;
        activity.kind = options.kind;
        activity.agreementId = options.agreementId;
        activity.regionCode = village.code;
        activity.venue = ActivityRepository::defaultVenue(region);
        activity.date = visit.date;
        activity.start = visit.start;
        activity.end = visit.end;
        activity.topic = options.topic.trimmed();
        activity.visitNumber = visit.visitNumber;
        activity.draftPlan = draft.draftAgreement;
        activity.regionName = RegionLabels::qualifiedName(region);
        activity.districtCode = village.districtCode;
        activity.districtName = village.districtName;
        if (visit.teamIndex >= 0) {
            const OfficerTeam &team = options.teams.at(visit.teamIndex);
            for (qsizetype i = 0; i < team.officerIds.size(); ++i) {
                const qint64 id = team.officerIds.at(i);
                // The first of a team speaks (narasumber); the others accompany.
                activity.officers.append(
                    {id, i == 0 ? OfficerRole::Speaker : OfficerRole::Companion, names->value(id)});
            }
        }
        draft.activities.append(std::move(activity));
    }
    auto clashes = ClashDetector(m_database).check(draft.activities);
    if (!clashes) {
        return clashes.error();
    }
    draft.clashes = std::move(clashes).value();
    return draft;
}

Result<qint64> SchedulePlanner::save(const PlanDraft &draft, bool allowPartial)
{
    if (!draft.plan.complete() && !allowPartial) {
        QHash<QString, QString> names;
        for (const ScheduleVillage &village : draft.villages) {
            names.insert(village.code, village.name);
        }
        QStringList missing;
        for (const UnplacedVillage &unplaced : draft.plan.unplaced) {
            missing << names.value(unplaced.villageCode, unplaced.villageCode);
        }
        missing.removeDuplicates();
        return Error::invalid(tr("%n kelurahan/desa did not fit into the plan (%1); nothing was "
                                 "saved. Widen the window, allow more visits a day, or save the "
                                 "plan without them.",
                                 nullptr, static_cast<int>(missing.size()))
                                  .arg(missing.join(QStringLiteral(", "))));
    }
    if (draft.activities.isEmpty()) {
        return Error::invalid(tr("The plan holds no visit to save."));
    }
    const PlanOptions &options = draft.options;
    Transaction transaction(m_database);
    if (auto begun = transaction.status(); !begun) {
        return begun.error();
    }
    Query insert(m_database,
                 QStringLiteral("INSERT INTO schedule_plan (agreement_id, date_from, date_to, "
                                "per_day, visits_per_desa, blackouts, draft_agreement) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(options.agreementId > 0 ? QVariant(options.agreementId) : QVariant())
        .bind(dateValue(options.from))
        .bind(dateValue(options.to))
        .bind(options.perDay)
        .bind(options.visitsPerDesa)
        .bind(textValue(blackoutsText(options.blackouts)))
        .bind(draft.draftAgreement ? 1 : 0);
    if (auto done = insert.exec(); !done) {
        return done.error();
    }
    const qint64 planId = insert.lastInsertId();
    QList<Activity> planned = draft.activities;
    for (Activity &activity : planned) {
        activity.planId = planId;
        activity.draftPlan = draft.draftAgreement;
    }
    // The plan's one audit record below stands for its visits (they carry its id).
    if (auto ids = ActivityRepository(m_database).addAll(planned); !ids) {
        return ids.error();
    }
    const QJsonObject after{{QStringLiteral("agreement_id"), options.agreementId},
                            {QStringLiteral("from"), options.from.toString(Qt::ISODate)},
                            {QStringLiteral("to"), options.to.toString(Qt::ISODate)},
                            {QStringLiteral("per_day"), options.perDay},
                            {QStringLiteral("visits_per_desa"), options.visitsPerDesa},
                            {QStringLiteral("blackouts"), blackoutsText(options.blackouts)},
                            {QStringLiteral("activities"), draft.activities.size()},
                            {QStringLiteral("not_placed"), draft.plan.unplaced.size()},
                            {QStringLiteral("draft_agreement"), draft.draftAgreement}};
    if (auto done = AuditLog(m_database)
                        .record(AuditAction::Generate, QStringLiteral("schedule_plan"), planId,
                                tr("Plan of %n visit(s) for agreement %1", nullptr,
                                   static_cast<int>(draft.activities.size()))
                                    .arg(options.agreementId),
                                {}, after);
        !done) {
        return done.error();
    }
    if (auto done = transaction.commit(); !done) {
        return done.error();
    }
    return planId;
}

} // namespace sisambang::db
