// SPDX-License-Identifier: GPL-3.0-or-later
// Page "Jadwal" driven as a clerk would: create an activity (and one that
// clashes), reschedule it with a reason, mark it done; keyboard navigation;
// the exports.
#include "attendance.h"
#include "clashes.h"
#include "schedule/activitydialog.h"
#include "schedule/activitylistmodel.h"
#include "schedule/calendarmodel.h"
#include "schedule/calendarview.h"
#include "schedule/clashpanel.h"
#include "schedule/officertable.h"
#include "schedule/rescheduledialog.h"
#include "schedule/schedulepage.h"
#include "schedule/slotedit.h"
#include "schedulefixture.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace sisambang;

namespace {

// Runs `act` on the dialog once it is shown modally; closes it afterwards if
// `act` left it open, so that a failing test never hangs.
template<typename Dialog> void whenModal(std::function<void(Dialog *)> act)
{
    QTimer::singleShot(0, [act] {
        auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
        CHECK(dialog != nullptr);
        if (dialog == nullptr) {
            if (auto *other = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
                other->reject();
            }
            return;
        }
        act(dialog);
        if (dialog->isVisible()) {
            dialog->reject();
        }
    });
}

QList<db::Activity> stored(test::ScheduleFixture &fixture)
{
    auto all = db::ActivityRepository(fixture.database.db()).list();
    REQUIRE(all.ok());
    return *all;
}

} // namespace

