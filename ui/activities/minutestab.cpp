// SPDX-License-Identifier: GPL-3.0-or-later
#include "minutestab.h"

#include "common/messages.h"
#include "context.h"
#include "feedback.h"
#include "followuplist.h"

#include <QAction>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace sisambang::ui {

MinutesTab::MinutesTab(Context &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_start(new QTimeEdit(this))
    , m_end(new QTimeEdit(this))
    , m_chair(new QLineEdit(this))
    , m_minuteTaker(new QLineEdit(this))
    , m_agenda(new QLineEdit(this))
    , m_points(new QTableWidget(0, 2, this))
    , m_conclusion(new QPlainTextEdit(this))
    , m_save(new QPushButton(tr("&Save minutes"), this))
    , m_state(new QLabel(this))
    , m_followUps(new FollowUpList(context, FollowUpList::Source::ThisActivity, this))
{
    setObjectName(QStringLiteral("minutesTab"));
    m_start->setObjectName(QStringLiteral("minutesStart"));
    m_end->setObjectName(QStringLiteral("minutesEnd"));
    for (QTimeEdit *edit : {m_start, m_end}) {
        edit->setDisplayFormat(QStringLiteral("HH.mm"));
    }
    m_chair->setObjectName(QStringLiteral("chair"));
    m_chair->setPlaceholderText(tr("Who led the meeting"));
    m_minuteTaker->setObjectName(QStringLiteral("minuteTaker"));
    m_minuteTaker->setPlaceholderText(tr("Who took the minutes"));
    m_agenda->setObjectName(QStringLiteral("agenda"));
    m_agenda->setPlaceholderText(tr("e.g. Rapat koordinasi pengawasan partisipatif"));
    m_points->setObjectName(QStringLiteral("points"));
    m_points->setHorizontalHeaderLabels({tr("Speaker"), tr("What was said")});
    m_points->horizontalHeader()->setSectionResizeMode(SpeakerColumn, QHeaderView::Interactive);
    m_points->horizontalHeader()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    m_points->setColumnWidth(SpeakerColumn, 200);
    m_points->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_points->setWordWrap(true);
    m_conclusion->setObjectName(QStringLiteral("conclusion"));
    m_conclusion->setPlaceholderText(tr("What the meeting concluded"));
    m_conclusion->setTabChangesFocus(true);
    // Room for several points and a paragraph; the tab scrolls on a small screen.
    m_points->setMinimumHeight(m_points->fontMetrics().height() * 12);
    m_conclusion->setMinimumHeight(m_conclusion->fontMetrics().height() * 4);
    m_followUps->setMinimumHeight(m_followUps->fontMetrics().height() * 9);
    m_save->setObjectName(QStringLiteral("saveMinutes"));
    m_save->setToolTip(tr("Ctrl+S"));
    m_state->setObjectName(QStringLiteral("minutesState"));

    auto *saveAction = new QAction(this);
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(saveAction);
    connect(saveAction, &QAction::triggered, this, &MinutesTab::save);

    auto *times = new QHBoxLayout;
    times->addWidget(m_start);
    times->addWidget(new QLabel(tr("to"), this));
    times->addWidget(m_end);
    times->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(tr("Time:"), times);
    form->addRow(tr("&Chaired by (pimpinan rapat):"), m_chair);
    form->addRow(tr("Minutes ta&ken by (notulis):"), m_minuteTaker);
    form->addRow(tr("A&genda (acara):"), m_agenda);

    auto *addPointButton = new QPushButton(tr("Add &point"), this);
    addPointButton->setObjectName(QStringLiteral("addPoint"));
    auto *removePointButton = new QPushButton(tr("Remove point"), this);
    auto *upButton = new QPushButton(tr("Up"), this);
    auto *downButton = new QPushButton(tr("Down"), this);
    auto *pointButtons = new QHBoxLayout;
    for (QPushButton *button : {addPointButton, removePointButton, upButton, downButton}) {
        pointButtons->addWidget(button);
    }
    pointButtons->addStretch(1);

    auto *minutesBox = new QWidget(this);
    auto *minutesLayout = new QVBoxLayout(minutesBox);
    minutesLayout->setContentsMargins(0, 0, 0, 0);
    minutesLayout->addLayout(form);
    minutesLayout->addWidget(new QLabel(tr("<b>Discussion</b> (pembahasan): who said what"), this));
    minutesLayout->addWidget(m_points, 2);
    minutesLayout->addLayout(pointButtons);
    minutesLayout->addWidget(new QLabel(tr("<b>Conclusion</b> (kesimpulan)"), this));
    minutesLayout->addWidget(m_conclusion, 1);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_state, 1);
    saveRow->addWidget(m_save);
    minutesLayout->addLayout(saveRow);

    auto *followBox =
        new QGroupBox(tr("Follow-up items (tindak lanjut): what, by whom, by when"), this);
    auto *followLayout = new QVBoxLayout(followBox);
    followLayout->addWidget(m_followUps);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(minutesBox);
    splitter->addWidget(followBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(addPointButton, &QPushButton::clicked, this, [this] {
        addPoint();
        m_points->setFocus();
        m_points->editItem(m_points->item(m_points->rowCount() - 1, SpeakerColumn));
    });
    connect(removePointButton, &QPushButton::clicked, this, &MinutesTab::removeCurrentPoint);
    connect(upButton, &QPushButton::clicked, this, [this] { movePoint(-1); });
    connect(downButton, &QPushButton::clicked, this, [this] { movePoint(1); });
    connect(m_save, &QPushButton::clicked, this, &MinutesTab::save);
    const auto modified = [this] {
        setModified(true);
    };
    connect(m_start, &QTimeEdit::timeChanged, this, modified);
    connect(m_end, &QTimeEdit::timeChanged, this, modified);
    for (QLineEdit *edit : {m_chair, m_minuteTaker, m_agenda}) {
        connect(edit, &QLineEdit::textEdited, this, modified);
    }
    connect(m_points, &QTableWidget::itemChanged, this, modified);
    connect(m_conclusion, &QPlainTextEdit::textChanged, this, modified);
    connect(m_followUps, &FollowUpList::changed, this, &MinutesTab::changed);
}

MinutesTab::~MinutesTab() = default;

void MinutesTab::setActivity(qint64 activityId, const QTime &start, const QTime &end)
{
    m_activityId = activityId;
    m_activityStart = start;
    m_activityEnd = end;
    reload();
    m_followUps->setActivity(activityId);
}

void MinutesTab::reload()
{
    db::Minutes minutes;
    minutes.activityId = m_activityId;
    minutes.start = m_activityStart;
    minutes.end = m_activityEnd;
    if (m_activityId != 0) {
        auto found = db::MinutesRepository(m_context.database).find(m_activityId);
        if (!found) {
            show(minutes);
            m_state->setText(found.error().message);
            return;
        }
        if (found->has_value()) {
            minutes = **found;
        }
    }
    show(minutes);
}

void MinutesTab::show(const db::Minutes &minutes)
{
    m_version = minutes.version;
    m_start->setTime(minutes.start.isValid() ? minutes.start : m_activityStart);
    m_end->setTime(minutes.end.isValid() ? minutes.end : m_activityEnd);
    m_chair->setText(minutes.chair);
    m_minuteTaker->setText(minutes.minuteTaker);
    m_agenda->setText(minutes.agenda);
    {
        const QSignalBlocker blocker(m_points);
        m_points->setRowCount(0);
    }
    for (const db::MinutesPoint &point : minutes.points) {
        addPoint(point.speaker, point.text);
    }
    m_points->scrollToTop();
    m_conclusion->setPlainText(minutes.conclusion);
    setEnabled(m_activityId != 0);
    setModified(false);
}

void MinutesTab::setModified(bool modified)
{
    m_modified = modified;
    m_state->setText(modified         ? tr("Changed, not saved yet (Ctrl+S saves).")
                     : m_version == 0 ? tr("No minutes written yet.")
                                      : tr("Saved."));
    m_save->setEnabled(m_activityId != 0);
}

void MinutesTab::addPoint(const QString &speaker, const QString &text)
{
    const int row = m_points->rowCount();
    m_points->insertRow(row);
    m_points->setItem(row, SpeakerColumn, new QTableWidgetItem(speaker));
    m_points->setItem(row, TextColumn, new QTableWidgetItem(text));
    m_points->setCurrentCell(row, SpeakerColumn);
    setModified(true);
}

void MinutesTab::removeCurrentPoint()
{
    const int row = m_points->currentRow();
    if (row >= 0) {
        m_points->removeRow(row);
        setModified(true);
    }
}

void MinutesTab::movePoint(int step)
{
    const int row = m_points->currentRow();
    const int target = row + step;
    if (row < 0 || target < 0 || target >= m_points->rowCount()) {
        return;
    }
    const QSignalBlocker blocker(m_points);
    for (int column : {SpeakerColumn, TextColumn}) {
        QTableWidgetItem *moving = m_points->takeItem(row, column);
        QTableWidgetItem *other = m_points->takeItem(target, column);
        m_points->setItem(row, column, other);
        m_points->setItem(target, column, moving);
    }
    m_points->setCurrentCell(target, m_points->currentColumn());
    setModified(true);
}

db::Minutes MinutesTab::collect() const
{
    db::Minutes minutes;
    minutes.activityId = m_activityId;
    minutes.start = m_start->time();
    minutes.end = m_end->time();
    minutes.chair = m_chair->text().simplified();
    minutes.minuteTaker = m_minuteTaker->text().simplified();
    minutes.agenda = m_agenda->text().simplified();
    for (int row = 0; row < m_points->rowCount(); ++row) {
        const auto cell = [&](int column) {
            const QTableWidgetItem *item = m_points->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        db::MinutesPoint point{cell(SpeakerColumn), cell(TextColumn)};
        // A row left empty is no point.
        if (!point.speaker.isEmpty() || !point.text.isEmpty()) {
            minutes.points << point;
        }
    }
    minutes.conclusion = m_conclusion->toPlainText().trimmed();
    minutes.version = m_version;
    return minutes;
}

bool MinutesTab::save()
{
    if (m_activityId == 0) {
        return false;
    }
    db::Minutes minutes = collect();
    db::MinutesRepository repository(m_context.database);
    const Feedback feedback(m_context, this);
    if (const auto problems = repository.validate(minutes); !problems.isEmpty()) {
        QStringList lines;
        for (const db::FieldProblem &problem : problems) {
            lines << problem.message;
        }
        feedback.warn(tr("Minutes"), lines.join(u'\n'));
        return false;
    }
    const db::Status saved = repository.save(minutes);
    if (!saved && saved.error().code == db::Error::Code::Conflict) {
        // Someone else saved these minutes meanwhile: the clerk chooses
        // between their text and this one (saved over theirs next time).
        const int answer = m_context.messages.choose(
            this, Messages::Severity::Warning, tr("Minutes changed elsewhere"),
            tr("Someone else saved the minutes of this activity after you opened them.\n\n%1")
                .arg(saved.error().message),
            {tr("Show their minutes"), tr("Keep mine to save again")}, 1);
        if (answer == 0) {
            reload();
        } else if (auto found = repository.find(m_activityId); found && found->has_value()) {
            m_version = (*found)->version;
        }
        return false;
    }
    if (!feedback.check(saved, tr("Minutes"))) {
        return false;
    }
    m_version = minutes.version;
    setModified(false);
    Q_EMIT changed();
    return true;
}

} // namespace sisambang::ui
