// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli.h"
#include "officeprofile.h"

#include <QCommandLineParser>

#include <optional>

namespace sisambang::cli {

// The options only the activity documents take, added to `print`'s parser.
void addActivityPrintOptions(QCommandLineParser &parser);

// Whether `what` names an activity document: invitation, attendance, minutes,
// activity-report.
bool isActivityDocument(const QString &what);

// `print invitation|attendance|minutes|activity-report ACTIVITY_ID -o FILE`:
// writes the document as PDF or ODT and records the print in the audit log.
ExitCode printActivityDocument(Context &context, const QCommandLineParser &parser,
                               const QString &what, const QString &id, const QString &output,
                               std::optional<db::PaperSize> paper);

} // namespace sisambang::cli
