// SPDX-License-Identifier: GPL-3.0-or-later
#include "regions.h"

#include "database.h"
#include "query.h"

namespace sisambang::db {

namespace {

constexpr auto selectColumns = "SELECT code, name, level, kind, parent_code FROM region ";

Region regionFrom(const Query &query)
{
    Region region;
    region.code = query.value(0).toString();
    region.name = query.value(1).toString();
    region.level = static_cast<RegionLevel>(query.value(2).toInt());
    region.kind = kindFromKey(query.value(3).toString()).value_or(RegionKind::Province);
    region.parentCode = query.value(4).toString();
    return region;
}

Result<QList<Region>> collect(Query &query)
{
    if (auto done = query.exec(); !done) {
        return done.error();
    }
    QList<Region> regions;
    while (query.next()) {
        regions.append(regionFrom(query));
    }
    return regions;
}

int segmentNumber(QStringView code, int index)
{
    const auto parts = code.split(u'.');
    return index < parts.size() ? parts.at(index).toInt() : -1;
}

} // namespace

QString levelKey(RegionLevel level)
{
    switch (level) {
    case RegionLevel::Province:
        return QStringLiteral("province");
    case RegionLevel::Regency:
        return QStringLiteral("regency");
    case RegionLevel::District:
        return QStringLiteral("district");
    case RegionLevel::Village:
        return QStringLiteral("village");
    }
    return {};
}

std::optional<RegionLevel> levelFromKey(QStringView key)
{
    for (auto level : {RegionLevel::Province, RegionLevel::Regency, RegionLevel::District,
                       RegionLevel::Village}) {
        if (key == levelKey(level)) {
            return level;
        }
    }
    return std::nullopt;
}

QString kindKey(RegionKind kind)
{
    switch (kind) {
    case RegionKind::Province:
        return QStringLiteral("province");
    case RegionKind::Regency:
        return QStringLiteral("regency");
    case RegionKind::City:
        return QStringLiteral("city");
    case RegionKind::District:
        return QStringLiteral("district");
    case RegionKind::UrbanVillage:
        return QStringLiteral("urban_village");
    case RegionKind::Village:
        return QStringLiteral("village");
    case RegionKind::CustomaryVillage:
        return QStringLiteral("customary_village");
    }
    return {};
}

std::optional<RegionKind> kindFromKey(QStringView key)
{
    for (auto kind :
         {RegionKind::Province, RegionKind::Regency, RegionKind::City, RegionKind::District,
          RegionKind::UrbanVillage, RegionKind::Village, RegionKind::CustomaryVillage}) {
        if (key == kindKey(kind)) {
            return kind;
        }
    }
    return std::nullopt;
}

std::optional<RegionLevel> levelFromCode(QStringView code)
{
    const auto segments = code.count(u'.') + 1;
    if (code.isEmpty() || segments > 4) {
        return std::nullopt;
    }
    return static_cast<RegionLevel>(segments);
}

std::optional<RegionKind> kindFromCode(QStringView code)
{
    const auto level = levelFromCode(code);
    if (!level) {
        return std::nullopt;
    }
    switch (*level) {
    case RegionLevel::Province:
        return RegionKind::Province;
    case RegionLevel::Regency: {
        const int regency = segmentNumber(code, 1);
        if (regency >= 1 && regency <= 69) {
            return RegionKind::Regency;
        }
        if (regency >= 71 && regency <= 99) {
            return RegionKind::City;
        }
        return std::nullopt;
    }
    case RegionLevel::District:
        return RegionKind::District;
    case RegionLevel::Village: {
        const auto parts = code.split(u'.');
        const QStringView village = parts.at(3);
        if (village.size() != 4) {
            return std::nullopt;
        }
        switch (village.at(0).unicode()) {
        case u'1':
            return RegionKind::UrbanVillage;
        case u'2':
            return RegionKind::Village;
        case u'3':
            return RegionKind::CustomaryVillage;
        default:
            return std::nullopt;
        }
    }
    }
    return std::nullopt;
}

QString RegionLabels::kindLabel(RegionKind kind)
{
    switch (kind) {
    case RegionKind::Province:
        return tr("Province");
    case RegionKind::Regency:
        return tr("Regency");
    case RegionKind::City:
        return tr("City");
    case RegionKind::District:
        return tr("District");
    case RegionKind::UrbanVillage:
        return tr("Urban village");
    case RegionKind::Village:
        return tr("Village");
    case RegionKind::CustomaryVillage:
        return tr("Customary village");
    }
    return {};
}

QString RegionLabels::qualifiedName(const QString &name, const QString &kindKey)
{
    Region region;
    region.name = name;
    region.kind = kindFromKey(kindKey).value_or(RegionKind::Village);
    return qualifiedName(region);
}

QString RegionLabels::qualifiedName(const Region &region)
{
    // Official documents always use these Indonesian words, whatever the UI language.
    switch (region.kind) {
    case RegionKind::Province:
        return QStringLiteral("Provinsi ") + region.name;
    case RegionKind::Regency:
    case RegionKind::City:
        return region.name; // the data already reads "Kabupaten ..." or "Kota ..."
    case RegionKind::District:
        return QStringLiteral("Kecamatan ") + region.name;
    case RegionKind::UrbanVillage:
        return QStringLiteral("Kelurahan ") + region.name;
    case RegionKind::Village:
        return QStringLiteral("Desa ") + region.name;
    case RegionKind::CustomaryVillage:
        return QStringLiteral("Desa Adat ") + region.name;
    }
    return region.name;
}

Result<Region> RegionRepository::find(const QString &code) const
{
    Query query(m_database, QLatin1String(selectColumns) + QStringLiteral("WHERE code = ?"));
    query.bind(code);
    if (auto done = query.exec(); !done) {
        return done.error();
    }
    if (!query.next()) {
        return Error::notFound(tr("There is no region with code %1.").arg(code));
    }
    return regionFrom(query);
}

Result<QList<Region>> RegionRepository::children(const QString &parentCode) const
{
    if (parentCode.isEmpty()) {
        Query query(m_database, QLatin1String(selectColumns) +
                                    QStringLiteral("WHERE parent_code IS NULL ORDER BY code"));
        return collect(query);
    }
    Query query(m_database, QLatin1String(selectColumns) +
                                QStringLiteral("WHERE parent_code = ? ORDER BY code"));
    query.bind(parentCode);
    return collect(query);
}

Result<QList<Region>> RegionRepository::villagesUnder(const QString &code) const
{
    // Codes nest by prefix, so a range scan over the primary key finds every
    // descendant. "+level" keeps SQLite off the level index, which it would
    // otherwise pick and then read all 84,000 kelurahan/desa of the country.
    Query query(m_database, QLatin1String(selectColumns) +
                                QStringLiteral("WHERE code > ? AND code < ? AND +level = 4 "
                                               "ORDER BY parent_code, name"));
    query.bind(code + u'.').bind(code + u'/'); // '/' sorts right after '.'
    return collect(query);
}

Result<QMap<RegionLevel, int>> RegionRepository::countByLevel() const
{
    Query query(m_database, QStringLiteral("SELECT level, count(*) FROM region GROUP BY level"));
    if (auto done = query.exec(); !done) {
        return done.error();
    }
    QMap<RegionLevel, int> counts;
    while (query.next()) {
        counts.insert(static_cast<RegionLevel>(query.value(0).toInt()), query.value(1).toInt());
    }
    return counts;
}

Result<int> RegionRepository::count(const QString &parentCode, RegionKind kind) const
{
    Query query(m_database, QStringLiteral("SELECT count(*) FROM region WHERE code > ? AND "
                                           "code < ? AND kind = ?"));
    query.bind(parentCode + u'.').bind(parentCode + u'/').bind(kindKey(kind));
    auto value = query.scalar();
    if (!value) {
        return value.error();
    }
    return value->toInt();
}

} // namespace sisambang::db
