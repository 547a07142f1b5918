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
// it is handled.
class DashboardPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPanel)

public:
    explicit DashboardPanel(Context &context, QWidget *parent = nullptr);
    ~DashboardPanel() override;

    // Reads the lists again as of `today`.
    void refresh(const QDate &today = QDate::currentDate());

    // For tests: the lists by name ("upcoming", "expiring", "incomplete", "followUps").
    QTreeWidget *list(const QString &name) const;

Q_SIGNALS:
    void activityRequested(qint64 activityId);
    void agreementRequested(qint64 agreementId);
    void problem(const QString &message);

private:
    QTreeWidget *addList(const QString &name, const QString &title, const QStringList &columns,
                         int stretchColumn);
    void fillUpcoming(const QDate &today);
    void fillExpiring(const QDate &today);
    void fillIncomplete(const QDate &today);
    void fillFollowUps(const QDate &today);
    void setTitle(QTreeWidget *list, int count);
    void itemActivated(QTreeWidgetItem *item);

    Context &m_context;
    QTreeWidget *m_upcoming = nullptr;
    QTreeWidget *m_expiring = nullptr;
    QTreeWidget *m_incomplete = nullptr;
    QTreeWidget *m_followUps = nullptr;
};

} // namespace sisambang::ui
