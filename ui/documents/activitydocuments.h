// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activityreport.h"
#include "attendancesheet.h"
#include "invitation.h"
#include "letternumbers.h"
#include "minutesdocument.h"
#include "result.h"

namespace sisambang::db {
class Database;
}

// Reads what the activity documents print from the database: the activity,
// the office, its agreement, the participants and attendance, the minutes,
// the follow-up items and the photos. Each loader gives the plain input of
// one document (invitation.h, attendancesheet.h, minutesdocument.h, activityreport.h).
namespace sisambang::documents {

// The office's profile, its kabupaten/kota and its time zone.
db::Result<OfficeContext> loadOfficeContext(const db::Database &database);

struct InvitationOptions
{
    InvitationLayout layout = InvitationLayout::WithList;
    OfficeSigner signer = OfficeSigner::Secretary;
    // Invalid: the date of the number, else today; left blank when the
    // activity is already past.
    QDate letterDate{};
    QString letterNumber{}; // empty: the number issued for this invitation, if any
};

// The letter number given earlier to this activity's invitation (documentKind
// "invitation"); empty when none was.
db::Result<db::LetterNumber> issuedInvitationNumber(const db::Database &database,
                                                    qint64 activityId);
// Gives the invitation of this activity a number in `classification` (one
// transaction, never the same number twice); the one given earlier when there is one.
db::Result<db::LetterNumber> issueInvitationNumber(const db::Database &database, qint64 activityId,
                                                   const QString &classification,
                                                   const QDate &dated);

db::Result<InvitationData> loadInvitationData(const db::Database &database, qint64 activityId,
                                              const InvitationOptions &options = {});
// The invited participants first, then `blankRows` rows; the host institution
// and, when the activity's agreement names it, its signatory.
db::Result<AttendanceSheetData> loadAttendanceSheetData(const db::Database &database,
                                                        qint64 activityId, int blankRows = 10);
// Fails (NotFound) when the activity has no minutes yet.
db::Result<MinutesData> loadMinutesData(const db::Database &database, qint64 activityId);
// The minutes, attendance, follow-ups and photos; what is missing stays empty.
db::Result<ActivityReportData> loadActivityReportData(const db::Database &database,
                                                      qint64 activityId);

} // namespace sisambang::documents
