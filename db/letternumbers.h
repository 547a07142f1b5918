// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace sisambang::db {

class Database;

struct LetterClassification
{
    QString code; // "PM.04"
    QString description;
    bool active = true;
};

// A number the office has given to one of its letters or documents.
struct LetterNumber
{
    qint64 id = 0;
    QString classification;
    int year = 0;
    int seq = 0;
    int suffix = 0; // 0 for a number in order; 1, 2, ... for backdated ones
    QString number; // "001/PM.04/K.BB-04/02/2023"
    QDate dated;
    QString subject;
    QString documentKind; // "agreement", "invitation", ...
    qint64 documentId = 0;
};

// The format's placeholders: {seq} {classification} {unit} {month} {year}.
inline constexpr auto defaultLetterNumberFormat = "{seq}/{classification}/{unit}/{month}/{year}";

// Renders one number: seq zero-padded to three digits with ".<suffix>" when
// backdated, the month as a two-digit number. An empty unit drops its segment.
QString formatLetterNumber(const QString &format, int seq, int suffix,
                           const QString &classification, const QString &unit, const QDate &dated);

// Gives the office's letter numbers: counted per classification and year,
// never the same number twice (even across two programs on one database).
class LetterNumbering
{
    Q_DECLARE_TR_FUNCTIONS(LetterNumbering)

public:
    explicit LetterNumbering(const Database &database)
        : m_database(database)
    {
    }

    Result<QString> format() const;
    // Refuses a format without {seq} or {year}: numbers must stay unique.
    Status setFormat(const QString &format);

    Result<QList<LetterClassification>> classifications(bool includeInactive = false) const;
    Status saveClassification(const LetterClassification &classification);

    // The number issue() would give for this date, without giving it.
    Result<QString> propose(const QString &classification, const QDate &dated) const;
    // Gives the next number in one transaction. A date earlier than the last
    // number of the classification and year gives a suffixed number (005.1).
    Result<LetterNumber> issue(const QString &classification, const QDate &dated,
                               const QString &subject = {}, const QString &documentKind = {},
                               qint64 documentId = 0);
    // The record of a number given earlier.
    Result<LetterNumber> find(const QString &number) const;
    Result<QList<LetterNumber>> issued(int year) const;

private:
    struct Slot
    {
        int seq = 0;
        int suffix = 0;
    };
    Result<Slot> nextSlot(const QString &classification, const QDate &dated) const;
    Result<QString> render(const QString &classification, const QDate &dated, Slot slot) const;

    const Database &m_database;
};

} // namespace sisambang::db
