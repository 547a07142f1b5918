// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activities.h"
#include "officerroster.h"

#include <QWidget>

class QTableWidget;

namespace sisambang::ui {

// The officers (petugas) of one activity: a Bawaslu person from the register
// per row, each with a role (narasumber, pendamping, ...).
class OfficerTable : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OfficerTable)

public:
    OfficerTable(const QList<Officer> &roster, QWidget *parent = nullptr);
    ~OfficerTable() override;

    void setOfficers(const QList<db::ActivityOfficer> &officers);
    QList<db::ActivityOfficer> officers() const;
    // Adds a row; the first officer free in the roster when `personId` is 0.
    void addOfficer(qint64 personId = 0, db::OfficerRole role = db::OfficerRole::Companion);
    void removeCurrent();
    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    void changed();

private:
    QList<Officer> m_roster;
    QTableWidget *m_table;
};

} // namespace sisambang::ui
