// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stakeholderimport.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace sisambang::ui {

struct Context;

// Imports a CSV or XLSX register: the column mapping (pre-filled from the
// headers, one combo per column of the file), a preview of every row's
// outcome with its line number before anything is written, then the commit
// in one transaction and a summary.
class ImportDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    explicit ImportDialog(Context &context, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // Reads the file and shows its mapping and preview; false (with a message) when unreadable.
    bool load(const QString &path);
    // Reads the mapping from the combos and previews again.
    void refreshPreview();
    // Writes everything (or, with "leave out errors" ticked, the good rows);
    // shows the summary. False when nothing was written.
    bool commit();

    QTableWidget *mappingTable() const { return m_mapping; }
    QTableWidget *previewTable() const { return m_preview; }
    QCheckBox *skipErrorsBox() const { return m_skipErrors; }
    QPushButton *importButton() const { return m_import; }
    const db::ImportPreview &preview() const { return m_previewResult; }
    const db::ImportSummary &summary() const { return m_summary; }

    static QString outcomeLabel(db::ImportOutcome outcome);

private:
    void showMapping();
    db::ColumnMapping mappingFromCombos() const;
    void updateImportButton();

    Context &m_context;
    std::unique_ptr<db::StakeholderImport> m_importer;
    db::ImportPreview m_previewResult;
    db::ImportSummary m_summary;
    QLabel *m_file;
    QTableWidget *m_mapping;
    QTableWidget *m_preview;
    QLabel *m_counts;
    QCheckBox *m_skipErrors;
    QPushButton *m_import;
};

} // namespace sisambang::ui
