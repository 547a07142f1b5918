// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace sisambang::db {

// Indonesian phone numbers. Stored in international form ("+6281234567890") so
// that "0812 3456 7890", "+62 812-3456-7890" and "6281234567890" are one number;
// shown as offices write them: "0812-3456-7890" for mobiles, "(0718) 43210"
// for landlines.
class PhoneNumbers
{
    Q_DECLARE_TR_FUNCTIONS(PhoneNumbers)

public:
    // The stored form, or Invalid with the reason ("too short", "letters", ...).
    static Result<QString> normalise(const QString &written);
    // The stored form shown the office's way; anything else is returned as is.
    static QString display(const QString &stored);
    static bool isMobile(const QString &stored);
    // One cell may hold several numbers: "0812-1111-2222 / 0813 3333 4444".
    static QStringList splitList(const QString &written);
};

} // namespace sisambang::db
