// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "records.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QTime>

#include <optional>

namespace sisambang::db {

class Database;

// One point of the pembahasan: who said what.
struct MinutesPoint
{
    QString speaker{};
    QString text{};
};

// The minutes (notulen) of an activity. Hari/tanggal, tempat and the
// participants come from the activity and its attendance.
struct Minutes
{
    qint64 activityId = 0;
    QTime start{};
    QTime end{};
    QString chair{};       // pimpinan rapat
    QString minuteTaker{}; // notulis
    QString agenda{};      // acara
    QList<MinutesPoint> points{};
    QString conclusion{}; // kesimpulan
    int version = 0;      // 0: not saved yet
};

class MinutesRepository
{
    Q_DECLARE_TR_FUNCTIONS(MinutesRepository)

public:
    explicit MinutesRepository(const Database &database)
        : m_database(database)
    {
    }

    // nullopt when the activity has no minutes yet.
    Result<std::optional<Minutes>> find(qint64 activityId) const;
    // Times set and end after start, every point has text, the activity exists.
    QList<FieldProblem> validate(const Minutes &minutes) const;
    // Adds the minutes (version 0) or saves them when nobody changed them
    // since `minutes.version` (else Conflict); points are replaced. On
    // success `minutes.version` is the stored version.
    Status save(Minutes &minutes);
    Status remove(qint64 activityId, int version);

private:
    Status writePoints(const Minutes &minutes);
    const Database &m_database;
};

} // namespace sisambang::db
