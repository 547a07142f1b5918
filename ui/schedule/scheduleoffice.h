// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace sisambang::db {
class Database;
}

namespace sisambang::ui {

// What the schedule's windows take from the office profile: the kabupaten/kota
// whose kecamatan they offer, and the time zone ("WIB", "WITA", "WIT") every
// time is shown in.
struct ScheduleOffice
{
    QString regencyCode{};
    QString zone = QStringLiteral("WIB");

    static ScheduleOffice load(const db::Database &database);
};

} // namespace sisambang::ui
