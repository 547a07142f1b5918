// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTableWidget;

namespace sisambang::ui {

struct Context;

// Page "Laporan": the monthly recap (rekap bulanan) for the province and the
// year view. The clerk picks the period and scope, sees the figures at once,
// then previews and prints, or exports PDF, ODT, XLSX or CSV.
class ReportPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportPage)

public:
    explicit ReportPage(Context &context, QWidget *parent = nullptr);
    ~ReportPage() override;

    // Reads the kecamatan and agreements again and recounts the figures.
    void refresh();
    // Chooses the period shown (tests; the Beranda).
    void showMonth(int year, int month);
    void showYear(int year);

    // The figures as shown: "planned", "done", "postponed", "cancelled",
    // "participants", "visitedInPeriod", "visitedCumulative".
    QString figure(const QString &name) const;
    QTableWidget *coverageTable() const { return m_coverage; }
    QTableWidget *activityTable() const { return m_activities; }

    void preview();
    // Asks for a file (.pdf, .odt, .xlsx or .csv; yearly .pdf or .xlsx) and writes it.
    QString exportFile();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildControls();
    QWidget *buildFigures();
    void recount();
    bool monthly() const;
    void recordExport(const QString &what);

    Context &m_context;
    QRadioButton *m_monthly = nullptr;
    QRadioButton *m_yearly = nullptr;
    QComboBox *m_month = nullptr;
    QSpinBox *m_year = nullptr;
    QComboBox *m_kecamatan = nullptr;
    QComboBox *m_agreement = nullptr;
    QComboBox *m_paper = nullptr;
    QComboBox *m_orientation = nullptr;
    QPushButton *m_previewButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QLabel *m_problem = nullptr;
    QTableWidget *m_coverage = nullptr;
    QTableWidget *m_activities = nullptr;
    bool m_filling = false;
    bool m_stale = true;
};

} // namespace sisambang::ui
