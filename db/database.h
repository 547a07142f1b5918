// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace sisambang::db {

// One open SiSambang database file: SQLite with foreign keys, WAL and a busy
// timeout, migrated to the current schema. Owns its Qt SQL connection.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
    Q_DISABLE_COPY_MOVE(Database)

public:
    enum class OpenMode {
        CreateIfMissing, // a missing file is created and initialised
        ExistingOnly,    // a missing file is an error
    };

    // Opens `path`, refusing (and leaving untouched) a file that is not SQLite,
    // belongs to another program, is damaged, or was written by a newer SiSambang.
    static Result<std::unique_ptr<Database>> open(const QString &path,
                                                  OpenMode mode = OpenMode::CreateIfMissing);
    // Opens `path` migrated only up to `version`: for fixtures of older schemas.
    static Result<std::unique_ptr<Database>> openAtVersion(const QString &path, int version);
    // A private in-memory database, fully migrated: for tests and previews.
    static Result<std::unique_ptr<Database>> openInMemory();

    ~Database();

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    bool isInMemory() const;

    // PRAGMA user_version: the number of the last migration applied.
    int schemaVersion() const;
    // The database's application_id, which marks a file as SiSambang's.
    static constexpr int applicationId = 0x53534D42; // "SSMB"

    // Where the database lives unless --db or SISAMBANG_DB says otherwise.
    static QString defaultPath();
    // Resolves the path from an explicit option, then SISAMBANG_DB, then the default.
    static QString resolvePath(const QString &explicitPath);

    // Kept by an all-or-nothing Transaction while it is open (transaction.h).
    struct TransactionScope
    {
        bool allOrNothing = false;
        bool partFailed = false;
    };
    TransactionScope &transactionScope() const { return m_transactionScope; }

private:
    Database(QString connectionName, QString path);
    static Result<std::unique_ptr<Database>> openMigratedTo(const QString &path, OpenMode mode,
                                                            int version);
    Status configure();

    QString m_connectionName;
    QString m_path;
    mutable TransactionScope m_transactionScope;
};

} // namespace sisambang::db
