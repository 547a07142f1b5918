// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "preparedstatements.h"
#include "records.h"
#include "result.h"
#include "stakeholderkinds.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace sisambang::db {

class Database;

// A jabatan a person holds at an institution from `start` (invalid: not
// known) to `end`, the last day in office (invalid: still current).
struct Position
{
    qint64 id = 0;
    qint64 personId = 0;
    qint64 institutionId = 0;
    QString title; // "Kepala Desa", "Sekretaris Camat"
    ActingKind acting = ActingKind::Definitive;
    QDate start;
    QDate end;
    QString note; // e.g. the decree (SK) that appointed them
    int version = 0;

    bool isCurrent() const { return !end.isValid(); }
    bool heldOn(const QDate &date) const;
    // "Plt. Kepala Desa": how the jabatan is printed.
    QString jabatan() const;
};

// Reads a jabatan as written on lists: "Plt. Kepala Desa" is acting kind Plt.
// and title "Kepala Desa"; "Pj Kades" Pj. and "Kades".
struct WrittenJabatan
{
    ActingKind acting = ActingKind::Definitive;
    QString title;
};
WrittenJabatan parseJabatan(const QString &written);

// A position with the names a list or a document shows beside it.
struct PositionDetails
{
    Position position;
    QString personName; // full name with titles
    bool personActive = true;
    QString institutionName;
    InstitutionKind institutionKind = InstitutionKind::Other;
    QString institutionRegionCode;
};

class PositionRepository
{
    Q_DECLARE_TR_FUNCTIONS(PositionRepository)

public:
    explicit PositionRepository(const Database &database)
        : m_database(database)
        , m_statements(database)
    {
    }

    Result<Position> find(qint64 id) const;
    // Title required, end not before start, person and institution exist.
    QList<FieldProblem> validate(const Position &position) const;
    Result<qint64> add(const Position &position);
    // Version-checked like every update; on success `position.version` is new.
    Status update(Position &position);
    // Ends a current position: `lastDay` is the last day in office.
    Status end(qint64 id, int version, const QDate &lastDay);
    // Removes a position entered by mistake (history that happened is ended, not removed).
    Status remove(qint64 id, int version);

    // Officials change: ends the current holder's position the day before
    // `from` and appoints `successorId` to the same jabatan from `from`, in one
    // transaction. Returns the successor's new position id.
    Result<qint64> replaceHolder(qint64 positionId, int version, qint64 successorId,
                                 const QDate &from, ActingKind acting = ActingKind::Definitive,
                                 const QString &note = {});

    // Everyone holding `title` at the institution on `date`: definitive
    // holders first, then Plt./Pj., each latest appointment first.
    Result<QList<PositionDetails>> holdersOn(qint64 institutionId, const QString &title,
                                             const QDate &date) const;
    // The one to print on a document of that date: the definitive holder if
    // there is one, else the acting one; nullopt when the post was vacant.
    Result<std::optional<PositionDetails>> holderOn(qint64 institutionId, const QString &title,
                                                    const QDate &date) const;
    // Every position at the institution on `date`, ordered by title.
    Result<QList<PositionDetails>> staffOn(qint64 institutionId, const QDate &date) const;
    // A person's positions, current first, then by start date, latest first.
    Result<QList<PositionDetails>> historyOfPerson(qint64 personId) const;
    // Who held posts at the institution over time (optionally one title), latest first.
    Result<QList<PositionDetails>> historyAt(qint64 institutionId, const QString &title = {}) const;

    // Bulk writers (imports, the demo) record one summary entry of their own
    // instead of one audit entry per row.
    void setAudited(bool audited) { m_audited = audited; }

private:
    Result<QList<PositionDetails>> select(const QString &where, const QVariantList &values,
                                          const QString &order) const;

    bool m_audited = true;
    const Database &m_database;
    mutable PreparedStatements m_statements;
};

} // namespace sisambang::db
