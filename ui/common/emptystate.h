// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QWidget>

class QLabel;

namespace sisambang::ui {

// A calm, centred "nothing here yet" panel: a large icon, a title and a text
// that says what will appear here and how it gets there.
class EmptyState : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyState)

public:
    EmptyState(const QIcon &icon, const QString &title, const QString &text,
               QWidget *parent = nullptr);
    ~EmptyState() override;

    QString title() const;
    QString text() const;

private:
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_text;
};

} // namespace sisambang::ui
