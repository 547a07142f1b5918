// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QStringList>

// The look shared by every document: fonts, sizes and spacing, in one place.
namespace sisambang::documents::style {

// Liberation Sans is metric-compatible with Arial (Debian: fonts-liberation2);
// Windows offices have Arial itself. Either way lines break in the same places.
QStringList fontFamilies();
// A font for text painted outside QTextDocument's own formats.
QFont font(double pointSize, bool bold = false);

inline constexpr double letterheadOrganisationPt = 14;
inline constexpr double letterheadRegionPt = 16;
inline constexpr double letterheadContactPt = 10;
inline constexpr double titlePt = 13;
inline constexpr double captionPt = 10;
inline constexpr double decorationPt = 9;

inline constexpr double lineHeightPercent = 115; // body text leading
inline constexpr double paragraphSpacingMm = 2.5;
inline constexpr double blockSpacingMm = 4.0; // before and after tables, lists, titles
inline constexpr double cellPaddingMm = 1.2;
inline constexpr double ruleWidthPt = 0.75; // table rules
inline constexpr double listIndentMm = 7.0;
inline constexpr double logoHeightMm = 24.0;
inline constexpr double signatureSpaceMm = 22.0; // room to sign between role and name

inline const QColor headerShade{0xE6, 0xE6, 0xE6}; // prints as light grey on any printer

} // namespace sisambang::documents::style
