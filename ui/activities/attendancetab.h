// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attendance.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace sisambang::ui {

struct Context;

// Tab "Kehadiran": who came, ticked on the list numbered exactly as the
// printed sheet (the invited, then the walk-ins who signed the blank rows);
// walk-ins are added with their details and offered to the register; the
// counts by gender and institution kind follow every tick.
class AttendanceTab : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttendanceTab)

public:
    enum Column {
        NumberColumn,
        NameColumn,
        JabatanColumn,
        InstitutionColumn,
        PhoneColumn,
        GenderColumn,
        ColumnCount
    };

    explicit AttendanceTab(Context &context, QWidget *parent = nullptr);
    ~AttendanceTab() override;

    void setActivity(qint64 activityId);
    void reload();

    const QList<db::AttendanceRow> &rows() const { return m_rows; }
    QTreeWidget *tree() const { return m_tree; }
    QString countsText() const;

    // Ticks or unticks the invited participant on row `number`.
    bool setAttended(int number, bool attended);
    bool tickAll();
    // Records the walk-in and asks whether to add them to the register.
    bool addWalkIn(const db::WalkIn &walkIn);
    // Asks for the walk-in's details first.
    void askWalkIn();
    bool removeCurrentWalkIn();
    // Adds the chosen walk-in to the register as a new person.
    bool addCurrentToRegister();

Q_SIGNALS:
    void changed();

private:
    const db::AttendanceRow *current() const;
    void updateButtons();
    void showCounts();
    void itemChanged(QTreeWidgetItem *item, int column);
    bool offerToRegister(qint64 attendanceId, const QString &name);

    Context &m_context;
    qint64 m_activityId = 0;
    QList<db::AttendanceRow> m_rows;
    QTreeWidget *m_tree;
    QLabel *m_counts;
    QPushButton *m_all;
    QPushButton *m_walkIn;
    QPushButton *m_removeWalkIn;
    QPushButton *m_register;
};

} // namespace sisambang::ui
