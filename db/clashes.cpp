// SPDX-License-Identifier: GPL-3.0-or-later
#include "clashes.h"

#include "audit.h"
#include "database.h"
#include "holidays.h"
#include "query.h"
#include "regions.h"
#include "transaction.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace sisambang::db {

namespace {

bool twoActivityRule(ClashRule rule)
{
    return rule == ClashRule::OfficerDoubleBooked || rule == ClashRule::SameVillageSameDay;
}

// One activity the rules look at: stored (id, candidate -1) or not yet saved
// (candidate index; id 0, or the stored activity it replaces).
struct Entry
{
    const Activity *activity = nullptr;
    int candidate = -1;
    bool subject = false; // its clashes are wanted (not only a partner)
};

struct AgreementFacts
{
    QDate validFrom;
    QDate validUntil;
    QSet<QString> villages;
};

// An acceptance is stored and found smaller id first, whichever side of a
// pair asked for it.
struct AcceptanceKey
{
    qint64 activityId = 0;
    QString rule;
    qint64 otherActivityId = 0;

    bool operator==(const AcceptanceKey &) const = default;
};

size_t qHash(const AcceptanceKey &key, size_t seed = 0) noexcept
{
    return qHashMulti(seed, key.activityId, key.rule, key.otherActivityId);
}

AcceptanceKey acceptanceKey(qint64 activityId, ClashRule rule, qint64 otherActivityId)
{
    if (otherActivityId > 0 && otherActivityId < activityId) {
        std::swap(activityId, otherActivityId);
    }
    return {activityId, clashRuleKey(rule), otherActivityId};
}

// What the rules need besides the activities: holidays, agreements, acceptances.
class ClashEngine
{
    Q_DECLARE_TR_FUNCTIONS(ClashDetector)

public:
    explicit ClashEngine(const Database &database)
        : m_database(database)
    {
    }

    // Reads holidays and acceptances for the dates, and the agreements named.
    Status load(const QList<Entry> &entries);
    QList<Clash> detect(const QList<Entry> &entries) const;

private:
    void singleRules(const Entry &entry, QList<Clash> &clashes) const;
    Clash pairClash(ClashRule rule, const Entry &a, const Entry &b, const QString &message) const;
    void fillAcceptance(Clash &clash) const;

