// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedulesnapshot.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QDate>
#include <QTime>

#include <optional>

namespace sisambang::ui {

// One activity as a calendar day lists it.
struct CalendarEntry
{
    qint64 key = 0; // ScheduleSnapshot key
    QTime start{};
    QTime end{};
    QString label{}; // "Desa Nibung" or the activity's title
    db::ActivityStatus status = db::ActivityStatus::Planned;
    QColor colour{};
    int openClashes = 0;
    int acceptedClashes = 0;
    QString toolTip{};
};

struct CalendarDay
{
    QDate date{};
    bool inPeriod = true; // false for the days of the neighbouring months
    bool weekend = false;
    bool today = false;
    std::optional<db::Holiday> holiday{};
    QList<CalendarEntry> entries{}; // by start time
};

// A month (whole weeks, Monday first) or a single week of the schedule as a
// table of days: rows are weeks, columns Monday to Sunday. Each day carries
// its activities with their status colour and clash flags, its holiday or
// cuti bersama from the holiday table, and whether it is a weekend or today.
class CalendarModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarModel)

public:
    enum class Span { Month, Week };
    enum Role { DateRole = Qt::UserRole + 1, EntryCountRole, OpenClashRole };

    explicit CalendarModel(QObject *parent = nullptr);
    ~CalendarModel() override;

    // The month of `date` or its Monday-to-Sunday week.
    void showPeriod(Span span, const QDate &date);
    Span span() const { return m_span; }
    QDate anchor() const { return m_anchor; }
    // The days shown, first and last (whole weeks).
    QDate firstDay() const { return m_first; }
    QDate lastDay() const { return m_first.addDays(static_cast<qint64>(m_days.size()) - 1); }
    // "Maret 2023" or "6 - 12 Maret 2023".
    QString periodTitle() const;
    // The previous or next month or week.
    QDate step(int direction) const;

    void setToday(const QDate &today);
    // The snapshot should span firstDay()..lastDay(); days outside it stay empty.
    void setSnapshot(const ScheduleSnapshot &snapshot);

    const CalendarDay &day(const QModelIndex &index) const;
    // nullptr when the date is not shown.
    const CalendarDay *dayOf(const QDate &date) const;
    QModelIndex indexOf(const QDate &date) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void rebuild();

    Span m_span = Span::Month;
    QDate m_anchor;
    QDate m_first;
    QDate m_today;
    ScheduleSnapshot m_snapshot;
    QList<CalendarDay> m_days;
};

} // namespace sisambang::ui
