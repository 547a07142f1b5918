// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace sisambang::db {

// The columns a stakeholder spreadsheet may have. Headers are recognised in
// Indonesian or English ("Nama", "No HP", "Desa/Kelurahan", "Phone", ...),
// case, spacing and punctuation aside; the mapping can be changed by hand.
enum class StakeholderColumn {
    Name,         // Nama: the full name, titles included or not
    Titles,       // Gelar: titles of either kind
    PrefixTitles, // Gelar Depan
    SuffixTitles, // Gelar Belakang
    Jabatan,      // "Kepala Desa", "Plt. Camat"
    Institution,  // Instansi
    InstitutionKind,
    Kecamatan,
    Desa,       // Desa/Kelurahan
    RegionCode, // Kode Wilayah: exact, beats the names
    Phone,      // No HP: one or several numbers
    Email,
    Category,
    Gender,
    Notes,
    StartDate, // TMT / Mulai
};

using ColumnMapping = QMap<StakeholderColumn, int>; // column -> 0-based index in the file

class StakeholderColumns
{
    Q_DECLARE_TR_FUNCTIONS(StakeholderColumns)

public:
    static QList<StakeholderColumn> all();
    // The header written on exports (Indonesian, as offices read it).
    static QString header(StakeholderColumn column);
    // A stable key for scripts: "name", "phone", ...
    static QString key(StakeholderColumn column);
    // Translated name for the mapping dialog.
    static QString label(StakeholderColumn column);
    // Which column a header names, if any.
    static std::optional<StakeholderColumn> fromHeader(const QString &header);
    // Maps every recognised header; the first of two headers for one column wins.
    static ColumnMapping detect(const QStringList &headers, QStringList *unrecognised = nullptr);
};

// Dates as offices type them: 2023-02-20, 20/02/2023, 20-2-2023, 20 Februari 2023.
QDate parseWrittenDate(const QString &text);

} // namespace sisambang::db
