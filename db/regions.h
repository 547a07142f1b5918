// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace sisambang::db {

class Database;

enum class RegionLevel {
    Province = 1, // provinsi
    Regency = 2,  // kabupaten/kota
    District = 3, // kecamatan
    Village = 4,  // kelurahan/desa
};

enum class RegionKind {
    Province,
    Regency,          // kabupaten
    City,             // kota
    District,         // kecamatan
    UrbanVillage,     // kelurahan
    Village,          // desa
    CustomaryVillage, // desa adat
};

struct Region
{
    QString code; // Kemendagri code with dots, e.g. 19.04.01.2003
    QString name;
    RegionLevel level = RegionLevel::Province;
    RegionKind kind = RegionKind::Province;
    QString parentCode;
};

// The stored names of levels and kinds (database columns, CLI output).
QString levelKey(RegionLevel level);
std::optional<RegionLevel> levelFromKey(QStringView key);
QString kindKey(RegionKind kind);
std::optional<RegionKind> kindFromKey(QStringView key);

// Indonesian labels for printing and lists: "Kelurahan", "Desa", "Kecamatan", ...
class RegionLabels
{
    Q_DECLARE_TR_FUNCTIONS(RegionLabels)

public:
    static QString kindLabel(RegionKind kind);
    // "Desa Nibung", "Kelurahan Koba", "Kecamatan Koba"; regencies keep their own prefix.
    static QString qualifiedName(const Region &region);
    // The same from a name and a kind key as a query reads them (Village when unknown).
    static QString qualifiedName(const QString &name, const QString &kindKey);
};

// Tells the kind from the code, as Permendagri 58/2021 numbers regions:
// regency segment 01-69 kabupaten, 71-99 kota; village segment 1xxx kelurahan,
// 2xxx desa, 3xxx desa adat. nullopt for a malformed code.
std::optional<RegionKind> kindFromCode(QStringView code);
std::optional<RegionLevel> levelFromCode(QStringView code);

class RegionRepository
{
    Q_DECLARE_TR_FUNCTIONS(RegionRepository)

public:
    explicit RegionRepository(const Database &database)
        : m_database(database)
    {
    }

    Result<Region> find(const QString &code) const;
    // Children of a region ordered by name; an empty parent lists the provinces.
    Result<QList<Region>> children(const QString &parentCode) const;
    // Every village under a regency or district, ordered by district then name.
    Result<QList<Region>> villagesUnder(const QString &code) const;
    Result<QMap<RegionLevel, int>> countByLevel() const;
    Result<int> count(const QString &parentCode, RegionKind kind) const;

private:
    const Database &m_database;
};

} // namespace sisambang::db
