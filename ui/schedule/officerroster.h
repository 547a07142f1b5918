// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace sisambang::db {
class Database;
}

namespace sisambang::ui {

// A Bawaslu member or staff member who can be sent to an activity.
struct Officer
{
    qint64 personId = 0;
    QString name{};
    QString jabatan{}; // "Ketua", "Staf Sekretariat"
};

// The officers the schedule offers: everyone holding a position on `date` at a
// Bawaslu office in the office's kabupaten/kota, from the register.
class OfficerRoster
{
public:
    static db::Result<QList<Officer>> load(const db::Database &database, const QString &regencyCode,
                                           const QDate &date = QDate::currentDate());
};

} // namespace sisambang::ui
