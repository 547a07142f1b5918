// SPDX-License-Identifier: GPL-3.0-or-later
// The schedule's models on their own: the month calendar of March 2023 (Nyepi,
// cuti bersama, weekends, today, clashes), the list, and the filters.
#include "clashes.h"
#include "schedule/activitylistmodel.h"
#include "schedule/calendarmodel.h"
#include "schedule/schedulesnapshot.h"
#include "schedulefixture.h"

#include <QIcon>

using namespace sisambang;
using ui::CalendarModel;

namespace {

ui::ScheduleSnapshot load(test::ScheduleFixture &fixture, const CalendarModel &model,
                          const ui::ScheduleSelection &selection = {})
{
    auto snapshot = ui::ScheduleSnapshot::load(fixture.database.db(), selection, model.firstDay(),
                                               model.lastDay());
    INFO((snapshot ? QString() : snapshot.error().message).toStdString());
    REQUIRE(snapshot.ok());
    return *snapshot;
}

} // namespace

TEST_CASE("schedule: the month calendar of March 2023", "[schedule][calendar]")
{
    test::ScheduleFixture fixture;
    const qint64 morning = fixture.visit(test::nibung, QDate(2023, 3, 6), {fixture.anggota});
    const qint64 afternoon = fixture.visit(test::nibung, QDate(2023, 3, 6), {fixture.staf},
                                           db::ActivityStatus::Done, QTime(13, 30));
    const qint64 saturday = fixture.visit(test::padangMulia, QDate(2023, 3, 11));
    fixture.visit(test::padangMulia, QDate(2023, 3, 14), {}, db::ActivityStatus::Postponed);
    fixture.visit(test::padangMulia, QDate(2023, 4, 3)); // next month, outside the grid

    CalendarModel model;
    model.setToday(QDate(2023, 3, 15));
    model.showPeriod(CalendarModel::Span::Month, QDate(2023, 3, 17));
    model.setSnapshot(load(fixture, model));

    // Whole weeks from Monday 27 February to Sunday 2 April.
    CHECK(model.firstDay() == QDate(2023, 2, 27));
    CHECK(model.lastDay() == QDate(2023, 4, 2));
    CHECK(model.rowCount() == 5);
    CHECK(model.columnCount() == 7);
    CHECK(model.periodTitle() == QStringLiteral("Maret 2023"));
    CHECK(model.headerData(0, Qt::Horizontal).toString() == QStringLiteral("Senin"));
    CHECK(model.headerData(6, Qt::Horizontal).toString() == QStringLiteral("Minggu"));

    const ui::CalendarDay &first = model.day(model.index(0, 0));
    CHECK(first.date == QDate(2023, 2, 27));
    CHECK_FALSE(first.inPeriod);
    CHECK(model.day(model.index(0, 2)).date == QDate(2023, 3, 1));
    CHECK(model.day(model.index(0, 2)).inPeriod);

    // Weekends shaded, today marked, everything else plain.
    int weekends = 0;
    int todays = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < 7; ++column) {
            const ui::CalendarDay &day = model.day(model.index(row, column));
            CHECK(day.weekend == (column >= 5));
            weekends += day.weekend && day.inPeriod ? 1 : 0;
            todays += day.today ? 1 : 0;
        }
    }
    CHECK(weekends == 8); // 4-5, 11-12, 18-19, 25-26 March
    CHECK(todays == 1);
    CHECK(model.dayOf(QDate(2023, 3, 15))->today);

    // Nyepi and its cuti bersama from the holiday table.
    const ui::CalendarDay *nyepi = model.dayOf(QDate(2023, 3, 22));
    REQUIRE(nyepi);
    REQUIRE(nyepi->holiday.has_value());
    CHECK(nyepi->holiday->description.contains(QStringLiteral("Nyepi")));
    CHECK(nyepi->holiday->kind == db::HolidayKind::National);
    CHECK(model.data(model.indexOf(QDate(2023, 3, 22)), Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("Nyepi")));
    const ui::CalendarDay *leave = model.dayOf(QDate(2023, 3, 23));
    REQUIRE(leave->holiday.has_value());
    CHECK(leave->holiday->kind == db::HolidayKind::CollectiveLeave);
    int holidays = 0;
    for (QDate date = model.firstDay(); date <= model.lastDay(); date = date.addDays(1)) {
        holidays += model.dayOf(date)->holiday ? 1 : 0;
    }
    CHECK(holidays == 2);

    // Activities by day with their status colour; two in one desa on one day
    // clash (both flagged), and so does the Saturday visit.
    const ui::CalendarDay *sixth = model.dayOf(QDate(2023, 3, 6));
    REQUIRE(sixth->entries.size() == 2);
    CHECK(sixth->entries.at(0).key == morning);
    CHECK(sixth->entries.at(1).key == afternoon);
    CHECK(sixth->entries.at(0).label == QStringLiteral("Nibung"));
    CHECK(sixth->entries.at(0).colour == ui::activityStatusColour(db::ActivityStatus::Planned));
    CHECK(sixth->entries.at(1).colour == ui::activityStatusColour(db::ActivityStatus::Done));
    CHECK(sixth->entries.at(0).openClashes >= 1);
    CHECK(sixth->entries.at(1).openClashes >= 1);
    CHECK(sixth->entries.at(0).toolTip.contains(QStringLiteral("Nibung")));
    const ui::CalendarDay *eleventh = model.dayOf(QDate(2023, 3, 11));
    REQUIRE(eleventh->entries.size() == 1);
    CHECK(eleventh->entries.first().key == saturday);
    CHECK(eleventh->entries.first().openClashes == 1);
    CHECK(model.dayOf(QDate(2023, 3, 14))->entries.first().status == db::ActivityStatus::Postponed);
    CHECK(model.dayOf(QDate(2023, 3, 7))->entries.isEmpty());
    CHECK(model.data(model.indexOf(QDate(2023, 3, 6)), CalendarModel::EntryCountRole).toInt() == 2);
    int entries = 0;
    for (QDate date = model.firstDay(); date <= model.lastDay(); date = date.addDays(1)) {
        entries += static_cast<int>(model.dayOf(date)->entries.size());
    }
    CHECK(entries == 4);

    // Accepted with a reason, the Saturday clash is no longer open.
    REQUIRE(db::ClashDetector(fixture.database.db())
                .accept(saturday, db::ClashRule::NonWorkingDay, 0,
                        QStringLiteral("Warga hanya bisa hadir pada hari Sabtu"))
                .ok());
    model.setSnapshot(load(fixture, model));
    CHECK(model.dayOf(QDate(2023, 3, 11))->entries.first().openClashes == 0);
    CHECK(model.dayOf(QDate(2023, 3, 11))->entries.first().acceptedClashes == 1);
    CHECK(model.dayOf(QDate(2023, 3, 11))
              ->entries.first()
              .toolTip.contains(QStringLiteral("Warga hanya bisa hadir")));
}

