// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace sisambang::db {

// An Indonesian name with its academic, religious and rank titles kept apart
// from the name itself: "Dr. Ir. Hj. Siti Aminah, M.Si." is prefix titles
// "Dr. Ir. Hj.", core name "Siti Aminah" and suffix titles "M.Si.". People are
// sorted and matched on the core name and printed in full.
struct PersonName
{
    QStringList prefixTitles; // "Dr.", "Ir.", "Hj.", "Kapten Inf.", "Iptu"
    QString coreName;         // "Siti Aminah"
    QStringList suffixTitles; // "S.H.", "M.H."

    // Reads a name as written on lists and letters. Titles are recognised
    // before the name (a known list: H., Hj., Dr., Ir., Drs., Prof., KH.,
    // police and military ranks, ...) and after it (after a comma, or degree
    // abbreviations such as S.Pd or M.Si at the end).
    static PersonName parse(const QString &written);
    // Splits a "Gelar" column that mixes both kinds: "H., S.Sos." or "Drs. M.Si".
    static void splitTitles(const QString &titles, QStringList &prefix, QStringList &suffix);

    // "Dr. Ir. Hj. Siti Aminah, M.Si."
    QString fullName() const;
    QString prefixText() const { return prefixTitles.join(u' '); }
    QString suffixText() const { return suffixTitles.join(QStringLiteral(", ")); }
    // Lower case, punctuation folded: the key people are sorted and matched on.
    QString key() const;

    bool operator==(const PersonName &other) const = default;
};

// Titles stored as text (prefix space-separated, suffix comma-separated) back to lists.
QStringList prefixTitlesFromText(const QString &text);
QStringList suffixTitlesFromText(const QString &text);

} // namespace sisambang::db
