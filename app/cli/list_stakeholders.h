// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli.h"
#include "output.h"
#include "stakeholderquery.h"

namespace sisambang::cli {

// `list stakeholders`: the register in name order, every page of it.
ExitCode listStakeholders(Context &context, Format format, const db::Database &database,
                          const db::StakeholderFilter &filter);

} // namespace sisambang::cli
