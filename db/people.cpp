// SPDX-License-Identifier: GPL-3.0-or-later
#include "people.h"

#include "database.h"
#include "emailaddresses.h"
#include "phonenumbers.h"
#include "query.h"
#include "registeraudit.h"
#include "textkeys.h"
#include "transaction.h"

#include <algorithm>

namespace sisambang::db {

namespace {

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QDateTime timestampFrom(const QVariant &value)
{
    // Stored with a trailing Z, so this reads as UTC.
    return QDateTime::fromString(value.toString(), Qt::ISODate);
}

// The person's columns in the order both INSERT and UPDATE name them.
Query &bindColumns(Query &query, const Person &person, const QString &searchKey)
{
    return query.bind(person.name.coreName.simplified())
        .bind(person.name.key())
        .bind(textValue(person.name.prefixText()))
        .bind(textValue(person.name.suffixText()))
        .bind(person.name.fullName())
        .bind(nullIfEmpty(StakeholderKinds::key(person.gender)))
        .bind(StakeholderKinds::key(person.category))
        .bind(nullIfEmpty(person.regionCode))
        .bind(textValue(*EmailAddresses::normalise(person.email)))
        .bind(textValue(person.notes.trimmed()))
        .bind(textValue(searchKey))
        .bind(person.active ? 1 : 0)
        .bind(textValue(QString(person.nip).remove(u' ')));
}

} // namespace

Result<Person> PersonRepository::find(qint64 id) const
{
    auto query = m_statements.use(
        QStringLiteral("SELECT id, core_name, prefix_titles, suffix_titles, gender, "
                       "category, region_code, email, notes, active, version, created_at, "
                       "updated_at, nip FROM person WHERE id = ?"));
    query->bind(id);
    if (auto done = query->exec(); !done) {
        return done.error();
    }
    if (!query->next()) {
        return Error::notFound(tr("There is no person with id %1.").arg(id));
    }
    Person person;
    person.id = query->value(0).toLongLong();
    person.name.coreName = query->value(1).toString();
    person.name.prefixTitles = prefixTitlesFromText(query->value(2).toString());
    person.name.suffixTitles = suffixTitlesFromText(query->value(3).toString());
    person.gender = StakeholderKinds::genderFromKey(query->value(4).toString());
    person.category = StakeholderKinds::categoryFromKey(query->value(5).toString())
                          .value_or(StakeholderCategory::Other);
    person.regionCode = query->value(6).toString();
    person.email = query->value(7).toString();
    person.notes = query->value(8).toString();
    person.active = query->value(9).toBool();
    person.version = query->value(10).toInt();
    person.createdAt = timestampFrom(query->value(11));
    person.updatedAt = timestampFrom(query->value(12));
    person.nip = query->value(13).toString();

    auto phones =
        m_statements.use(QStringLiteral("SELECT number FROM person_phone WHERE person_id = ? "
                                        "ORDER BY ordinal, id"));
    phones->bind(id);
    if (auto done = phones->exec(); !done) {
        return done.error();
    }
    while (phones->next()) {
        person.phones << phones->value(0).toString();
    }
    return person;
}

Result<QStringList> PersonRepository::normalisePhones(const QStringList &written)
{
    QStringList stored;
    for (const QString &phone : written) {
        if (phone.trimmed().isEmpty()) {
            continue;
        }
        auto number = PhoneNumbers::normalise(phone);
        if (!number) {
            return number.error();
        }
        if (!stored.contains(*number)) {
            stored << *number;
        }
    }
    return stored;
}

QList<FieldProblem> PersonRepository::validate(const Person &person) const
{
    QList<FieldProblem> problems;
    if (person.name.coreName.trimmed().isEmpty()) {
        problems.append({QStringLiteral("name"), tr("The name is required.")});
    }
    for (const QString &phone : person.phones) {
        if (phone.trimmed().isEmpty()) {
            continue;
        }
        if (auto number = PhoneNumbers::normalise(phone); !number) {
            problems.append({QStringLiteral("phones"), number.error().message});
        }
    }
    if (auto email = EmailAddresses::normalise(person.email); !email) {
        problems.append({QStringLiteral("email"), email.error().message});
    }
    if (const QString nip = QString(person.nip).remove(u' ');
        !nip.isEmpty() && (nip.size() > 30 || !std::all_of(nip.cbegin(), nip.cend(), [](QChar c) {
                               return c >= u'0' && c <= u'9';
                           }))) {
        problems.append({QStringLiteral("nip"), tr("A NIP has only digits.")});
    }
    if (auto region = m_regions.check(person.regionCode); !region) {
        problems.append({QStringLiteral("region_code"), region.error().message});
    }
    return problems;
}

QString PersonRepository::searchKey(const Person &person) const
{
    QStringList texts{person.name.coreName};
    texts << m_regions.names(person.regionCode);
    return textkeys::joinedWords(texts);
}

Status PersonRepository::writePhones(qint64 personId, const QStringList &phones, bool replace)
{
    // Numbers no longer listed go; the others keep their rows (and ids).
    if (replace) {
        QStringList placeholders(phones.size(), QStringLiteral("?"));
        auto remove = m_statements.use(
            phones.isEmpty() ? QStringLiteral("DELETE FROM person_phone WHERE person_id = ?")
                             : QStringLiteral("DELETE FROM person_phone WHERE person_id = ? AND "
                                              "number NOT IN (%1)")
                                   .arg(placeholders.join(QStringLiteral(", "))));
        remove->bind(personId);
        for (const QString &phone : phones) {
            remove->bind(phone);
        }
        if (auto done = remove->exec(); !done) {
            return done;
        }
    }
    auto upsert =
        m_statements.use(QStringLiteral("INSERT INTO person_phone (person_id, number, ordinal) "
                                        "VALUES (?, ?, ?) ON CONFLICT (person_id, number) "
                                        "DO UPDATE SET ordinal = excluded.ordinal "
                                        "WHERE ordinal <> excluded.ordinal"));
    for (qsizetype i = 0; i < phones.size(); ++i) {
        upsert->bind(personId).bind(phones.at(i)).bind(static_cast<int>(i));
        if (auto done = upsert->exec(); !done) {
            return done;
        }
    }
    return {};
}

Result<qint64> PersonRepository::add(const Person &person)
{
    if (auto problems = validate(person); !problems.isEmpty()) {
        return invalidError(problems);
    }
    const QStringList phones = *normalisePhones(person.phones);
    Transaction transaction(m_database);
    auto insert = m_statements.use(
        QStringLiteral("INSERT INTO person (core_name, name_key, prefix_titles, "
                       "suffix_titles, full_name, gender, category, region_code, email, "
                       "notes, search_key, active, nip) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindColumns(*insert, person, searchKey(person));
    if (auto done = insert->exec(); !done) {
        return done.error();
    }
    const qint64 id = insert->lastInsertId();
    if (auto done = writePhones(id, phones, false); !done) {
        return done.error();
    }
    if (m_audited) {
        if (auto done = RegisterAudit::record(m_database, AuditAction::Insert,
                                              QStringLiteral("person"), id, {});
            !done) {
            return done.error();
        }
    }
    if (auto done = transaction.commit(); !done) {
        return done.error();
    }
    return id;
}

Status PersonRepository::update(Person &person)
{
    if (auto problems = validate(person); !problems.isEmpty()) {
        return invalidError(problems);
    }
    const QStringList phones = *normalisePhones(person.phones);
    Transaction transaction(m_database);
    const QJsonObject before =
        m_audited ? RegisterAudit::snapshot(m_database, QStringLiteral("person"), person.id)
                  : QJsonObject();
    auto update = m_statements.use(
        QStringLiteral("UPDATE person SET core_name = ?, name_key = ?, prefix_titles = ?, "
                       "suffix_titles = ?, full_name = ?, gender = ?, category = ?, "
                       "region_code = ?, email = ?, notes = ?, search_key = ?, "
                       "active = ?, nip = ?, version = version + 1, updated_at = ? "
                       "WHERE id = ? AND version = ?"));
    bindColumns(*update, person, searchKey(person))
        .bind(timestampNow())
        .bind(person.id)
        .bind(person.version);
    if (auto done = update->exec(); !done) {
        return done;
    }
    if (auto checked = Records::checkVersionedWrite(m_database, QStringLiteral("person"), person.id,
                                                    update->rowsAffected());
        !checked) {
        return checked;
    }
    if (auto done = writePhones(person.id, phones); !done) {
        return done;
    }
    if (m_audited) {
        if (auto done = RegisterAudit::record(m_database, AuditAction::Update,
                                              QStringLiteral("person"), person.id, before);
            !done) {
            return done;
        }
    }
    if (auto done = transaction.commit(); !done) {
        return done;
    }
    ++person.version;
    person.phones = phones;
    return {};
}

Result<RemoveOutcome> PersonRepository::remove(qint64 id, int version)
{
    return Records::removeOrDeactivate(m_database, QStringLiteral("person"), id, version);
}

Status PersonRepository::setActive(qint64 id, int version, bool active)
{
    return Records::setActive(m_database, QStringLiteral("person"), id, version, active);
}

} // namespace sisambang::db
