// SPDX-License-Identifier: GPL-3.0-or-later
// The MoU register: lifecycle, signatory snapshots, numbering, coverage.
#include "agreements.h"
#include "agreementtemplates.h"
#include "audit.h"
#include "demo.h"
#include "letternumbers.h"
#include "regions.h"
#include "registerfixture.h"

using namespace sisambang;

namespace {

struct Office
{
    qint64 bawaslu = 0;
    qint64 kecamatan = 0; // Kantor Camat Koba
    qint64 ketua = 0;
    qint64 sekcam = 0;
};

Office setUpOffice(db::Database &database)
{
    Office office;
    office.bawaslu =
        test::addInstitution(database, QStringLiteral("Bawaslu Kabupaten Bangka Tengah"),
                             db::InstitutionKind::Bawaslu, QStringLiteral("19.04"));
    office.kecamatan =
        test::addInstitution(database, QStringLiteral("Kantor Camat Koba"),
                             db::InstitutionKind::DistrictOffice, QStringLiteral("19.04.01"));
    office.ketua = test::addPerson(database, QStringLiteral("Rahmat Hidayat, S.H."));
    test::addPosition(database, office.ketua, office.bawaslu, QStringLiteral("Ketua"),
                      QDate(2018, 8, 15));
    office.sekcam = test::addPerson(database, QStringLiteral("Candra Buansyah"));
    test::addPosition(database, office.sekcam, office.kecamatan, QStringLiteral("Sekretaris Camat"),
                      QDate(2021, 8, 2));
    return office;
}

db::Agreement draft(db::Database &database, const Office &office)
{
    db::AgreementRepository agreements(database);
    db::Agreement agreement;
    agreement.title = QStringLiteral("Sambang Pengawasan di Kecamatan Koba");
    agreement.programme = QStringLiteral("Sambang Pengawasan");
    agreement.signedOn = QDate(2023, 2, 20);
    agreement.place = QStringLiteral("Koba");
    agreement.validFrom = QDate(2023, 2, 20);
    agreement.validUntil = QDate(2025, 2, 19);
    agreement.parties = {{1, office.bawaslu}, {2, office.kecamatan}};
    auto villages = agreements.defaultVillages(office.kecamatan);
    REQUIRE(villages.ok());
    agreement.villageCodes = *villages;
    return agreement;
}

} // namespace

TEST_CASE("Coverage defaults to every desa of the second party's kecamatan", "[agreements]")
{
    test::TestDatabase database;
    const Office office = setUpOffice(database.db());
    db::AgreementRepository agreements(database.db());
    auto villages = agreements.defaultVillages(office.kecamatan);
    REQUIRE(villages.ok());
    auto expected = db::RegionRepository(database.db()).villagesUnder(QStringLiteral("19.04.01"));
    REQUIRE(expected.ok());
    CHECK(villages->size() == expected->size());
    CHECK(villages->size() > 5);
    for (const QString &code : *villages) {
        CHECK(code.startsWith(QStringLiteral("19.04.01.")));
    }
    // An office without a kecamatan (the kabupaten's Bawaslu) has no default area.
    auto none = agreements.defaultVillages(office.bawaslu);
    REQUIRE(none.ok());
    CHECK(none->isEmpty());
}

