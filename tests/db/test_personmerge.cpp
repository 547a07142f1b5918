// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit.h"
#include "personmerge.h"
#include "query.h"
#include "registerfixture.h"
#include "sqlite.h"
#include "stakeholderindex.h"
#include "stakeholderquery.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>

using namespace sisambang;
using namespace sisambang::db;

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}
int count(Database &database, const QString &sql, const QVariantList &values = {})
{
    Query query(database, sql);
    for (const auto &value : values) {
        query.bind(value);
    }
    return query.scalar()->toInt();
}
} // namespace

TEST_CASE("merge: every position, phone and reference moves to the survivor", "[merge]")
{
    test::TestDatabase fixture;
    auto &database = fixture.db();
    const qint64 desa = test::addInstitution(database, s("Kantor Desa Perlang"),
                                             InstitutionKind::VillageOffice, s("19.04.06.2001"));
    const qint64 bpd = test::addInstitution(database, s("BPD Perlang"), InstitutionKind::Other,
                                            s("19.04.06.2001"));
    const qint64 survivor =
        test::addPerson(database, s("Ahmad Fauzi"), {s("081211112222")}, s("19.04.06.2001"));
    Person merged;
    merged.name = PersonName::parse(s("H. Ahmad Fauzi, S.Pd."));
    merged.phones = {s("081233334444"), s("081211112222")};
    merged.email = s("fauzi@example.org");
    merged.gender = Gender::Male;
    merged.notes = s("Ketua karang taruna 2015-2018");
    const qint64 mergedId = *PersonRepository(database).add(merged);
    const qint64 kept =
        test::addPosition(database, survivor, desa, s("Kepala Desa"), QDate(2019, 1, 1));
    const qint64 copy =
        test::addPosition(database, mergedId, desa, s("Kepala Desa"), QDate(2019, 1, 1));
    const qint64 moved =
        test::addPosition(database, mergedId, bpd, s("Anggota BPD"), QDate(2013, 1, 1),
                          ActingKind::Definitive, QDate(2018, 12, 31));

    // A later table that refers to people (as participations and signatories will),
    // including a row that would repeat one of the survivor's.
    REQUIRE(sqlite::executeScript(database,
                                  s("CREATE TABLE participant (id INTEGER PRIMARY KEY, activity "
                                    "INTEGER NOT NULL, person_id INTEGER NOT NULL REFERENCES "
                                    "person (id), UNIQUE (activity, person_id));"))
                .ok());
    REQUIRE(execute(database,
                    s("INSERT INTO participant (activity, person_id) VALUES (1, ?), "
                      "(2, ?), (2, ?)"),
                    {mergedId, mergedId, survivor})
                .ok());

    PersonMerge merge(database);
    auto summary = merge.merge(survivor, 1, mergedId, 1);
    INFO((summary ? QString() : summary.error().message).toStdString());
    REQUIRE(summary.ok());
    CHECK(summary->positionsMoved == 1);
    CHECK(summary->positionsDropped == 1);
    CHECK(summary->phonesAdded == 1);
    CHECK(summary->fieldsFilled.contains(s("email")));
    CHECK(summary->fieldsFilled.contains(s("prefix_titles")));
    REQUIRE(summary->otherReferences.size() == 1);
    CHECK(summary->otherReferences.first().startsWith(s("participant.person_id: 1 moved, 1")));
    // The merge is in the audit log, with the person that went.
    AuditFilter mergesOnly;
    mergesOnly.entity = s("person");
    mergesOnly.entityId = survivor;
    auto audit = AuditLog(database).entries(mergesOnly);
    REQUIRE(audit.ok());
    // The survivor's own insert, then the merge (newest first).
    REQUIRE(audit->size() == 2);
    CHECK(audit->last().action == AuditAction::Insert);
    CHECK(audit->first().action == AuditAction::Merge);
    CHECK(audit->first().before.value(s("merged_id")).toInteger() == mergedId);

    PersonRepository people(database);
    CHECK(people.find(mergedId).error().code == Error::Code::NotFound);
    const Person after = *people.find(survivor);
    CHECK(after.name.fullName() == s("H. Ahmad Fauzi, S.Pd."));
    CHECK(after.phones == QStringList{s("+6281211112222"), s("+6281233334444")});
    CHECK(after.email == s("fauzi@example.org"));
    CHECK(after.gender == Gender::Male);
    CHECK(after.notes == s("Ketua karang taruna 2015-2018"));
    CHECK(after.version == 2);

    PositionRepository positions(database);
    CHECK(positions.find(kept)->personId == survivor);
    CHECK(positions.find(moved)->personId == survivor);
    CHECK(positions.find(copy).error().code == Error::Code::NotFound);
    CHECK(positions.historyOfPerson(survivor)->size() == 2);
    CHECK(count(database, s("SELECT count(*) FROM participant WHERE person_id = ?"), {survivor}) ==
          2);
    CHECK(count(database, s("SELECT count(*) FROM participant WHERE person_id = ?"), {mergedId}) ==
          0);

    auto records = merge.recordsFor(survivor);
    REQUIRE(records->size() == 1);
    CHECK(records->first().mergedId == mergedId);
    CHECK(records->first().mergedName == s("H. Ahmad Fauzi, S.Pd."));
    const QJsonObject details = QJsonDocument::fromJson(records->first().details.toUtf8()).object();
    CHECK(details.value(s("merged")).toObject().value(s("email")).toString() ==
          s("fauzi@example.org"));
    CHECK(details.value(s("positions_moved")).toInt() == 1);

    // The register shows one person; the survivor is now referenced by the record.
    StakeholderFilter filter;
    filter.text = s("fauzi");
    CHECK(*StakeholderQuery(database).count(filter) == 1);
    CHECK(stakeholderindex::problems(database)->isEmpty());
    CHECK(sqlite::integrityProblems(database)->isEmpty());
}

TEST_CASE("merge: refused for stale versions and for one person, leaving data as it was", "[merge]")
{
    test::TestDatabase fixture;
    auto &database = fixture.db();
    const qint64 a = test::addPerson(database, s("Candra Buansyah"));
    const qint64 b = test::addPerson(database, s("Candra Buansyah, S.E."));
    PersonMerge merge(database);
    CHECK(merge.merge(a, 1, a, 1).error().code == Error::Code::Invalid);
    CHECK(merge.merge(a, 1, b, 5).error().code == Error::Code::Conflict);
    CHECK(PersonRepository(database).find(b).ok());
    CHECK(count(database, s("SELECT count(*) FROM person_merge")) == 0);
    REQUIRE(merge.merge(a, 1, b, 1).ok());
    CHECK(PersonRepository(database).find(a)->name.fullName() == s("Candra Buansyah, S.E."));
    // A merged-into person is referenced now: removing them only deactivates.
    CHECK(PersonRepository(database).remove(a, 2).value() == RemoveOutcome::Deactivated);
}
