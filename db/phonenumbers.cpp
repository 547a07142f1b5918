// SPDX-License-Identifier: GPL-3.0-or-later
#include "phonenumbers.h"

#include <QRegularExpression>

namespace sisambang::db {

namespace {

// Area codes of two digits after the 0; every other area code has three.
bool hasTwoDigitAreaCode(QStringView national)
{
    for (const char *code : {"21", "22", "24", "31", "61"}) {
        if (national.startsWith(QLatin1String(code))) {
            return true;
        }
    }
    return false;
}

QString grouped(QStringView digits, std::initializer_list<int> sizes)
{
    QString text;
    qsizetype at = 0;
    for (const int size : sizes) {
        if (at >= digits.size()) {
            break;
        }
        if (!text.isEmpty()) {
            text.append(u'-');
        }
        text.append(digits.mid(at, size));
        at += size;
    }
    if (at < digits.size()) {
        text.append(digits.mid(at));
    }
    return text;
}

} // namespace

Result<QString> PhoneNumbers::normalise(const QString &written)
{
    const QString text = written.trimmed();
    if (text.isEmpty()) {
        return Error::invalid(tr("The phone number is empty."));
    }
    QString digits;
    bool plus = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isDigit()) {
            digits.append(QChar(u'0' + c.digitValue()));
        } else if (c == u'+' && digits.isEmpty() && !plus) {
            plus = true;
        } else if (c.isLetter()) {
            return Error::invalid(
                tr("\"%1\" is not a phone number: it contains letters.").arg(text));
        } else if (!QStringView(u" -.()/").contains(c)) {
            return Error::invalid(
                tr("\"%1\" is not a phone number: unexpected \"%2\".").arg(text, c));
        }
    }
    // The national significant number: without 0, 62 or +62 in front.
    QString national;
    if (digits.startsWith(QLatin1String("62")) && (plus || digits.size() >= 11)) {
        national = digits.mid(2);
    } else if (plus) {
        return Error::invalid(tr("%1 is not an Indonesian number (+62).").arg(text));
    } else if (digits.startsWith(u'0')) {
        national = digits.mid(1);
    } else if (digits.startsWith(u'8')) {
        // A spreadsheet that stored 0812... as a number dropped the leading zero.
        national = digits;
    } else {
        return Error::invalid(tr("\"%1\" is not a phone number: it must start with 0, 62 or "
                                 "+62.")
                                  .arg(text));
    }
    if (national.startsWith(u'0')) {
        return Error::invalid(tr("\"%1\" has one zero too many after the country code.").arg(text));
    }
    const bool mobile = national.startsWith(u'8');
    const int minimum = mobile ? 9 : 7;
    const int maximum = mobile ? 12 : 11;
    if (national.size() < minimum) {
        return Error::invalid(mobile ? tr("\"%1\" is too short for a mobile number.").arg(text)
                                     : tr("\"%1\" is too short for a phone number.").arg(text));
    }
    if (national.size() > maximum) {
        return Error::invalid(mobile ? tr("\"%1\" is too long for a mobile number.").arg(text)
                                     : tr("\"%1\" is too long for a phone number.").arg(text));
    }
    return QStringLiteral("+62") + national;
}

QString PhoneNumbers::display(const QString &stored)
{
    if (!stored.startsWith(QLatin1String("+62")) || stored.size() < 10) {
        return stored;
    }
    const QStringView national = QStringView(stored).mid(3);
    if (national.startsWith(u'8')) {
        // 0812-3456-7890, 0812-3456-789, 0812-3456-78901
        return u'0' + grouped(national, {3, 4, 4});
    }
    const int area = hasTwoDigitAreaCode(national) ? 2 : 3;
    return QStringLiteral("(0%1) %2").arg(national.left(area), national.mid(area));
}

bool PhoneNumbers::isMobile(const QString &stored)
{
    return stored.startsWith(QLatin1String("+628"));
}

QStringList PhoneNumbers::splitList(const QString &written)
{
    static const QRegularExpression separators(
        QStringLiteral("\\s*(?:[/;,\\n]|\\bdan\\b|\\batau\\b|\\bor\\b)\\s*"));
    QStringList numbers;
    for (const QString &part : written.split(separators, Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty()) {
            numbers << part.trimmed();
        }
    }
    return numbers;
}

} // namespace sisambang::db
