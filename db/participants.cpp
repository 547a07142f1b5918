// SPDX-License-Identifier: GPL-3.0-or-later
#include "participants.h"

#include "audit.h"
#include "database.h"
#include "query.h"
#include "records.h"
#include "recordsupport.h"
#include "textkeys.h"
#include "transaction.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace sisambang::db {

namespace {

const QString entity = QStringLiteral("activity_invitee");

const char *const selectColumns =
    "SELECT id, activity_id, number, person_id, position_id, name, jabatan, institution, "
    "institution_kind, phone, gender FROM activity_invitee ";

Participant participantFrom(const Query &query)
{
    Participant p;
    p.id = query.value(0).toLongLong();
    p.activityId = query.value(1).toLongLong();
    p.number = query.value(2).toInt();
    p.personId = query.value(3).toLongLong();
    p.positionId = query.value(4).toLongLong();
    p.name = query.value(5).toString();
    p.jabatan = query.value(6).toString();
    p.institution = query.value(7).toString();
    p.institutionKind = StakeholderKinds::institutionKindFromKey(query.value(8).toString())
                            .value_or(InstitutionKind::Other);
    p.phone = query.value(9).toString();
    p.gender = StakeholderKinds::genderFromKey(query.value(10).toString());
    return p;
}

QJsonObject toJson(const Participant &p)
{
    return {{QStringLiteral("activity_id"), p.activityId},
            {QStringLiteral("number"), p.number},
            {QStringLiteral("person_id"), p.personId},
            {QStringLiteral("position_id"), p.positionId},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("jabatan"), p.jabatan},
            {QStringLiteral("institution"), p.institution}};
}

// A person as invited: their current position on `date` (or `positionId`).
// Columns: person id, position id, full name, jabatan, institution, kind,
// main phone, gender.
const char *const snapshotSql =
    "SELECT p.id, pos.id, p.full_name, "
    "CASE pos.acting WHEN 'plt' THEN 'Plt. ' WHEN 'pj' THEN 'Pj. ' ELSE '' END "
    "|| coalesce(pos.title, ''), coalesce(i.name, ''), coalesce(i.kind, 'other'), "
    "coalesce((SELECT number FROM person_phone ph WHERE ph.person_id = p.id "
    "ORDER BY ph.ordinal, ph.id LIMIT 1), ''), p.gender "
    "FROM person p LEFT JOIN position pos ON pos.id = (SELECT q.id FROM position q "
    "WHERE q.person_id = p.id AND (? > 0 AND q.id = ? OR ? = 0 AND "
    "(q.start_date IS NULL OR q.start_date <= ?) AND (q.end_date IS NULL OR q.end_date >= ?)) "
    "ORDER BY CASE q.acting WHEN 'definitive' THEN 0 ELSE 1 END, q.start_date IS NULL, "
    "q.start_date DESC, q.id DESC LIMIT 1) "
    "LEFT JOIN institution i ON i.id = pos.institution_id WHERE p.id = ?";

} // namespace

Result<QList<Participant>> ParticipantRepository::list(qint64 activityId) const
{
    Query query(m_database, QLatin1String(selectColumns) +
                                QStringLiteral("WHERE activity_id = ? ORDER BY number"));
    query.bind(activityId);
    if (auto done = query.exec(); !done) {
        return done.error();
    }
    QList<Participant> participants;
    while (query.next()) {
        participants.append(participantFrom(query));
    }
    return participants;
}

Result<Participant> ParticipantRepository::find(qint64 participantId) const
{
    Query query(m_database, QLatin1String(selectColumns) + QStringLiteral("WHERE id = ?"));
    query.bind(participantId);
    if (auto done = query.exec(); !done) {
        return done.error();
    }
    if (!query.next()) {
        return Error::notFound(
            tr("There is no invited participant with id %1.").arg(participantId));
    }
    return participantFrom(query);
}

Result<int> ParticipantRepository::nextNumber(qint64 activityId) const
{
    // After the invitees and any walk-in row, so a new row never takes a signed number.
    Query query(m_database,
                QStringLiteral("SELECT max(n) FROM (SELECT max(number) AS n FROM activity_invitee "
                               "WHERE activity_id = ? UNION ALL SELECT max(number) FROM "
                               "activity_attendance WHERE activity_id = ?)"));
    auto value = query.bind(activityId).bind(activityId).scalar();
    if (!value) {
        return value.error();
    }
    return value->toInt() + 1;
}

