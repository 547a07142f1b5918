// SPDX-License-Identifier: GPL-3.0-or-later
#include "messages.h"

#include <QMessageBox>
#include <QPushButton>

namespace sisambang::ui {

bool Messages::confirm(QWidget *parent, const QString &title, const QString &text,
                       const QString &yesText)
{
    return choose(parent, Severity::Question, title, text, {yesText, QtMessages::tr("Cancel")},
                  1) == 0;
}

int QtMessages::choose(QWidget *parent, Severity severity, const QString &title,
                       const QString &text, const QStringList &buttons, int escapeIndex)
{
    QMessageBox box(parent);
    switch (severity) {
    case Severity::Information:
        box.setIcon(QMessageBox::Information);
        break;
    case Severity::Warning:
        box.setIcon(QMessageBox::Warning);
        break;
    case Severity::Critical:
        box.setIcon(QMessageBox::Critical);
        break;
    case Severity::Question:
        box.setIcon(QMessageBox::Question);
        break;
    }
    box.setWindowTitle(title);
    box.setText(text);
    box.setTextFormat(Qt::PlainText);

    const QStringList labels = buttons.isEmpty() ? QStringList{tr("OK")} : buttons;
    QList<QPushButton *> pushButtons;
    for (qsizetype i = 0; i < labels.size(); ++i) {
        // The first button is the action asked for, the escape button backs out,
        // any others are alternatives.
        const auto role = i == 0             ? QMessageBox::AcceptRole
                          : i == escapeIndex ? QMessageBox::RejectRole
                                             : QMessageBox::ActionRole;
        auto *button = box.addButton(labels.at(i), role);
        pushButtons.append(button);
    }
    box.setDefaultButton(pushButtons.constFirst());
    if (escapeIndex >= 0 && escapeIndex < pushButtons.size()) {
        box.setEscapeButton(pushButtons.at(escapeIndex));
    }
    box.exec();
    const auto index = pushButtons.indexOf(qobject_cast<QPushButton *>(box.clickedButton()));
    return index < 0 ? escapeIndex : static_cast<int>(index);
}

int ScriptedMessages::choose(QWidget *parent, Severity severity, const QString &title,
                             const QString &text, const QStringList &buttons, int escapeIndex)
{
    Q_UNUSED(parent)
    m_shown.append({severity, title, text, buttons});
    if (m_script.isEmpty()) {
        return escapeIndex;
    }
    return m_script.takeFirst();
}

} // namespace sisambang::ui
