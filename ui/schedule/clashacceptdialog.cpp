// SPDX-License-Identifier: GPL-3.0-or-later
#include "clashacceptdialog.h"

#include "clashpanel.h"
#include "common/messages.h"
#include "context.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace sisambang::ui {

ClashAcceptDialog::ClashAcceptDialog(Context &context, qint64 activityId,
                                     const QList<db::Clash> &clashes, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_activityId(activityId)
    , m_panel(new ClashPanel(this))
{
    setObjectName(QStringLiteral("clashAcceptDialog"));
    setWindowTitle(tr("Accept clash"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The activity breaks these rules of the schedule. Accepting "
                                "keeps your reason with it; the clash is then shown as "
                                "accepted."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    QList<db::Clash> open;
    for (const db::Clash &clash : clashes) {
        if (!clash.accepted) {
            open << clash;
        }
    }
    m_panel->setClashes(open);
    layout->addWidget(m_panel);
    layout->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Accept"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ClashAcceptDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, 240);
}

ClashAcceptDialog::~ClashAcceptDialog() = default;

void ClashAcceptDialog::accept()
{
    if (!m_panel->checkReason()) {
        return;
    }
    db::ClashDetector detector(m_context.database);
    if (auto done = m_panel->acceptOpen(detector, m_activityId); !done) {
        m_context.messages.warning(this, tr("Accept clash"), done.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace sisambang::ui
