// SPDX-License-Identifier: GPL-3.0-or-later
#include "participantstab.h"

#include "attendance.h"
#include "candidatepicker.h"
#include "common/messages.h"
#include "context.h"
#include "feedback.h"
#include "personentrydialog.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sisambang::ui {

ParticipantsTab::ParticipantsTab(Context &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_tree(new QTreeWidget(this))
    , m_picker(new CandidatePicker(context, this))
    , m_note(new QLabel(this))
    , m_usual(new QPushButton(tr("Invite the &usual officials of this desa"), this))
    , m_guest(new QPushButton(tr("Add &guest..."), this))
    , m_up(new QPushButton(tr("Move u&p"), this))
    , m_down(new QPushButton(tr("Move do&wn"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_undo(new QPushButton(tr("&Undo removal"), this))
{
    setObjectName(QStringLiteral("participantsTab"));
    m_tree->setObjectName(QStringLiteral("participantTree"));
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setHeaderLabels({tr("No."), tr("Name"), tr("Jabatan"), tr("Institution"), tr("Phone")});
    m_usual->setObjectName(QStringLiteral("inviteUsual"));
    m_usual->setToolTip(tr("The kepala desa or lurah, sekretaris desa, ketua BPD, Bhabinkamtibmas "
                           "and Babinsa holding their posts on the activity's date"));
    m_guest->setObjectName(QStringLiteral("addGuest"));
    m_guest->setToolTip(tr("Someone not in the register (Ctrl+Shift+G)"));
    m_guest->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    m_up->setObjectName(QStringLiteral("moveUp"));
    m_up->setShortcut(QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Up));
    m_up->setToolTip(tr("Alt+Shift+Up"));
    m_down->setObjectName(QStringLiteral("moveDown"));
    m_down->setShortcut(QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Down));
    m_down->setToolTip(tr("Alt+Shift+Down"));
    m_remove->setObjectName(QStringLiteral("removeParticipant"));
    m_remove->setToolTip(tr("Delete"));
    m_undo->setObjectName(QStringLiteral("undoRemoval"));
    m_undo->hide();
    m_note->setObjectName(QStringLiteral("participantNote"));
    m_note->setWordWrap(true);

    auto *removeAction = new QAction(this);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    m_tree->addAction(removeAction);
    connect(removeAction, &QAction::triggered, this, &ParticipantsTab::removeCurrent);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(
        new QLabel(tr("<b>Invited</b> (numbered as on the attendance sheet)"), left));
    leftLayout->addWidget(m_tree, 1);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_up, m_down, m_remove, m_undo}) {
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(m_note);
    auto *adders = new QHBoxLayout;
    adders->addWidget(m_usual);
    adders->addWidget(m_guest);
    adders->addStretch(1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_picker);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(adders);
    layout->addWidget(splitter, 1);

    connect(m_picker, &CandidatePicker::inviteRequested, this, &ParticipantsTab::invite);
    connect(m_usual, &QPushButton::clicked, this, &ParticipantsTab::inviteUsualOfficials);
    connect(m_guest, &QPushButton::clicked, this, &ParticipantsTab::addGuest);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_remove, &QPushButton::clicked, this, &ParticipantsTab::removeCurrent);
    connect(m_undo, &QPushButton::clicked, this, &ParticipantsTab::undoRemoval);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &ParticipantsTab::updateButtons);
}

ParticipantsTab::~ParticipantsTab() = default;

void ParticipantsTab::setActivity(qint64 activityId)
{
    if (activityId != m_activityId) {
        m_removed.reset();
        m_undo->hide();
    }
    m_activityId = activityId;
    reload();
    m_picker->setActivity(activityId);
}

