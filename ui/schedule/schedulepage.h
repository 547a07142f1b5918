// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace sisambang::ui {

struct Context;

// Page "Schedule" of the main window.
class SchedulePage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchedulePage)

public:
    explicit SchedulePage(Context &context, QWidget *parent = nullptr);
    ~SchedulePage() override;

private:
    Context &m_context;
};

} // namespace sisambang::ui
