// SPDX-License-Identifier: GPL-3.0-or-later
#include "personmerge.h"

#include "audit.h"
#include "database.h"
#include "people.h"
#include "positions.h"
#include "query.h"
#include "references.h"
#include "transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sisambang::db {

namespace {

QJsonObject snapshot(const Person &person, const QList<PositionDetails> &positions)
{
    QJsonArray phones;
    for (const QString &phone : person.phones) {
        phones.append(phone);
    }
    QJsonArray held;
    for (const PositionDetails &details : positions) {
        const Position &position = details.position;
        held.append(QJsonObject{
            {QStringLiteral("position_id"), position.id},
            {QStringLiteral("institution_id"), position.institutionId},
            {QStringLiteral("institution"), details.institutionName},
            {QStringLiteral("jabatan"), position.jabatan()},
            {QStringLiteral("start"), position.start.toString(Qt::ISODate)},
            {QStringLiteral("end"), position.end.toString(Qt::ISODate)},
        });
    }
    return QJsonObject{
        {QStringLiteral("id"), person.id},
        {QStringLiteral("full_name"), person.name.fullName()},
        {QStringLiteral("gender"), StakeholderKinds::key(person.gender)},
        {QStringLiteral("category"), StakeholderKinds::key(person.category)},
        {QStringLiteral("region_code"), person.regionCode},
        {QStringLiteral("email"), person.email},
        {QStringLiteral("notes"), person.notes},
        {QStringLiteral("phones"), phones},
        {QStringLiteral("positions"), held},
        {QStringLiteral("active"), person.active},
    };
}

bool samePost(const Position &a, const Position &b)
{
    return a.institutionId == b.institutionId &&
           a.title.compare(b.title, Qt::CaseInsensitive) == 0 && a.acting == b.acting &&
           a.start == b.start && a.end == b.end;
}

} // namespace

