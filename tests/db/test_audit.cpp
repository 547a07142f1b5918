// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit.h"
#include "holidays.h"
#include "officeprofile.h"
#include "testdatabase.h"
#include "transaction.h"

#include <catch2/catch.hpp>

using namespace sisambang;
using namespace sisambang::db;

TEST_CASE("The audit log records who changed what with before and after", "[audit]")
{
    test::TestDatabase fixture;
    AuditLog log(fixture.db());
    REQUIRE(log.setOperatorName(QStringLiteral("Staf Sekretariat")).ok());
    CHECK(log.operatorName() == QStringLiteral("Staf Sekretariat"));
    REQUIRE(log.record(AuditAction::Update, QStringLiteral("person"), 7, QStringLiteral("phone"),
                       QJsonObject{{QStringLiteral("phone"), QStringLiteral("0812")}},
                       QJsonObject{{QStringLiteral("phone"), QStringLiteral("0813")}})
                .ok());
    REQUIRE(
        log.record(AuditAction::Print, QStringLiteral("agreement"), 1, QStringLiteral("MoU PDF"))
            .ok());

    AuditFilter filter;
    auto all = log.entries(filter);
    REQUIRE(all.ok());
    // The fixture's office profile was saved first, and is in the log too.
    REQUIRE(all->size() == 3);
    CHECK(all->at(2).entity == QStringLiteral("office_profile"));
    CHECK(all->at(0).action == AuditAction::Print); // newest first
    CHECK(all->at(1).operatorName == QStringLiteral("Staf Sekretariat"));
    CHECK(all->at(1).before.value(QStringLiteral("phone")).toString() == QStringLiteral("0812"));
    CHECK(all->at(1).after.value(QStringLiteral("phone")).toString() == QStringLiteral("0813"));

    filter.entity = QStringLiteral("person");
    CHECK(log.entries(filter)->size() == 1);
    filter.entity.clear();
    filter.from = QDate::currentDate().addDays(1);
    CHECK(log.entries(filter)->isEmpty());
    filter.from = QDate::currentDate();
    filter.to = QDate::currentDate();
    CHECK(log.entries(filter)->size() == 3);
}

TEST_CASE("Office profile and holiday changes are audited with before and after", "[audit]")
{
    test::TestDatabase fixture;
    AuditLog log(fixture.db());
    OfficeProfileStore store(fixture.db());
    auto profile = store.load();
    REQUIRE(profile.ok());
    profile->secretaryName = QStringLiteral("Win Iskandar");
    REQUIRE(store.save(*profile).ok());
    REQUIRE(HolidayRepository(fixture.db())
                .save({QDate(2027, 8, 17), QStringLiteral("HUT RI"), HolidayKind::National})
                .ok());
    REQUIRE(HolidayRepository(fixture.db()).remove(QDate(2027, 8, 17)).ok());
    auto entries = log.entries({});
    REQUIRE(entries.ok());
    REQUIRE(entries->size() >= 3);
    CHECK(entries->at(0).action == AuditAction::Delete);
    CHECK(entries->at(1).after.value(QStringLiteral("description")).toString() ==
          QStringLiteral("HUT RI"));
    CHECK(entries->at(2).entity == QStringLiteral("office_profile"));
    CHECK(entries->at(2).before.value(QStringLiteral("secretary_name")).toString().isEmpty());
    CHECK(entries->at(2).after.value(QStringLiteral("secretary_name")).toString() ==
          QStringLiteral("Win Iskandar"));
}

TEST_CASE("An audit record rolls back with its change", "[audit]")
{
    test::TestDatabase fixture;
    AuditLog log(fixture.db());
    const auto before = log.entries({})->size();
    {
        Transaction transaction(fixture.db());
        REQUIRE(
            log.record(AuditAction::Insert, QStringLiteral("person"), 1, QStringLiteral("x")).ok());
    }
    CHECK(log.entries({})->size() == before);
    REQUIRE(log.setOperatorName(QString()).ok());
    CHECK_FALSE(log.operatorName().isEmpty()); // falls back to the system user
}

TEST_CASE("One audit log object records the operator name set after its first record", "[audit]")
{
    test::TestDatabase fixture;
    AuditLog log(fixture.db());
    REQUIRE(log.setOperatorName(QStringLiteral("Staf Pertama")).ok());
    REQUIRE(log.record(AuditAction::Insert, QStringLiteral("person"), 1, QStringLiteral("a")).ok());
    // The name is read once per log object, and read again once it is changed.
    REQUIRE(log.setOperatorName(QStringLiteral("Staf Kedua")).ok());
    REQUIRE(log.record(AuditAction::Insert, QStringLiteral("person"), 2, QStringLiteral("b")).ok());
    auto entries = log.entries({});
    REQUIRE(entries.ok());
    REQUIRE(entries->size() >= 2);
    CHECK(entries->at(0).operatorName == QStringLiteral("Staf Kedua"));
    CHECK(entries->at(1).operatorName == QStringLiteral("Staf Pertama"));
}
