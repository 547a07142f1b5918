// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QPushButton;

namespace sisambang::ui {

class GeneratorOptions;
class PlanDraftView;
struct Context;

// "Generate schedule": the generator's options, "Make draft" to see the whole
// plan (table, calendar, what did not fit) and adjust it, then "Save", which
// stores every visit in one transaction. An incomplete plan is saved only when
// the clerk explicitly accepts a partial plan.
class GeneratorDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GeneratorDialog)

public:
    explicit GeneratorDialog(Context &context, QWidget *parent = nullptr);
    ~GeneratorDialog() override;

    bool makeDraft();
    bool saveDraft();
    qint64 savedPlanId() const { return m_planId; }

    GeneratorOptions *options() const { return m_options; }
    PlanDraftView *draftView() const { return m_draft; }
    QPushButton *draftButton() const { return m_makeDraft; }
    QPushButton *saveButton() const { return m_save; }

private:
    Context &m_context;
    GeneratorOptions *m_options;
    PlanDraftView *m_draft;
    QPushButton *m_makeDraft;
    QPushButton *m_save;
    qint64 m_planId = 0;
};

} // namespace sisambang::ui
