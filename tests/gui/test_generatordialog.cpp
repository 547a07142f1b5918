// SPDX-License-Identifier: GPL-3.0-or-later
// The generator dialog: a draft over every desa of the MoU shown in full,
// adjusted (a visit moved, one dropped), saved only as the clerk decides.
#include "schedule/calendarmodel.h"
#include "schedule/generatordialog.h"
#include "schedule/generatoroptions.h"
#include "schedule/plandraftview.h"
#include "schedule/teameditor.h"
#include "schedulefixture.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>

using namespace sisambang;

namespace {

void chooseWindow(ui::GeneratorDialog &dialog, qint64 agreement, const QDate &from, const QDate &to)
{
    ui::GeneratorOptions *options = dialog.options();
    REQUIRE(options->setAgreement(agreement));
    options->fromEdit()->setDate(from);
    options->toEdit()->setDate(to);
    options->perDayBox()->setValue(2);
    options->visitsBox()->setValue(1);
}

int storedActivities(test::ScheduleFixture &fixture)
{
    auto all = db::ActivityRepository(fixture.database.db()).list();
    REQUIRE(all.ok());
    return static_cast<int>(all->size());
}

} // namespace

TEST_CASE("gui: the generator dialog makes a draft and saves it", "[gui][schedule][generator]")
{
    test::ScheduleFixture fixture;
    auto context = fixture.context();
    ui::GeneratorDialog dialog(context);
    dialog.show();
    chooseWindow(dialog, fixture.agreementId, QDate(2023, 3, 20), QDate(2023, 4, 14));
    dialog.options()->addBlackout(QDate(2023, 3, 27));
    dialog.options()->teams()->setTeams(
        {{{fixture.ketua, fixture.anggota}, QStringLiteral("Tim 1")},
         {{fixture.staf}, QStringLiteral("Tim 2")}});
    CHECK_FALSE(dialog.saveButton()->isEnabled());

    REQUIRE(dialog.makeDraft());
    ui::PlanDraftView *view = dialog.draftView();
    const db::PlanDraft &draft = view->draft();
    const int villages = static_cast<int>(fixture.kobaVillages.size());
    REQUIRE(draft.activities.size() == villages);
    CHECK(view->isComplete());
    CHECK(dialog.saveButton()->isEnabled());
    CHECK(view->table()->model()->rowCount() == villages);
    CHECK(view->unplaced()->count() == 0);
    for (const db::Activity &visit : draft.activities) {
        INFO(visit.regionCode.toStdString() << " " << visit.date.toString().toStdString());
        CHECK(visit.date.dayOfWeek() <= 5);
        CHECK(visit.date != QDate(2023, 3, 22)); // Nyepi
        CHECK(visit.date != QDate(2023, 3, 23)); // cuti bersama
        CHECK(visit.date != QDate(2023, 3, 27)); // the blackout
        CHECK_FALSE(visit.officers.isEmpty());
        CHECK(visit.agreementId == fixture.agreementId);
    }
    // The calendar of the draft starts at the window and flags the holidays.
    ui::CalendarModel *calendar = view->calendarModel();
    CHECK(calendar->anchor() == QDate(2023, 3, 1));
    REQUIRE(calendar->dayOf(QDate(2023, 3, 22)));
    CHECK(calendar->dayOf(QDate(2023, 3, 22))->holiday.has_value());
    CHECK(calendar->dayOf(QDate(2023, 3, 22))->entries.isEmpty());
    CHECK(calendar->dayOf(QDate(2023, 3, 20))->entries.size() == 2);

    // Move the first visit to the last day of the window, drop the second.
    const QString movedDesa = draft.activities.at(0).regionCode;
    REQUIRE(view->moveVisit(0, QDate(2023, 4, 14), QTime(13, 30), QTime(16, 0)));
    CHECK(view->draft().activities.last().regionCode == movedDesa);
    CHECK(view->draft().activities.last().date == QDate(2023, 4, 14));
    const QString droppedDesa = view->draft().activities.at(0).regionCode;
    REQUIRE(view->dropVisit(0));
    CHECK(view->draft().activities.size() == villages - 1);
    CHECK_FALSE(view->isComplete());
    CHECK(view->unplaced()->count() == 1);

    // Incomplete: saving asks; "go back" saves nothing.
    fixture.messages.answer(1);
    CHECK_FALSE(dialog.saveDraft());
    CHECK(storedActivities(fixture) == 0);
    REQUIRE(fixture.messages.shown().size() == 1);
    CHECK(fixture.messages.shown().first().buttons.size() == 2);

    // Accepted as a partial plan: every remaining visit in one plan.
    fixture.messages.answer(0);
    REQUIRE(dialog.saveDraft());
    CHECK(dialog.savedPlanId() > 0);
    auto saved = db::ActivityRepository(fixture.database.db()).list();
    REQUIRE(saved.ok());
    CHECK(saved->size() == villages - 1);
    bool movedFound = false;
    for (const db::Activity &activity : *saved) {
        CHECK(activity.planId == dialog.savedPlanId());
        CHECK(activity.regionCode != droppedDesa);
        if (activity.regionCode == movedDesa) {
            movedFound = true;
            CHECK(activity.date == QDate(2023, 4, 14));
            CHECK(activity.start == QTime(13, 30));
        }
    }
    CHECK(movedFound);
}

