// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activities.h"
#include "result.h"
#include "stakeholderimport.h"
#include "tablefile.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTime>

namespace sisambang::db {

class Database;

// The columns of a schedule kept in a spreadsheet. Headers are recognised in
// Indonesian or English, case, spacing and punctuation aside.
enum class ActivityColumn {
    Date,       // Tanggal (also "Hari/Tanggal"): 2023-03-06, 6 Maret 2023, a date cell
    Time,       // Jam / Waktu: "09.00-12.00", "09.00 WIB s.d. selesai"
    Kecamatan,  // the kecamatan's name
    Desa,       // Desa/Kelurahan; empty for an activity held for the kecamatan
    Kind,       // Kegiatan: "Sambang Desa", "Rapat Koordinasi ...", ...
    Venue,      // Tempat; empty: the desa's office
    Officers,   // Petugas: names from the register, separated by ';' or new lines
    Topic,      // Materi
    StatusText, // Status: Direncanakan, Selesai, Ditunda, Dibatalkan
    Notes,      // Keterangan
    RegionCode, // Kode Wilayah: exact, beats the names
};

// What happens (or happened) to one row.
struct ActivityImportRow
{
    int line = 0;                                 // the CSV line, or the row in the sheet
    ImportOutcome outcome = ImportOutcome::Error; // New, Unchanged, Duplicate or Error
    Activity activity;                            // as it will be stored (New), or as read
    qint64 activityId = 0; // Unchanged: the stored one it matches; after commit, the new id
    QStringList reasons;   // errors, each naming its row and column; or what it repeats
    QStringList warnings;  // imported anyway (clashes), worth a look
};

struct ActivityImportPreview
{
    QList<ActivityImportRow> rows;
    int count(ImportOutcome outcome) const;
    bool hasErrors() const { return count(ImportOutcome::Error) > 0; }
};

struct ActivityImportSummary
{
    QList<int> added;   // lines
    QList<int> skipped; // unchanged and duplicates
    QList<ActivityImportRow> rows;
};

// Imports a schedule kept in a spreadsheet (columns tanggal, jam, kecamatan,
// desa, kegiatan, tempat, petugas). preview() tells every row's outcome without
// writing; commit() writes all rows in one transaction, or nothing when any
// row has an error. A row already stored (same place, day, start and kind) is
// Unchanged, so importing a file again adds nothing. Activities in a desa get
// the agreement that covers it on that day.
class ActivityImport
{
    Q_DECLARE_TR_FUNCTIONS(ActivityImport)
    Q_DISABLE_COPY_MOVE(ActivityImport)

public:
    explicit ActivityImport(Database &database);

    // Reads a .csv or .xlsx file and maps its header row; fails when a
    // required column (tanggal, jam, kecamatan or kode wilayah, kegiatan) is missing.
    Status load(const QString &path);
    Status setTable(Table table);

    QStringList headers() const;
    QStringList unrecognisedHeaders() const { return m_unrecognised; }

    Result<ActivityImportPreview> preview() const;
    Result<ActivityImportSummary> commit();

    static std::optional<ActivityColumn> columnFromHeader(const QString &header);
    // "09.00-12.00", "09:00 – 12:00 WIB", "9.00 s.d. selesai" (three hours),
    // a fraction of a day from a time cell. False when it cannot be read.
    static bool parseTimes(const QString &text, QTime &start, QTime &end);
    // The kind a "Kegiatan" cell names; `title` keeps a text longer than the kind's name.
    static std::optional<ActivityKind> parseKind(const QString &text, QString &title);

private:
    Result<ActivityImportPreview> plan() const;

    Database &m_database;
    Table m_table;
    QMap<ActivityColumn, int> m_mapping;
    QStringList m_unrecognised;
    QString m_fileName;
};

} // namespace sisambang::db
