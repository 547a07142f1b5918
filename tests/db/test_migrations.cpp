// SPDX-License-Identifier: GPL-3.0-or-later
// Upgrades databases written at every earlier schema version, holding the data
// of tests/data/migrations/vN.sql, to the current schema.
#include "check.h"
#include "database.h"
#include "migrations.h"
#include "query.h"
#include "sqlite.h"
#include "testdatabase.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace sisambang;
using namespace sisambang::db;

namespace {

QString fixture(int version)
{
    return QStringLiteral(SISAMBANG_TEST_DATA "/migrations/v%1.sql").arg(version);
}

// A database as the program of schema `version` left it, with each version's data.
void buildOld(const QString &path, int version)
{
    auto old = Database::openAtVersion(path, version);
    REQUIRE(old.ok());
    for (int v = 1; v <= version; ++v) {
        QFile file(fixture(v));
        if (!file.exists()) {
            continue;
        }
        REQUIRE(file.open(QIODevice::ReadOnly));
        auto done = sqlite::executeScript(**old, QString::fromUtf8(file.readAll()));
        INFO(fixture(v).toStdString()
             << ": " << (done ? QString() : done.error().message).toStdString());
        REQUIRE(done.ok());
    }
}

QVariant scalar(Database &database, const QString &sql)
{
    Query query(database, sql);
    auto value = query.scalar();
    REQUIRE(value.ok());
    return *value;
}

QByteArray hashOf(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

TEST_CASE("Databases of every earlier schema upgrade with their data", "[migrations]")
{
    const int latest = latestSchemaVersion();
    REQUIRE(latest >= 7);
    for (int version = 1; version < latest; ++version) {
        INFO("from schema " << version);
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("kantor.db"));
        buildOld(path, version);
        auto upgraded = test::openOrFail(path);
        CHECK(upgraded->schemaVersion() == latest);
        auto report = checkDatabase(*upgraded);
        REQUIRE(report.ok());
        INFO(report->problems.join(QStringLiteral("; ")).toStdString());
        CHECK(report->sound());
        // Version 1's data survives every upgrade.
        CHECK(scalar(*upgraded,
                     QStringLiteral("SELECT value FROM setting WHERE key = 'office.name'")) ==
              QStringLiteral("Bawaslu Kabupaten Bangka Tengah"));
        CHECK(scalar(*upgraded,
                     QStringLiteral("SELECT count(*) FROM holiday WHERE date = '2027-01-01'")) ==
              1);
        if (version >= 2) {
            CHECK(scalar(*upgraded, QStringLiteral("SELECT full_name FROM person WHERE id = 1")) ==
                  QStringLiteral("H. Sahabudin, S.Sos."));
            CHECK(scalar(*upgraded, QStringLiteral("SELECT count(*) FROM stakeholder_listing")) ==
                  1);
        }
        if (version >= 3) {
            CHECK(scalar(*upgraded, QStringLiteral("SELECT count(*) FROM letter_number")) == 1);
        }
        if (version >= 5) {
            CHECK(scalar(*upgraded, QStringLiteral("SELECT count(*) FROM agreement_village WHERE "
                                                   "agreement_id = 1")) == 2);
            // An activity can be planned under the agreement of the older schema.
            CHECK(execute(*upgraded,
                          QStringLiteral("INSERT INTO activity (agreement_id, region_code, date) "
                                         "VALUES (1, '19.04.06.2001', '2023-03-06')"))
                      .ok());
        }
        if (version >= 6) {
            CHECK(scalar(*upgraded, QStringLiteral("SELECT venue FROM activity WHERE id = 1")) ==
                  QStringLiteral("Gedung Serba Guna Kecamatan Lubuk Besar"));
            CHECK(scalar(*upgraded, QStringLiteral("SELECT status FROM activity WHERE id = 1")) ==
                  QStringLiteral("done"));
            CHECK(scalar(*upgraded, QStringLiteral("SELECT count(*) FROM activity_officer")) == 1);
            CHECK(scalar(*upgraded, QStringLiteral("SELECT reason FROM activity_reschedule WHERE "
                                                   "activity_id = 2")) ==
                  QStringLiteral("Kepala desa dinas luar"));
            CHECK(scalar(*upgraded,
                         QStringLiteral("SELECT count(*) FROM activity_clash_acceptance")) == 1);
            // The records of schema 7 hang on the activities of schema 6.
            CHECK(execute(*upgraded,
                          QStringLiteral("INSERT INTO activity_invitee (activity_id, number, "
                                         "person_id, name) VALUES (1, 1, 1, 'H. Sahabudin')"))
                      .ok());
            CHECK(execute(*upgraded, QStringLiteral("INSERT INTO activity_attendance (activity_id, "
                                                    "invitee_id, number) VALUES (1, 1, 1)"))
                      .ok());
            CHECK(scalar(*upgraded, QStringLiteral("SELECT total FROM activity_turnout WHERE "
                                                   "activity_id = 1")) == 1);
            CHECK(execute(*upgraded,
                          QStringLiteral("INSERT INTO activity_minutes (activity_id, start_time, "
                                         "end_time) VALUES (1, '09:00', '11:45')"))
                      .ok());
            CHECK(execute(*upgraded,
                          QStringLiteral("INSERT INTO follow_up (activity_id, description) "
                                         "VALUES (1, 'Surat edaran netralitas')"))
                      .ok());
            // Removing a planned activity takes its records along.
            CHECK(execute(*upgraded, QStringLiteral("INSERT INTO activity_invitee (activity_id, "
                                                    "number, name) VALUES (2, 1, 'Tamu')"))
                      .ok());
            CHECK(execute(*upgraded, QStringLiteral("DELETE FROM activity WHERE id = 2")).ok());
            CHECK(scalar(*upgraded, QStringLiteral("SELECT count(*) FROM activity_invitee")) == 1);
        }
        // Later tables exist and work after the upgrade.
        CHECK(execute(*upgraded, QStringLiteral("INSERT INTO audit_log (operator, action, entity) "
                                                "VALUES ('uji', 'print', 'agreement')"))
                  .ok());
        // The upgrade was preceded by a backup.
        CHECK(QDir(folder.filePath(QStringLiteral("backups")))
                  .entryList({QStringLiteral("*.zip")})
                  .size() == 1);
    }
}

TEST_CASE("A failing migration leaves the file exactly as it was", "[migrations]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("kantor.db"));
    buildOld(path, 2);
    {
        // Data migration 3 cannot take: it adds the setting numbering.format.
        auto old = Database::openAtVersion(path, 2);
        REQUIRE(old.ok());
        REQUIRE(
            execute(**old, QStringLiteral("INSERT INTO setting VALUES ('numbering.format', 'x')"))
                .ok());
    }
    const QByteArray before = hashOf(path);
    auto refused = Database::open(path);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("0003")));
    CHECK(hashOf(path) == before);
    auto identity = sqlite::identityOfFile(path);
    REQUIRE(identity.ok());
    CHECK(identity->userVersion == 2);
}
