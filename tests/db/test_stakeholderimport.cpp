// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit.h"
#include "query.h"
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

QString fixture(const char *name)
{
    return QStringLiteral(SISAMBANG_TEST_DATA "/") + QLatin1String(name);
}

int people(Database &database)
{
    Query query(database, s("SELECT count(*) FROM person"));
    return query.scalar()->toInt();
}

ImportPreview previewOf(Database &database, const QString &path)
{
    StakeholderImport import(database);
    auto loaded = import.load(path);
    INFO((loaded ? QString() : loaded.error().message).toStdString());
    REQUIRE(loaded.ok());
    auto preview = import.preview();
    INFO((preview ? QString() : preview.error().message).toStdString());
    REQUIRE(preview.ok());
    return *preview;
}

ImportSummary importFile(Database &database, const QString &path, ImportOptions options = {})
{
    StakeholderImport import(database);
    REQUIRE(import.load(path).ok());
    auto summary = import.commit(options);
    INFO((summary ? QString() : summary.error().message).toStdString());
    REQUIRE(summary.ok());
    return *summary;
}

StakeholderRow rowNamed(Database &database, const QString &text)
{
    StakeholderFilter filter;
    filter.text = text;
    auto rows =
        StakeholderQuery(database).page(filter, StakeholderSort::Name, Qt::AscendingOrder, 0, 10);
    REQUIRE(rows.ok());
    INFO(text.toStdString());
    REQUIRE(rows->size() == 1);
    return rows->first();
}

} // namespace

TEST_CASE("import: UTF-8 with BOM, CRLF, quoted commas and newlines", "[import]")
{
    test::TestDatabase fixtureDb;
    auto &database = fixtureDb.db();
    const auto preview = previewOf(database, fixture("stakeholders_utf8_bom.csv"));
    REQUIRE(preview.rows.size() == 5);
    CHECK(preview.count(ImportOutcome::New) == 5);
    CHECK(preview.rows.at(0).line == 2);
    CHECK(preview.rows.at(3).line == 6); // the quoted newline makes line 4 two lines long
    CHECK(preview.rows.at(4).line == 7);
    CHECK(preview.newInstitutions == 5);
    CHECK(people(database) == 0); // a preview writes nothing

    const auto summary = importFile(database, fixture("stakeholders_utf8_bom.csv"));
    CHECK(summary.added == QList<int>{2, 3, 4, 6, 7});
    CHECK(summary.institutionsAdded == 5);
    AuditFilter people;
    people.entity = s("person");
    auto audit = AuditLog(database).entries(people);
    REQUIRE(audit.ok());
    REQUIRE(audit->size() == 1); // one record for the import, not one per row
    CHECK(audit->first().action == AuditAction::Import);
    CHECK(audit->first().after.value(s("added")).toInt() == 5);
    CHECK(audit->first().after.value(s("file")).toString() == s("stakeholders_utf8_bom.csv"));

    const auto sahabudin = rowNamed(database, s("sahabudin"));
    CHECK(sahabudin.fullName == s("H. Sahabudin, S.Sos."));
    CHECK(sahabudin.jabatan == s("Sekretaris Camat"));
    CHECK(sahabudin.kecamatanCode == s("19.04.06"));
    CHECK(sahabudin.phoneDisplay == s("0812-7100-0001"));
    CHECK(sahabudin.institutionKind == InstitutionKind::DistrictOffice);
    CHECK(sahabudin.category == StakeholderCategory::Government);

    const auto fauzi = rowNamed(database, s("fauzi"));
    CHECK(fauzi.institutionName == s("Kantor Desa Perlang"));
    CHECK(fauzi.desaCode == s("19.04.06.2001"));
    CHECK(fauzi.category == StakeholderCategory::Village); // from the institution
    CHECK(PersonRepository(database).find(fauzi.personId)->notes ==
          s("Kades sejak 2019, periode kedua\n(dilantik ulang)"));

    CHECK(rowNamed(database, s("siti rahma")).desaName == s("Kurau (Timur)"));
    CHECK(rowNamed(database, s("siti rahma")).institutionName == s("Kantor Desa Kurau (Timur)"));
    const auto hendra = rowNamed(database, s("hendra"));
    CHECK(hendra.jabatan == s("Pj. Kepala Desa"));
    CHECK(hendra.desaName == s("Sungai Selan"));
    CHECK(hendra.institutionName == s("Kantor Kelurahan Sungai Selan"));
    CHECK(stakeholderindex::problems(database)->isEmpty());
}

