// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlite.h"

#include "database.h"
#include "log.h"
#include "query.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace sisambang::db::sqlite {

namespace {

Error nativeError(sqlite3 *handle, int rc, const char *message)
{
    Error::Code code = Error::Code::Failed;
    switch (rc & 0xff) {
    case SQLITE_CORRUPT:
        code = Error::Code::Corrupt;
        break;
    case SQLITE_NOTADB:
        code = Error::Code::NotADatabase;
        break;
    case SQLITE_CONSTRAINT:
        code = Error::Code::Conflict;
        break;
    case SQLITE_READONLY:
        code = Error::Code::ReadOnly;
        break;
    default:
        break;
    }
    const char *text = message ? message : (handle ? sqlite3_errmsg(handle) : sqlite3_errstr(rc));
    return Error{code, QString::fromUtf8(text)};
}

Result<int> pragmaInt(const Database &database, const QString &pragma)
{
    Query query(database, QStringLiteral("PRAGMA %1").arg(pragma));
    auto value = query.scalar();
    if (!value) {
        return value.error();
    }
    return value->toInt();
}

} // namespace

sqlite3 *nativeHandle(const Database &database)
{
    const QVariant handle = database.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    return *static_cast<sqlite3 *const *>(handle.constData());
}

Statement::Statement(const Database &database, const QString &sql)
    : m_handle(nativeHandle(database))
    , m_sql(sql)
{
    if (m_handle == nullptr) {
        m_prepared = Error::failed(QStringLiteral("The database connection is not SQLite."));
        return;
    }
    const int rc = sqlite3_prepare_v3(m_handle, sql.toUtf8().constData(), -1,
                                      SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr);
    if (rc != SQLITE_OK) {
        m_prepared = nativeError(m_handle, sqlite3_extended_errcode(m_handle), nullptr);
        qCWarning(lcDb) << "SQL failed:" << m_prepared.error().message << "in" << sql;
    }
}

Statement::~Statement()
{
    sqlite3_finalize(m_statement);
}

Statement &Statement::bind(const QVariant &value)
{
    if (m_statement == nullptr) {
        return *this;
    }
    const int index = m_next++;
    switch (value.isNull() ? QMetaType::UnknownType : value.typeId()) {
    case QMetaType::UnknownType:
        sqlite3_bind_null(m_statement, index);
        break;
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        sqlite3_bind_int64(m_statement, index, value.toLongLong());
        break;
    case QMetaType::Double:
        sqlite3_bind_double(m_statement, index, value.toDouble());
        break;
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        sqlite3_bind_blob64(m_statement, index, bytes.constData(), sqlite3_uint64(bytes.size()),
                            SQLITE_TRANSIENT);
        break;
    }
    default: {
        const QString text = value.toString();
        sqlite3_bind_text16(m_statement, index, text.utf16(), int(text.size() * 2),
                            SQLITE_TRANSIENT);
        break;
    }
    }
    return *this;
}

Status Statement::exec()
{
    if (!m_prepared) {
        return m_prepared;
    }
    int rc = SQLITE_ROW;
    while (rc == SQLITE_ROW) {
        rc = sqlite3_step(m_statement);
    }
    Status done;
    if (rc != SQLITE_DONE) {
        done = nativeError(m_handle, sqlite3_extended_errcode(m_handle), nullptr);
        qCWarning(lcDb) << "SQL failed:" << done.error().message << "in" << m_sql;
    }
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_next = 1;
    return done;
}

qint64 Statement::lastInsertId() const
{
    return m_handle ? sqlite3_last_insert_rowid(m_handle) : 0;
}

Result<Identity> readIdentity(const Database &database)
{
    Identity identity;
    auto applicationId = pragmaInt(database, QStringLiteral("application_id"));
    if (!applicationId) {
        return applicationId.error();
    }
    identity.applicationId = *applicationId;
    auto userVersion = pragmaInt(database, QStringLiteral("user_version"));
    if (!userVersion) {
        return userVersion.error();
    }
    identity.userVersion = *userVersion;
    Query objects(database, QStringLiteral("SELECT count(*) FROM sqlite_master"));
    auto count = objects.scalar();
    if (!count) {
        return count.error();
    }
    identity.objectCount = count->toInt();
    return identity;
}

Status applyConnectionPragmas(const Database &database)
{
    if (auto done = execute(database, QStringLiteral("PRAGMA foreign_keys = ON")); !done) {
        return done;
    }
    if (!database.isInMemory()) {
        Query wal(database, QStringLiteral("PRAGMA journal_mode = WAL"));
        auto mode = wal.scalar();
        if (!mode) {
            return mode.error();
        }
    }
    // A large import or a saved plan changes more pages than SQLite's default
    // 2 MiB cache holds; spilling them to the WAL mid-transaction doubled the
    // writes. The cache only grows as pages are used.
    if (auto done = execute(database, QStringLiteral("PRAGMA cache_size = -32768")); !done) {
        return done;
    }
    // FULL: a commit that returned survives a power cut.
    return execute(database, QStringLiteral("PRAGMA synchronous = FULL"));
}

