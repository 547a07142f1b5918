// SPDX-License-Identifier: GPL-3.0-or-later
#include "holidaypanel.h"

#include "common/filedialogs.h"
#include "common/icons.h"
#include "common/messages.h"
#include "context.h"
#include "csv.h"
#include "holidaydialog.h"
#include "holidaymodel.h"
#include "holidays.h"
#include "transaction.h"

#include <QComboBox>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

namespace sisambang::ui {

HolidayPanel::HolidayPanel(Context &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new HolidayModel(this))
    , m_year(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_add(new QPushButton(icon(IconId::Add), tr("&Add..."), this))
    , m_remove(new QPushButton(icon(IconId::Remove), tr("&Remove"), this))
    , m_import(new QPushButton(icon(IconId::Import), tr("&Import CSV..."), this))
{
    setObjectName(QStringLiteral("holidayPanel"));
    m_year->setObjectName(QStringLiteral("holidayYear"));
    m_table->setObjectName(QStringLiteral("holidayTable"));
    m_add->setObjectName(QStringLiteral("addHoliday"));
    m_remove->setObjectName(QStringLiteral("removeHoliday"));
    m_import->setObjectName(QStringLiteral("importHolidays"));
    m_summary->setObjectName(QStringLiteral("holidaySummary"));

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(HolidayModel::DateColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(HolidayModel::DescriptionColumn,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(HolidayModel::KindColumn,
                                                      QHeaderView::ResizeToContents);

    auto *intro = new QLabel(tr("The national holidays and collective leave days (cuti bersama) "
                                "that schedules skip. A CSV file to import has the columns "
                                "tanggal,keterangan,jenis, with jenis \"libur\" or "
                                "\"cuti_bersama\"; a file with any wrong row is refused whole."),
                             this);
    intro->setWordWrap(true);

    auto *yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_year);
    auto *top = new QHBoxLayout;
    top->addWidget(yearLabel);
    top->addWidget(m_year);
    top->addWidget(m_summary, 1);
    top->addWidget(m_add);
    top->addWidget(m_remove);
    top->addWidget(m_import);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);

    connect(m_year, &QComboBox::currentIndexChanged, this, &HolidayPanel::loadYear);
    connect(m_add, &QPushButton::clicked, this, &HolidayPanel::addHoliday);
    connect(m_remove, &QPushButton::clicked, this, &HolidayPanel::removeSelected);
    connect(m_import, &QPushButton::clicked, this, [this] { importCsv(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HolidayPanel::updateButtons);

    reload();
    showYear(QDate::currentDate().year());
}

HolidayPanel::~HolidayPanel() = default;

int HolidayPanel::shownYear() const
{
    return m_year->currentData().toInt();
}

void HolidayPanel::showYear(int year)
{
    int index = m_year->findData(year);
    if (index < 0) {
        // A year with no holidays yet is still one the clerk may want to fill.
        int position = 0;
        while (position < m_year->count() && m_year->itemData(position).toInt() < year) {
            ++position;
        }
        m_year->insertItem(position, QString::number(year), year);
        index = position;
    }
    m_year->setCurrentIndex(index);
    loadYear();
}

void HolidayPanel::reload()
{
    db::HolidayRepository repository(m_context.database);
    auto all = repository.all();
    if (!all) {
        m_summary->setText(all.error().message);
        return;
    }
    QSet<int> years;
    for (const db::Holiday &holiday : *all) {
        years.insert(holiday.date.year());
    }
    years.insert(QDate::currentDate().year());
    // The year on screen stays listed, even when its last holiday was just removed.
    const int current = shownYear();
    if (current > 0) {
        years.insert(current);
    }
    QList<int> sorted(years.cbegin(), years.cend());
    std::sort(sorted.begin(), sorted.end());

    const QSignalBlocker blocker(m_year);
    m_year->clear();
    for (int year : sorted) {
        m_year->addItem(QString::number(year), year);
    }
    const int index = m_year->findData(current);
    m_year->setCurrentIndex(index >= 0 ? index : 0);
}

void HolidayPanel::loadYear()
{
    const int year = shownYear();
    db::HolidayRepository repository(m_context.database);
    auto holidays = repository.between(QDate(year, 1, 1), QDate(year, 12, 31));
    if (!holidays) {
        m_model->setHolidays({});
        m_summary->setText(holidays.error().message);
        return;
    }
    const auto collective =
        std::count_if(holidays->cbegin(), holidays->cend(), [](const db::Holiday &holiday) {
            return holiday.kind == db::HolidayKind::CollectiveLeave;
        });
    m_summary->setText(tr("%1 national holidays and %2 cuti bersama days")
                           .arg(holidays->size() - collective)
                           .arg(collective));
    m_model->setHolidays(std::move(holidays).value());
    updateButtons();
}

void HolidayPanel::updateButtons()
{
    m_remove->setEnabled(m_table->selectionModel()->hasSelection());
}

void HolidayPanel::addHoliday()
{
    const QDate today = QDate::currentDate();
    const int year = shownYear();
    HolidayDialog dialog(year == today.year() ? today : QDate(year, 1, 1), this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const db::Holiday holiday = dialog.holiday();
    db::HolidayRepository repository(m_context.database);
    auto existing = repository.between(holiday.date, holiday.date);
    if (existing && !existing->isEmpty() &&
        !m_context.messages.confirm(this, tr("Replace Holiday"),
                                    tr("%1 is already a holiday: \"%2\". Replace it?")
                                        .arg(QLocale().toString(holiday.date, QLocale::LongFormat),
                                             existing->constFirst().description),
                                    tr("Replace"))) {
        return;
    }
    if (auto saved = repository.save(holiday); !saved) {
        m_context.messages.critical(this, tr("Cannot Add the Holiday"), saved.error().message);
        return;
    }
    reload();
    showYear(holiday.date.year());
}

void HolidayPanel::removeSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return;
    }
    QStringList names;
    QList<QDate> dates;
    for (const QModelIndex &row : rows) {
        const db::Holiday &holiday = m_model->holiday(row.row());
        dates.append(holiday.date);
        names.append(QStringLiteral("%1 (%2)").arg(
            holiday.description, QLocale().toString(holiday.date, QLocale::ShortFormat)));
    }
    if (!m_context.messages.confirm(this, tr("Remove Holidays"),
                                    tr("Remove these holidays?\n\n%1").arg(names.join(u'\n')),
                                    tr("Remove"))) {
        return;
    }
    db::HolidayRepository repository(m_context.database);
    db::Transaction transaction(m_context.database);
    for (const QDate &date : std::as_const(dates)) {
        if (auto removed = repository.remove(date); !removed) {
            m_context.messages.critical(this, tr("Cannot Remove the Holidays"),
                                        removed.error().message);
            return;
        }
    }
    if (auto committed = transaction.commit(); !committed) {
        m_context.messages.critical(this, tr("Cannot Remove the Holidays"),
                                    committed.error().message);
    }
    reload();
    loadYear();
}

bool HolidayPanel::importCsv(const QString &file)
{
    const QString path =
        file.isEmpty()
            ? m_context.fileDialogs.openFile(this, tr("Import Holidays"), tr("CSV files (*.csv)"))
            : file;
    if (path.isEmpty()) {
        return false;
    }
    QFile input(path);
    if (!input.open(QIODevice::ReadOnly)) {
        m_context.messages.critical(this, tr("Import Failed"),
                                    tr("Cannot read %1: %2").arg(path, input.errorString()));
        return false;
    }
    const QString text = db::csv::decode(input.readAll());

    // One transaction: a file with a bad row leaves the table exactly as it was.
    db::Transaction transaction(m_context.database);
    db::HolidayRepository repository(m_context.database);
    auto imported = repository.importCsv(text);
    if (imported) {
        if (auto committed = transaction.commit(); !committed) {
            imported = committed.error();
        }
    }
    if (!imported) {
        transaction.rollback();
        m_context.messages.critical(
            this, tr("Import Failed"),
            tr("Nothing was imported from %1.\n\n%2").arg(path, imported.error().message));
        return false;
    }
    m_context.messages.information(
        this, tr("Holidays Imported"),
        tr("%1 holidays were added or updated from %2.").arg(*imported).arg(path));
    reload();
    loadYear();
    return true;
}

} // namespace sisambang::ui
