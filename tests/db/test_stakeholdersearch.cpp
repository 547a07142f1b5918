// SPDX-License-Identifier: GPL-3.0-or-later
#include "registerfixture.h"
#include "stakeholderimport.h"
#include "stakeholderindex.h"
#include "stakeholderquery.h"

#include <catch2/catch.hpp>

using namespace sisambang;
using namespace sisambang::db;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

struct Register
{
    test::TestDatabase fixture;
    qint64 sahabudin = 0;
    qint64 candra = 0;
    qint64 kades = 0;
    qint64 camat = 0;
    qint64 inactive = 0;

    Register()
    {
        auto &database = fixture.db();
        const qint64 lubukBesar =
            test::addInstitution(database, s("Kantor Camat Lubuk Besar"),
                                 InstitutionKind::DistrictOffice, s("19.04.06"));
        const qint64 koba = test::addInstitution(database, s("Kantor Camat Koba"),
                                                 InstitutionKind::DistrictOffice, s("19.04.01"));
        const qint64 selan = test::addInstitution(database, s("Kantor Camat Sungai Selan"),
                                                  InstitutionKind::DistrictOffice, s("19.04.03"));
        const qint64 perlang = test::addInstitution(
            database, s("Kantor Desa Perlang"), InstitutionKind::VillageOffice, s("19.04.06.2001"));
        sahabudin = test::addPerson(database, s("H. Sahabudin, S.Sos."), {s("081234567890")});
        test::addPosition(database, sahabudin, lubukBesar, s("Sekretaris Camat"));
        candra = test::addPerson(database, s("Candra Buansyah"));
        test::addPosition(database, candra, koba, s("Sekretaris Camat"));
        kades = test::addPerson(database, s("Ahmad Fauzi"));
        test::addPosition(database, kades, perlang, s("Kepala Desa"));
        camat = test::addPerson(database, s("Drs. Muhammad Ma'ruf"));
        test::addPosition(database, camat, selan, s("Camat"));
        inactive = test::addPerson(database, s("Sahabuddin Lama"));
        REQUIRE(PersonRepository(database).setActive(inactive, 1, false).ok());
    }

    QList<qint64> search(const QString &text, ActiveFilter active = ActiveFilter::Active)
    {
        StakeholderFilter filter;
        filter.text = text;
        filter.active = active;
        auto rows = StakeholderQuery(fixture.db())
                        .page(filter, StakeholderSort::Name, Qt::AscendingOrder, 0, 50);
        REQUIRE(rows.ok());
        QList<qint64> ids;
        for (const auto &row : *rows) {
            ids << row.personId;
        }
        auto count = StakeholderQuery(fixture.db()).count(filter);
        REQUIRE(count.ok());
        CHECK(*count == ids.size());
        return ids;
    }
};

} // namespace

TEST_CASE("search: prefix, case and punctuation do not matter", "[search]")
{
    Register r;
    CHECK(r.search(s("sahab")) == QList<qint64>{r.sahabudin});
    CHECK(r.search(s("SAHABUDIN")) == QList<qint64>{r.sahabudin});
    CHECK(r.search(s("h.sahabudin, s.sos")) == QList<qint64>{r.sahabudin});
    CHECK(r.search(s("  sekretaris   camat ")) == QList<qint64>{r.candra, r.sahabudin});
    CHECK(r.search(s("sekr lubuk")) == QList<qint64>{r.sahabudin});
    CHECK(r.search(s("maruf")) == QList<qint64>{r.camat});
    CHECK(r.search(s("ma'ruf")) == QList<qint64>{r.camat});
    CHECK(r.search(s("nobody")).isEmpty());
    CHECK(r.search(s("...")).size() == 4); // no word: no search
}

TEST_CASE("search: spaces may be missing and places and phones are found", "[search]")
{
    Register r;
    // The kepala desa of Perlang serves in Kecamatan Lubuk Besar too.
    CHECK(r.search(s("lubukbesar")) == QList<qint64>{r.kades, r.sahabudin});
    CHECK(r.search(s("lubuk besar")) == QList<qint64>{r.kades, r.sahabudin});
    CHECK(r.search(s("sungaiselan")) == QList<qint64>{r.camat});
    CHECK(r.search(s("Sungai-Selan")) == QList<qint64>{r.camat});
    CHECK(r.search(s("perlang")) == QList<qint64>{r.kades});
    CHECK(r.search(s("kepaladesa")) == QList<qint64>{r.kades});
    CHECK(r.search(s("0812345")) == QList<qint64>{r.sahabudin});
    // Inactive people are hidden unless asked for.
    CHECK(r.search(s("sahabud"), ActiveFilter::All) == QList<qint64>{r.inactive, r.sahabudin});
    CHECK(r.search(s("sahabud"), ActiveFilter::Inactive) == QList<qint64>{r.inactive});
}

