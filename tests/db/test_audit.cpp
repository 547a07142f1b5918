// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit.h"
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
    REQUIRE(all->size() == 2);
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
    CHECK(log.entries(filter)->size() == 2);
}

TEST_CASE("An audit record rolls back with its change", "[audit]")
{
    test::TestDatabase fixture;
    AuditLog log(fixture.db());
    {
        Transaction transaction(fixture.db());
        REQUIRE(
            log.record(AuditAction::Insert, QStringLiteral("person"), 1, QStringLiteral("x")).ok());
    }
    CHECK(log.entries({})->isEmpty());
    REQUIRE(log.setOperatorName(QString()).ok());
    CHECK_FALSE(log.operatorName().isEmpty()); // falls back to the system user
}