Result<MergeSummary> PersonMerge::merge(qint64 survivorId, int survivorVersion, qint64 mergedId,
                                        int mergedVersion)
{
    if (survivorId == mergedId) {
        return Error::invalid(tr("A person cannot be merged with themselves."));
    }
    PersonRepository people(m_database);
    PositionRepository positions(m_database);
    // The merge's own entry says all of it; no entry per moved row.
    people.setAudited(false);
    positions.setAudited(false);
    Transaction transaction(m_database);
    auto survivor = people.find(survivorId);
    if (!survivor) {
        return survivor.error();
    }
    auto merged = people.find(mergedId);
    if (!merged) {
        return merged.error();
    }
    if (survivor->version != survivorVersion || merged->version != mergedVersion) {
        return Error::conflict(tr("Someone else changed one of the two people after you opened "
                                  "them. Reload both, then merge again."));
    }
    auto survivorPositions = positions.historyOfPerson(survivorId);
    auto mergedPositions = positions.historyOfPerson(mergedId);
    if (!survivorPositions || !mergedPositions) {
        return (!survivorPositions ? survivorPositions : mergedPositions).error();
    }
    MergeSummary summary;
    summary.survivorId = survivorId;
    summary.mergedId = mergedId;
    QJsonObject details{{QStringLiteral("merged"), snapshot(*merged, *mergedPositions)}};

    // Positions: moved, except exact copies of one the survivor already has.
    Query move(m_database,
               QStringLiteral("UPDATE position SET person_id = ?, version = version + 1 "
                              "WHERE id = ?"));
    Query drop(m_database, QStringLiteral("DELETE FROM position WHERE id = ?"));
    for (const PositionDetails &held : *mergedPositions) {
        const bool copy = std::any_of(
            survivorPositions->cbegin(), survivorPositions->cend(),
            [&](const PositionDetails &own) { return samePost(own.position, held.position); });
        Query &statement = copy ? drop : move;
        if (!copy) {
            statement.bind(survivorId);
        }
        statement.bind(held.position.id);
        if (auto done = statement.exec(); !done) {
            return done.error();
        }
        ++(copy ? summary.positionsDropped : summary.positionsMoved);
    }

    // Every other reference to the merged person, whatever table holds it. A row
    // that would then repeat one of the survivor's (a unique key) is dropped.
    auto references = referencesTo(m_database, QStringLiteral("person"));
    if (!references) {
        return references.error();
    }
    for (const ColumnReference &reference : *references) {
        if (reference.table == QLatin1String("position") ||
            reference.table == QLatin1String("person_phone")) {
            continue;
        }
        Query update(m_database, QStringLiteral("UPDATE OR IGNORE \"%1\" SET \"%2\" = ? WHERE "
                                                "\"%2\" = ?")
                                     .arg(reference.table, reference.column));
        update.bind(survivorId).bind(mergedId);
        if (auto done = update.exec(); !done) {
            return done.error();
        }
        const int moved = update.rowsAffected();
        Query rest(m_database, QStringLiteral("DELETE FROM \"%1\" WHERE \"%2\" = ?")
                                   .arg(reference.table, reference.column));
        rest.bind(mergedId);
        if (auto done = rest.exec(); !done) {
            return done.error();
        }
        if (moved + rest.rowsAffected() > 0) {
            summary.otherReferences << tr("%1.%2: %3 moved, %4 duplicates dropped")
                                           .arg(reference.table, reference.column)
                                           .arg(moved)
                                           .arg(rest.rowsAffected());
        }
    }

    // The survivor keeps its own values and takes what it lacked.
    Person &kept = *survivor;
    for (const QString &phone : merged->phones) {
        if (!kept.phones.contains(phone)) {
            kept.phones << phone;
            ++summary.phonesAdded;
        }
    }
    auto fill = [&summary](auto &field, const auto &other, const auto &empty, const char *name) {
        if (field == empty && other != empty) {
            field = other;
            summary.fieldsFilled << QLatin1String(name);
        }
    };
    fill(kept.email, merged->email, QString(), "email");
    fill(kept.gender, merged->gender, Gender::Unknown, "gender");
    fill(kept.regionCode, merged->regionCode, QString(), "region_code");
    fill(kept.category, merged->category, StakeholderCategory::Other, "category");
    fill(kept.name.prefixTitles, merged->name.prefixTitles, QStringList(), "prefix_titles");
    fill(kept.name.suffixTitles, merged->name.suffixTitles, QStringList(), "suffix_titles");
    if (!merged->notes.isEmpty() && !kept.notes.contains(merged->notes)) {
        kept.notes = kept.notes.isEmpty() ? merged->notes : kept.notes + u'\n' + merged->notes;
        summary.fieldsFilled << QStringLiteral("notes");
    }
    kept.active = kept.active || merged->active;

    // The merged person's phones go before the survivor takes them (one owner each).
    if (auto done = execute(
            m_database, QStringLiteral("DELETE FROM person_phone WHERE person_id = ?"), {mergedId});
        !done) {
        return done.error();
    }
    if (auto done = people.update(kept); !done) {
        return done.error();
    }
    QJsonArray filled;
    for (const QString &field : summary.fieldsFilled) {
        filled.append(field);
    }
    details.insert(QStringLiteral("positions_moved"), summary.positionsMoved);
    details.insert(QStringLiteral("positions_dropped"), summary.positionsDropped);
    details.insert(QStringLiteral("phones_added"), summary.phonesAdded);
    details.insert(QStringLiteral("fields_filled"), filled);
    details.insert(QStringLiteral("other_references"),
                   QJsonArray::fromStringList(summary.otherReferences));
    Query record(m_database, QStringLiteral("INSERT INTO person_merge (survivor_id, merged_id, "
                                            "merged_name, details) VALUES (?, ?, ?, ?)"));
    record.bind(survivorId)
        .bind(mergedId)
        .bind(merged->name.fullName())
        .bind(QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
    if (auto done = record.exec(); !done) {
        return done.error();
    }
    summary.recordId = record.lastInsertId();
    if (auto done =
            AuditLog(m_database)
                .record(AuditAction::Merge, QStringLiteral("person"), survivorId,
                        QStringLiteral("%1 -> %2")
                            .arg(merged->name.fullName(), survivor->name.fullName()),
                        QJsonObject{{QStringLiteral("merged_id"), mergedId},
                                    {QStringLiteral("merged_name"), merged->name.fullName()}},
                        details);
        !done) {
        return done.error();
    }
    Query remove(m_database, QStringLiteral("DELETE FROM person WHERE id = ?"));
    remove.bind(mergedId);
    if (auto done = remove.exec(); !done) {
        return Error::failed(tr("%1 is still referenced after the merge: %2")
                                 .arg(merged->name.fullName(), done.error().message));
    }
    if (auto done = transaction.commit(); !done) {
        return done.error();
    }
    return summary;
}

Result<QList<MergeRecord>> PersonMerge::recordsFor(qint64 survivorId) const
{
    Query query(m_database, QStringLiteral("SELECT id, survivor_id, merged_id, merged_name, "
                                           "details, merged_at FROM person_merge WHERE "
                                           "survivor_id = ? ORDER BY id"));
    query.bind(survivorId);
    if (auto done = query.exec(); !done) {
        return done.error();
    }
    QList<MergeRecord> records;
    while (query.next()) {
        records.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
                        query.value(2).toLongLong(), query.value(3).toString(),
                        query.value(4).toString(),
                        QDateTime::fromString(query.value(5).toString(), Qt::ISODate)});
    }
    return records;
}

} // namespace sisambang::db
