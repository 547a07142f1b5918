// SPDX-License-Identifier: GPL-3.0-or-later
#include "stakeholderimport.h"

#include "audit.h"
#include "database.h"
#include "importplanner.h"
#include "institutions.h"
#include "officeprofile.h"
#include "stakeholderindex.h"
#include "transaction.h"

#include <QFileInfo>
#include <QJsonObject>

namespace sisambang::db {

QString importOutcomeKey(ImportOutcome outcome)
{
    switch (outcome) {
    case ImportOutcome::New:
        return QStringLiteral("new");
    case ImportOutcome::Update:
        return QStringLiteral("update");
    case ImportOutcome::Unchanged:
        return QStringLiteral("unchanged");
    case ImportOutcome::Duplicate:
        return QStringLiteral("duplicate");
    case ImportOutcome::Error:
        return QStringLiteral("error");
    }
    return {};
}

int ImportPreview::count(ImportOutcome outcome) const
{
    return static_cast<int>(
        std::count_if(rows.cbegin(), rows.cend(),
                      [outcome](const ImportRowReport &row) { return row.outcome == outcome; }));
}

namespace {

Result<RegionMatcher> officeRegions(const Database &database)
{
    auto profile = OfficeProfileStore(database).load();
    if (!profile) {
        return profile.error();
    }
    if (!profile->isConfigured()) {
        return Error::invalid(StakeholderImport::tr("Set up the office (its kabupaten/kota) before "
                                                    "importing stakeholders."));
    }
    return RegionMatcher::load(database, profile->regionCode);
}

} // namespace

StakeholderImport::StakeholderImport(Database &database)
    : m_database(database)
{
}

StakeholderImport::~StakeholderImport() = default;

Status StakeholderImport::load(const QString &path)
{
    auto table = TableFile::read(path);
    if (!table) {
        return table.error();
    }
    m_fileName = QFileInfo(path).fileName();
    if (table->records.isEmpty()) {
        return Error::invalid(tr("The file is empty."));
    }
    setTable(std::move(table).value());
    if (!m_mapping.contains(StakeholderColumn::Name)) {
        return Error::invalid(tr("No column holds the names: the first row must be a header "
                                 "with \"Nama\" (or \"Name\") above the names."));
    }
    return {};
}

void StakeholderImport::setTable(Table table)
{
    m_plan.reset();
    m_table = std::move(table);
    m_unrecognised.clear();
    m_mapping = StakeholderColumns::detect(headers(), &m_unrecognised);
}

void StakeholderImport::setMapping(const ColumnMapping &mapping)
{
    m_plan.reset();
    m_mapping = mapping;
}

Result<ImportPlan> StakeholderImport::plan() const
{
    auto before = sqlite::changeStamp(m_database);
    if (!before) {
        return before.error();
    }
    if (m_plan && *before == m_planStamp) {
        return *m_plan;
    }
    m_plan.reset();
    auto regions = officeRegions(m_database);
    if (!regions) {
        return regions.error();
    }
    ImportPlanner planner(m_database, *regions, m_mapping);
    auto planned = planner.plan(m_table);
    if (!planned) {
        return planned.error();
    }
    // Kept only when nobody wrote while it was being made.
    if (auto after = sqlite::changeStamp(m_database); after && *after == *before) {
        m_plan = std::make_unique<ImportPlan>(*planned);
        m_planStamp = *after;
    }
    return planned;
}

QStringList StakeholderImport::headers() const
{
    return m_table.records.isEmpty() ? QStringList() : m_table.records.first().cells;
}

Result<ImportPreview> StakeholderImport::preview() const
{
    auto plan = this->plan();
    if (!plan) {
        return plan.error();
    }
    ImportPreview preview;
    for (const PlannedRow &row : plan->rows) {
        preview.rows << row.report;
    }
    for (const PlannedInstitution &institution : plan->institutions) {
        preview.newInstitutions += institution.existingId == 0 ? 1 : 0;
    }
    return preview;
}

Result<ImportSummary> StakeholderImport::commit(const ImportOptions &options)
{
    // Planned inside the write transaction (or the preview's plan, when the
    // register has not changed since), so the plan matches the data it is
    // written over even if another program changed the register meanwhile.
    // Every row or none: the repositories' own guards join this one instead of
    // each making a savepoint.
    Transaction transaction(m_database, Transaction::Nesting::AllOrNothing);
    if (auto begun = transaction.status(); !begun) {
        return begun.error();
    }
    auto planned = this->plan();
    m_plan.reset(); // written below: a second commit plans afresh
    if (!planned) {
        return planned.error();
    }
    ImportPlan &plan = *planned;
    const qsizetype errors =
        std::count_if(plan.rows.cbegin(), plan.rows.cend(),
                      [](const auto &row) { return row.report.outcome == ImportOutcome::Error; });
    if (errors > 0 && !options.skipErrors) {
        return Error::invalid(
            tr("%n row(s) have errors; nothing was imported.", nullptr, static_cast<int>(errors)));
    }
    if (auto done = stakeholderindex::suspend(m_database); !done) {
        return done.error();
    }

    ImportSummary summary;
    QList<qint64> touched;
    InstitutionRepository institutions(m_database);
    PersonRepository people(m_database);
    PositionRepository positions(m_database);
    // The import records one entry with its counts, not one per row.
    institutions.setAudited(false);
    people.setAudited(false);
    positions.setAudited(false);
    for (PlannedRow &row : plan.rows) {
        ImportRowReport &report = row.report;
        switch (report.outcome) {
        case ImportOutcome::Error:
            summary.failed << report.line;
            summary.rows << report;
            continue;
        case ImportOutcome::Unchanged:
        case ImportOutcome::Duplicate:
            summary.skipped << report.line;
            summary.rows << report;
            continue;
        case ImportOutcome::New: {
            auto id = people.add(row.person);
            if (!id) {
                return Error{id.error().code,
                             tr("Line %1: %2").arg(report.line).arg(id.error().message)};
            }
            report.personId = *id;
            summary.added << report.line;
            break;
        }
        case ImportOutcome::Update:
            if (row.personChanged) {
                if (auto done = people.update(row.person); !done) {
                    return Error{done.error().code,
                                 tr("Line %1: %2").arg(report.line).arg(done.error().message)};
                }
            }
            summary.updated << report.line;
            break;
        }
        if (row.position) {
            PlannedInstitution &institution = plan.institutions[row.institution];
            if (institution.existingId == 0) {
                Institution added;
                added.name = institution.name;
                added.kind = institution.kind;
                added.regionCode = institution.regionCode;
                auto id = institutions.add(added);
                if (!id) {
                    return Error{id.error().code,
                                 tr("Line %1: %2").arg(report.line).arg(id.error().message)};
                }
                institution.existingId = *id;
                ++summary.institutionsAdded;
            }
            row.position->personId = report.personId;
            row.position->institutionId = institution.existingId;
            if (auto id = positions.add(*row.position); !id) {
                return Error{id.error().code,
                             tr("Line %1: %2").arg(report.line).arg(id.error().message)};
            }
        }
        touched << report.personId;
        summary.rows << report;
    }
    if (auto done = stakeholderindex::refresh(m_database, touched); !done) {
        return done.error();
    }
    if (auto done = stakeholderindex::resume(m_database); !done) {
        return done.error();
    }
    // One audit record for the whole import (its rows are the file itself).
    const QJsonObject after{{QStringLiteral("file"), m_fileName},
                            {QStringLiteral("added"), summary.added.size()},
                            {QStringLiteral("updated"), summary.updated.size()},
                            {QStringLiteral("skipped"), summary.skipped.size()},
                            {QStringLiteral("failed"), summary.failed.size()},
                            {QStringLiteral("institutions_added"), summary.institutionsAdded}};
    if (auto done = AuditLog(m_database)
                        .record(AuditAction::Import, QStringLiteral("person"), 0,
                                QStringLiteral("%1: %2 added, %3 updated")
                                    .arg(m_fileName)
                                    .arg(summary.added.size())
                                    .arg(summary.updated.size()),
                                {}, after);
        !done) {
        return done.error();
    }
    if (auto done = transaction.commit(); !done) {
        return done.error();
    }
    return summary;
}

} // namespace sisambang::db
