// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli.h"
#include "stakeholderquery.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <optional>

namespace sisambang::cli {

// The register filter options shared by `list stakeholders` and `export
// stakeholders`: --search, --region and --status.
class StakeholderOptions
{
public:
    StakeholderOptions();
    void addTo(QCommandLineParser &parser) const;
    // The filter, or an exit code after printing a usage error or an unknown region.
    std::optional<db::StakeholderFilter> filter(Context &context, const QCommandLineParser &parser,
                                                const db::Database &database, ExitCode &code) const;

private:
    QCommandLineOption m_search;
    QCommandLineOption m_region;
    QCommandLineOption m_status;
};

} // namespace sisambang::cli