    const Database &m_database;
    QHash<QDate, QString> m_holidays;
    QHash<qint64, AgreementFacts> m_agreements;
    QHash<AcceptanceKey, QString> m_accepted;
};

Status ClashEngine::load(const QList<Entry> &entries)
{
    QDate first;
    QDate last;
    QSet<qint64> agreements;
    for (const Entry &entry : entries) {
        const QDate date = entry.activity->date;
        if (!date.isValid()) {
            continue;
        }
        first = first.isValid() ? std::min(first, date) : date;
        last = last.isValid() ? std::max(last, date) : date;
        if (entry.subject && entry.activity->agreementId > 0) {
            agreements.insert(entry.activity->agreementId);
        }
    }
    if (!first.isValid()) {
        return {};
    }
    auto holidays = HolidayRepository(m_database).between(first, last);
    if (!holidays) {
        return holidays.error();
    }
    for (const Holiday &holiday : *holidays) {
        m_holidays.insert(holiday.date, holiday.description);
    }

    Query agreement(m_database,
                    QStringLiteral("SELECT valid_from, valid_until FROM agreement WHERE id = ?"));
    Query villages(
        m_database,
        QStringLiteral("SELECT region_code FROM agreement_village WHERE agreement_id = ?"));
    for (const qint64 id : std::as_const(agreements)) {
        if (auto done = agreement.bind(id).exec(); !done) {
            return done;
        }
        if (!agreement.next()) {
            continue; // a dangling id is ActivityRepository::validate()'s to refuse
        }
        AgreementFacts facts{dateFrom(agreement.value(0)), dateFrom(agreement.value(1)), {}};
        agreement.finish();
        if (auto done = villages.bind(id).exec(); !done) {
            return done;
        }
        while (villages.next()) {
            facts.villages.insert(villages.value(0).toString());
        }
        m_agreements.insert(id, facts);
    }

    Query accepted(m_database,
                   QStringLiteral("SELECT c.activity_id, c.rule, c.other_activity_id, c.reason "
                                  "FROM activity_clash_acceptance c JOIN activity a ON a.id = "
                                  "c.activity_id WHERE a.date BETWEEN ? AND ?"));
    accepted.bind(dateValue(first)).bind(dateValue(last));
    if (auto done = accepted.exec(); !done) {
        return done;
    }
    while (accepted.next()) {
        const auto rule = clashRuleFromKey(accepted.value(1).toString());
        if (rule) {
            m_accepted.insert(acceptanceKey(accepted.value(0).toLongLong(), *rule,
                                            accepted.value(2).toLongLong()),
                              accepted.value(3).toString());
        }
    }
    return {};
}

void ClashEngine::fillAcceptance(Clash &clash) const
{
    if (clash.activityId <= 0 || (twoActivityRule(clash.rule) && clash.otherActivityId <= 0)) {
        return; // a candidate not saved yet has nothing accepted
    }
    const auto found =
        m_accepted.constFind(acceptanceKey(clash.activityId, clash.rule, clash.otherActivityId));
    if (found != m_accepted.constEnd()) {
        clash.accepted = true;
        clash.acceptedReason = *found;
    }
}

Clash ClashEngine::pairClash(ClashRule rule, const Entry &a, const Entry &b,
                             const QString &message) const
{
    // Stored pairs are named smaller id first, so each pair is listed once.
    const Entry *first = &a;
    const Entry *second = &b;
    const bool bothStored = a.candidate < 0 && b.candidate < 0;
    if ((bothStored && b.activity->id < a.activity->id) ||
        (!bothStored && a.candidate < 0 && b.candidate >= 0) ||
        (a.candidate >= 0 && b.candidate >= 0 && b.candidate < a.candidate)) {
        std::swap(first, second);
    }
    Clash clash;
    clash.rule = rule;
    clash.activityId = first->activity->id;
    clash.candidate = first->candidate;
    clash.otherActivityId = second->activity->id;
    clash.otherCandidate = second->candidate;
    clash.message = message;
    fillAcceptance(clash);
    return clash;
}

void ClashEngine::singleRules(const Entry &entry, QList<Clash> &clashes) const
{
    const Activity &activity = *entry.activity;
    auto add = [&](ClashRule rule, const QString &message) {
        Clash clash;
        clash.rule = rule;
        clash.activityId = activity.id;
        clash.candidate = entry.candidate;
        clash.message = message;
        fillAcceptance(clash);
        clashes.append(clash);
    };
    const QString place = activity.regionName.isEmpty() ? activity.regionCode : activity.regionName;
    const QString date = activity.date.toString(Qt::ISODate);
    if (activity.date.dayOfWeek() == 6) {
        add(ClashRule::NonWorkingDay, tr("%1 in %2 falls on a Saturday.").arg(date, place));
    } else if (activity.date.dayOfWeek() == 7) {
        add(ClashRule::NonWorkingDay, tr("%1 in %2 falls on a Sunday.").arg(date, place));
    } else if (const auto holiday = m_holidays.constFind(activity.date);
               holiday != m_holidays.constEnd()) {
        add(ClashRule::NonWorkingDay,
            tr("%1 in %2 falls on a holiday: %3.").arg(date, place, *holiday));
    }
    if (activity.agreementId <= 0) {
        return;
    }
    const auto agreement = m_agreements.constFind(activity.agreementId);
    if (agreement == m_agreements.constEnd()) {
        return;
    }
    if ((agreement->validFrom.isValid() && activity.date < agreement->validFrom) ||
        (agreement->validUntil.isValid() && activity.date > agreement->validUntil)) {
        const QString from = agreement->validFrom.isValid()
                                 ? agreement->validFrom.toString(Qt::ISODate)
                                 : QStringLiteral("...");
        const QString until = agreement->validUntil.isValid()
                                  ? agreement->validUntil.toString(Qt::ISODate)
                                  : QStringLiteral("...");
        add(ClashRule::OutsideAgreement,
            tr("%1 in %2 is outside the validity of its agreement (%3 to %4).")
                .arg(date, place, from, until));
    }
    bool covered = true;
    switch (levelFromCode(activity.regionCode).value_or(RegionLevel::Village)) {
    case RegionLevel::Village:
        covered = agreement->villages.contains(activity.regionCode);
        break;
    case RegionLevel::District: {
        // A meeting for a whole kecamatan is covered when some desa of it is.
        const QString prefix = activity.regionCode + u'.';
        covered = std::any_of(agreement->villages.cbegin(), agreement->villages.cend(),
                              [&](const QString &code) { return code.startsWith(prefix); });
        break;
    }
    default:
        break;
    }
    if (!covered) {
        add(ClashRule::VillageNotCovered, tr("%1 is not covered by the agreement of the activity "
                                             "on %2.")
                                              .arg(place, date));
    }
}

QList<Clash> ClashEngine::detect(const QList<Entry> &entries) const
{
    QList<Clash> clashes;
    for (const Entry &entry : entries) {
        if (entry.subject && entry.activity->date.isValid()) {
            singleRules(entry, clashes);
        }
    }

    // Partners meet in buckets of one day and one desa, or one day and one
    // officer, so the work stays linear in the number of activities.
    QHash<QPair<QDate, QString>, QList<int>> byVillage;
    QHash<QPair<QDate, qint64>, QList<int>> byOfficer;
    for (int i = 0; i < entries.size(); ++i) {
        const Activity &activity = *entries.at(i).activity;
        if (!activity.date.isValid()) {
            continue;
        }
        if (levelFromCode(activity.regionCode) == RegionLevel::Village) {
            byVillage[{activity.date, activity.regionCode}].append(i);
        }
        for (const ActivityOfficer &officer : activity.officers) {
            byOfficer[{activity.date, officer.personId}].append(i);
        }
    }

    // Buckets are visited in a stable order so the list comes out the same every time.
    auto sortedKeys = [](const auto &hash) {
        auto keys = hash.keys();
        std::sort(keys.begin(), keys.end());
        return keys;
    };
    for (const auto &key : sortedKeys(byVillage)) {
        const QList<int> &members = byVillage.value(key);
        for (qsizetype x = 0; x < members.size(); ++x) {
            for (qsizetype y = x + 1; y < members.size(); ++y) {
                const Entry &a = entries.at(members.at(x));
                const Entry &b = entries.at(members.at(y));
                if (!a.subject && !b.subject) {
                    continue;
                }
                const QString place = a.activity->regionName.isEmpty() ? a.activity->regionCode
                                                                       : a.activity->regionName;
                clashes.append(pairClash(
                    ClashRule::SameVillageSameDay, a, b,
                    tr("Two activities in %1 on %2.").arg(place, key.first.toString(Qt::ISODate))));
            }
        }
    }

    // One clash per pair of activities, naming every officer they share.
    QMap<QPair<int, int>, QStringList> sharedOfficers;
    for (const auto &key : sortedKeys(byOfficer)) {
        const QList<int> &members = byOfficer.value(key);
        for (qsizetype x = 0; x < members.size(); ++x) {
            for (qsizetype y = x + 1; y < members.size(); ++y) {
                const int i = members.at(x);
                const int j = members.at(y);
                const Activity &a = *entries.at(i).activity;
                const Activity &b = *entries.at(j).activity;
                if ((!entries.at(i).subject && !entries.at(j).subject) || !(a.start < b.end) ||
                    !(b.start < a.end)) {
                    continue;
                }
                QString name;
                for (const ActivityOfficer &officer : a.officers) {
                    if (officer.personId == key.second) {
                        name = officer.name;
                    }
                }
                if (name.isEmpty()) {
                    name = tr("officer %1").arg(key.second);
                }
                sharedOfficers[{std::min(i, j), std::max(i, j)}].append(name);
            }
        }
    }
    for (auto pair = sharedOfficers.cbegin(); pair != sharedOfficers.cend(); ++pair) {
        const Entry &a = entries.at(pair.key().first);
        const Entry &b = entries.at(pair.key().second);
        auto where = [](const Activity &activity) {
            return QStringLiteral("%1 %2-%3")
                .arg(activity.regionName.isEmpty() ? activity.regionCode : activity.regionName,
                     timeText(activity.start), timeText(activity.end));
        };
        clashes.append(pairClash(ClashRule::OfficerDoubleBooked, a, b,
                                 tr("%1 would be in two places at once on %2: %3 and %4.")
                                     .arg(pair->join(QStringLiteral(", ")),
                                          a.activity->date.toString(Qt::ISODate),
                                          where(*a.activity), where(*b.activity))));
    }
    return clashes;
}

// The stored, not cancelled activities of the days the given ones take place on.
Result<QList<Activity>> storedAround(const Database &database, const QList<Activity> &activities)
{
    QDate first;
    QDate last;
    for (const Activity &activity : activities) {
        if (activity.date.isValid()) {
            first = first.isValid() ? std::min(first, activity.date) : activity.date;
            last = last.isValid() ? std::max(last, activity.date) : activity.date;
        }
    }
    if (!first.isValid()) {
        return QList<Activity>();
    }
    ActivityFilter window;
    window.from = first;
    window.to = last;
    auto stored = ActivityRepository(database).list(window);
    if (!stored) {
        return stored.error();
    }
    stored->removeIf(
        [](const Activity &activity) { return activity.status == ActivityStatus::Cancelled; });
    return stored;
}

// Candidates built by hand may lack the names the messages print.
Status fillNames(const Database &database, QList<Activity> &activities)
{
    RegionRepository regions(database);
    QHash<QString, QString> regionNames;
    Query person(database, QStringLiteral("SELECT full_name FROM person WHERE id = ?"));
    QHash<qint64, QString> personNames;
    for (Activity &activity : activities) {
        if (activity.regionName.isEmpty() && !activity.regionCode.isEmpty()) {
            if (!regionNames.contains(activity.regionCode)) {
                auto region = regions.find(activity.regionCode);
                regionNames.insert(activity.regionCode, region
                                                            ? RegionLabels::qualifiedName(*region)
                                                            : activity.regionCode);
            }
            activity.regionName = regionNames.value(activity.regionCode);
        }
        for (ActivityOfficer &officer : activity.officers) {
            if (!officer.name.isEmpty()) {
                continue;
            }
            if (!personNames.contains(officer.personId)) {
                auto name = person.bind(officer.personId).scalar();
                if (!name) {
                    return name.error();
                }
                personNames.insert(officer.personId, name->toString());
            }
            officer.name = personNames.value(officer.personId);
        }
    }
    return {};
}

} // namespace