TEST_CASE("search: filters by place, institution kind and category", "[search]")
{
    Register r;
    StakeholderQuery query(r.fixture.db());
    StakeholderFilter filter;
    filter.kecamatanCode = s("19.04.06");
    CHECK(*query.count(filter) == 2);
    filter.desaCode = s("19.04.06.2001");
    CHECK(*query.count(filter) == 1);
    StakeholderFilter kind;
    kind.institutionKind = InstitutionKind::DistrictOffice;
    CHECK(*query.count(kind) == 3);
    StakeholderFilter region;
    region.regionCode = s("19.04.06");
    CHECK(*query.count(region) == 2);
    region.regionCode = s("19.04");
    CHECK(*query.count(region) == 4);
    StakeholderFilter category;
    category.category = StakeholderCategory::Other;
    category.active = ActiveFilter::All;
    CHECK(*query.count(category) == 5);
    category.category = StakeholderCategory::Media;
    CHECK(*query.count(category) == 0);

    const auto row = *query.row(r.sahabudin);
    CHECK(row.fullName == s("H. Sahabudin, S.Sos."));
    CHECK(row.institutionName == s("Kantor Camat Lubuk Besar"));
    CHECK(row.kecamatanCode == s("19.04.06"));
    CHECK(row.desaCode.isEmpty());
    CHECK(row.phoneDisplay == s("0812-3456-7890"));
    CHECK(row.institutionKind == InstitutionKind::DistrictOffice);
}

TEST_CASE("paging: offset and keyset pages agree in every sort order", "[search][paging]")
{
    test::TestDatabase fixture;
    auto &database = fixture.db();
    const QStringList desa = {s("19.04.06.2001"), s("19.04.06.2002"), s("19.04.01.2003")};
    QList<qint64> offices;
    for (const QString &code : desa) {
        offices << test::addInstitution(database, s("Kantor Desa ") + code,
                                        InstitutionKind::VillageOffice, code);
    }
    const QStringList titles = {s("Kepala Desa"), s("Sekretaris Desa"), s("Ketua BPD")};
    for (int i = 0; i < 37; ++i) {
        const qint64 id =
            test::addPerson(database, s("Orang %1").arg(i % 11) + QChar(u'A' + i % 5));
        test::addPosition(database, id, offices.at(i % 3), titles.at(i % 3));
    }
    StakeholderQuery query(database);
    const StakeholderFilter all;
    for (auto sort : {StakeholderSort::Name, StakeholderSort::Jabatan, StakeholderSort::Institution,
                      StakeholderSort::Desa, StakeholderSort::Kecamatan}) {
        for (auto order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const auto everything = *query.page(all, sort, order, 0, 100);
            REQUIRE(everything.size() == 37);
            QList<qint64> byOffset;
            QList<qint64> byKeyset;
            for (int offset = 0; offset < 37; offset += 8) {
                const auto rows = query.page(all, sort, order, offset, 8);
                REQUIRE(rows.ok());
                for (const auto &row : *rows) {
                    byOffset << row.personId;
                }
            }
            QList<StakeholderRow> page = *query.page(all, sort, order, 0, 8);
            while (!page.isEmpty()) {
                for (const auto &row : page) {
                    byKeyset << row.personId;
                }
                page = *query.pageAfter(all, sort, order, page.last(), 8);
            }
            QList<qint64> expected;
            for (const auto &row : everything) {
                expected << row.personId;
            }
            CHECK(byOffset == expected);
            CHECK(byKeyset == expected);
            for (const int index : {0, 9, 36}) {
                CHECK(*query.positionOf(all, sort, order, expected.at(index)) == index);
            }
        }
    }
    const auto names = *query.page(all, StakeholderSort::Name, Qt::AscendingOrder, 0, 100);
    CHECK(names.first().nameKey <= names.last().nameKey);
    auto problems = stakeholderindex::problems(database);
    REQUIRE(problems.ok());
    CHECK(problems->isEmpty());
}

TEST_CASE("the listing follows renamed institutions and can be rebuilt", "[search]")
{
    Register r;
    auto &database = r.fixture.db();
    InstitutionRepository institutions(database);
    const auto row = *StakeholderQuery(database).row(r.kades);
    Institution office = *institutions.find(row.institutionId);
    office.name = s("Pemerintah Desa Perlang");
    REQUIRE(institutions.update(office).ok());
    CHECK(StakeholderQuery(database).row(r.kades)->institutionName == s("Pemerintah Desa Perlang"));
    CHECK(r.search(s("pemerintah")) == QList<qint64>{r.kades});
    REQUIRE(stakeholderindex::rebuild(database).ok());
    CHECK(r.search(s("pemerintah")) == QList<qint64>{r.kades});
    CHECK(stakeholderindex::problems(database)->isEmpty());
}

