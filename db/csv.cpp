// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <array>

namespace sisambang::db::csv {

namespace {

class CsvText
{
    Q_DECLARE_TR_FUNCTIONS(Csv)
};

// Windows-1252 differs from Latin-1 only in 0x80..0x9F.
constexpr std::array<char16_t, 32> cp1252High = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

QString decodeWindows1252(const QByteArray &bytes)
{
    QString text;
    text.reserve(bytes.size());
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x80 && byte < 0xA0) {
            text.append(QChar(cp1252High[byte - 0x80]));
        } else {
            text.append(QChar(static_cast<char16_t>(byte)));
        }
    }
    return text;
}

} // namespace

QString decode(const QByteArray &bytes)
{
    QByteArrayView view(bytes);
    if (view.startsWith("\xEF\xBB\xBF")) {
        view = view.sliced(3);
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8(view);
    if (!utf8.hasError()) {
        return text;
    }
    return decodeWindows1252(view.toByteArray());
}

QChar detectDelimiter(QStringView text)
{
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"') {
            quoted = !quoted;
        } else if (!quoted && (c == u'\n' || c == u'\r')) {
            break;
        } else if (!quoted && c == u',') {
            ++commas;
        } else if (!quoted && c == u';') {
            ++semicolons;
        } else if (!quoted && c == u'\t') {
            ++tabs;
        }
    }
    if (semicolons > commas && semicolons >= tabs) {
        return u';';
    }
    if (tabs > commas && tabs > semicolons) {
        return u'\t';
    }
    return u',';
}

Reader::Reader(QString text, QChar delimiter)
    : m_text(std::move(text))
    , m_delimiter(delimiter)
{
    if (m_text.startsWith(QChar(0xFEFF))) {
        m_pos = 1;
    }
}

bool Reader::readRecord(QStringList &fields)
{
    fields.clear();
    if (!m_error.isEmpty() || m_pos >= m_text.size()) {
        return false;
    }
    m_recordLine = m_line;
    const QChar *data = m_text.constData();
    const qsizetype size = m_text.size();
    QString field;
    bool quotedField = false;
    while (m_pos < size) {
        const QChar c = data[m_pos];
        if (quotedField) {
            if (c == u'"') {
                if (m_pos + 1 < size && data[m_pos + 1] == u'"') {
                    field.append(u'"');
                    m_pos += 2;
                } else {
                    quotedField = false;
                    ++m_pos;
                }
            } else {
                if (c == u'\n') {
                    ++m_line;
                }
                field.append(c);
                ++m_pos;
            }
            continue;
        }
        if (c == u'"' && field.isEmpty()) {
            quotedField = true;
            ++m_pos;
        } else if (c == m_delimiter) {
            fields.append(field);
            field.clear();
            ++m_pos;
        } else if (c == u'\r' || c == u'\n') {
            ++m_pos;
            if (c == u'\r' && m_pos < size && data[m_pos] == u'\n') {
                ++m_pos;
            }
            ++m_line;
            fields.append(field);
            return true;
        } else {
            field.append(c);
            ++m_pos;
        }
    }
    if (quotedField) {
        m_error = CsvText::tr("Line %1: a quoted field is never closed.").arg(m_recordLine);
        fields.clear();
        return false;
    }
    fields.append(field);
    return true;
}

QString escapeField(const QString &field, QChar delimiter)
{
    const bool needsQuotes = field.contains(delimiter) || field.contains(u'"') ||
                             field.contains(u'\n') || field.contains(u'\r') ||
                             field.startsWith(u' ') || field.endsWith(u' ');
    if (!needsQuotes) {
        return field;
    }
    QString escaped = field;
    escaped.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

QString formatRecord(const QStringList &fields, QChar delimiter)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0) {
            line.append(delimiter);
        }
        line.append(escapeField(fields.at(i), delimiter));
    }
    line.append(QStringLiteral("\r\n"));
    return line;
}

} // namespace sisambang::db::csv
