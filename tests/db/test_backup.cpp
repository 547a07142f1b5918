// SPDX-License-Identifier: GPL-3.0-or-later
#include "attachments.h"
#include "backup.h"
#include "migrations.h"
#include "officeprofile.h"
#include "query.h"
#include "testdatabase.h"

#include <catch2/catch.hpp>

#include <zip.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace sisambang;
using namespace sisambang::db;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeZip(const QString &path, const QList<std::pair<QString, QByteArray>> &entries)
{
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    REQUIRE(zip != nullptr);
    for (const auto &[name, bytes] : entries) {
        zip_fileinfo info{};
        REQUIRE(zipOpenNewFileInZip64(zip, name.toUtf8().constData(), &info, nullptr, 0, nullptr, 0,
                                      nullptr, Z_DEFLATED, Z_DEFAULT_COMPRESSION, 0) == ZIP_OK);
        REQUIRE(zipWriteInFileInZip(zip, bytes.constData(), static_cast<unsigned>(bytes.size())) ==
                ZIP_OK);
        REQUIRE(zipCloseFileInZip(zip) == ZIP_OK);
    }
    REQUIRE(zipClose(zip, nullptr) == ZIP_OK);
}

int settingCount(Database &database)
{
    Query query(database, QStringLiteral("SELECT count(*) FROM setting WHERE key = 'test.marker'"));
    return query.scalar()->toInt();
}

} // namespace

TEST_CASE("A backup holds the database and attachments and verifies", "[backup]")
{
    test::TestDatabase fixture;
    AttachmentStore store(fixture.db());
    const QString scan = QDir(fixture.folder()).filePath(QStringLiteral("MoU Koba (ttd).pdf"));
    writeFile(scan, "%PDF-1.4 scanned");
    auto stored = store.importFile(scan, QStringLiteral("mou"));
    REQUIRE(stored.ok());
    CHECK(stored->startsWith(QStringLiteral("mou/0001-MoU_Koba_ttd.pdf")));

    const QString archive = QDir(fixture.folder()).filePath(QStringLiteral("backup.zip"));
    auto manifest = Backup::write(fixture.db(), archive);
    INFO((manifest ? QString() : manifest.error().message).toStdString());
    REQUIRE(manifest.ok());
    CHECK(manifest->schemaVersion == latestSchemaVersion());
    CHECK(manifest->regionCode == QStringLiteral("19.04"));
    CHECK(manifest->attachments == QStringList{*stored});
    CHECK((QFile::permissions(archive) & (QFile::ReadOther | QFile::ReadGroup)) == 0);
    CHECK(Backup::verify(archive).ok());
}

TEST_CASE("Restore puts the backup in place and keeps the current database aside", "[backup]")
{
    test::TestDatabase fixture;
    const QString archive = QDir(fixture.folder()).filePath(QStringLiteral("backup.zip"));
    const QString attachment =
        QDir(AttachmentStore(fixture.db()).folder()).filePath(QStringLiteral("foto/a.jpg"));
    writeFile(attachment, "old photo");
    REQUIRE(Backup::write(fixture.db(), archive).ok());

    // Change the data after the backup, then restore.
    REQUIRE(execute(fixture.db(), QStringLiteral("INSERT INTO setting VALUES ('test.marker', 1)"))
                .ok());
    writeFile(attachment, "new photo");
    fixture.close();
    auto aside = Backup::restore(archive, fixture.path());
    INFO((aside ? QString() : aside.error().message).toStdString());
    REQUIRE(aside.ok());
    CHECK(aside->contains(QStringLiteral("sebelum-restore")));
    CHECK(QFile::exists(*aside));
    CHECK(readFile(attachment) == "old photo");
    fixture.reopen();
    CHECK(settingCount(fixture.db()) == 0);
    // The set-aside copy still has the change.
    auto before = test::openOrFail(*aside);
    CHECK(settingCount(*before) == 1);
}

