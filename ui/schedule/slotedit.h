// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QTime>
#include <QWidget>

class QDateEdit;
class QLabel;
class QTimeEdit;

namespace sisambang::ui {

// Date, start and end of an activity on one line, the times followed by the
// office's time zone: "Senin, 06-03-2023  09.00 - 12.00 WIB".
class SlotEdit : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SlotEdit)

public:
    explicit SlotEdit(const QString &zone, QWidget *parent = nullptr);
    ~SlotEdit() override;

    QDate date() const;
    QTime start() const;
    QTime end() const;
    void setSlot(const QDate &date, const QTime &start, const QTime &end);

    QDateEdit *dateEdit() const { return m_date; }
    QTimeEdit *startEdit() const { return m_start; }
    QTimeEdit *endEdit() const { return m_end; }

Q_SIGNALS:
    void changed();

private:
    QDateEdit *m_date;
    QTimeEdit *m_start;
    QTimeEdit *m_end;
    QLabel *m_zone;
};

} // namespace sisambang::ui
