// SPDX-License-Identifier: GPL-3.0-or-later
#include "stakeholderpage.h"

#include "busyindicator.h"
#include "common/filedialogs.h"
#include "common/icons.h"
#include "common/messages.h"
#include "common/pageheader.h"
#include "context.h"
#include "importdialog.h"
#include "officeprofile.h"
#include "people.h"
#include "persondialog.h"
#include "personmerge.h"
#include "positions.h"
#include "stakeholderexport.h"
#include "stakeholderfilterbar.h"
#include "stakeholdermodel.h"

#include <QAction>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <optional>

namespace sisambang::ui {

namespace {

// Selecting someone after an edit fetches the rows above them; past this the
// table is left at the top rather than reading thousands of rows at once.
constexpr int maxRowsToReach = 5000;

QString officeKabupaten(const db::Database &database)
{
    auto profile = db::OfficeProfileStore(database).load();
    return profile ? profile->regionCode : QString();
}

} // namespace

StakeholderPage::StakeholderPage(Context &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_kabupaten(officeKabupaten(context.database))
    , m_filters(new StakeholderFilterBar(context.database, m_kabupaten, this))
    , m_model(new StakeholderModel(context.database, this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("stakeholderPage"));
    m_table->setObjectName(QStringLiteral("stakeholderTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(StakeholderModel::NameColumn, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(StakeholderModel::NameColumn, 240);
    m_table->setColumnWidth(StakeholderModel::JabatanColumn, 160);
    m_table->setColumnWidth(StakeholderModel::InstitutionColumn, 220);
    m_table->setColumnWidth(StakeholderModel::DesaColumn, 130);
    m_table->setColumnWidth(StakeholderModel::KecamatanColumn, 110);

    auto *add = new QPushButton(icon(IconId::Add), tr("New person"), this);
    add->setToolTip(tr("Ctrl+N"));
    auto *import = new QPushButton(icon(IconId::Import), tr("Import..."), this);
    auto *exportButton = new QPushButton(icon(IconId::Save), tr("Export..."), this);
    auto *merge = new QPushButton(tr("Merge..."), this);
    merge->setToolTip(tr("Select two rows that are the same person"));
    auto *remove = new QPushButton(icon(IconId::Remove), tr("Deactivate"), this);
    remove->setToolTip(tr("Delete"));
    auto *buttons = new QHBoxLayout;
    for (auto *button : {add, import, exportButton, merge, remove}) {
        buttons->addWidget(button);
    }
    buttons->addStretch();
    buttons->addWidget(m_status);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(tr("Stakeholders"),
                                     tr("People and institutions the office works with"), this));
    layout->addWidget(m_filters);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);

    auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *action = new QAction(this);
        action->setShortcut(keys);
        // Window-wide while the page shows (a hidden page's shortcuts do not fire), so
        // Ctrl+N works straight after choosing the page in the navigation list.
        action->setShortcutContext(Qt::WindowShortcut);
        addAction(action);
        connect(action, &QAction::triggered, this, slot);
    };
    shortcut(QKeySequence::New, [this] { newPerson(); });
    shortcut(QKeySequence::Find, [this] {
        m_filters->searchField()->setFocus();
        m_filters->searchField()->selectAll();
    });
    auto *deleteAction = new QAction(m_table);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(deleteAction);
    connect(deleteAction, &QAction::triggered, this, [this] { deactivateCurrent(); });

    connect(add, &QPushButton::clicked, this, &StakeholderPage::newPerson);
    connect(import, &QPushButton::clicked, this, &StakeholderPage::importFile);
    connect(exportButton, &QPushButton::clicked, this, [this] { exportView(); });
    connect(merge, &QPushButton::clicked, this, [this] { mergeSelected(); });
    connect(remove, &QPushButton::clicked, this, [this] { deactivateCurrent(); });
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { openPerson(m_model->row(index.row()).personId); });
    connect(m_filters, &StakeholderFilterBar::filterChanged, m_model, &StakeholderModel::setFilter);
    connect(m_model, &StakeholderModel::totalChanged, this, &StakeholderPage::updateStatus);
    m_model->setFilter(m_filters->filter());
}

StakeholderPage::~StakeholderPage() = default;

QString StakeholderPage::statusText() const
{
    return m_status->text();
}

void StakeholderPage::updateStatus()
{
    m_status->setText(m_model->lastError().isEmpty()
                          ? tr("%n people", nullptr, m_model->totalCount())
                          : m_model->lastError());
}

void StakeholderPage::reload(qint64 selectPersonId)
{
    m_model->reload();
    if (selectPersonId == 0) {
        return;
    }
    db::StakeholderQuery query(m_context.database);
    auto position = query.positionOf(m_model->filter(), m_model->sortKey(), m_model->sortOrder(),
                                     selectPersonId);
    if (!position || *position > maxRowsToReach) {
        return;
    }
    const int row = m_model->rowOfPerson(selectPersonId);
    if (row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0));
    }
}

QList<qint64> StakeholderPage::selectedPeople() const
{
    QList<qint64> ids;
    const auto rows = m_table->selectionModel()->selectedRows();
    for (const auto &index : rows) {
        ids.append(m_model->row(index.row()).personId);
    }
    if (ids.isEmpty() && m_table->currentIndex().isValid()) {
        ids.append(m_model->row(m_table->currentIndex().row()).personId);
    }
    return ids;
}

