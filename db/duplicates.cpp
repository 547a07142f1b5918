// SPDX-License-Identifier: GPL-3.0-or-later
#include "duplicates.h"

#include "database.h"
#include "people.h"
#include "phonenumbers.h"
#include "query.h"
#include "regions.h"

#include <QSet>

namespace sisambang::db {

QString LikelyDuplicate::describe() const
{
    switch (reason) {
    case DuplicateReason::SameNameSameRegion:
        return detail.isEmpty()
                   ? DuplicateFinder::tr("%1 (same name, id %2)").arg(fullName).arg(personId)
                   : DuplicateFinder::tr("%1 (same name in %2, id %3)")
                         .arg(fullName, detail)
                         .arg(personId);
    case DuplicateReason::SamePhone:
        return DuplicateFinder::tr("%1 (same phone %2, id %3)").arg(fullName, detail).arg(personId);
    }
    return fullName;
}

Result<QList<LikelyDuplicate>> DuplicateFinder::find(const Person &person,
                                                     const QStringList &regionCodes) const
{
    QList<LikelyDuplicate> found;
    QSet<qint64> seen;
    const QString key = person.name.key();
    QStringList regions = regionCodes;
    if (!person.regionCode.isEmpty()) {
        regions.prepend(person.regionCode);
    }
    regions.removeAll(QString());
    regions.removeDuplicates();

    if (!key.isEmpty() && (!m_knownKeys || m_knownKeys->contains(key))) {
        QString sql;
        if (regions.isEmpty()) {
            // Neither has a place: the same name alone is the only hint there is.
            sql = QStringLiteral(
                "SELECT p.id, p.full_name, p.active, NULL FROM person p WHERE p.name_key = ? AND "
                "p.id <> ? AND p.region_code IS NULL AND NOT EXISTS (SELECT 1 FROM position po "
                "JOIN institution i ON i.id = po.institution_id WHERE po.person_id = p.id AND "
                "i.region_code IS NOT NULL) ORDER BY p.id");
        } else {
            const QString in = QStringList(regions.size(), QStringLiteral("?")).join(u',');
            sql = QStringLiteral(
                      "SELECT * FROM (SELECT p.id, p.full_name, p.active, coalesce(CASE WHEN "
                      "p.region_code IN (%1) THEN p.region_code END, (SELECT i.region_code FROM "
                      "position po JOIN institution i ON i.id = po.institution_id WHERE "
                      "po.person_id = p.id AND i.region_code IN (%1) LIMIT 1)) AS place "
                      "FROM person p WHERE p.name_key = ? AND p.id <> ?) AS candidate "
                      "WHERE place IS NOT NULL ORDER BY id")
                      .arg(in);
        }
        auto query = m_statements.use(sql);
        if (!regions.isEmpty()) {
            for (int round = 0; round < 2; ++round) {
                for (const QString &region : regions) {
                    query->bind(region);
                }
            }
        }
        query->bind(key).bind(person.id);
        if (auto done = query->exec(); !done) {
            return done.error();
        }
        while (query->next()) {
            LikelyDuplicate duplicate;
            duplicate.personId = query->value(0).toLongLong();
            duplicate.fullName = query->value(1).toString();
            duplicate.active = query->value(2).toBool();
            duplicate.reason = DuplicateReason::SameNameSameRegion;
            if (const QString place = query->value(3).toString(); !place.isEmpty()) {
                duplicate.detail = placeName(place);
            }
            seen.insert(duplicate.personId);
            found << duplicate;
        }
    }

    auto phones = PersonRepository::normalisePhones(person.phones);
    if (phones && !phones->isEmpty()) {
        auto query = m_statements.use(
            QStringLiteral("SELECT p.id, p.full_name, p.active, ph.number FROM person_phone "
                           "ph JOIN person p ON p.id = ph.person_id WHERE ph.number = ? "
                           "AND p.id <> ? ORDER BY p.id"));
        for (const QString &phone : *phones) {
            if (m_knownPhones && !m_knownPhones->contains(phone)) {
                continue;
            }
            query->bind(phone).bind(person.id);
            if (auto done = query->exec(); !done) {
                return done.error();
            }
            while (query->next()) {
                const qint64 id = query->value(0).toLongLong();
                if (seen.contains(id)) {
                    continue;
                }
                seen.insert(id);
                found.append({id, query->value(1).toString(), query->value(2).toBool(),
                              DuplicateReason::SamePhone,
                              PhoneNumbers::display(query->value(3).toString())});
            }
        }
    }
    return found;
}

Status DuplicateFinder::preload()
{
    forgetPreload();
    QSet<QString> keys;
    QSet<QString> phones;
    for (auto [sql, into] :
         {std::pair{QStringLiteral("SELECT DISTINCT name_key FROM person"), &keys},
          std::pair{QStringLiteral("SELECT DISTINCT number FROM person_phone"), &phones}}) {
        Query query(m_database, sql);
        if (auto done = query.exec(); !done) {
            return done;
        }
        while (query.next()) {
            into->insert(query.value(0).toString());
        }
    }
    m_knownKeys = std::move(keys);
    m_knownPhones = std::move(phones);
    return {};
}

void DuplicateFinder::forgetPreload()
{
    m_knownKeys.reset();
    m_knownPhones.reset();
}

QString DuplicateFinder::placeName(const QString &code) const
{
    auto found = m_placeNames.constFind(code);
    if (found == m_placeNames.constEnd()) {
        auto region = RegionRepository(m_database).find(code);
        found = m_placeNames.insert(code, region ? RegionLabels::qualifiedName(*region) : code);
    }
    return found.value();
}

Result<QList<QList<qint64>>> DuplicateFinder::groups() const
{
    // Place: the person's own region, else that of their listed position.
    Query query(m_database,
                QStringLiteral("SELECT group_concat(id) FROM (SELECT p.id AS id, p.name_key AS k, "
                               "coalesce(l.desa_code, p.region_code, l.region_code, '') AS place "
                               "FROM person p JOIN stakeholder_listing l ON l.person_id = p.id "
                               "ORDER BY p.id) GROUP BY k, place HAVING count(*) > 1 "
                               "UNION ALL "
                               "SELECT group_concat(person_id) FROM (SELECT DISTINCT number, "
                               "person_id FROM person_phone ORDER BY person_id) GROUP BY number "
                               "HAVING count(*) > 1"));
    if (auto done = query.exec(); !done) {
        return done.error();
    }
    QList<QList<qint64>> groups;
    while (query.next()) {
        QList<qint64> ids;
        for (const QString &id : query.value(0).toString().split(u',')) {
            ids << id.toLongLong();
        }
        if (!groups.contains(ids)) {
            groups << ids;
        }
    }
    return groups;
}

} // namespace sisambang::db
