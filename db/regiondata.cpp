// SPDX-License-Identifier: GPL-3.0-or-later
#include "regiondata.h"

#include "csv.h"
#include "database.h"
#include "query.h"
#include "referencedata.h"
#include "regions.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>

namespace sisambang::db {

namespace {

class RegionDataText
{
    Q_DECLARE_TR_FUNCTIONS(RegionData)
};

std::optional<RegionLevel> levelFromDataset(QStringView level)
{
    if (level == u"provinsi") {
        return RegionLevel::Province;
    }
    if (level == u"kabupaten_kota") {
        return RegionLevel::Regency;
    }
    if (level == u"kecamatan") {
        return RegionLevel::District;
    }
    if (level == u"desa_kelurahan") {
        return RegionLevel::Village;
    }
    return std::nullopt;
}

} // namespace

Result<int> importRegionCsv(const Database &database, const QString &text)
{
    csv::Reader reader(text);
    QStringList fields;
    if (!reader.readRecord(fields) ||
        fields != QStringList{QStringLiteral("kode"), QStringLiteral("nama"),
                              QStringLiteral("level"), QStringLiteral("induk_kode")}) {
        return Error::invalid(
            RegionDataText::tr("The region data must start with the header kode,nama,level,induk_kode."));
    }
    Query insert(database, QStringLiteral("INSERT INTO region (code, name, level, kind, "
                                          "parent_code) VALUES (?, ?, ?, ?, ?)"));
    QSet<QString> seen;
    int rows = 0;
    while (reader.readRecord(fields)) {
        const int line = reader.recordLine();
        if (fields.size() == 1 && fields.constFirst().isEmpty()) {
            continue; // blank line
        }
        if (fields.size() != 4) {
            return Error::invalid(RegionDataText::tr("Region data line %1: expected 4 fields, found %2.")
                                      .arg(line)
                                      .arg(fields.size()));
        }
        const QString &code = fields.at(0);
        const auto level = levelFromDataset(fields.at(2));
        const auto kind = kindFromCode(code);
        if (!level || !kind || levelFromCode(code) != level) {
            return Error::invalid(RegionDataText::tr("Region data line %1: %2 is not a valid "
                                                     "code for level \"%3\".")
                                      .arg(line)
                                      .arg(code, fields.at(2)));
        }
        const QString &parent = fields.at(3);
        if (*level != RegionLevel::Province && !seen.contains(parent)) {
            return Error::invalid(RegionDataText::tr("Region data line %1: the parent %2 of %3 "
                                                     "is not listed before it.")
                                      .arg(line)
                                      .arg(parent, code));
        }
        insert.bind(code)
            .bind(fields.at(1).trimmed())
            .bind(static_cast<int>(*level))
            .bind(kindKey(*kind))
            .bind(*level == RegionLevel::Province ? QVariant() : QVariant(parent));
        if (auto done = insert.exec(); !done) {
            return Error{done.error().code,
                         RegionDataText::tr("Region data line %1: %2").arg(line).arg(done.error().message)};
        }
        seen.insert(code);
        ++rows;
    }
    if (!reader.error().isEmpty()) {
        return Error::invalid(reader.error());
    }
    return rows;
}

Result<int> loadRegionData(const Database &database)
{
    QFile file(resources::regionDataPath());
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::failed(RegionDataText::tr("The region data is missing from the program."));
    }
    return importRegionCsv(database, QString::fromUtf8(file.readAll()));
}

} // namespace sisambang::db