TEST_CASE("gui: the generator dialog names the desa that do not fit", "[gui][schedule][generator]")
{
    test::ScheduleFixture fixture;
    auto context = fixture.context();
    ui::GeneratorDialog dialog(context);
    // Three working days (Nyepi and its cuti bersama fall in the week), two visits a day.
    chooseWindow(dialog, fixture.agreementId, QDate(2023, 3, 20), QDate(2023, 3, 24));
    REQUIRE(dialog.makeDraft());
    ui::PlanDraftView *view = dialog.draftView();
    CHECK(view->draft().activities.size() == 6);
    CHECK_FALSE(view->isComplete());
    const int missing = static_cast<int>(fixture.kobaVillages.size()) - 6;
    REQUIRE(view->unplaced()->count() == missing);
    CHECK_FALSE(view->unplaced()->item(0)->text().isEmpty());
    CHECK(view->summary()->text().contains(QString::number(missing)));

    fixture.messages.answer(1); // go back
    CHECK_FALSE(dialog.saveDraft());
    CHECK(storedActivities(fixture) == 0);

    // Changing an option discards the draft: what is saved is what was shown.
    dialog.options()->perDayBox()->setValue(4);
    dialog.options()->addBlackout(QDate(2023, 3, 24));
    CHECK_FALSE(view->hasDraft());
    CHECK_FALSE(dialog.saveButton()->isEnabled());
}

TEST_CASE("gui: the generator plans a draft MoU and marks its visits", "[gui][schedule][generator]")
{
    test::ScheduleFixture fixture;
    db::AgreementRepository agreements(fixture.database.db());
    auto signedOne = agreements.find(fixture.agreementId);
    REQUIRE(signedOne.ok());
    db::Agreement draftOne = *signedOne;
    draftOne.id = 0;
    draftOne.status = db::AgreementStatus::Draft;
    draftOne.title = QStringLiteral("Sambang Pengawasan di Kecamatan Koba (perpanjangan)");
    draftOne.villageCodes = {test::nibung, test::padangMulia};
    auto draftId = agreements.add(draftOne);
    REQUIRE(draftId.ok());

    auto context = fixture.context();
    ui::GeneratorDialog dialog(context);
    QComboBox *box = dialog.options()->agreementBox();
    const int at = box->findData(*draftId);
    REQUIRE(at >= 0);
    CHECK(box->itemText(at) != box->itemText(box->findData(fixture.agreementId)));
    CHECK(box->itemText(at).contains(draftOne.title));
    chooseWindow(dialog, *draftId, QDate(2023, 3, 6), QDate(2023, 3, 10));
    REQUIRE(dialog.makeDraft());
    const db::PlanDraft &draft = dialog.draftView()->draft();
    CHECK(draft.draftAgreement);
    REQUIRE(draft.activities.size() == 2);
    for (const db::Activity &visit : draft.activities) {
        CHECK(visit.draftPlan);
    }
    CHECK(dialog.draftView()->table()->model()->index(0, 4).data().toString().contains(
        QStringLiteral("draft")));
    REQUIRE(dialog.saveDraft());
    auto saved = db::ActivityRepository(fixture.database.db()).list();
    REQUIRE(saved.ok());
    REQUIRE(saved->size() == 2);
    CHECK(saved->first().draftPlan);
}
