// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activityprinter.h"

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace sisambang::ui {

// What to print an activity document on and how: paper, and for the
// invitation one letter with a list or one per invitee and who signs, for the
// attendance sheet the blank rows for walk-ins. Ends in a preview or a file.
class PrintOptionsDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrintOptionsDialog)

public:
    enum class Choice { Cancel, Preview, Export };

    PrintOptionsDialog(ActivityPrinter::DocumentKind kind, const PrintOptions &defaults,
                       QWidget *parent = nullptr);
    ~PrintOptionsDialog() override;

    PrintOptions options() const;
    Choice choice() const { return m_choice; }

    QComboBox *paper() const { return m_paper; }
    QComboBox *letters() const { return m_layout; }
    QComboBox *signer() const { return m_signer; }
    QSpinBox *blankRows() const { return m_blankRows; }
    QComboBox *classification() const { return m_classification; }

private:
    void finish(Choice choice);

    PrintOptions m_defaults;
    Choice m_choice = Choice::Cancel;
    QComboBox *m_paper;
    QComboBox *m_layout;
    QComboBox *m_signer;
    QSpinBox *m_blankRows;
    QComboBox *m_classification;
};

} // namespace sisambang::ui
