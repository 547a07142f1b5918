// SPDX-License-Identifier: GPL-3.0-or-later
#include "list_stakeholders.h"

#include "phonenumbers.h"
#include "stakeholderquery.h"

namespace sisambang::cli {

namespace {

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

} // namespace

ExitCode listStakeholders(Context &context, Format format, const db::Database &database,
                          const db::StakeholderFilter &filter)
{
    Listing listing;
    if (format == Format::Table) {
        listing.columns = {{QStringLiteral("id"), QStringLiteral("ID")},
                           {QStringLiteral("name"), QStringLiteral("NAMA")},
                           {QStringLiteral("jabatan"), QStringLiteral("JABATAN")},
                           {QStringLiteral("institution"), QStringLiteral("INSTANSI")},
                           {QStringLiteral("desa"), QStringLiteral("DESA/KELURAHAN")},
                           {QStringLiteral("kecamatan"), QStringLiteral("KECAMATAN")},
                           {QStringLiteral("phone"), QStringLiteral("NO HP")}};
    } else {
        listing.columns = {
            {QStringLiteral("id"), {}},
            {QStringLiteral("name"), {}},
            {QStringLiteral("jabatan"), {}},
            {QStringLiteral("since"), {}},
            {QStringLiteral("position_id"), {}},
            {QStringLiteral("institution_id"), {}},
            {QStringLiteral("institution"), {}},
            {QStringLiteral("institution_kind"), {}},
            {QStringLiteral("desa_code"), {}},
            {QStringLiteral("desa"), {}},
            {QStringLiteral("kecamatan_code"), {}},
            {QStringLiteral("kecamatan"), {}},
            {QStringLiteral("region_code"), {}},
            {QStringLiteral("phones"), {}},
            {QStringLiteral("email"), {}},
            {QStringLiteral("category"), {}},
            {QStringLiteral("gender"), {}},
            {QStringLiteral("active"), {}},
        };
    }
    // Keyset pages, so a register of any size streams through.
    constexpr int pageSize = 1000;
    db::StakeholderQuery query(database);
    auto page = query.page(filter, db::StakeholderSort::Name, Qt::AscendingOrder, 0, pageSize);
    while (true) {
        if (!page) {
            return fail(context, page.error().message);
        }
        for (const db::StakeholderRow &row : *page) {
            QStringList phones;
            for (const QString &phone : row.phones) {
                phones << db::PhoneNumbers::display(phone);
            }
            if (format == Format::Table) {
                listing.rows.append({row.personId, row.fullName, row.jabatan, row.institutionName,
                                     row.desaName, row.kecamatanName, row.phoneDisplay});
                continue;
            }
            listing.rows.append({
                row.personId,
                row.fullName,
                textOrNull(row.jabatan),
                row.positionStart.isValid() ? QVariant(row.positionStart) : QVariant(),
                row.positionId ? QVariant(row.positionId) : QVariant(),
                row.institutionId ? QVariant(row.institutionId) : QVariant(),
                textOrNull(row.institutionName),
                row.institutionKind ? QVariant(db::StakeholderKinds::key(*row.institutionKind))
                                    : QVariant(),
                textOrNull(row.desaCode),
                textOrNull(row.desaName),
                textOrNull(row.kecamatanCode),
                textOrNull(row.kecamatanName),
                textOrNull(row.regionCode),
                textOrNull(phones.join(QStringLiteral(" / "))),
                textOrNull(row.email),
                db::StakeholderKinds::key(row.category),
                textOrNull(db::StakeholderKinds::key(row.gender)),
                row.active,
            });
        }
        if (page->size() < pageSize) {
            break;
        }
        const db::StakeholderRow last = page->last();
        page =
            query.pageAfter(filter, db::StakeholderSort::Name, Qt::AscendingOrder, last, pageSize);
    }
    print(listing, format, context.out);
    return ExitCode::Success;
}

} // namespace sisambang::cli
