// SPDX-License-Identifier: GPL-3.0-or-later
#include "registeraudit.h"

#include "database.h"
#include "query.h"

#include <QJsonArray>
#include <QSqlField>

namespace sisambang::db {

namespace {

// What the audit log shows as the record's name.
QString summaryOf(const QJsonObject &row)
{
    for (const char *column : {"full_name", "name", "title"}) {
        const QString text = row.value(QLatin1String(column)).toString();
        if (!text.isEmpty()) {
            return text;
        }
    }
    return {};
}

} // namespace

QJsonObject RegisterAudit::snapshot(const Database &database, const QString &table, qint64 id)
{
    // `table` is one of ours, never user input.
    Query query(database, QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table));
    query.bind(id);
    if (!query.exec() || !query.next()) {
        return {};
    }
    QJsonObject row;
    const QSqlRecord record = query.record();
    for (int column = 0; column < record.count(); ++column) {
        const QString name = record.fieldName(column);
        if (name.endsWith(QLatin1String("_key"))) {
            continue;
        }
        const QVariant value = query.value(column);
        row.insert(name, value.isNull() ? QJsonValue() : QJsonValue::fromVariant(value));
    }
    if (table == QLatin1String("person")) {
        Query phones(database, QStringLiteral("SELECT number FROM person_phone WHERE person_id = ? "
                                              "ORDER BY ordinal, id"));
        phones.bind(id);
        QJsonArray numbers;
        if (phones.exec()) {
            while (phones.next()) {
                numbers.append(phones.value(0).toString());
            }
        }
        row.insert(QStringLiteral("phones"), numbers);
    }
    return row;
}

Status RegisterAudit::record(const Database &database, AuditAction action, const QString &table,
                             qint64 id, const QJsonObject &before)
{
    const QJsonObject after =
        action == AuditAction::Delete ? QJsonObject() : snapshot(database, table, id);
    const QString summary = summaryOf(after.isEmpty() ? before : after);
    return AuditLog(database).record(action, table, id, summary, before, after);
}

} // namespace sisambang::db
