// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QWidget;

namespace sisambang::ui {

// Every message box of the program goes through this interface, so that tests
// can script the answers and check what the user would have been told.
class Messages
{
public:
    enum class Severity { Information, Warning, Critical, Question };

    virtual ~Messages() = default;

    void information(QWidget *parent, const QString &title, const QString &text)
    {
        choose(parent, Severity::Information, title, text, {}, 0);
    }
    void warning(QWidget *parent, const QString &title, const QString &text)
    {
        choose(parent, Severity::Warning, title, text, {}, 0);
    }
    void critical(QWidget *parent, const QString &title, const QString &text)
    {
        choose(parent, Severity::Critical, title, text, {}, 0);
    }
    // A yes/no question; `yesText` names the action ("Hapus"), so the answer is clear.
    bool confirm(QWidget *parent, const QString &title, const QString &text,
                 const QString &yesText);

    // Shows `text` with one button per entry of `buttons` (an empty list shows a
    // single OK) and returns the index of the button pressed. Closing the box
    // with Escape answers `escapeIndex`.
    virtual int choose(QWidget *parent, Severity severity, const QString &title,
                       const QString &text, const QStringList &buttons, int escapeIndex) = 0;
};

// Real message boxes, with button texts translated by the program.
class QtMessages final : public Messages
{
    Q_DECLARE_TR_FUNCTIONS(QtMessages)

public:
    int choose(QWidget *parent, Severity severity, const QString &title, const QString &text,
               const QStringList &buttons, int escapeIndex) override;
};

// For tests: records every message and answers from a script (the index of the
// button to press, in order); when the script is empty it presses Escape.
class ScriptedMessages final : public Messages
{
public:
    struct Shown
    {
        Severity severity;
        QString title;
        QString text;
        QStringList buttons;
    };

    void answer(int buttonIndex) { m_script.append(buttonIndex); }
    const QList<Shown> &shown() const { return m_shown; }
    void clear() { m_shown.clear(); }

    int choose(QWidget *parent, Severity severity, const QString &title, const QString &text,
               const QStringList &buttons, int escapeIndex) override;

private:
    QList<int> m_script;
    QList<Shown> m_shown;
};

} // namespace sisambang::ui
