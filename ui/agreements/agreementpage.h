// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QTableWidget;

namespace sisambang::ui {

class AgreementEditor;
struct Context;

// Page "MoU": the register of agreements filtered by status, kecamatan and
// year (those expiring within 90 days highlighted), the coverage of desa per
// kecamatan, and the editor of the chosen agreement.
class AgreementPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgreementPage)

public:
    explicit AgreementPage(Context &context, QWidget *parent = nullptr);
    ~AgreementPage() override;

    void refresh();
    AgreementEditor *editor() const { return m_editor; }
    QTableWidget *list() const { return m_list; }
    QTableWidget *coverage() const { return m_coverage; }
    // Shows the agreement in the list and the editor (e.g. from the Beranda).
    void select(qint64 id);

private:
    void refreshCoverage();

    Context &m_context;
    QString m_regencyCode;
    QComboBox *m_status = nullptr;
    QComboBox *m_kecamatan = nullptr;
    QComboBox *m_year = nullptr;
    QTableWidget *m_list = nullptr;
    QTableWidget *m_coverage = nullptr;
    AgreementEditor *m_editor = nullptr;
};

} // namespace sisambang::ui
