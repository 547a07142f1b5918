// SPDX-License-Identifier: GPL-3.0-or-later
#include "stakeholderexport.h"

#include "phonenumbers.h"
#include "stakeholdercolumns.h"

namespace sisambang::documents {

namespace {

using db::StakeholderColumn;

const QList<StakeholderColumn> exportedColumns = {
    StakeholderColumn::Name,        StakeholderColumn::Jabatan,
    StakeholderColumn::Institution, StakeholderColumn::InstitutionKind,
    StakeholderColumn::Desa,        StakeholderColumn::Kecamatan,
    StakeholderColumn::RegionCode,  StakeholderColumn::Phone,
    StakeholderColumn::Email,       StakeholderColumn::Category,
    StakeholderColumn::Gender,
};

SpreadsheetRow rowOf(const db::StakeholderRow &row)
{
    QStringList phones;
    for (const QString &phone : row.phones) {
        phones << db::PhoneNumbers::display(phone);
    }
    SpreadsheetRow cells;
    for (const StakeholderColumn column : exportedColumns) {
        QString text;
        switch (column) {
        case StakeholderColumn::Name:
            text = row.fullName;
            break;
        case StakeholderColumn::Jabatan:
            text = row.jabatan;
            break;
        case StakeholderColumn::Institution:
            text = row.institutionName;
            break;
        case StakeholderColumn::InstitutionKind:
            text = row.institutionKind ? db::StakeholderKinds::documentLabel(*row.institutionKind)
                                       : QString();
            break;
        case StakeholderColumn::Desa:
            text = row.desaName;
            break;
        case StakeholderColumn::Kecamatan:
            text = row.kecamatanName;
            break;
        case StakeholderColumn::RegionCode:
            text = row.regionCode;
            break;
        case StakeholderColumn::Phone:
            text = phones.join(QStringLiteral(" / "));
            break;
        case StakeholderColumn::Email:
            text = row.email;
            break;
        case StakeholderColumn::Category:
            text = db::StakeholderKinds::documentLabel(row.category);
            break;
        case StakeholderColumn::Gender:
            text = db::StakeholderKinds::documentLabel(row.gender);
            break;
        default:
            break;
        }
        cells << SpreadsheetCell::fromText(text);
    }
    return cells;
}

} // namespace

db::Result<SpreadsheetSheet> StakeholderExport::sheet(const db::Database &database,
                                                      const db::StakeholderFilter &filter,
                                                      db::StakeholderSort sort, Qt::SortOrder order)
{
    SpreadsheetSheet sheet;
    sheet.name = QStringLiteral("Pemangku Kepentingan");
    SpreadsheetRow header;
    for (const StakeholderColumn column : exportedColumns) {
        header << SpreadsheetCell::fromText(db::StakeholderColumns::header(column));
    }
    sheet.rows << header;
    // Read in keyset pages: the register may hold a hundred thousand people.
    constexpr int pageSize = 2000;
    db::StakeholderQuery query(database);
    auto page = query.page(filter, sort, order, 0, pageSize);
    while (true) {
        if (!page) {
            return page.error();
        }
        for (const db::StakeholderRow &row : *page) {
            sheet.rows << rowOf(row);
        }
        if (page->size() < pageSize) {
            break;
        }
        const db::StakeholderRow last = page->last();
        page = query.pageAfter(filter, sort, order, last, pageSize);
    }
    return sheet;
}

db::Result<int> StakeholderExport::write(const db::Database &database,
                                         const db::StakeholderFilter &filter, const QString &path,
                                         db::StakeholderSort sort, Qt::SortOrder order)
{
    auto exported = sheet(database, filter, sort, order);
    if (!exported) {
        return exported.error();
    }
    Workbook workbook;
    workbook.title = exported->name;
    workbook.author = QStringLiteral("SiSambang");
    workbook.sheets << *exported;
    if (auto written = SpreadsheetWriter::write(workbook, path); !written) {
        return written.error();
    }
    return static_cast<int>(exported->rows.size() - 1);
}

} // namespace sisambang::documents
