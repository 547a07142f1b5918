// SPDX-License-Identifier: GPL-3.0-or-later
// Pengaturan > Hari Libur: the table by year, add and remove, CSV import all or nothing.
#include "guifixture.h"

#include "holidays.h"
#include "letternumbers.h"
#include "settings/holidaymodel.h"
#include "settings/holidaypanel.h"
#include "settings/numberingpanel.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDateEdit>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>

using namespace sisambang;

namespace {

int holidayCount(db::Database &database)
{
    db::HolidayRepository repository(database);
    auto all = repository.all();
    REQUIRE(all);
    return static_cast<int>(all->size());
}

QString writeCsv(const QTemporaryDir &folder, const QString &name, const QByteArray &text)
{
    const QString path = folder.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(text);
    return path;
}

} // namespace

TEST_CASE("gui: the holiday table lists a year and imports CSV all or nothing", "[gui]")
{
    test::GuiFixture fixture;
    auto context = fixture.context();
    ui::HolidayPanel panel(context);

    // The bundled table: 2023 has 16 national holidays and 11 cuti bersama days.
    panel.showYear(2023);
    CHECK(panel.shownYear() == 2023);
    CHECK(panel.model()->rowCount() == 27);
    CHECK(panel.model()->holiday(0).date == QDate(2023, 1, 1));

    const int before = holidayCount(fixture.database.db());
    // The second row is wrong, so the first must not be stored either.
    const QString bad = writeCsv(fixture.folder, QStringLiteral("bad.csv"),
                                 "tanggal,keterangan,jenis\r\n"
                                 "2027-01-01,Tahun Baru 2027 Masehi,libur\r\n"
                                 "2027-02-30,Tanggal yang tidak ada,libur\r\n");
    CHECK_FALSE(panel.importCsv(bad));
    REQUIRE(fixture.messages.shown().size() == 1);
    CHECK(fixture.messages.shown().constFirst().severity == ui::Messages::Severity::Critical);
    CHECK(fixture.messages.shown().constFirst().text.contains(QStringLiteral("2027-02-30")));
    CHECK(holidayCount(fixture.database.db()) == before);

    // Semicolons and a BOM, as Excel writes it; chosen through the file dialog.
    fixture.messages.clear();
    const QString good = writeCsv(fixture.folder, QStringLiteral("good.csv"),
                                  "\xEF\xBB\xBFtanggal;keterangan;jenis\r\n"
                                  "2027-01-01;Tahun Baru 2027 Masehi;libur\r\n"
                                  "2027-03-10;Hari Raya Nyepi;libur\r\n"
                                  "2027-03-11;Cuti bersama Nyepi;cuti_bersama\r\n");
    fixture.fileDialogs.answer(good);
    CHECK(panel.importCsv());
    CHECK(holidayCount(fixture.database.db()) == before + 3);
    REQUIRE(fixture.messages.shown().size() == 1);
    CHECK(fixture.messages.shown().constFirst().severity == ui::Messages::Severity::Information);
    panel.showYear(2027);
    REQUIRE(panel.model()->rowCount() == 3);
    CHECK(panel.model()->holiday(2).kind == db::HolidayKind::CollectiveLeave);
    CHECK(panel.model()->data(panel.model()->index(1, ui::HolidayModel::DescriptionColumn)) ==
          QStringLiteral("Hari Raya Nyepi"));
}

TEST_CASE("gui: holidays are added through the dialog and removed after confirmation", "[gui]")
{
    test::GuiFixture fixture;
    auto context = fixture.context();
    ui::HolidayPanel panel(context);
    panel.show();
    const int before = holidayCount(fixture.database.db());

    panel.showYear(2027);
    QTimer::singleShot(0, [] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        dialog->findChild<QDateEdit *>(QStringLiteral("holidayDate"))->setDate(QDate(2027, 8, 17));
        dialog->accept(); // refused: no description yet
        REQUIRE(dialog->isVisible());
        dialog->findChild<QLineEdit *>(QStringLiteral("holidayDescription"))
            ->setText(QStringLiteral("Hari Kemerdekaan Republik Indonesia"));
        dialog->accept();
    });
    panel.addHoliday();
    CHECK(holidayCount(fixture.database.db()) == before + 1);
    REQUIRE(panel.model()->rowCount() == 1);
    CHECK(panel.model()->holiday(0).date == QDate(2027, 8, 17));

    auto *table = panel.findChild<QTableView *>(QStringLiteral("holidayTable"));
    REQUIRE(table);
    table->selectRow(0);
    fixture.messages.answer(1); // "Cancel": nothing removed
    panel.removeSelected();
    CHECK(holidayCount(fixture.database.db()) == before + 1);
    table->selectRow(0);
    fixture.messages.answer(0); // "Remove"
    panel.removeSelected();
    CHECK(holidayCount(fixture.database.db()) == before);
    CHECK(panel.model()->rowCount() == 0);
    CHECK(fixture.messages.shown().size() == 2);
}

TEST_CASE("gui: letter numbering format and codes are edited in Pengaturan", "[gui][numbering]")
{
    test::GuiFixture fixture;
    auto context = fixture.context();
    ui::NumberingPanel panel(context);
    auto *format = panel.findChild<QLineEdit *>(QStringLiteral("numberFormat"));
    auto *example = panel.findChild<QLabel *>(QStringLiteral("numberExample"));
    auto *codes = panel.findChild<QTableWidget *>(QStringLiteral("classificationCodes"));
    REQUIRE(format);
    REQUIRE(example);
    REQUIRE(codes);
    CHECK(format->text() == QStringLiteral("{seq}/{classification}/{unit}/{month}/{year}"));
    CHECK(example->text().contains(QStringLiteral("001/PM.04/")));
    CHECK(codes->rowCount() >= 5);

    // A format that could repeat numbers is refused next to the field; nothing is saved.
    format->setText(QStringLiteral("{classification}/{year}"));
    CHECK_FALSE(panel.save());
    CHECK(db::LetterNumbering(fixture.database.db()).format().value() ==
          QStringLiteral("{seq}/{classification}/{unit}/{month}/{year}"));

    format->setText(QStringLiteral("B-{seq}/{classification}/{month}/{year}"));
    panel.addClassification();
    const int row = codes->rowCount() - 1;
    codes->item(row, 0)->setText(QStringLiteral("PM.09"));
    codes->item(row, 1)->setText(QStringLiteral("Uji penomoran"));
    REQUIRE(panel.save());
    db::LetterNumbering numbering(fixture.database.db());
    CHECK(numbering.format().value() == QStringLiteral("B-{seq}/{classification}/{month}/{year}"));
    CHECK(numbering.propose(QStringLiteral("PM.09"), QDate(2023, 2, 20)).value() ==
          QStringLiteral("B-001/PM.09/02/2023"));

    // A code without a description is refused with its row named.
    panel.addClassification();
    codes->item(codes->rowCount() - 1, 0)->setText(QStringLiteral("PM.10"));
    CHECK_FALSE(panel.save());
}
