// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "holidays.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace sisambang::ui {

class FieldMessage;

// Adds one holiday: date, description, kind.
class HolidayDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HolidayDialog)

public:
    explicit HolidayDialog(const QDate &initialDate, QWidget *parent = nullptr);
    ~HolidayDialog() override;

    db::Holiday holiday() const;

    void accept() override;

private:
    QDateEdit *m_date;
    QLineEdit *m_description;
    FieldMessage *m_descriptionMessage;
    QComboBox *m_kind;
};

} // namespace sisambang::ui
