// SPDX-License-Identifier: GPL-3.0-or-later
#include "officertable.h"

#include "common/icons.h"
#include "schedulesnapshot.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sisambang::ui {

namespace {

constexpr int PersonColumn = 0;
constexpr int RoleColumn = 1;

const QList<db::OfficerRole> roles = {db::OfficerRole::Speaker, db::OfficerRole::Companion,
                                      db::OfficerRole::Moderator, db::OfficerRole::MinuteTaker,
                                      db::OfficerRole::Other};

} // namespace

OfficerTable::OfficerTable(const QList<Officer> &roster, QWidget *parent)
    : QWidget(parent)
    , m_roster(roster)
    , m_table(new QTableWidget(0, 2, this))
{
    setObjectName(QStringLiteral("officerTable"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_table->setHorizontalHeaderLabels({tr("Officer"), tr("Role")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(PersonColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(RoleColumn, QHeaderView::ResizeToContents);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setMinimumHeight(110);
    layout->addWidget(m_table, 1);
    auto *buttons = new QVBoxLayout;
    auto *add = new QPushButton(icon(IconId::Add), tr("Add"), this);
    auto *remove = new QPushButton(icon(IconId::Remove), tr("Remove"), this);
    add->setObjectName(QStringLiteral("addOfficer"));
    remove->setObjectName(QStringLiteral("removeOfficer"));
    add->setEnabled(!m_roster.isEmpty());
    add->setToolTip(m_roster.isEmpty() ? tr("No Bawaslu member or staff is in the register yet.")
                                       : tr("Add an officer"));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] { addOfficer(); });
    connect(remove, &QPushButton::clicked, this, &OfficerTable::removeCurrent);
}

OfficerTable::~OfficerTable() = default;

void OfficerTable::setOfficers(const QList<db::ActivityOfficer> &officers)
{
    m_table->setRowCount(0);
    for (const db::ActivityOfficer &officer : officers) {
        addOfficer(officer.personId, officer.role);
        // Someone no longer at the office still shows under their name.
        auto *person = qobject_cast<QComboBox *>(m_table->cellWidget(m_table->rowCount() - 1, 0));
        if (person->findData(officer.personId) < 0) {
            person->addItem(officer.name, officer.personId);
            person->setCurrentIndex(person->count() - 1);
        }
    }
}

QList<db::ActivityOfficer> OfficerTable::officers() const
{
    QList<db::ActivityOfficer> officers;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto *person = qobject_cast<QComboBox *>(m_table->cellWidget(row, PersonColumn));
        const auto *role = qobject_cast<QComboBox *>(m_table->cellWidget(row, RoleColumn));
        const qint64 id = person->currentData().toLongLong();
        if (id > 0) {
            officers.append({id, roles.at(role->currentIndex()), person->currentText()});
        }
    }
    return officers;
}

void OfficerTable::addOfficer(qint64 personId, db::OfficerRole role)
{
    if (personId == 0) {
        QList<qint64> taken;
        for (const db::ActivityOfficer &officer : officers()) {
            taken << officer.personId;
        }
        for (const Officer &officer : m_roster) {
            if (!taken.contains(officer.personId)) {
                personId = officer.personId;
                break;
            }
        }
        // The first to go is usually the speaker.
        role = m_table->rowCount() == 0 ? db::OfficerRole::Speaker : role;
    }
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *person = new QComboBox(m_table);
    for (const Officer &officer : m_roster) {
        person->addItem(officer.name, officer.personId);
        person->setItemData(person->count() - 1, officer.jabatan, Qt::ToolTipRole);
    }
    person->setCurrentIndex(person->findData(personId));
    auto *roleBox = new QComboBox(m_table);
    for (const db::OfficerRole each : roles) {
        roleBox->addItem(officerRoleText(each));
    }
    roleBox->setCurrentIndex(static_cast<int>(roles.indexOf(role)));
    m_table->setCellWidget(row, PersonColumn, person);
    m_table->setCellWidget(row, RoleColumn, roleBox);
    m_table->setCurrentCell(row, PersonColumn);
    connect(person, &QComboBox::currentIndexChanged, this, &OfficerTable::changed);
    connect(roleBox, &QComboBox::currentIndexChanged, this, &OfficerTable::changed);
    Q_EMIT changed();
}

void OfficerTable::removeCurrent()
{
    const int row = m_table->currentRow();
    if (row >= 0) {
        m_table->removeRow(row);
        Q_EMIT changed();
    }
}

} // namespace sisambang::ui
