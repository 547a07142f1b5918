// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace sisambang::ui {

struct Context;
class HolidayModel;

// Pengaturan > Hari Libur: the national holidays and cuti bersama the scheduler
// skips, by year; add, remove, and import a CSV file in the shared format
// (tanggal,keterangan,jenis), all of it or nothing.
class HolidayPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HolidayPanel)

public:
    explicit HolidayPanel(Context &context, QWidget *parent = nullptr);
    ~HolidayPanel() override;

    int shownYear() const;
    void showYear(int year);
    HolidayModel *model() const { return m_model; }

    void addHoliday();
    void removeSelected();
    // Imports `file` (asks for one when empty); true when it was stored.
    bool importCsv(const QString &file = {});

private:
    void reload();
    void loadYear();
    void updateButtons();

    Context &m_context;
    HolidayModel *m_model;
    QComboBox *m_year;
    QTableView *m_table;
    QLabel *m_summary;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_import;
};

} // namespace sisambang::ui
