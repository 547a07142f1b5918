// SPDX-License-Identifier: GPL-3.0-or-later
#include "personnames.h"

#include "textkeys.h"

#include <QRegularExpression>
#include <QSet>

namespace sisambang::db {

namespace {

// Titles written before a name, compared in lower case without dots.
const QSet<QString> &prefixWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const char *word :
             {// religious and honorific
              "h", "hj", "kh", "k h", "ust", "ustadz", "ustaz", "ustadzah", "ustazah", "tgk",
              "habib", "buya", "hajjah", "haji", "hajah", "ny", "nyonya", "tn",
              // academic and professional
              "dr", "drs", "dra", "ir", "prof", "drg", "drh", "ns", "apt", "bd",
              // police ranks
              "jenderal", "komjen", "irjen", "brigjen", "kombes", "kombespol", "akbp", "kompol",
              "akp", "iptu", "ipda", "aiptu", "aipda", "bripka", "brigpol", "brigadir", "briptu",
              "bripda", "abrip", "abriptu", "abripda", "bharaka", "bharatu", "bharada",
              // military ranks
              "mayjen", "kolonel", "letkol", "mayor", "kapten", "lettu", "letda", "peltu", "pelda",
              "serma", "serka", "sertu", "serda", "kopka", "koptu", "kopda", "praka", "pratu",
              "prada", "kopral", "sersan", "letnan"}) {
            set.insert(QLatin1String(word));
        }
        return set;
    }();
    return words;
}

// Army corps written right after a rank: "Kapten Inf.", "Serka Arh."
const QSet<QString> &corpsWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const char *word :
             {"inf", "arh", "kav", "czi", "cpm", "chk", "cku", "cke", "cba", "chb", "cpl",
              "ckm", "caj", "arm", "cpn", "psk", "mar", "pnb", "lek", "tek", "kes", "adm"}) {
            set.insert(QLatin1String(word));
        }
        return set;
    }();
    return words;
}

const QSet<QString> &militaryRanks()
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const char *word :
             {"mayjen", "kolonel", "letkol", "mayor",  "kapten", "lettu", "letda", "peltu",
              "pelda",  "serma",   "serka",  "sertu",  "serda",  "kopka", "koptu", "kopda",
              "praka",  "pratu",   "prada",  "kopral", "sersan", "letnan"}) {
            set.insert(QLatin1String(word));
        }
        return set;
    }();
    return words;
}

QString bare(const QString &token)
{
    QString word = token.toLower();
    word.remove(u'.');
    return word;
}

bool isPrefixTitle(const QString &token)
{
    return prefixWords().contains(bare(token));
}

// Degree abbreviations after a name: S.Pd, S.Sos., M.Si, A.Md.Kep, S.H.I, Lc, MA, M.M.
bool isSuffixTitle(const QString &token)
{
    static const QRegularExpression dotted(
        QStringLiteral("^(?:[A-Z][A-Za-z]{0,4}\\.)+(?:[A-Z][A-Za-z]{0,4}\\.?)?$"));
    static const QSet<QString> plain = {
        QStringLiteral("SH"),   QStringLiteral("SE"),   QStringLiteral("MM"),
        QStringLiteral("MH"),   QStringLiteral("MSi"),  QStringLiteral("MPd"),
        QStringLiteral("SPd"),  QStringLiteral("SAg"),  QStringLiteral("SIP"),
        QStringLiteral("SSos"), QStringLiteral("SKom"), QStringLiteral("SIKom"),
        QStringLiteral("SPdI"), QStringLiteral("SHI"),  QStringLiteral("MA"),
        QStringLiteral("Lc"),   QStringLiteral("MAg"),  QStringLiteral("ST"),
        QStringLiteral("SP"),   QStringLiteral("AMd"),  QStringLiteral("SKM"),
        QStringLiteral("SKep"), QStringLiteral("MT"),   QStringLiteral("MKn"),
        QStringLiteral("SSi"),  QStringLiteral("SSTP"), QStringLiteral("MAP"),
        QStringLiteral("SAP"),  QStringLiteral("PhD"),  QStringLiteral("MSc"),
        QStringLiteral("SIK"),  QStringLiteral("SHut"), QStringLiteral("SPt")};
    if (plain.contains(token)) {
        return true;
    }
    // A dotted token needs two parts ("S.Pd") or two letters and a dot ("Lc."), so that
    // an initial at the end of a name ("Ahmad H.") stays part of the name.
    if (!token.contains(u'.') || !dotted.match(token).hasMatch()) {
        return false;
    }
    const QStringList segments = token.split(u'.', Qt::SkipEmptyParts);
    return segments.size() > 1 || segments.first().size() > 1;
}

