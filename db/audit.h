// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "preparedstatements.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace sisambang::db {

class Database;

enum class AuditAction {
    Insert,
    Update,
    Deactivate,
    Reactivate,
    Delete,
    Merge,
    StatusChange, // a lifecycle change: signed, done, postponed, ...
    Print,        // an official document printed or exported
    Import,
    Restore,
    Generate,
};

QString auditActionKey(AuditAction action);

struct AuditEntry
{
    qint64 id = 0;
    QString at; // local time, ISO 8601
    QString operatorName;
    AuditAction action = AuditAction::Insert;
    QString entity;
    qint64 entityId = 0;
    QString summary;
    QJsonObject before;
    QJsonObject after;
};

struct AuditFilter
{
    QDate from; // inclusive; invalid = no bound
    QDate to;   // inclusive
    QString entity;
    qint64 entityId = 0;
    QString operatorName; // exact; empty = anyone
    QString text;         // in the summary, the kind, before or after; empty = any
    qint64 beforeId = 0;  // only entries older than this one (for loading page by page)
    int limit = 10000;
};

// Records every change with its operator. Repositories call record() inside the
// transaction of the change itself, so a change and its record land together.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    explicit AuditLog(const Database &database)
        : m_database(database)
        , m_statements(database)
    {
    }

    // The operator name set in Pengaturan, else the operating-system user.
    QString operatorName() const;
    Status setOperatorName(const QString &name);

    Status record(AuditAction action, const QString &entity, qint64 entityId,
                  const QString &summary, const QJsonObject &before = {},
                  const QJsonObject &after = {});
    Result<QList<AuditEntry>> entries(const AuditFilter &filter) const;
    // Who and what kinds of record the log mentions, for filter lists.
    Result<QStringList> operators() const;
    Result<QStringList> entities() const;

    // The entries as `sisambang-cli audit --format csv` writes them: a header of
    // keys, then one line each (LF), before and after as compact JSON.
    static QString csv(const QList<AuditEntry> &entries);

private:
    const Database &m_database;
    // One log object recording many changes (a saved plan) prepares its
    // statements and reads the operator's name once.
    mutable PreparedStatements m_statements;
};

} // namespace sisambang::db
