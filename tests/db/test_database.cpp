// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"
#include "migrations.h"
#include "query.h"
#include "sqlite.h"
#include "testdatabase.h"
#include "transaction.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace sisambang;
using namespace sisambang::db;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Writes a plain SQLite file with Qt directly, bypassing SiSambang's checks.
void writeForeignSqlite(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        for (const QString &statement : statements) {
            QSqlQuery query(raw);
            REQUIRE(query.exec(statement));
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

} // namespace

TEST_CASE("A new database is migrated to the latest version", "[database][migrations]")
{
    auto database = Database::openInMemory();
    REQUIRE(database.ok());
    CHECK(latestSchemaVersion() >= 1);
    CHECK((*database)->schemaVersion() == latestSchemaVersion());
    auto identity = sqlite::readIdentity(**database);
    REQUIRE(identity.ok());
    CHECK(identity->applicationId == Database::applicationId);
}

TEST_CASE("Migrations are numbered from 1 without gaps", "[migrations]")
{
    const auto migrations = availableMigrations();
    REQUIRE_FALSE(migrations.isEmpty());
    for (qsizetype i = 0; i < migrations.size(); ++i) {
        CHECK(migrations.at(i).version == i + 1);
    }
}

TEST_CASE("Migrating step by step from an older user_version", "[migrations]")
{
    QTemporaryDir folder;
    for (int version = 0; version <= latestSchemaVersion(); ++version) {
        const QString path = folder.filePath(QStringLiteral("v%1.db").arg(version));
        {
            auto old = Database::openAtVersion(path, version);
            REQUIRE(old.ok());
            CHECK((*old)->schemaVersion() == version);
        }
        auto database = test::openOrFail(path);
        CHECK(database->schemaVersion() == latestSchemaVersion());
        auto problems = sqlite::integrityProblems(*database);
        REQUIRE(problems.ok());
        CHECK(problems->isEmpty());
    }
}

TEST_CASE("A database newer than the program is refused and left untouched", "[database]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("newer.db"));
    {
        auto database = test::openOrFail(path);
        REQUIRE(sqlite::setUserVersion(*database, latestSchemaVersion() + 5).ok());
    }
    const QByteArray before = fileHash(path);
    auto database = Database::open(path);
    REQUIRE_FALSE(database.ok());
    CHECK(database.error().code == Error::Code::TooNew);
    CHECK(database.error().message.contains(QStringLiteral("newer")));
    CHECK(fileHash(path) == before);
}

TEST_CASE("Files that are not SiSambang databases are refused untouched", "[database]")
{
    QTemporaryDir folder;

    SECTION("a text file")
    {
        const QString path = folder.filePath(QStringLiteral("notes.txt"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("Nama,Jabatan\nSahabudin,Sekcam\n");
        file.close();
        const QByteArray before = fileHash(path);
        auto database = Database::open(path);
        REQUIRE_FALSE(database.ok());
        CHECK(database.error().code == Error::Code::NotADatabase);
        CHECK(database.error().message.contains(QStringLiteral("not an SQLite file")));
        CHECK(fileHash(path) == before);
    }

    SECTION("another program's SQLite database")
    {
        const QString path = folder.filePath(QStringLiteral("other.sqlite"));
        writeForeignSqlite(path, {QStringLiteral("CREATE TABLE t (x)"),
                                  QStringLiteral("INSERT INTO t VALUES (1)")});
        const QByteArray before = fileHash(path);
        auto database = Database::open(path);
        REQUIRE_FALSE(database.ok());
        CHECK(database.error().code == Error::Code::NotADatabase);
        CHECK(fileHash(path) == before);
    }

    SECTION("a damaged SQLite file")
    {
        const QString path = folder.filePath(QStringLiteral("damaged.db"));
        {
            auto database = test::openOrFail(path);
        }
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        file.seek(16);
        file.write(QByteArray(100, '\xff')); // page size and header fields
        file.close();
        auto database = Database::open(path);
        REQUIRE_FALSE(database.ok());
        CHECK_FALSE(database.error().message.isEmpty());
    }
}

TEST_CASE("Missing and read-only places give clear messages", "[database]")
{
    QTemporaryDir folder;

    SECTION("missing folder")
    {
        auto database = Database::open(folder.filePath(QStringLiteral("no/such/dir/x.db")));
        REQUIRE_FALSE(database.ok());
        CHECK(database.error().code == Error::Code::NotFound);
        CHECK(database.error().message.contains(QStringLiteral("does not exist")));
    }

    SECTION("missing file when it must exist")
    {
        auto database = Database::open(folder.filePath(QStringLiteral("absent.db")),
                                       Database::OpenMode::ExistingOnly);
        REQUIRE_FALSE(database.ok());
        CHECK(database.error().code == Error::Code::NotFound);
        CHECK_FALSE(QFile::exists(folder.filePath(QStringLiteral("absent.db"))));
    }

    SECTION("read-only file")
    {
        const QString path = folder.filePath(QStringLiteral("ro.db"));
        {
            auto database = test::openOrFail(path);
        }
        QFile::setPermissions(path, QFile::ReadOwner);
        if (QFile(path).open(QIODevice::ReadWrite)) {
            SUCCEED("running as a user who can write read-only files (root)");
        } else {
            auto database = Database::open(path);
            REQUIRE_FALSE(database.ok());
            CHECK(database.error().code == Error::Code::ReadOnly);
        }
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }
}

TEST_CASE("Foreign keys are enforced", "[database]")
{
    test::TestDatabase fixture;
    auto inserted =
        execute(fixture.db(), QStringLiteral("INSERT INTO region (code, name, level, kind, "
                                             "parent_code) VALUES ('99.99.99', 'X', 3, "
                                             "'district', '99.99')"));
    REQUIRE_FALSE(inserted.ok());
    CHECK(inserted.error().code == Error::Code::Conflict);
}

namespace {

// Transaction tests write holidays far in the future and count them.
const QString insert = QStringLiteral("INSERT INTO holiday VALUES (?, 'Uji', 'national')");

int testHolidays(const Database &database)
{
    Query query(database,
                QStringLiteral("SELECT count(*) FROM holiday WHERE date >= '2099-01-01'"));
    return query.scalar()->toInt();
}

} // namespace

TEST_CASE("Transactions roll back unless committed, and nest as savepoints", "[database]")
{
    test::TestDatabase fixture;
    auto &database = fixture.db();
    const auto count = [&] {
        return testHolidays(database);
    };
    {
        Transaction transaction(database);
        REQUIRE(execute(database, insert, {QStringLiteral("2099-01-01")}).ok());
    }
    CHECK(count() == 0);
    {
        Transaction outer(database);
        REQUIRE(execute(database, insert, {QStringLiteral("2099-01-02")}).ok());
        {
            Transaction inner(database);
            REQUIRE(execute(database, insert, {QStringLiteral("2099-01-03")}).ok());
            // inner not committed: only its row goes
        }
        REQUIRE(outer.commit().ok());
    }
    CHECK(count() == 1);
    CHECK_FALSE(sqlite::inTransaction(database));
}

TEST_CASE("An all-or-nothing transaction takes its inner guards in and fails as a whole",
          "[database]")
{
    test::TestDatabase fixture;
    auto &database = fixture.db();
    const auto count = [&] {
        return testHolidays(database);
    };
    {
        Transaction outer(database, Transaction::Nesting::AllOrNothing);
        REQUIRE(outer.status().ok());
        for (const QString &date : {QStringLiteral("2099-02-01"), QStringLiteral("2099-02-02")}) {
            Transaction inner(database);
            REQUIRE(inner.status().ok());
            REQUIRE(execute(database, insert, {date}).ok());
            REQUIRE(inner.commit().ok());
        }
        REQUIRE(outer.commit().ok());
    }
    CHECK(count() == 2);
    CHECK_FALSE(sqlite::inTransaction(database));
    {
        Transaction outer(database, Transaction::Nesting::AllOrNothing);
        REQUIRE(execute(database, insert, {QStringLiteral("2099-02-03")}).ok());
        {
            Transaction inner(database);
            REQUIRE(execute(database, insert, {QStringLiteral("2099-02-04")}).ok());
            // inner fails (not committed): its row cannot go alone, so nothing goes
        }
        auto committed = outer.commit();
        REQUIRE_FALSE(committed.ok());
        CHECK(committed.error().message.contains(QStringLiteral("none of it")));
    }
    CHECK(count() == 2);
    CHECK_FALSE(sqlite::inTransaction(database));
    // Afterwards inner guards are savepoints again.
    {
        Transaction outer(database);
        {
            Transaction inner(database);
            REQUIRE(execute(database, insert, {QStringLiteral("2099-02-05")}).ok());
        }
        REQUIRE(execute(database, insert, {QStringLiteral("2099-02-06")}).ok());
        REQUIRE(outer.commit().ok());
    }
    CHECK(count() == 3);
}

TEST_CASE("A failing query reports the error instead of swallowing it", "[database]")
{
    test::TestDatabase fixture;
    Query query(fixture.db(), QStringLiteral("SELECT nonsense FROM nowhere"));
    auto done = query.exec();
    REQUIRE_FALSE(done.ok());
    CHECK(done.error().message.contains(QStringLiteral("nowhere")));
}

TEST_CASE("The database path comes from --db, then SISAMBANG_DB, then the default", "[database]")
{
    qputenv("SISAMBANG_DB", "/tmp/from-env.db");
    CHECK(Database::resolvePath(QStringLiteral("/tmp/explicit.db")) ==
          QStringLiteral("/tmp/explicit.db"));
    CHECK(Database::resolvePath(QString()) == QStringLiteral("/tmp/from-env.db"));
    qunsetenv("SISAMBANG_DB");
    CHECK(Database::resolvePath(QString()).endsWith(QStringLiteral("sisambang.db")));
}
