// SPDX-License-Identifier: GPL-3.0-or-later
#include "teameditor.h"

#include "common/icons.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace sisambang::ui {

TeamEditor::TeamEditor(const QList<Officer> &roster, QWidget *parent)
    : QWidget(parent)
    , m_roster(roster)
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("teamEditor"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_list->setObjectName(QStringLiteral("teams"));
    m_list->setMinimumHeight(70);
    m_list->setWordWrap(true);
    layout->addWidget(m_list, 1);
    auto *buttons = new QVBoxLayout;
    auto *add = new QPushButton(icon(IconId::Add), tr("Add team..."), this);
    auto *remove = new QPushButton(icon(IconId::Remove), tr("Remove"), this);
    add->setObjectName(QStringLiteral("addTeam"));
    remove->setObjectName(QStringLiteral("removeTeam"));
    add->setEnabled(!m_roster.isEmpty());
    add->setToolTip(m_roster.isEmpty() ? tr("No Bawaslu member or staff is in the register yet.")
                                       : tr("A team visits together, one desa per half day."));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &TeamEditor::addTeamInteractively);
    connect(remove, &QPushButton::clicked, this, &TeamEditor::removeCurrent);
    refresh();
}

TeamEditor::~TeamEditor() = default;

void TeamEditor::setTeams(const QList<db::OfficerTeam> &teams)
{
    m_teams = teams;
    refresh();
    Q_EMIT changed();
}

void TeamEditor::addTeam(const db::OfficerTeam &team)
{
    m_teams.append(team);
    refresh();
    Q_EMIT changed();
}

QString TeamEditor::describe(const db::OfficerTeam &team) const
{
    QStringList names;
    for (const qint64 id : team.officerIds) {
        for (const Officer &officer : m_roster) {
            if (officer.personId == id) {
                names << officer.name;
            }
        }
    }
    return QStringLiteral("%1: %2").arg(team.label, names.join(QStringLiteral(", ")));
}

void TeamEditor::refresh()
{
    m_list->clear();
    for (const db::OfficerTeam &team : std::as_const(m_teams)) {
        m_list->addItem(describe(team));
    }
    if (m_teams.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No teams: visits are planned without officers."));
        item->setFlags(Qt::NoItemFlags);
        m_list->addItem(item);
    }
}

void TeamEditor::removeCurrent()
{
    const int row = m_list->currentRow();
    if (row >= 0 && row < m_teams.size()) {
        m_teams.removeAt(row);
        refresh();
        Q_EMIT changed();
    }
}

void TeamEditor::addTeamInteractively()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("teamDialog"));
    dialog.setWindowTitle(tr("New team"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *form = new QFormLayout;
    auto *name = new QLineEdit(tr("Team %1").arg(m_teams.size() + 1), &dialog);
    name->setObjectName(QStringLiteral("teamName"));
    form->addRow(tr("&Name"), name);
    layout->addLayout(form);
    auto *members = new QListWidget(&dialog);
    members->setObjectName(QStringLiteral("members"));
    for (const Officer &officer : std::as_const(m_roster)) {
        auto *item =
            new QListWidgetItem(officer.jabatan.isEmpty()
                                    ? officer.name
                                    : QStringLiteral("%1 (%2)").arg(officer.name, officer.jabatan),
                                members);
        item->setData(Qt::UserRole, officer.personId);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    layout->addWidget(members, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.resize(380, 360);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    db::OfficerTeam team;
    team.label = name->text().trimmed().isEmpty() ? tr("Team %1").arg(m_teams.size() + 1)
                                                  : name->text().trimmed();
    for (int row = 0; row < members->count(); ++row) {
        if (members->item(row)->checkState() == Qt::Checked) {
            team.officerIds << members->item(row)->data(Qt::UserRole).toLongLong();
        }
    }
    if (!team.officerIds.isEmpty()) {
        addTeam(team);
    }
}

} // namespace sisambang::ui
