// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attendance.h"
#include "participants.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace sisambang::ui {

// Someone typed in rather than picked from the register: an invited guest
// (tamu undangan) or a walk-in who signed a blank row. Name is required.
class PersonEntryDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PersonEntryDialog)

public:
    enum class Purpose { Guest, WalkIn };

    explicit PersonEntryDialog(Purpose purpose, QWidget *parent = nullptr);
    ~PersonEntryDialog() override;

    db::Guest guest() const;
    db::WalkIn walkIn() const;

    QLineEdit *name() const { return m_name; }
    QLineEdit *jabatan() const { return m_jabatan; }
    QLineEdit *institution() const { return m_institution; }
    QLineEdit *phone() const { return m_phone; }
    QComboBox *gender() const { return m_gender; }
    QComboBox *institutionKind() const { return m_kind; }

    void accept() override;

private:
    QLineEdit *m_name;
    QLineEdit *m_jabatan;
    QLineEdit *m_institution;
    QComboBox *m_kind;
    QLineEdit *m_phone;
    QComboBox *m_gender;
    QLabel *m_problem;
    bool m_kindChosen = false;
};

} // namespace sisambang::ui
