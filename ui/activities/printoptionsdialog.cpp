// SPDX-License-Identifier: GPL-3.0-or-later
#include "printoptionsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sisambang::ui {

PrintOptionsDialog::PrintOptionsDialog(ActivityPrinter::DocumentKind kind,
                                       const PrintOptions &defaults, QWidget *parent)
    : QDialog(parent)
    , m_defaults(defaults)
    , m_paper(new QComboBox(this))
    , m_layout(new QComboBox(this))
    , m_signer(new QComboBox(this))
    , m_blankRows(new QSpinBox(this))
    , m_classification(new QComboBox(this))
{
    using Kind = ActivityPrinter::DocumentKind;
    setObjectName(QStringLiteral("printOptionsDialog"));
    setWindowTitle(tr("Print %1").arg(ActivityPrinter::documentName(kind)));
    m_paper->setObjectName(QStringLiteral("paper"));
    m_paper->addItem(QStringLiteral("A4"), static_cast<int>(db::PaperSize::A4));
    m_paper->addItem(tr("F4 (215 x 330 mm)"), static_cast<int>(db::PaperSize::F4));
    m_paper->setCurrentIndex(m_paper->findData(static_cast<int>(defaults.paper)));
    m_layout->setObjectName(QStringLiteral("invitationLayout"));
    m_layout->addItem(tr("One letter with the list of invitees attached"),
                      static_cast<int>(documents::InvitationLayout::WithList));
    m_layout->addItem(tr("One letter per invitee"),
                      static_cast<int>(documents::InvitationLayout::PerInvitee));
    m_layout->setCurrentIndex(m_layout->findData(static_cast<int>(defaults.layout)));
    m_signer->setObjectName(QStringLiteral("signer"));
    m_signer->addItem(tr("Ketua (chair)"), static_cast<int>(documents::OfficeSigner::Chair));
    m_signer->addItem(tr("Kepala Sekretariat (head of the secretariat)"),
                      static_cast<int>(documents::OfficeSigner::Secretary));
    m_signer->setCurrentIndex(m_signer->findData(static_cast<int>(defaults.signer)));
    m_blankRows->setObjectName(QStringLiteral("blankRows"));
    m_blankRows->setRange(0, 200);
    m_blankRows->setValue(defaults.blankRows);
    m_blankRows->setToolTip(tr("Numbered empty rows after the invited, for walk-ins"));

    m_classification->setObjectName(QStringLiteral("classification"));
    m_classification->addItem(tr("None yet: written in by hand"), QString());
    for (const db::LetterClassification &c : defaults.classifications) {
        m_classification->addItem(QStringLiteral("%1 %2").arg(c.code, c.description), c.code);
    }
    m_classification->setToolTip(
        tr("Gives the letter the next number of the office in this classification; "
           "the number stays with this invitation when it is printed again."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Paper:"), m_paper);
    if (kind == Kind::Invitation) {
        form->addRow(tr("&Letters:"), m_layout);
        if (defaults.issuedNumber.isEmpty()) {
            form->addRow(tr("Letter &number:"), m_classification);
        } else {
            auto *number = new QLabel(defaults.issuedNumber, this);
            number->setObjectName(QStringLiteral("issuedNumber"));
            number->setTextInteractionFlags(Qt::TextSelectableByMouse);
            form->addRow(tr("Letter number:"), number);
        }
    }
    if (kind != Kind::Minutes) {
        form->addRow(tr("&Signed by:"), m_signer);
    }
    if (kind == Kind::AttendanceSheet) {
        form->addRow(tr("&Blank rows:"), m_blankRows);
    }
    // The options this document has no use for stay out of sight (they are
    // children of the dialog and would otherwise sit in its corner).
    for (QWidget *option :
         std::initializer_list<QWidget *>{m_layout, m_signer, m_blankRows, m_classification}) {
        option->setVisible(form->indexOf(option) >= 0);
    }
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *preview =
        buttons->addButton(tr("Pre&view and print..."), QDialogButtonBox::AcceptRole);
    preview->setObjectName(QStringLiteral("preview"));
    QPushButton *save =
        buttons->addButton(tr("Save as &PDF or ODT..."), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("export"));
    buttons->addButton(QDialogButtonBox::Cancel);
    preview->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(preview, &QPushButton::clicked, this, [this] { finish(Choice::Preview); });
    connect(save, &QPushButton::clicked, this, [this] { finish(Choice::Export); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

PrintOptionsDialog::~PrintOptionsDialog() = default;

void PrintOptionsDialog::finish(Choice choice)
{
    m_choice = choice;
    accept();
}

PrintOptions PrintOptionsDialog::options() const
{
    PrintOptions options = m_defaults;
    options.paper = static_cast<db::PaperSize>(m_paper->currentData().toInt());
    options.layout = static_cast<documents::InvitationLayout>(m_layout->currentData().toInt());
    options.signer = static_cast<documents::OfficeSigner>(m_signer->currentData().toInt());
    options.blankRows = m_blankRows->value();
    options.classification = m_classification->currentData().toString();
    return options;
}

} // namespace sisambang::ui
