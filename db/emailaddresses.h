// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace sisambang::db {

class EmailAddresses
{
    Q_DECLARE_TR_FUNCTIONS(EmailAddresses)

public:
    // An address as offices write it (name@domain.tld), trimmed; empty is allowed.
    // Invalid carries the reason.
    static Result<QString> normalise(const QString &written);
};

} // namespace sisambang::db
