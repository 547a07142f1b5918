// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "participants.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace sisambang::ui {

struct Context;

// People of the register to invite: those holding a position in the
// activity's desa (or its whole kecamatan), by institution kind, searched by
// name, jabatan or institution. Who is invited already is shown greyed.
class CandidatePicker : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CandidatePicker)

public:
    explicit CandidatePicker(Context &context, QWidget *parent = nullptr);
    ~CandidatePicker() override;

    void setActivity(qint64 activityId);
    void reload();

    QComboBox *scope() const { return m_scope; }
    QComboBox *kind() const { return m_kind; }
    QLineEdit *search() const { return m_search; }
    QTreeWidget *tree() const { return m_tree; }
    const QList<db::ParticipantCandidate> &candidates() const { return m_candidates; }
    // Chooses the candidate of that name (tests, keyboard); false when not listed.
    bool choose(const QString &name);

Q_SIGNALS:
    void inviteRequested(qint64 personId, qint64 positionId);

private:
    void inviteCurrent();

    Context &m_context;
    qint64 m_activityId = 0;
    QList<db::ParticipantCandidate> m_candidates;
    QComboBox *m_scope;
    QComboBox *m_kind;
    QLineEdit *m_search;
    QTreeWidget *m_tree;
    QPushButton *m_invite;
};

} // namespace sisambang::ui
