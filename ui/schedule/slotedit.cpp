// SPDX-License-Identifier: GPL-3.0-or-later
#include "slotedit.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimeEdit>

namespace sisambang::ui {

SlotEdit::SlotEdit(const QString &zone, QWidget *parent)
    : QWidget(parent)
    , m_date(new QDateEdit(this))
    , m_start(new QTimeEdit(this))
    , m_end(new QTimeEdit(this))
    , m_zone(new QLabel(zone, this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_date->setObjectName(QStringLiteral("date"));
    m_start->setObjectName(QStringLiteral("start"));
    m_end->setObjectName(QStringLiteral("end"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dddd, dd-MM-yyyy"));
    m_date->setDate(QDate::currentDate());
    for (QTimeEdit *edit : {m_start, m_end}) {
        // Indonesian offices write times with a dot: 09.00.
        edit->setDisplayFormat(QStringLiteral("HH.mm"));
    }
    m_start->setTime(QTime(9, 0));
    m_end->setTime(QTime(12, 0));
    m_start->setAccessibleName(tr("Start time"));
    m_end->setAccessibleName(tr("End time"));
    layout->addWidget(m_date, 1);
    layout->addWidget(m_start);
    layout->addWidget(new QLabel(QStringLiteral("-"), this));
    layout->addWidget(m_end);
    layout->addWidget(m_zone);
    connect(m_date, &QDateEdit::dateChanged, this, &SlotEdit::changed);
    connect(m_start, &QTimeEdit::timeChanged, this, [this](const QTime &start) {
        // An end no longer after the start follows it, three hours later.
        if (m_end->time() <= start) {
            m_end->setTime(start.addSecs(3 * 3600) < start ? QTime(23, 59)
                                                           : start.addSecs(3 * 3600));
        }
        Q_EMIT changed();
    });
    connect(m_end, &QTimeEdit::timeChanged, this, &SlotEdit::changed);
}

SlotEdit::~SlotEdit() = default;

QDate SlotEdit::date() const
{
    return m_date->date();
}

QTime SlotEdit::start() const
{
    return m_start->time();
}

QTime SlotEdit::end() const
{
    return m_end->time();
}

void SlotEdit::setSlot(const QDate &date, const QTime &start, const QTime &end)
{
    const QSignalBlocker blockDate(m_date);
    const QSignalBlocker blockStart(m_start);
    const QSignalBlocker blockEnd(m_end);
    m_date->setDate(date);
    m_start->setTime(start);
    m_end->setTime(end);
    Q_EMIT changed();
}

} // namespace sisambang::ui
