// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace sisambang::ui {

struct Context;

// Page "MoU" of the main window.
class AgreementPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgreementPage)

public:
    explicit AgreementPage(Context &context, QWidget *parent = nullptr);
    ~AgreementPage() override;

private:
    Context &m_context;
};

} // namespace sisambang::ui