TEST_CASE("Agreement lifecycle and its refusals", "[agreements]")
{
    test::TestDatabase database;
    const Office office = setUpOffice(database.db());
    db::AgreementRepository agreements(database.db());
    db::Agreement agreement = draft(database.db(), office);
    auto id = agreements.add(agreement);
    REQUIRE(id.ok());
    auto stored = agreements.find(*id);
    REQUIRE(stored.ok());
    CHECK(stored->status == db::AgreementStatus::Draft);
    CHECK(stored->version == 1);

    // No signatories and no numbers: signing is refused, naming what is missing.
    auto refused = agreements.sign(*id, 1);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == db::Error::Code::Invalid);
    CHECK(refused.error().message.contains(QStringLiteral("signatory")));
    CHECK(agreements.find(*id)->status == db::AgreementStatus::Draft);

    // One signatory is not enough either.
    REQUIRE(agreements.takeSnapshot(stored->parties[0], office.ketua, stored->signedOn).ok());
    stored->parties[0].letterNumber = QStringLiteral("001/HK.02/K.BB-04/02/2023");
    stored->parties[1].letterNumber = QStringLiteral("180/021/KEC-KB/II/2023");
    REQUIRE(agreements.update(*stored).ok());
    CHECK_FALSE(agreements.sign(*id, stored->version).ok());

    REQUIRE(agreements.takeSnapshot(stored->parties[1], office.sekcam, stored->signedOn).ok());
    REQUIRE(agreements.update(*stored).ok());
    // A stale version is a conflict, not a silent overwrite.
    CHECK(agreements.sign(*id, stored->version - 1).error().code == db::Error::Code::Conflict);
    REQUIRE(agreements.sign(*id, stored->version).ok());
    auto signedOne = agreements.find(*id);
    REQUIRE(signedOne.ok());
    CHECK(signedOne->status == db::AgreementStatus::Signed);

    // Signed cannot be signed again; a draft cannot end; signed ends.
    CHECK_FALSE(agreements.sign(*id, signedOne->version).ok());
    REQUIRE(agreements.end(*id, signedOne->version).ok());
    auto ended = agreements.find(*id);
    CHECK(ended->status == db::AgreementStatus::Ended);
    CHECK_FALSE(agreements.cancel(*id, ended->version).ok());

    // Renewal: a new draft with the same parties, desa and signatories, no numbers.
    auto renewed = agreements.renew(*id);
    REQUIRE(renewed.ok());
    auto copy = agreements.find(*renewed);
    REQUIRE(copy.ok());
    CHECK(copy->status == db::AgreementStatus::Draft);
    CHECK(copy->renewedFrom == *id);
    CHECK(copy->villageCodes == ended->villageCodes);
    CHECK(copy->parties.size() == 2);
    CHECK(copy->parties[1].signatoryName == QStringLiteral("Candra Buansyah"));
    CHECK(copy->parties[0].letterNumber.isEmpty());
    CHECK(copy->validFrom == QDate(2025, 2, 20));
    CHECK_FALSE(copy->signedOn.isValid());
    CHECK_FALSE(agreements.end(*renewed, copy->version).ok());
    REQUIRE(agreements.cancel(*renewed, copy->version).ok());
    CHECK(agreements.find(*renewed)->status == db::AgreementStatus::Cancelled);

    // Every change went into the audit log.
    db::AuditFilter filter;
    filter.entity = QStringLiteral("agreement");
    filter.entityId = *id;
    auto entries = db::AuditLog(database.db()).entries(filter);
    REQUIRE(entries.ok());
    int statusChanges = 0;
    for (const db::AuditEntry &entry : *entries) {
        statusChanges += entry.action == db::AuditAction::StatusChange ? 1 : 0;
    }
    CHECK(statusChanges == 2);
    CHECK(entries->size() >= 5);
}

TEST_CASE("Invalid agreements are refused", "[agreements]")
{
    test::TestDatabase database;
    const Office office = setUpOffice(database.db());
    db::AgreementRepository agreements(database.db());
    db::Agreement agreement = draft(database.db(), office);
    agreement.title.clear();
    CHECK(agreements.add(agreement).error().code == db::Error::Code::Invalid);
    agreement = draft(database.db(), office);
    agreement.validUntil = QDate(2022, 1, 1);
    CHECK_FALSE(agreements.add(agreement).ok());
    agreement = draft(database.db(), office);
    agreement.villageCodes << QStringLiteral("19.04.01");
    CHECK_FALSE(agreements.add(agreement).ok());
}

