// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// An office ready for scheduling: Bawaslu Kabupaten Bangka Tengah with three
// officers, the Kantor Camat Koba, and a signed MoU covering every desa of Koba.

#include "activities.h"
#include "agreements.h"
#include "guifixture.h"
#include "institutions.h"
#include "people.h"
#include "positions.h"

namespace sisambang::test {

struct ScheduleFixture : GuiFixture
{
    ScheduleFixture()
    {
        db::Database &db = database.db();
        bawaslu = institution(QStringLiteral("Bawaslu Kabupaten Bangka Tengah"),
                              db::InstitutionKind::Bawaslu, QStringLiteral("19.04"));
        kecamatan = institution(QStringLiteral("Kantor Camat Koba"),
                                db::InstitutionKind::DistrictOffice, QStringLiteral("19.04.01"));
        ketua = person(QStringLiteral("Rahmat Hidayat, S.H."), bawaslu, QStringLiteral("Ketua"));
        anggota = person(QStringLiteral("Yaumil Ikrom"), bawaslu, QStringLiteral("Anggota"));
        staf = person(QStringLiteral("Wahyu Tri Buwono"), bawaslu, QStringLiteral("Staf"));
        db::AgreementRepository agreements(db);
        db::Agreement agreement;
        agreement.title = QStringLiteral("Sambang Pengawasan di Kecamatan Koba");
        agreement.programme = QStringLiteral("Sambang Pengawasan");
        agreement.signedOn = QDate(2023, 2, 20);
        agreement.place = QStringLiteral("Koba");
        agreement.validFrom = QDate(2023, 2, 20);
        agreement.validUntil = QDate(2025, 2, 19);
        agreement.status = db::AgreementStatus::Signed;
        agreement.parties = {{1, bawaslu}, {2, kecamatan}};
        auto villages = agreements.defaultVillages(kecamatan);
        REQUIRE(villages.ok());
        kobaVillages = *villages;
        agreement.villageCodes = kobaVillages;
        auto id = agreements.add(agreement);
        REQUIRE(id.ok());
        agreementId = *id;
    }

    qint64 institution(const QString &name, db::InstitutionKind kind, const QString &region)
    {
        db::Institution added;
        added.name = name;
        added.kind = kind;
        added.regionCode = region;
        auto id = db::InstitutionRepository(database.db()).add(added);
        REQUIRE(id.ok());
        return *id;
    }

    qint64 person(const QString &name, qint64 at, const QString &title)
    {
        db::Person added;
        added.name = db::PersonName::parse(name);
        auto id = db::PersonRepository(database.db()).add(added);
        REQUIRE(id.ok());
        db::Position position;
        position.personId = *id;
        position.institutionId = at;
        position.title = title;
        position.start = QDate(2018, 8, 15);
        REQUIRE(db::PositionRepository(database.db()).add(position).ok());
        return *id;
    }

    // A visit stored directly, 09.00-11.00 unless said otherwise.
    qint64 visit(const QString &desa, const QDate &date, const QList<qint64> &officers = {},
                 db::ActivityStatus status = db::ActivityStatus::Planned,
                 const QTime &start = QTime(9, 0))
    {
        db::Activity activity;
        activity.regionCode = desa;
        activity.date = date;
        activity.start = start;
        activity.end = start.addSecs(2 * 3600);
        activity.agreementId = agreementId;
        activity.status = status;
        for (const qint64 officer : officers) {
            activity.officers.append({officer, db::OfficerRole::Speaker});
        }
        auto id = db::ActivityRepository(database.db()).add(activity);
        INFO((id ? QString() : id.error().message).toStdString());
        REQUIRE(id.ok());
        return *id;
    }

    qint64 bawaslu = 0;
    qint64 kecamatan = 0;
    qint64 ketua = 0;
    qint64 anggota = 0;
    qint64 staf = 0;
    qint64 agreementId = 0;
    QStringList kobaVillages;
};

// Koba's desa used in the tests.
inline const QString nibung = QStringLiteral("19.04.01.2003");
inline const QString padangMulia = QStringLiteral("19.04.01.1018");

} // namespace sisambang::test
