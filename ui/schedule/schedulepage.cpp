// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedulepage.h"

#include "common/emptystate.h"
#include "common/icons.h"
#include "common/pageheader.h"
#include "context.h"

#include <QVBoxLayout>

namespace sisambang::ui {

SchedulePage::SchedulePage(Context &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("schedulePage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        new PageHeader(tr("Schedule"), tr("Plan of visits to every kelurahan/desa"), this));
    layout->addWidget(
        new EmptyState(
            icon(IconId::Schedule), tr("No visits planned yet"),
            tr("This page will show the schedule of sambang visits as a month calendar and a list: "
               "one or more visits to every kelurahan/desa covered by an MoU, on working days "
               "only, with the officers assigned and clashes flagged. A generator will propose the "
               "plan from an MoU and the holiday table."),
            this),
        1);
}

SchedulePage::~SchedulePage() = default;

} // namespace sisambang::ui