void StakeholderPage::newPerson()
{
    PersonDialog dialog(m_context, m_kabupaten, 0, this);
    const int result = dialog.exec();
    if (dialog.openInstead() != 0) {
        openPerson(dialog.openInstead());
    } else if (result == QDialog::Accepted || dialog.personId() != 0) {
        reload(dialog.personId());
    }
}

void StakeholderPage::openPerson(qint64 personId)
{
    PersonDialog dialog(m_context, m_kabupaten, personId, this);
    dialog.exec();
    // Positions may have changed even when the form itself was cancelled.
    reload(personId);
}

bool StakeholderPage::deactivateCurrent()
{
    const auto ids = selectedPeople();
    if (ids.size() != 1) {
        return false;
    }
    db::PersonRepository people(m_context.database);
    auto person = people.find(ids.constFirst());
    if (!person) {
        m_context.messages.critical(this, tr("Deactivate"), person.error().message);
        return false;
    }
    if (!m_context.messages.confirm(
            this, tr("Deactivate"),
            tr("Remove %1 from the register? A person referred to by positions or documents is "
               "kept as inactive instead.")
                .arg(person->name.fullName()),
            tr("Deactivate"))) {
        return false;
    }
    auto outcome = people.remove(person->id, person->version);
    if (!outcome) {
        m_context.messages.critical(this, tr("Deactivate"), outcome.error().message);
        return false;
    }
    m_context.messages.information(
        this, tr("Deactivate"),
        *outcome == db::RemoveOutcome::Deleted
            ? tr("%1 was deleted: nothing referred to them.").arg(person->name.fullName())
            : tr("%1 is now inactive: their records are kept and they are hidden unless "
                 "\"Show inactive\" is ticked.")
                  .arg(person->name.fullName()));
    reload();
    return true;
}

bool StakeholderPage::mergeSelected()
{
    const auto ids = selectedPeople();
    if (ids.size() != 2) {
        m_context.messages.information(this, tr("Merge"),
                                       tr("Select the two rows that are the same person."));
        return false;
    }
    db::PersonRepository people(m_context.database);
    auto first = people.find(ids.at(0));
    auto second = people.find(ids.at(1));
    if (!first || !second) {
        m_context.messages.critical(this, tr("Merge"), (!first ? first : second).error().message);
        return false;
    }
    const int choice = m_context.messages.choose(
        this, Messages::Severity::Question, tr("Merge"),
        tr("Which record is kept? The other one is merged into it and removed."),
        {first->name.fullName(), second->name.fullName(), tr("Cancel")}, 2);
    if (choice != 0 && choice != 1) {
        return false;
    }
    const db::Person &survivor = choice == 0 ? *first : *second;
    const db::Person &merged = choice == 0 ? *second : *first;
    db::PositionRepository positions(m_context.database);
    const auto history = positions.historyOfPerson(merged.id);
    const int moving = history ? static_cast<int>(history->size()) : 0;
    if (!m_context.messages.confirm(
            this, tr("Merge"),
            tr("%1 is merged into %2:\n- %3 position(s) move to %2\n- %4 phone number(s) and "
               "any empty fields are taken over\n- every other reference moves to %2\n%1 is "
               "then removed; the merge is recorded.")
                .arg(merged.name.fullName(), survivor.name.fullName())
                .arg(moving)
                .arg(merged.phones.size()),
            tr("Merge"))) {
        return false;
    }
    db::PersonMerge merge(m_context.database);
    auto summary = merge.merge(survivor.id, survivor.version, merged.id, merged.version);
    if (!summary) {
        m_context.messages.critical(this, tr("Merge"), summary.error().message);
        return false;
    }
    m_context.messages.information(this, tr("Merge"),
                                   tr("Merged: %1 position(s) moved, %2 phone number(s) added.")
                                       .arg(summary->positionsMoved)
                                       .arg(summary->phonesAdded));
    reload(survivor.id);
    return true;
}

void StakeholderPage::importFile()
{
    const QString path = m_context.fileDialogs.openFile(this, tr("Import stakeholders"),
                                                        tr("Spreadsheets (*.csv *.xlsx *.txt)"));
    if (path.isEmpty()) {
        return;
    }
    ImportDialog dialog(m_context, this);
    if (!dialog.load(path)) {
        return;
    }
    if (dialog.exec() == QDialog::Accepted) {
        reload();
    }
}

bool StakeholderPage::exportView()
{
    QString path = m_context.fileDialogs.saveFile(this, tr("Export stakeholders"),
                                                  tr("CSV (*.csv);;Excel (*.xlsx)"),
                                                  QStringLiteral("pemangku-kepentingan.xlsx"));
    if (path.isEmpty()) {
        return false;
    }
    if (!path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive) &&
        !path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive)) {
        path += QStringLiteral(".xlsx");
    }
    if (QFile::exists(path)) {
        if (!m_context.messages.confirm(this, tr("Export stakeholders"),
                                        tr("%1 exists. Replace it?").arg(path), tr("Replace"))) {
            return false;
        }
        QFile::remove(path);
    }
    std::optional<BusyIndicator> busy(std::in_place, this, tr("Writing %1...").arg(path));
    auto written = documents::StakeholderExport::write(m_context.database, m_model->filter(), path,
                                                       m_model->sortKey(), m_model->sortOrder());
    if (!written) {
        busy.reset();
        m_context.messages.critical(this, tr("Export stakeholders"), written.error().message);
        return false;
    }
    busy.reset();
    m_context.messages.information(this, tr("Export stakeholders"),
                                   tr("%n people written to %1.", nullptr, *written).arg(path));
    return true;
}

} // namespace sisambang::ui
