// SPDX-License-Identifier: GPL-3.0-or-later
// Page "Kegiatan" driven as a clerk would: invite the usual officials of a
// desa, tick attendance and mark the visit done, add a walk-in to the
// register, write minutes whose follow-up item shows on the next visit to the
// desa, add a photo through the file dialog, print the attendance sheet to PDF.
#include "../documents/pdftools.h"
#include "activities/activitybrowser.h"
#include "activities/activityheader.h"
#include "activities/activitypage.h"
#include "activities/activityprinter.h"
#include "activities/attendancetab.h"
#include "activities/candidatepicker.h"
#include "activities/followuplist.h"
#include "activities/minutestab.h"
#include "activities/participantstab.h"
#include "activities/personentrydialog.h"
#include "activities/photostab.h"
#include "activities/printoptionsdialog.h"
#include "activitydocuments.h"
#include "attendance.h"
#include "audit.h"
#include "followups.h"
#include "letternumbers.h"
#include "minutes.h"
#include "participants.h"
#include "people.h"
#include "photos.h"
#include "schedulefixture.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>

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

// Prints through `action` to `file` ("Save as PDF or ODT..."), after
// `choose` set the options of the print dialog.
void printTo(ui::ActivityPage &page, test::ScheduleFixture &fixture, const QString &action,
             const QString &file, const std::function<void(ui::PrintOptionsDialog *)> &choose)
{
    fixture.fileDialogs.answer(file);
    whenModal<ui::PrintOptionsDialog>([choose](ui::PrintOptionsDialog *dialog) {
        choose(dialog);
        dialog->findChild<QPushButton *>(QStringLiteral("export"))->click();
    });
    page.action(action)->trigger();
}

// A desa of Koba with its office and the three desa officials.
struct VillageFixture : test::ScheduleFixture
{
    VillageFixture()
    {
        office = institution(QStringLiteral("Pemerintah Desa Nibung"),
                             db::InstitutionKind::VillageOffice, test::nibung);
        kades = person(QStringLiteral("Suparman"), office, QStringLiteral("Kepala Desa"));
        sekdes = person(QStringLiteral("Rusdi"), office, QStringLiteral("Sekretaris Desa"));
        bpd = person(QStringLiteral("Hj. Maimunah"), office, QStringLiteral("Ketua BPD"));
    }

    qint64 office = 0;
    qint64 kades = 0;
    qint64 sekdes = 0;
    qint64 bpd = 0;
};

QStringList names(const QTreeWidget *tree, int column)
{
    QStringList result;
    for (int row = 0; row < tree->topLevelItemCount(); ++row) {
        result << tree->topLevelItem(row)->text(column);
    }
    return result;
}

db::ActivityStatus statusOf(test::ScheduleFixture &fixture, qint64 id)
{
    auto activity = db::ActivityRepository(fixture.database.db()).find(id);
    REQUIRE(activity.ok());
    return activity->status;
}

} // namespace

