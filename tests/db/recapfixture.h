// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A hand-counted recap fixture: Koba with an agreement signed 20 Feb 2023
// covering five desa, and activities from 28 Feb to 31 Mar 2023, one moved
// into April and one cancelled in Lubuk Besar.

#include "activities.h"
#include "agreements.h"
#include "attendance.h"
#include "participants.h"
#include "registerfixture.h"

namespace sisambang::test {

inline const QString nibung = QStringLiteral("19.04.01.2003");
inline const QString kurau = QStringLiteral("19.04.01.2005");
inline const QString guntung = QStringLiteral("19.04.01.2006");
inline const QString penyak = QStringLiteral("19.04.01.2007");
inline const QString berok = QStringLiteral("19.04.01.1017");
inline const QString perlang = QStringLiteral("19.04.06.2001");

inline qint64 addActivity(db::Database &database, const QString &desa, const QDate &date,
                          qint64 agreement)
{
    db::Activity activity;
    activity.regionCode = desa;
    activity.date = date;
    activity.agreementId = agreement;
    auto id = db::ActivityRepository(database).add(activity);
    REQUIRE(id.ok());
    return *id;
}

// Invites a guest and ticks them as present.
inline void guestCame(db::Database &database, qint64 activityId, const QString &name,
                      db::Gender gender, db::InstitutionKind kind)
{
    db::Guest guest;
    guest.name = name;
    guest.gender = gender;
    guest.institutionKind = kind;
    auto id = db::ParticipantRepository(database).inviteGuest(activityId, guest);
    REQUIRE(id.ok());
    auto invited = db::ParticipantRepository(database).find(*id);
    REQUIRE(invited.ok());
    REQUIRE(db::AttendanceRepository(database).setAttended(activityId, invited->number, true).ok());
}

inline void walkInCame(db::Database &database, qint64 activityId, const QString &name,
                       db::Gender gender, db::InstitutionKind kind)
{
    db::WalkIn walkIn;
    walkIn.name = name;
    walkIn.gender = gender;
    walkIn.institutionKind = kind;
    REQUIRE(db::AttendanceRepository(database).addWalkIn(activityId, walkIn).ok());
}

inline void setStatus(db::Database &database, qint64 id, db::ActivityStatus status)
{
    db::ActivityRepository activities(database);
    auto activity = activities.find(id);
    REQUIRE(activities.setStatus(id, activity->version, status).ok());
}

// Koba: an agreement signed 20 Feb 2023 covering five desa; activities from
// 28 Feb to 31 Mar 2023, one of them moved into April.
struct RecapFixture
{
    test::TestDatabase database;
    qint64 agreement = 0;

    RecapFixture()
    {
        auto &db = database.db();
        db::Agreement koba;
        koba.title = QStringLiteral("Sambang Pengawasan di Kecamatan Koba");
        koba.status = db::AgreementStatus::Signed;
        koba.signedOn = QDate(2023, 2, 20);
        koba.validFrom = QDate(2023, 2, 20);
        koba.validUntil = QDate(2025, 2, 19);
        koba.villageCodes = {nibung, kurau, guntung, penyak, berok};
        auto id = db::AgreementRepository(db).add(koba);
        REQUIRE(id.ok());
        agreement = *id;

        // Who came, by hand: in March 5 people (2 male, 2 female, 1 unknown;
        // village office 2, organisation 1, police 1, other 1), one in February.
        const qint64 nibungFirst = addActivity(db, nibung, QDate(2023, 3, 6), agreement);
        guestCame(db, nibungFirst, QStringLiteral("Kepala Desa Nibung"), db::Gender::Male,
                  db::InstitutionKind::VillageOffice);
        guestCame(db, nibungFirst, QStringLiteral("Sekretaris Desa Nibung"), db::Gender::Female,
                  db::InstitutionKind::VillageOffice);
        walkInCame(db, nibungFirst, QStringLiteral("Ketua PKK"), db::Gender::Female,
                   db::InstitutionKind::Organisation);
        setStatus(db, nibungFirst, db::ActivityStatus::Done);
        const qint64 kurauVisit = addActivity(db, kurau, QDate(2023, 3, 7), agreement);
        guestCame(db, kurauVisit, QStringLiteral("Bhabinkamtibmas Kurau"), db::Gender::Male,
                  db::InstitutionKind::Police);
        setStatus(db, kurauVisit, db::ActivityStatus::Done);
        addActivity(db, guntung, QDate(2023, 3, 8), agreement); // still planned
        const qint64 moved = addActivity(db, penyak, QDate(2023, 3, 31), agreement);
        REQUIRE(db::ActivityRepository(db)
                    .reschedule(moved, 1, QDate(2023, 4, 3), QTime(9, 0), QTime(12, 0),
                                QStringLiteral("Kepala desa dinas luar"))
                    .ok());
        setStatus(db, addActivity(db, perlang, QDate(2023, 3, 9), 0),
                  db::ActivityStatus::Cancelled);
        const qint64 nibungSecond = addActivity(db, nibung, QDate(2023, 3, 20), agreement);
        walkInCame(db, nibungSecond, QStringLiteral("Warga"), db::Gender::Unknown,
                   db::InstitutionKind::Other);
        setStatus(db, nibungSecond, db::ActivityStatus::Done);
        const qint64 berokVisit = addActivity(db, berok, QDate(2023, 2, 28), agreement);
        walkInCame(db, berokVisit, QStringLiteral("Lurah Berok"), db::Gender::Male,
                   db::InstitutionKind::VillageOffice);
        setStatus(db, berokVisit, db::ActivityStatus::Done);
    }
};

} // namespace sisambang::test
