// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"
#include "letternumbers.h"
#include "officeprofile.h"
#include "testdatabase.h"

#include <catch2/catch.hpp>

#include <QSet>
#include <QThread>

#include <atomic>

using namespace sisambang;
using namespace sisambang::db;

namespace {

void setUnit(Database &database, const QString &unit)
{
    OfficeProfileStore store(database);
    auto profile = store.load();
    REQUIRE(profile.ok());
    profile->unitCode = unit;
    REQUIRE(store.save(*profile).ok());
}

} // namespace

TEST_CASE("Letter numbers follow the default format", "[numbering]")
{
    CHECK(formatLetterNumber(QLatin1String(defaultLetterNumberFormat), 1, 0,
                             QStringLiteral("PM.04"), QStringLiteral("K.BB-04"),
                             QDate(2023, 2, 20)) == QStringLiteral("001/PM.04/K.BB-04/02/2023"));
    CHECK(formatLetterNumber(QLatin1String(defaultLetterNumberFormat), 5, 1,
                             QStringLiteral("HK.02"), QString(),
                             QDate(2023, 11, 3)) == QStringLiteral("005.1/HK.02/11/2023"));

    test::TestDatabase fixture;
    setUnit(fixture.db(), QStringLiteral("K.BB-04"));
    LetterNumbering numbering(fixture.db());
    auto proposed = numbering.propose(QStringLiteral("PM.04"), QDate(2023, 2, 20));
    REQUIRE(proposed.ok());
    CHECK(*proposed == QStringLiteral("001/PM.04/K.BB-04/02/2023"));
    auto first =
        numbering.issue(QStringLiteral("PM.04"), QDate(2023, 2, 20), QStringLiteral("MoU Koba"));
    REQUIRE(first.ok());
    CHECK(first->number == *proposed);
}

TEST_CASE("Sequences count per classification and year and never repeat", "[numbering]")
{
    test::TestDatabase fixture;
    setUnit(fixture.db(), QStringLiteral("K.BB-04"));
    LetterNumbering numbering(fixture.db());
    CHECK(numbering.issue(QStringLiteral("PM.04"), QDate(2023, 2, 1))->seq == 1);
    CHECK(numbering.issue(QStringLiteral("PM.04"), QDate(2023, 2, 2))->seq == 2);
    CHECK(numbering.issue(QStringLiteral("HM.02"), QDate(2023, 2, 2))->seq == 1);
    CHECK(numbering.issue(QStringLiteral("PM.04"), QDate(2024, 1, 2))->seq == 1); // new year
    auto third = numbering.issue(QStringLiteral("PM.04"), QDate(2023, 3, 1));
    CHECK(third->number == QStringLiteral("003/PM.04/K.BB-04/03/2023"));
    CHECK(numbering.find(third->number)->id == third->id);
    CHECK(numbering.issued(2023)->size() == 4);
    auto unknown = numbering.issue(QStringLiteral("ZZ.99"), QDate(2023, 3, 1));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message.contains(QStringLiteral("ZZ.99")));
}

TEST_CASE("A backdated number takes a suffix instead of a used sequence", "[numbering]")
{
    test::TestDatabase fixture;
    LetterNumbering numbering(fixture.db());
    REQUIRE(numbering.issue(QStringLiteral("PM.04"), QDate(2023, 2, 1)).ok());  // 001
    REQUIRE(numbering.issue(QStringLiteral("PM.04"), QDate(2023, 2, 10)).ok()); // 002
    REQUIRE(numbering.issue(QStringLiteral("PM.04"), QDate(2023, 2, 20)).ok()); // 003
    auto backdated = numbering.issue(QStringLiteral("PM.04"), QDate(2023, 2, 15));
    REQUIRE(backdated.ok());
    CHECK(backdated->seq == 2);
    CHECK(backdated->suffix == 1);
    CHECK(backdated->number.startsWith(QStringLiteral("002.1/")));
    auto again = numbering.issue(QStringLiteral("PM.04"), QDate(2023, 2, 12));
    CHECK(again->number.startsWith(QStringLiteral("002.2/")));
    auto next = numbering.issue(QStringLiteral("PM.04"), QDate(2023, 2, 21));
    CHECK(next->number.startsWith(QStringLiteral("004/")));
}

TEST_CASE("The number format and classifications are checked", "[numbering]")
{
    test::TestDatabase fixture;
    LetterNumbering numbering(fixture.db());
    CHECK_FALSE(numbering.setFormat(QStringLiteral("{classification}/{year}")).ok());
    REQUIRE(
        numbering.setFormat(QStringLiteral("B-{seq}/{unit}/{classification}/{month}/{year}")).ok());
    CHECK(numbering.propose(QStringLiteral("PM.04"), QDate(2023, 2, 20))
              ->startsWith(QStringLiteral("B-001/")));
    CHECK_FALSE(numbering.saveClassification({QStringLiteral("pm 4"), QStringLiteral("x")}).ok());
    CHECK_FALSE(numbering.saveClassification({QStringLiteral("PM.09"), QString()}).ok());
    REQUIRE(numbering.saveClassification({QStringLiteral("pm.09"), QStringLiteral("Uji")}).ok());
    auto classifications = numbering.classifications();
    REQUIRE(classifications.ok());
    QStringList codes;
    for (const auto &classification : *classifications) {
        codes << classification.code;
    }
    CHECK(codes.contains(QStringLiteral("PM.09")));
    for (const char *seeded : {"PM", "PP", "HM", "HK", "KA"}) {
        CHECK(codes.contains(QLatin1String(seeded)));
    }
}

TEST_CASE("Two connections giving numbers at once never collide", "[numbering]")
{
    test::TestDatabase fixture;
    fixture.close();
    const QString path = fixture.path();
    std::atomic<int> failures{0};
    QStringList numbers[2];
    auto worker = [&](int index) {
        auto database = Database::open(path);
        if (!database) {
            ++failures;
            return;
        }
        LetterNumbering numbering(**database);
        for (int i = 0; i < 40; ++i) {
            auto number = numbering.issue(QStringLiteral("PM.04"), QDate(2023, 5, 2));
            if (number) {
                numbers[index] << number->number;
            } else {
                ++failures;
            }
        }
    };
    std::unique_ptr<QThread> a(QThread::create(worker, 0));
    std::unique_ptr<QThread> b(QThread::create(worker, 1));
    a->start();
    b->start();
    a->wait();
    b->wait();
    CHECK(failures == 0);
    QSet<QString> unique;
    for (const auto &list : numbers) {
        for (const QString &number : list) {
            unique.insert(number);
        }
    }
    CHECK(unique.size() == 80);
    CHECK(unique.contains(QStringLiteral("080/PM.04/05/2023")));
}
