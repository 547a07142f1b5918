// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace sisambang::ui {

struct Context;

// Page "Stakeholders" of the main window.
class StakeholderPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StakeholderPage)

public:
    explicit StakeholderPage(Context &context, QWidget *parent = nullptr);
    ~StakeholderPage() override;

private:
    Context &m_context;
};

} // namespace sisambang::ui
