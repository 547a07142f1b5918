// SPDX-License-Identifier: GPL-3.0-or-later
#include "activitypage.h"

#include "common/emptystate.h"
#include "common/icons.h"
#include "common/pageheader.h"
#include "context.h"

#include <QVBoxLayout>

namespace sisambang::ui {

ActivityPage::ActivityPage(Context &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("activityPage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        new PageHeader(tr("Activities"), tr("Visits and meetings, before and after"), this));
    layout->addWidget(
        new EmptyState(icon(IconId::Activities), tr("No activities recorded yet"),
                       tr("This page will hold each sambang visit, coordination meeting and "
                          "socialisation: invitations and attendance sheets to print beforehand; "
                          "afterwards who attended, the minutes (notulen), follow-up items and the "
                          "documentation photos, and the activity report."),
                       this),
        1);
}

ActivityPage::~ActivityPage() = default;

} // namespace sisambang::ui
