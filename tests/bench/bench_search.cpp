// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark (not a test): search as you type over the register, through the
// register page's own model (count plus the first page a view fetches), beside
// the same FTS5 query run directly (the count and the first page sorted by
// name); each keystroke measured alternately, median of several runs. Then the
// table is scrolled to its end in a real view to check that rows arrive a page
// at a time and never all at once. Prints one JSON object.
//   bench_search DATABASE [RUNS]
#include "database.h"
#include "query.h"
#include "stakeholderindex.h"
#include "stakeholders/stakeholdermodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QTableView>
#include <QTextStream>

#include <algorithm>

using namespace sisambang;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

double productSearch(ui::StakeholderModel &model, const QString &text)
{
    QElapsedTimer timer;
    timer.start();
    db::StakeholderFilter filter;
    filter.text = text;
    model.setFilter(filter); // counts
    if (model.canFetchMore({})) {
        model.fetchMore({}); // the first page, as the view asks for it
    }
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

double directSearch(const db::Database &database, const QString &text)
{
    QElapsedTimer timer;
    timer.start();
    const QString match = db::stakeholderindex::matchExpression(text);
    db::Query count(database, QStringLiteral("SELECT count(*) FROM stakeholder_fts WHERE "
                                             "stakeholder_fts MATCH ?"));
    count.bind(match);
    (void)count.scalar();
    db::Query page(database,
                   QStringLiteral("SELECT person_id, full_name, jabatan, institution_name, "
                                  "desa_name, kecamatan_name, phones FROM stakeholder_listing "
                                  "WHERE active = 1 AND person_id IN (SELECT rowid FROM "
                                  "stakeholder_fts WHERE stakeholder_fts MATCH ?) "
                                  "ORDER BY name_key, person_id LIMIT ?"));
    page.bind(match).bind(ui::StakeholderModel::pageSize);
    (void)page.exec();
    int rows = 0;
    while (page.next()) {
        ++rows;
    }
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication application(argc, argv);
    const QStringList arguments = QApplication::arguments();
    if (arguments.size() < 2) {
        QTextStream(stderr) << "usage: bench_search DATABASE [RUNS]" << Qt::endl;
        return 2;
    }
    const int runs = arguments.size() > 2 ? arguments.at(2).toInt() : 9;
    auto opened = db::Database::open(arguments.at(1), db::Database::OpenMode::ExistingOnly);
    if (!opened) {
        QTextStream(stderr) << opened.error().message << Qt::endl;
        return 1;
    }
    db::Database &database = **opened;
    ui::StakeholderModel model(database);

    // Typing "siti rahma" then "kepala dusun": every keystroke a search.
    QStringList keystrokes;
    for (const QString &word : {QStringLiteral("siti rahma"), QStringLiteral("kepala dusun")}) {
        for (qsizetype n = 1; n <= word.size(); ++n) {
            keystrokes << word.left(n);
        }
    }
    double productTotal = 0;
    double directTotal = 0;
    for (const QString &text : keystrokes) {
        QList<double> product;
        QList<double> direct;
        for (int run = 0; run < runs; ++run) { // alternately, so both see the same machine
            product << productSearch(model, text);
            direct << directSearch(database, text);
        }
        productTotal += median(product);
        directTotal += median(direct);
    }

    // Scrolling the whole table in a real view.
    model.setFilter({});
    QTableView view;
    view.setModel(&model);
    view.resize(1000, 700);
    view.show();
    QApplication::processEvents();
    const int total = model.totalCount();
    const int afterOpen = model.rowCount();
    int largestStep = afterOpen;
    int steps = 0;
    QElapsedTimer scrolling;
    scrolling.start();
    while (model.rowCount() < total && steps < total) {
        const int before = model.rowCount();
        view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum());
        QApplication::processEvents();
        largestStep = std::max(largestStep, model.rowCount() - before);
        ++steps;
        if (model.rowCount() == before) {
            break; // the view asks for no more
        }
    }
    const double scrollSeconds = static_cast<double>(scrolling.nsecsElapsed()) / 1e9;
    const bool lazy = total <= ui::StakeholderModel::pageSize ||
                      (afterOpen < total && largestStep <= ui::StakeholderModel::pageSize);
    QTextStream(stdout) << QStringLiteral(
                               "{\"keystrokes\": %1, \"runs\": %2, \"product_ms\": %3, "
                               "\"direct_ms\": %4, \"people\": %5, \"rows_after_open\": %6, "
                               "\"largest_fetch\": %7, \"rows_at_end\": %8, \"scroll_s\": %9, "
                               "\"lazy\": %10}")
                               .arg(keystrokes.size())
                               .arg(runs)
                               .arg(productTotal, 0, 'f', 3)
                               .arg(directTotal, 0, 'f', 3)
                               .arg(total)
                               .arg(afterOpen)
                               .arg(largestStep)
                               .arg(model.rowCount())
                               .arg(scrollSeconds, 0, 'f', 3)
                               .arg(lazy ? QStringLiteral("true") : QStringLiteral("false"))
                        << Qt::endl;
    return lazy ? 0 : 1;
}
