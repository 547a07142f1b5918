// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "log.h"
#include "migrations.h"
#include "query.h"
#include "sqlite.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>

#include <atomic>

namespace sisambang::db {

namespace {

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("sisambang-%1").arg(++counter);
}

// Checks the file before SQLite touches it, so that nothing is ever written to
// a file that is not ours.
Status checkFileBeforeOpening(const QString &path, Database::OpenMode mode)
{
    const QFileInfo info(path);
    const QFileInfo folder(info.absolutePath());
    if (!folder.exists() || !folder.isDir()) {
        return Error{Error::Code::NotFound,
                     Database::tr("The folder %1 does not exist.")
                         .arg(QDir::toNativeSeparators(folder.absoluteFilePath()))};
    }
    if (!info.exists()) {
        if (mode == Database::OpenMode::ExistingOnly) {
            return Error{Error::Code::NotFound, Database::tr("There is no database at %1.")
                                                    .arg(QDir::toNativeSeparators(path))};
        }
        if (!folder.isWritable()) {
            return Error{Error::Code::ReadOnly,
                         Database::tr("Cannot create a database in %1: the folder is read-only.")
                             .arg(QDir::toNativeSeparators(folder.absoluteFilePath()))};
        }
        return {};
    }
    if (!info.isFile()) {
        return Error{Error::Code::NotADatabase,
                     Database::tr("%1 is not a file.").arg(QDir::toNativeSeparators(path))};
    }
    if (info.size() > 0) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return Error{Error::Code::ReadOnly, Database::tr("Cannot read %1: %2")
                                                    .arg(QDir::toNativeSeparators(path),
                                                         file.errorString())};
        }
        static const QByteArray magic("SQLite format 3\0", 16);
        if (file.read(16) != magic) {
            return Error{Error::Code::NotADatabase,
                         Database::tr("%1 is not a SiSambang database (it is not an SQLite "
                                      "file). It was left untouched.")
                             .arg(QDir::toNativeSeparators(path))};
        }
    }
    if (!info.isWritable() || !folder.isWritable()) {
        return Error{Error::Code::ReadOnly,
                     Database::tr("%1 cannot be opened for writing: the file or its folder is "
                                  "read-only.")
                         .arg(QDir::toNativeSeparators(path))};
    }
    return {};
}

} // namespace

Database::Database(QString connectionName, QString path)
    : m_connectionName(std::move(connectionName))
    , m_path(std::move(path))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::isInMemory() const
{
    return m_path == QLatin1String(":memory:");
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, OpenMode mode)
{
    return openMigratedTo(path, mode, latestSchemaVersion());
}

Result<std::unique_ptr<Database>> Database::openAtVersion(const QString &path, int version)
{
    return openMigratedTo(path, OpenMode::CreateIfMissing, version);
}

Result<std::unique_ptr<Database>> Database::openMigratedTo(const QString &path, OpenMode mode,
                                                           int version)
{
    if (path.isEmpty()) {
        return Error::invalid(tr("No database file was given."));
    }
    const bool inMemory = path == QLatin1String(":memory:");
    if (!inMemory) {
        if (auto checked = checkFileBeforeOpening(path, mode); !checked) {
            return checked.error();
        }
    }

    std::unique_ptr<Database> database(new Database(nextConnectionName(), path));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                    database->m_connectionName);
        if (!db.isValid()) {
            return Error::failed(tr("The SQLite driver for Qt is not installed (QSQLITE)."));
        }
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open()) {
            return Error::failed(tr("Cannot open %1: %2")
                                     .arg(QDir::toNativeSeparators(path), db.lastError().text()));
        }
    }
    if (auto configured = database->configure(); !configured) {
        return configured.error();
    }
    if (auto migrated = migrateTo(*database, version); !migrated) {
        return migrated.error();
    }
    qCDebug(lcDb) << "opened" << path << "schema" << database->schemaVersion();
    return database;
}

Result<std::unique_ptr<Database>> Database::openInMemory()
{
    return open(QStringLiteral(":memory:"));
}

Status Database::configure()
{
    // Read what the file says about itself before anything writes to it.
    auto identity = sqlite::readIdentity(*this);
    if (!identity) {
        return identity.error();
    }
    if (identity->applicationId != applicationId) {
        if (identity->applicationId != 0 || identity->objectCount > 0) {
            return Error{Error::Code::NotADatabase,
                         tr("%1 is an SQLite database of another program, not a SiSambang "
                            "database. It was left untouched.")
                             .arg(QDir::toNativeSeparators(m_path))};
        }
    }
    if (identity->userVersion > latestSchemaVersion()) {
        return Error{Error::Code::TooNew,
                     tr("%1 was written by a newer SiSambang (schema version %2; this program "
                        "knows up to %3). Install the newer SiSambang to open it; the file was "
                        "left untouched.")
                         .arg(QDir::toNativeSeparators(m_path))
                         .arg(identity->userVersion)
                         .arg(latestSchemaVersion())};
    }
    return sqlite::applyConnectionPragmas(*this);
}

int Database::schemaVersion() const
{
    Query query(*this, QStringLiteral("PRAGMA user_version"));
    if (!query.exec() || !query.next()) {
        return -1;
    }
    return query.value(0).toInt();
}

QString Database::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return QDir(folder).filePath(QStringLiteral("sisambang.db"));
}

QString Database::resolvePath(const QString &explicitPath)
{
    if (!explicitPath.isEmpty()) {
        return explicitPath;
    }
    const QString fromEnvironment = qEnvironmentVariable("SISAMBANG_DB");
    if (!fromEnvironment.isEmpty()) {
        return fromEnvironment;
    }
    return defaultPath();
}

} // namespace sisambang::db
