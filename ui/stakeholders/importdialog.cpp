// SPDX-License-Identifier: GPL-3.0-or-later
#include "importdialog.h"

#include "busyindicator.h"
#include "common/messages.h"
#include "context.h"
#include "database.h"

#include <algorithm>

#include <QApplication>
#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sisambang::ui {

ImportDialog::ImportDialog(Context &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_importer(std::make_unique<db::StakeholderImport>(context.database))
    , m_file(new QLabel(this))
    , m_mapping(new QTableWidget(this))
    , m_preview(new QTableWidget(this))
    , m_counts(new QLabel(this))
    , m_skipErrors(new QCheckBox(tr("Leave out the rows with errors"), this))
    , m_import(new QPushButton(tr("Import"), this))
{
    setObjectName(QStringLiteral("stakeholderImportDialog"));
    setWindowTitle(tr("Import stakeholders"));
    m_mapping->setColumnCount(2);
    m_mapping->setHorizontalHeaderLabels({tr("Column in the file"), tr("Read as")});
    m_mapping->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_mapping->verticalHeader()->hide();
    m_preview->setColumnCount(5);
    m_preview->setHorizontalHeaderLabels(
        {tr("Line"), tr("Outcome"), tr("Name"), tr("Position"), tr("Reason")});
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->verticalHeader()->hide();
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setWordWrap(true);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_mapping);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(1, 3);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_file);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_counts);
    layout->addWidget(m_skipErrors);
    layout->addWidget(buttons);
    connect(m_import, &QPushButton::clicked, this, [this] {
        if (commit()) {
            accept();
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    connect(m_skipErrors, &QCheckBox::toggled, this, &ImportDialog::updateImportButton);
    resize(1000, 600);
    updateImportButton();
}

ImportDialog::~ImportDialog() = default;

QString ImportDialog::outcomeLabel(db::ImportOutcome outcome)
{
    switch (outcome) {
    case db::ImportOutcome::New:
        return tr("new");
    case db::ImportOutcome::Update:
        return tr("update");
    case db::ImportOutcome::Unchanged:
        return tr("unchanged");
    case db::ImportOutcome::Duplicate:
        return tr("duplicate");
    case db::ImportOutcome::Error:
        return tr("error");
    }
    return {};
}

bool ImportDialog::load(const QString &path)
{
    m_file->setText(tr("File: %1").arg(QFileInfo(path).fileName()));
    {
        BusyIndicator busy(this, tr("Reading %1...").arg(QFileInfo(path).fileName()));
        if (auto loaded = m_importer->load(path); !loaded) {
            m_context.messages.critical(this, tr("Import stakeholders"), loaded.error().message);
            return false;
        }
    }
    showMapping();
    refreshPreview();
    return true;
}

void ImportDialog::showMapping()
{
    const QStringList headers = m_importer->headers();
    const db::ColumnMapping mapping = m_importer->mapping();
    m_mapping->setRowCount(static_cast<int>(headers.size()));
    for (int i = 0; i < headers.size(); ++i) {
        auto *name = new QTableWidgetItem(headers.at(i));
        name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        m_mapping->setItem(i, 0, name);
        auto *box = new QComboBox(m_mapping);
        box->addItem(tr("(ignore)"), -1);
        for (auto column : db::StakeholderColumns::all()) {
            box->addItem(db::StakeholderColumns::label(column), static_cast<int>(column));
        }
        const auto column = mapping.key(i, db::StakeholderColumn::Name);
        if (mapping.value(column, -1) == i) {
            box->setCurrentIndex(box->findData(static_cast<int>(column)));
        }
        connect(box, &QComboBox::currentIndexChanged, this, &ImportDialog::refreshPreview);
        m_mapping->setCellWidget(i, 1, box);
    }
}

db::ColumnMapping ImportDialog::mappingFromCombos() const
{
    db::ColumnMapping mapping;
    for (int i = 0; i < m_mapping->rowCount(); ++i) {
        auto *box = qobject_cast<QComboBox *>(m_mapping->cellWidget(i, 1));
        const int column = box ? box->currentData().toInt() : -1;
        // The first of two columns mapped to the same field wins, as with the headers.
        if (column >= 0 && !mapping.contains(static_cast<db::StakeholderColumn>(column))) {
            mapping.insert(static_cast<db::StakeholderColumn>(column), i);
        }
    }
    return mapping;
}

void ImportDialog::refreshPreview()
{
    m_importer->setMapping(mappingFromCombos());
    db::Result<db::ImportPreview> preview = db::ImportPreview{};
    {
        BusyIndicator busy(this, tr("Checking every row..."));
        preview = m_importer->preview();
    }
    m_preview->setRowCount(0);
    if (!preview) {
        m_previewResult = {};
        m_counts->setText(preview.error().message);
        updateImportButton();
        return;
    }
    m_previewResult = *preview;
    m_preview->setRowCount(static_cast<int>(m_previewResult.rows.size()));
    for (int i = 0; i < m_previewResult.rows.size(); ++i) {
        const auto &row = m_previewResult.rows.at(i);
        QStringList reasons = row.reasons;
        reasons.append(row.warnings);
        const QStringList cells{QString::number(row.line), outcomeLabel(row.outcome), row.name,
                                row.where, reasons.join(QStringLiteral("; "))};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (row.outcome == db::ImportOutcome::Error) {
                item->setForeground(QColor(0xb0, 0x1c, 0x1c));
            }
            item->setToolTip(c == 4 ? reasons.join(u'\n') : cells.at(c));
            m_preview->setItem(i, c, item);
        }
    }
    m_preview->resizeColumnsToContents();
    // Measuring every row of a very large file would take longer than reading it.
    if (m_preview->rowCount() <= 2000) {
        m_preview->resizeRowsToContents();
    }
    m_counts->setText(tr("%1 new, %2 to update, %3 unchanged, %4 duplicates, %5 errors")
                          .arg(m_previewResult.count(db::ImportOutcome::New))
                          .arg(m_previewResult.count(db::ImportOutcome::Update))
                          .arg(m_previewResult.count(db::ImportOutcome::Unchanged))
                          .arg(m_previewResult.count(db::ImportOutcome::Duplicate))
                          .arg(m_previewResult.count(db::ImportOutcome::Error)));
    updateImportButton();
}

void ImportDialog::updateImportButton()
{
    const bool anything = !m_previewResult.rows.isEmpty();
    m_import->setEnabled(anything && (!m_previewResult.hasErrors() || m_skipErrors->isChecked()));
    m_skipErrors->setVisible(m_previewResult.hasErrors());
}

bool ImportDialog::commit()
{
    db::ImportOptions options;
    options.skipErrors = m_skipErrors->isChecked();
    db::Result<db::ImportSummary> summary = db::ImportSummary{};
    {
        BusyIndicator busy(this, tr("Importing..."));
        summary = m_importer->commit(options);
    }
    if (!summary) {
        m_context.messages.critical(this, tr("Import stakeholders"),
                                    tr("Nothing was imported: %1").arg(summary.error().message));
        return false;
    }
    m_summary = *summary;
    auto lines = [](const QList<int> &list) {
        QStringList numbers;
        // A large file's lines are not all listed: the preview showed them.
        constexpr int shown = 20;
        for (int i = 0; i < std::min<int>(shown, list.size()); ++i) {
            numbers.append(QString::number(list.at(i)));
        }
        if (list.size() > shown) {
            numbers.append(QStringLiteral("..."));
        }
        return numbers.isEmpty() ? QStringLiteral("-") : numbers.join(QStringLiteral(", "));
    };
    m_context.messages.information(
        this, tr("Import stakeholders"),
        tr("Added: %1 (lines %2)\nUpdated: %3 (lines %4)\nSkipped: %5 (lines %6)\n"
           "Failed: %7 (lines %8)\nNew institutions: %9")
            .arg(m_summary.added.size())
            .arg(lines(m_summary.added))
            .arg(m_summary.updated.size())
            .arg(lines(m_summary.updated))
            .arg(m_summary.skipped.size())
            .arg(lines(m_summary.skipped))
            .arg(m_summary.failed.size())
            .arg(lines(m_summary.failed))
            .arg(m_summary.institutionsAdded));
    return true;
}

} // namespace sisambang::ui
