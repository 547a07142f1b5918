// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "preparedstatements.h"
#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace sisambang::db {

class Database;
struct Person;

enum class DuplicateReason {
    SameNameSameRegion, // the same core name in the same kelurahan/desa (or both without one)
    SamePhone,          // one of the phone numbers is already someone's
};

struct LikelyDuplicate
{
    qint64 personId = 0;
    QString fullName;
    bool active = true;
    DuplicateReason reason = DuplicateReason::SameNameSameRegion;
    QString detail; // the shared phone as displayed, or the region's name

    // "Sahabudin (same name in Desa Perlang)": for flags and import reports.
    QString describe() const;
};

// Finds the people a new or edited person probably already is, so the form
// and the import can flag them before a second record is made.
class DuplicateFinder
{
    Q_DECLARE_TR_FUNCTIONS(DuplicateFinder)

public:
    explicit DuplicateFinder(const Database &database)
        : m_database(database)
        , m_statements(database)
    {
    }

    // `regionCodes`: where the person belongs beyond person.regionCode, e.g.
    // the region of the institution of the position being entered with them.
    // Excludes person.id itself; name matches first, then phone matches.
    Result<QList<LikelyDuplicate>> find(const Person &person,
                                        const QStringList &regionCodes = {}) const;

    // For checking many people in a row (an import): reads every name key and
    // phone number in the register once, so that a person whose key and phones
    // appear nowhere is answered without a query. Call it again after writing
    // to the register; find() trusts it until then.
    Status preload();
    // Back to asking the database for every person.
    void forgetPreload();

    // Every group of likely duplicates in the register (ids, lowest first), for
    // a clean-up list: same core name in the same place, or a shared phone.
    Result<QList<QList<qint64>>> groups() const;

private:
    QString placeName(const QString &code) const;

    const Database &m_database;
    mutable PreparedStatements m_statements;
    mutable QHash<QString, QString> m_placeNames;
    std::optional<QSet<QString>> m_knownKeys;
    std::optional<QSet<QString>> m_knownPhones;
};

} // namespace sisambang::db
