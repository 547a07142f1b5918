// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the stakeholder import: turns the rows of a table into what
// would be written, without writing. Used for the preview and, inside the
// commit's transaction, for the commit itself.

#include "duplicates.h"
#include "institutions.h"
#include "people.h"
#include "positions.h"
#include "regionmatcher.h"
#include "stakeholderimport.h"

#include <QHash>
#include <QSet>

#include <optional>

namespace sisambang::db {

struct PlannedInstitution
{
    QString name;
    InstitutionKind kind = InstitutionKind::Other;
    QString regionCode;
    qint64 existingId = 0; // 0: to be added
};

struct PlannedRow
{
    ImportRowReport report;
    Person person; // New: the person to add; Update: the person as it will be
    bool personChanged = false;
    int institution = -1;             // index into ImportPlan::institutions, or -1
    std::optional<Position> position; // a position to add (person and institution set on commit)
};

struct ImportPlan
{
    QList<PlannedInstitution> institutions;
    QList<PlannedRow> rows;
};

class ImportPlanner
{
    Q_DECLARE_TR_FUNCTIONS(StakeholderImport)

public:
    ImportPlanner(const Database &database, const RegionMatcher &regions, ColumnMapping mapping);

    Result<ImportPlan> plan(const Table &table);

private:
    struct Parsed; // one row read and checked, before matching
    Parsed parse(const TableRecord &record) const;
    int institutionFor(Parsed &row, ImportPlan &plan);
    Status match(Parsed &row, PlannedRow &planned, ImportPlan &plan);
    Status planUpdate(const Parsed &row, qint64 personId, PlannedRow &planned,
                      const ImportPlan &plan);
    Status warnAboutOtherHolders(PlannedRow &planned, const ImportPlan &plan);

    const Database &m_database;
    const RegionMatcher &m_regions;
    // One of each for all rows, so their statements are prepared once.
    PersonRepository m_people;
    PositionRepository m_positions;
    InstitutionRepository m_institutions;
    DuplicateFinder m_duplicates;
    ColumnMapping m_mapping;
    QHash<QString, int> m_institutionIndex; // name key | region -> index in the plan
    QHash<QString, int> m_seen;             // identity of a person -> first line
    // A register repeats a few words in these columns on every line; each is
    // looked up in the vocabulary once.
    mutable QHash<QString, std::optional<Gender>> m_genders;
    mutable QHash<QString, std::optional<StakeholderCategory>> m_categories;
    mutable QHash<QString, std::optional<InstitutionKind>> m_institutionKinds;
};

} // namespace sisambang::db
