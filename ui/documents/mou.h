// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agreements.h"
#include "document.h"
#include "officeprofile.h"
#include "regions.h"
#include "result.h"

#include <QMap>
#include <QString>

namespace sisambang::db {
class Database;
}

namespace sisambang::documents {

// What the MoU document is built from: the agreement and the office around it.
struct MouData
{
    db::Agreement agreement;
    db::OfficeProfile profile;
    db::Region regency;    // the office's kabupaten/kota, for the letterhead
    QString kecamatanName; // PIHAK KEDUA's kecamatan ("Koba"), for the articles
};

// Reads the agreement, the office profile and the names the document prints.
db::Result<MouData> loadMouData(const db::Database &database, qint64 agreementId);

// The values of the article placeholders: {pihak_pertama}, {pihak_kedua},
// {kecamatan}, {program}, {jangka_waktu} ("2 (dua) tahun"),
// {tanggal_berlaku} and {tanggal_berakhir} ("20 Februari 2023").
QMap<QString, QString> mouPlaceholders(const MouData &data);

// "2 (dua) tahun", "6 (enam) bulan", "45 (empat puluh lima) hari": the span
// from `from` to `until` inclusive, in the largest whole unit.
QString periodInWords(const QDate &from, const QDate &until);

// The Nota Kesepahaman (or Perjanjian Kerja Sama) as signed: letterhead, title
// with each party's number, the opening with the date in words, the parties,
// the considerations, each Pasal, the closing and the signatures side by side
// (PIHAK KEDUA left, PIHAK PERTAMA right). Always Indonesian.
Document mouDocument(const MouData &data, db::PaperSize paper);

} // namespace sisambang::documents