TEST_CASE("import: English headers without BOM and offices above the kabupaten", "[import]")
{
    test::TestDatabase fixtureDb;
    auto &database = fixtureDb.db();
    const auto summary = importFile(database, fixture("stakeholders_english.csv"));
    CHECK(summary.added.size() == 4);
    CHECK(summary.institutionsAdded == 2); // one Bawaslu office shared by two rows
    const auto siti = rowNamed(database, s("aminah"));
    CHECK(siti.fullName == s("Dr. Ir. Hj. Siti Aminah, M.Si."));
    CHECK(siti.jabatan.isEmpty());
    CHECK(siti.desaName == s("Batu Beriga"));
    CHECK(siti.category == StakeholderCategory::CommunityLeader);
    CHECK(siti.gender == Gender::Female);
    CHECK(rowNamed(database, s("win iskandar")).institutionKind == InstitutionKind::Bawaslu);
}

TEST_CASE("import: Windows-1252 with semicolons and a titles column", "[import]")
{
    test::TestDatabase fixtureDb;
    auto &database = fixtureDb.db();
    const auto summary = importFile(database, fixture("stakeholders_cp1252_semicolon.csv"));
    CHECK(summary.added.size() == 3);
    const auto andre = rowNamed(database, s("andre"));
    CHECK(andre.fullName == s("Andr\u00e9 Wijaya, S.H."));
    CHECK(andre.institutionKind == InstitutionKind::Police);
    CHECK(andre.kecamatanName == s("Koba"));
    const auto maruf = rowNamed(database, s("maruf"));
    CHECK(maruf.fullName == s("Drs. Muhammad Ma\u2019ruf"));
    CHECK(maruf.category == StakeholderCategory::ReligiousLeader);
    CHECK(maruf.desaName == s("Kulur"));
    CHECK(PersonRepository(database).find(maruf.personId)->notes ==
          s("Imam masjid; Jl. Raya Kulur"));
    const auto danramil = rowNamed(database, s("bambang"));
    CHECK(danramil.fullName == s("Kapten Inf. Bambang Sutrisno"));
    CHECK(danramil.institutionKind == InstitutionKind::Military);
    CHECK(danramil.phones.size() == 2);
}

TEST_CASE("import: every refused row says why and the commit is all or nothing", "[import]")
{
    test::TestDatabase fixtureDb;
    auto &database = fixtureDb.db();
    const auto preview = previewOf(database, fixture("stakeholders_errors.csv"));
    REQUIRE(preview.rows.size() == 7);
    const auto &rows = preview.rows;
    CHECK(rows.at(0).outcome == ImportOutcome::Error);
    CHECK(rows.at(0).reasons.join(u' ').contains(s("Desa Perlang (Kecamatan Lubuk Besar)")));
    CHECK(rows.at(1).outcome == ImportOutcome::Error);
    CHECK(rows.at(1).reasons.join(u' ').contains(s("name")));
    CHECK(rows.at(2).reasons.join(u' ').contains(s("too short")));
    CHECK(rows.at(3).reasons.join(u' ').contains(s("e-mail")));
    CHECK(rows.at(4).outcome == ImportOutcome::New);
    CHECK(rows.at(5).outcome == ImportOutcome::Duplicate);
    CHECK(rows.at(5).reasons.join(u' ').contains(s("line 6")));
    CHECK(rows.at(6).outcome == ImportOutcome::Error);
    CHECK(
        rows.at(6).reasons.join(u' ').contains(s("Kecamatan Lubuk Besar, not in Kecamatan Koba")));
    CHECK(preview.hasErrors());

    StakeholderImport refused(database);
    REQUIRE(refused.load(fixture("stakeholders_errors.csv")).ok());
    auto nothing = refused.commit();
    REQUIRE_FALSE(nothing.ok());
    CHECK(nothing.error().message.contains(s("nothing was imported")));
    CHECK(people(database) == 0);

    ImportOptions skip;
    skip.skipErrors = true;
    const auto summary = importFile(database, fixture("stakeholders_errors.csv"), skip);
    CHECK(summary.added == QList<int>{6});
    CHECK(summary.skipped == QList<int>{7});
    CHECK(summary.failed == QList<int>{2, 3, 4, 5, 8});
    CHECK(people(database) == 1);
}

