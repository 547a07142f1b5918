// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreements.h"

#include "audit.h"
#include "database.h"
#include "letternumbers.h"
#include "people.h"
#include "positions.h"
#include "query.h"
#include "records.h"
#include "regions.h"
#include "transaction.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sisambang::db {

namespace {

const QString entity = QStringLiteral("agreement");

// A kecamatan code is the first three segments of a desa code: "19.04.01".
QString kecamatanOf(const QString &villageCode)
{
    return villageCode.section(u'.', 0, 2);
}

QJsonObject toJson(const Agreement &agreement)
{
    QJsonArray parties;
    for (const AgreementParty &party : agreement.parties) {
        parties.append(QJsonObject{{QStringLiteral("ordinal"), party.ordinal},
                                   {QStringLiteral("institution_id"), party.institutionId},
                                   {QStringLiteral("letter_number"), party.letterNumber},
                                   {QStringLiteral("signatory_person_id"), party.signatoryPersonId},
                                   {QStringLiteral("signatory_name"), party.signatoryName},
                                   {QStringLiteral("signatory_jabatan"), party.signatoryJabatan},
                                   {QStringLiteral("signatory_nip"), party.signatoryNip}});
    }
    return {{QStringLiteral("kind"), agreementKindKey(agreement.kind)},
            {QStringLiteral("title"), agreement.title},
            {QStringLiteral("programme"), agreement.programme},
            {QStringLiteral("signed_on"), agreement.signedOn.toString(Qt::ISODate)},
            {QStringLiteral("place"), agreement.place},
            {QStringLiteral("valid_from"), agreement.validFrom.toString(Qt::ISODate)},
            {QStringLiteral("valid_until"), agreement.validUntil.toString(Qt::ISODate)},
            {QStringLiteral("status"), agreementStatusKey(agreement.status)},
            {QStringLiteral("scan_path"), agreement.scanPath},
            {QStringLiteral("parties"), parties},
            {QStringLiteral("villages"), QJsonArray::fromStringList(agreement.villageCodes)},
            {QStringLiteral("articles"), agreement.articles.size()}};
}

} // namespace

QString agreementKindKey(AgreementKind kind)
{
    return kind == AgreementKind::Pks ? QStringLiteral("pks") : QStringLiteral("mou");
}

std::optional<AgreementKind> agreementKindFromKey(QStringView key)
{
    if (key == u"mou") {
        return AgreementKind::Mou;
    }
    if (key == u"pks") {
        return AgreementKind::Pks;
    }
    return std::nullopt;
}