TEST_CASE("gui: Kegiatan invites the usual officials of the desa and undoes a removal",
          "[gui][activities]")
{
    VillageFixture fixture;
    const qint64 visit = fixture.visit(test::nibung, QDate::currentDate().addDays(3));
    auto context = fixture.context();
    ui::ActivityPage page(context);
    page.show();
    REQUIRE(page.showActivity(visit));
    CHECK(page.header()->titleText().contains(QStringLiteral("Desa Nibung")));

    ui::ParticipantsTab *tab = page.participants();
    tab->findChild<QPushButton *>(QStringLiteral("inviteUsual"))->click();
    const QStringList officials{QStringLiteral("Suparman"), QStringLiteral("Rusdi"),
                                QStringLiteral("Hj. Maimunah")};
    CHECK(names(tab->tree(), ui::ParticipantsTab::NameColumn) == officials);
    CHECK(names(tab->tree(), ui::ParticipantsTab::NumberColumn) ==
          QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")});
    // Asked again, nobody is invited twice; the clerk is told why.
    tab->findChild<QPushButton *>(QStringLiteral("inviteUsual"))->click();
    CHECK(tab->tree()->topLevelItemCount() == 3);
    REQUIRE(fixture.messages.shown().size() == 1);
    CHECK(fixture.messages.shown().constLast().text.contains(QStringLiteral("invited already")));

    // The register list greys out who is invited.
    const auto &candidates = tab->picker()->candidates();
    CHECK(std::count_if(candidates.cbegin(), candidates.cend(),
                        [](const db::ParticipantCandidate &each) { return each.invited; }) == 3);

    // Removing the second closes the gap; undo puts her back in her place.
    tab->selectNumber(2);
    tab->findChild<QPushButton *>(QStringLiteral("removeParticipant"))->click();
    CHECK(names(tab->tree(), ui::ParticipantsTab::NameColumn) ==
          QStringList{QStringLiteral("Suparman"), QStringLiteral("Hj. Maimunah")});
    REQUIRE(tab->undoButton()->isVisibleTo(tab));
    tab->undoButton()->click();
    CHECK(names(tab->tree(), ui::ParticipantsTab::NameColumn) == officials);
    CHECK_FALSE(tab->undoButton()->isVisibleTo(tab));

    // Move the kepala desa down one row: the numbers follow the order.
    tab->selectNumber(1);
    tab->findChild<QPushButton *>(QStringLiteral("moveDown"))->click();
    auto stored = db::ParticipantRepository(fixture.database.db()).list(visit);
    REQUIRE(stored.ok());
    REQUIRE(stored->size() == 3);
    CHECK(stored->at(0).name == QStringLiteral("Rusdi"));
    CHECK(stored->at(1).name == QStringLiteral("Suparman"));
    CHECK(stored->at(1).number == 2);
}

TEST_CASE("gui: Kegiatan marks an activity done only with its attendance", "[gui][activities]")
{
    VillageFixture fixture;
    const qint64 visit = fixture.visit(test::nibung, QDate::currentDate().addDays(-1));
    db::ParticipantRepository participants(fixture.database.db());
    REQUIRE(participants.inviteUsualOfficials(visit).ok());
    auto context = fixture.context();
    ui::ActivityPage page(context);
    page.show();
    REQUIRE(page.showActivity(visit));

    // Without attendance the clerk is sent to the Attendance tab.
    QAction *markDone = page.action(QStringLiteral("markDone"));
    REQUIRE(markDone->isEnabled());
    markDone->trigger();
    CHECK(statusOf(fixture, visit) == db::ActivityStatus::Planned);
    CHECK(page.currentTab() == ui::ActivityPage::Tab::Attendance);
    REQUIRE_FALSE(fixture.messages.shown().isEmpty());
    CHECK(fixture.messages.shown().constLast().text.contains(QStringLiteral("Attendance tab")));

    // Tick the first and third rows by their check boxes.
    QTreeWidget *tree = page.attendance()->tree();
    REQUIRE(tree->topLevelItemCount() == 3);
    tree->topLevelItem(0)->setCheckState(ui::AttendanceTab::NumberColumn, Qt::Checked);
    tree = page.attendance()->tree();
    tree->topLevelItem(2)->setCheckState(ui::AttendanceTab::NumberColumn, Qt::Checked);
    auto rows = db::AttendanceRepository(fixture.database.db()).rows(visit);
    REQUIRE(rows.ok());
    CHECK(rows->at(0).attended);
    CHECK_FALSE(rows->at(1).attended);
    CHECK(rows->at(2).attended);
    CHECK(page.attendance()->countsText().contains(QStringLiteral("2 of 3 invited")));

    markDone->trigger();
    CHECK(statusOf(fixture, visit) == db::ActivityStatus::Done);
    CHECK(page.currentActivity().status == db::ActivityStatus::Done);
    CHECK_FALSE(markDone->isEnabled());
    CHECK(page.header()->detailsText().contains(QStringLiteral("Done")));
    // Done without minutes and photos: the list says so.
    CHECK(page.browser()->missingText(visit).contains(QStringLiteral("minutes")));
    CHECK(page.browser()->missingText(visit).contains(QStringLiteral("photos")));
}

TEST_CASE("gui: Kegiatan adds a walk-in and offers them to the register", "[gui][activities]")
{
    VillageFixture fixture;
    const qint64 visit = fixture.visit(test::nibung, QDate::currentDate());
    auto context = fixture.context();
    ui::ActivityPage page(context);
    page.show();
    REQUIRE(page.showActivity(visit));
    page.showTab(ui::ActivityPage::Tab::Attendance);

    whenModal<ui::PersonEntryDialog>([](ui::PersonEntryDialog *dialog) {
        dialog->name()->setText(QStringLiteral("Win Iskandar"));
        dialog->jabatan()->setText(QStringLiteral("Tokoh Masyarakat"));
        dialog->institution()->setText(QStringLiteral("Masyarakat Desa Nibung"));
        dialog->phone()->setText(QStringLiteral("0812 7000 1234"));
        dialog->gender()->setCurrentIndex(
            dialog->gender()->findData(static_cast<int>(db::Gender::Male)));
        dialog->accept();
    });
    fixture.messages.answer(0); // add to the register
    page.attendance()->findChild<QPushButton *>(QStringLiteral("addWalkIn"))->click();

    const auto &rows = page.attendance()->rows();
    REQUIRE(rows.size() == 1);
    CHECK(rows.at(0).walkIn);
    CHECK(rows.at(0).number == 1);
    CHECK(rows.at(0).name == QStringLiteral("Win Iskandar"));
    REQUIRE(rows.at(0).personId != 0);
    auto person = db::PersonRepository(fixture.database.db()).find(rows.at(0).personId);
    REQUIRE(person.ok());
    CHECK(fixture.messages.shown().constLast().text.contains(QStringLiteral("now in the")));
    CHECK(page.attendance()->countsText().contains(QStringLiteral("Men 1")));
    // Now in the register, the next invitation can pick him.
    CHECK_FALSE(
        page.attendance()->findChild<QPushButton *>(QStringLiteral("addToRegister"))->isEnabled());
}

TEST_CASE("gui: a follow-up item of the minutes shows on the next activity in the desa",
          "[gui][activities]")
{
    VillageFixture fixture;
    const qint64 first =
        fixture.visit(test::nibung, QDate(2023, 2, 20), {}, db::ActivityStatus::Planned);
    const qint64 next = fixture.visit(test::nibung, QDate(2023, 3, 20));
    const qint64 elsewhere = fixture.visit(fixture.kobaVillages.constLast(), QDate(2023, 3, 21));
    auto context = fixture.context();
    ui::ActivityPage page(context);
    page.show();
    REQUIRE(page.showActivity(first));
    CHECK_FALSE(page.header()->followUpsShown());

    ui::MinutesTab *minutes = page.minutes();
    minutes->chair()->setText(QStringLiteral("Sahabudin"));
    minutes->minuteTaker()->setText(QStringLiteral("Yaumil Ikrom"));
    minutes->agenda()->setText(QStringLiteral("Rapat koordinasi pengawasan partisipatif"));
    minutes->addPoint(QStringLiteral("Win Iskandar"),
                      QStringLiteral("Mengajak masyarakat melaporkan dugaan pelanggaran."));
    minutes->conclusion()->setPlainText(QStringLiteral("Desa siap mendukung pengawasan."));
    REQUIRE(minutes->isModified());
    minutes->findChild<QPushButton *>(QStringLiteral("saveMinutes"))->click();
    CHECK_FALSE(minutes->isModified());
    auto saved = db::MinutesRepository(fixture.database.db()).find(first);
    REQUIRE(saved.ok());
    REQUIRE(saved->has_value());
    CHECK((*saved)->points.size() == 1);
    CHECK((*saved)->chair == QStringLiteral("Sahabudin"));

    ui::FollowUpList *items = minutes->followUps();
    items->description()->setText(QStringLiteral("Sosialisasi di RT 03"));
    items->assignee()->setText(QStringLiteral("Kepala Desa"));
    items->due()->setDate(QDate(2023, 3, 10));
    items->findChild<QPushButton *>(QStringLiteral("addFollowUp"))->click();
    REQUIRE(items->count() == 1);
    CHECK(items->description()->text().isEmpty());

    // The next visit to Nibung raises it; a visit elsewhere does not.
    REQUIRE(page.showActivity(elsewhere));
    CHECK_FALSE(page.header()->followUpsShown());
    REQUIRE(page.showActivity(next));
    CHECK(page.header()->followUpsShown());
    ui::FollowUpList *earlier = page.header()->earlierFollowUps();
    REQUIRE(earlier->count() == 1);
    CHECK(earlier->items().constFirst().description == QStringLiteral("Sosialisasi di RT 03"));

    // Closed with a note, it is gone from the banner and closed at its own activity.
    earlier->closingNote()->setText(QStringLiteral("Sudah dilaksanakan 5 Maret"));
    earlier->findChild<QPushButton *>(QStringLiteral("closeFollowUp"))->click();
    CHECK_FALSE(page.header()->followUpsShown());
    auto all = db::FollowUpRepository(fixture.database.db()).forActivity(first);
    REQUIRE(all.ok());
    REQUIRE(all->size() == 1);
    CHECK_FALSE(all->constFirst().isOpen());
    CHECK(all->constFirst().closingNote == QStringLiteral("Sudah dilaksanakan 5 Maret"));
}

TEST_CASE("gui: Kegiatan adds a photo through the file dialog", "[gui][activities]")
{
    VillageFixture fixture;
    const qint64 visit = fixture.visit(test::nibung, QDate(2023, 2, 20));
    const QString file = fixture.folder.filePath(QStringLiteral("rapat.jpg"));
    QImage picture(640, 480, QImage::Format_RGB32);
    picture.fill(QColor(0x40, 0x80, 0xc0));
    REQUIRE(picture.save(file, "JPG"));
    auto context = fixture.context();
    ui::ActivityPage page(context);
    page.show();
    REQUIRE(page.showActivity(visit));
    page.showTab(ui::ActivityPage::Tab::Photos);

    fixture.fileDialogs.answer(file);
    page.photos()->findChild<QPushButton *>(QStringLiteral("addPhoto"))->click();
    REQUIRE(page.photos()->photos().size() == 1);
    CHECK(page.photos()->list()->count() == 1);
    CHECK_FALSE(page.photos()->list()->item(0)->icon().isNull());
    CHECK(page.photos()->photos().constFirst().originalName == QStringLiteral("rapat.jpg"));
    // No EXIF date: nothing to warn about.
    CHECK(page.photos()->warnings() == QStringList{QString()});

    page.photos()->caption()->setText(QStringLiteral("Peserta rapat koordinasi"));
    REQUIRE(page.photos()->saveCaption());
    auto stored = db::PhotoRepository(fixture.database.db()).list(visit);
    REQUIRE(stored.ok());
    REQUIRE(stored->size() == 1);
    CHECK(stored->constFirst().caption == QStringLiteral("Peserta rapat koordinasi"));

    // A cancelled dialog adds nothing; removal asks first.
    page.photos()->findChild<QPushButton *>(QStringLiteral("addPhoto"))->click();
    CHECK(page.photos()->photos().size() == 1);
    fixture.messages.answer(0);
    page.photos()->findChild<QPushButton *>(QStringLiteral("removePhoto"))->click();
    CHECK(page.photos()->photos().isEmpty());
}

TEST_CASE("gui: Kegiatan prints the attendance sheet to PDF through the dialogs",
          "[gui][activities]")
{
    VillageFixture fixture;
    const qint64 visit = fixture.visit(test::nibung, QDate(2023, 2, 20));
    REQUIRE(db::ParticipantRepository(fixture.database.db()).inviteUsualOfficials(visit).ok());
    auto context = fixture.context();
    ui::ActivityPage page(context);
    page.show();
    REQUIRE(page.showActivity(visit));

    const QString pdf = fixture.folder.filePath(QStringLiteral("daftar-hadir.pdf"));
    printTo(page, fixture, QStringLiteral("printAttendance"), pdf,
            [](ui::PrintOptionsDialog *dialog) {
                dialog->paper()->setCurrentIndex(
                    dialog->paper()->findData(static_cast<int>(db::PaperSize::F4)));
                // Only the options of an attendance sheet are in sight.
                CHECK(dialog->blankRows()->isVisibleTo(dialog));
                CHECK_FALSE(dialog->letters()->isVisibleTo(dialog));
                CHECK_FALSE(dialog->classification()->isVisibleTo(dialog));
                dialog->blankRows()->setValue(5);
            });

    REQUIRE(QFileInfo::exists(pdf));
    const test::PdfInfo info = test::pdfInfo(pdf);
    CHECK(info.pages == 1);
    CHECK(std::abs(info.pageSizePoints.width() - test::mmToPoints(215)) < 1.0);
    CHECK(std::abs(info.pageSizePoints.height() - test::mmToPoints(330)) < 1.0);
    const QString text = test::pdfPages(pdf).join(u'\n');
    CHECK(text.contains(QStringLiteral("DAFTAR HADIR")));
    CHECK(text.contains(QStringLiteral("Suparman")));
    CHECK(text.contains(QStringLiteral("Senin, 20 Februari 2023")));
    // Three invited and five blank rows: the last number is 8.
    CHECK(text.contains(QStringLiteral("8.")));

    db::AuditFilter filter;
    filter.entity = QStringLiteral("activity");
    filter.entityId = visit;
    auto entries = db::AuditLog(fixture.database.db()).entries(filter);
    REQUIRE(entries.ok());
    CHECK(std::any_of(entries->cbegin(), entries->cend(), [&](const db::AuditEntry &entry) {
        return entry.action == db::AuditAction::Print && entry.summary.contains(pdf);
    }));
    CHECK(fixture.fileDialogs.titles().constLast().contains(QStringLiteral("Daftar Hadir")));
}

TEST_CASE("gui: Kegiatan opens on all periods when nothing is recent", "[gui][activities]")
{
    VillageFixture fixture;
    auto context = fixture.context();
    using Period = ui::ActivityBrowser::Period;
    {
        // Only a visit of 2023: the recent list would be empty.
        const qint64 old = fixture.visit(test::nibung, QDate(2023, 3, 6));
        ui::ActivityBrowser browser(context, QStringLiteral("19.04"));
        CHECK(browser.period()->currentData().toInt() == static_cast<int>(Period::All));
        CHECK(browser.list()->topLevelItemCount() == 1);
        CHECK(browser.currentId() == old);
    }
    // With a visit next week the recent list is the default again.
    const qint64 soon = fixture.visit(test::nibung, QDate::currentDate().addDays(7));
    ui::ActivityBrowser browser(context, QStringLiteral("19.04"));
    CHECK(browser.period()->currentData().toInt() == static_cast<int>(Period::RecentAndUpcoming));
    CHECK(browser.list()->topLevelItemCount() == 1);
    CHECK(browser.currentId() == soon);
}

TEST_CASE("gui: Kegiatan gives the invitation a letter number once", "[gui][activities]")
{
    VillageFixture fixture;
    const qint64 visit = fixture.visit(test::nibung, QDate::currentDate().addDays(10));
    REQUIRE(db::ParticipantRepository(fixture.database.db()).inviteUsualOfficials(visit).ok());
    db::LetterNumbering numbering(fixture.database.db());
    REQUIRE(numbering.saveClassification({QStringLiteral("PM.04"), QStringLiteral("Sosialisasi")})
                .ok());
    auto context = fixture.context();
    ui::ActivityPage page(context);
    page.show();
    REQUIRE(page.showActivity(visit));

    const QString first = fixture.folder.filePath(QStringLiteral("undangan.pdf"));
    printTo(page, fixture, QStringLiteral("printInvitation"), first,
            [](ui::PrintOptionsDialog *dialog) {
                QComboBox *classification = dialog->classification();
                CHECK(classification->isVisibleTo(dialog));
                CHECK_FALSE(dialog->blankRows()->isVisibleTo(dialog));
                classification->setCurrentIndex(classification->findData(QStringLiteral("PM.04")));
            });
    REQUIRE(QFileInfo::exists(first));
    auto issued = documents::issuedInvitationNumber(fixture.database.db(), visit);
    REQUIRE(issued.ok());
    CHECK(issued->classification == QStringLiteral("PM.04"));
    CHECK(test::pdfPages(first).join(u'\n').contains(issued->number));

    // Printed again: the same number, shown and not asked for.
    const QString again = fixture.folder.filePath(QStringLiteral("undangan-lagi.pdf"));
    const QString number = issued->number;
    printTo(page, fixture, QStringLiteral("printInvitation"), again,
            [number](ui::PrintOptionsDialog *dialog) {
                CHECK_FALSE(dialog->classification()->isVisibleTo(dialog));
                auto *shown = dialog->findChild<QLabel *>(QStringLiteral("issuedNumber"));
                REQUIRE(shown);
                CHECK(shown->text() == number);
            });
    REQUIRE(QFileInfo::exists(again));
    CHECK(test::pdfPages(again).join(u'\n').contains(number));
    auto year = numbering.propose(QStringLiteral("PM.04"), QDate::currentDate());
    REQUIRE(year.ok());
    CHECK(year->startsWith(QStringLiteral("002/"))); // only one number was given
}
