// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "records.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace sisambang::db {

class Database;

// A follow-up item (tindak lanjut) agreed at an activity: what, by whom, by
// when. Open until closed with a date and a note.
struct FollowUp
{
    qint64 id = 0;
    qint64 activityId = 0;
    QString description{};
    QString assignee{}; // whom
    QDate due{};        // invalid: no due date
    QDate closed{};     // invalid: still open
    QString closingNote{};
    int version = 0;

    // Read with the item, not stored with it.
    QDate activityDate{};
    QString regionCode{};
    QString regionName{}; // "Desa Nibung"

    bool isOpen() const { return !closed.isValid(); }
};

class FollowUpRepository
{
    Q_DECLARE_TR_FUNCTIONS(FollowUpRepository)

public:
    explicit FollowUpRepository(const Database &database)
        : m_database(database)
    {
    }

    Result<FollowUp> find(qint64 id) const;
    QList<FieldProblem> validate(const FollowUp &item) const;
    Result<qint64> add(const FollowUp &item);
    // Description, assignee and due date; version-checked.
    Status update(FollowUp &item);
    // Closes an open item on `date` with a note; version-checked.
    Status close(qint64 id, int version, const QDate &date, const QString &note);
    Status reopen(qint64 id, int version);
    Status remove(qint64 id, int version);

    // The items of one activity, in the order they were added.
    Result<QList<FollowUp>> forActivity(qint64 activityId) const;
    // The open items of EARLIER activities in the same kelurahan/desa, and of
    // earlier meetings held for its whole kecamatan: what to raise when this
    // activity is opened. Oldest first.
    Result<QList<FollowUp>> openFor(qint64 activityId) const;
    // Every open item, oldest activity first; optionally only items of
    // activities up to `asOf`.
    Result<QList<FollowUp>> open(const QDate &asOf = {}) const;

private:
    Result<QList<FollowUp>> select(const QString &where, const QVariantList &values) const;
    const Database &m_database;
};

} // namespace sisambang::db
