// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activitykinds.h"
#include "audit.h"
#include "preparedstatements.h"
#include "records.h"
#include "result.h"
#include "sqlite.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QTime>

#include <optional>

namespace sisambang::db {

class Database;
struct Region;

// A Bawaslu member or staff member sent to the activity (petugas).
struct ActivityOfficer
{
    qint64 personId = 0;
    OfficerRole role = OfficerRole::Companion;
    QString name{}; // read from the register
};

struct Activity
{
    qint64 id = 0;
    ActivityKind kind = ActivityKind::VillageVisit;
    qint64 agreementId = 0; // 0: not under an agreement
    qint64 planId = 0;      // the generator run that planned it; 0: entered by hand
    QString regionCode{};   // kelurahan/desa, or kecamatan
    QString title{};        // acara; empty prints the kind's name
    QString venue{};        // empty: the default venue of the region
    QDate date{};
    QTime start{9, 0};
    QTime end{12, 0};
    QString topic{}; // materi
    ActivityStatus status = ActivityStatus::Planned;
    int visitNumber = 1;
    bool draftPlan = false; // planned while its agreement was a draft
    qint64 hostInstitutionId = 0;
    QString notes{};
    int version = 0;
    QList<ActivityOfficer> officers{};

    // Read with the activity, not stored with it.
    QString regionName{};   // "Desa Nibung"
    QString districtCode{}; // the kecamatan, for a desa or the kecamatan itself
    QString districtName{}; // "Koba"
};

// One move of an activity, kept for good.
struct Reschedule
{
    QDate oldDate{};
    QTime oldStart{};
    QTime oldEnd{};
    QDate newDate{};
    QTime newStart{};
    QTime newEnd{};
    QString reason{};
    QString operatorName{};
    QString at{}; // UTC ISO timestamp
};

struct ActivityFilter
{
    QDate from{};         // inclusive; invalid: no bound
    QDate to{};           // inclusive
    QString regionCode{}; // a kecamatan or desa code: activities in it (prefix)
    std::optional<ActivityStatus> status{};
    std::optional<ActivityKind> kind{};
    qint64 agreementId = 0;
    qint64 officerId = 0;
};

class ActivityRepository
{
    Q_DECLARE_TR_FUNCTIONS(ActivityRepository)

public:
    explicit ActivityRepository(const Database &database)
        : m_database(database)
        , m_statements(database)
        , m_audit(database)
    {
    }

    Result<Activity> find(qint64 id) const;
    // Ordered by date, start time and id, with officers and region names.
    Result<QList<Activity>> list(const ActivityFilter &filter = {}) const;

    // Region exists, date set, end after start, officers are people; the
    // agreement (when named) exists.
    QList<FieldProblem> validate(const Activity &activity) const;
    // Adds the activity with its officers; returns the new id. Runs inside the
    // caller's transaction when there is one (a saved plan is one change).
    Result<qint64> add(const Activity &activity);
    // Adds a saved plan's activities in one transaction (or the caller's):
    // each validated as add() does, but audited by the caller as one record
    // for the whole plan, not one per visit. Returns the new ids in order.
    // An invalid activity stops it: nothing is added, the error names its desa and date.
    Result<QList<qint64>> addAll(const QList<Activity> &activities);
    // Saves every field and the officers when nobody changed the activity
    // since `activity.version` (else Conflict). Date and time changes go
    // through reschedule(), status changes through setStatus().
    Status update(Activity &activity);
    // Moves the activity and keeps the move in its history; the reason is required.
    Status reschedule(qint64 id, int version, const QDate &date, const QTime &start,
                      const QTime &end, const QString &reason);
    // planned -> done, postponed or cancelled; postponed -> planned (after a
    // reschedule) or cancelled; done -> planned to correct a mistake. Done
    // requires recorded attendance (AttendanceRepository).
    Status setStatus(qint64 id, int version, ActivityStatus status);
    Result<QList<Reschedule>> history(qint64 id) const;
    // Removes an activity planned by mistake; only planned ones, never done.
    Status remove(qint64 id, int version);

    // "Kantor Desa Nibung", "Kantor Kelurahan Berok", "Kantor Camat Koba".
    Result<QString> defaultVenue(const QString &regionCode) const;
    // The same for a region already read (no query: a plan names thousands).
    static QString defaultVenue(const Region &region);

private:
    // The activity's venue as written, else its region's default venue.
    Result<QString> venueOf(const Activity &activity) const;
    // Validates, fills the default venue and inserts the row and its officers.
    Result<qint64> insert(const Activity &activity, QString *venue = nullptr);
    Status writeOfficers(qint64 id, const QList<ActivityOfficer> &officers, bool replace = true);
    // The stored level of a region (1-4), 0 when there is no such region.
    int regionLevel(const QString &code) const;
    const Database &m_database;
    // A saved plan adds thousands of activities through one repository:
    // each statement is prepared once, not once per activity.
    mutable PreparedStatements m_statements;
    AuditLog m_audit;
    // While addAll() holds its transaction nothing else can change the
    // regions, agreements and people it checks: each is looked up once.
    struct BatchLookups
    {
        QHash<QString, int> regionLevels;
        QSet<qint64> agreements;
        QSet<qint64> people;
        // The inserts, prepared with SQLite's API for the batch only (finalized
        // when it ends, before the connection can close).
        QHash<QString, std::shared_ptr<sqlite::Statement>> statements;
        sqlite::Statement &statement(const Database &database, const QString &sql);
    };
    mutable std::optional<BatchLookups> m_batch;
};

} // namespace sisambang::db
