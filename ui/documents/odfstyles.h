// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"

#include <QByteArray>

namespace sisambang::documents::odf {

// styles.xml for an ODT package: the paper and margins of `document`, the
// default font, and master-page header and footer ("Halaman x dari y" as page
// number and page count fields the word processor keeps up to date).
QByteArray stylesXml(const Document &document);

} // namespace sisambang::documents::odf