QString agreementStatusKey(AgreementStatus status)
{
    switch (status) {
    case AgreementStatus::Draft:
        return QStringLiteral("draft");
    case AgreementStatus::Signed:
        return QStringLiteral("signed");
    case AgreementStatus::Ended:
        return QStringLiteral("ended");
    case AgreementStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<AgreementStatus> agreementStatusFromKey(QStringView key)
{
    for (auto status : {AgreementStatus::Draft, AgreementStatus::Signed, AgreementStatus::Ended,
                        AgreementStatus::Cancelled}) {
        if (key == agreementStatusKey(status)) {
            return status;
        }
    }
    return std::nullopt;
}

const AgreementParty *Agreement::party(int ordinal) const
{
    for (const AgreementParty &candidate : parties) {
        if (candidate.ordinal == ordinal) {
            return &candidate;
        }
    }
    return nullptr;
}

Result<Agreement> AgreementRepository::find(qint64 id) const
{
    Query query(m_database,
                QStringLiteral("SELECT kind, title, programme, signed_on, place, valid_from, "
                               "valid_until, status, purpose, notes, scan_path, renewed_from, "
                               "version FROM agreement WHERE id = ?"));
    query.bind(id);
    if (auto done = query.exec(); !done) {
        return done.error();
    }
    if (!query.next()) {
        return Error::notFound(tr("There is no agreement with id %1.").arg(id));
    }
    Agreement agreement;
    agreement.id = id;
    agreement.kind = agreementKindFromKey(query.value(0).toString()).value_or(AgreementKind::Mou);
    agreement.title = query.value(1).toString();
    agreement.programme = query.value(2).toString();
    agreement.signedOn = dateFrom(query.value(3));
    agreement.place = query.value(4).toString();
    agreement.validFrom = dateFrom(query.value(5));
    agreement.validUntil = dateFrom(query.value(6));
    agreement.status =
        agreementStatusFromKey(query.value(7).toString()).value_or(AgreementStatus::Draft);
    agreement.purpose = query.value(8).toString();
    agreement.notes = query.value(9).toString();
    agreement.scanPath = query.value(10).toString();
    agreement.renewedFrom = query.value(11).toLongLong();
    agreement.version = query.value(12).toInt();

    Query parties(m_database,
                  QStringLiteral("SELECT p.ordinal, p.institution_id, i.name, i.region_code, "
                                 "p.letter_number, p.signatory_person_id, p.signatory_name, "
                                 "p.signatory_jabatan, p.signatory_nip FROM agreement_party p "
                                 "JOIN institution i ON i.id = p.institution_id "
                                 "WHERE p.agreement_id = ? ORDER BY p.ordinal"));
    parties.bind(id);
    if (auto done = parties.exec(); !done) {
        return done.error();
    }
    while (parties.next()) {
        agreement.parties.append({parties.value(0).toInt(), parties.value(1).toLongLong(),
                                  parties.value(2).toString(), parties.value(3).toString(),
                                  parties.value(4).toString(), parties.value(5).toLongLong(),
                                  parties.value(6).toString(), parties.value(7).toString(),
                                  parties.value(8).toString()});
    }
    Query villages(m_database, QStringLiteral("SELECT region_code FROM agreement_village WHERE "
                                              "agreement_id = ? ORDER BY region_code"));
    villages.bind(id);
    if (auto done = villages.exec(); !done) {
        return done.error();
    }
    while (villages.next()) {
        agreement.villageCodes << villages.value(0).toString();
    }
    Query articles(m_database, QStringLiteral("SELECT heading, body FROM agreement_article "
                                              "WHERE agreement_id = ? ORDER BY ordinal"));
    articles.bind(id);
    if (auto done = articles.exec(); !done) {
        return done.error();
    }
    while (articles.next()) {
        agreement.articles.append({articles.value(0).toString(), articles.value(1).toString()});
    }
    return agreement;
}

Result<QList<AgreementSummary>> AgreementRepository::select(const QString &where,
                                                            const QVariantList &values) const
{
    Query query(
        m_database,
        QStringLiteral(
            "SELECT a.id, a.kind, a.title, a.status, a.signed_on, a.valid_from, a.valid_until, "
            "(SELECT letter_number FROM agreement_party WHERE agreement_id = a.id AND ordinal = "
            "1), "
            "(SELECT i.name FROM agreement_party p JOIN institution i ON i.id = p.institution_id "
            " WHERE p.agreement_id = a.id AND p.ordinal = 2), "
            "(SELECT group_concat(k, ' ') FROM (SELECT DISTINCT substr(region_code, 1, 8) AS k "
            " FROM agreement_village WHERE agreement_id = a.id ORDER BY k)), "
            "(SELECT count(*) FROM agreement_village WHERE agreement_id = a.id) "
            "FROM agreement a %1 ORDER BY coalesce(a.signed_on, a.valid_from) DESC, a.id DESC")
            .arg(where));
    for (const QVariant &value : values) {
        query.bind(value);
    }
    if (auto done = query.exec(); !done) {
        return done.error();
    }
    QList<AgreementSummary> rows;
    while (query.next()) {
        AgreementSummary row;
        row.id = query.value(0).toLongLong();
        row.kind = agreementKindFromKey(query.value(1).toString()).value_or(AgreementKind::Mou);
        row.title = query.value(2).toString();
        row.status =
            agreementStatusFromKey(query.value(3).toString()).value_or(AgreementStatus::Draft);
        row.signedOn = dateFrom(query.value(4));
        row.validFrom = dateFrom(query.value(5));
        row.validUntil = dateFrom(query.value(6));
        row.officeNumber = query.value(7).toString();
        row.secondParty = query.value(8).toString();
        row.kecamatanCodes = query.value(9).toString().split(u' ', Qt::SkipEmptyParts);
        row.villages = query.value(10).toInt();
        rows.append(row);
    }
    return rows;
}

Result<QList<AgreementSummary>> AgreementRepository::list(const AgreementFilter &filter) const
{
    QStringList conditions;
    QVariantList values;
    if (filter.status) {
        conditions << QStringLiteral("a.status = ?");
        values << agreementStatusKey(*filter.status);
    }
    if (!filter.kecamatanCode.isEmpty()) {
        conditions << QStringLiteral("EXISTS (SELECT 1 FROM agreement_village v WHERE "
                                     "v.agreement_id = a.id AND v.region_code LIKE ? || '.%')");
        values << filter.kecamatanCode;
    }
    if (filter.year > 0) {
        conditions << QStringLiteral("substr(coalesce(a.signed_on, a.valid_from, a.created_at), "
                                     "1, 4) = ?");
        values << QStringLiteral("%1").arg(filter.year, 4, 10, QLatin1Char('0'));
    }
    return select(conditions.isEmpty()
                      ? QString()
                      : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND ")),
                  values);
}

Result<QList<AgreementSummary>> AgreementRepository::expiring(const QDate &today, int days) const
{
    return select(QStringLiteral("WHERE a.status = 'signed' AND a.valid_until BETWEEN ? AND ?"),
                  {dateValue(today), dateValue(today.addDays(days))});
}

Result<QList<CoverageRow>> AgreementRepository::coverage(const QString &regencyCode) const
{
    RegionRepository regions(m_database);
    auto kecamatans = regions.children(regencyCode);
    if (!kecamatans) {
        return kecamatans.error();
    }
    Query total(m_database, QStringLiteral("SELECT count(*) FROM region WHERE parent_code = ?"));
    Query covered(m_database,
                  QStringLiteral("SELECT count(DISTINCT v.region_code) FROM agreement_village v "
                                 "JOIN agreement a ON a.id = v.agreement_id "
                                 "WHERE a.status = 'signed' AND v.region_code LIKE ? || '.%'"));
    QList<CoverageRow> rows;
    for (const Region &kecamatan : *kecamatans) {
        CoverageRow row{kecamatan.code, kecamatan.name};
        auto count = total.bind(kecamatan.code).scalar();
        if (!count) {
            return count.error();
        }
        row.total = count->toInt();
        auto done = covered.bind(kecamatan.code).scalar();
        if (!done) {
            return done.error();
        }
        row.covered = done->toInt();
        rows.append(row);
    }
    return rows;
}

QList<FieldProblem> AgreementRepository::validate(const Agreement &agreement) const
{
    QList<FieldProblem> problems;
    if (agreement.title.trimmed().isEmpty()) {
        problems.append({QStringLiteral("title"), tr("The title is required.")});
    }
    if (agreement.validFrom.isValid() && agreement.validUntil.isValid() &&
        agreement.validUntil < agreement.validFrom) {
        problems.append(
            {QStringLiteral("valid_until"), tr("The agreement cannot end before it starts.")});
    }
    QList<int> ordinals;
    for (const AgreementParty &party : agreement.parties) {
        if (party.institutionId <= 0) {
            problems.append({QStringLiteral("parties"),
                             tr("Party %1 needs an institution.").arg(party.ordinal)});
        }
        if (party.ordinal < 1 || ordinals.contains(party.ordinal)) {
            problems.append({QStringLiteral("parties"), tr("Each party needs its own position "
                                                           "number, starting at 1.")});
        }
        ordinals << party.ordinal;
    }
    for (const QString &code : agreement.villageCodes) {
        if (levelFromCode(code) != RegionLevel::Village) {
            problems.append(
                {QStringLiteral("villages"), tr("%1 is not a kelurahan/desa code.").arg(code)});
            break;
        }
    }
    return problems;
}

Status AgreementRepository::writeChildren(const Agreement &agreement)
{
    const QVariant id = agreement.id;
    for (const char *table : {"agreement_party", "agreement_village", "agreement_article"}) {
        if (auto done = execute(
                m_database,
                QStringLiteral("DELETE FROM %1 WHERE agreement_id = ?").arg(QLatin1String(table)),
                {id});
            !done) {
            return done;
        }
    }
    Query party(m_database, QStringLiteral("INSERT INTO agreement_party (agreement_id, ordinal, "
                                           "institution_id, letter_number, signatory_person_id, "
                                           "signatory_name, signatory_jabatan, signatory_nip) "
                                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const AgreementParty &p : agreement.parties) {
        party.bind(id)
            .bind(p.ordinal)
            .bind(p.institutionId)
            .bind(textValue(p.letterNumber.trimmed()))
            .bind(idValue(p.signatoryPersonId))
            .bind(textValue(p.signatoryName.trimmed()))
            .bind(textValue(p.signatoryJabatan.trimmed()))
            .bind(textValue(p.signatoryNip.trimmed()));
        if (auto done = party.exec(); !done) {
            return done;
        }
    }
    Query village(m_database, QStringLiteral("INSERT OR IGNORE INTO agreement_village "
                                             "(agreement_id, region_code) VALUES (?, ?)"));
    for (const QString &code : agreement.villageCodes) {
        if (auto done = village.bind(id).bind(code).exec(); !done) {
            return done;
        }
    }
    Query article(m_database, QStringLiteral("INSERT INTO agreement_article (agreement_id, "
                                             "ordinal, heading, body) VALUES (?, ?, ?, ?)"));
    for (qsizetype i = 0; i < agreement.articles.size(); ++i) {
        const AgreementArticle &a = agreement.articles.at(i);
        article.bind(id)
            .bind(static_cast<int>(i + 1))
            .bind(textValue(a.heading.trimmed()))
            .bind(textValue(a.body.trimmed()));
        if (auto done = article.exec(); !done) {
            return done;
        }
    }
    return {};
}

Result<qint64> AgreementRepository::add(const Agreement &agreement)
{
    if (auto problems = validate(agreement); !problems.isEmpty()) {
        return invalidError(problems);
    }
    Transaction transaction(m_database);
    Query insert(m_database,
                 QStringLiteral("INSERT INTO agreement (kind, title, programme, signed_on, place, "
                                "valid_from, valid_until, status, purpose, notes, scan_path, "
                                "renewed_from) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(agreementKindKey(agreement.kind))
        .bind(agreement.title.trimmed())
        .bind(textValue(agreement.programme.trimmed()))
        .bind(dateValue(agreement.signedOn))
        .bind(textValue(agreement.place.trimmed()))
        .bind(dateValue(agreement.validFrom))
        .bind(dateValue(agreement.validUntil))
        .bind(agreementStatusKey(agreement.status))
        .bind(textValue(agreement.purpose.trimmed()))
        .bind(textValue(agreement.notes.trimmed()))
        .bind(textValue(agreement.scanPath))
        .bind(idValue(agreement.renewedFrom));
    if (auto done = insert.exec(); !done) {
        return done.error();
    }
    Agreement stored = agreement;
    stored.id = insert.lastInsertId();
    if (auto done = writeChildren(stored); !done) {
        return done.error();
    }
    if (auto done =
            AuditLog(m_database)
                .record(AuditAction::Insert, entity, stored.id, stored.title, {}, toJson(stored));
        !done) {
        return done.error();
    }
    if (auto done = transaction.commit(); !done) {
        return done.error();
    }
    return stored.id;
}

Status AgreementRepository::update(Agreement &agreement)
{
    if (auto problems = validate(agreement); !problems.isEmpty()) {
        return invalidError(problems);
    }
    Transaction transaction(m_database);
    auto before = find(agreement.id);
    if (!before) {
        return before.error();
    }
    Query update(m_database,
                 QStringLiteral("UPDATE agreement SET kind = ?, title = ?, programme = ?, "
                                "signed_on = ?, place = ?, valid_from = ?, valid_until = ?, "
                                "purpose = ?, notes = ?, scan_path = ?, version = version + 1, "
                                "updated_at = ? WHERE id = ? AND version = ?"));
    update.bind(agreementKindKey(agreement.kind))
        .bind(agreement.title.trimmed())
        .bind(textValue(agreement.programme.trimmed()))
        .bind(dateValue(agreement.signedOn))
        .bind(textValue(agreement.place.trimmed()))
        .bind(dateValue(agreement.validFrom))
        .bind(dateValue(agreement.validUntil))
        .bind(textValue(agreement.purpose.trimmed()))
        .bind(textValue(agreement.notes.trimmed()))
        .bind(textValue(agreement.scanPath))
        .bind(timestampNow())
        .bind(agreement.id)
        .bind(agreement.version);
    if (auto done = update.exec(); !done) {
        return done;
    }
    if (auto checked =
            Records::checkVersionedWrite(m_database, entity, agreement.id, update.rowsAffected());
        !checked) {
        return checked;
    }
    if (auto done = writeChildren(agreement); !done) {
        return done;
    }
    Agreement after = agreement;
    after.status = before->status;
    if (auto done = AuditLog(m_database)
                        .record(AuditAction::Update, entity, agreement.id, agreement.title,
                                toJson(*before), toJson(after));
        !done) {
        return done;
    }
    if (auto done = transaction.commit(); !done) {
        return done;
    }
    ++agreement.version;
    agreement.status = before->status;
    return {};
}

QStringList AgreementRepository::signingProblems(const Agreement &agreement) const
{
    QStringList problems;
    if (!agreement.signedOn.isValid()) {
        problems << tr("The signing date is missing.");
    }
    for (int ordinal : {1, 2}) {
        if (agreement.party(ordinal) == nullptr) {
            problems << tr("Party %1 is missing.").arg(ordinal);
        }
    }
    for (const AgreementParty &party : agreement.parties) {
        if (party.signatoryName.trimmed().isEmpty()) {
            problems << tr("Party %1 (%2) has no signatory.")
                            .arg(party.ordinal)
                            .arg(party.institutionName);
        }
        if (party.letterNumber.trimmed().isEmpty()) {
            problems << tr("Party %1 (%2) has no letter number.")
                            .arg(party.ordinal)
                            .arg(party.institutionName);
        }
    }
    return problems;
}

Status AgreementRepository::changeStatus(qint64 id, int version, AgreementStatus to,
                                         const QList<AgreementStatus> &from, const QString &summary)
{
    Transaction transaction(m_database);
    auto agreement = find(id);
    if (!agreement) {
        return agreement.error();
    }
    if (agreement->version != version) {
        return Error::conflict(tr("The agreement was changed elsewhere; reload it first."));
    }
    if (!from.contains(agreement->status)) {
        return Error::invalid(
            tr("An agreement that is %1 cannot become %2.")
                .arg(agreementStatusKey(agreement->status), agreementStatusKey(to)));
    }
    if (to == AgreementStatus::Signed) {
        if (const QStringList problems = signingProblems(*agreement); !problems.isEmpty()) {
            return Error::invalid(
                tr("The agreement cannot be signed yet: %1").arg(problems.join(u' ')));
        }
    }
    Query update(m_database,
                 QStringLiteral("UPDATE agreement SET status = ?, version = version + 1, "
                                "updated_at = ? WHERE id = ? AND version = ?"));
    update.bind(agreementStatusKey(to)).bind(timestampNow()).bind(id).bind(version);
    if (auto done = update.exec(); !done) {
        return done;
    }
    if (auto checked = Records::checkVersionedWrite(m_database, entity, id, update.rowsAffected());
        !checked) {
        return checked;
    }
    if (auto done = AuditLog(m_database)
                        .record(AuditAction::StatusChange, entity, id, summary,
                                {{QStringLiteral("status"), agreementStatusKey(agreement->status)}},
                                {{QStringLiteral("status"), agreementStatusKey(to)}});
        !done) {
        return done;
    }
    return transaction.commit();
}

Status AgreementRepository::sign(qint64 id, int version)
{
    return changeStatus(id, version, AgreementStatus::Signed, {AgreementStatus::Draft},
                        QStringLiteral("signed"));
}

Status AgreementRepository::end(qint64 id, int version)
{
    return changeStatus(id, version, AgreementStatus::Ended, {AgreementStatus::Signed},
                        QStringLiteral("ended"));
}

Status AgreementRepository::cancel(qint64 id, int version)
{
    return changeStatus(id, version, AgreementStatus::Cancelled,
                        {AgreementStatus::Draft, AgreementStatus::Signed},
                        QStringLiteral("cancelled"));
}

Result<qint64> AgreementRepository::renew(qint64 id)
{
    auto old = find(id);
    if (!old) {
        return old.error();
    }
    Agreement draft = *old;
    draft.id = 0;
    draft.status = AgreementStatus::Draft;
    draft.renewedFrom = id;
    draft.signedOn = {};
    draft.validFrom = old->validUntil.isValid() ? old->validUntil.addDays(1) : QDate();
    draft.validUntil = {};
    draft.scanPath.clear();
    for (AgreementParty &party : draft.parties) {
        party.letterNumber.clear();
    }
    return add(draft);
}

Result<QString> AgreementRepository::issueOfficeNumber(qint64 id, int version,
                                                       const QString &classification)
{
    Transaction transaction(m_database);
    auto agreement = find(id);
    if (!agreement) {
        return agreement.error();
    }
    if (agreement->version != version) {
        return Error::conflict(tr("The agreement was changed elsewhere; reload it first."));
    }
    const AgreementParty *office = agreement->party(1);
    if (office == nullptr) {
        return Error::invalid(tr("The agreement has no first party to number."));
    }
    if (!office->letterNumber.isEmpty()) {
        return Error::invalid(
            tr("The office already has number %1 for this agreement.").arg(office->letterNumber));
    }
    const QDate dated = agreement->signedOn.isValid() ? agreement->signedOn : QDate::currentDate();
    auto number =
        LetterNumbering(m_database).issue(classification, dated, agreement->title, entity, id);
    if (!number) {
        return number.error();
    }
    if (auto done = execute(m_database,
                            QStringLiteral("UPDATE agreement_party SET letter_number = ? "
                                           "WHERE agreement_id = ? AND ordinal = 1"),
                            {number->number, id});
        !done) {
        return done.error();
    }
    if (auto done = execute(m_database,
                            QStringLiteral("UPDATE agreement SET version = version + 1, "
                                           "updated_at = ? WHERE id = ?"),
                            {timestampNow(), id});
        !done) {
        return done.error();
    }
    if (auto done = AuditLog(m_database)
                        .record(AuditAction::Update, entity, id,
                                QStringLiteral("number %1").arg(number->number), {},
                                {{QStringLiteral("letter_number"), number->number}});
        !done) {
        return done.error();
    }
    if (auto done = transaction.commit(); !done) {
        return done.error();
    }
    return number->number;
}

Status AgreementRepository::recordPrint(qint64 id, const QString &what)
{
    Transaction transaction(m_database);
    if (auto done = AuditLog(m_database).record(AuditAction::Print, entity, id, what); !done) {
        return done;
    }
    return transaction.commit();
}

Status AgreementRepository::takeSnapshot(AgreementParty &party, qint64 personId,
                                         const QDate &date) const
{
    PersonRepository people(m_database);
    auto person = people.find(personId);
    if (!person) {
        return person.error();
    }
    auto history = PositionRepository(m_database).historyOfPerson(personId);
    if (!history) {
        return history.error();
    }
    const QDate on = date.isValid() ? date : QDate::currentDate();
    QString jabatan;
    for (const PositionDetails &details : *history) {
        if (!details.position.heldOn(on)) {
            continue;
        }
        if (details.position.institutionId == party.institutionId) {
            jabatan = details.position.jabatan();
            break;
        }
        if (jabatan.isEmpty()) {
            jabatan = details.position.jabatan();
        }
    }
    party.signatoryPersonId = personId;
    party.signatoryName = person->name.fullName();
    party.signatoryJabatan = jabatan;
    party.signatoryNip = person->nip;
    return {};
}

Result<QStringList> AgreementRepository::defaultVillages(qint64 institutionId) const
{
    Query query(m_database, QStringLiteral("SELECT region_code FROM institution WHERE id = ?"));
    auto region = query.bind(institutionId).scalar();
    if (!region) {
        return region.error();
    }
    QString code = region->toString();
    if (levelFromCode(code) == RegionLevel::Village) {
        code = kecamatanOf(code);
    }
    if (levelFromCode(code) != RegionLevel::District) {
        return QStringList();
    }
    auto villages = RegionRepository(m_database).villagesUnder(code);
    if (!villages) {
        return villages.error();
    }
    QStringList codes;
    for (const Region &village : *villages) {
        codes << village.code;
    }
    return codes;
}

} // namespace sisambang::db