QStringList tokens(const QString &text)
{
    // "Dr.Ir.Siti" is written without spaces too: split after a title's dot.
    QStringList result;
    for (const QString &part : text.simplified().split(u' ', Qt::SkipEmptyParts)) {
        QString rest = part;
        while (true) {
            const qsizetype dot = rest.indexOf(u'.');
            if (dot <= 0 || dot + 1 >= rest.size()) {
                break;
            }
            const QString head = rest.left(dot + 1);
            if (!isPrefixTitle(head)) {
                break;
            }
            result << head;
            rest = rest.mid(dot + 1);
        }
        result << rest;
    }
    return result;
}

} // namespace

PersonName PersonName::parse(const QString &written)
{
    PersonName name;
    QString text = written.simplified();
    // Everything after the first comma is titles: "Sahabudin, S.Sos., M.Si."
    const qsizetype comma = text.indexOf(u',');
    if (comma >= 0) {
        for (const QString &title : text.mid(comma + 1).split(u',', Qt::SkipEmptyParts)) {
            const QString trimmed = title.trimmed();
            if (!trimmed.isEmpty()) {
                name.suffixTitles << trimmed;
            }
        }
        text = text.left(comma).trimmed();
    }
    QStringList parts = tokens(text);
    // Titles before the name, keeping at least one word for the name itself.
    while (parts.size() > 1 && isPrefixTitle(parts.first())) {
        QString title = parts.takeFirst();
        const bool military = militaryRanks().contains(bare(title));
        if (military && parts.size() > 1 && corpsWords().contains(bare(parts.first()))) {
            title += u' ' + parts.takeFirst();
        }
        name.prefixTitles << title;
    }
    // Degrees at the end without a comma: "Siti Aminah S.Pd M.Si".
    QStringList trailing;
    while (parts.size() > 1 && isSuffixTitle(parts.last())) {
        trailing.prepend(parts.takeLast());
    }
    name.suffixTitles = trailing + name.suffixTitles;
    name.coreName = parts.join(u' ');
    return name;
}

void PersonName::splitTitles(const QString &titles, QStringList &prefix, QStringList &suffix)
{
    for (const QString &part : titles.split(u',', Qt::SkipEmptyParts)) {
        for (const QString &token : tokens(part)) {
            if (!prefix.isEmpty() && corpsWords().contains(bare(token)) &&
                militaryRanks().contains(bare(prefix.last()))) {
                prefix.last() += u' ' + token; // "Kapten Inf."
            } else if (isPrefixTitle(token)) {
                prefix << token;
            } else if (!token.isEmpty()) {
                suffix << token;
            }
        }
    }
}

QString PersonName::fullName() const
{
    QString full = coreName.simplified();
    if (!prefixTitles.isEmpty()) {
        full.prepend(prefixText() + u' ');
    }
    if (!suffixTitles.isEmpty()) {
        full.append(QStringLiteral(", ") + suffixText());
    }
    return full;
}

QString PersonName::key() const
{
    return textkeys::matchKey(coreName);
}

QStringList prefixTitlesFromText(const QString &text)
{
    QStringList titles;
    for (const QString &token : text.simplified().split(u' ', Qt::SkipEmptyParts)) {
        // "Kapten Inf." is one title: the corps belongs to the rank before it.
        if (!titles.isEmpty() && corpsWords().contains(bare(token)) &&
            militaryRanks().contains(bare(titles.last()))) {
            titles.last() += u' ' + token;
        } else {
            titles << token;
        }
    }
    return titles;
}

QStringList suffixTitlesFromText(const QString &text)
{
    QStringList titles;
    for (const QString &title : text.split(u',', Qt::SkipEmptyParts)) {
        if (!title.trimmed().isEmpty()) {
            titles << title.trimmed();
        }
    }
    return titles;
}

} // namespace sisambang::db
