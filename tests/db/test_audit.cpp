// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit.h"
#include "holidays.h"
#include "officeprofile.h"
#include "registerfixture.h"
#include "testdatabase.h"
#include "transaction.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

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

namespace {

QList<AuditEntry> entriesOf(const Database &database, const QString &entity)
{
    AuditFilter filter;
    filter.entity = entity;
    auto entries = AuditLog(database).entries(filter);
    REQUIRE(entries.ok());
    return *entries;
}

} // namespace

TEST_CASE("Register changes are audited with the whole row before and after", "[audit]")
{
    test::TestDatabase fixture;
    auto &database = fixture.db();
    REQUIRE(AuditLog(database).setOperatorName(QStringLiteral("Operator Uji")).ok());
    const qint64 kantor =
        test::addInstitution(database, QStringLiteral("Kantor Camat Koba"),
                             InstitutionKind::DistrictOffice, QStringLiteral("19.04.01"));
    const qint64 person = test::addPerson(database, QStringLiteral("Darmawan, S.IP"));
    const qint64 position =
        test::addPosition(database, person, kantor, QStringLiteral("Camat"), QDate(2020, 1, 1));

    PersonRepository people(database);
    Person edited = *people.find(person);
    edited.phones = {QStringLiteral("0812 7000 111")};
    REQUIRE(people.update(edited).ok());
    auto personLog = entriesOf(database, QStringLiteral("person"));
    REQUIRE(personLog.size() == 2);
    CHECK(personLog.at(1).action == AuditAction::Insert);
    CHECK(personLog.at(1).before.isEmpty());
    CHECK(personLog.at(1).summary == QStringLiteral("Darmawan, S.IP"));
    CHECK(personLog.at(0).action == AuditAction::Update);
    CHECK(personLog.at(0).operatorName == QStringLiteral("Operator Uji"));
    CHECK(personLog.at(0).entityId == person);
    CHECK(personLog.at(0).before.value(QStringLiteral("phones")).toArray().isEmpty());
    CHECK(personLog.at(0).after.value(QStringLiteral("phones")).toArray().at(0).toString() ==
          QStringLiteral("+628127000111"));
    CHECK(personLog.at(0).after.value(QStringLiteral("version")).toInt() == 2);

    // Referenced by the position: removing deactivates, and says so.
    auto removed = people.remove(person, edited.version);
    REQUIRE(removed.ok());
    REQUIRE(*removed == RemoveOutcome::Deactivated);
    personLog = entriesOf(database, QStringLiteral("person"));
    CHECK(personLog.at(0).action == AuditAction::Deactivate);
    CHECK(personLog.at(0).before.value(QStringLiteral("active")).toInt() == 1);
    CHECK(personLog.at(0).after.value(QStringLiteral("active")).toInt() == 0);
    REQUIRE(people.setActive(person, edited.version + 1, true).ok());
    CHECK(entriesOf(database, QStringLiteral("person")).at(0).action == AuditAction::Reactivate);

    InstitutionRepository institutions(database);
    Institution office = *institutions.find(kantor);
    office.address = QStringLiteral("Jl. Raya Koba");
    REQUIRE(institutions.update(office).ok());
    const auto institutionLog = entriesOf(database, QStringLiteral("institution"));
    REQUIRE(institutionLog.size() == 2);
    CHECK(institutionLog.at(0).before.value(QStringLiteral("address")).toString().isEmpty());
    CHECK(institutionLog.at(0).after.value(QStringLiteral("address")).toString() ==
          QStringLiteral("Jl. Raya Koba"));
    CHECK_FALSE(institutionLog.at(0).after.contains(QStringLiteral("search_key")));

    PositionRepository positions(database);
    REQUIRE(positions.end(position, 1, QDate(2024, 12, 31)).ok());
    REQUIRE(positions.remove(position, 2).ok());
    const auto positionLog = entriesOf(database, QStringLiteral("position"));
    REQUIRE(positionLog.size() == 3);
    CHECK(positionLog.at(0).action == AuditAction::Delete);
    CHECK(positionLog.at(0).after.isEmpty());
    CHECK(positionLog.at(0).before.value(QStringLiteral("end_date")).toString() ==
          QStringLiteral("2024-12-31"));
    CHECK(positionLog.at(1).action == AuditAction::Update);
    CHECK(positionLog.at(1).summary == QStringLiteral("Camat"));
}

TEST_CASE("A refused register change leaves no audit entry", "[audit]")
{
    test::TestDatabase fixture;
    auto &database = fixture.db();
    const qint64 person = test::addPerson(database, QStringLiteral("Rina Wati"));
    PersonRepository people(database);
    Person stale = *people.find(person);
    Person fresh = stale;
    fresh.notes = QStringLiteral("first");
    REQUIRE(people.update(fresh).ok());
    const auto logged = entriesOf(database, QStringLiteral("person")).size();
    stale.notes = QStringLiteral("second");
    CHECK(people.update(stale).error().code == Error::Code::Conflict);
    CHECK(people.setActive(person, stale.version, false).error().code == Error::Code::Conflict);
    CHECK(entriesOf(database, QStringLiteral("person")).size() == logged);
}

TEST_CASE("The audit log filters by operator and text and pages by id", "[audit]")
{
    test::TestDatabase fixture;
    AuditLog log(fixture.db());
    REQUIRE(log.setOperatorName(QStringLiteral("Ani")).ok());
    for (int i = 0; i < 5; ++i) {
        REQUIRE(log.record(AuditAction::Insert, QStringLiteral("person"), i + 1,
                           QStringLiteral("Warga %1").arg(i))
                    .ok());
    }
    REQUIRE(log.setOperatorName(QStringLiteral("Budi")).ok());
    REQUIRE(log.record(AuditAction::Update, QStringLiteral("agreement"), 9,
                       QStringLiteral("MoU Koba"), {},
                       QJsonObject{{QStringLiteral("venue"), QStringLiteral("<b>Balai</b>")}})
                .ok());

    AuditFilter filter;
    filter.operatorName = QStringLiteral("Ani");
    CHECK(log.entries(filter)->size() == 5);
    filter.operatorName.clear();
    filter.text = QStringLiteral("<B>BALAI"); // case-insensitive, in after as well
    REQUIRE(log.entries(filter)->size() == 1);
    CHECK(log.entries(filter)->at(0).entity == QStringLiteral("agreement"));
    filter.text.clear();
    filter.entity = QStringLiteral("person");
    filter.limit = 2;
    auto first = log.entries(filter);
    REQUIRE(first->size() == 2);
    filter.beforeId = first->last().id;
    auto second = log.entries(filter);
    REQUIRE(second->size() == 2);
    CHECK(second->first().id < first->last().id);
    CHECK(log.operators()->contains(QStringLiteral("Budi")));
    CHECK(log.entities()->contains(QStringLiteral("agreement")));

    const QString csv = AuditLog::csv(*log.entries({}));
    CHECK(csv.startsWith(
        QStringLiteral("id,at,operator,action,entity,entity_id,summary,before,after\n")));
    CHECK(csv.contains(QStringLiteral(",Budi,update,agreement,9,MoU Koba,,"
                                      "\"{\"\"venue\"\":\"\"<b>Balai</b>\"\"}\"\n")));
}
