// SPDX-License-Identifier: GPL-3.0-or-later
#include "log.h"

Q_LOGGING_CATEGORY(lcDb, "sisambang.db", QtWarningMsg)
