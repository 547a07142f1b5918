// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// Normalised forms of names for matching, sorting and search: what makes
// "H. SAHABUDIN" find "Sahabudin" and "Sungaiselan" find "Sungai Selan".
namespace sisambang::db::textkeys {

// Lower case, accents removed, every run of punctuation or space one space:
// "Kurau (Timur)" -> "kurau timur", "M.Yusuf" -> "m yusuf".
QString matchKey(QStringView text);

// The words of matchKey() as a list.
QStringList words(QStringView text);

// Every run of two to four adjacent words written together, so that a search
// for "sungaiselan" or "lubukbesar" finds "Sungai Selan" and "Lubuk Besar":
// "Polsek Lubuk Besar" -> "polseklubuk polseklubukbesar lubukbesar". Words
// with an apostrophe are added joined too ("Ma'ruf" -> "maruf").
QString joinedWords(const QStringList &texts);

// The key with old-spelling variants folded (oe->u, dj->j, tj->c, nj->ny,
// sj->sy, ch->kh) and spaces dropped: "Soengai Selan", "Sungaiselan" and
// "sungai selan" all become "sungaiselan".
QString spellingKey(QStringView text);

// Levenshtein distance, for suggesting the closest names.
int editDistance(QStringView a, QStringView b);

} // namespace sisambang::db::textkeys
