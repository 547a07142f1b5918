// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli.h"

namespace sisambang::cli {

ExitCode runInit(Context &context);
ExitCode runDemo(Context &context);
ExitCode runCheck(Context &context);
ExitCode runList(Context &context);
ExitCode runBackup(Context &context);
ExitCode runRestore(Context &context);
ExitCode runImport(Context &context);
ExitCode runExport(Context &context);
ExitCode runAudit(Context &context);
ExitCode runAgreement(Context &context);
ExitCode runPrint(Context &context);
ExitCode runReport(Context &context);
ExitCode runSchedule(Context &context);

} // namespace sisambang::cli
