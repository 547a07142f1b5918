// SPDX-License-Identifier: GPL-3.0-or-later
#include "holidays.h"

#include "audit.h"

#include "csv.h"
#include "database.h"
#include "query.h"
#include "referencedata.h"

#include <QFile>

namespace sisambang::db {

namespace {

Result<QList<Holiday>> collect(Query &query)
{
    if (auto done = query.exec(); !done) {
        return done.error();
    }
    QList<Holiday> holidays;
    while (query.next()) {
        holidays.append({QDate::fromString(query.value(0).toString(), Qt::ISODate),
                         query.value(1).toString(),
                         query.value(2).toString() == QLatin1String("collective_leave")
                             ? HolidayKind::CollectiveLeave
                             : HolidayKind::National});
    }
    return holidays;
}

} // namespace

QString holidayKindKey(HolidayKind kind)
{
    return kind == HolidayKind::CollectiveLeave ? QStringLiteral("collective_leave")
                                                : QStringLiteral("national");
}

Result<QList<Holiday>> HolidayRepository::between(const QDate &from, const QDate &to) const
{
    Query query(m_database, QStringLiteral("SELECT date, description, kind FROM holiday WHERE "
                                           "date BETWEEN ? AND ? ORDER BY date"));
    query.bind(from.toString(Qt::ISODate)).bind(to.toString(Qt::ISODate));
    return collect(query);
}

Result<QList<Holiday>> HolidayRepository::all() const
{
    Query query(m_database,
                QStringLiteral("SELECT date, description, kind FROM holiday ORDER BY date"));
    return collect(query);
}

Status HolidayRepository::save(const Holiday &holiday)
{
    if (auto valid = write(holiday); !valid) {
        return valid;
    }
    if (m_audit == Audit::Off) {
        return {};
    }
    return AuditLog(m_database)
        .record(AuditAction::Update, QStringLiteral("holiday"), 0,
                holiday.date.toString(Qt::ISODate), {},
                {{QStringLiteral("date"), holiday.date.toString(Qt::ISODate)},
                 {QStringLiteral("description"), holiday.description.trimmed()},
                 {QStringLiteral("kind"), holidayKindKey(holiday.kind)}});
}

Status HolidayRepository::write(const Holiday &holiday)
{
    if (!holiday.date.isValid()) {
        return Error::invalid(tr("The holiday needs a valid date."));
    }
    if (holiday.description.trimmed().isEmpty()) {
        return Error::invalid(
            tr("The holiday on %1 needs a description.").arg(holiday.date.toString(Qt::ISODate)));
    }
    return execute(m_database,
                   QStringLiteral("INSERT INTO holiday (date, description, kind) VALUES (?, ?, ?) "
                                  "ON CONFLICT (date) DO UPDATE SET description = "
                                  "excluded.description, kind = excluded.kind"),
                   {holiday.date.toString(Qt::ISODate), holiday.description.trimmed(),
                    holidayKindKey(holiday.kind)});
}

Status HolidayRepository::remove(const QDate &date)
{
    if (m_audit == Audit::On) {
        if (auto done = AuditLog(m_database)
                            .record(AuditAction::Delete, QStringLiteral("holiday"), 0,
                                    date.toString(Qt::ISODate));
            !done) {
            return done;
        }
    }
    return execute(m_database, QStringLiteral("DELETE FROM holiday WHERE date = ?"),
                   {date.toString(Qt::ISODate)});
}

Result<int> HolidayRepository::importCsv(const QString &text)
{
    csv::Reader reader(text, csv::detectDelimiter(text));
    QStringList fields;
    if (!reader.readRecord(fields) || fields.size() < 3 ||
        fields.at(0).trimmed().toLower() != QLatin1String("tanggal")) {
        return Error::invalid(tr("A holiday file must start with the header "
                                 "tanggal,keterangan,jenis."));
    }
    QList<Holiday> holidays;
    while (reader.readRecord(fields)) {
        const int line = reader.recordLine();
        if (fields.size() == 1 && fields.constFirst().trimmed().isEmpty()) {
            continue;
        }
        if (fields.size() < 3) {
            return Error::invalid(tr("Line %1: expected tanggal, keterangan and jenis.").arg(line));
        }
        const QDate date = QDate::fromString(fields.at(0).trimmed(), Qt::ISODate);
        if (!date.isValid()) {
            return Error::invalid(tr("Line %1: \"%2\" is not a date in the form YYYY-MM-DD.")
                                      .arg(line)
                                      .arg(fields.at(0)));
        }
        const QString kind = fields.at(2).trimmed().toLower();
        if (kind != QLatin1String("libur") && kind != QLatin1String("cuti_bersama")) {
            return Error::invalid(
                tr("Line %1: jenis must be \"libur\" or \"cuti_bersama\", not \"%2\".")
                    .arg(line)
                    .arg(fields.at(2)));
        }
        if (fields.at(1).trimmed().isEmpty()) {
            return Error::invalid(tr("Line %1: keterangan is empty.").arg(line));
        }
        holidays.append({date, fields.at(1).trimmed(),
                         kind == QLatin1String("libur") ? HolidayKind::National
                                                        : HolidayKind::CollectiveLeave});
    }
    if (!reader.error().isEmpty()) {
        return Error::invalid(reader.error());
    }
    for (const Holiday &holiday : holidays) {
        if (auto saved = write(holiday); !saved) {
            return saved.error();
        }
    }
    if (m_audit == Audit::On) {
        if (auto done = AuditLog(m_database)
                            .record(AuditAction::Import, QStringLiteral("holiday"), 0,
                                    QStringLiteral("%1 holidays").arg(holidays.size()), {},
                                    {{QStringLiteral("count"), static_cast<int>(holidays.size())}});
            !done) {
            return done.error();
        }
    }
    return static_cast<int>(holidays.size());
}

Result<int> loadBundledHolidays(const Database &database)
{
    QFile file(resources::holidayDataPath());
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::failed(QStringLiteral("The holiday data is missing from the program."));
    }
    HolidayRepository repository(database, HolidayRepository::Audit::Off);
    return repository.importCsv(QString::fromUtf8(file.readAll()));
}

} // namespace sisambang::db
