// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "regions.h"
#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace sisambang::db {

class Database;

// Finds the kecamatan and kelurahan/desa of the office's kabupaten/kota from
// the names offices type: case, spacing, punctuation, a "Desa"/"Kel." prefix,
// roman numerals and old spellings aside ("Sungaiselan" = "Sungai Selan",
// "Terentang 3" = "Terentang III", "Soengai" = "Sungai"). An unknown name is
// an error that names the closest ones.
class RegionMatcher
{
    Q_DECLARE_TR_FUNCTIONS(RegionMatcher)

public:
    // Loads every kecamatan and kelurahan/desa under `regencyCode`.
    static Result<RegionMatcher> load(const Database &database, const QString &regencyCode);

    Result<Region> kecamatan(const QString &name) const;
    // A kelurahan/desa; with `kecamatanCode` only within that kecamatan.
    Result<Region> village(const QString &name, const QString &kecamatanCode = {}) const;
    // A region of the kabupaten (or the kabupaten itself) by its code.
    Result<Region> byCode(const QString &code) const;
    const Region &regency() const { return m_regency; }

    // The comparison key of a place name.
    static QString key(const QString &name);

private:
    QStringList suggestions(const QString &key, const QList<const Region *> &candidates) const;

    Region m_regency;
    QList<Region> m_regions; // kecamatan and villages
    QStringList m_keys;      // key() of each of m_regions
    QHash<QString, QList<qsizetype>> m_byKey;
    QHash<QString, Region> m_byCode;
};

} // namespace sisambang::db
