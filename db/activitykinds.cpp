// SPDX-License-Identifier: GPL-3.0-or-later
#include "activitykinds.h"

namespace sisambang::db {

QString activityKindKey(ActivityKind kind)
{
    switch (kind) {
    case ActivityKind::VillageVisit:
        return QStringLiteral("village_visit");
    case ActivityKind::CoordinationMeeting:
        return QStringLiteral("coordination_meeting");
    case ActivityKind::Socialisation:
        return QStringLiteral("socialisation");
    case ActivityKind::Other:
        return QStringLiteral("other");
    }
    return {};
}

std::optional<ActivityKind> activityKindFromKey(QStringView key)
{
    for (auto kind : {ActivityKind::VillageVisit, ActivityKind::CoordinationMeeting,
                      ActivityKind::Socialisation, ActivityKind::Other}) {
        if (key == activityKindKey(kind)) {
            return kind;
        }
    }
    return std::nullopt;
}

QString activityStatusKey(ActivityStatus status)
{
    switch (status) {
    case ActivityStatus::Planned:
        return QStringLiteral("planned");
    case ActivityStatus::Done:
        return QStringLiteral("done");
    case ActivityStatus::Postponed:
        return QStringLiteral("postponed");
    case ActivityStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<ActivityStatus> activityStatusFromKey(QStringView key)
{
    for (auto status : {ActivityStatus::Planned, ActivityStatus::Done, ActivityStatus::Postponed,
                        ActivityStatus::Cancelled}) {
        if (key == activityStatusKey(status)) {
            return status;
        }
    }
    return std::nullopt;
}

QString officerRoleKey(OfficerRole role)
{
    switch (role) {
    case OfficerRole::Speaker:
        return QStringLiteral("speaker");
    case OfficerRole::Companion:
        return QStringLiteral("companion");
    case OfficerRole::Moderator:
        return QStringLiteral("moderator");
    case OfficerRole::MinuteTaker:
        return QStringLiteral("minute_taker");
    case OfficerRole::Other:
        return QStringLiteral("other");
    }
    return {};
}

std::optional<OfficerRole> officerRoleFromKey(QStringView key)
{
    for (auto role : {OfficerRole::Speaker, OfficerRole::Companion, OfficerRole::Moderator,
                      OfficerRole::MinuteTaker, OfficerRole::Other}) {
        if (key == officerRoleKey(role)) {
            return role;
        }
    }
    return std::nullopt;
}

QString activityKindLabelId(ActivityKind kind)
{
    switch (kind) {
    case ActivityKind::VillageVisit:
        return QStringLiteral("Sambang Desa");
    case ActivityKind::CoordinationMeeting:
        return QStringLiteral("Rapat Koordinasi");
    case ActivityKind::Socialisation:
        return QStringLiteral("Sosialisasi");
    case ActivityKind::Other:
        return QStringLiteral("Kegiatan Lain");
    }
    return {};
}

QString activityStatusLabelId(ActivityStatus status)
{
    switch (status) {
    case ActivityStatus::Planned:
        return QStringLiteral("Direncanakan");
    case ActivityStatus::Done:
        return QStringLiteral("Selesai");
    case ActivityStatus::Postponed:
        return QStringLiteral("Ditunda");
    case ActivityStatus::Cancelled:
        return QStringLiteral("Dibatalkan");
    }
    return {};
}

QString officerRoleLabelId(OfficerRole role)
{
    switch (role) {
    case OfficerRole::Speaker:
        return QStringLiteral("Narasumber");
    case OfficerRole::Companion:
        return QStringLiteral("Pendamping");
    case OfficerRole::Moderator:
        return QStringLiteral("Moderator");
    case OfficerRole::MinuteTaker:
        return QStringLiteral("Notulis");
    case OfficerRole::Other:
        return QStringLiteral("Petugas");
    }
    return {};
}

} // namespace sisambang::db
