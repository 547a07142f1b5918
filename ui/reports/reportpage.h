// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace sisambang::ui {

struct Context;

// Page "Reports" of the main window.
class ReportPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportPage)

public:
    explicit ReportPage(Context &context, QWidget *parent = nullptr);
    ~ReportPage() override;

private:
    Context &m_context;
};

} // namespace sisambang::ui
