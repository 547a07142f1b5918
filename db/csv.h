// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// CSV as offices and data sets write it (RFC 4180 plus the usual deviations):
// quoted fields with delimiters, quotes and newlines, CRLF or LF, a UTF-8 BOM,
// comma, semicolon or tab as the delimiter.
namespace sisambang::db::csv {

// Decodes a file's bytes: UTF-8 (with or without BOM) when valid, else Windows-1252,
// the encoding Excel on an Indonesian Windows PC writes.
QString decode(const QByteArray &bytes);

// Picks the delimiter of the header line: the most frequent of , ; and tab outside quotes.
QChar detectDelimiter(QStringView text);

class Reader
{
public:
    explicit Reader(QString text, QChar delimiter = u',');

    // Reads the next record into `fields`; false at the end or on a malformed record.
    bool readRecord(QStringList &fields);
    // The 1-based line on which the record last read starts.
    int recordLine() const { return m_recordLine; }
    // Non-empty when reading stopped on malformed input; names the line.
    QString error() const { return m_error; }
    bool atEnd() const { return m_pos >= m_text.size(); }

private:
    QString m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_recordLine = 0;
    QChar m_delimiter;
    QString m_error;
};

// One field quoted when it needs to be.
QString escapeField(const QString &field, QChar delimiter = u',');
// One record with CRLF at the end, as Excel expects.
QString formatRecord(const QStringList &fields, QChar delimiter = u',');

} // namespace sisambang::db::csv
