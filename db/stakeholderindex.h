// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QList>
#include <QString>

namespace sisambang::db {

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

// How many people a MATCH expression finds in the index (any status, any filter).
Result<int> matchCount(const Database &database, const QString &expression);

// How many people are listed, all or only the inactive ones, optionally only
// those a MATCH expression finds: counted from the index and the small set of
// inactive people, never by reading every listed row.
Result<int> countListed(const Database &database, const QString &expression);
Result<int> countInactive(const Database &database, const QString &expression);
// About how many people the listing holds (its highest id), read without a scan;
// at least the true count.
Result<qint64> listedEstimate(const Database &database);

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
