// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "stakeholderkinds.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace sisambang::db {

class Database;

// An invited participant of an activity: one numbered row of the printed
// attendance sheet. A person of the register carries a snapshot of the jabatan
// and institution they were invited as; a guest is typed in (personId 0).
struct Participant
{
    qint64 id = 0;
    qint64 activityId = 0;
    int number = 0; // the row on the attendance sheet, 1..n
    qint64 personId = 0;
    qint64 positionId = 0;
    QString name{}; // full name with titles
    QString jabatan{};
    QString institution{};
    InstitutionKind institutionKind = InstitutionKind::Other;
    QString phone{}; // stored form (+62...) or as typed for a guest
    Gender gender = Gender::Unknown;

    bool isGuest() const { return personId == 0; }
};

// A free-text guest (tamu undangan) not in the register.
struct Guest
{
    QString name{};
    QString jabatan{};
    QString institution{};
    QString phone{};
    InstitutionKind institutionKind = InstitutionKind::Other;
    Gender gender = Gender::Unknown;
};

// Whom the invitation list offers: people holding a current position on the
// activity's date, in its region.
struct CandidateFilter
{
    // Empty: the activity's kelurahan/desa (or kecamatan for a kecamatan
    // activity). Any region code: people of it and of every region under it.
    QString regionCode{};
    bool wholeKecamatan = false; // the activity's kecamatan instead of its desa
    std::optional<InstitutionKind> institutionKind{};
    QString text{}; // words of name, jabatan or institution, each a prefix
    int limit = 500;
};

struct ParticipantCandidate
{
    qint64 personId = 0;
    qint64 positionId = 0;
    QString name{};
    QString jabatan{};
    QString institution{};
    InstitutionKind institutionKind = InstitutionKind::Other;
    QString regionCode{}; // the person's (else the institution's) region
    bool invited = false; // already on this activity's list
};

// The invitation list of an activity. Numbers stay 1..n without gaps; once
// attendance has been recorded against the numbers, the list can only grow
// (no removal or reordering), so a ticked number keeps meaning the same row.
class ParticipantRepository
{
    Q_DECLARE_TR_FUNCTIONS(ParticipantRepository)

public:
    explicit ParticipantRepository(const Database &database)
        : m_database(database)
    {
    }

    // The list by number.
    Result<QList<Participant>> list(qint64 activityId) const;
    Result<Participant> find(qint64 participantId) const;
    // Invites a person of the register as the holder of `positionId` (0: the
    // person's current position on the activity's date, if any); the next
    // number. Conflict when the person is already invited.
    Result<qint64> invite(qint64 activityId, qint64 personId, qint64 positionId = 0);
    Result<qint64> inviteGuest(qint64 activityId, const Guest &guest);
    // The current kepala desa/lurah, sekretaris desa, ketua BPD,
    // Bhabinkamtibmas and Babinsa of the activity's kelurahan/desa on its date,
    // in that order, skipping those already invited and posts that are
    // vacant. One transaction; returns the new participant ids.
    Result<QList<qint64>> inviteUsualOfficials(qint64 activityId);
    // Removes a participant and closes the gap in the numbers.
    Status remove(qint64 participantId);
    // Puts the activity's participants in the order of `participantIds` (all
    // of them, each once) and numbers them 1..n.
    Status reorder(qint64 activityId, const QList<qint64> &participantIds);

    // People to invite, by institution kind then name.
    Result<QList<ParticipantCandidate>> candidates(qint64 activityId,
                                                   const CandidateFilter &filter = {}) const;

private:
    Status refuseWhenAttended(qint64 activityId) const;
    Status renumber(const QList<qint64> &participantIds);
    Result<int> nextNumber(qint64 activityId) const;
    Result<qint64> insert(const Participant &participant);
    const Database &m_database;
};

} // namespace sisambang::db
