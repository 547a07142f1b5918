// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "preparedstatements.h"
#include "records.h"
#include "result.h"
#include "stakeholderkinds.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace sisambang::db {

class Database;

// An office or organisation people hold positions at: the Bawaslu office, a
// kantor kecamatan or desa, a polsek, a koramil, an ormas, a newspaper.
struct Institution
{
    qint64 id = 0;
    QString name; // "Kantor Camat Lubuk Besar", "Polsek Koba"
    InstitutionKind kind = InstitutionKind::Other;
    QString regionCode; // the kecamatan or kelurahan/desa it serves (or the kabupaten)
    QString address;
    QString phone; // stored form (+62...), or empty
    bool active = true;
    int version = 0;
};

struct InstitutionFilter
{
    std::optional<InstitutionKind> kind;
    QString regionCode; // this region and every region under it
    QString text;       // words of the name, each a prefix ("kantor des")
    bool includeInactive = false;
};

class InstitutionRepository
{
    Q_DECLARE_TR_FUNCTIONS(InstitutionRepository)

public:
    explicit InstitutionRepository(const Database &database)
        : m_database(database)
        , m_statements(database)
        , m_regions(database)
    {
    }

    Result<Institution> find(qint64 id) const;
    // Ordered by region then name.
    Result<QList<Institution>> list(const InstitutionFilter &filter = {}) const;
    // The institution of that name (case, spacing and punctuation aside) in that region.
    Result<std::optional<Institution>> findByName(const QString &name,
                                                  const QString &regionCode) const;

    // Field problems as a form shows them: name required, phone format, region.
    QList<FieldProblem> validate(const Institution &institution) const;
    // Adds a valid institution; the phone may be written any usual way.
    Result<qint64> add(const Institution &institution);
    // Saves the changes if nobody changed the row since `institution.version`
    // (else Conflict); on success `institution.version` is the new version.
    Status update(Institution &institution);
    // Deletes it, or deactivates it when positions refer to it.
    Result<RemoveOutcome> remove(qint64 id, int version);
    Status setActive(qint64 id, int version, bool active);

    // Bulk writers (imports, the demo) record one summary entry of their own
    // instead of one audit entry per row.
    void setAudited(bool audited) { m_audited = audited; }

private:
    QString searchKey(const Institution &institution) const;

    bool m_audited = true;
    const Database &m_database;
    mutable PreparedStatements m_statements;
    mutable RegionNames m_regions;
};

} // namespace sisambang::db
