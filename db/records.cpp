// SPDX-License-Identifier: GPL-3.0-or-later
#include "records.h"

#include "database.h"
#include "query.h"
#include "registeraudit.h"
#include "transaction.h"

#include <QDateTime>

namespace sisambang::db {

Error invalidError(const QList<FieldProblem> &problems)
{
    QStringList messages;
    for (const FieldProblem &problem : problems) {
        messages << problem.message;
    }
    return Error::invalid(messages.join(u' '));
}

Status Records::checkVersionedWrite(const Database &database, const QString &table, qint64 id,
                                    int rowsAffected)
{
    if (rowsAffected == 1) {
        return {};
    }
    Query query(database, QStringLiteral("SELECT version FROM %1 WHERE id = ?").arg(table));
    query.bind(id);
    auto version = query.scalar();
    if (!version) {
        return version.error();
    }
    if (version->isNull()) {
        return Error::notFound(tr("The record no longer exists; someone else removed it."));
    }
    return Error::conflict(tr("Someone else changed this record after you opened it. Reload it "
                              "to see their change, then make yours again."));
}

Result<RemoveOutcome> Records::removeOrDeactivate(const Database &database, const QString &table,
                                                  qint64 id, int version)
{
    Transaction transaction(database);
    Query current(database, QStringLiteral("SELECT version FROM %1 WHERE id = ?").arg(table));
    current.bind(id);
    auto found = current.scalar();
    if (!found) {
        return found.error();
    }
    if (auto checked = checkVersionedWrite(database, table, id,
                                           !found->isNull() && found->toInt() == version ? 1 : 0);
        !checked) {
        return checked.error();
    }
    const QJsonObject before = RegisterAudit::snapshot(database, table, id);
    {
        Transaction attempt(database);
        Query remove(database, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
        remove.bind(id);
        if (auto done = remove.exec(); done) {
            if (auto recorded =
                    RegisterAudit::record(database, AuditAction::Delete, table, id, before);
                !recorded) {
                return recorded.error();
            }
            if (auto committed = attempt.commit(); !committed) {
                return committed.error();
            }
            if (auto committed = transaction.commit(); !committed) {
                return committed.error();
            }
            return RemoveOutcome::Deleted;
        } else if (done.error().code != Error::Code::Conflict) {
            return done.error();
        }
        // A foreign key refused: the record is referenced, so it stays.
    }
    if (auto done = writeActive(database, table, id, version, false); !done) {
        return done.error();
    }
    if (auto recorded = RegisterAudit::record(database, AuditAction::Deactivate, table, id, before);
        !recorded) {
        return recorded.error();
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return RemoveOutcome::Deactivated;
}

Status Records::setActive(const Database &database, const QString &table, qint64 id, int version,
                          bool active)
{
    Transaction transaction(database);
    const QJsonObject before = RegisterAudit::snapshot(database, table, id);
    if (auto done = writeActive(database, table, id, version, active); !done) {
        return done;
    }
    if (auto recorded = RegisterAudit::record(
            database, active ? AuditAction::Reactivate : AuditAction::Deactivate, table, id,
            before);
        !recorded) {
        return recorded;
    }
    return transaction.commit();
}

Status Records::writeActive(const Database &database, const QString &table, qint64 id, int version,
                            bool active)
{
    Query update(database, QStringLiteral("UPDATE %1 SET active = ?, version = version + 1, "
                                          "updated_at = ? WHERE id = ? AND version = ?")
                               .arg(table));
    update.bind(active ? 1 : 0).bind(timestampNow()).bind(id).bind(version);
    if (auto done = update.exec(); !done) {
        return done;
    }
    return checkVersionedWrite(database, table, id, update.rowsAffected());
}

QStringList Records::regionNames(const Database &database, const QString &regionCode)
{
    if (regionCode.isEmpty()) {
        return {};
    }
    Query query(database, QStringLiteral("SELECT r.name, p.name, r.level FROM region r "
                                         "LEFT JOIN region p ON p.code = r.parent_code "
                                         "WHERE r.code = ?"));
    query.bind(regionCode);
    if (!query.exec() || !query.next()) {
        return {};
    }
    QStringList names{query.value(0).toString()};
    if (query.value(2).toInt() == 4) {
        names << query.value(1).toString();
    }
    return names;
}

Status Records::checkRegion(const Database &database, const QString &regionCode)
{
    if (regionCode.isEmpty()) {
        return {};
    }
    Query query(database, QStringLiteral("SELECT 1 FROM region WHERE code = ?"));
    query.bind(regionCode);
    auto found = query.scalar();
    if (!found) {
        return found.error();
    }
    if (found->isNull()) {
        return Error::invalid(tr("There is no region with code %1.").arg(regionCode));
    }
    return {};
}

QStringList RegionNames::names(const QString &regionCode)
{
    auto found = m_names.constFind(regionCode);
    if (found == m_names.constEnd()) {
        found = m_names.insert(regionCode, Records::regionNames(m_database, regionCode));
    }
    return found.value();
}

Status RegionNames::check(const QString &regionCode)
{
    auto found = m_checked.constFind(regionCode);
    if (found == m_checked.constEnd()) {
        const Status status = Records::checkRegion(m_database, regionCode);
        if (status.ok() || status.error().code == Error::Code::Invalid) {
            found = m_checked.insert(regionCode, status);
        } else {
            return status; // a failure to read is not remembered
        }
    }
    return found.value();
}

QVariant textValue(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

QString timeText(const QTime &time)
{
    return time.toString(QStringLiteral("HH:mm"));
}

QTime timeFrom(const QVariant &value)
{
    return QTime::fromString(value.toString(), QStringLiteral("HH:mm"));
}

QVariant idValue(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QDate dateFrom(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QString timestampNow()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

} // namespace sisambang::db
