// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreementpage.h"

#include "common/emptystate.h"
#include "common/icons.h"
#include "common/pageheader.h"
#include "context.h"

#include <QVBoxLayout>

namespace sisambang::ui {

AgreementPage::AgreementPage(Context &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("agreementPage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(
        tr("MoU"), tr("Memoranda of understanding and cooperation agreements"), this));
    layout->addWidget(
        new EmptyState(icon(IconId::Agreements), tr("No MoU registered yet"),
                       tr("This page will list the office's memoranda of understanding (Nota "
                          "Kesepahaman) and cooperation agreements with the kecamatan: number, "
                          "date and place of signing, the parties and their signatories, the "
                          "kelurahan/desa covered, validity and status, with the scanned signed "
                          "copy. The MoU document itself will be printed from here, on A4 or F4."),
                       this),
        1);
}

AgreementPage::~AgreementPage() = default;

} // namespace sisambang::ui
