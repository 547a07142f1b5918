// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "sqlite.h"
#include "stakeholdercolumns.h"
#include "tablefile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace sisambang::db {

class Database;
struct ImportPlan;

enum class ImportOutcome {
    New,       // a person not in the register yet: added
    Update,    // a person already there: the row adds or changes something
    Unchanged, // a person already there with everything the row says: skipped
    Duplicate, // repeats an earlier row, or likely someone already there: skipped
    Error,     // the form would refuse it, or a name is unknown: not imported
};

QString importOutcomeKey(ImportOutcome outcome); // "new", "update", ...

// What happens (or happened) to one row of the file.
struct ImportRowReport
{
    int line = 0; // the line in the CSV, the row in the sheet
    ImportOutcome outcome = ImportOutcome::Error;
    QString name;         // the full name as read
    QString where;        // "Kepala Desa, Kantor Desa Perlang"
    QStringList reasons;  // errors, the duplicate found, or the changes of an update
    QStringList warnings; // imported anyway, but worth a look
    qint64 personId = 0;  // the person matched, or after a commit the one added
};

struct ImportPreview
{
    QList<ImportRowReport> rows;
    int newInstitutions = 0;
    int count(ImportOutcome outcome) const;
    bool hasErrors() const { return count(ImportOutcome::Error) > 0; }
};

struct ImportSummary
{
    QList<int> added; // lines
    QList<int> updated;
    QList<int> skipped; // unchanged and duplicates
    QList<int> failed;  // errors left out with skipErrors
    int institutionsAdded = 0;
    QList<ImportRowReport> rows;
};

struct ImportOptions
{
    // Import the good rows and leave out the errors; without it any error
    // means nothing is written.
    bool skipErrors = false;
};

// Importing the stakeholder register from the spreadsheets offices keep.
// load() reads the file and recognises its headers; the mapping can then be
// changed; preview() tells every row's outcome without writing anything;
// commit() writes all of it in one transaction, or nothing. Importing the same
// file again adds nothing: every row is then Unchanged.
class StakeholderImport
{
    Q_DECLARE_TR_FUNCTIONS(StakeholderImport)
    Q_DISABLE_COPY_MOVE(StakeholderImport)

public:
    explicit StakeholderImport(Database &database);
    ~StakeholderImport();

    // Reads a .csv or .xlsx file and maps its header row.
    Status load(const QString &path);
    // The same from a table already read (the first record is the header).
    void setTable(Table table);

    QStringList headers() const;
    QStringList unrecognisedHeaders() const { return m_unrecognised; }
    ColumnMapping mapping() const { return m_mapping; }
    void setMapping(const ColumnMapping &mapping);

    Result<ImportPreview> preview() const;
    Result<ImportSummary> commit(const ImportOptions &options = {});

private:
    // Plans the rows; the plan is kept with the database's change stamp, so
    // that a commit right after a preview (nothing written in between) writes
    // the plan it showed instead of planning every row again.
    Result<ImportPlan> plan() const;

    Database &m_database;
    Table m_table;
    ColumnMapping m_mapping;
    QStringList m_unrecognised;
    QString m_fileName; // for the audit record
    mutable std::unique_ptr<ImportPlan> m_plan;
    mutable sqlite::ChangeStamp m_planStamp;
};

} // namespace sisambang::db
