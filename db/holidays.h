// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace sisambang::db {

class Database;

enum class HolidayKind {
    National,        // hari libur nasional
    CollectiveLeave, // cuti bersama
};

struct Holiday
{
    QDate date;
    QString description;
    HolidayKind kind = HolidayKind::National;
};

QString holidayKindKey(HolidayKind kind);

class HolidayRepository
{
    Q_DECLARE_TR_FUNCTIONS(HolidayRepository)

public:
    // Off only for the bundled table that migration 1 loads, before the audit log exists.
    enum class Audit { On, Off };

    explicit HolidayRepository(const Database &database, Audit audit = Audit::On)
        : m_database(database)
        , m_audit(audit)
    {
    }

    // Holidays from `from` to `to` inclusive, in date order.
    Result<QList<Holiday>> between(const QDate &from, const QDate &to) const;
    Result<QList<Holiday>> all() const;
    // Adds or replaces the holiday on that date.
    Status save(const Holiday &holiday);
    Status remove(const QDate &date);
    // Imports CSV in the shared format (tanggal,keterangan,jenis with jenis libur or
    // cuti_bersama); every row is checked before any is written. Returns rows stored.
    // The caller owns the transaction.
    Result<int> importCsv(const QString &text);

private:
    Status write(const Holiday &holiday);

    const Database &m_database;
    Audit m_audit;
};

// Loads the bundled national holidays (2023-2026).
Result<int> loadBundledHolidays(const Database &database);

} // namespace sisambang::db
