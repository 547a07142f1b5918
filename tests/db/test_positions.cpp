// SPDX-License-Identifier: GPL-3.0-or-later
#include "registerfixture.h"
#include "stakeholderquery.h"

#include <catch2/catch.hpp>

using namespace sisambang;
using namespace sisambang::db;

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}
} // namespace

TEST_CASE("positions: replace holder ends one term and starts the next", "[positions]")
{
    test::TestDatabase fixture;
    auto &database = fixture.db();
    const qint64 kantor = test::addInstitution(database, s("Kantor Camat Lubuk Besar"),
                                               InstitutionKind::DistrictOffice, s("19.04.06"));
    const qint64 old = test::addPerson(database, s("Darmawan, S.IP"));
    const qint64 sahabudin = test::addPerson(database, s("H. Sahabudin, S.Sos."));
    const qint64 first =
        test::addPosition(database, old, kantor, s("Sekretaris Camat"), QDate(2019, 3, 1));
    PositionRepository positions(database);

    auto successor = positions.replaceHolder(first, 1, sahabudin, QDate(2022, 7, 1));
    REQUIRE(successor.ok());
    const Position ended = *positions.find(first);
    CHECK(ended.end == QDate(2022, 6, 30));
    CHECK(ended.version == 2);
    const Position started = *positions.find(*successor);
    CHECK(started.personId == sahabudin);
    CHECK(started.title == s("Sekretaris Camat"));
    CHECK(started.start == QDate(2022, 7, 1));
    CHECK(started.isCurrent());

    auto before = positions.holderOn(kantor, s("sekretaris camat"), QDate(2022, 6, 30));
    REQUIRE(before.ok());
    REQUIRE(before->has_value());
    CHECK((*before)->position.personId == old);
    auto onTheDay = positions.holderOn(kantor, s("Sekretaris  Camat"), QDate(2023, 2, 20));
    REQUIRE(onTheDay->has_value());
    CHECK((*onTheDay)->personName == s("H. Sahabudin, S.Sos."));
    CHECK_FALSE(positions.holderOn(kantor, s("Sekretaris Camat"), QDate(2019, 1, 1))->has_value());

    // History stays visible, latest first.
    auto history = positions.historyAt(kantor, s("Sekretaris Camat"));
    REQUIRE(history->size() == 2);
    CHECK(history->at(0).position.personId == sahabudin);
    CHECK(history->at(1).position.personId == old);
    CHECK(positions.historyOfPerson(old)->first().position.end == QDate(2022, 6, 30));

    // The register lists each with what they hold now.
    StakeholderQuery query(database);
    CHECK(query.row(sahabudin)->jabatan == s("Sekretaris Camat"));
    CHECK(query.row(sahabudin)->kecamatanName == s("Lubuk Besar"));
    CHECK(query.row(old)->jabatan.isEmpty());

    // An ended position cannot be replaced again; a stale version is a conflict.
    CHECK(positions.replaceHolder(first, 2, sahabudin, QDate(2023, 1, 1)).error().code ==
          Error::Code::Invalid);
    const qint64 third = test::addPerson(database, s("Yusuf"));
    auto stale = positions.replaceHolder(*successor, 7, third, QDate(2024, 1, 1));
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().code == Error::Code::Conflict);
    CHECK(positions.find(*successor)->isCurrent()); // rolled back
    CHECK(positions.historyAt(kantor)->size() == 2);
    CHECK(positions.replaceHolder(*successor, 1, third, QDate(2022, 7, 1)).error().code ==
          Error::Code::Invalid); // not after the start
}

TEST_CASE("positions: Plt. and Pj. hold office beside or instead of a definitive holder",
          "[positions]")
{
    test::TestDatabase fixture;
    auto &database = fixture.db();
    const qint64 desa = test::addInstitution(database, s("Kantor Desa Kulur"),
                                             InstitutionKind::VillageOffice, s("19.04.06.2004"));
    const qint64 kades = test::addPerson(database, s("Samsul Bahri"));
    const qint64 plt = test::addPerson(database, s("Rudi Hartono"));
    test::addPosition(database, kades, desa, s("Kepala Desa"), QDate(2018, 1, 1));
    test::addPosition(database, plt, desa, s("Kepala Desa"), QDate(2023, 2, 1), ActingKind::Plt,
                      QDate(2023, 4, 30));
    PositionRepository positions(database);

    auto holders = positions.holdersOn(desa, s("Kepala Desa"), QDate(2023, 3, 1));
    REQUIRE(holders->size() == 2);
    CHECK(holders->at(0).position.personId == kades); // definitive first
    CHECK(holders->at(1).position.jabatan() == s("Plt. Kepala Desa"));
    CHECK((*positions.holderOn(desa, s("Kepala Desa"), QDate(2023, 3, 1)))->position.personId ==
          kades);
    CHECK(positions.holdersOn(desa, s("Kepala Desa"), QDate(2023, 5, 1))->size() == 1);

    // Without a definitive holder the acting one signs.
    test::TestDatabase other;
    const qint64 vacant = test::addInstitution(other.db(), s("Kantor Desa Trubus"),
                                               InstitutionKind::VillageOffice, s("19.04.06.2007"));
    const qint64 pj = test::addPerson(other.db(), s("Hendra Gunawan"));
    test::addPosition(other.db(), pj, vacant, s("Kepala Desa"), QDate(2022, 1, 1), ActingKind::Pj);
    auto signer =
        PositionRepository(other.db()).holderOn(vacant, s("Kepala Desa"), QDate(2023, 2, 20));
    REQUIRE(signer->has_value());
    CHECK((*signer)->position.jabatan() == s("Pj. Kepala Desa"));
    CHECK(StakeholderQuery(other.db()).row(pj)->jabatan == s("Pj. Kepala Desa"));

    CHECK(parseJabatan(s("Plt. Kepala Desa")).acting == ActingKind::Plt);
    CHECK(parseJabatan(s("PJ Kepala Desa")).title == s("Kepala Desa"));
    CHECK(parseJabatan(s("Pjs. Camat")).acting == ActingKind::Pj);
    CHECK(parseJabatan(s("Pjabat")).title == s("Pjabat"));
}

TEST_CASE("positions: dates and required fields are checked", "[positions]")
{
    test::TestDatabase fixture;
    auto &database = fixture.db();
    const qint64 office =
        test::addInstitution(database, s("Polsek Koba"), InstitutionKind::Police, s("19.04.01"));
    const qint64 person = test::addPerson(database, s("Dedi"));
    Position position;
    position.personId = person;
    position.institutionId = office;
    position.start = QDate(2023, 5, 1);
    position.end = QDate(2023, 4, 1);
    PositionRepository positions(database);
    QStringList fields;
    for (const auto &problem : positions.validate(position)) {
        fields << problem.field;
    }
    CHECK(fields == QStringList{s("title"), s("end")});
    position.title = s("Kapolsek");
    position.end = QDate();
    auto id = positions.add(position);
    REQUIRE(id.ok());
    REQUIRE(positions.end(*id, 1, QDate(2023, 12, 31)).ok());
    CHECK(positions.find(*id)->end == QDate(2023, 12, 31));
    CHECK(positions.staffOn(office, QDate(2023, 6, 1))->size() == 1);
    CHECK(positions.staffOn(office, QDate(2024, 1, 1))->isEmpty());
    CHECK(positions.remove(*id, 1).error().code == Error::Code::Conflict);
    REQUIRE(positions.remove(*id, 2).ok());
    CHECK(positions.find(*id).error().code == Error::Code::NotFound);
}
