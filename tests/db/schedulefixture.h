// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Builders for schedule tests: agreements over chosen desa, officers, and
// activities in one line each.

#include "activities.h"
#include "agreements.h"
#include "query.h"
#include "regions.h"
#include "registerfixture.h"

namespace sisambang::test {

// Every kelurahan/desa of the kecamatan (or kabupaten, or province), by code.
inline QStringList villagesUnder(db::Database &database, const QString &code)
{
    auto villages = db::RegionRepository(database).villagesUnder(code);
    REQUIRE(villages.ok());
    QStringList codes;
    for (const db::Region &village : *villages) {
        codes << village.code;
    }
    return codes;
}

// An agreement over the given desa, stored directly with the status given
// (parties are not what the schedule looks at).
inline qint64 addAgreement(db::Database &database, const QStringList &villages,
                           db::AgreementStatus status = db::AgreementStatus::Signed,
                           const QDate &validFrom = QDate(2023, 2, 20),
                           const QDate &validUntil = QDate(2025, 2, 19))
{
    db::Agreement agreement;
    agreement.title = QStringLiteral("Sambang Pengawasan (uji)");
    agreement.status = status;
    agreement.validFrom = validFrom;
    agreement.validUntil = validUntil;
    if (status != db::AgreementStatus::Draft) {
        agreement.signedOn = validFrom;
    }
    agreement.villageCodes = villages;
    auto id = db::AgreementRepository(database).add(agreement);
    INFO((id ? QString() : id.error().message).toStdString());
    REQUIRE(id.ok());
    return *id;
}

inline db::Activity activityAt(const QString &region, const QDate &date,
                               const QTime &start = QTime(9, 0), const QTime &end = QTime(12, 0))
{
    db::Activity activity;
    activity.regionCode = region;
    activity.date = date;
    activity.start = start;
    activity.end = end;
    return activity;
}

inline qint64 addActivity(db::Database &database, const db::Activity &activity)
{
    auto id = db::ActivityRepository(database).add(activity);
    INFO((id ? QString() : id.error().message).toStdString());
    REQUIRE(id.ok());
    return *id;
}

inline int countRows(db::Database &database, const QString &table)
{
    auto count = db::Query(database, QStringLiteral("SELECT count(*) FROM ") + table).scalar();
    REQUIRE(count.ok());
    return count->toInt();
}

} // namespace sisambang::test
