// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activityparts.h"

#include <optional>

namespace sisambang::documents {

// What the attendance sheet (daftar hadir) is built from.
struct AttendanceSheetData
{
    OfficeContext office{};
    db::Activity activity{};
    // Printed first, numbered from 1 in this order (the order the attendance
    // is later ticked in).
    QList<ActivityPerson> participants{};
    int blankRows = 10; // numbered empty rows after them, for walk-ins
    // The host named beside the office ("Kecamatan Lubuk Besar"); empty: none.
    QString hostName{};
    // The host's signer, on the left under "Mengetahui,"; none: the office signs alone.
    std::optional<Signature> hostSigner{};
    OfficeSigner signer = OfficeSigner::Secretary;
    QString signingPlace{}; // empty: the activity's kecamatan, else the office's town
};

// Row height that leaves room to sign, and the widths (percent of the text
// width) of No | Nama | Jabatan/Instansi | No. HP | Tanda Tangan (two halves).
inline constexpr double attendanceRowHeightMm = 10.0;
inline constexpr int attendanceColumns = 6;
// Small enough for "0812-3456-7890" on one line of the No. HP column.
inline constexpr double attendanceTablePointSize = 10;

// "DAFTAR HADIR": letterhead, title with the acara (and the host beside the
// office), Kegiatan, Hari/Tanggal, Waktu and Tempat, then the table whose
// signature column is zig-zagged: odd numbers sign in its left half, even in
// its right, each half showing its number ("1.", "2."). The participants come
// first, then the blank rows, numbered on; the header row repeats on every
// page; "Mengetahui" signatures close it. Always Indonesian.
Document attendanceSheetDocument(const AttendanceSheetData &data, db::PaperSize paper);

} // namespace sisambang::documents
