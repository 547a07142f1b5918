// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;
class QGroupBox;

namespace sisambang::ui {

struct Context;

// The Beranda's work lists: activities of the next 14 days, agreements ending
// within 90 days, done activities still missing their records, and open
// follow-up items. Activating an item asks the main window to open it where
// it is handled. Each list shows at most maxRows items (the total is in its
// title), and the lists are read after the panel is first painted, so that
// the window opens without waiting for them.
class DashboardPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPanel)

public:
    static constexpr int maxRows = 50;

    explicit DashboardPanel(Context &context, QWidget *parent = nullptr);
    ~DashboardPanel() override;

    // Reads the lists again as of `today`.
    void refresh(const QDate &today = QDate::currentDate());
    // Whether the lists have been read (they are, once the panel has painted).
    bool isLoaded() const { return m_loaded; }

    // For tests: the lists by name ("upcoming", "expiring", "incomplete", "followUps").
    QTreeWidget *list(const QString &name) const;

Q_SIGNALS:
    void activityRequested(qint64 activityId);
    void agreementRequested(qint64 agreementId);
    void problem(const QString &message);
    void loaded();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QTreeWidget *addList(const QString &name, const QString &title, const QString &fullListPage,
                         const QStringList &columns, int stretchColumn);
    void fillUpcoming(const QDate &today);
    void fillExpiring(const QDate &today);
    void fillIncomplete(const QDate &today);
    void fillFollowUps(const QDate &today);
    // "Title (count)", or "Title (shown of total)" when the list is cut short.
    void setTitle(QTreeWidget *list, int shown, int total);
    void itemActivated(QTreeWidgetItem *item);

    Context &m_context;
    QTreeWidget *m_upcoming = nullptr;
    QTreeWidget *m_expiring = nullptr;
    QTreeWidget *m_incomplete = nullptr;
    QTreeWidget *m_followUps = nullptr;
    bool m_loaded = false;
    bool m_loadScheduled = false;
};

} // namespace sisambang::ui