Result<ChangeStamp> changeStamp(const Database &database)
{
    sqlite3 *handle = nativeHandle(database);
    if (!handle) {
        return Error::failed(QStringLiteral("No native SQLite handle"));
    }
    Query version(database, QStringLiteral("PRAGMA data_version"));
    auto commits = version.scalar();
    if (!commits) {
        return commits.error();
    }
    return ChangeStamp{commits->toLongLong(), sqlite3_total_changes64(handle)};
}

Status executeScript(const Database &database, const QString &script)
{
    sqlite3 *handle = nativeHandle(database);
    if (!handle) {
        return Error::failed(QStringLiteral("No native SQLite handle"));
    }
    char *message = nullptr;
    const QByteArray utf8 = script.toUtf8();
    const int rc = sqlite3_exec(handle, utf8.constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        Error error = nativeError(handle, rc, message);
        sqlite3_free(message);
        return error;
    }
    return {};
}

Status setUserVersion(const Database &database, int version)
{
    // PRAGMAs take no bound parameters; the value is an int, never text.
    return execute(database, QStringLiteral("PRAGMA user_version = %1").arg(version));
}

Status setApplicationId(const Database &database, int id)
{
    return execute(database, QStringLiteral("PRAGMA application_id = %1").arg(id));
}

Result<QStringList> integrityProblems(const Database &database)
{
    QStringList problems;
    {
        Query query(database, QStringLiteral("PRAGMA integrity_check"));
        if (auto done = query.exec(); !done) {
            return done.error();
        }
        while (query.next()) {
            const QString line = query.value(0).toString();
            if (line != QLatin1String("ok")) {
                problems << line;
            }
        }
    }
    Query foreignKeys(database, QStringLiteral("PRAGMA foreign_key_check"));
    if (auto done = foreignKeys.exec(); !done) {
        return done.error();
    }
    while (foreignKeys.next()) {
        problems << QStringLiteral("foreign key: %1 row %2 refers to a missing row of %3")
                        .arg(foreignKeys.value(0).toString(), foreignKeys.value(1).toString(),
                             foreignKeys.value(2).toString());
    }
    return problems;
}

bool inTransaction(const Database &database)
{
    sqlite3 *handle = nativeHandle(database);
    return handle && sqlite3_get_autocommit(handle) == 0;
}

} // namespace sisambang::db::sqlite

namespace sisambang::db::sqlite {

namespace {

// A read-only connection through SQLite's C API, closed on scope exit.
class ReadOnlyFile
{
public:
    explicit ReadOnlyFile(const QString &path)
    {
        const QByteArray name = path.toUtf8();
        m_rc = sqlite3_open_v2(name.constData(), &m_handle, SQLITE_OPEN_READONLY, nullptr);
    }
    ~ReadOnlyFile() { sqlite3_close(m_handle); }
    Q_DISABLE_COPY_MOVE(ReadOnlyFile)

    Status status() const
    {
        return m_rc == SQLITE_OK ? Status{} : Status{nativeError(m_handle, m_rc, nullptr)};
    }
    // Runs `sql` and collects the first column of every row.
    Result<QStringList> rows(const char *sql)
    {
        sqlite3_stmt *statement = nullptr;
        int rc = sqlite3_prepare_v2(m_handle, sql, -1, &statement, nullptr);
        if (rc != SQLITE_OK) {
            return nativeError(m_handle, rc, nullptr);
        }
        QStringList values;
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
            values << QString::fromUtf8(
                reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
        }
        sqlite3_finalize(statement);
        if (rc != SQLITE_DONE) {
            return nativeError(m_handle, rc, nullptr);
        }
        return values;
    }

private:
    sqlite3 *m_handle = nullptr;
    int m_rc = SQLITE_OK;
};

} // namespace

Status vacuumInto(const Database &database, const QString &path)
{
    return execute(database, QStringLiteral("VACUUM INTO ?"), {path});
}

Result<Identity> identityOfFile(const QString &path)
{
    ReadOnlyFile file(path);
    if (auto opened = file.status(); !opened) {
        return opened.error();
    }
    Identity identity;
    auto applicationId = file.rows("PRAGMA application_id");
    if (!applicationId) {
        return applicationId.error();
    }
    auto userVersion = file.rows("PRAGMA user_version");
    if (!userVersion) {
        return userVersion.error();
    }
    auto objects = file.rows("SELECT count(*) FROM sqlite_master");
    if (!objects) {
        return objects.error();
    }
    identity.applicationId = applicationId->value(0).toInt();
    identity.userVersion = userVersion->value(0).toInt();
    identity.objectCount = objects->value(0).toInt();
    return identity;
}

Result<QStringList> integrityProblemsOfFile(const QString &path)
{
    ReadOnlyFile file(path);
    if (auto opened = file.status(); !opened) {
        return opened.error();
    }
    auto lines = file.rows("PRAGMA integrity_check");
    if (!lines) {
        return lines.error();
    }
    QStringList problems;
    for (const QString &line : *lines) {
        if (line != QLatin1String("ok")) {
            problems << line;
        }
    }
    auto foreignKeys = file.rows("PRAGMA foreign_key_check");
    if (!foreignKeys) {
        return foreignKeys.error();
    }
    for (const QString &table : *foreignKeys) {
        problems << QStringLiteral("foreign key violation in %1").arg(table);
    }
    return problems;
}

} // namespace sisambang::db::sqlite