TEST_CASE("schedule: the week view and month navigation", "[schedule][calendar]")
{
    CalendarModel model;
    model.showPeriod(CalendarModel::Span::Week, QDate(2023, 3, 22));
    CHECK(model.rowCount() == 1);
    CHECK(model.firstDay() == QDate(2023, 3, 20));
    CHECK(model.lastDay() == QDate(2023, 3, 26));
    CHECK(model.day(model.index(0, 0)).inPeriod);
    CHECK(model.step(1) == QDate(2023, 3, 27));
    CHECK(model.step(-1) == QDate(2023, 3, 13));

    model.showPeriod(CalendarModel::Span::Month, QDate(2023, 3, 31));
    CHECK(model.step(1) == QDate(2023, 4, 1));
    CHECK(model.step(-1) == QDate(2023, 2, 1));
    // A month of six weeks: July 2023 runs from a Saturday to a Monday.
    model.showPeriod(CalendarModel::Span::Month, QDate(2023, 7, 10));
    CHECK(model.rowCount() == 6);
    CHECK(model.firstDay() == QDate(2023, 6, 26));
    CHECK(model.lastDay() == QDate(2023, 8, 6));
}

TEST_CASE("schedule: the list model shows every column", "[schedule][list]")
{
    test::ScheduleFixture fixture;
    const qint64 first = fixture.visit(test::nibung, QDate(2023, 3, 6), {fixture.anggota});
    fixture.visit(test::padangMulia, QDate(2023, 3, 6), {fixture.anggota});
    fixture.visit(test::padangMulia, QDate(2023, 3, 8), {fixture.staf}, db::ActivityStatus::Done,
                  QTime(13, 30));

    auto snapshot = ui::ScheduleSnapshot::load(fixture.database.db(), {}, QDate(2023, 3, 1),
                                               QDate(2023, 3, 31));
    REQUIRE(snapshot.ok());
    ui::ActivityListModel model;
    model.setTimeZoneLabel(QStringLiteral("WIB"));
    model.setSnapshot(*snapshot);
    REQUIRE(model.rowCount() == 3);
    REQUIRE(model.columnCount() == 9);
    using M = ui::ActivityListModel;
    CHECK(model.headerData(M::DateColumn, Qt::Horizontal).toString() == M::columnTitle(0));
    CHECK(model.keyAt(0) == first);
    CHECK(model.rowOf(first) == 0);
    CHECK(model.text(0, M::DateColumn) == QStringLiteral("Sen 06-03-2023"));
    CHECK(model.text(0, M::TimeColumn) == QStringLiteral("09.00-11.00 WIB"));
    CHECK(model.text(0, M::KecamatanColumn) == QStringLiteral("Koba"));
    CHECK(model.text(0, M::DesaColumn) == QStringLiteral("Desa Nibung"));
    CHECK(model.text(0, M::KindColumn) == ui::activityKindText(db::ActivityKind::VillageVisit));
    CHECK(model.text(0, M::VenueColumn) == QStringLiteral("Kantor Desa Nibung"));
    CHECK(model.text(0, M::OfficersColumn) == QStringLiteral("Yaumil Ikrom"));
    CHECK(model.text(0, M::StatusColumn) == ui::activityStatusText(db::ActivityStatus::Planned));
    CHECK(model.text(2, M::TimeColumn) == QStringLiteral("13.30-15.30 WIB"));
    CHECK(model.text(2, M::DesaColumn) == QStringLiteral("Kelurahan Padang Mulia"));
    CHECK(model.text(2, M::StatusColumn) == ui::activityStatusText(db::ActivityStatus::Done));

    // The same officer in two desa at the same hour: both rows flagged.
    for (int row : {0, 1}) {
        INFO("row " << row);
        CHECK_FALSE(model.text(row, M::ClashColumn).isEmpty());
        CHECK_FALSE(model.data(model.index(row, M::ClashColumn), Qt::DecorationRole)
                        .value<QIcon>()
                        .isNull());
        CHECK(model.data(model.index(row, M::ClashColumn), Qt::ToolTipRole)
                  .toString()
                  .contains(QStringLiteral("Yaumil Ikrom")));
    }
    CHECK(model.text(2, M::ClashColumn).isEmpty());
    CHECK(model.data(model.index(2, M::StatusColumn), Qt::DecorationRole).value<QColor>() ==
          ui::activityStatusColour(db::ActivityStatus::Done));
}

