// SPDX-License-Identifier: GPL-3.0-or-later
#include "regionmatcher.h"

#include "database.h"
#include "textkeys.h"

#include <algorithm>

namespace sisambang::db {

namespace {

const Region *parentOf(const QHash<QString, Region> &byCode, const Region &region)
{
    const auto found = byCode.constFind(region.parentCode);
    return found == byCode.constEnd() ? nullptr : &found.value();
}

} // namespace

QString RegionMatcher::key(const QString &name)
{
    QStringList words = textkeys::words(name);
    // "Desa Nibung", "Kel. Koba", "Kec. Koba", "Kecamatan Lubuk Besar"
    static const QStringList prefixes = {QStringLiteral("desa"),   QStringLiteral("kelurahan"),
                                         QStringLiteral("kel"),    QStringLiteral("ds"),
                                         QStringLiteral("kec"),    QStringLiteral("kecamatan"),
                                         QStringLiteral("kampung")};
    while (words.size() > 1 && prefixes.contains(words.first())) {
        words.removeFirst();
    }
    static const QStringList roman = {
        QStringLiteral("i"),  QStringLiteral("ii"), QStringLiteral("iii"), QStringLiteral("iv"),
        QStringLiteral("v"),  QStringLiteral("vi"), QStringLiteral("vii"), QStringLiteral("viii"),
        QStringLiteral("ix"), QStringLiteral("x")};
    for (QString &word : words) {
        if (const qsizetype index = roman.indexOf(word); index >= 0 && words.size() > 1) {
            word = QString::number(index + 1);
        }
    }
    return textkeys::spellingKey(words.join(u' '));
}

Result<RegionMatcher> RegionMatcher::load(const Database &database, const QString &regencyCode)
{
    RegionRepository regions(database);
    auto regency = regions.find(regencyCode);
    if (!regency) {
        return regency.error();
    }
    RegionMatcher matcher;
    matcher.m_regency = *regency;
    auto districts = regions.children(regencyCode);
    if (!districts) {
        return districts.error();
    }
    auto villages = regions.villagesUnder(regencyCode);
    if (!villages) {
        return villages.error();
    }
    matcher.m_regions = *districts + *villages;
    matcher.m_byCode.insert(regency->code, *regency);
    // Its province too: the provincial Bawaslu and other offices above the kabupaten.
    if (auto province = regions.find(regency->parentCode)) {
        matcher.m_byCode.insert(province->code, *province);
    }
    for (qsizetype i = 0; i < matcher.m_regions.size(); ++i) {
        const Region &region = matcher.m_regions.at(i);
        matcher.m_byCode.insert(region.code, region);
        matcher.m_keys << key(region.name);
        matcher.m_byKey[matcher.m_keys.last()] << i;
    }
    return matcher;
}

QStringList RegionMatcher::suggestions(const QString &wanted,
                                       const QList<const Region *> &candidates) const
{
    QList<std::pair<int, const Region *>> ranked;
    for (const Region *region : candidates) {
        const QString candidate = key(region->name);
        int distance = textkeys::editDistance(wanted, candidate);
        // A name typed as part of the real one ("Kurau" for "Kurau (Timur)") ranks high.
        if (!wanted.isEmpty() && (candidate.startsWith(wanted) || wanted.startsWith(candidate))) {
            distance = std::min(distance, 1);
        }
        ranked.append({distance, region});
    }
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList names;
    for (qsizetype i = 0; i < ranked.size() && i < 3; ++i) {
        const Region *region = ranked.at(i).second;
        if (region->level == RegionLevel::Village) {
            const Region *district = parentOf(m_byCode, *region);
            names << tr("%1 (Kecamatan %2)")
                         .arg(RegionLabels::qualifiedName(*region),
                              district ? district->name : region->parentCode);
        } else {
            names << RegionLabels::qualifiedName(*region);
        }
    }
    return names;
}

Result<Region> RegionMatcher::kecamatan(const QString &name) const
{
    const QString wanted = key(name);
    for (const qsizetype index : m_byKey.value(wanted)) {
        if (m_regions.at(index).level == RegionLevel::District) {
            return m_regions.at(index);
        }
    }
    QList<const Region *> candidates;
    for (const Region &region : m_regions) {
        if (region.level == RegionLevel::District) {
            candidates << &region;
        }
    }
    return Error::invalid(tr("Unknown kecamatan \"%1\" in %2; closest: %3.")
                              .arg(name.simplified(), m_regency.name,
                                   suggestions(wanted, candidates).join(QStringLiteral(", "))));
}

Result<Region> RegionMatcher::village(const QString &name, const QString &kecamatanCode) const
{
    const QString wanted = key(name);
    QList<const Region *> matches;
    QList<const Region *> elsewhere;
    for (const qsizetype index : m_byKey.value(wanted)) {
        const Region &region = m_regions.at(index);
        if (region.level == RegionLevel::Village) {
            const bool inKecamatan = kecamatanCode.isEmpty() || region.parentCode == kecamatanCode;
            (inKecamatan ? matches : elsewhere) << &region;
        }
    }
    if (matches.size() == 1) {
        return *matches.first();
    }
    if (matches.size() > 1) {
        return Error::invalid(
            tr("\"%1\" is the name of several kelurahan/desa: %2. Fill in the "
               "kecamatan.")
                .arg(name.simplified(), suggestions(wanted, matches).join(QStringLiteral(", "))));
    }
    if (!elsewhere.isEmpty()) {
        const Region *district = parentOf(m_byCode, *elsewhere.first());
        const auto wantedDistrict = m_byCode.constFind(kecamatanCode);
        return Error::invalid(
            tr("%1 is in Kecamatan %2, not in Kecamatan %3.")
                .arg(RegionLabels::qualifiedName(*elsewhere.first()),
                     district ? district->name : elsewhere.first()->parentCode,
                     wantedDistrict == m_byCode.constEnd() ? kecamatanCode : wantedDistrict->name));
    }
    QList<const Region *> candidates;
    for (const Region &region : m_regions) {
        if (region.level == RegionLevel::Village &&
            (kecamatanCode.isEmpty() || region.parentCode == kecamatanCode)) {
            candidates << &region;
        }
    }
    return Error::invalid(
        tr("Unknown kelurahan/desa \"%1\"; closest: %2.")
            .arg(name.simplified(), suggestions(wanted, candidates).join(QStringLiteral(", "))));
}

Result<Region> RegionMatcher::byCode(const QString &code) const
{
    const auto found = m_byCode.constFind(code.trimmed());
    if (found == m_byCode.constEnd()) {
        return Error::invalid(
            tr("The region code %1 is not in %2.").arg(code.trimmed(), m_regency.name));
    }
    return found.value();
}

} // namespace sisambang::db
