// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace sisambang::db {

class Database;

// What a done activity lacks: for the Kegiatan page and the dashboard.
struct MissingRecords
{
    qint64 activityId = 0;
    QDate date{};
    QString regionName{};    // "Desa Nibung"
    QString title{};         // as stored; empty: the kind's name
    bool attendance = false; // true: missing
    bool minutes = false;
    bool photos = false;
};

// The newest of the done activities missing records, and how many there are
// in all: the dashboard lists a few and names the total.
struct NewestMissing
{
    QList<MissingRecords> newest{}; // newest first
    int total = 0;
};

// How far an activity's records are: counts, for a page header.
struct RecordSummary
{
    int invited = 0;
    int attended = 0; // walk-ins included
    bool hasMinutes = false;
    int photos = 0;
    int followUps = 0;
    int openFollowUps = 0;
};

class ActivityRecords
{
    Q_DECLARE_TR_FUNCTIONS(ActivityRecords)

public:
    explicit ActivityRecords(const Database &database)
        : m_database(database)
    {
    }

    // Done activities dated from..to (invalid: no bound), optionally in one
    // region (a kecamatan or desa code), lacking attendance, minutes or
    // photos; by date. One query.
    Result<QList<MissingRecords>> missing(const QDate &from = {}, const QDate &to = {},
                                          const QString &regionCode = {}) const;
    // The `limit` (at least 1) newest of missing({}, to), newest first, and the
    // count of all; the rows past the limit are counted, never read.
    Result<NewestMissing> newestMissing(const QDate &to, int limit) const;
    Result<RecordSummary> summary(qint64 activityId) const;

private:
    const Database &m_database;
};

} // namespace sisambang::db
