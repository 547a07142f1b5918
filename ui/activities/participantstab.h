// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "participants.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace sisambang::ui {

struct Context;
class CandidatePicker;

// Tab "Peserta": whom the activity invites, numbered as the attendance sheet
// prints them. People come from the register (CandidatePicker), as "the usual
// officials of this desa", or as typed-in guests; the list is reordered and
// trimmed until attendance is recorded against its numbers. A removal can be
// undone.
class ParticipantsTab : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ParticipantsTab)

public:
    enum Column {
        NumberColumn,
        NameColumn,
        JabatanColumn,
        InstitutionColumn,
        PhoneColumn,
        ColumnCount
    };

    explicit ParticipantsTab(Context &context, QWidget *parent = nullptr);
    ~ParticipantsTab() override;

    void setActivity(qint64 activityId);
    void reload();

    const QList<db::Participant> &participants() const { return m_participants; }
    QTreeWidget *tree() const { return m_tree; }
    CandidatePicker *picker() const { return m_picker; }
    QPushButton *undoButton() const { return m_undo; }
    // Whether attendance fixes the numbers (no reordering or removal).
    bool locked() const { return m_locked; }

    bool invite(qint64 personId, qint64 positionId);
    bool inviteUsualOfficials();
    bool inviteGuest(const db::Guest &guest);
    // Asks for a guest and invites them.
    void addGuest();
    bool moveCurrent(int step);
    bool removeCurrent();
    bool undoRemoval();
    void selectNumber(int number);

Q_SIGNALS:
    void changed();

private:
    const db::Participant *current() const;
    void updateButtons();
    void finish(bool done, qint64 select = 0);

    Context &m_context;
    qint64 m_activityId = 0;
    QList<db::Participant> m_participants;
    bool m_locked = false;
    QTreeWidget *m_tree;
    CandidatePicker *m_picker;
    QLabel *m_note;
    QPushButton *m_usual;
    QPushButton *m_guest;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_remove;
    QPushButton *m_undo;
    // What the last removal took away, and the order before it.
    std::optional<db::Participant> m_removed;
    QList<qint64> m_orderBeforeRemoval;
};

} // namespace sisambang::ui