void ParticipantsTab::reload()
{
    const int currentRow =
        m_tree->currentItem() ? m_tree->indexOfTopLevelItem(m_tree->currentItem()) : 0;
    m_tree->clear();
    m_participants.clear();
    m_locked = false;
    if (m_activityId != 0) {
        auto listed = db::ParticipantRepository(m_context.database).list(m_activityId);
        if (!listed) {
            m_note->setText(listed.error().message);
        } else {
            m_participants = *listed;
        }
        auto attended = db::AttendanceRepository(m_context.database).hasAttendance(m_activityId);
        m_locked = attended && *attended;
    }
    for (const db::Participant &participant : std::as_const(m_participants)) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setData(NumberColumn, Qt::UserRole, participant.id);
        item->setText(NumberColumn, QString::number(participant.number));
        item->setTextAlignment(NumberColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(NameColumn, participant.name);
        item->setText(JabatanColumn, participant.jabatan);
        item->setText(InstitutionColumn, participant.institution);
        item->setText(PhoneColumn, participant.phone);
        if (participant.isGuest()) {
            item->setToolTip(NameColumn, tr("Guest, not in the register"));
            QFont font = item->font(NameColumn);
            font.setItalic(true);
            item->setFont(NameColumn, font);
        }
    }
    for (int column = 0; column < ColumnCount; ++column) {
        m_tree->resizeColumnToContents(column);
    }
    if (m_tree->topLevelItemCount() > 0) {
        m_tree->setCurrentItem(
            m_tree->topLevelItem(std::clamp(currentRow, 0, m_tree->topLevelItemCount() - 1)));
    }
    m_note->setText(m_locked ? tr("Attendance has been recorded against these numbers: people can "
                                  "still be added at the end, but not moved or removed.")
                    : m_participants.isEmpty()
                        ? tr("Nobody is invited yet. Start with the usual officials of the desa, "
                             "then add people from the register or guests.")
                        : tr("%n invited.", nullptr, static_cast<int>(m_participants.size())));
    updateButtons();
}

const db::Participant *ParticipantsTab::current() const
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (!item) {
        return nullptr;
    }
    const int row = m_tree->indexOfTopLevelItem(item);
    return row >= 0 && row < m_participants.size() ? &m_participants.at(row) : nullptr;
}

void ParticipantsTab::updateButtons()
{
    const bool active = m_activityId != 0;
    QTreeWidgetItem *item = m_tree->currentItem();
    const int row = item ? m_tree->indexOfTopLevelItem(item) : -1;
    m_usual->setEnabled(active);
    m_guest->setEnabled(active);
    m_up->setEnabled(!m_locked && row > 0);
    m_down->setEnabled(!m_locked && row >= 0 && row + 1 < m_tree->topLevelItemCount());
    m_remove->setEnabled(!m_locked && row >= 0);
}

void ParticipantsTab::finish(bool done, qint64 select)
{
    reload();
    m_picker->reload();
    if (select != 0) {
        for (int row = 0; row < m_participants.size(); ++row) {
            if (m_participants.at(row).id == select) {
                m_tree->setCurrentItem(m_tree->topLevelItem(row));
            }
        }
    }
    if (done) {
        Q_EMIT changed();
    }
}

void ParticipantsTab::selectNumber(int number)
{
    if (number >= 1 && number <= m_tree->topLevelItemCount()) {
        m_tree->setCurrentItem(m_tree->topLevelItem(number - 1));
    }
}

bool ParticipantsTab::invite(qint64 personId, qint64 positionId)
{
    auto added =
        db::ParticipantRepository(m_context.database).invite(m_activityId, personId, positionId);
    const bool done = Feedback(m_context, this).check(added, tr("Invite"));
    finish(done, done ? *added : 0);
    return done;
}

bool ParticipantsTab::inviteUsualOfficials()
{
    auto added = db::ParticipantRepository(m_context.database).inviteUsualOfficials(m_activityId);
    const Feedback feedback(m_context, this);
    if (!feedback.check(added, tr("Invite the usual officials"))) {
        finish(false);
        return false;
    }
    if (added->isEmpty()) {
        m_context.messages.information(
            this, tr("Invite the usual officials"),
            tr("No one was added: the usual officials of this desa are invited already, or the "
               "register names no holder of those posts on the activity's date. Add them on the "
               "Stakeholders page, or invite people from the register list."));
    }
    finish(!added->isEmpty(), added->isEmpty() ? 0 : added->last());
    return !added->isEmpty();
}

