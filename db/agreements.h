// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "records.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sisambang::db {

class Database;

enum class AgreementKind {
    Mou, // Nota Kesepahaman
    Pks, // Perjanjian Kerja Sama
};
enum class AgreementStatus { Draft, Signed, Ended, Cancelled };

QString agreementKindKey(AgreementKind kind);
std::optional<AgreementKind> agreementKindFromKey(QStringView key);
QString agreementStatusKey(AgreementStatus status);
std::optional<AgreementStatus> agreementStatusFromKey(QStringView key);

// One party: ordinal 1 is PIHAK PERTAMA (the office), 2 PIHAK KEDUA. The
// signatory's name, jabatan and NIP are a snapshot taken as of the signing date.
struct AgreementParty
{
    int ordinal = 0;
    qint64 institutionId = 0;
    QString institutionName{};       // read from the register, not stored with the party
    QString institutionRegionCode{}; // likewise
    QString letterNumber{};          // the party's own number for the agreement
    qint64 signatoryPersonId = 0;    // 0: none chosen yet
    QString signatoryName{};
    QString signatoryJabatan{};
    QString signatoryNip{};
};

struct AgreementArticle
{
    QString heading{}; // "MAKSUD DAN TUJUAN"; printed under "Pasal n"
    QString body{};    // '\n' separates the article's paragraphs
};

struct Agreement
{
    qint64 id = 0;
    AgreementKind kind = AgreementKind::Mou;
    QString title{};
    QString programme{};
    QDate signedOn{};
    QString place{};
    QDate validFrom{};
    QDate validUntil{};
    AgreementStatus status = AgreementStatus::Draft;
    QString purpose{};
    QString notes{};
    QString scanPath{}; // relative to the attachment folder (AttachmentStore)
    qint64 renewedFrom = 0;
    int version = 0;
    QList<AgreementParty> parties{}; // ordered by ordinal
    QStringList villageCodes{};      // the kelurahan/desa covered, ordered by code
    QList<AgreementArticle> articles{};

    const AgreementParty *party(int ordinal) const;
};

struct AgreementFilter
{
    std::optional<AgreementStatus> status{};
    QString kecamatanCode{}; // agreements covering a desa of this kecamatan
    int year = 0;            // signed (or, for drafts, valid from) in that year; 0: any
};

// One line of the list.
struct AgreementSummary
{
    qint64 id = 0;
    AgreementKind kind = AgreementKind::Mou;
    QString title{};
    AgreementStatus status = AgreementStatus::Draft;
    QDate signedOn{};
    QDate validFrom{};
    QDate validUntil{};
    QString officeNumber{}; // PIHAK PERTAMA's number
    QString secondParty{};  // PIHAK KEDUA's institution
    QStringList kecamatanCodes{};
    int villages = 0;
};

// Desa covered by signed agreements, per kecamatan of the office's kabupaten.
struct CoverageRow
{
    QString kecamatanCode{};
    QString kecamatanName{};
    int covered = 0;
    int total = 0;
};

class AgreementRepository
{
    Q_DECLARE_TR_FUNCTIONS(AgreementRepository)

public:
    explicit AgreementRepository(const Database &database)
        : m_database(database)
    {
    }

    Result<Agreement> find(qint64 id) const;
    Result<QList<AgreementSummary>> list(const AgreementFilter &filter = {}) const;
    // Signed agreements whose validity ends between `today` and `today + days`.
    Result<QList<AgreementSummary>> expiring(const QDate &today, int days = 90) const;
    Result<QList<CoverageRow>> coverage(const QString &regencyCode) const;

    // Title required, dates in order, parties' institutions exist, desa exist.
    QList<FieldProblem> validate(const Agreement &agreement) const;
    // Adds a draft (or whatever status it holds, for imports and the demo) with
    // its parties, desa and articles; returns the new id.
    Result<qint64> add(const Agreement &agreement);
    // Saves every field, parties, desa and articles when nobody changed the
    // agreement since `agreement.version` (else Conflict). Status is not
    // changed here: see sign(), end(), cancel().
    Status update(Agreement &agreement);

    // Lifecycle: draft -> signed (both signatories, signing date and every
    // party's number required), signed -> ended or cancelled, draft -> cancelled.
    Status sign(qint64 id, int version);
    Status end(qint64 id, int version);
    Status cancel(qint64 id, int version);
    // A new draft copied from the agreement (parties, desa, articles) with the
    // dates, numbers and scan cleared; returns its id.
    Result<qint64> renew(qint64 id);
    // Gives the office (PIHAK PERTAMA) its number from LetterNumbering, dated
    // the signing date (today when not set), and stores it in the same
    // transaction. Refused when the office already has a number.
    Result<QString> issueOfficeNumber(qint64 id, int version, const QString &classification);
    // Records an audit entry that the agreement was printed or exported.
    Status recordPrint(qint64 id, const QString &what);

    // The signatory as of `date`: full name, NIP and the jabatan held at the
    // institution on that date (else any jabatan then).
    Status takeSnapshot(AgreementParty &party, qint64 personId, const QDate &date) const;
    // Every kelurahan/desa of the institution's kecamatan (its region's or its
    // parent's): the default covered area.
    Result<QStringList> defaultVillages(qint64 institutionId) const;
    // Problems that keep the agreement from being signed, as sentences.
    QStringList signingProblems(const Agreement &agreement) const;

private:
    Status changeStatus(qint64 id, int version, AgreementStatus to,
                        const QList<AgreementStatus> &from, const QString &summary);
    Status writeChildren(const Agreement &agreement);
    Result<QList<AgreementSummary>> select(const QString &where, const QVariantList &values) const;

    const Database &m_database;
};

} // namespace sisambang::db
