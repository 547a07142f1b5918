// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "stakeholderkinds.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

namespace sisambang::db {

class Database;

// Someone who came without an invitation and signed a blank row of the sheet.
struct WalkIn
{
    QString name{};
    QString jabatan{};
    QString institution{};
    QString phone{};
    Gender gender = Gender::Unknown;
    InstitutionKind institutionKind = InstitutionKind::Other;
    int number = 0; // the row signed on the sheet; 0: the next free number
};

// One row of the attendance list, numbered exactly as the printed sheet: the
// invited participants (ticked or not), then the walk-ins.
struct AttendanceRow
{
    int number = 0;
    qint64 participantId = 0; // 0 for a walk-in
    qint64 attendanceId = 0;  // 0 when the participant has not been ticked
    bool attended = false;
    bool walkIn = false;
    QString name{};
    QString jabatan{};
    QString institution{};
    QString phone{};
    Gender gender = Gender::Unknown;
    InstitutionKind institutionKind = InstitutionKind::Other;
    qint64 personId = 0; // the register's person, when known
};

// Who came, by gender and by institution kind.
struct AttendanceCounts
{
    int invited = 0;
    int invitedCame = 0;
    int walkIns = 0;
    int total = 0; // who came, walk-ins included
    int male = 0;
    int female = 0;
    int unknownGender = 0;
    QMap<QString, int> byInstitutionKind{}; // institution kind key -> people
};

// Where a walk-in goes in the register: an existing institution, or a new one
// of that name and kind in `regionCode` (the activity's desa when empty).
struct RegisterTarget
{
    qint64 institutionId = 0;
    QString regionCode{};
    StakeholderCategory category = StakeholderCategory::Other;
};

// The record of who came to an activity.
class AttendanceRepository
{
    Q_DECLARE_TR_FUNCTIONS(AttendanceRepository)

public:
    explicit AttendanceRepository(const Database &database)
        : m_database(database)
    {
    }

    Result<QList<AttendanceRow>> rows(qint64 activityId) const;
    // Ticks (or unticks) the invited participant on row `number`.
    Status setAttended(qint64 activityId, int number, bool attended);
    // Ticks exactly these invited numbers and unticks the rest, in one change.
    Status setAttendedNumbers(qint64 activityId, const QList<int> &numbers);
    // Records a walk-in; returns the attendance id.
    Result<qint64> addWalkIn(qint64 activityId, const WalkIn &walkIn);
    Status removeWalkIn(qint64 attendanceId);
    // Creates the walk-in as a person of the register with a position (the
    // jabatan at the institution, from the activity's date) and links the
    // attendance row to the person: one transaction. Returns the person id.
    Result<qint64> offerWalkInToRegister(qint64 attendanceId, const RegisterTarget &target = {});

    Result<AttendanceCounts> counts(qint64 activityId) const;
    // Whether anyone has been recorded as present.
    Result<bool> hasAttendance(qint64 activityId) const;

private:
    Status tick(qint64 activityId, int number, bool attended);
    const Database &m_database;
};

} // namespace sisambang::db
