// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activities.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTreeWidget;

namespace sisambang::ui {

struct Context;

// The left side of page "Kegiatan": the activities to open, searched and
// filtered by status, kecamatan and period (recent and upcoming at first), a
// done activity lacking attendance, minutes or photos marked as such.
class ActivityBrowser : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityBrowser)

public:
    enum class Period { RecentAndUpcoming, ThisMonth, ThisYear, All };
    enum Column { DateColumn, ActivityColumn, StatusColumn, MissingColumn, ColumnCount };
    // How far back "recent" reaches.
    static constexpr int recentDays = 60;

    ActivityBrowser(Context &context, const QString &regencyCode, QWidget *parent = nullptr);
    ~ActivityBrowser() override;

    // Reads the activities again, keeping the chosen one when it is still listed.
    void reload();
    // Chooses the activity, widening the period and clearing the search and
    // filters when it is not listed; false when it does not exist.
    bool select(qint64 id);
    qint64 currentId() const;
    // What a done activity lacks, as the list shows it ("minutes, photos"); empty when complete.
    QString missingText(qint64 id) const { return m_missing.value(id); }

    QTreeWidget *list() const { return m_list; }
    QLineEdit *search() const { return m_search; }
    QComboBox *status() const { return m_status; }
    QComboBox *kecamatan() const { return m_kecamatan; }
    QComboBox *period() const { return m_period; }

Q_SIGNALS:
    // The chosen activity changed; 0 when none is chosen.
    void activityChosen(qint64 id);

private:
    void reloadKeeping(qint64 keep);
    db::ActivityFilter filter() const;
    bool matchesSearch(const db::Activity &activity) const;
    void fill(const QList<db::Activity> &activities, qint64 keep);
    void readMissing(const db::ActivityFilter &filter);

    Context &m_context;
    QLineEdit *m_search;
    QComboBox *m_status;
    QComboBox *m_kecamatan;
    QComboBox *m_period;
    QTreeWidget *m_list;
    QLabel *m_summary;
    QHash<qint64, QString> m_missing;
    qint64 m_current = 0;
};

// "Rapat Koordinasi, Desa Nibung": what the list and the header call an activity.
QString activityCaption(const db::Activity &activity);

} // namespace sisambang::ui