TEST_CASE("The signatory snapshot survives later register changes", "[agreements]")
{
    test::TestDatabase database;
    const Office office = setUpOffice(database.db());
    db::PersonRepository people(database.db());
    auto person = people.find(office.sekcam);
    REQUIRE(person.ok());
    person->nip = QStringLiteral("19780101 200501 1 001");
    REQUIRE(people.update(*person).ok());
    CHECK(people.find(office.sekcam)->nip == QStringLiteral("197801012005011001"));
    person = people.find(office.sekcam);
    person->nip = QStringLiteral("1978-01");
    CHECK_FALSE(people.update(*person).ok());

    db::AgreementRepository agreements(database.db());
    db::Agreement agreement = draft(database.db(), office);
    REQUIRE(agreements.takeSnapshot(agreement.parties[1], office.sekcam, agreement.signedOn).ok());
    CHECK(agreement.parties[1].signatoryJabatan == QStringLiteral("Sekretaris Camat"));
    CHECK(agreement.parties[1].signatoryNip == QStringLiteral("197801012005011001"));
    auto id = agreements.add(agreement);
    REQUIRE(id.ok());

    // The register changes: a new name, a new NIP, a new jabatan.
    person = people.find(office.sekcam);
    person->name = db::PersonName::parse(QStringLiteral("Drs. Candra Buansyah, M.Si."));
    person->nip = QStringLiteral("198001012006041002");
    REQUIRE(people.update(*person).ok());
    auto positions = db::PositionRepository(database.db()).historyOfPerson(office.sekcam);
    REQUIRE(positions.ok());
    db::Position position = positions->first().position;
    position.title = QStringLiteral("Camat");
    REQUIRE(db::PositionRepository(database.db()).update(position).ok());

    auto stored = agreements.find(*id);
    REQUIRE(stored.ok());
    CHECK(stored->parties[1].signatoryName == QStringLiteral("Candra Buansyah"));
    CHECK(stored->parties[1].signatoryJabatan == QStringLiteral("Sekretaris Camat"));
    CHECK(stored->parties[1].signatoryNip == QStringLiteral("197801012005011001"));
    CHECK(stored->parties[1].signatoryPersonId == office.sekcam);
}

TEST_CASE("The office's number comes from LetterNumbering", "[agreements]")
{
    test::TestDatabase database;
    const Office office = setUpOffice(database.db());
    db::AgreementRepository agreements(database.db());
    db::LetterNumbering numbering(database.db());
    auto proposed = numbering.propose(QStringLiteral("HK.02"), QDate(2023, 2, 20));
    REQUIRE(proposed.ok());

    auto first = agreements.add(draft(database.db(), office));
    auto second = agreements.add(draft(database.db(), office));
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    auto one = agreements.issueOfficeNumber(*first, 1, QStringLiteral("HK.02"));
    REQUIRE(one.ok());
    CHECK(*one == *proposed);
    CHECK(agreements.find(*first)->parties[0].letterNumber == *one);
    CHECK(agreements.find(*first)->version == 2);
    // Given once: no second number for the same agreement, and the next one differs.
    CHECK_FALSE(agreements.issueOfficeNumber(*first, 2, QStringLiteral("HK.02")).ok());
    auto two = agreements.issueOfficeNumber(*second, 1, QStringLiteral("HK.02"));
    REQUIRE(two.ok());
    CHECK(*two != *one);
    auto record = numbering.find(*two);
    REQUIRE(record.ok());
    CHECK(record->documentKind == QStringLiteral("agreement"));
    CHECK(record->documentId == *second);
    // An unknown classification gives no number and leaves the agreement alone.
    auto third = agreements.add(draft(database.db(), office));
    CHECK_FALSE(agreements.issueOfficeNumber(*third, 1, QStringLiteral("XX.99")).ok());
    CHECK(agreements.find(*third)->parties[0].letterNumber.isEmpty());
}

