// SPDX-License-Identifier: GPL-3.0-or-later
#include "positions.h"

#include "database.h"
#include "query.h"
#include "registeraudit.h"
#include "textkeys.h"
#include "transaction.h"

#include <QRegularExpression>

namespace sisambang::db {

namespace {

constexpr auto selectDetails =
    "SELECT pos.id, pos.person_id, pos.institution_id, pos.title, pos.acting, pos.start_date, "
    "pos.end_date, pos.note, pos.version, p.full_name, p.active, i.name, i.kind, i.region_code "
    "FROM position pos JOIN person p ON p.id = pos.person_id "
    "JOIN institution i ON i.id = pos.institution_id ";

// Definitive before acting, then the latest appointment first.
constexpr auto holderOrder =
    "CASE pos.acting WHEN 'definitive' THEN 0 ELSE 1 END, pos.start_date IS NULL, "
    "pos.start_date DESC, pos.id DESC";

Position positionFrom(const Query &query)
{
    Position position;
    position.id = query.value(0).toLongLong();
    position.personId = query.value(1).toLongLong();
    position.institutionId = query.value(2).toLongLong();
    position.title = query.value(3).toString();
    position.acting = StakeholderKinds::actingKindFromKey(query.value(4).toString())
                          .value_or(ActingKind::Definitive);
    position.start = dateFrom(query.value(5));
    position.end = dateFrom(query.value(6));
    position.note = query.value(7).toString();
    position.version = query.value(8).toInt();
    return position;
}

} // namespace

bool Position::heldOn(const QDate &date) const
{
    return (!start.isValid() || start <= date) && (!end.isValid() || end >= date);
}

QString Position::jabatan() const
{
    return StakeholderKinds::jabatanPrefix(acting) + title;
}

WrittenJabatan parseJabatan(const QString &written)
{
    static const QRegularExpression acting(QStringLiteral("^\\s*(plt|pj|pjs)\\b\\.?\\s*"),
                                           QRegularExpression::CaseInsensitiveOption);
    WrittenJabatan jabatan;
    QString text = written.simplified();
    const auto match = acting.match(text);
    if (match.hasMatch()) {
        jabatan.acting = match.captured(1).compare(QLatin1String("plt"), Qt::CaseInsensitive) == 0
                             ? ActingKind::Plt
                             : ActingKind::Pj;
        text = text.mid(match.capturedLength());
    }
    jabatan.title = text;
    return jabatan;
}

Result<QList<PositionDetails>> PositionRepository::select(const QString &where,
                                                          const QVariantList &values,
                                                          const QString &order) const
{
    auto query = m_statements.use(QLatin1String(selectDetails) + where +
                                  QStringLiteral(" ORDER BY ") + order);
    for (const QVariant &value : values) {
        query->bind(value);
    }
    if (auto done = query->exec(); !done) {
        return done.error();
    }
    QList<PositionDetails> list;
    while (query->next()) {
        PositionDetails details;
        details.position = positionFrom(*query);
        details.personName = query->value(9).toString();
        details.personActive = query->value(10).toBool();
        details.institutionName = query->value(11).toString();
        details.institutionKind =
            StakeholderKinds::institutionKindFromKey(query->value(12).toString())
                .value_or(InstitutionKind::Other);
        details.institutionRegionCode = query->value(13).toString();
        list << details;
    }
    return list;
}

Result<Position> PositionRepository::find(qint64 id) const
{
    auto found = select(QStringLiteral("WHERE pos.id = ?"), {id}, QStringLiteral("pos.id"));
    if (!found) {
        return found.error();
    }
    if (found->isEmpty()) {
        return Error::notFound(tr("There is no position with id %1.").arg(id));
    }
    return found->first().position;
}

QList<FieldProblem> PositionRepository::validate(const Position &position) const
{
    QList<FieldProblem> problems;
    if (position.title.trimmed().isEmpty()) {
        problems.append({QStringLiteral("title"), tr("The jabatan is required.")});
    }
    if (position.start.isValid() && position.end.isValid() && position.end < position.start) {
        problems.append({QStringLiteral("end"), tr("The end date must not be before the start "
                                                   "date.")});
    }
    auto exists = [this](const char *table, qint64 id) {
        auto query = m_statements.use(
            QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(QLatin1String(table)));
        query->bind(id);
        auto found = query->scalar();
        return found && !found->isNull();
    };
    if (!exists("person", position.personId)) {
        problems.append(
            {QStringLiteral("person"), tr("Choose the person who holds the position.")});
    }
    if (!exists("institution", position.institutionId)) {
        problems.append({QStringLiteral("institution"), tr("Choose the institution.")});
    }
    return problems;
}

Result<qint64> PositionRepository::add(const Position &position)
{
    if (auto problems = validate(position); !problems.isEmpty()) {
        return invalidError(problems);
    }
    Transaction transaction(m_database);
    auto insert = m_statements.use(
        QStringLiteral("INSERT INTO position (person_id, institution_id, title, title_key, "
                       "acting, start_date, end_date, note, search_key) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert->bind(position.personId)
        .bind(position.institutionId)
        .bind(position.title.simplified())
        .bind(textkeys::matchKey(position.title))
        .bind(StakeholderKinds::key(position.acting))
        .bind(dateValue(position.start))
        .bind(dateValue(position.end))
        .bind(textValue(position.note.trimmed()))
        .bind(textValue(textkeys::joinedWords({position.title})));
    if (auto done = insert->exec(); !done) {
        return done.error();
    }
    const qint64 id = insert->lastInsertId();
    if (m_audited) {
        if (auto done = RegisterAudit::record(m_database, AuditAction::Insert,
                                              QStringLiteral("position"), id, {});
            !done) {
            return done.error();
        }
    }
    if (auto done = transaction.commit(); !done) {
        return done.error();
    }
    return id;
}

Status PositionRepository::update(Position &position)
{
    if (auto problems = validate(position); !problems.isEmpty()) {
        return invalidError(problems);
    }
    Transaction transaction(m_database);
    const QJsonObject before =
        m_audited ? RegisterAudit::snapshot(m_database, QStringLiteral("position"), position.id)
                  : QJsonObject();
    auto update = m_statements.use(
        QStringLiteral("UPDATE position SET person_id = ?, institution_id = ?, title = ?, "
                       "title_key = ?, acting = ?, start_date = ?, end_date = ?, note = ?, "
                       "search_key = ?, version = version + 1, updated_at = ? "
                       "WHERE id = ? AND version = ?"));
    update->bind(position.personId)
        .bind(position.institutionId)
        .bind(position.title.simplified())
        .bind(textkeys::matchKey(position.title))
        .bind(StakeholderKinds::key(position.acting))
        .bind(dateValue(position.start))
        .bind(dateValue(position.end))
        .bind(textValue(position.note.trimmed()))
        .bind(textValue(textkeys::joinedWords({position.title})))
        .bind(timestampNow())
        .bind(position.id)
        .bind(position.version);
    if (auto done = update->exec(); !done) {
        return done;
    }
    if (auto checked = Records::checkVersionedWrite(m_database, QStringLiteral("position"),
                                                    position.id, update->rowsAffected());
        !checked) {
        return checked;
    }
    if (m_audited) {
        if (auto done = RegisterAudit::record(m_database, AuditAction::Update,
                                              QStringLiteral("position"), position.id, before);
            !done) {
            return done;
        }
    }
    if (auto done = transaction.commit(); !done) {
        return done;
    }
    ++position.version;
    return {};
}

Status PositionRepository::end(qint64 id, int version, const QDate &lastDay)
{
    auto position = find(id);
    if (!position) {
        return position.error();
    }
    if (!lastDay.isValid()) {
        return Error::invalid(tr("Give the last day in office."));
    }
    position->version = version;
    position->end = lastDay;
    return update(*position);
}

Status PositionRepository::remove(qint64 id, int version)
{
    Transaction transaction(m_database);
    const QJsonObject before = RegisterAudit::snapshot(m_database, QStringLiteral("position"), id);
    Query remove(m_database, QStringLiteral("DELETE FROM position WHERE id = ? AND version = ?"));
    remove.bind(id).bind(version);
    if (auto done = remove.exec(); !done) {
        return done;
    }
    if (auto checked = Records::checkVersionedWrite(m_database, QStringLiteral("position"), id,
                                                    remove.rowsAffected());
        !checked) {
        return checked;
    }
    if (auto done = RegisterAudit::record(m_database, AuditAction::Delete,
                                          QStringLiteral("position"), id, before);
        !done) {
        return done;
    }
    return transaction.commit();
}

Result<qint64> PositionRepository::replaceHolder(qint64 positionId, int version, qint64 successorId,
                                                 const QDate &from, ActingKind acting,
                                                 const QString &note)
{
    auto current = find(positionId);
    if (!current) {
        return current.error();
    }
    if (!from.isValid()) {
        return Error::invalid(tr("Give the date the successor takes office."));
    }
    if (!current->isCurrent()) {
        return Error::invalid(tr("This position already ended on %1; only a current holder can "
                                 "be replaced.")
                                  .arg(current->end.toString(Qt::ISODate)));
    }
    if (current->start.isValid() && from <= current->start) {
        return Error::invalid(tr("The successor must take office after %1, when the current "
                                 "holder started.")
                                  .arg(current->start.toString(Qt::ISODate)));
    }
    if (successorId == current->personId) {
        return Error::invalid(tr("The successor is the current holder."));
    }
    Transaction transaction(m_database);
    Position ended = *current;
    ended.version = version;
    ended.end = from.addDays(-1);
    if (auto done = update(ended); !done) {
        return done.error();
    }
    Position successor;
    successor.personId = successorId;
    successor.institutionId = current->institutionId;
    successor.title = current->title;
    successor.acting = acting;
    successor.start = from;
    successor.note = note;
    auto added = add(successor);
    if (!added) {
        return added.error();
    }
    if (auto done = transaction.commit(); !done) {
        return done.error();
    }
    return *added;
}

Result<QList<PositionDetails>>
PositionRepository::holdersOn(qint64 institutionId, const QString &title, const QDate &date) const
{
    const QString day = date.toString(Qt::ISODate);
    return select(QStringLiteral("WHERE pos.institution_id = ? AND pos.title_key = ? AND "
                                 "(pos.start_date IS NULL OR pos.start_date <= ?) AND "
                                 "(pos.end_date IS NULL OR pos.end_date >= ?)"),
                  {institutionId, textkeys::matchKey(title), day, day}, QLatin1String(holderOrder));
}

Result<std::optional<PositionDetails>>
PositionRepository::holderOn(qint64 institutionId, const QString &title, const QDate &date) const
{
    auto holders = holdersOn(institutionId, title, date);
    if (!holders) {
        return holders.error();
    }
    if (holders->isEmpty()) {
        return std::optional<PositionDetails>();
    }
    return std::optional<PositionDetails>(holders->first());
}

Result<QList<PositionDetails>> PositionRepository::staffOn(qint64 institutionId,
                                                           const QDate &date) const
{
    const QString day = date.toString(Qt::ISODate);
    return select(QStringLiteral("WHERE pos.institution_id = ? AND "
                                 "(pos.start_date IS NULL OR pos.start_date <= ?) AND "
                                 "(pos.end_date IS NULL OR pos.end_date >= ?)"),
                  {institutionId, day, day},
                  QStringLiteral("pos.title_key, ") + QLatin1String(holderOrder));
}

Result<QList<PositionDetails>> PositionRepository::historyOfPerson(qint64 personId) const
{
    return select(QStringLiteral("WHERE pos.person_id = ?"), {personId},
                  QStringLiteral("pos.end_date IS NOT NULL, pos.end_date DESC, "
                                 "pos.start_date DESC, pos.id DESC"));
}

Result<QList<PositionDetails>> PositionRepository::historyAt(qint64 institutionId,
                                                             const QString &title) const
{
    if (title.isEmpty()) {
        return select(QStringLiteral("WHERE pos.institution_id = ?"), {institutionId},
                      QStringLiteral("pos.title_key, pos.start_date DESC, pos.id DESC"));
    }
    return select(QStringLiteral("WHERE pos.institution_id = ? AND pos.title_key = ?"),
                  {institutionId, textkeys::matchKey(title)},
                  QStringLiteral("pos.start_date DESC, pos.id DESC"));
}

} // namespace sisambang::db