TEST_CASE("schedule: filters by kecamatan officer status and agreement", "[schedule][filters]")
{
    test::ScheduleFixture fixture;
    fixture.visit(test::nibung, QDate(2023, 3, 6), {fixture.anggota});
    fixture.visit(test::padangMulia, QDate(2023, 3, 7), {fixture.staf}, db::ActivityStatus::Done);
    // Lubuk Besar, not under the Koba MoU.
    db::Activity other;
    other.regionCode = QStringLiteral("19.04.06.2003");
    other.date = QDate(2023, 3, 8);
    other.officers = {{fixture.staf, db::OfficerRole::Companion}};
    REQUIRE(db::ActivityRepository(fixture.database.db()).add(other).ok());

    const auto count = [&](const ui::ScheduleSelection &selection) {
        auto snapshot = ui::ScheduleSnapshot::load(fixture.database.db(), selection,
                                                   QDate(2023, 3, 1), QDate(2023, 3, 31));
        REQUIRE(snapshot.ok());
        return snapshot->activities.size();
    };
    CHECK(count({}) == 3);
    CHECK(count({.kecamatanCode = QStringLiteral("19.04.01")}) == 2);
    CHECK(count({.kecamatanCode = QStringLiteral("19.04.06")}) == 1);
    CHECK(count({.officerId = fixture.staf}) == 2);
    CHECK(count({.officerId = fixture.ketua}) == 0);
    CHECK(count({.status = db::ActivityStatus::Done}) == 1);
    CHECK(count({.agreementId = fixture.agreementId}) == 2);
    CHECK(count({.kecamatanCode = QStringLiteral("19.04.01"), .officerId = fixture.staf}) == 1);
    // Outside the period nothing shows.
    auto april = ui::ScheduleSnapshot::load(fixture.database.db(), {}, QDate(2023, 4, 1),
                                            QDate(2023, 4, 30));
    REQUIRE(april.ok());
    CHECK(april->activities.isEmpty());
}
