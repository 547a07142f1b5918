// SPDX-License-Identifier: GPL-3.0-or-later
#include "attendancetab.h"

#include "common/messages.h"
#include "context.h"
#include "feedback.h"
#include "personentrydialog.h"
#include "stakeholderkinds.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sisambang::ui {

AttendanceTab::AttendanceTab(Context &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_tree(new QTreeWidget(this))
    , m_counts(new QLabel(this))
    , m_all(new QPushButton(tr("Tick &all invited"), this))
    , m_walkIn(new QPushButton(tr("Add &walk-in..."), this))
    , m_removeWalkIn(new QPushButton(tr("&Remove walk-in"), this))
    , m_register(new QPushButton(tr("Add to the re&gister"), this))
{
    setObjectName(QStringLiteral("attendanceTab"));
    m_tree->setObjectName(QStringLiteral("attendanceTree"));
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setHeaderLabels(
        {tr("No."), tr("Name"), tr("Jabatan"), tr("Institution"), tr("Phone"), tr("L/P")});
    m_tree->setToolTip(tr("Tick who came (Space ticks the chosen row)"));
    m_counts->setObjectName(QStringLiteral("attendanceCounts"));
    m_counts->setWordWrap(true);
    m_counts->setTextFormat(Qt::PlainText);
    m_all->setObjectName(QStringLiteral("tickAll"));
    m_walkIn->setObjectName(QStringLiteral("addWalkIn"));
    m_walkIn->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_walkIn->setToolTip(tr("Someone who came uninvited and signed a blank row (Ctrl+Shift+K)"));
    m_removeWalkIn->setObjectName(QStringLiteral("removeWalkIn"));
    m_register->setObjectName(QStringLiteral("addToRegister"));
    m_register->setToolTip(tr("Creates the walk-in as a person of the stakeholder register"));

    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_all, m_walkIn, m_removeWalkIn, m_register}) {
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Tick who came, on the list numbered as the printed "
                                    "attendance sheet; walk-ins follow the invited."),
                                 this));
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_counts);

    connect(m_tree, &QTreeWidget::itemChanged, this, &AttendanceTab::itemChanged);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &AttendanceTab::updateButtons);
    connect(m_all, &QPushButton::clicked, this, &AttendanceTab::tickAll);
    connect(m_walkIn, &QPushButton::clicked, this, &AttendanceTab::askWalkIn);
    connect(m_removeWalkIn, &QPushButton::clicked, this, &AttendanceTab::removeCurrentWalkIn);
    connect(m_register, &QPushButton::clicked, this, &AttendanceTab::addCurrentToRegister);
}

AttendanceTab::~AttendanceTab() = default;

void AttendanceTab::setActivity(qint64 activityId)
{
    m_activityId = activityId;
    reload();
}

void AttendanceTab::reload()
{
    const int currentRow =
        m_tree->currentItem() ? m_tree->indexOfTopLevelItem(m_tree->currentItem()) : 0;
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    m_rows.clear();
    if (m_activityId != 0) {
        auto rows = db::AttendanceRepository(m_context.database).rows(m_activityId);
        if (!rows) {
            m_counts->setText(rows.error().message);
            updateButtons();
            return;
        }
        m_rows = *rows;
    }
    for (const db::AttendanceRow &row : std::as_const(m_rows)) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(NumberColumn, QString::number(row.number));
        item->setTextAlignment(NumberColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(NameColumn, row.name);
        item->setText(JabatanColumn, row.jabatan);
        item->setText(InstitutionColumn, row.institution);
        item->setText(PhoneColumn, row.phone);
        item->setText(GenderColumn, db::StakeholderKinds::documentLabel(row.gender));
        if (row.walkIn) {
            item->setText(NameColumn, tr("%1 (walk-in)").arg(row.name));
            item->setIcon(NameColumn, QIcon());
            if (row.personId == 0) {
                item->setToolTip(NameColumn, tr("Not in the register yet"));
            }
        } else {
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(NumberColumn, row.attended ? Qt::Checked : Qt::Unchecked);
        }
    }
    for (int column = 0; column < ColumnCount; ++column) {
        m_tree->resizeColumnToContents(column);
    }
    if (m_tree->topLevelItemCount() > 0) {
        m_tree->setCurrentItem(
            m_tree->topLevelItem(std::clamp(currentRow, 0, m_tree->topLevelItemCount() - 1)));
    }
    showCounts();
    updateButtons();
}

void AttendanceTab::showCounts()
{
    if (m_activityId == 0) {
        m_counts->clear();
        return;
    }
    auto counts = db::AttendanceRepository(m_context.database).counts(m_activityId);
    if (!counts) {
        m_counts->setText(counts.error().message);
        return;
    }
    QStringList kinds;
    for (auto it = counts->byInstitutionKind.cbegin(); it != counts->byInstitutionKind.cend();
         ++it) {
        const auto kind = db::StakeholderKinds::institutionKindFromKey(it.key());
        kinds << QStringLiteral("%1 %2").arg(kind ? db::StakeholderKinds::label(*kind) : it.key(),
                                             QString::number(it.value()));
    }
    QString text = tr("Present: %1 of %2 invited, and %3 walk-in(s): %4 in all.")
                       .arg(counts->invitedCame)
                       .arg(counts->invited)
                       .arg(counts->walkIns)
                       .arg(counts->total);
    text += u'\n' + tr("Men %1, women %2, not known %3.")
                        .arg(counts->male)
                        .arg(counts->female)
                        .arg(counts->unknownGender);
    if (!kinds.isEmpty()) {
        text += u'\n' + tr("By institution: %1.").arg(kinds.join(QStringLiteral(", ")));
    }
    m_counts->setText(text);
}