TEST_CASE("gui: the schedule page creates reschedules and marks an activity done",
          "[gui][schedule]")
{
    test::ScheduleFixture fixture;
    auto context = fixture.context();
    ui::SchedulePage page(context);
    page.resize(1280, 800);
    page.show();
    page.showDate(QDate(2023, 3, 1));
    CHECK(page.periodLabel()->text() == QStringLiteral("Maret 2023"));
    CHECK(page.listModel()->rowCount() == 0);
    // The main window must still fit 1000 x 700 with this page in it.
    INFO("minimum " << page.minimumSizeHint().width() << " x " << page.minimumSizeHint().height());
    CHECK(page.minimumSizeHint().width() < 760);
    CHECK(page.minimumSizeHint().height() < 600);
    page.calendarView()->setCurrentDate(QDate(2023, 3, 6));

    whenModal<ui::ActivityDialog>([&](ui::ActivityDialog *dialog) {
        CHECK(dialog->slotEdit()->date() == QDate(2023, 3, 6));
        CHECK(dialog->slotEdit()->isEnabled());
        dialog->setRegion(test::nibung);
        CHECK(dialog->venueEdit()->text() == QStringLiteral("Kantor Desa Nibung"));
        dialog->agreementBox()->setCurrentIndex(
            dialog->agreementBox()->findData(fixture.agreementId));
        dialog->topicEdit()->setText(QStringLiteral("Netralitas aparatur desa"));
        dialog->officerTable()->addOfficer(fixture.anggota, db::OfficerRole::Speaker);
        CHECK(dialog->clashPanel()->isHidden());
        dialog->findChild<QPushButton *>(QStringLiteral("save"))->click();
        CHECK_FALSE(dialog->isVisible());
    });
    page.action(QStringLiteral("newActivity"))->trigger();
    QList<db::Activity> activities = stored(fixture);
    REQUIRE(activities.size() == 1);
    const db::Activity first = activities.first();
    CHECK(first.regionCode == test::nibung);
    CHECK(first.agreementId == fixture.agreementId);
    CHECK(first.date == QDate(2023, 3, 6));
    REQUIRE(first.officers.size() == 1);
    CHECK(first.officers.first().personId == fixture.anggota);
    CHECK(page.listModel()->rowCount() == 1);
    CHECK(page.selectedActivityId() == first.id);
    CHECK(page.calendarModel()->dayOf(QDate(2023, 3, 6))->entries.size() == 1);

    // A second activity in Nibung that afternoon clashes: refused until the
    // clerk gives the reason, which is kept.
    whenModal<ui::ActivityDialog>([&](ui::ActivityDialog *dialog) {
        dialog->setRegion(test::nibung);
        dialog->kindBox()->setCurrentIndex(
            dialog->kindBox()->findData(static_cast<int>(db::ActivityKind::Socialisation)));
        dialog->slotEdit()->setSlot(QDate(2023, 3, 6), QTime(13, 30), QTime(15, 30));
        CHECK(dialog->clashPanel()->isVisibleTo(dialog));
        CHECK_FALSE(dialog->clashPanel()->openClashes().isEmpty());
        dialog->findChild<QPushButton *>(QStringLiteral("save"))->click();
        CHECK(dialog->isVisible());
        CHECK(stored(fixture).size() == 1);
        dialog->clashPanel()->reasonEdit()->setText(
            QStringLiteral("Sosialisasi karang taruna sesudah sambang"));
        dialog->findChild<QPushButton *>(QStringLiteral("save"))->click();
        CHECK_FALSE(dialog->isVisible());
    });
    page.action(QStringLiteral("newActivity"))->trigger();
    activities = stored(fixture);
    REQUIRE(activities.size() == 2);
    const qint64 second = activities.at(1).id;
    auto clashes = db::ClashDetector(fixture.database.db()).find({});
    REQUIRE(clashes.ok());
    REQUIRE_FALSE(clashes->isEmpty());
    for (const db::Clash &clash : *clashes) {
        CHECK(clash.accepted);
        CHECK(clash.acceptedReason == QStringLiteral("Sosialisasi karang taruna sesudah sambang"));
    }
    const ui::CalendarDay *sixth = page.calendarModel()->dayOf(QDate(2023, 3, 6));
    REQUIRE(sixth->entries.size() == 2);
    CHECK(sixth->entries.at(1).key == second);
    CHECK(sixth->entries.at(1).openClashes == 0);
    CHECK(sixth->entries.at(1).acceptedClashes >= 1);

    // Reschedule the first visit to 8 March: the reason is required.
    page.selectActivity(first.id);
    CHECK(page.action(QStringLiteral("reschedule"))->isEnabled());
    whenModal<ui::RescheduleDialog>([&](ui::RescheduleDialog *dialog) {
        CHECK(dialog->history()->rowCount() == 0);
        dialog->slotEdit()->setSlot(QDate(2023, 3, 8), QTime(9, 0), QTime(11, 0));
        dialog->accept();
        CHECK(dialog->isVisible());
        dialog->reasonEdit()->setText(QStringLiteral("Kepala desa meminta hari lain"));
        dialog->accept();
        CHECK_FALSE(dialog->isVisible());
    });
    page.action(QStringLiteral("reschedule"))->trigger();
    auto moved = db::ActivityRepository(fixture.database.db()).find(first.id);
    REQUIRE(moved.ok());
    CHECK(moved->date == QDate(2023, 3, 8));
    auto history = db::ActivityRepository(fixture.database.db()).history(first.id);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 1);
    CHECK(history->first().oldDate == QDate(2023, 3, 6));
    CHECK(history->first().reason == QStringLiteral("Kepala desa meminta hari lain"));
    CHECK(page.calendarModel()->dayOf(QDate(2023, 3, 8))->entries.size() == 1);
    CHECK(page.selectedActivityId() == first.id);

    // The move shows in the reschedule dialog's history next time.
    whenModal<ui::RescheduleDialog>([&](ui::RescheduleDialog *dialog) {
        REQUIRE(dialog->history()->rowCount() == 1);
        CHECK(dialog->history()->item(0, 2)->text() ==
              QStringLiteral("Kepala desa meminta hari lain"));
    });
    page.action(QStringLiteral("reschedule"))->trigger();

    // Mark it done (Ctrl+D) once who came is recorded: no longer movable, can go back to planned.
    REQUIRE(db::AttendanceRepository(fixture.database.db())
                .addWalkIn(first.id, {.name = QStringLiteral("Kepala Desa")})
                .ok());
    CHECK(page.action(QStringLiteral("markDone"))->shortcut() ==
          QKeySequence(Qt::CTRL | Qt::Key_D));
    page.action(QStringLiteral("markDone"))->trigger();
    auto done = db::ActivityRepository(fixture.database.db()).find(first.id);
    REQUIRE(done.ok());
    CHECK(done->status == db::ActivityStatus::Done);
    CHECK_FALSE(page.action(QStringLiteral("reschedule"))->isEnabled());
    CHECK_FALSE(page.action(QStringLiteral("markDone"))->isEnabled());
    CHECK(page.action(QStringLiteral("replan"))->isEnabled());
    CHECK(page.calendarModel()->dayOf(QDate(2023, 3, 8))->entries.first().status ==
          db::ActivityStatus::Done);
    CHECK(page.details()->text().contains(QStringLiteral("Yaumil Ikrom")));

    // The list view shows the same, with the status.
    page.setView(ui::SchedulePage::View::List);
    REQUIRE(page.listModel()->rowCount() == 2);
    const int row = page.listModel()->rowOf(first.id);
    CHECK(page.listModel()->text(row, ui::ActivityListModel::StatusColumn) ==
          ui::activityStatusText(db::ActivityStatus::Done));
}