TEST_CASE("Corrupt and foreign archives are refused and nothing changes", "[backup]")
{
    test::TestDatabase fixture;
    REQUIRE(execute(fixture.db(), QStringLiteral("INSERT INTO setting VALUES ('test.marker', 1)"))
                .ok());
    fixture.close();
    const QByteArray before = readFile(fixture.path());
    QTemporaryDir folder;

    const QString garbage = folder.filePath(QStringLiteral("garbage.zip"));
    writeFile(garbage, QByteArray(5000, '\x07'));
    const QString foreign = folder.filePath(QStringLiteral("foreign.zip"));
    writeZip(foreign, {{QStringLiteral("readme.txt"), "hello"}});
    const QString slip = folder.filePath(QStringLiteral("slip.zip"));
    writeZip(slip, {{QStringLiteral("manifest.json"), R"({"application":"SiSambang"})"},
                    {QStringLiteral("sisambang.db"), readFile(fixture.path())},
                    {QStringLiteral("lampiran/../../evil.txt"), "x"}});
    const QString badDb = folder.filePath(QStringLiteral("baddb.zip"));
    writeZip(badDb, {{QStringLiteral("manifest.json"), R"({"application":"SiSambang"})"},
                     {QStringLiteral("sisambang.db"), "not sqlite at all"}});

    for (const QString &archive : {garbage, foreign, slip, badDb}) {
        auto verified = Backup::verify(archive);
        CHECK_FALSE(verified.ok());
        auto restored = Backup::restore(archive, fixture.path());
        REQUIRE_FALSE(restored.ok());
        CHECK_FALSE(restored.error().message.isEmpty());
        CHECK(readFile(fixture.path()) == before);
    }
    CHECK_FALSE(QFile::exists(QDir(fixture.folder()).filePath(QStringLiteral("../evil.txt"))));
}

TEST_CASE("Attachment paths never leave the folder", "[backup][attachments]")
{
    QTemporaryDir folder;
    AttachmentStore store(folder.path());
    CHECK_FALSE(store.absolutePath(QStringLiteral("../x")).ok());
    CHECK_FALSE(store.absolutePath(QStringLiteral("/etc/passwd")).ok());
    CHECK_FALSE(store.absolutePath(QStringLiteral("foto/../../x")).ok());
    CHECK_FALSE(store.absolutePath(QStringLiteral("C:/Windows/x")).ok());
    CHECK(store.absolutePath(QStringLiteral("foto/a.jpg")).ok());
    CHECK(safeFileName(QStringLiteral("../../etc/passwd")) == QStringLiteral("passwd"));
    CHECK(safeFileName(QStringLiteral("..")) == QStringLiteral("berkas"));
    CHECK(safeFileName(QStringLiteral("Foto Desa Nibung.JPG")) ==
          QStringLiteral("Foto_Desa_Nibung.JPG"));
}

TEST_CASE("Automatic backups run at most daily and rotate", "[backup]")
{
    test::TestDatabase fixture;
    QTemporaryDir folder;
    BackupSchedule schedule(folder.path(), BackupRotation{2, 1, 1});
    const QDateTime monday(QDate(2026, 11, 23), QTime(8, 0));
    auto first = schedule.run(fixture.db(), monday);
    REQUIRE(first.ok());
    CHECK_FALSE(first->isEmpty());
    auto again = schedule.run(fixture.db(), monday.addSecs(3600));
    REQUIRE(again.ok());
    CHECK(again->isEmpty()); // one a day

    // Fake older archives: names carry the date the rotation reads.
    for (const QString &day : {QStringLiteral("2026-10-01"), QStringLiteral("2026-11-02"),
                               QStringLiteral("2026-11-20"), QStringLiteral("2026-11-21")}) {
        writeFile(QDir(folder.path()).filePath(QStringLiteral("sisambang-%1-080000.zip").arg(day)),
                  "x");
    }
    const QStringList removed = schedule.prune(QDate(2026, 11, 23));
    // Kept: 2 daily (23rd, 21st), 1 weekly (23rd), 1 monthly (23rd) -> 20th, 2nd and 1 Oct go.
    CHECK(removed.size() == 3);
    CHECK(QDir(folder.path()).entryList({QStringLiteral("*.zip")}).size() == 2);
}

TEST_CASE("An older database is backed up before it is migrated", "[backup][migrations]")
{
    if (latestSchemaVersion() < 2) {
        WARN("only one schema version exists so far");
        return;
    }
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("old.db"));
    {
        auto old = Database::openAtVersion(path, latestSchemaVersion() - 1);
        REQUIRE(old.ok());
    }
    auto upgraded = test::openOrFail(path);
    CHECK(upgraded->schemaVersion() == latestSchemaVersion());
    const QStringList backups = QDir(folder.filePath(QStringLiteral("backups")))
                                    .entryList({QStringLiteral("sisambang-*.zip")});
    REQUIRE(backups.size() == 1);
    auto manifest = Backup::verify(folder.filePath(QStringLiteral("backups/") + backups.first()));
    REQUIRE(manifest.ok());
    CHECK(manifest->schemaVersion == latestSchemaVersion() - 1);
}
