// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activities.h"

#include <QDialog>

class QLineEdit;
class QTableWidget;

namespace sisambang::ui {

class ClashPanel;
class FieldMessage;
class SlotEdit;
struct Context;

// Moves an activity to a new date and time with the reason (required), shows
// every earlier move, and the clashes of the new slot before it is saved.
class RescheduleDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RescheduleDialog)

public:
    RescheduleDialog(Context &context, const db::Activity &activity, const QString &zone,
                     QWidget *parent = nullptr);
    ~RescheduleDialog() override;

    SlotEdit *slotEdit() const { return m_slot; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QTableWidget *history() const { return m_history; }
    ClashPanel *clashPanel() const { return m_clashes; }
    // Whether the activity was changed by someone else and should be reloaded.
    bool conflicted() const { return m_conflicted; }

    void accept() override;

private:
    void loadHistory();
    void checkClashes();
    db::Activity moved() const;

    Context &m_context;
    db::Activity m_activity;
    SlotEdit *m_slot;
    QLineEdit *m_reason;
    FieldMessage *m_slotMessage;
    FieldMessage *m_reasonMessage;
    ClashPanel *m_clashes;
    QTableWidget *m_history;
    bool m_conflicted = false;
};

} // namespace sisambang::ui
