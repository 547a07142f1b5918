// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QList>
#include <QString>

namespace sisambang::db {

class PreparedStatements;

class Database;

// The register's listing table and its full-text index, kept in step with
// people, positions, phones and institutions by triggers. Everything here is
// SQLite-specific (FTS5): a second backend replaces this file, not its callers.
namespace stakeholderindex {

// An FTS5 MATCH expression for what a person typed: every word a prefix,
// all words required, case and punctuation ignored, and the words written
// together tried too ("sungai selan" also finds "Sungaiselan"). Empty when
// the text holds no word.
QString matchExpression(const QString &typed);

// The SQL condition on stakeholder_listing.person_id for a MATCH bound as `?`.
QString matchCondition();

// A search's counts from one statement (one FTS evaluation per keystroke):
// the index matches (any status), the inactive people among them, and about
// how many people the listing holds (its highest id, read without a scan; at
// least the true count) for choosing the first page's plan.
struct MatchCounts
{
    int matched = 0;
    int inactive = 0;
    qint64 listedEstimate = 0;
};
Result<MatchCounts> matchCounts(PreparedStatements &statements, const QString &expression);
// The same without a search: everyone listed matches; counted from the table
// and the small index of inactive people.
Result<MatchCounts> listedCounts(PreparedStatements &statements);

// The index-hint clause that makes the listing be read in the order of
// `sortIndex` ("name", "jabatan", "institution", "desa", "kecamatan"): best
// when a search matches a good part of the register, since the first page is
// then found early in the index instead of sorting every match.
QString orderedScan(const QString &sortIndex);

// For bulk changes inside one transaction: stops the per-row triggers, then
// refreshes the listed people at once (rebuilding the listing when they are
// half of the register or more) and turns the triggers back on.
// Rolling the transaction back restores the triggers too.
Status suspend(const Database &database);
Status refresh(const Database &database, const QList<qint64> &personIds);
Status resume(const Database &database);

// Rebuilds the listing and the index from the tables (repair, after restores).
Status rebuild(const Database &database);
// FTS5 integrity check plus a comparison of the listing with its source.
Result<QStringList> problems(const Database &database);

} // namespace stakeholderindex

} // namespace sisambang::db
