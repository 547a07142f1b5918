// SPDX-License-Identifier: GPL-3.0-or-later
#include "emailaddresses.h"

#include <QRegularExpression>

namespace sisambang::db {

Result<QString> EmailAddresses::normalise(const QString &written)
{
    const QString address = written.trimmed();
    if (address.isEmpty()) {
        return address;
    }
    // Deliberately plain: one @, a dotted domain, no spaces or list separators.
    static const QRegularExpression pattern(
        QStringLiteral("^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}$"));
    if (!address.contains(u'@')) {
        return Error::invalid(
            tr("\"%1\" is not an e-mail address: the @ is missing.").arg(address));
    }
    if (!pattern.match(address).hasMatch() || address.contains(QLatin1String(".."))) {
        return Error::invalid(tr("\"%1\" is not an e-mail address.").arg(address));
    }
    // The domain part is case-insensitive; the local part is kept as written.
    const qsizetype at = address.lastIndexOf(u'@');
    return address.left(at + 1) + address.mid(at + 1).toLower();
}

} // namespace sisambang::db