TEST_CASE("The demo's MoUs: list filters expiry and coverage", "[agreements]")
{
    test::TestDatabase database{QString()};
    REQUIRE(db::buildDemo(database.db()).ok());
    db::AgreementRepository agreements(database.db());
    auto all = agreements.list();
    REQUIRE(all.ok());
    REQUIRE(all->size() == 2);
    for (const db::AgreementSummary &row : *all) {
        CHECK(row.status == db::AgreementStatus::Signed);
        CHECK(row.signedOn == QDate(2023, 2, 20));
        CHECK(row.officeNumber.contains(QStringLiteral("/HK.02/K.BB-04/02/2023")));
    }
    db::AgreementFilter koba;
    koba.kecamatanCode = QStringLiteral("19.04.01");
    auto kobaRows = agreements.list(koba);
    REQUIRE(kobaRows.ok());
    REQUIRE(kobaRows->size() == 1);
    CHECK(kobaRows->first().secondParty == QStringLiteral("Kantor Camat Koba"));
    db::AgreementFilter year;
    year.year = 2024;
    CHECK(agreements.list(year)->isEmpty());
    year.year = 2023;
    CHECK(agreements.list(year)->size() == 2);
    db::AgreementFilter drafts;
    drafts.status = db::AgreementStatus::Draft;
    CHECK(agreements.list(drafts)->isEmpty());

    CHECK(agreements.expiring(QDate(2024, 6, 1))->isEmpty());
    CHECK(agreements.expiring(QDate(2024, 12, 1))->size() == 2);

    auto demo = agreements.find(kobaRows->first().id);
    REQUIRE(demo.ok());
    CHECK(demo->parties[0].signatoryName == QStringLiteral("Wahyu Tri Buwono"));
    CHECK(demo->parties[1].signatoryName == QStringLiteral("Candra Buansyah"));
    CHECK(demo->parties[1].signatoryJabatan == QStringLiteral("Sekretaris Camat"));
    CHECK(demo->articles.size() == 6);

    auto coverage = agreements.coverage(QStringLiteral("19.04"));
    REQUIRE(coverage.ok());
    int covered = 0;
    for (const db::CoverageRow &row : *coverage) {
        if (row.kecamatanCode == QStringLiteral("19.04.01") ||
            row.kecamatanCode == QStringLiteral("19.04.06")) {
            CHECK(row.covered == row.total);
            CHECK(row.total > 0);
        } else {
            CHECK(row.covered == 0);
        }
        covered += row.covered;
    }
    int expected = 0;
    for (const db::AgreementSummary &row : *all) {
        expected += row.villages;
    }
    CHECK(covered == expected);
}

TEST_CASE("Article templates are kept and filled", "[agreements]")
{
    test::TestDatabase database;
    db::AgreementTemplates templates(database.db());
    auto list = templates.list();
    REQUIRE(list.ok());
    REQUIRE(list->size() == 1);
    auto articles = templates.articles(list->first().id);
    REQUIRE(articles.ok());
    QStringList headings;
    for (const auto &article : *articles) {
        headings << article.heading;
    }
    CHECK(headings == QStringList{QStringLiteral("MAKSUD DAN TUJUAN"),
                                  QStringLiteral("RUANG LINGKUP"), QStringLiteral("PELAKSANAAN"),
                                  QStringLiteral("JANGKA WAKTU"), QStringLiteral("PEMBIAYAAN"),
                                  QStringLiteral("PENUTUP")});
    const auto filled = db::AgreementTemplates::fill(
        *articles, {{QStringLiteral("kecamatan"), QStringLiteral("Koba")},
                    {QStringLiteral("jangka_waktu"), QStringLiteral("2 (dua) tahun")}});
    CHECK(filled[1].body.contains(QStringLiteral("Kecamatan Koba")));
    CHECK(filled[3].body.contains(QStringLiteral("selama 2 (dua) tahun")));
    CHECK(filled[3].body.contains(QStringLiteral("{tanggal_berlaku}")));

    auto saved = templates.save(QStringLiteral("Rapat Koordinasi"),
                                {{QStringLiteral("UMUM"), QStringLiteral("Isi.")}});
    REQUIRE(saved.ok());
    CHECK(templates.list()->size() == 2);
    CHECK(templates.articles(*saved)->size() == 1);
}