bool ParticipantsTab::inviteGuest(const db::Guest &guest)
{
    auto added = db::ParticipantRepository(m_context.database).inviteGuest(m_activityId, guest);
    const bool done = Feedback(m_context, this).check(added, tr("Invite a guest"));
    finish(done, done ? *added : 0);
    return done;
}

void ParticipantsTab::addGuest()
{
    if (m_activityId == 0) {
        return;
    }
    PersonEntryDialog dialog(PersonEntryDialog::Purpose::Guest, this);
    if (dialog.exec() == QDialog::Accepted) {
        inviteGuest(dialog.guest());
    }
}

bool ParticipantsTab::moveCurrent(int step)
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || m_locked) {
        return false;
    }
    const int row = m_tree->indexOfTopLevelItem(item);
    const int target = row + step;
    if (target < 0 || target >= m_participants.size()) {
        return false;
    }
    QList<qint64> order;
    for (const db::Participant &participant : std::as_const(m_participants)) {
        order << participant.id;
    }
    order.move(row, target);
    const bool done =
        Feedback(m_context, this)
            .check(db::ParticipantRepository(m_context.database).reorder(m_activityId, order),
                   tr("Reorder"));
    finish(done, order.at(target));
    return done;
}

bool ParticipantsTab::removeCurrent()
{
    const db::Participant *participant = current();
    if (!participant || m_locked) {
        return false;
    }
    const db::Participant removed = *participant;
    QList<qint64> order;
    for (const db::Participant &each : std::as_const(m_participants)) {
        order << each.id;
    }
    const bool done =
        Feedback(m_context, this)
            .check(db::ParticipantRepository(m_context.database).remove(removed.id), tr("Remove"));
    if (done) {
        // Undo instead of asking first: removing is frequent while the list is drafted.
        m_removed = removed;
        m_orderBeforeRemoval = order;
        m_undo->setToolTip(tr("Puts %1 back as number %2").arg(removed.name).arg(removed.number));
        m_undo->show();
    }
    finish(done);
    return done;
}

bool ParticipantsTab::undoRemoval()
{
    if (!m_removed) {
        return false;
    }
    const db::Participant removed = *m_removed;
    m_removed.reset();
    m_undo->hide();
    db::ParticipantRepository repository(m_context.database);
    db::Result<qint64> added = qint64(0);
    if (removed.isGuest()) {
        db::Guest guest;
        guest.name = removed.name;
        guest.jabatan = removed.jabatan;
        guest.institution = removed.institution;
        guest.phone = removed.phone;
        guest.institutionKind = removed.institutionKind;
        guest.gender = removed.gender;
        added = repository.inviteGuest(m_activityId, guest);
    } else {
        added = repository.invite(m_activityId, removed.personId, removed.positionId);
    }
    const Feedback feedback(m_context, this);
    if (!feedback.check(added, tr("Undo removal"))) {
        finish(false);
        return false;
    }
    // Back in its place: the old order, with the new id for the removed row,
    // and anyone invited since at the end.
    QList<qint64> order = m_orderBeforeRemoval;
    order.replace(order.indexOf(removed.id), *added);
    if (auto listed = repository.list(m_activityId)) {
        for (const db::Participant &each : *listed) {
            if (!order.contains(each.id)) {
                order << each.id;
            }
        }
        order.removeIf([&](qint64 id) {
            return std::none_of(listed->cbegin(), listed->cend(),
                                [id](const db::Participant &each) { return each.id == id; });
        });
    }
    const bool done = feedback.check(repository.reorder(m_activityId, order), tr("Undo removal"));
    finish(true, *added);
    return done;
}

} // namespace sisambang::ui
