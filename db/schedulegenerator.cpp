// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedulegenerator.h"

#include <algorithm>

namespace sisambang::db {

namespace {

struct Slot
{
    int day = 0; // index into workingDays
    HalfDay half = HalfDay::Morning;
    int team = -1;
};

bool teamFree(const ScheduleRequest &request, int team, const QDate &date, HalfDay half)
{
    if (team < 0) {
        return true;
    }
    for (const qint64 officer : request.teams.at(team).officerIds) {
        const auto busy = request.busyOfficers.constFind(officer);
        if (busy != request.busyOfficers.constEnd() && busy->contains({date, half})) {
            return false;
        }
    }
    return true;
}

// The free slots of one day in the order they are filled: morning before
// afternoon, teams starting from `firstTeam` so that every team gets its turn.
QList<Slot> slotsOfDay(const ScheduleRequest &request, int day, const QDate &date, int firstTeam)
{
    const int capacity =
        std::max(0, request.maxVisitsPerDay - request.existingVisitsPerDay.value(date));
    const int teams = static_cast<int>(request.teams.size());
    QList<Slot> slots;
    if (teams == 0) {
        // Without teams only K limits the day: morning, afternoon, morning, ...
        for (int i = 0; i < capacity; ++i) {
            slots.append({day, i % 2 == 0 ? HalfDay::Morning : HalfDay::Afternoon, -1});
        }
        return slots;
    }
    for (const HalfDay half : {HalfDay::Morning, HalfDay::Afternoon}) {
        for (int i = 0; i < teams && slots.size() < capacity; ++i) {
            const int team = (firstTeam + i) % teams;
            if (teamFree(request, team, date, half)) {
                slots.append({day, half, team});
            }
        }
    }
    return slots;
}

} // namespace

bool ScheduleGenerator::isWorkingDay(const QDate &date, const ScheduleRequest &request)
{
    return date.dayOfWeek() <= 5 && !request.holidays.contains(date) &&
           !request.blackouts.contains(date);
}

SchedulePlan ScheduleGenerator::generate(const ScheduleRequest &request)
{
    SchedulePlan plan;
    for (QDate date = request.from; date.isValid() && date <= request.to; date = date.addDays(1)) {
        if (isWorkingDay(date, request)) {
            plan.workingDays.append(date);
        }
    }

    // Desa of one kecamatan together, kecamatan and desa in a stable order.
    QList<ScheduleVillage> villages;
    for (const ScheduleVillage &village : request.villages) {
        if (!request.includeVisited && request.alreadyVisited.contains(village.code)) {
            plan.skippedAsVisited << village.code;
        } else {
            villages.append(village);
        }
    }
    std::stable_sort(villages.begin(), villages.end(),
                     [](const ScheduleVillage &a, const ScheduleVillage &b) {
                         return std::tie(a.districtName, a.districtCode, a.name, a.code) <
                                std::tie(b.districtName, b.districtCode, b.name, b.code);
                     });

    const int visits = std::max(1, request.visitsPerVillage);
    const int teams = static_cast<int>(request.teams.size());
    int dayIndex = 0;
    QList<Slot> daySlots;
    qsizetype slotIndex = 0;
    int teamCursor = 0; // rotates the first team of each day
    auto loadDay = [&](int index) {
        daySlots = slotsOfDay(request, index, plan.workingDays.at(index), teamCursor);
        slotIndex = 0;
        if (teams > 0) {
            teamCursor = (teamCursor + static_cast<int>(daySlots.size())) % teams;
        }
    };
    if (!plan.workingDays.isEmpty()) {
        loadDay(0);
    }
    QHash<QString, int> lastDayOfVillage;
    // Pass n places the n-th visit of every desa, so repeated visits spread out.
    for (int pass = 1; pass <= visits; ++pass) {
        for (const ScheduleVillage &village : villages) {
            bool placed = false;
            while (dayIndex < plan.workingDays.size()) {
                const bool sameDayAgain = lastDayOfVillage.value(village.code, -1) == dayIndex;
                if (slotIndex < daySlots.size() && !sameDayAgain) {
                    const Slot slot = daySlots.at(slotIndex++);
                    const bool morning = slot.half == HalfDay::Morning;
                    plan.visits.append(
                        {village.code, pass, plan.workingDays.at(dayIndex), slot.half,
                         morning ? request.morningStart : request.afternoonStart,
                         morning ? request.morningEnd : request.afternoonEnd, slot.team});
                    lastDayOfVillage.insert(village.code, dayIndex);
                    placed = true;
                    break;
                }
                if (++dayIndex < plan.workingDays.size()) {
                    loadDay(dayIndex);
                }
            }
            if (!placed) {
                QString reason;
                if (plan.workingDays.isEmpty()) {
                    reason = tr("there is no working day between %1 and %2")
                                 .arg(request.from.toString(Qt::ISODate),
                                      request.to.toString(Qt::ISODate));
                } else {
                    reason = tr("no free slot is left between %1 and %2 (%3 working days, at most "
                                "%4 visits a day)")
                                 .arg(request.from.toString(Qt::ISODate),
                                      request.to.toString(Qt::ISODate))
                                 .arg(plan.workingDays.size())
                                 .arg(request.maxVisitsPerDay);
                }
                plan.unplaced.append({village.code, pass, reason});
            }
        }
    }
    return plan;
}

} // namespace sisambang::db
