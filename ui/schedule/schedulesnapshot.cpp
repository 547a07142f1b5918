// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedulesnapshot.h"

#include "scheduleplans.h"

namespace sisambang::ui {

db::ActivityFilter ScheduleSelection::filter(const QDate &from, const QDate &to) const
{
    db::ActivityFilter filter;
    filter.from = from;
    filter.to = to;
    filter.regionCode = kecamatanCode;
    filter.officerId = officerId;
    filter.status = status;
    filter.agreementId = agreementId;
    return filter;
}

qint64 ScheduleSnapshot::keyOf(const db::Activity &activity, qsizetype index)
{
    return activity.id > 0 ? activity.id : -(static_cast<qint64>(index) + 1);
}

qsizetype ScheduleSnapshot::indexOf(qint64 key) const
{
    if (key < 0) {
        const qsizetype index = -key - 1;
        return index < activities.size() && activities.at(index).id == 0 ? index : -1;
    }
    for (qsizetype i = 0; i < activities.size(); ++i) {
        if (activities.at(i).id == key) {
            return i;
        }
    }
    return -1;
}

const db::Activity *ScheduleSnapshot::find(qint64 key) const
{
    const qsizetype index = indexOf(key);
    return index < 0 ? nullptr : &activities.at(index);
}

int ScheduleSnapshot::openClashCount(qint64 key) const
{
    int count = 0;
    for (const db::Clash &clash : m_clashes.value(key)) {
        count += clash.accepted ? 0 : 1;
    }
    return count;
}

int ScheduleSnapshot::openClashCount() const
{
    int count = 0;
    for (qsizetype i = 0; i < activities.size(); ++i) {
        count += openClashCount(key(i)) > 0 ? 1 : 0;
    }
    return count;
}

void ScheduleSnapshot::setClashes(const QList<db::Clash> &clashes)
{
    m_clashes.clear();
    const auto keyOfSide = [](qint64 id, int candidate) -> qint64 {
        if (id > 0) {
            return id;
        }
        return candidate >= 0 ? -(static_cast<qint64>(candidate) + 1) : 0;
    };
    for (const db::Clash &clash : clashes) {
        const qint64 first = keyOfSide(clash.activityId, clash.candidate);
        const qint64 second = keyOfSide(clash.otherActivityId, clash.otherCandidate);
        if (first != 0) {
            m_clashes[first].append(clash);
        }
        // A pair clash flags both activities, whichever side the detector named.
        if (second != 0 && second != first) {
            m_clashes[second].append(clash);
        }
    }
}

db::Status ScheduleSnapshot::loadHolidays(const db::Database &database)
{
    holidays.clear();
    if (!from.isValid() || !to.isValid()) {
        return {};
    }
    auto found = db::HolidayRepository(database).between(from, to);
    if (!found) {
        return found.error();
    }
    for (const db::Holiday &holiday : *found) {
        holidays.insert(holiday.date, holiday);
    }
    return {};
}

db::Result<ScheduleSnapshot> ScheduleSnapshot::load(const db::Database &database,
                                                    const ScheduleSelection &selection,
                                                    const QDate &from, const QDate &to)
{
    ScheduleSnapshot snapshot;
    snapshot.from = from;
    snapshot.to = to;
    const db::ActivityFilter filter = selection.filter(from, to);
    auto activities = db::ActivityRepository(database).list(filter);
    if (!activities) {
        return activities.error();
    }
    snapshot.activities = *activities;
    auto clashes = db::ClashDetector(database).find(filter);
    if (!clashes) {
        return clashes.error();
    }
    snapshot.setClashes(*clashes);
    if (auto done = snapshot.loadHolidays(database); !done) {
        return done.error();
    }
    return snapshot;
}

db::Result<ScheduleSnapshot> ScheduleSnapshot::fromDraft(const db::Database &database,
                                                         const db::PlanDraft &draft)
{
    ScheduleSnapshot snapshot;
    snapshot.from = draft.options.from;
    snapshot.to = draft.options.to;
    snapshot.activities = draft.activities;
    snapshot.setClashes(draft.clashes);
    if (auto done = snapshot.loadHolidays(database); !done) {
        return done.error();
    }
    return snapshot;
}

QString clashRuleText(db::ClashRule rule)
{
    switch (rule) {
    case db::ClashRule::OfficerDoubleBooked:
        return ScheduleSnapshot::tr("Officer in two places");
    case db::ClashRule::SameVillageSameDay:
        return ScheduleSnapshot::tr("Two activities in one desa");
    case db::ClashRule::NonWorkingDay:
        return ScheduleSnapshot::tr("Not a working day");
    case db::ClashRule::OutsideAgreement:
        return ScheduleSnapshot::tr("Outside the agreement's validity");
    case db::ClashRule::VillageNotCovered:
        return ScheduleSnapshot::tr("Desa not covered by the agreement");
    }
    return {};
}

QString clashLines(const QList<db::Clash> &clashes)
{
    QStringList lines;
    for (const db::Clash &clash : clashes) {
        const QString line = QStringLiteral("%1: %2").arg(clashRuleText(clash.rule), clash.message);
        lines << (clash.accepted
                      ? ScheduleSnapshot::tr("%1 (accepted: %2)").arg(line, clash.acceptedReason)
                      : line);
    }
    return lines.join(u'\n');
}

QString activityStatusText(db::ActivityStatus status)
{
    switch (status) {
    case db::ActivityStatus::Planned:
        return ScheduleSnapshot::tr("Planned");
    case db::ActivityStatus::Done:
        return ScheduleSnapshot::tr("Done");
    case db::ActivityStatus::Postponed:
        return ScheduleSnapshot::tr("Postponed");
    case db::ActivityStatus::Cancelled:
        return ScheduleSnapshot::tr("Cancelled");
    }
    return {};
}

QString activityKindText(db::ActivityKind kind)
{
    switch (kind) {
    case db::ActivityKind::VillageVisit:
        return ScheduleSnapshot::tr("Sambang desa");
    case db::ActivityKind::CoordinationMeeting:
        return ScheduleSnapshot::tr("Coordination meeting");
    case db::ActivityKind::Socialisation:
        return ScheduleSnapshot::tr("Socialisation");
    case db::ActivityKind::Other:
        return ScheduleSnapshot::tr("Other activity");
    }
    return {};
}

QString officerRoleText(db::OfficerRole role)
{
    switch (role) {
    case db::OfficerRole::Speaker:
        return ScheduleSnapshot::tr("Speaker");
    case db::OfficerRole::Companion:
        return ScheduleSnapshot::tr("Companion");
    case db::OfficerRole::Moderator:
        return ScheduleSnapshot::tr("Moderator");
    case db::OfficerRole::MinuteTaker:
        return ScheduleSnapshot::tr("Minute taker");
    case db::OfficerRole::Other:
        return ScheduleSnapshot::tr("Officer");
    }
    return {};
}

QColor activityStatusColour(db::ActivityStatus status)
{
    switch (status) {
    case db::ActivityStatus::Planned:
        return {0x1f, 0x6f, 0xb5}; // blue
    case db::ActivityStatus::Done:
        return {0x2e, 0x7d, 0x32}; // green
    case db::ActivityStatus::Postponed:
        return {0xe0, 0x8a, 0x00}; // amber
    case db::ActivityStatus::Cancelled:
        return {0x8a, 0x8a, 0x8a}; // grey
    }
    return {};
}

} // namespace sisambang::ui
