// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// One logging category for the data layer: QT_LOGGING_RULES="sisambang.db.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcDb)
