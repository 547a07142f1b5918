// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QString>
#include <QStringList>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

// Everything that only SQLite understands (PRAGMAs, multi-statement scripts,
// integrity checks, the native handle) lives behind these functions, so a
// second backend (QPSQL) is a contained change.
namespace sisambang::db {
class Database;
}

namespace sisambang::db::sqlite {

struct Identity
{
    int applicationId = 0;
    int userVersion = 0;
    int objectCount = 0; // tables, indexes, views and triggers in the schema
};

// Reads application_id, user_version and the schema size without writing anything.
Result<Identity> readIdentity(const Database &database);
// foreign_keys, WAL and synchronous=FULL: settings of the connection, not the data.
Status applyConnectionPragmas(const Database &database);
// Runs a script of several statements (a migration file).
Status executeScript(const Database &database, const QString &script);
Status setUserVersion(const Database &database, int version);
Status setApplicationId(const Database &database, int id);
// PRAGMA integrity_check and foreign_key_check; an empty list means sound.
Result<QStringList> integrityProblems(const Database &database);
// True while a transaction is open on the connection.
bool inTransaction(const Database &database);
// What has been committed to the file by anyone: equal stamps mean nothing
// changed in between (PRAGMA data_version counts other connections' commits,
// sqlite3_total_changes64 this connection's own changes).
struct ChangeStamp
{
    qint64 othersCommits = 0;
    qint64 ownChanges = 0;
    friend bool operator==(const ChangeStamp &, const ChangeStamp &) = default;
};
Result<ChangeStamp> changeStamp(const Database &database);
// The native handle of the connection, for SQLite's C API.
sqlite3 *nativeHandle(const Database &database);

// A statement prepared with SQLite's own API, for bulk writes where Qt's binding
// (a placeholder name formatted and looked up for every value) costs more than
// the insert itself. Keep it no longer than the call that needs it: it must be
// finalized before the connection closes.
class Statement
{
    Q_DISABLE_COPY_MOVE(Statement)

public:
    Statement(const Database &database, const QString &sql);
    ~Statement();

    // Binds the next positional parameter: null, integer, real, text or blob.
    Statement &bind(const QVariant &value);
    // Runs it to the end, then resets it for the next values; errors as Query's.
    Status exec();
    qint64 lastInsertId() const;

private:
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_sql;
    Status m_prepared;
    int m_next = 1;
};

} // namespace sisambang::db::sqlite

namespace sisambang::db::sqlite {

// A consistent, compacted copy of the live database written to `path` (VACUUM
// INTO), safe while other connections read and write.
Status vacuumInto(const Database &database, const QString &path);
// Opens a database file read-only with SQLite's own API (no migration, no WAL
// switch) and reports its identity and integrity problems.
Result<Identity> identityOfFile(const QString &path);
Result<QStringList> integrityProblemsOfFile(const QString &path);

} // namespace sisambang::db::sqlite
