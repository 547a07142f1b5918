// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace sisambang::ui {

struct Context;
class StakeholderFilterBar;
class StakeholderModel;

// Page "Stakeholders": the register as a lazily fetched table with search and
// filters, the person dialog, deactivation, merging, import and export.
class StakeholderPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StakeholderPage)

public:
    explicit StakeholderPage(Context &context, QWidget *parent = nullptr);
    ~StakeholderPage() override;

    StakeholderModel *model() const { return m_model; }
    StakeholderFilterBar *filterBar() const { return m_filters; }
    QTableView *table() const { return m_table; }
    QString statusText() const;

    // The person dialog for a new person (Ctrl+N) or the current row (Enter).
    void newPerson();
    void openPerson(qint64 personId);
    // Delete: removes the current person when nothing refers to them, else
    // deactivates them, after confirmation; says which happened.
    bool deactivateCurrent();
    // Merges the two selected people after choosing the survivor and confirming.
    bool mergeSelected();
    // Asks for a CSV/XLSX file and runs the import dialog.
    void importFile();
    // Writes the current filtered view to the CSV/XLSX file asked for.
    bool exportView();
    // Reads the register again and selects the person, if shown.
    void reload(qint64 selectPersonId = 0);

private:
    QList<qint64> selectedPeople() const;
    void updateStatus();

    Context &m_context;
    QString m_kabupaten;
    StakeholderFilterBar *m_filters;
    StakeholderModel *m_model;
    QTableView *m_table;
    QLabel *m_status;
};

} // namespace sisambang::ui
