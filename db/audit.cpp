// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit.h"

#include "csv.h"
#include "database.h"
#include "query.h"
#include "records.h"

#include <QJsonDocument>

#include <array>

namespace sisambang::db {

namespace {

constexpr std::array<std::pair<AuditAction, const char *>, 11> actionKeys = {{
    {AuditAction::Insert, "insert"},
    {AuditAction::Update, "update"},
    {AuditAction::Deactivate, "deactivate"},
    {AuditAction::Reactivate, "reactivate"},
    {AuditAction::Delete, "delete"},
    {AuditAction::Merge, "merge"},
    {AuditAction::StatusChange, "status"},
    {AuditAction::Print, "print"},
    {AuditAction::Import, "import"},
    {AuditAction::Restore, "restore"},
    {AuditAction::Generate, "generate"},
}};

AuditAction actionFromKey(const QString &key)
{
    for (const auto &[action, name] : actionKeys) {
        if (key == QLatin1String(name)) {
            return action;
        }
    }
    return AuditAction::Update;
}

QVariant jsonText(const QJsonObject &object)
{
    return object.isEmpty()
               ? QVariant()
               : QVariant(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

QString systemUser()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("USERNAME") : user;
}

} // namespace

QString auditActionKey(AuditAction action)
{
    for (const auto &[candidate, name] : actionKeys) {
        if (candidate == action) {
            return QString::fromLatin1(name);
        }
    }
    return {};
}

QString AuditLog::operatorName() const
{
    // Read every time: another AuditLog (or another process) may have renamed the
    // operator, and the prepared statement makes the read cheap.
    auto query =
        m_statements.use(QStringLiteral("SELECT value FROM setting WHERE key = 'audit.operator'"));
    auto value = query->scalar();
    const QString name = value ? value->toString().trimmed() : QString();
    if (!name.isEmpty()) {
        return name;
    }
    const QString user = systemUser();
    return user.isEmpty() ? QStringLiteral("?") : user;
}

Status AuditLog::setOperatorName(const QString &name)
{
    return execute(m_database,
                   QStringLiteral("INSERT INTO setting (key, value) VALUES ('audit.operator', ?) "
                                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                   {name.trimmed()});
}

Status AuditLog::record(AuditAction action, const QString &entity, qint64 entityId,
                        const QString &summary, const QJsonObject &before, const QJsonObject &after)
{
    const QString who = operatorName();
    auto insert = m_statements.use(
        QStringLiteral("INSERT INTO audit_log (operator, action, entity, entity_id, "
                       "summary, before_json, after_json) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    insert->bind(who)
        .bind(auditActionKey(action))
        .bind(entity)
        .bind(idValue(entityId))
        .bind(textValue(summary))
        .bind(jsonText(before))
        .bind(jsonText(after));
    return insert->exec();
}

Result<QList<AuditEntry>> AuditLog::entries(const AuditFilter &filter) const
{
    Query query(
        m_database,
        QStringLiteral("SELECT id, at, operator, action, entity, entity_id, summary, "
                       "before_json, after_json FROM audit_log WHERE (? IS NULL OR at >= ?) "
                       "AND (? IS NULL OR at < ?) AND (? = '' OR entity = ?) AND "
                       "(? = 0 OR entity_id = ?) AND (? = '' OR operator = ?) AND "
                       "(? = '' OR instr(lower(coalesce(summary, '') || ' ' || entity || ' ' || "
                       "coalesce(before_json, '') || ' ' || coalesce(after_json, '')), lower(?)) "
                       "> 0) AND (? = 0 OR id < ?) ORDER BY id DESC LIMIT ?"));
    const QVariant from =
        filter.from.isValid() ? QVariant(filter.from.toString(Qt::ISODate)) : QVariant();
    const QVariant to =
        filter.to.isValid() ? QVariant(filter.to.addDays(1).toString(Qt::ISODate)) : QVariant();
    query.bind(from).bind(from).bind(to).bind(to);
    query.bind(textValue(filter.entity)).bind(textValue(filter.entity));
    query.bind(filter.entityId).bind(filter.entityId);
    query.bind(textValue(filter.operatorName)).bind(textValue(filter.operatorName));
    query.bind(textValue(filter.text)).bind(textValue(filter.text));
    query.bind(filter.beforeId).bind(filter.beforeId).bind(filter.limit);
    if (auto done = query.exec(); !done) {
        return done.error();
    }
    QList<AuditEntry> list;
    while (query.next()) {
        AuditEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.at = query.value(1).toString();
        entry.operatorName = query.value(2).toString();
        entry.action = actionFromKey(query.value(3).toString());
        entry.entity = query.value(4).toString();
        entry.entityId = query.value(5).toLongLong();
        entry.summary = query.value(6).toString();
        entry.before = QJsonDocument::fromJson(query.value(7).toString().toUtf8()).object();
        entry.after = QJsonDocument::fromJson(query.value(8).toString().toUtf8()).object();
        list.append(entry);
    }
    return list;
}

namespace {

Result<QStringList> distinctColumn(const Database &database, const QString &column)
{
    // `column` is one of ours, never user input.
    Query query(database,
                QStringLiteral("SELECT DISTINCT %1 FROM audit_log ORDER BY %1").arg(column));
    if (auto done = query.exec(); !done) {
        return done.error();
    }
    QStringList values;
    while (query.next()) {
        values << query.value(0).toString();
    }
    return values;
}

} // namespace

Result<QStringList> AuditLog::operators() const
{
    return distinctColumn(m_database, QStringLiteral("operator"));
}

Result<QStringList> AuditLog::entities() const
{
    return distinctColumn(m_database, QStringLiteral("entity"));
}

QString AuditLog::csv(const QList<AuditEntry> &entries)
{
    auto json = [](const QJsonObject &object) {
        return object.isEmpty()
                   ? QString()
                   : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    };
    // LF: the same bytes the CLI writes for scripts and pipes.
    auto line = [](const QStringList &fields) {
        return csv::formatRecord(fields).chopped(2) + u'\n';
    };
    QString text =
        line({QStringLiteral("id"), QStringLiteral("at"), QStringLiteral("operator"),
              QStringLiteral("action"), QStringLiteral("entity"), QStringLiteral("entity_id"),
              QStringLiteral("summary"), QStringLiteral("before"), QStringLiteral("after")});
    for (const AuditEntry &entry : entries) {
        text += line({QString::number(entry.id), entry.at, entry.operatorName,
                      auditActionKey(entry.action), entry.entity,
                      entry.entityId > 0 ? QString::number(entry.entityId) : QString(),
                      entry.summary, json(entry.before), json(entry.after)});
    }
    return text;
}

} // namespace sisambang::db