QString AttendanceTab::countsText() const
{
    return m_counts->text();
}

const db::AttendanceRow *AttendanceTab::current() const
{
    QTreeWidgetItem *item = m_tree->currentItem();
    const int row = item ? m_tree->indexOfTopLevelItem(item) : -1;
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

void AttendanceTab::updateButtons()
{
    const db::AttendanceRow *row = current();
    const bool anyInvited = std::any_of(m_rows.cbegin(), m_rows.cend(),
                                        [](const db::AttendanceRow &each) { return !each.walkIn; });
    m_all->setEnabled(anyInvited);
    m_walkIn->setEnabled(m_activityId != 0);
    m_removeWalkIn->setEnabled(row && row->walkIn);
    m_register->setEnabled(row && row->walkIn && row->personId == 0);
}

void AttendanceTab::itemChanged(QTreeWidgetItem *item, int column)
{
    if (column != NumberColumn) {
        return;
    }
    const int row = m_tree->indexOfTopLevelItem(item);
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).walkIn) {
        return;
    }
    const bool ticked = item->checkState(NumberColumn) == Qt::Checked;
    if (ticked == m_rows.at(row).attended) {
        return;
    }
    // The tree is not rebuilt inside its own signal: the row is updated in place.
    const bool done = Feedback(m_context, this)
                          .check(db::AttendanceRepository(m_context.database)
                                     .setAttended(m_activityId, m_rows.at(row).number, ticked),
                                 tr("Attendance"));
    if (!done) {
        QTimer::singleShot(0, this, &AttendanceTab::reload);
        return;
    }
    m_rows[row].attended = ticked;
    showCounts();
    Q_EMIT changed();
}

bool AttendanceTab::setAttended(int number, bool attended)
{
    const bool done = Feedback(m_context, this)
                          .check(db::AttendanceRepository(m_context.database)
                                     .setAttended(m_activityId, number, attended),
                                 tr("Attendance"));
    reload();
    if (done) {
        Q_EMIT changed();
    }
    return done;
}

bool AttendanceTab::tickAll()
{
    QList<int> numbers;
    for (const db::AttendanceRow &row : std::as_const(m_rows)) {
        if (!row.walkIn) {
            numbers << row.number;
        }
    }
    const bool done = Feedback(m_context, this)
                          .check(db::AttendanceRepository(m_context.database)
                                     .setAttendedNumbers(m_activityId, numbers),
                                 tr("Attendance"));
    reload();
    if (done) {
        Q_EMIT changed();
    }
    return done;
}

void AttendanceTab::askWalkIn()
{
    if (m_activityId == 0) {
        return;
    }
    PersonEntryDialog dialog(PersonEntryDialog::Purpose::WalkIn, this);
    if (dialog.exec() == QDialog::Accepted) {
        addWalkIn(dialog.walkIn());
    }
}

bool AttendanceTab::addWalkIn(const db::WalkIn &walkIn)
{
    auto added = db::AttendanceRepository(m_context.database).addWalkIn(m_activityId, walkIn);
    const bool done = Feedback(m_context, this).check(added, tr("Add walk-in"));
    reload();
    if (!done) {
        return false;
    }
    Q_EMIT changed();
    const int answer = m_context.messages.choose(
        this, Messages::Severity::Question, tr("Add to the register"),
        tr("%1 is not in the stakeholder register. Add them as a new person, so that the next "
           "invitation can pick them?")
            .arg(walkIn.name),
        {tr("Add to the register"), tr("Not now")}, 1);
    if (answer == 0) {
        offerToRegister(*added, walkIn.name);
    }
    return true;
}

bool AttendanceTab::offerToRegister(qint64 attendanceId, const QString &name)
{
    auto person = db::AttendanceRepository(m_context.database).offerWalkInToRegister(attendanceId);
    const bool done = Feedback(m_context, this).check(person, tr("Add to the register"));
    reload();
    if (done) {
        m_context.messages.information(this, tr("Add to the register"),
                                       tr("%1 is now in the stakeholder register.").arg(name));
        Q_EMIT changed();
    }
    return done;
}

bool AttendanceTab::addCurrentToRegister()
{
    const db::AttendanceRow *row = current();
    if (!row || !row->walkIn || row->personId != 0) {
        return false;
    }
    return offerToRegister(row->attendanceId, row->name);
}

bool AttendanceTab::removeCurrentWalkIn()
{
    const db::AttendanceRow *row = current();
    if (!row || !row->walkIn) {
        return false;
    }
    const Feedback feedback(m_context, this);
    if (!feedback.confirm(
            tr("Remove walk-in"),
            tr("Remove %1 (number %2) from the attendance?").arg(row->name).arg(row->number),
            tr("Remove"))) {
        return false;
    }
    const bool done =
        feedback.check(db::AttendanceRepository(m_context.database).removeWalkIn(row->attendanceId),
                       tr("Remove walk-in"));
    reload();
    if (done) {
        Q_EMIT changed();
    }
    return done;
}

} // namespace sisambang::ui
