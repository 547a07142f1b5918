// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentstyle.h"

namespace sisambang::documents::style {

QStringList fontFamilies()
{
    return {QStringLiteral("Liberation Sans"), QStringLiteral("Arial"), QStringLiteral("Helvetica"),
            QStringLiteral("DejaVu Sans")};
}

QFont font(double pointSize, bool bold)
{
    QFont result;
    result.setFamilies(fontFamilies());
    result.setStyleHint(QFont::SansSerif);
    result.setPointSizeF(pointSize);
    result.setBold(bold);
    return result;
}

} // namespace sisambang::documents::style
