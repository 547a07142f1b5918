// SPDX-License-Identifier: GPL-3.0-or-later
#include "attendance.h"

#include "audit.h"
#include "database.h"
#include "institutions.h"
#include "people.h"
#include "positions.h"
#include "query.h"
#include "records.h"
#include "recordsupport.h"
#include "transaction.h"

#include <QJsonObject>

namespace sisambang::db {

namespace {

const QString entity = QStringLiteral("activity_attendance");

// For an invited row the attendance only points at the invitee; a walk-in
// carries its own details. These pick whichever applies.
const char *const personColumns =
    "CASE WHEN a.invitee_id IS NULL THEN a.gender ELSE v.gender END, "
    "CASE WHEN a.invitee_id IS NULL THEN a.institution_kind ELSE v.institution_kind END ";

StakeholderCategory categoryFor(InstitutionKind kind)
{
    switch (kind) {
    case InstitutionKind::Bawaslu:
        return StakeholderCategory::Bawaslu;
    case InstitutionKind::DistrictOffice:
        return StakeholderCategory::Government;
    case InstitutionKind::VillageOffice:
        return StakeholderCategory::Village;
    case InstitutionKind::Police:
    case InstitutionKind::Military:
        return StakeholderCategory::Security;
    case InstitutionKind::Organisation:
        return StakeholderCategory::Organisation;
    case InstitutionKind::Media:
        return StakeholderCategory::Media;
    case InstitutionKind::Other:
        break;
    }
    return StakeholderCategory::Other;
}

QJsonObject toJson(const WalkIn &w, int number)
{
    return {{QStringLiteral("number"), number},
            {QStringLiteral("name"), w.name},
            {QStringLiteral("jabatan"), w.jabatan},
            {QStringLiteral("institution"), w.institution},
            {QStringLiteral("phone"), w.phone},
            {QStringLiteral("gender"), StakeholderKinds::key(w.gender)},
            {QStringLiteral("institution_kind"), StakeholderKinds::key(w.institutionKind)}};
}

} // namespace

Result<QList<AttendanceRow>> AttendanceRepository::rows(qint64 activityId) const
{
    Query query(
        m_database,
        QStringLiteral(
            "SELECT v.number, v.id, a.id, v.name, v.jabatan, v.institution, v.phone, v.gender, "
            "v.institution_kind, v.person_id, 0 FROM activity_invitee v "
            "LEFT JOIN activity_attendance a ON a.invitee_id = v.id WHERE v.activity_id = ? "
            "UNION ALL SELECT a.number, 0, a.id, a.name, a.jabatan, a.institution, a.phone, "
            "a.gender, a.institution_kind, a.person_id, 1 FROM activity_attendance a "
            "WHERE a.activity_id = ? AND a.invitee_id IS NULL ORDER BY 1"));
    query.bind(activityId).bind(activityId);
    if (auto done = query.exec(); !done) {
        return done.error();
    }
    QList<AttendanceRow> rows;
    while (query.next()) {
        AttendanceRow row;
        row.number = query.value(0).toInt();
        row.participantId = query.value(1).toLongLong();
        row.attendanceId = query.value(2).toLongLong();
        row.attended = row.attendanceId > 0;
        row.name = query.value(3).toString();
        row.jabatan = query.value(4).toString();
        row.institution = query.value(5).toString();
        row.phone = query.value(6).toString();
        row.gender = StakeholderKinds::genderFromKey(query.value(7).toString());
        row.institutionKind = StakeholderKinds::institutionKindFromKey(query.value(8).toString())
                                  .value_or(InstitutionKind::Other);
        row.personId = query.value(9).toLongLong();
        row.walkIn = query.value(10).toInt() != 0;
        rows.append(row);
    }
    return rows;
}

Status AttendanceRepository::tick(qint64 activityId, int number, bool attended)
{
    Query invitee(m_database,
                  QStringLiteral("SELECT v.id, v.name, a.id FROM activity_invitee v LEFT JOIN "
                                 "activity_attendance a ON a.invitee_id = v.id "
                                 "WHERE v.activity_id = ? AND v.number = ?"));
    invitee.bind(activityId).bind(number);
    if (auto done = invitee.exec(); !done) {
        return done;
    }
    if (!invitee.next()) {
        return Error::notFound(tr("There is no invited participant number %1.").arg(number));
    }
    const qint64 inviteeId = invitee.value(0).toLongLong();
    const QString name = invitee.value(1).toString();
    const qint64 attendanceId = invitee.value(2).toLongLong();
    invitee.finish();
    if (attended == (attendanceId > 0)) {
        return {};
    }
    const QJsonObject row{{QStringLiteral("number"), number}, {QStringLiteral("name"), name}};
    if (attended) {
        Query insert(m_database,
                     QStringLiteral("INSERT INTO activity_attendance (activity_id, invitee_id, "
                                    "number, person_id) SELECT activity_id, id, number, person_id "
                                    "FROM activity_invitee WHERE id = ?"));
        insert.bind(inviteeId);
        if (auto done = insert.exec(); !done) {
            return done;
        }
        return AuditLog(m_database)
            .record(AuditAction::Insert, entity, insert.lastInsertId(),
                    tr("%1 (number %2) came to activity %3").arg(name).arg(number).arg(activityId),
                    {}, row);
    }
    if (auto done =
            execute(m_database, QStringLiteral("DELETE FROM activity_attendance WHERE id = ?"),
                    {attendanceId});
        !done) {
        return done;
    }
    return AuditLog(m_database)
        .record(AuditAction::Delete, entity, attendanceId,
                tr("%1 (number %2) unticked at activity %3").arg(name).arg(number).arg(activityId),
                row, {});
}

Status AttendanceRepository::setAttended(qint64 activityId, int number, bool attended)
{
    Transaction transaction(m_database);
    if (auto done = tick(activityId, number, attended); !done) {
        return done;
    }
    return transaction.commit();
}

Status AttendanceRepository::setAttendedNumbers(qint64 activityId, const QList<int> &numbers)
{
    Transaction transaction(m_database);
    Query invited(m_database, QStringLiteral("SELECT number FROM activity_invitee WHERE "
                                             "activity_id = ? ORDER BY number"));
    invited.bind(activityId);
    if (auto done = invited.exec(); !done) {
        return done;
    }
    QList<int> all;
    while (invited.next()) {
        all.append(invited.value(0).toInt());
    }
    invited.finish();
    for (int number : numbers) {
        if (!all.contains(number)) {
            return Error::notFound(tr("There is no invited participant number %1.").arg(number));
        }
    }
    for (int number : all) {
        if (auto done = tick(activityId, number, numbers.contains(number)); !done) {
            return done;
        }
    }
    return transaction.commit();
}

Result<qint64> AttendanceRepository::addWalkIn(qint64 activityId, const WalkIn &walkIn)
{
    if (walkIn.name.trimmed().isEmpty()) {
        return Error::invalid(tr("A walk-in needs a name."));
    }
    if (walkIn.number < 0) {
        return Error::invalid(tr("Row numbers start at 1."));
    }
    Transaction transaction(m_database);
    if (auto place = activityPlace(m_database, activityId); !place) {
        return place.error();
    }
    int number = walkIn.number;
    Query used(m_database,
               QStringLiteral("SELECT max(n), sum(n = ?) FROM (SELECT number AS n FROM "
                              "activity_invitee WHERE activity_id = ? UNION ALL SELECT number "
                              "FROM activity_attendance WHERE activity_id = ?)"));
    used.bind(number).bind(activityId).bind(activityId);
    if (auto done = used.exec(); !done) {
        return done.error();
    }
    used.next();
    if (number == 0) {
        number = used.value(0).toInt() + 1;
    } else if (used.value(1).toInt() > 0) {
        return Error::conflict(tr("Row %1 of the sheet is already taken.").arg(number));
    }
    used.finish();
    Query insert(m_database,
                 QStringLiteral("INSERT INTO activity_attendance (activity_id, number, name, "
                                "jabatan, institution, institution_kind, phone, gender) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(activityId)
        .bind(number)
        .bind(walkIn.name.simplified())
        .bind(textValue(walkIn.jabatan.simplified()))
        .bind(textValue(walkIn.institution.simplified()))
        .bind(StakeholderKinds::key(walkIn.institutionKind))
        .bind(textValue(walkIn.phone.trimmed()))
        .bind(genderValue(walkIn.gender));
    if (auto done = insert.exec(); !done) {
        return done.error();
    }
    const qint64 id = insert.lastInsertId();
    if (auto done = AuditLog(m_database)
                        .record(AuditAction::Insert, entity, id,
                                tr("Walk-in %1 (number %2) at activity %3")
                                    .arg(walkIn.name.simplified())
                                    .arg(number)
                                    .arg(activityId),
                                {}, toJson(walkIn, number));
        !done) {
        return done.error();
    }
    if (auto done = transaction.commit(); !done) {
        return done.error();
    }
    return id;
}

Status AttendanceRepository::removeWalkIn(qint64 attendanceId)
{
    Transaction transaction(m_database);
    Query query(m_database,
                QStringLiteral("SELECT activity_id, number, name, invitee_id IS NULL FROM "
                               "activity_attendance WHERE id = ?"));
    query.bind(attendanceId);
    if (auto done = query.exec(); !done) {
        return done;
    }
    if (!query.next()) {
        return Error::notFound(tr("There is no attendance record with id %1.").arg(attendanceId));
    }
    if (!query.value(3).toBool()) {
        return Error::invalid(tr("An invited participant is unticked, not removed."));
    }
    const QJsonObject before{{QStringLiteral("activity_id"), query.value(0).toLongLong()},
                             {QStringLiteral("number"), query.value(1).toInt()},
                             {QStringLiteral("name"), query.value(2).toString()}};
    query.finish();
    if (auto done =
            execute(m_database, QStringLiteral("DELETE FROM activity_attendance WHERE id = ?"),
                    {attendanceId});
        !done) {
        return done;
    }
    if (auto done =
            AuditLog(m_database)
                .record(AuditAction::Delete, entity, attendanceId,
                        tr("Walk-in %1 removed").arg(before.value(u"name").toString()), before, {});
        !done) {
        return done;
    }
    return transaction.commit();
}

Result<qint64> AttendanceRepository::offerWalkInToRegister(qint64 attendanceId,
                                                           const RegisterTarget &target)
{
    Transaction transaction(m_database);
    Query query(m_database,
                QStringLiteral("SELECT activity_id, name, jabatan, institution, "
                               "institution_kind, phone, gender, person_id, invitee_id IS NULL "
                               "FROM activity_attendance WHERE id = ?"));
    query.bind(attendanceId);
    if (auto done = query.exec(); !done) {
        return done.error();
    }
    if (!query.next()) {
        return Error::notFound(tr("There is no attendance record with id %1.").arg(attendanceId));
    }
    if (!query.value(8).toBool()) {
        return Error::invalid(tr("Only a walk-in can be added to the register from here."));
    }
    if (query.value(7).toLongLong() > 0) {
        return Error::conflict(tr("This walk-in is already in the register."));
    }
    const qint64 activityId = query.value(0).toLongLong();
    WalkIn walkIn;
    walkIn.name = query.value(1).toString();
    walkIn.jabatan = query.value(2).toString();
    walkIn.institution = query.value(3).toString();
    walkIn.institutionKind = StakeholderKinds::institutionKindFromKey(query.value(4).toString())
                                 .value_or(InstitutionKind::Other);
    walkIn.phone = query.value(5).toString();
    walkIn.gender = StakeholderKinds::genderFromKey(query.value(6).toString());
    query.finish();
    auto place = activityPlace(m_database, activityId);
    if (!place) {
        return place.error();
    }
    const QString region = target.regionCode.isEmpty() ? place->regionCode : target.regionCode;

    Person person;
    person.name = PersonName::parse(walkIn.name);
    person.gender = walkIn.gender;
    person.category = target.category != StakeholderCategory::Other
                          ? target.category
                          : categoryFor(walkIn.institutionKind);
    person.regionCode = region;
    if (!walkIn.phone.isEmpty()) {
        person.phones = {walkIn.phone};
    }
    person.notes = tr("Came to activity %1 on %2 without an invitation.")
                       .arg(activityId)
                       .arg(place->date.toString(Qt::ISODate));
    auto personId = PersonRepository(m_database).add(person);
    if (!personId) {
        return personId.error();
    }
    qint64 institutionId = target.institutionId;
    InstitutionRepository institutions(m_database);
    if (institutionId == 0 && !walkIn.institution.isEmpty()) {
        auto existing = institutions.findByName(walkIn.institution, region);
        if (!existing) {
            return existing.error();
        }
        if (*existing) {
            institutionId = (*existing)->id;
        } else {
            Institution institution;
            institution.name = walkIn.institution;
            institution.kind = walkIn.institutionKind;
            institution.regionCode = region;
            auto added = institutions.add(institution);
            if (!added) {
                return added.error();
            }
            institutionId = *added;
            if (auto done =
                    AuditLog(m_database)
                        .record(AuditAction::Insert, QStringLiteral("institution"), institutionId,
                                tr("Institution %1 added for a walk-in").arg(institution.name), {},
                                {{QStringLiteral("name"), institution.name}});
                !done) {
                return done.error();
            }
        }
    }
    qint64 positionId = 0;
    if (institutionId > 0 && !walkIn.jabatan.trimmed().isEmpty()) {
        const WrittenJabatan written = parseJabatan(walkIn.jabatan);
        Position position;
        position.personId = *personId;
        position.institutionId = institutionId;
        position.title = written.title;
        position.acting = written.acting;
        position.start = place->date;
        auto added = PositionRepository(m_database).add(position);
        if (!added) {
            return added.error();
        }
        positionId = *added;
    }
    if (auto done = execute(m_database,
                            QStringLiteral("UPDATE activity_attendance SET person_id = ? "
                                           "WHERE id = ?"),
                            {*personId, attendanceId});
        !done) {
        return done.error();
    }
    if (auto done = AuditLog(m_database)
                        .record(AuditAction::Insert, QStringLiteral("person"), *personId,
                                tr("Walk-in %1 added to the register").arg(walkIn.name), {},
                                {{QStringLiteral("attendance_id"), attendanceId},
                                 {QStringLiteral("institution_id"), institutionId},
                                 {QStringLiteral("position_id"), positionId}});
        !done) {
        return done.error();
    }
    if (auto done = transaction.commit(); !done) {
        return done.error();
    }
    return *personId;
}

Result<AttendanceCounts> AttendanceRepository::counts(qint64 activityId) const
{
    AttendanceCounts counts;
    Query invited(m_database,
                  QStringLiteral("SELECT count(*) FROM activity_invitee WHERE activity_id = ?"));
    auto total = invited.bind(activityId).scalar();
    if (!total) {
        return total.error();
    }
    counts.invited = total->toInt();
    Query query(m_database, QStringLiteral("SELECT a.invitee_id IS NULL, ") +
                                QLatin1String(personColumns) +
                                QStringLiteral("FROM activity_attendance a LEFT JOIN "
                                               "activity_invitee v ON v.id = a.invitee_id "
                                               "WHERE a.activity_id = ?"));
    query.bind(activityId);
    if (auto done = query.exec(); !done) {
        return done.error();
    }
    while (query.next()) {
        ++counts.total;
        if (query.value(0).toBool()) {
            ++counts.walkIns;
        } else {
            ++counts.invitedCame;
        }
        switch (StakeholderKinds::genderFromKey(query.value(1).toString())) {
        case Gender::Male:
            ++counts.male;
            break;
        case Gender::Female:
            ++counts.female;
            break;
        case Gender::Unknown:
            ++counts.unknownGender;
            break;
        }
        ++counts.byInstitutionKind[query.value(2).toString()];
    }
    return counts;
}

Result<bool> AttendanceRepository::hasAttendance(qint64 activityId) const
{
    Query query(m_database, QStringLiteral("SELECT EXISTS (SELECT 1 FROM activity_attendance WHERE "
                                           "activity_id = ?)"));
    auto value = query.bind(activityId).scalar();
    if (!value) {
        return value.error();
    }
    return value->toBool();
}

} // namespace sisambang::db
