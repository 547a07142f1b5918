// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The vocabulary of activities: kinds, statuses and officer roles, their keys
// in the database and their Indonesian names in documents.

#include <QString>
#include <QStringView>

#include <optional>

namespace sisambang::db {

enum class ActivityKind {
    VillageVisit,        // sambang desa
    CoordinationMeeting, // rapat koordinasi
    Socialisation,       // sosialisasi
    Other,
};
enum class ActivityStatus { Planned, Done, Postponed, Cancelled };
enum class OfficerRole { Speaker, Companion, Moderator, MinuteTaker, Other };

QString activityKindKey(ActivityKind kind);
std::optional<ActivityKind> activityKindFromKey(QStringView key);
QString activityStatusKey(ActivityStatus status);
std::optional<ActivityStatus> activityStatusFromKey(QStringView key);
QString officerRoleKey(OfficerRole role);
std::optional<OfficerRole> officerRoleFromKey(QStringView key);

// Indonesian names as printed in documents ("Sambang Desa", "Narasumber").
QString activityKindLabelId(ActivityKind kind);
QString officerRoleLabelId(OfficerRole role);
// "Direncanakan", "Selesai", "Ditunda", "Dibatalkan".
QString activityStatusLabelId(ActivityStatus status);

} // namespace sisambang::db
