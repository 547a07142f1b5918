// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace sisambang::ui {

struct Context;
class AuditLogModel;

// Pengaturan > Audit Log: who changed what and when, filtered by date range,
// operator, kind of record and text; the chosen entry's before and after; the
// filtered log exported as the CSV `sisambang-cli audit --format csv` writes;
// and the operator name every change is recorded under.
class AuditPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditPanel)

public:
    explicit AuditPanel(Context &context, QWidget *parent = nullptr);
    ~AuditPanel() override;

    AuditLogModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // Re-reads the log with the filters as they are set now.
    void reload();
    // Also re-reads the operators and kinds the filters offer.
    void refresh();
    // Asks for a new .csv file and writes the filtered log; the path, or empty.
    QString exportCsv();
    bool saveOperatorName();

private:
    void fillChoices();
    void showDetails();

    Context &m_context;
    AuditLogModel *m_model;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_operator;
    QComboBox *m_kind;
    QLineEdit *m_search;
    QTableView *m_table;
    QPlainTextEdit *m_details;
    QLabel *m_summary;
    QPushButton *m_export;
    QLineEdit *m_operatorName;
    QPushButton *m_saveOperator;
    QTimer *m_searchDelay;
};

} // namespace sisambang::ui
