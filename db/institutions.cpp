// SPDX-License-Identifier: GPL-3.0-or-later
#include "institutions.h"

#include "database.h"
#include "phonenumbers.h"
#include "query.h"
#include "registeraudit.h"
#include "textkeys.h"
#include "transaction.h"

namespace sisambang::db {

namespace {

constexpr auto selectColumns = "SELECT id, name, kind, region_code, address, phone, active, "
                               "version FROM institution ";

Institution institutionFrom(const Query &query)
{
    Institution institution;
    institution.id = query.value(0).toLongLong();
    institution.name = query.value(1).toString();
    institution.kind = StakeholderKinds::institutionKindFromKey(query.value(2).toString())
                           .value_or(InstitutionKind::Other);
    institution.regionCode = query.value(3).toString();
    institution.address = query.value(4).toString();
    institution.phone = query.value(5).toString();
    institution.active = query.value(6).toBool();
    institution.version = query.value(7).toInt();
    return institution;
}

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

} // namespace

Result<Institution> InstitutionRepository::find(qint64 id) const
{
    Query query(m_database, QLatin1String(selectColumns) + QStringLiteral("WHERE id = ?"));
    query.bind(id);
    if (auto done = query.exec(); !done) {
        return done.error();
    }
    if (!query.next()) {
        return Error::notFound(tr("There is no institution with id %1.").arg(id));
    }
    return institutionFrom(query);
}

Result<QList<Institution>> InstitutionRepository::list(const InstitutionFilter &filter) const
{
    QString sql = QLatin1String(selectColumns) + QStringLiteral("WHERE 1 = 1");
    QVariantList values;
    if (filter.kind) {
        sql += QStringLiteral(" AND kind = ?");
        values << StakeholderKinds::key(*filter.kind);
    }
    if (!filter.regionCode.isEmpty()) {
        sql += QStringLiteral(" AND (region_code = ? OR (region_code > ? AND region_code < ?))");
        values << filter.regionCode << filter.regionCode + u'.' << filter.regionCode + u'/';
    }
    if (!filter.includeInactive) {
        sql += QStringLiteral(" AND active = 1");
    }
    for (const QString &word : textkeys::words(filter.text)) {
        // Each word starts a word of the name: "kan des" finds "Kantor Desa Perlang".
        sql += QStringLiteral(" AND (name_key LIKE ? OR name_key LIKE ?)");
        values << word + u'%' << QStringLiteral("% ") + word + u'%';
    }
    sql += QStringLiteral(" ORDER BY region_code, name_key, id");
    Query query(m_database, sql);
    for (const QVariant &value : values) {
        query.bind(value);
    }
    if (auto done = query.exec(); !done) {
        return done.error();
    }
    QList<Institution> institutions;
    while (query.next()) {
        institutions << institutionFrom(query);
    }
    return institutions;
}

Result<std::optional<Institution>>
InstitutionRepository::findByName(const QString &name, const QString &regionCode) const
{
    auto query = m_statements.use(QLatin1String(selectColumns) +
                                  QStringLiteral("WHERE name_key = ? AND region_code IS ? "
                                                 "ORDER BY active DESC, id LIMIT 1"));
    query->bind(textkeys::matchKey(name)).bind(nullIfEmpty(regionCode));
    if (auto done = query->exec(); !done) {
        return done.error();
    }
    if (!query->next()) {
        return std::optional<Institution>();
    }
    return std::optional<Institution>(institutionFrom(*query));
}

QList<FieldProblem> InstitutionRepository::validate(const Institution &institution) const
{
    QList<FieldProblem> problems;
    if (institution.name.trimmed().isEmpty()) {
        problems.append({QStringLiteral("name"), tr("The institution's name is required.")});
    }
    if (!institution.phone.trimmed().isEmpty()) {
        if (auto phone = PhoneNumbers::normalise(institution.phone); !phone) {
            problems.append({QStringLiteral("phone"), phone.error().message});
        }
    }
    if (auto region = m_regions.check(institution.regionCode); !region) {
        problems.append({QStringLiteral("region_code"), region.error().message});
    }
    return problems;
}

QString InstitutionRepository::searchKey(const Institution &institution) const
{
    QStringList texts{institution.name};
    texts << m_regions.names(institution.regionCode);
    return textkeys::joinedWords(texts);
}

Result<qint64> InstitutionRepository::add(const Institution &institution)
{
    if (auto problems = validate(institution); !problems.isEmpty()) {
        return invalidError(problems);
    }
    const QString phone = institution.phone.trimmed().isEmpty()
                              ? QString()
                              : *PhoneNumbers::normalise(institution.phone);
    Transaction transaction(m_database);
    auto insert = m_statements.use(
        QStringLiteral("INSERT INTO institution (name, name_key, kind, region_code, "
                       "address, phone, search_key, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    insert->bind(institution.name.simplified())
        .bind(textkeys::matchKey(institution.name))
        .bind(StakeholderKinds::key(institution.kind))
        .bind(nullIfEmpty(institution.regionCode))
        .bind(textValue(institution.address.trimmed()))
        .bind(textValue(phone))
        .bind(textValue(searchKey(institution)))
        .bind(institution.active ? 1 : 0);
    if (auto done = insert->exec(); !done) {
        return done.error();
    }
    const qint64 id = insert->lastInsertId();
    if (m_audited) {
        if (auto done = RegisterAudit::record(m_database, AuditAction::Insert,
                                              QStringLiteral("institution"), id, {});
            !done) {
            return done.error();
        }
    }
    if (auto done = transaction.commit(); !done) {
        return done.error();
    }
    return id;
}

Status InstitutionRepository::update(Institution &institution)
{
    if (auto problems = validate(institution); !problems.isEmpty()) {
        return invalidError(problems);
    }
    const QString phone = institution.phone.trimmed().isEmpty()
                              ? QString()
                              : *PhoneNumbers::normalise(institution.phone);
    Transaction transaction(m_database);
    const QJsonObject before =
        m_audited
            ? RegisterAudit::snapshot(m_database, QStringLiteral("institution"), institution.id)
            : QJsonObject();
    Query update(m_database,
                 QStringLiteral("UPDATE institution SET name = ?, name_key = ?, kind = ?, "
                                "region_code = ?, address = ?, phone = ?, search_key = ?, "
                                "active = ?, version = version + 1, updated_at = ? "
                                "WHERE id = ? AND version = ?"));
    update.bind(institution.name.simplified())
        .bind(textkeys::matchKey(institution.name))
        .bind(StakeholderKinds::key(institution.kind))
        .bind(nullIfEmpty(institution.regionCode))
        .bind(textValue(institution.address.trimmed()))
        .bind(textValue(phone))
        .bind(textValue(searchKey(institution)))
        .bind(institution.active ? 1 : 0)
        .bind(timestampNow())
        .bind(institution.id)
        .bind(institution.version);
    if (auto done = update.exec(); !done) {
        return done;
    }
    if (auto checked = Records::checkVersionedWrite(m_database, QStringLiteral("institution"),
                                                    institution.id, update.rowsAffected());
        !checked) {
        return checked;
    }
    if (m_audited) {
        if (auto done =
                RegisterAudit::record(m_database, AuditAction::Update,
                                      QStringLiteral("institution"), institution.id, before);
            !done) {
            return done;
        }
    }
    if (auto done = transaction.commit(); !done) {
        return done;
    }
    ++institution.version;
    institution.phone = phone;
    return {};
}

Result<RemoveOutcome> InstitutionRepository::remove(qint64 id, int version)
{
    return Records::removeOrDeactivate(m_database, QStringLiteral("institution"), id, version);
}

Status InstitutionRepository::setActive(qint64 id, int version, bool active)
{
    return Records::setActive(m_database, QStringLiteral("institution"), id, version, active);
}

} // namespace sisambang::db