TEST_CASE("import: the same file twice adds nothing and an edited file updates", "[import]")
{
    test::TestDatabase fixtureDb;
    auto &database = fixtureDb.db();
    importFile(database, fixture("stakeholders_utf8_bom.csv"));
    const int before = people(database);
    const auto again = previewOf(database, fixture("stakeholders_utf8_bom.csv"));
    CHECK(again.count(ImportOutcome::Unchanged) == 5);
    CHECK(again.newInstitutions == 0);
    const auto summary = importFile(database, fixture("stakeholders_utf8_bom.csv"));
    CHECK(summary.added.isEmpty());
    CHECK(summary.updated.isEmpty());
    CHECK(summary.skipped.size() == 5);
    CHECK(people(database) == before);

    // A changed phone, a new e-mail and a different jabatan for the same person.
    Table table;
    table.records = {
        {1, {s("Nama"), s("Kecamatan"), s("Desa"), s("No HP"), s("Email"), s("Jabatan")}},
        {2,
         {s("AHMAD FAUZI"), s("Lubuk Besar"), s("Perlang"), s("0813-9999-0000"),
          s("fauzi@example.org"), s("Kepala Desa")}},
        {3, {s("Candra Buansyah"), s("Koba"), QString(), QString(), QString(), s("Plt. Camat")}},
        {4, {s("Siti Rahma"), s("Koba"), s("Nibung"), s("081271000004"), QString(), QString()}},
    };
    StakeholderImport edited(database);
    edited.setTable(table);
    auto preview = edited.preview();
    REQUIRE(preview.ok());
    CHECK(preview->rows.at(0).outcome == ImportOutcome::Update);
    CHECK(preview->rows.at(0).reasons.join(u' ').contains(s("0813-9999-0000")));
    CHECK(preview->rows.at(1).outcome == ImportOutcome::Update);
    CHECK(preview->rows.at(1).reasons.join(u' ').contains(s("Camat")));
    // Same phone, different desa: flagged, not added.
    CHECK(preview->rows.at(2).outcome == ImportOutcome::Duplicate);
    CHECK(preview->rows.at(2).reasons.join(u' ').contains(s("same phone")));
    auto committed = edited.commit();
    REQUIRE(committed.ok());
    CHECK(committed->updated == QList<int>{2, 3});
    const Person fauzi = *PersonRepository(database).find(rowNamed(database, s("fauzi")).personId);
    CHECK(fauzi.phones.size() == 2);
    CHECK(fauzi.email == s("fauzi@example.org"));
    CHECK(people(database) == before);
}