QString clashRuleKey(ClashRule rule)
{
    switch (rule) {
    case ClashRule::OfficerDoubleBooked:
        return QStringLiteral("officer_double_booked");
    case ClashRule::SameVillageSameDay:
        return QStringLiteral("same_village_same_day");
    case ClashRule::NonWorkingDay:
        return QStringLiteral("non_working_day");
    case ClashRule::OutsideAgreement:
        return QStringLiteral("outside_agreement");
    case ClashRule::VillageNotCovered:
        return QStringLiteral("village_not_covered");
    }
    return {};
}

std::optional<ClashRule> clashRuleFromKey(QStringView key)
{
    for (auto rule :
         {ClashRule::OfficerDoubleBooked, ClashRule::SameVillageSameDay, ClashRule::NonWorkingDay,
          ClashRule::OutsideAgreement, ClashRule::VillageNotCovered}) {
        if (key == clashRuleKey(rule)) {
            return rule;
        }
    }
    return std::nullopt;
}

Result<QList<Clash>> ClashDetector::find(const ActivityFilter &filter) const
{
    auto selected = ActivityRepository(m_database).list(filter);
    if (!selected) {
        return selected.error();
    }
    selected->removeIf(
        [](const Activity &activity) { return activity.status == ActivityStatus::Cancelled; });
    const bool onlyWindow = filter.regionCode.isEmpty() && !filter.status && !filter.kind &&
                            filter.agreementId <= 0 && filter.officerId <= 0;
    QList<Activity> around;
    if (!onlyWindow) {
        auto stored = storedAround(m_database, *selected);
        if (!stored) {
            return stored.error();
        }
        around = std::move(stored).value();
    }
    QSet<qint64> subjects;
    QList<Entry> entries;
    for (const Activity &activity : std::as_const(*selected)) {
        subjects.insert(activity.id);
        entries.append({&activity, -1, true});
    }
    for (const Activity &activity : std::as_const(around)) {
        if (!subjects.contains(activity.id)) {
            entries.append({&activity, -1, false});
        }
    }
    ClashEngine engine(m_database);
    if (auto loaded = engine.load(entries); !loaded) {
        return loaded.error();
    }
    return engine.detect(entries);
}

