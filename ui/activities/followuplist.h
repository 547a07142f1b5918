// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "followups.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace sisambang::ui {

struct Context;

// Follow-up items (tindak lanjut) in a list to close: either the open items of
// EARLIER activities in the same desa (the banner above an opened activity, so
// nothing agreed is forgotten), or the items agreed at this activity, with a
// row to add more.
class FollowUpList : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FollowUpList)

public:
    enum class Source { EarlierOpen, ThisActivity };
    enum Column { ItemColumn, WhomColumn, DueColumn, StateColumn, FromColumn, ColumnCount };

    FollowUpList(Context &context, Source source, QWidget *parent = nullptr);
    ~FollowUpList() override;

    void setActivity(qint64 activityId);
    void reload();
    int count() const;
    const QList<db::FollowUp> &items() const { return m_items; }

    // The row adding an item (ThisActivity only).
    QLineEdit *description() const { return m_description; }
    QLineEdit *assignee() const { return m_assignee; }
    QDateEdit *due() const { return m_due; }
    QLineEdit *closingNote() const { return m_note; }
    QTreeWidget *tree() const { return m_tree; }

    bool addItem();
    // Closes the chosen item today with the closing note.
    bool closeCurrent();
    bool reopenCurrent();
    bool removeCurrent();

Q_SIGNALS:
    // An item was added, closed, reopened or removed.
    void changed();

private:
    const db::FollowUp *current() const;
    void updateButtons();
    void finish(bool done);

    Context &m_context;
    Source m_source;
    qint64 m_activityId = 0;
    QList<db::FollowUp> m_items;
    QTreeWidget *m_tree;
    QLineEdit *m_description = nullptr;
    QLineEdit *m_assignee = nullptr;
    QDateEdit *m_due = nullptr;
    QLineEdit *m_note;
    QPushButton *m_close;
    QPushButton *m_reopen = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace sisambang::ui
