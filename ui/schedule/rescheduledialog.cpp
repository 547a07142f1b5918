// SPDX-License-Identifier: GPL-3.0-or-later
#include "rescheduledialog.h"

#include "clashpanel.h"
#include "common/fieldmessage.h"
#include "common/messages.h"
#include "context.h"
#include "slotedit.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sisambang::ui {

namespace {

QString slotText(const QDate &date, const QTime &start, const QTime &end)
{
    return QStringLiteral("%1 %2-%3")
        .arg(date.toString(QStringLiteral("dd-MM-yyyy")), start.toString(QStringLiteral("HH.mm")),
             end.toString(QStringLiteral("HH.mm")));
}

} // namespace

RescheduleDialog::RescheduleDialog(Context &context, const db::Activity &activity,
                                   const QString &zone, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_activity(activity)
    , m_slot(new SlotEdit(zone, this))
    , m_reason(new QLineEdit(this))
    , m_slotMessage(new FieldMessage(this))
    , m_reasonMessage(new FieldMessage(this))
    , m_clashes(new ClashPanel(this))
    , m_history(new QTableWidget(0, 4, this))
{
    setObjectName(QStringLiteral("rescheduleDialog"));
    setWindowTitle(tr("Reschedule %1").arg(activity.regionName));
    auto *layout = new QVBoxLayout(this);
    auto *current = new QLabel(
        tr("Now: %1 %2 at %3")
            .arg(slotText(activity.date, activity.start, activity.end), zone, activity.venue),
        this);
    current->setWordWrap(true);
    layout->addWidget(current);
    auto *form = new QFormLayout;
    m_slot->setSlot(activity.date, activity.start, activity.end);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setPlaceholderText(tr("e.g. the kepala desa asked for another day"));
    auto *slotLabel = new QLabel(tr("&New date and time"), this);
    slotLabel->setBuddy(m_slot->dateEdit());
    form->addRow(slotLabel, fieldWithMessage(m_slot, m_slotMessage, this));
    auto *reasonLabel = new QLabel(tr("&Reason"), this);
    reasonLabel->setBuddy(m_reason);
    form->addRow(reasonLabel, fieldWithMessage(m_reason, m_reasonMessage, this));
    layout->addLayout(form);
    layout->addWidget(m_clashes);

    layout->addWidget(new QLabel(tr("Earlier moves"), this));
    m_history->setObjectName(QStringLiteral("history"));
    m_history->setHorizontalHeaderLabels({tr("From"), tr("To"), tr("Reason"), tr("By")});
    m_history->verticalHeader()->hide();
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    const int slotWidth =
        fontMetrics().horizontalAdvance(QStringLiteral("00-00-0000 00.00-00.00")) + 16;
    m_history->setColumnWidth(0, slotWidth);
    m_history->setColumnWidth(1, slotWidth);
    m_history->setMinimumHeight(100);
    layout->addWidget(m_history, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Move"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &RescheduleDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_slot, &SlotEdit::changed, this, &RescheduleDialog::checkClashes);
    loadHistory();
    checkClashes();
    resize(620, 440);
}

RescheduleDialog::~RescheduleDialog() = default;

db::Activity RescheduleDialog::moved() const
{
    db::Activity activity = m_activity;
    activity.date = m_slot->date();
    activity.start = m_slot->start();
    activity.end = m_slot->end();
    activity.status = db::ActivityStatus::Planned;
    return activity;
}

void RescheduleDialog::loadHistory()
{
    auto moves = db::ActivityRepository(m_context.database).history(m_activity.id);
    m_history->setRowCount(0);
    if (!moves) {
        return;
    }
    for (const db::Reschedule &move : *moves) {
        const int row = m_history->rowCount();
        m_history->insertRow(row);
        const QStringList cells = {slotText(move.oldDate, move.oldStart, move.oldEnd),
                                   slotText(move.newDate, move.newStart, move.newEnd), move.reason,
                                   move.operatorName};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            m_history->setItem(row, column, item);
        }
    }
}

void RescheduleDialog::checkClashes()
{
    auto clashes = db::ClashDetector(m_context.database).check({moved()});
    m_clashes->setClashes(clashes ? *clashes : QList<db::Clash>{});
}

void RescheduleDialog::accept()
{
    bool valid = true;
    if (m_slot->end() <= m_slot->start()) {
        m_slotMessage->showError(tr("The activity must end after it starts."));
        valid = false;
    } else if (m_slot->date() == m_activity.date && m_slot->start() == m_activity.start &&
               m_slot->end() == m_activity.end) {
        m_slotMessage->showError(tr("Choose a date or time other than the current one."));
        valid = false;
    } else {
        m_slotMessage->clear();
    }
    if (m_reason->text().trimmed().isEmpty()) {
        m_reasonMessage->showError(tr("Give the reason for the move; it is kept with the "
                                      "activity."));
        valid = false;
    } else {
        m_reasonMessage->clear();
    }
    checkClashes();
    if (!valid || !m_clashes->checkReason()) {
        return;
    }
    db::ActivityRepository activities(m_context.database);
    auto done = activities.reschedule(m_activity.id, m_activity.version, m_slot->date(),
                                      m_slot->start(), m_slot->end(), m_reason->text().trimmed());
    if (!done) {
        if (done.error().code == db::Error::Code::Conflict) {
            m_conflicted = true;
            m_context.messages.warning(this, tr("Changed elsewhere"),
                                       tr("Someone else changed this activity after you opened "
                                          "it. It is reloaded; move it again if still needed."));
            QDialog::reject();
            return;
        }
        m_context.messages.warning(this, tr("Reschedule"), done.error().message);
        return;
    }
    db::ClashDetector detector(m_context.database);
    if (auto accepted = m_clashes->acceptOpen(detector, m_activity.id); !accepted) {
        m_context.messages.warning(this, tr("Reschedule"), accepted.error().message);
    }
    QDialog::accept();
}

} // namespace sisambang::ui
