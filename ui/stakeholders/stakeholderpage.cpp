// SPDX-License-Identifier: GPL-3.0-or-later
#include "stakeholderpage.h"

#include "common/emptystate.h"
#include "common/icons.h"
#include "common/pageheader.h"
#include "context.h"

#include <QVBoxLayout>

namespace sisambang::ui {

StakeholderPage::StakeholderPage(Context &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("stakeholderPage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(tr("Stakeholders"),
                                     tr("People and institutions the office works with"), this));
    layout->addWidget(
        new EmptyState(
            icon(IconId::Stakeholders), tr("No stakeholders registered yet"),
            tr("This page will hold the register of everyone the office works with: camat, sekcam, "
               "lurah and kepala desa, kapolsek, danramil, community and religious figures, and "
               "the office's own members and staff, with the position each holds over time, their "
               "institution, kelurahan/desa, telephone and e-mail. They will be searchable as you "
               "type and can be imported from CSV or Excel files."),
            this),
        1);
}

StakeholderPage::~StakeholderPage() = default;

} // namespace sisambang::ui