TEST_CASE("import: headers can be mapped by hand and a file without names is refused", "[import]")
{
    test::TestDatabase fixtureDb;
    auto &database = fixtureDb.db();
    Table table;
    table.records = {{1, {s("Pejabat"), s("Posisi"), s("Wilayah"), s("Kontak")}},
                     {2, {s("Rudi Hartono"), s("Kepala Desa"), s("Nibung"), s("081200001111")}}};
    StakeholderImport import(database);
    import.setTable(table);
    CHECK(import.mapping().value(StakeholderColumn::Jabatan, -1) == 1);
    CHECK(import.mapping().value(StakeholderColumn::Phone, -1) == 3);
    CHECK_FALSE(import.mapping().contains(StakeholderColumn::Name));
    CHECK(import.unrecognisedHeaders() == QStringList{s("Pejabat"), s("Wilayah")});
    ColumnMapping mapping = import.mapping();
    mapping.insert(StakeholderColumn::Name, 0);
    mapping.insert(StakeholderColumn::Desa, 2);
    import.setMapping(mapping);
    auto preview = import.preview();
    REQUIRE(preview.ok());
    CHECK(preview->rows.first().outcome == ImportOutcome::New);
    CHECK(preview->rows.first().where == s("Kepala Desa, Kantor Desa Nibung"));

    QTemporaryDir folder;
    const QString path = folder.filePath(s("no-header.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("Rudi Hartono,Kepala Desa\n");
    file.close();
    StakeholderImport headless(database);
    auto loaded = headless.load(path);
    REQUIRE_FALSE(loaded.ok());
    CHECK(loaded.error().message.contains(s("Nama")));
}

namespace {

// "Warga Aab", "Warga Aac", ...: distinct names without digits.
QString wargaName(int i)
{
    QString letters;
    for (int n = i, k = 0; k < 3; ++k, n /= 26) {
        letters.prepend(QChar(u'a' + n % 26));
    }
    letters[0] = letters[0].toUpper();
    return s("Warga ") + letters;
}

int listingObjects(Database &database)
{
    Query query(database, s("SELECT count(*) FROM sqlite_master WHERE tbl_name = "
                            "'stakeholder_listing' AND type IN ('index', 'trigger')"));
    return query.scalar()->toInt();
}

} // namespace

TEST_CASE("import: a large import rebuilds the listing with its indexes and triggers", "[import]")
{
    test::TestDatabase fixtureDb;
    auto &database = fixtureDb.db();
    const int objects = listingObjects(database);
    REQUIRE(objects > 5);
    Table table;
    table.records = {{1, {s("Nama"), s("Desa"), s("Jabatan")}}};
    for (int i = 0; i < 700; ++i) {
        table.records.append({i + 2, {wargaName(i), s("Nibung"), s("Ketua RT")}});
    }
    StakeholderImport import(database);
    import.setTable(table);
    auto summary = import.commit();
    REQUIRE(summary.ok());
    CHECK(summary->added.size() == 700);
    CHECK(listingObjects(database) == objects);
    CHECK(stakeholderindex::problems(database)->isEmpty());
    Query listed(database, s("SELECT count(*) FROM stakeholder_listing"));
    CHECK(listed.scalar()->toInt() == people(database));
    Query found(database, s("SELECT count(*) FROM stakeholder_fts WHERE stakeholder_fts MATCH ?"));
    found.bind(stakeholderindex::matchExpression(wargaName(345)));
    CHECK(found.scalar()->toInt() == 1);

    // The triggers are back: a person added afterwards is listed and found.
    Person later;
    later.name = PersonName::parse(s("Zainal Abidin"));
    REQUIRE(PersonRepository(database).add(later).ok());
    Query again(database, s("SELECT count(*) FROM stakeholder_fts WHERE stakeholder_fts MATCH ?"));
    again.bind(stakeholderindex::matchExpression(s("Zainal")));
    CHECK(again.scalar()->toInt() == 1);
    CHECK(stakeholderindex::problems(database)->isEmpty());
}

TEST_CASE("import: the commit plans again when the register changed after the preview", "[import]")
{
    test::TestDatabase fixtureDb;
    auto &database = fixtureDb.db();
    Table table;
    table.records = {{1, {s("Nama"), s("Desa"), s("No HP")}},
                     {2, {s("Rudi Hartono"), s("Nibung"), s("081200001111")}}};
    StakeholderImport import(database);
    import.setTable(table);
    auto preview = import.preview();
    REQUIRE(preview.ok());
    CHECK(preview->rows.first().outcome == ImportOutcome::New);

    // Someone adds the same person by hand before the clerk presses Import.
    Person rudi;
    rudi.name = PersonName::parse(s("Rudi Hartono"));
    rudi.regionCode = s("19.04.01.2003"); // Nibung
    rudi.phones = {s("081200001111")};
    REQUIRE(PersonRepository(database).add(rudi).ok());
    const int before = people(database);

    auto summary = import.commit();
    REQUIRE(summary.ok());
    CHECK(summary->added.isEmpty());
    CHECK(summary->skipped == QList<int>{2});
    CHECK(people(database) == before);

    // Unchanged since the preview: the commit writes what the preview showed.
    table.records[1].cells = {s("Sari Dewi"), s("Nibung"), QString()};
    import.setTable(table);
    REQUIRE(import.preview().ok());
    auto second = import.commit();
    REQUIRE(second.ok());
    CHECK(second->added == QList<int>{2});
    CHECK(people(database) == before + 1);
}
