// SPDX-License-Identifier: GPL-3.0-or-later
#include "duplicates.h"
#include "query.h"
#include "registerfixture.h"

#include <catch2/catch.hpp>

using namespace sisambang;
using namespace sisambang::db;

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}
constexpr auto perlang = "19.04.06.2001";
} // namespace

TEST_CASE("people: added with normalised phones and read back", "[people]")
{
    test::TestDatabase fixture;
    PersonRepository people(fixture.db());
    Person person;
    person.name = PersonName::parse(s("Dr. Ir. Hj. Siti Aminah, M.Si."));
    person.phones = {s("0812 3456 7890"), s("+62 813-1111-2222"), s("081234567890")};
    person.email = s("siti@example.org");
    person.gender = Gender::Female;
    person.category = StakeholderCategory::CommunityLeader;
    person.regionCode = s(perlang);
    auto id = people.add(person);
    REQUIRE(id.ok());
    auto read = people.find(*id);
    REQUIRE(read.ok());
    CHECK(read->name == person.name);
    CHECK(read->phones == QStringList{s("+6281234567890"), s("+6281311112222")});
    CHECK(read->email == s("siti@example.org"));
    CHECK(read->gender == Gender::Female);
    CHECK(read->category == StakeholderCategory::CommunityLeader);
    CHECK(read->version == 1);
    CHECK(read->active);
    CHECK(read->createdAt.isValid());
}

TEST_CASE("people: the form's refusals come back field by field", "[people]")
{
    test::TestDatabase fixture;
    PersonRepository people(fixture.db());
    Person person;
    person.phones = {s("0812-12")};
    person.email = s("not an address");
    person.regionCode = s("99.99.99");
    const auto problems = people.validate(person);
    QStringList fields;
    for (const auto &problem : problems) {
        fields << problem.field;
    }
    CHECK(fields == QStringList{s("name"), s("phones"), s("email"), s("region_code")});
    auto added = people.add(person);
    REQUIRE_FALSE(added.ok());
    CHECK(added.error().code == Error::Code::Invalid);
    Query count(fixture.db(), s("SELECT count(*) FROM person"));
    CHECK(count.scalar()->toInt() == 0);
}

TEST_CASE("people: an update checks the version it was read at", "[people][conflict]")
{
    test::TestDatabase fixture;
    const qint64 id = test::addPerson(fixture.db(), s("Sahabudin"), {s("081234567890")});
    PersonRepository people(fixture.db());
    Person mine = *people.find(id);
    Person theirs = *people.find(id);

    theirs.email = s("sahabudin@example.org");
    REQUIRE(people.update(theirs).ok());
    CHECK(theirs.version == 2);

    mine.notes = s("Sekcam");
    auto conflict = people.update(mine);
    REQUIRE_FALSE(conflict.ok());
    CHECK(conflict.error().code == Error::Code::Conflict);
    CHECK(people.find(id)->email == s("sahabudin@example.org")); // theirs was not overwritten
    CHECK(people.find(id)->notes.isEmpty());

    Person reloaded = *people.find(id);
    reloaded.notes = s("Sekcam");
    REQUIRE(people.update(reloaded).ok());
    CHECK(people.find(id)->notes == s("Sekcam"));

    Person gone = reloaded;
    REQUIRE(people.remove(id, reloaded.version).value() == RemoveOutcome::Deleted);
    auto missing = people.update(gone);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == Error::Code::NotFound);
}

TEST_CASE("people: referenced people are deactivated and hidden, others deleted", "[people]")
{
    test::TestDatabase fixture;
    auto &database = fixture.db();
    const qint64 office = test::addInstitution(database, s("Kantor Desa Perlang"),
                                               InstitutionKind::VillageOffice, s(perlang));
    const qint64 holder = test::addPerson(database, s("Budi Santoso"), {s("081200000001")});
    const qint64 loner = test::addPerson(database, s("Tono Sudarmo"), {s("081200000002")});
    test::addPosition(database, holder, office, s("Kepala Desa"));
    PersonRepository people(database);

    auto referenced = people.remove(holder, 1);
    REQUIRE(referenced.ok());
    CHECK(*referenced == RemoveOutcome::Deactivated);
    CHECK_FALSE(people.find(holder)->active);
    CHECK(people.find(holder)->version == 2);

    auto unreferenced = people.remove(loner, 1);
    REQUIRE(unreferenced.ok());
    CHECK(*unreferenced == RemoveOutcome::Deleted);
    CHECK(people.find(loner).error().code == Error::Code::NotFound);
    Query phones(database, s("SELECT count(*) FROM person_phone WHERE person_id = ?"));
    phones.bind(loner);
    CHECK(phones.scalar()->toInt() == 0);

    auto stale = people.remove(holder, 1);
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().code == Error::Code::Conflict);

    // Institutions follow the same rule.
    InstitutionRepository institutions(database);
    CHECK(institutions.remove(office, 1).value() == RemoveOutcome::Deactivated);
    CHECK(institutions.list().value().isEmpty());
    InstitutionFilter all;
    all.includeInactive = true;
    CHECK(institutions.list(all).value().size() == 1);
    all.text = s("des perl");
    CHECK(institutions.list(all).value().size() == 1);
    all.text = s("polsek");
    CHECK(institutions.list(all).value().isEmpty());
    REQUIRE(people.setActive(holder, 2, true).ok());
    CHECK(people.find(holder)->active);
}