TEST_CASE("search: a search matching much of the register pages in index order", "[search][paging]")
{
    test::TestDatabase fixture;
    auto &database = fixture.db();
    Table table;
    table.records << TableRecord{1, {s("Nama"), s("Jabatan"), s("Desa")}};
    const QStringList villages = {s("Perlang"), s("Kulur"), s("Nibung"), s("Berok")};
    const QStringList titles = {s("Kepala Dusun"), s("Ketua RT"), s("Anggota BPD")};
    for (int i = 0; i < 2300; ++i) {
        table.records << TableRecord{i + 2,
                                     {s("Orang %1 %2").arg(QChar(u'A' + i % 26)).arg(i),
                                      titles.at(i % 3), villages.at(i % 4)}};
    }
    StakeholderImport import(database);
    import.setTable(table);
    REQUIRE(import.commit().ok());
    const qint64 first = StakeholderQuery(database)
                             .page({}, StakeholderSort::Name, Qt::AscendingOrder, 0, 1)
                             ->first()
                             .personId;
    REQUIRE(PersonRepository(database).setActive(first, 1, false).ok());

    StakeholderQuery query(database);
    StakeholderFilter search;
    search.text = s("orang");
    CHECK(*query.count(search) == 2299);
    search.active = ActiveFilter::Inactive;
    CHECK(*query.count(search) == 1);
    search.active = ActiveFilter::All;
    CHECK(*query.count(search) == 2300);
    search.active = ActiveFilter::Active;
    for (auto sort : {StakeholderSort::Name, StakeholderSort::Desa, StakeholderSort::Jabatan}) {
        for (auto order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            // Every row matches, so the search must list exactly what no search lists.
            const auto expected = *query.page({}, sort, order, 0, 120);
            auto page = query.page(search, sort, order, 0, 60);
            REQUIRE(page.ok());
            QList<qint64> got;
            for (const auto &row : *page) {
                got << row.personId;
            }
            const auto next = query.pageAfter(search, sort, order, page->last(), 60);
            REQUIRE(next.ok());
            for (const auto &row : *next) {
                got << row.personId;
            }
            QList<qint64> want;
            for (const auto &row : expected) {
                want << row.personId;
            }
            CHECK(got == want);
        }
    }
    // A narrow search in the same register takes the other plan and agrees with it.
    search.text = s("orang x 23");
    const auto narrow = *query.page(search, StakeholderSort::Name, Qt::AscendingOrder, 0, 500);
    CHECK(narrow.size() == *query.count(search));
    CHECK(narrow.size() > 0);
    CHECK(narrow.size() < 2000);
    CHECK(std::is_sorted(narrow.cbegin(), narrow.cend(),
                         [](const auto &a, const auto &b) { return a.nameKey < b.nameKey; }));
}

TEST_CASE("search: one query object counts a search again after the register changed", "[search]")
{
    Register reg;
    StakeholderQuery query(reg.fixture.db());
    StakeholderFilter filter;
    filter.text = QStringLiteral("candra");
    REQUIRE(query.count(filter).ok());
    CHECK(*query.count(filter) == 1);
    REQUIRE(query.page(filter, StakeholderSort::Name, Qt::AscendingOrder, 0, 50)->size() == 1);
    test::addPerson(reg.fixture.db(), QStringLiteral("Candra Wijaya"));
    // The count shown is exact, and the page (which reuses the last count only
    // to choose its plan) finds the new person too.
    CHECK(*query.count(filter) == 2);
    CHECK(query.page(filter, StakeholderSort::Name, Qt::AscendingOrder, 0, 50)->size() == 2);
}

TEST_CASE("search: a listing page holds the table's fields of the same rows as a full page",
          "[search][paging]")
{
    Register reg;
    StakeholderQuery full(reg.fixture.db());
    StakeholderQuery listing(reg.fixture.db(), StakeholderFields::Listing);
    StakeholderFilter filter;
    filter.active = ActiveFilter::All;
    for (const QString &text : {QString(), s("sekretaris"), s("saha")}) {
        filter.text = text;
        for (auto sort : {StakeholderSort::Name, StakeholderSort::Kecamatan}) {
            auto all = full.page(filter, sort, Qt::AscendingOrder, 0, 50);
            auto shown = listing.page(filter, sort, Qt::AscendingOrder, 0, 50);
            REQUIRE(all.ok());
            REQUIRE(shown.ok());
            REQUIRE(all->size() == shown->size());
            REQUIRE_FALSE(all->isEmpty());
            for (qsizetype i = 0; i < all->size(); ++i) {
                const StakeholderRow &a = all->at(i);
                const StakeholderRow &b = shown->at(i);
                CHECK(a.personId == b.personId);
                CHECK(a.fullName == b.fullName);
                CHECK(a.nameKey == b.nameKey);
                CHECK(a.jabatan == b.jabatan);
                CHECK(a.institutionName == b.institutionName);
                CHECK(a.desaName == b.desaName);
                CHECK(a.kecamatanName == b.kecamatanName);
                CHECK(a.phones == b.phones);
                CHECK(a.phoneDisplay == b.phoneDisplay);
                CHECK(a.active == b.active);
                CHECK(b.positionId == 0); // not read for the table
            }
            auto next = listing.pageAfter(filter, sort, Qt::AscendingOrder, shown->first(), 50);
            REQUIRE(next.ok());
            CHECK(next->size() == shown->size() - 1);
        }
    }
    auto sahabudin = full.row(reg.sahabudin);
    REQUIRE(sahabudin.ok());
    CHECK(sahabudin->positionId != 0);
}