TEST_CASE("gui: the schedule page is driven by the keyboard", "[gui][schedule]")
{
    test::ScheduleFixture fixture;
    fixture.visit(test::nibung, QDate(2023, 3, 6));
    auto context = fixture.context();
    ui::SchedulePage page(context);
    page.resize(1280, 800);
    page.show();
    QApplication::setActiveWindow(&page);
    REQUIRE(QTest::qWaitForWindowActive(&page));
    page.showDate(QDate(2023, 3, 15));
    page.calendarView()->setFocus();

    QTest::keyClick(page.calendarView(), Qt::Key_PageDown);
    CHECK(page.periodLabel()->text() == QStringLiteral("April 2023"));
    QTest::keyClick(page.calendarView(), Qt::Key_PageUp);
    QTest::keyClick(page.calendarView(), Qt::Key_PageUp);
    CHECK(page.periodLabel()->text() == QStringLiteral("Februari 2023"));
    QTest::keyClick(page.calendarView(), Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(page.view() == ui::SchedulePage::View::Week);
    CHECK(page.calendarModel()->rowCount() == 1);
    QTest::keyClick(page.calendarView(), Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(page.view() == ui::SchedulePage::View::Month);
    QTest::keyClick(page.calendarView(), Qt::Key_T, Qt::ControlModifier);
    CHECK(page.calendarModel()->anchor() ==
          QDate(QDate::currentDate().year(), QDate::currentDate().month(), 1));
    page.showDate(QDate(2023, 3, 1));
    QTest::keyClick(page.calendarView(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(page.view() == ui::SchedulePage::View::List);
    CHECK(page.listModel()->rowCount() == 1);

    // Arrow keys walk the days of the month and pick up their activities.
    page.setView(ui::SchedulePage::View::Month);
    page.calendarView()->setCurrentDate(QDate(2023, 3, 7));
    QTest::keyClick(page.calendarView(), Qt::Key_Left);
    CHECK(page.calendarView()->currentDate() == QDate(2023, 3, 6));
    CHECK(page.selectedActivityId() > 0);
}

TEST_CASE("gui: the schedule page exports PDF XLSX and CSV", "[gui][schedule]")
{
    test::ScheduleFixture fixture;
    fixture.visit(test::nibung, QDate(2023, 3, 6), {fixture.anggota});
    fixture.visit(test::padangMulia, QDate(2023, 4, 6));
    auto context = fixture.context();
    ui::SchedulePage page(context);
    page.showDate(QDate(2023, 3, 1));

    const QString pdf = fixture.folder.filePath(QStringLiteral("jadwal.pdf"));
    fixture.fileDialogs.answer(pdf);
    CHECK(page.exportPdf() == pdf);
    QFile pdfFile(pdf);
    REQUIRE(pdfFile.open(QIODevice::ReadOnly));
    CHECK(pdfFile.read(5) == "%PDF-");

    const QString csv = fixture.folder.filePath(QStringLiteral("jadwal.csv"));
    fixture.fileDialogs.answer(csv);
    CHECK(page.exportSpreadsheet() == csv);
    QFile csvFile(csv);
    REQUIRE(csvFile.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csvFile.readAll());
    CHECK(text.contains(QStringLiteral("tanggal,jam,kecamatan,desa,kegiatan,tempat,petugas")));
    CHECK(text.contains(QStringLiteral("2023-03-06,09.00-11.00,Koba,Desa Nibung,Sambang Desa")));
    CHECK(text.contains(QStringLiteral("Yaumil Ikrom (Narasumber)")));
    CHECK_FALSE(text.contains(QStringLiteral("Padang Mulia"))); // April is not shown

    const QString xlsx = fixture.folder.filePath(QStringLiteral("jadwal.xlsx"));
    fixture.fileDialogs.answer(xlsx);
    CHECK(page.exportSpreadsheet() == xlsx);
    CHECK(QFileInfo(xlsx).size() > 1000);

    // An existing file is never overwritten.
    fixture.messages.clear();
    fixture.fileDialogs.answer(csv);
    CHECK(page.exportSpreadsheet().isEmpty());
    REQUIRE(fixture.messages.shown().size() == 1);
    CHECK(fixture.messages.shown().first().text.contains(csv));
}

TEST_CASE("gui: the activity editor reports a change made elsewhere and reloads", "[gui][schedule]")
{
    test::ScheduleFixture fixture;
    const qint64 id = fixture.visit(test::nibung, QDate(2023, 3, 6), {fixture.anggota});
    auto context = fixture.context();
    ui::ActivityDialog dialog(context);
    REQUIRE(dialog.load(id));
    CHECK_FALSE(dialog.slotEdit()->isEnabled()); // moved only through Reschedule
    CHECK(dialog.venueEdit()->text() == QStringLiteral("Kantor Desa Nibung"));

    // Another program changes the venue meanwhile.
    db::ActivityRepository activities(fixture.database.db());
    auto other = activities.find(id);
    REQUIRE(other.ok());
    other->venue = QStringLiteral("Balai Desa Nibung");
    REQUIRE(activities.update(*other).ok());

    dialog.topicEdit()->setText(QStringLiteral("Netralitas ASN"));
    fixture.messages.answer(0); // Reload
    CHECK_FALSE(dialog.save());
    REQUIRE(fixture.messages.shown().size() == 1);
    CHECK(fixture.messages.shown().first().buttons.size() == 2);
    CHECK(dialog.venueEdit()->text() == QStringLiteral("Balai Desa Nibung"));
    CHECK(dialog.topicEdit()->text().isEmpty());

    // Saved again on the fresh version.
    dialog.topicEdit()->setText(QStringLiteral("Netralitas ASN"));
    REQUIRE(dialog.save());
    auto stored = activities.find(id);
    REQUIRE(stored.ok());
    CHECK(stored->topic == QStringLiteral("Netralitas ASN"));
    CHECK(stored->venue == QStringLiteral("Balai Desa Nibung"));

    // Status actions from the editor itself.
    REQUIRE(dialog.changeStatus(db::ActivityStatus::Postponed));
    CHECK(dialog.activity().status == db::ActivityStatus::Postponed);
    CHECK(dialog.findChild<QPushButton *>(QStringLiteral("status_cancelled"))->isEnabled());
    CHECK_FALSE(dialog.findChild<QPushButton *>(QStringLiteral("status_done"))->isEnabled());
}
