// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportpage.h"

#include "common/emptystate.h"
#include "common/icons.h"
#include "common/pageheader.h"
#include "context.h"

#include <QVBoxLayout>

namespace sisambang::ui {

ReportPage::ReportPage(Context &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("reportPage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(tr("Reports"), tr("Monthly recap for the province"), this));
    layout->addWidget(
        new EmptyState(icon(IconId::Reports), tr("No reports available yet"),
                       tr("This page will produce the monthly recap (rekap bulanan) sent to the "
                          "province: activities done, attendance, coverage of kelurahan/desa per "
                          "kecamatan and MoUs signed, with charts, as a PDF signed by the Kepala "
                          "Sekretariat and as a spreadsheet, plus a year overview."),
                       this),
        1);
}

ReportPage::~ReportPage() = default;

} // namespace sisambang::ui
