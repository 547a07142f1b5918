// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clashes.h"

#include <QDialog>

namespace sisambang::ui {

class ClashPanel;
struct Context;

// "Accept clash...": the open clashes of a stored activity and the reason the
// clerk accepts them with, which is kept.
class ClashAcceptDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClashAcceptDialog)

public:
    ClashAcceptDialog(Context &context, qint64 activityId, const QList<db::Clash> &clashes,
                      QWidget *parent = nullptr);
    ~ClashAcceptDialog() override;

    ClashPanel *panel() const { return m_panel; }
    void accept() override;

private:
    Context &m_context;
    qint64 m_activityId;
    ClashPanel *m_panel;
};

} // namespace sisambang::ui