Result<QList<Clash>> ClashDetector::check(const QList<Activity> &candidates) const
{
    QList<Activity> named = candidates;
    if (auto filled = fillNames(m_database, named); !filled) {
        return filled.error();
    }
    auto stored = storedAround(m_database, named);
    if (!stored) {
        return stored.error();
    }
    QSet<qint64> replaced;
    QList<Entry> entries;
    for (int i = 0; i < named.size(); ++i) {
        if (named.at(i).status == ActivityStatus::Cancelled) {
            continue;
        }
        if (named.at(i).id > 0) {
            replaced.insert(named.at(i).id);
        }
        entries.append({&named.at(i), i, true});
    }
    for (const Activity &activity : std::as_const(*stored)) {
        if (!replaced.contains(activity.id)) {
            entries.append({&activity, -1, false});
        }
    }
    ClashEngine engine(m_database);
    if (auto loaded = engine.load(entries); !loaded) {
        return loaded.error();
    }
    return engine.detect(entries);
}

Status ClashDetector::accept(qint64 activityId, ClashRule rule, qint64 otherActivityId,
                             const QString &reason)
{
    if (reason.trimmed().isEmpty()) {
        return Error::invalid(tr("Give the reason for accepting the clash."));
    }
    if (twoActivityRule(rule) != (otherActivityId > 0) || otherActivityId == activityId) {
        return Error::invalid(twoActivityRule(rule)
                                  ? tr("This clash is between two activities: name the other one.")
                                  : tr("This clash concerns one activity only."));
    }
    Transaction transaction(m_database);
    auto activity = ActivityRepository(m_database).find(activityId);
    if (!activity) {
        return activity.error();
    }
    // Only a clash that is there can be accepted.
    ActivityFilter window;
    window.from = activity->date;
    window.to = activity->date;
    auto clashes = find(window);
    if (!clashes) {
        return clashes.error();
    }
    const auto key = acceptanceKey(activityId, rule, otherActivityId);
    const auto clash =
        std::find_if(clashes->cbegin(), clashes->cend(), [&](const Clash &candidate) {
            return acceptanceKey(candidate.activityId, candidate.rule, candidate.otherActivityId) ==
                   key;
        });
    if (clash == clashes->cend()) {
        return Error::invalid(tr("Activity %1 has no such clash to accept.").arg(activityId));
    }
    if (clash->accepted) {
        return Error::conflict(
            tr("This clash was accepted already: %1").arg(clash->acceptedReason));
    }
    AuditLog audit(m_database);
    const QString &ruleKey = key.rule;
    if (auto done = execute(m_database,
                            QStringLiteral("INSERT INTO activity_clash_acceptance (activity_id, "
                                           "rule, other_activity_id, reason, operator) "
                                           "VALUES (?, ?, ?, ?, ?)"),
                            {key.activityId, ruleKey, idValue(key.otherActivityId),
                             reason.trimmed(), textValue(audit.operatorName())});
        !done) {
        return done;
    }
    const QJsonObject after{{QStringLiteral("rule"), ruleKey},
                            {QStringLiteral("other_activity_id"), otherActivityId},
                            {QStringLiteral("reason"), reason.trimmed()},
                            {QStringLiteral("clash"), clash->message}};
    if (auto done =
            audit.record(AuditAction::Update, QStringLiteral("activity"), activityId,
                         tr("Clash accepted (%1): %2").arg(ruleKey, reason.trimmed()), {}, after);
        !done) {
        return done;
    }
    return transaction.commit();
}

} // namespace sisambang::db
