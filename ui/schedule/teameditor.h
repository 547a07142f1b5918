// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "officerroster.h"
#include "schedulegenerator.h"

#include <QWidget>

class QListWidget;

namespace sisambang::ui {

// The officer teams the generator rotates through: each a name and the
// Bawaslu people who visit together. Without teams no officer is assigned.
class TeamEditor : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamEditor)

public:
    TeamEditor(const QList<Officer> &roster, QWidget *parent = nullptr);
    ~TeamEditor() override;

    QList<db::OfficerTeam> teams() const { return m_teams; }
    void setTeams(const QList<db::OfficerTeam> &teams);
    void addTeam(const db::OfficerTeam &team);
    // Asks for the team's members (a dialog with the roster to tick).
    void addTeamInteractively();
    void removeCurrent();
    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    void changed();

private:
    void refresh();
    QString describe(const db::OfficerTeam &team) const;

    QList<Officer> m_roster;
    QList<db::OfficerTeam> m_teams;
    QListWidget *m_list;
};

} // namespace sisambang::ui
