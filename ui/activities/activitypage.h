// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace sisambang::ui {

struct Context;

// Page "Activities" of the main window.
class ActivityPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityPage)

public:
    explicit ActivityPage(Context &context, QWidget *parent = nullptr);
    ~ActivityPage() override;

private:
    Context &m_context;
};

} // namespace sisambang::ui
