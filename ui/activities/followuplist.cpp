// SPDX-License-Identifier: GPL-3.0-or-later
#include "followuplist.h"

#include "context.h"
#include "feedback.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sisambang::ui {

namespace {

const QDate noDueDate(2000, 1, 1);

QString shortDate(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd-MM-yyyy")) : QString();
}

} // namespace

FollowUpList::FollowUpList(Context &context, Source source, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_source(source)
    , m_tree(new QTreeWidget(this))
    , m_note(new QLineEdit(this))
    , m_close(new QPushButton(tr("&Close item"), this))
{
    const bool earlier = source == Source::EarlierOpen;
    setObjectName(earlier ? QStringLiteral("earlierFollowUps") : QStringLiteral("followUps"));
    m_tree->setObjectName(QStringLiteral("followUpTree"));
    m_tree->setRootIsDecorated(false);
    m_tree->setHeaderLabels(
        {tr("Follow-up item"), tr("Whom"), tr("By"), tr("State"), tr("Agreed at")});
    m_tree->header()->setSectionResizeMode(ItemColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setColumnHidden(FromColumn, !earlier);
    m_tree->setColumnHidden(StateColumn, earlier);
    m_note->setObjectName(QStringLiteral("closingNote"));
    m_note->setPlaceholderText(tr("How it was settled (closing note)"));
    m_close->setObjectName(QStringLiteral("closeFollowUp"));
    m_close->setToolTip(tr("Closes the chosen item today with the note"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    if (!earlier) {
        m_description = new QLineEdit(this);
        m_description->setObjectName(QStringLiteral("followUpDescription"));
        m_description->setPlaceholderText(tr("New follow-up item: what is to be done"));
        m_assignee = new QLineEdit(this);
        m_assignee->setObjectName(QStringLiteral("followUpAssignee"));
        m_assignee->setPlaceholderText(tr("By whom"));
        m_due = new QDateEdit(this);
        m_due->setObjectName(QStringLiteral("followUpDue"));
        m_due->setCalendarPopup(true);
        m_due->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
        m_due->setMinimumDate(noDueDate);
        m_due->setSpecialValueText(tr("no date"));
        m_due->setDate(noDueDate);
        m_due->setToolTip(tr("By when"));
        auto *add = new QPushButton(tr("&Add item"), this);
        add->setObjectName(QStringLiteral("addFollowUp"));
        auto *addRow = new QHBoxLayout;
        addRow->addWidget(m_description, 3);
        addRow->addWidget(m_assignee, 2);
        addRow->addWidget(m_due);
        addRow->addWidget(add);
        layout->addLayout(addRow);
        connect(add, &QPushButton::clicked, this, &FollowUpList::addItem);
        connect(m_description, &QLineEdit::returnPressed, this, &FollowUpList::addItem);
    }
    layout->addWidget(m_tree, 1);
    auto *closeRow = new QHBoxLayout;
    closeRow->addWidget(m_note, 1);
    closeRow->addWidget(m_close);
    if (!earlier) {
        m_reopen = new QPushButton(tr("Re&open"), this);
        m_reopen->setObjectName(QStringLiteral("reopenFollowUp"));
        m_remove = new QPushButton(tr("Remove item"), this);
        m_remove->setObjectName(QStringLiteral("removeFollowUp"));
        closeRow->addWidget(m_reopen);
        closeRow->addWidget(m_remove);
        connect(m_reopen, &QPushButton::clicked, this, &FollowUpList::reopenCurrent);
        connect(m_remove, &QPushButton::clicked, this, &FollowUpList::removeCurrent);
    }
    layout->addLayout(closeRow);
    connect(m_close, &QPushButton::clicked, this, &FollowUpList::closeCurrent);
    connect(m_note, &QLineEdit::returnPressed, this, &FollowUpList::closeCurrent);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &FollowUpList::updateButtons);
    updateButtons();
}

FollowUpList::~FollowUpList() = default;

void FollowUpList::setActivity(qint64 activityId)
{
    m_activityId = activityId;
    reload();
}

int FollowUpList::count() const
{
    return static_cast<int>(m_items.size());
}

void FollowUpList::reload()
{
    m_tree->clear();
    m_items.clear();
    if (m_activityId != 0) {
        const db::FollowUpRepository repository(m_context.database);
        auto items = m_source == Source::EarlierOpen ? repository.openFor(m_activityId)
                                                     : repository.forActivity(m_activityId);
        if (items) {
            m_items = *items;
        } else {
            auto *item = new QTreeWidgetItem(m_tree);
            item->setText(ItemColumn, items.error().message);
        }
    }
    for (int index = 0; index < m_items.size(); ++index) {
        const db::FollowUp &each = m_items.at(index);
        auto *item = new QTreeWidgetItem(m_tree);
        item->setData(ItemColumn, Qt::UserRole, index);
        item->setText(ItemColumn, each.description);
        item->setToolTip(ItemColumn, each.description);
        item->setText(WhomColumn, each.assignee);
        item->setText(DueColumn, shortDate(each.due));
        item->setText(StateColumn,
                      each.isOpen() ? tr("Open")
                      : each.closingNote.isEmpty()
                          ? tr("Closed %1").arg(shortDate(each.closed))
                          : tr("Closed %1: %2").arg(shortDate(each.closed), each.closingNote));
        item->setText(FromColumn,
                      QStringLiteral("%1, %2").arg(shortDate(each.activityDate), each.regionName));
        if (each.isOpen() && each.due.isValid() && each.due < QDate::currentDate()) {
            item->setForeground(DueColumn, QColor(0xb0, 0x20, 0x20));
            item->setToolTip(DueColumn, tr("Overdue"));
        }
    }
    for (int column = WhomColumn; column < ColumnCount; ++column) {
        m_tree->resizeColumnToContents(column);
    }
    if (m_tree->topLevelItemCount() > 0) {
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    }
    updateButtons();
}

const db::FollowUp *FollowUpList::current() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || !item->data(ItemColumn, Qt::UserRole).isValid()) {
        return nullptr;
    }
    const int index = item->data(ItemColumn, Qt::UserRole).toInt();
    return index >= 0 && index < m_items.size() ? &m_items.at(index) : nullptr;
}

void FollowUpList::updateButtons()
{
    const db::FollowUp *item = current();
    m_close->setEnabled(item && item->isOpen());
    m_note->setEnabled(item && item->isOpen());
    if (m_reopen) {
        m_reopen->setEnabled(item && !item->isOpen());
        m_remove->setEnabled(item != nullptr);
    }
}

void FollowUpList::finish(bool done)
{
    // After a failure too: a change made elsewhere shows as it is now.
    reload();
    if (done) {
        Q_EMIT changed();
    }
}

bool FollowUpList::addItem()
{
    if (!m_description || m_activityId == 0) {
        return false;
    }
    db::FollowUp item;
    item.activityId = m_activityId;
    item.description = m_description->text().trimmed();
    item.assignee = m_assignee->text().trimmed();
    item.due = m_due->date() == noDueDate ? QDate() : m_due->date();
    const Feedback feedback(m_context, this);
    db::FollowUpRepository repository(m_context.database);
    if (const auto problems = repository.validate(item); !problems.isEmpty()) {
        feedback.warn(tr("Follow-up item"), problems.first().message);
        m_description->setFocus();
        return false;
    }
    const bool done = feedback.check(repository.add(item), tr("Follow-up item"));
    if (done) {
        m_description->clear();
        m_assignee->clear();
        m_due->setDate(noDueDate);
        m_description->setFocus();
    }
    finish(done);
    return done;
}

bool FollowUpList::closeCurrent()
{
    const db::FollowUp *item = current();
    if (!item || !item->isOpen()) {
        return false;
    }
    const bool done = Feedback(m_context, this)
                          .check(db::FollowUpRepository(m_context.database)
                                     .close(item->id, item->version, QDate::currentDate(),
                                            m_note->text().trimmed()),
                                 tr("Close follow-up item"));
    if (done) {
        m_note->clear();
    }
    finish(done);
    return done;
}

bool FollowUpList::reopenCurrent()
{
    const db::FollowUp *item = current();
    if (!item || item->isOpen()) {
        return false;
    }
    const bool done =
        Feedback(m_context, this)
            .check(db::FollowUpRepository(m_context.database).reopen(item->id, item->version),
                   tr("Reopen follow-up item"));
    finish(done);
    return done;
}

bool FollowUpList::removeCurrent()
{
    const db::FollowUp *item = current();
    if (!item) {
        return false;
    }
    const Feedback feedback(m_context, this);
    if (!feedback.confirm(tr("Remove follow-up item"),
                          tr("Remove the follow-up item \"%1\"? An item that was settled is "
                             "better closed, so the record stays.")
                              .arg(item->description),
                          tr("Remove"))) {
        return false;
    }
    const bool done =
        feedback.check(db::FollowUpRepository(m_context.database).remove(item->id, item->version),
                       tr("Remove follow-up item"));
    finish(done);
    return done;
}

} // namespace sisambang::ui
