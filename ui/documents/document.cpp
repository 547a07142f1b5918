// SPDX-License-Identifier: GPL-3.0-or-later
#include "document.h"

namespace sisambang::documents {

QList<TableCell> tableRow(const QStringList &texts)
{
    QList<TableCell> cells;
    cells.reserve(texts.size());
    for (const QString &text : texts) {
        cells.append(TableCell{.text = text});
    }
    return cells;
}

} // namespace sisambang::documents
