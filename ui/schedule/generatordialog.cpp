// SPDX-License-Identifier: GPL-3.0-or-later
#include "generatordialog.h"

#include "common/messages.h"
#include "context.h"
#include "generatoroptions.h"
#include "plandraftview.h"
#include "scheduleoffice.h"
#include "scheduleplans.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QVBoxLayout>

namespace sisambang::ui {

GeneratorDialog::GeneratorDialog(Context &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_options(nullptr)
    , m_draft(nullptr)
    , m_makeDraft(new QPushButton(tr("Make &draft"), this))
    , m_save(new QPushButton(tr("&Save plan"), this))
{
    setObjectName(QStringLiteral("generatorDialog"));
    setWindowTitle(tr("Generate the visit schedule"));
    const ScheduleOffice office = ScheduleOffice::load(context.database);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *optionsBox = new QGroupBox(tr("Options"), splitter);
    auto *optionsLayout = new QVBoxLayout(optionsBox);
    m_options = new GeneratorOptions(context, office.regencyCode, optionsBox);
    optionsLayout->addWidget(m_options);
    optionsLayout->addStretch(1);
    m_makeDraft->setObjectName(QStringLiteral("makeDraft"));
    m_makeDraft->setToolTip(tr("Make the draft (Ctrl+Return)"));
    m_makeDraft->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    optionsLayout->addWidget(m_makeDraft);
    auto *scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(optionsBox);
    // The options stay whole; the draft takes what width is left.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(optionsBox->minimumSizeHint().width() +
                            scroll->verticalScrollBar()->sizeHint().width());
    auto *draftBox = new QGroupBox(tr("Draft"), splitter);
    auto *draftLayout = new QVBoxLayout(draftBox);
    m_draft = new PlanDraftView(context, office.zone, draftBox);
    draftLayout->addWidget(m_draft);
    splitter->addWidget(scroll);
    splitter->addWidget(draftBox);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    m_save->setObjectName(QStringLiteral("savePlan"));
    m_save->setToolTip(tr("Save every visit of the draft (Ctrl+S)"));
    m_save->setShortcut(QKeySequence::Save);
    m_save->setEnabled(false);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    // Return in a field must not close the dialog or save by accident.
    m_makeDraft->setAutoDefault(false);
    m_save->setAutoDefault(false);

    connect(m_makeDraft, &QPushButton::clicked, this, &GeneratorDialog::makeDraft);
    connect(m_save, &QPushButton::clicked, this, &GeneratorDialog::saveDraft);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Options changed after the draft: the draft no longer shows them.
    connect(m_options, &GeneratorOptions::changed, this, [this] {
        if (m_draft->hasDraft()) {
            m_draft->clear();
            m_save->setEnabled(false);
        }
    });
    connect(m_draft, &PlanDraftView::draftChanged, this, [this] {
        m_save->setEnabled(m_draft->hasDraft() && !m_draft->draft().activities.isEmpty());
    });
    resize(1180, 720);
}

GeneratorDialog::~GeneratorDialog() = default;

bool GeneratorDialog::makeDraft()
{
    const db::PlanOptions options = m_options->options();
    if (options.agreementId <= 0) {
        m_context.messages.warning(this, tr("Make draft"),
                                   tr("There is no draft or signed MoU to plan visits for."));
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto draft = db::SchedulePlanner(m_context.database).draft(options);
    QApplication::restoreOverrideCursor();
    if (!draft) {
        m_context.messages.warning(this, tr("Make draft"), draft.error().message);
        return false;
    }
    m_draft->setDraft(*draft);
    return true;
}

bool GeneratorDialog::saveDraft()
{
    if (!m_draft->hasDraft()) {
        return false;
    }
    const db::PlanDraft &draft = m_draft->draft();
    bool partial = false;
    if (!m_draft->isComplete()) {
        const int missing = static_cast<int>(draft.plan.unplaced.size());
        const int choice = m_context.messages.choose(
            this, Messages::Severity::Question, tr("Incomplete plan"),
            tr("%n visit(s) are not in the plan (see \"Did not fit\"). Save the visits that are, "
               "as a partial plan, or go back and widen the window?",
               "", missing),
            {tr("Save partial plan"), tr("Go back")}, 1);
        if (choice != 0) {
            return false;
        }
        partial = true;
    }
    auto saved = db::SchedulePlanner(m_context.database).save(draft, partial);
    if (!saved) {
        m_context.messages.warning(this, tr("Save plan"), saved.error().message);
        return false;
    }
    m_planId = *saved;
    QDialog::accept();
    return true;
}

} // namespace sisambang::ui
