// SPDX-License-Identifier: GPL-3.0-or-later
#include "textkeys.h"

#include <QList>

#include <algorithm>

namespace sisambang::db::textkeys {

QString matchKey(QStringView text)
{
    // NFKD splits accented letters into letter and mark; the marks are dropped.
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString key;
    key.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar c : decomposed) {
        if (c.isMark()) {
            continue;
        }
        if (c.isLetterOrNumber()) {
            if (pendingSpace && !key.isEmpty()) {
                key.append(u' ');
            }
            pendingSpace = false;
            key.append(c.toLower());
        } else if (c != u'\'' && c != u'\u2019' && c != u'`') {
            // Apostrophes join ("Ma'ruf" = "Maruf"); everything else separates.
            pendingSpace = true;
        }
    }
    return key;
}

QStringList words(QStringView text)
{
    return matchKey(text).split(u' ', Qt::SkipEmptyParts);
}

QString joinedWords(const QStringList &texts)
{
    QStringList joined;
    for (const QString &text : texts) {
        // "Ma'ruf": the index splits at the apostrophe, matchKey() joins; keep the joined word.
        for (const QString &chunk : text.split(u' ', Qt::SkipEmptyParts)) {
            if (chunk.contains(u'\'') || chunk.contains(u'\u2019') || chunk.contains(u'`')) {
                for (const QString &word : words(chunk)) {
                    if (!joined.contains(word)) {
                        joined.append(word);
                    }
                }
            }
        }
        const QStringList parts = words(text);
        for (qsizetype first = 0; first < parts.size(); ++first) {
            QString run = parts.at(first);
            for (qsizetype last = first + 1; last < parts.size() && last < first + 4; ++last) {
                run += parts.at(last);
                if (!joined.contains(run)) {
                    joined.append(run);
                }
            }
        }
    }
    return joined.join(u' ');
}

QString spellingKey(QStringView text)
{
    QString key = matchKey(text);
    key.remove(u' ');
    // Ejaan lama: place names are still written both ways on office lists.
    static const std::pair<const char16_t *, const char16_t *> variants[] = {
        {u"oe", u"u"}, {u"dj", u"j"}, {u"tj", u"c"}, {u"nj", u"ny"}, {u"sj", u"sy"}, {u"ch", u"kh"},
    };
    for (const auto &[from, to] : variants) {
        key.replace(QString::fromUtf16(from), QString::fromUtf16(to));
    }
    return key;
}

int editDistance(QStringView a, QStringView b)
{
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j) {
        previous[j] = static_cast<int>(j);
    }
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = static_cast<int>(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

} // namespace sisambang::db::textkeys