Status ParticipantRepository::refuseWhenAttended(qint64 activityId) const
{
    Query query(m_database,
                QStringLiteral("SELECT count(*) FROM activity_attendance WHERE activity_id = ?"));
    auto value = query.bind(activityId).scalar();
    if (!value) {
        return value.error();
    }
    if (value->toInt() > 0) {
        return Error::invalid(tr("Attendance has been recorded by the numbers of the printed "
                                 "sheet; the invitation list can only grow now."));
    }
    return {};
}

Result<qint64> ParticipantRepository::insert(const Participant &p)
{
    auto number = nextNumber(p.activityId);
    if (!number) {
        return number.error();
    }
    Participant stored = p;
    stored.number = *number;
    Query insert(m_database,
                 QStringLiteral("INSERT INTO activity_invitee (activity_id, number, person_id, "
                                "position_id, name, jabatan, institution, institution_kind, "
                                "phone, gender) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(stored.activityId)
        .bind(stored.number)
        .bind(idValue(stored.personId))
        .bind(idValue(stored.positionId))
        .bind(stored.name.simplified())
        .bind(textValue(stored.jabatan.simplified()))
        .bind(textValue(stored.institution.simplified()))
        .bind(StakeholderKinds::key(stored.institutionKind))
        .bind(textValue(stored.phone.trimmed()))
        .bind(genderValue(stored.gender));
    if (auto done = insert.exec(); !done) {
        return done.error();
    }
    const qint64 id = insert.lastInsertId();
    if (auto done = AuditLog(m_database)
                        .record(AuditAction::Insert, entity, id,
                                tr("%1 invited as number %2 to activity %3")
                                    .arg(stored.name)
                                    .arg(stored.number)
                                    .arg(stored.activityId),
                                {}, toJson(stored));
        !done) {
        return done.error();
    }
    return id;
}

Result<qint64> ParticipantRepository::invite(qint64 activityId, qint64 personId, qint64 positionId)
{
    Transaction transaction(m_database);
    auto place = activityPlace(m_database, activityId);
    if (!place) {
        return place.error();
    }
    Query already(m_database, QStringLiteral("SELECT 1 FROM activity_invitee WHERE activity_id = "
                                             "? AND person_id = ?"));
    auto found = already.bind(activityId).bind(personId).scalar();
    if (!found) {
        return found.error();
    }
    if (found->isValid()) {
        return Error::conflict(tr("This person is already invited."));
    }
    Query snapshot(m_database, QLatin1String(snapshotSql));
    snapshot.bind(positionId)
        .bind(positionId)
        .bind(positionId)
        .bind(dateValue(place->date))
        .bind(dateValue(place->date))
        .bind(personId);
    if (auto done = snapshot.exec(); !done) {
        return done.error();
    }
    if (!snapshot.next()) {
        return Error::notFound(tr("There is no person with id %1.").arg(personId));
    }
    if (positionId > 0 && snapshot.value(1).toLongLong() != positionId) {
        return Error::invalid(tr("Position %1 is not held by this person.").arg(positionId));
    }
    Participant p;
    p.activityId = activityId;
    p.personId = personId;
    p.positionId = snapshot.value(1).toLongLong();
    p.name = snapshot.value(2).toString();
    p.jabatan = snapshot.value(3).toString();
    p.institution = snapshot.value(4).toString();
    p.institutionKind = StakeholderKinds::institutionKindFromKey(snapshot.value(5).toString())
                            .value_or(InstitutionKind::Other);
    p.phone = snapshot.value(6).toString();
    p.gender = StakeholderKinds::genderFromKey(snapshot.value(7).toString());
    snapshot.finish();
    auto id = insert(p);
    if (!id) {
        return id.error();
    }
    if (auto done = transaction.commit(); !done) {
        return done.error();
    }
    return id;
}

Result<qint64> ParticipantRepository::inviteGuest(qint64 activityId, const Guest &guest)
{
    if (guest.name.trimmed().isEmpty()) {
        return Error::invalid(tr("A guest needs a name."));
    }
    Transaction transaction(m_database);
    if (auto place = activityPlace(m_database, activityId); !place) {
        return place.error();
    }
    Participant p;
    p.activityId = activityId;
    p.name = guest.name;
    p.jabatan = guest.jabatan;
    p.institution = guest.institution;
    p.phone = guest.phone;
    p.institutionKind = guest.institutionKind;
    p.gender = guest.gender;
    auto id = insert(p);
    if (!id) {
        return id.error();
    }
    if (auto done = transaction.commit(); !done) {
        return done.error();
    }
    return id;
}

Result<QList<qint64>> ParticipantRepository::inviteUsualOfficials(qint64 activityId)
{
    Transaction transaction(m_database);
    auto place = activityPlace(m_database, activityId);
    if (!place) {
        return place.error();
    }
    if (place->regionLevel != 4) {
        return Error::invalid(tr("The usual officials are those of a kelurahan/desa; this "
                                 "activity is for a whole kecamatan."));
    }
    // In the order they are printed; each role takes its first holder.
    const QList<QStringList> roles{
        {textkeys::matchKey(u"Kepala Desa"), textkeys::matchKey(u"Lurah")},
        {textkeys::matchKey(u"Sekretaris Desa"), textkeys::matchKey(u"Sekretaris Kelurahan")},
        {textkeys::matchKey(u"Ketua BPD")},
        {textkeys::matchKey(u"Bhabinkamtibmas")},
        {textkeys::matchKey(u"Babinsa")},
    };
    const int villageRoles = 3;
    Query query(
        m_database,
        QStringLiteral(
            "SELECT pos.person_id, pos.id, pos.title_key, i.kind FROM position pos "
            "JOIN person p ON p.id = pos.person_id JOIN institution i ON i.id = pos.institution_id "
            "WHERE p.active = 1 AND (pos.start_date IS NULL OR pos.start_date <= ?) "
            "AND (pos.end_date IS NULL OR pos.end_date >= ?) "
            "AND (i.region_code = ? OR p.region_code = ?) "
            "ORDER BY CASE pos.acting WHEN 'definitive' THEN 0 ELSE 1 END, "
            "pos.start_date IS NULL, pos.start_date DESC, pos.id DESC"));
    query.bind(dateValue(place->date))
        .bind(dateValue(place->date))
        .bind(place->regionCode)
        .bind(place->regionCode);
    if (auto done = query.exec(); !done) {
        return done.error();
    }
    QList<QPair<qint64, qint64>> chosen(roles.size(), {0, 0});
    while (query.next()) {
        const QString key = query.value(2).toString();
        const bool villageOffice =
            query.value(3).toString() == StakeholderKinds::key(InstitutionKind::VillageOffice);
        for (int role = 0; role < roles.size(); ++role) {
            // Desa posts are held at the desa office; Bhabinkamtibmas and
            // Babinsa at the polsek and koramil, for the desa they live in.
            if (roles.at(role).contains(key) && chosen.at(role).first == 0 &&
                (role >= villageRoles || villageOffice)) {
                chosen[role] = {query.value(0).toLongLong(), query.value(1).toLongLong()};
            }
        }
    }
    query.finish();
    QSet<qint64> invited;
    auto current = list(activityId);
    if (!current) {
        return current.error();
    }
    for (const Participant &p : *current) {
        invited.insert(p.personId);
    }
    QList<qint64> ids;
    for (const auto &[personId, positionId] : chosen) {
        if (personId == 0 || invited.contains(personId)) {
            continue;
        }
        invited.insert(personId);
        auto id = invite(activityId, personId, positionId);
        if (!id) {
            return id.error();
        }
        ids.append(*id);
    }
    if (auto done = transaction.commit(); !done) {
        return done.error();
    }
    return ids;
}

Status ParticipantRepository::remove(qint64 participantId)
{
    Transaction transaction(m_database);
    auto before = find(participantId);
    if (!before) {
        return before.error();
    }
    if (auto refused = refuseWhenAttended(before->activityId); !refused) {
        return refused;
    }
    if (auto done = execute(m_database, QStringLiteral("DELETE FROM activity_invitee WHERE id = ?"),
                            {participantId});
        !done) {
        return done;
    }
    // Close the gap.
    auto rest = list(before->activityId);
    if (!rest) {
        return rest.error();
    }
    QList<qint64> ids;
    for (const Participant &p : *rest) {
        ids << p.id;
    }
    if (auto done = renumber(ids); !done) {
        return done;
    }
    if (auto done = AuditLog(m_database)
                        .record(AuditAction::Delete, entity, participantId,
                                tr("%1 no longer invited to activity %2")
                                    .arg(before->name)
                                    .arg(before->activityId),
                                toJson(*before), {});
        !done) {
        return done;
    }
    return transaction.commit();
}

Status ParticipantRepository::renumber(const QList<qint64> &participantIds)
{
    // The CHECK (number >= 1) forbids a negative detour and the numbers are
    // unique per activity: park the rows past the end, then number them 1..n.
    const int offset = static_cast<int>(participantIds.size()) + 1000000;
    Query move(m_database, QStringLiteral("UPDATE activity_invitee SET number = ? WHERE id = ?"));
    for (int pass = 0; pass < 2; ++pass) {
        for (qsizetype i = 0; i < participantIds.size(); ++i) {
            move.bind((pass == 0 ? offset : 0) + static_cast<int>(i) + 1)
                .bind(participantIds.at(i));
            if (auto done = move.exec(); !done) {
                return done;
            }
        }
    }
    return {};
}

Status ParticipantRepository::reorder(qint64 activityId, const QList<qint64> &participantIds)
{
    Transaction transaction(m_database);
    auto current = list(activityId);
    if (!current) {
        return current.error();
    }
    QSet<qint64> known;
    for (const Participant &p : *current) {
        known.insert(p.id);
    }
    const QSet<qint64> given(participantIds.cbegin(), participantIds.cend());
    if (given != known || participantIds.size() != current->size()) {
        return Error::invalid(tr("The new order must name every invited participant once."));
    }
    if (auto refused = refuseWhenAttended(activityId); !refused) {
        return refused;
    }
    if (auto done = renumber(participantIds); !done) {
        return done;
    }
    QJsonArray before;
    for (const Participant &p : *current) {
        before.append(p.id);
    }
    QJsonArray after;
    for (qint64 id : participantIds) {
        after.append(id);
    }
    if (auto done = AuditLog(m_database)
                        .record(AuditAction::Update, QStringLiteral("activity"), activityId,
                                tr("Invited participants reordered"),
                                {{QStringLiteral("invitees"), before}},
                                {{QStringLiteral("invitees"), after}});
        !done) {
        return done;
    }
    return transaction.commit();
}

Result<QList<ParticipantCandidate>>
ParticipantRepository::candidates(qint64 activityId, const CandidateFilter &filter) const
{
    auto place = activityPlace(m_database, activityId);
    if (!place) {
        return place.error();
    }
    QString region = filter.regionCode;
    if (region.isEmpty()) {
        region = filter.wholeKecamatan ? place->districtCode : place->regionCode;
    }
    QStringList conditions{
        QStringLiteral("p.active = 1"),
        QStringLiteral("(pos.start_date IS NULL OR pos.start_date <= ?)"),
        QStringLiteral("(pos.end_date IS NULL OR pos.end_date >= ?)"),
        QStringLiteral("(coalesce(p.region_code, i.region_code) = ? OR "
                       "coalesce(p.region_code, i.region_code) LIKE ? || '.%')")};
    QVariantList values{dateValue(place->date), dateValue(place->date), region, region};
    if (filter.institutionKind) {
        conditions << QStringLiteral("i.kind = ?");
        values << StakeholderKinds::key(*filter.institutionKind);
    }
    for (const QString &word : textkeys::words(filter.text)) {
        conditions << QStringLiteral("(p.name_key LIKE ? OR p.name_key LIKE '% ' || ? OR "
                                     "pos.title_key LIKE ? OR i.name_key LIKE ? OR "
                                     "i.name_key LIKE '% ' || ?)");
        const QString prefix = word + u'%';
        values << prefix << prefix << prefix << prefix << prefix;
    }
    Query query(
        m_database,
        QStringLiteral(
            "SELECT p.id, pos.id, p.full_name, CASE pos.acting WHEN 'plt' THEN 'Plt. ' WHEN "
            "'pj' THEN 'Pj. ' ELSE '' END || pos.title, i.name, i.kind, "
            "coalesce(p.region_code, i.region_code), EXISTS (SELECT 1 FROM activity_invitee v "
            "WHERE v.activity_id = ? AND v.person_id = p.id) FROM position pos "
            "JOIN person p ON p.id = pos.person_id JOIN institution i ON i.id = pos.institution_id "
            "WHERE ") +
            conditions.join(QStringLiteral(" AND ")) +
            QStringLiteral(" ORDER BY i.kind, i.name_key, p.name_key, pos.id LIMIT ?"));
    query.bind(activityId);
    for (const QVariant &value : values) {
        query.bind(value);
    }
    query.bind(filter.limit);
    if (auto done = query.exec(); !done) {
        return done.error();
    }
    QList<ParticipantCandidate> candidates;
    while (query.next()) {
        ParticipantCandidate c;
        c.personId = query.value(0).toLongLong();
        c.positionId = query.value(1).toLongLong();
        c.name = query.value(2).toString();
        c.jabatan = query.value(3).toString();
        c.institution = query.value(4).toString();
        c.institutionKind = StakeholderKinds::institutionKindFromKey(query.value(5).toString())
                                .value_or(InstitutionKind::Other);
        c.regionCode = query.value(6).toString();
        c.invited = query.value(7).toBool();
        candidates.append(c);
    }
    return candidates;
}

} // namespace sisambang::db
