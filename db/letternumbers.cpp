// SPDX-License-Identifier: GPL-3.0-or-later
#include "letternumbers.h"

#include "database.h"
#include "officeprofile.h"
#include "query.h"
#include "records.h"
#include "transaction.h"

#include <QRegularExpression>

namespace sisambang::db {

namespace {

constexpr auto selectNumber = "SELECT id, classification, year, seq, suffix, number, dated, "
                              "subject, document_kind, document_id FROM letter_number ";

LetterNumber numberFrom(const Query &query)
{
    LetterNumber number;
    number.id = query.value(0).toLongLong();
    number.classification = query.value(1).toString();
    number.year = query.value(2).toInt();
    number.seq = query.value(3).toInt();
    number.suffix = query.value(4).toInt();
    number.number = query.value(5).toString();
    number.dated = QDate::fromString(query.value(6).toString(), Qt::ISODate);
    number.subject = query.value(7).toString();
    number.documentKind = query.value(8).toString();
    number.documentId = query.value(9).toLongLong();
    return number;
}

} // namespace

QString formatLetterNumber(const QString &format, int seq, int suffix,
                           const QString &classification, const QString &unit, const QDate &dated)
{
    QString sequence = QStringLiteral("%1").arg(seq, 3, 10, QLatin1Char('0'));
    if (suffix > 0) {
        sequence += u'.' + QString::number(suffix);
    }
    QString text = format;
    text.replace(QLatin1String("{seq}"), sequence)
        .replace(QLatin1String("{classification}"), classification)
        .replace(QLatin1String("{unit}"), unit.trimmed())
        .replace(QLatin1String("{month}"),
                 QStringLiteral("%1").arg(dated.month(), 2, 10, QLatin1Char('0')))
        .replace(QLatin1String("{year}"), QString::number(dated.year()));
    while (text.contains(QLatin1String("//"))) {
        text.replace(QLatin1String("//"), QLatin1String("/"));
    }
    return text;
}

Result<QString> LetterNumbering::format() const
{
    Query query(m_database,
                QStringLiteral("SELECT value FROM setting WHERE key = 'numbering.format'"));
    auto value = query.scalar();
    if (!value) {
        return value.error();
    }
    const QString text = value->toString();
    return text.isEmpty() ? QString::fromLatin1(defaultLetterNumberFormat) : text;
}

Status LetterNumbering::setFormat(const QString &format)
{
    if (!format.contains(QLatin1String("{seq}")) || !format.contains(QLatin1String("{year}"))) {
        return Error::invalid(tr("The number format must contain {seq} and {year}, or two "
                                 "letters could get the same number."));
    }
    return execute(m_database,
                   QStringLiteral("INSERT INTO setting (key, value) VALUES ('numbering.format', ?) "
                                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                   {format.trimmed()});
}

Result<QList<LetterClassification>> LetterNumbering::classifications(bool includeInactive) const
{
    Query query(m_database, QStringLiteral("SELECT code, description, active FROM "
                                           "letter_classification WHERE active = 1 OR ? "
                                           "ORDER BY code"));
    query.bind(includeInactive ? 1 : 0);
    if (auto done = query.exec(); !done) {
        return done.error();
    }
    QList<LetterClassification> list;
    while (query.next()) {
        list.append(
            {query.value(0).toString(), query.value(1).toString(), query.value(2).toBool()});
    }
    return list;
}

Status LetterNumbering::saveClassification(const LetterClassification &classification)
{
    const QString code = classification.code.trimmed().toUpper();
    static const QRegularExpression pattern(QStringLiteral("^[A-Z]{2,4}(\\.[0-9]{2}){0,3}$"));
    if (!pattern.match(code).hasMatch()) {
        return Error::invalid(tr("\"%1\" is not a classification code such as PM or PM.04.")
                                  .arg(classification.code));
    }
    if (classification.description.trimmed().isEmpty()) {
        return Error::invalid(tr("The classification %1 needs a description.").arg(code));
    }
    return execute(m_database,
                   QStringLiteral("INSERT INTO letter_classification (code, description, active) "
                                  "VALUES (?, ?, ?) ON CONFLICT (code) DO UPDATE SET "
                                  "description = excluded.description, active = excluded.active"),
                   {code, classification.description.trimmed(), classification.active ? 1 : 0});
}

Result<LetterNumbering::Slot> LetterNumbering::nextSlot(const QString &classification,
                                                        const QDate &dated) const
{
    const int year = dated.year();
    const QString day = dated.toString(Qt::ISODate);
    Query later(m_database, QStringLiteral("SELECT count(*) FROM letter_number WHERE "
                                           "classification = ? AND year = ? AND dated > ?"));
    later.bind(classification).bind(year).bind(day);
    auto laterCount = later.scalar();
    if (!laterCount) {
        return laterCount.error();
    }
    if (laterCount->toInt() == 0) {
        Query last(m_database, QStringLiteral("SELECT coalesce(max(seq), 0) FROM letter_number "
                                              "WHERE classification = ? AND year = ?"));
        last.bind(classification).bind(year);
        auto seq = last.scalar();
        if (!seq) {
            return seq.error();
        }
        return Slot{seq->toInt() + 1, 0};
    }
    // Backdated: hang the number on the last one given on or before its date.
    Query before(m_database,
                 QStringLiteral("SELECT coalesce(max(seq), 0) FROM letter_number "
                                "WHERE classification = ? AND year = ? AND dated <= ?"));
    before.bind(classification).bind(year).bind(day);
    auto seq = before.scalar();
    if (!seq) {
        return seq.error();
    }
    Query suffix(m_database, QStringLiteral("SELECT coalesce(max(suffix), 0) FROM letter_number "
                                            "WHERE classification = ? AND year = ? AND seq = ?"));
    suffix.bind(classification).bind(year).bind(seq->toInt());
    auto lastSuffix = suffix.scalar();
    if (!lastSuffix) {
        return lastSuffix.error();
    }
    return Slot{seq->toInt(), lastSuffix->toInt() + 1};
}

Result<QString> LetterNumbering::render(const QString &classification, const QDate &dated,
                                        Slot slot) const
{
    auto pattern = format();
    if (!pattern) {
        return pattern.error();
    }
    auto profile = OfficeProfileStore(m_database).load();
    if (!profile) {
        return profile.error();
    }
    return formatLetterNumber(*pattern, slot.seq, slot.suffix, classification, profile->unitCode,
                              dated);
}

Result<QString> LetterNumbering::propose(const QString &classification, const QDate &dated) const
{
    if (!dated.isValid()) {
        return Error::invalid(tr("A letter number needs the letter's date."));
    }
    auto slot = nextSlot(classification, dated);
    if (!slot) {
        return slot.error();
    }
    return render(classification, dated, *slot);
}

Result<LetterNumber> LetterNumbering::issue(const QString &classification, const QDate &dated,
                                            const QString &subject, const QString &documentKind,
                                            qint64 documentId)
{
    if (!dated.isValid()) {
        return Error::invalid(tr("A letter number needs the letter's date."));
    }
    Query known(m_database,
                QStringLiteral("SELECT count(*) FROM letter_classification WHERE code = ?"));
    known.bind(classification);
    auto exists = known.scalar();
    if (!exists) {
        return exists.error();
    }
    if (exists->toInt() == 0) {
        return Error::invalid(tr("There is no classification code %1; add it in Pengaturan first.")
                                  .arg(classification));
    }
    // BEGIN IMMEDIATE holds the write lock from reading the last number to
    // writing the new one, so two programs never compute the same slot.
    Transaction transaction(m_database);
    if (auto begun = transaction.status(); !begun) {
        return begun.error();
    }
    auto slot = nextSlot(classification, dated);
    if (!slot) {
        return slot.error();
    }
    auto text = render(classification, dated, *slot);
    if (!text) {
        return text.error();
    }
    Query insert(m_database, QStringLiteral("INSERT INTO letter_number (classification, year, seq, "
                                            "suffix, number, dated, subject, document_kind, "
                                            "document_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(classification)
        .bind(dated.year())
        .bind(slot->seq)
        .bind(slot->suffix)
        .bind(*text)
        .bind(dated.toString(Qt::ISODate))
        .bind(textValue(subject))
        .bind(textValue(documentKind))
        .bind(idValue(documentId));
    if (auto done = insert.exec(); !done) {
        if (done.error().code == Error::Code::Conflict) {
            return Error::conflict(tr("The number %1 was already given; the number format "
                                      "probably lacks a part that tells letters apart.")
                                       .arg(*text));
        }
        return done.error();
    }
    LetterNumber number{insert.lastInsertId(), classification, dated.year(), slot->seq,
                        slot->suffix,          *text,          dated,        subject,
                        documentKind,          documentId};
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return number;
}

Result<LetterNumber> LetterNumbering::find(const QString &number) const
{
    Query query(m_database, QLatin1String(selectNumber) + QStringLiteral("WHERE number = ?"));
    query.bind(number);
    if (auto done = query.exec(); !done) {
        return done.error();
    }
    if (!query.next()) {
        return Error::notFound(tr("The number %1 was never given.").arg(number));
    }
    return numberFrom(query);
}

Result<QList<LetterNumber>> LetterNumbering::issued(int year) const
{
    Query query(m_database,
                QLatin1String(selectNumber) +
                    QStringLiteral("WHERE year = ? ORDER BY classification, seq, suffix"));
    query.bind(year);
    if (auto done = query.exec(); !done) {
        return done.error();
    }
    QList<LetterNumber> numbers;
    while (query.next()) {
        numbers.append(numberFrom(query));
    }
    return numbers;
}

} // namespace sisambang::db