namespace {

// The kepala desa of Perlang, a resident of Perlang with two phones, and a
// namesake of the kepala desa in another desa.
struct DuplicateRegister
{
    qint64 kades = 0;
    qint64 resident = 0;
};

DuplicateRegister fillDuplicateRegister(Database &database)
{
    const qint64 office = test::addInstitution(database, s("Kantor Desa Perlang"),
                                               InstitutionKind::VillageOffice, s(perlang));
    DuplicateRegister made;
    made.kades = test::addPerson(database, s("H. Ahmad Fauzi, S.Pd."), {s("081211112222")});
    test::addPosition(database, made.kades, office, s("Kepala Desa"));
    made.resident = test::addPerson(database, s("Siti Rahma"),
                                    {s("081233334444"), s("081255556666")}, s(perlang));
    test::addPerson(database, s("Ahmad Fauzi"), {}, s("19.04.06.2002")); // another desa
    return made;
}

} // namespace

TEST_CASE("duplicates: same core name in the same desa or the same phone", "[duplicates]")
{
    test::TestDatabase fixture;
    auto &database = fixture.db();
    const auto [kades, resident] = fillDuplicateRegister(database);

    DuplicateFinder finder(database);
    Person draft;
    draft.name = PersonName::parse(s("AHMAD FAUZI"));
    draft.regionCode = s(perlang);
    auto byName = finder.find(draft);
    REQUIRE(byName.ok());
    REQUIRE(byName->size() == 1);
    CHECK(byName->first().personId == kades);
    CHECK(byName->first().reason == DuplicateReason::SameNameSameRegion);
    CHECK(byName->first().describe().contains(s("Desa Perlang")));

    Person other;
    other.name = PersonName::parse(s("Rahmawati"));
    other.phones = {s("0812-3333-4444")};
    auto byPhone = finder.find(other);
    REQUIRE(byPhone.ok());
    REQUIRE(byPhone->size() == 1);
    CHECK(byPhone->first().personId == resident);
    CHECK(byPhone->first().reason == DuplicateReason::SamePhone);
    CHECK(byPhone->first().detail == s("0812-3333-4444"));

    Person stranger;
    stranger.name = PersonName::parse(s("Ahmad Fauzi"));
    stranger.regionCode = s("19.04.01.2003");
    CHECK(finder.find(stranger)->isEmpty());

    // The register-wide clean-up list finds the same pair.
    test::addPerson(database, s("Siti Rahma"), {}, s(perlang));
    auto groups = finder.groups();
    REQUIRE(groups.ok());
    CHECK(groups->size() == 1);
    CHECK(groups->first().first() == resident);
}

TEST_CASE("duplicates: a finder that read the register's names and phones first answers the same",
          "[duplicates]")
{
    test::TestDatabase fixture;
    auto &database = fixture.db();
    fillDuplicateRegister(database);

    QList<Person> drafts;
    const auto draft = [&drafts](const char *name, const char *region, QStringList phones) {
        Person person;
        person.name = PersonName::parse(s(name));
        person.regionCode = s(region);
        person.phones = std::move(phones);
        drafts << person;
    };
    draft("AHMAD FAUZI", perlang, {});                           // name, via the position
    draft("Ahmad Fauzi", "19.04.06.2002", {});                   // name, own desa
    draft("Ahmad Fauzi", "19.04.01.2003", {});                   // name elsewhere
    draft("Rahmawati", "", {s("0812-5555-6666")});               // second phone
    draft("Siti Rahma", perlang, {s("081211112222")});           // name and another's phone
    draft("Budi Santoso", "19.04.06.2002", {s("081299990000")}); // nobody
    draft("Budi Santoso", "", {});                               // nobody, no place

    DuplicateFinder querying(database);
    DuplicateFinder preloaded(database);
    REQUIRE(preloaded.preload().ok());
    int found = 0;
    for (const Person &person : std::as_const(drafts)) {
        INFO(person.name.fullName().toStdString());
        auto expected = querying.find(person);
        auto answered = preloaded.find(person);
        REQUIRE(expected.ok());
        REQUIRE(answered.ok());
        REQUIRE(answered->size() == expected->size());
        for (qsizetype i = 0; i < expected->size(); ++i) {
            CHECK(answered->at(i).personId == expected->at(i).personId);
            CHECK(answered->at(i).reason == expected->at(i).reason);
            CHECK(answered->at(i).detail == expected->at(i).detail);
        }
        found += static_cast<int>(expected->size());
    }
    CHECK(found == 5); // kades; the other Ahmad; Siti by phone; Siti by name + the kades by phone
}
