// SPDX-License-Identifier: GPL-3.0-or-later
#include "stakeholderoptions.h"

#include "regions.h"

namespace sisambang::cli {

StakeholderOptions::StakeholderOptions()
    : m_search(QStringLiteral("search"),
               QStringLiteral("stakeholders: only those whose name, jabatan, institution or desa "
                              "match TEXT (prefix, any case)."),
               QStringLiteral("TEXT"))
    , m_region(QStringLiteral("region"),
               QStringLiteral("stakeholders, activities: only those of this kecamatan or "
                              "kelurahan/desa."),
               QStringLiteral("KODE"))
    , m_status(QStringLiteral("status"),
               QStringLiteral("stakeholders: active (default), inactive or all; activities: "
                              "planned, done, postponed or cancelled."),
               QStringLiteral("STATUS"), QStringLiteral("active"))
{
}

void StakeholderOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOption(m_search);
    parser.addOption(m_region);
    parser.addOption(m_status);
}

std::optional<db::StakeholderFilter> StakeholderOptions::filter(Context &context,
                                                                const QCommandLineParser &parser,
                                                                const db::Database &database,
                                                                ExitCode &code) const
{
    db::StakeholderFilter filter;
    filter.text = parser.value(m_search);
    const QString status = parser.value(m_status);
    if (status == QLatin1String("active")) {
        filter.active = db::ActiveFilter::Active;
    } else if (status == QLatin1String("inactive")) {
        filter.active = db::ActiveFilter::Inactive;
    } else if (status == QLatin1String("all")) {
        filter.active = db::ActiveFilter::All;
    } else {
        code = fail(context,
                    QStringLiteral("unknown --status '%1' (active, inactive or all)").arg(status),
                    ExitCode::Usage);
        return std::nullopt;
    }
    if (const QString region = parser.value(m_region).trimmed(); !region.isEmpty()) {
        if (auto found = db::RegionRepository(database).find(region); !found) {
            code = fail(context, found.error().message);
            return std::nullopt;
        }
        filter.regionCode = region;
    }
    return filter;
}

} // namespace sisambang::cli
