// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>
#include <QProgressDialog>

namespace sisambang::ui {

// Reading, checking or writing a large register takes a while and cannot
// report steps: a busy progress dialog says so while it runs (for its scope).
class BusyIndicator
{
    Q_DISABLE_COPY_MOVE(BusyIndicator)

public:
    BusyIndicator(QWidget *parent, const QString &text)
        : m_dialog(text, QString(), 0, 0, parent)
    {
        m_dialog.setWindowModality(Qt::WindowModal);
        m_dialog.setMinimumDuration(0);
        m_dialog.setCancelButton(nullptr);
        m_dialog.show();
        QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    }

private:
    QProgressDialog m_dialog;
};

} // namespace sisambang::ui
