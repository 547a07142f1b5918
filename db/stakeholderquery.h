// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "preparedstatements.h"
#include "result.h"
#include "stakeholderindex.h"
#include "stakeholderkinds.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sisambang::db {

class Database;

enum class ActiveFilter { Active, Inactive, All };

// What the register page filters on. Empty fields do not filter.
struct StakeholderFilter
{
    QString text;          // search as you type over name, jabatan, institution, desa
    QString regionCode;    // any level: a kecamatan, a desa, or the kabupaten
    QString kecamatanCode; // e.g. 19.04.06
    QString desaCode;      // e.g. 19.04.06.2001
    std::optional<InstitutionKind> institutionKind;
    std::optional<StakeholderCategory> category;
    ActiveFilter active = ActiveFilter::Active; // inactive people are hidden by default
};

enum class StakeholderSort { Name, Jabatan, Institution, Desa, Kecamatan };

// One line of the register: the person with the position shown for them now.
struct StakeholderRow
{
    qint64 personId = 0;
    QString fullName;
    QString nameKey; // sort key of the core name
    QString jabatan; // "Plt. Kepala Desa"; empty without a current position
    qint64 positionId = 0;
    QDate positionStart; // since when; invalid when not known
    qint64 institutionId = 0;
    QString institutionName;
    std::optional<InstitutionKind> institutionKind;
    QString regionCode;
    QString kecamatanCode;
    QString kecamatanName;
    QString desaCode;
    QString desaName;
    QStringList phones;   // stored form, main number first
    QString phoneDisplay; // the main number as the office writes it
    QString email;
    StakeholderCategory category = StakeholderCategory::Other;
    Gender gender = Gender::Unknown;
    bool active = true;
};

// Counting and paging over the register for a lazily fetched table: each page
// is read off an index in the sort order, so 100,000 people never load at
// once. page() takes an offset; pageAfter() continues from the last row read
// (keyset paging), which stays fast however deep the table is scrolled.
// Which fields of StakeholderRow a page fills. Listing: what the register
// table shows (id, name, jabatan, institution, desa, kecamatan, phones, active),
// the others left empty; reading fewer columns makes each page of a search
// cheaper to sort and to hand over.
enum class StakeholderFields { All, Listing };

class StakeholderQuery
{
    Q_DECLARE_TR_FUNCTIONS(StakeholderQuery)

public:
    explicit StakeholderQuery(const Database &database,
                              StakeholderFields fields = StakeholderFields::All)
        : m_database(database)
        , m_fields(fields)
        , m_statements(database)
    {
    }

    Result<int> count(const StakeholderFilter &filter) const;
    Result<QList<StakeholderRow>> page(const StakeholderFilter &filter, StakeholderSort sort,
                                       Qt::SortOrder order, int offset, int limit) const;
    Result<QList<StakeholderRow>> pageAfter(const StakeholderFilter &filter, StakeholderSort sort,
                                            Qt::SortOrder order, const StakeholderRow &last,
                                            int limit) const;
    // The row number a person has in this filter and order (how many rows come
    // before it), e.g. to scroll to someone just added. The person need not
    // match the filter.
    Result<int> positionOf(const StakeholderFilter &filter, StakeholderSort sort,
                           Qt::SortOrder order, qint64 personId) const;
    // One person's row, e.g. to refresh a table line after an edit.
    Result<StakeholderRow> row(qint64 personId) const;

private:
    Result<QList<StakeholderRow>> fetch(const StakeholderFilter &filter, StakeholderSort sort,
                                        Qt::SortOrder order, const StakeholderRow *after,
                                        int offset, int limit) const;
    // Counted again when `fresh` (the total shown must be exact), else the
    // last counts for the same expression are reused.
    Result<stakeholderindex::MatchCounts> matchCounts(const QString &expression, bool fresh) const;

    const Database &m_database;
    StakeholderFields m_fields;
    // The last search's counts: count() finds them, and the first page
    // (fetched right after for the same text) uses them to choose its plan
    // instead of counting again. Only the plan depends on them, so values that
    // are out of date cost speed, never correctness.
    mutable QString m_matched;
    mutable stakeholderindex::MatchCounts m_counts;
    // Searching as one types runs the same few statements at every keystroke.
    mutable PreparedStatements m_statements;
};

} // namespace sisambang::db
