// SPDX-License-Identifier: GPL-3.0-or-later
// Export of the register to CSV and XLSX, read back and imported back.
#include "registerfixture.h"
#include "stakeholderexport.h"
#include "stakeholderimport.h"
#include "stakeholderquery.h"
#include "tablefile.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace sisambang;
using namespace sisambang::db;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

void buildRegister(Database &database)
{
    const qint64 bawaslu =
        test::addInstitution(database, s("Bawaslu Provinsi Kepulauan Bangka Belitung"),
                             InstitutionKind::Bawaslu, s("19"));
    const qint64 camat = test::addInstitution(database, s("Kantor Camat Koba"),
                                              InstitutionKind::DistrictOffice, s("19.04.01"));
    const qint64 kelurahan = test::addInstitution(
        database, s("Kantor Kelurahan Berok"), InstitutionKind::VillageOffice, s("19.04.01.1017"));
    const qint64 yaumil = test::addPerson(database, s("Yaumil Ikrom"), {s("081271000100")});
    test::addPosition(database, yaumil, bawaslu, s("Kabag Penanganan Pelanggaran"));
    const qint64 candra = test::addPerson(database, s("Candra Buansyah, S.E."),
                                          {s("081271000101"), s("(0718) 43210")});
    test::addPosition(database, candra, camat, s("Sekretaris Camat"));
    const qint64 lurah = test::addPerson(database, s("Hj. Nurhayati, S.Sos."));
    test::addPosition(database, lurah, kelurahan, s("Lurah"), QDate(2022, 1, 3), ActingKind::Plt);
    Person tokoh;
    tokoh.name = PersonName::parse(s("Andr\u00e9 \"Bang Andi\" Wijaya, S.H."));
    tokoh.email = s("andre@example.org");
    tokoh.gender = Gender::Male;
    tokoh.category = StakeholderCategory::CommunityLeader;
    tokoh.regionCode = s("19.04.01.2003");
    tokoh.notes = s("Ketua RT 03, Jl. Nibung; rumah dekat masjid");
    REQUIRE(PersonRepository(database).add(tokoh).ok());
}

struct Compared
{
    QString fullName, jabatan, institution, kind, desa, kecamatan, region, email;
    QStringList phones;
    StakeholderCategory category;
    Gender gender;
    bool operator==(const Compared &) const = default;
};

QList<Compared> listing(Database &database)
{
    auto rows =
        StakeholderQuery(database).page({}, StakeholderSort::Name, Qt::AscendingOrder, 0, 100);
    REQUIRE(rows.ok());
    QList<Compared> compared;
    for (const auto &row : *rows) {
        compared.append(
            {row.fullName, row.jabatan, row.institutionName,
             row.institutionKind ? StakeholderKinds::key(*row.institutionKind) : QString(),
             row.desaCode, row.kecamatanCode, row.regionCode, row.email, row.phones, row.category,
             row.gender});
    }
    return compared;
}

void roundTrip(const QString &fileName)
{
    test::TestDatabase source;
    buildRegister(source.db());
    QTemporaryDir folder;
    const QString path = folder.filePath(fileName);
    auto written = documents::StakeholderExport::write(source.db(), {}, path);
    INFO((written ? QString() : written.error().message).toStdString());
    REQUIRE(written.ok());
    CHECK(*written == 4);

    auto table = TableFile::read(path);
    REQUIRE(table.ok());
    REQUIRE(table->records.size() == 5);
    CHECK(table->records.at(0).cells.first() == s("Nama"));
    CHECK(table->records.at(1).cells.at(0) == s("Andr\u00e9 \"Bang Andi\" Wijaya, S.H."));
    CHECK(table->records.at(2).cells.at(7) == s("0812-7100-0101 / (0718) 43210"));
    CHECK(table->records.at(3).cells.at(1) == s("Plt. Lurah"));

    // Imported into an empty register, the export gives the same register.
    test::TestDatabase target;
    StakeholderImport import(target.db());
    REQUIRE(import.load(path).ok());
    CHECK(import.unrecognisedHeaders().isEmpty());
    auto summary = import.commit();
    INFO((summary ? QString() : summary.error().message).toStdString());
    REQUIRE(summary.ok());
    CHECK(summary->added.size() == 4);
    CHECK(listing(target.db()) == listing(source.db()));

    // And imported over the register it came from, it changes nothing.
    StakeholderImport again(source.db());
    REQUIRE(again.load(path).ok());
    auto preview = again.preview();
    REQUIRE(preview.ok());
    for (const auto &row : preview->rows) {
        INFO(row.name.toStdString() + ": " + row.reasons.join(u';').toStdString());
        CHECK(row.outcome == ImportOutcome::Unchanged);
    }
}

} // namespace

TEST_CASE("export: CSV is UTF-8 with BOM and CRLF and round-trips", "[export]")
{
    roundTrip(s("pemangku.csv"));
    test::TestDatabase database;
    buildRegister(database.db());
    QTemporaryDir folder;
    const QString path = folder.filePath(s("filtered.csv"));
    StakeholderFilter filter;
    filter.text = s("koba");
    REQUIRE(documents::StakeholderExport::write(database.db(), filter, path).value() == 3);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBFNama,Jabatan,Instansi,"));
    CHECK(bytes.count("\r\n") == 4);
    CHECK(bytes.contains("\"Andr\xC3\xA9 \"\"Bang Andi\"\" Wijaya, S.H.\""));
}

TEST_CASE("export: XLSX round-trips through the reader and the import", "[export][xlsx]")
{
    roundTrip(s("pemangku.xlsx"));
    test::TestDatabase database;
    QTemporaryDir folder;
    auto wrong =
        documents::StakeholderExport::write(database.db(), {}, folder.filePath(s("x.pdf")));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().message.contains(s(".xlsx")));
    auto missing = documents::StakeholderExport::write(database.db(), {},
                                                       folder.filePath(s("no/such/x.xlsx")));
    CHECK_FALSE(missing.ok());
}
