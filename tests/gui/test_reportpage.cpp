// SPDX-License-Identifier: GPL-3.0-or-later
// Page "Laporan": the figures of the chosen month and year, and the export.
#include "appsettings.h"
#include "common/filedialogs.h"
#include "common/messages.h"
#include "context.h"

#include "recapfixture.h"
#include "reports/reportpage.h"
#include "xlsxreader.h"

#include <QTableWidget>

using namespace sisambang;

TEST_CASE("gui: Laporan counts March 2023 and exports the recap", "[gui][recap]")
{
    test::RecapFixture recap;
    ui::AppSettings settings(recap.database.folder() + QStringLiteral("/settings.ini"));
    ui::ScriptedMessages messages;
    ui::ScriptedFileDialogs fileDialogs;
    ui::Context context{recap.database.db(), settings, messages, fileDialogs};
    ui::ReportPage page(context);
    // Fits the main window's smallest size.
    CHECK(page.minimumSizeHint().width() <= 760);
    INFO(page.minimumSizeHint().width());
    page.refresh();
    page.showMonth(2023, 3);
    CHECK(page.figure(QStringLiteral("planned")) == QStringLiteral("1"));
    CHECK(page.figure(QStringLiteral("done")) == QStringLiteral("3"));
    CHECK(page.figure(QStringLiteral("postponed")) == QStringLiteral("1"));
    CHECK(page.figure(QStringLiteral("cancelled")) == QStringLiteral("1"));
    CHECK(page.figure(QStringLiteral("visitedCumulative")) == QStringLiteral("3"));
    CHECK(page.activityTable()->rowCount() == 5);
    REQUIRE(page.coverageTable()->rowCount() == 6);
    CHECK(page.coverageTable()->item(0, 3)->text() == QStringLiteral("3"));

    page.showYear(2023);
    CHECK(page.figure(QStringLiteral("done")) == QStringLiteral("4"));
    CHECK(page.activityTable()->rowCount() == 12);

    // A name that is not a recap format is refused; then the workbook is written.
    page.showMonth(2023, 3);
    const QString wrong = recap.database.folder() + QStringLiteral("/rekap.txt");
    fileDialogs.answer(wrong);
    CHECK(page.exportFile().isEmpty());
    CHECK(messages.shown().size() == 1);
    const QString xlsx = recap.database.folder() + QStringLiteral("/rekap-maret.xlsx");
    fileDialogs.answer(xlsx);
    CHECK(page.exportFile() == xlsx);
    auto sheet = db::xlsx::Reader().readSheet(xlsx, 1);
    REQUIRE(sheet.ok());
    CHECK(sheet->rows.size() == 6);
    // An existing file is never overwritten.
    fileDialogs.answer(xlsx);
    CHECK(page.exportFile().isEmpty());
}
