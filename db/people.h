// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "personnames.h"
#include "preparedstatements.h"
#include "records.h"
#include "result.h"
#include "stakeholderkinds.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace sisambang::db {

class Database;

// A stakeholder: anyone the office works with, and Bawaslu's own people.
struct Person
{
    qint64 id = 0;
    PersonName name;
    Gender gender = Gender::Unknown;
    StakeholderCategory category = StakeholderCategory::Other;
    QString regionCode; // the kelurahan/desa or kecamatan the person belongs to; may be empty
    QString email;
    QString nip; // civil servant number (NIP), digits only; empty for non-civil servants
    QString notes;
    QStringList phones; // stored form (+62...), main number first; add/update accept any form
    bool active = true;
    int version = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
};

class PersonRepository
{
    Q_DECLARE_TR_FUNCTIONS(PersonRepository)

public:
    explicit PersonRepository(const Database &database)
        : m_database(database)
        , m_statements(database)
        , m_regions(database)
    {
    }

    Result<Person> find(qint64 id) const;

    // What the form refuses, field by field: no name, a malformed phone or
    // e-mail, a NIP with anything but digits and spaces, an unknown region.
    QList<FieldProblem> validate(const Person &person) const;
    // Adds a valid person with phones normalised; returns the new id.
    Result<qint64> add(const Person &person);
    // Saves changes when nobody changed the person since `person.version` was
    // read (else Conflict); on success the person holds the new version and the
    // normalised phones.
    Status update(Person &person);
    // Deletes the person, or deactivates them when anything refers to them
    // (a position, a merge record, later participations and signatures).
    Result<RemoveOutcome> remove(qint64 id, int version);
    Status setActive(qint64 id, int version, bool active);

    // Phones written any usual way to the stored form, duplicates dropped;
    // Invalid names the first bad one.
    static Result<QStringList> normalisePhones(const QStringList &written);

    // Bulk writers (imports, the demo) record one summary entry of their own
    // instead of one audit entry per row.
    void setAudited(bool audited) { m_audited = audited; }

private:
    // replace: numbers no longer listed are removed (an update; a new person has none).
    Status writePhones(qint64 personId, const QStringList &phones, bool replace = true);
    QString searchKey(const Person &person) const;

    bool m_audited = true;
    const Database &m_database;
    mutable PreparedStatements m_statements;
    mutable RegionNames m_regions;
};

} // namespace sisambang::db
