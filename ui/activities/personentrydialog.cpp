// SPDX-License-Identifier: GPL-3.0-or-later
#include "personentrydialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sisambang::ui {

PersonEntryDialog::PersonEntryDialog(Purpose purpose, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_jabatan(new QLineEdit(this))
    , m_institution(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_phone(new QLineEdit(this))
    , m_gender(new QComboBox(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("personEntryDialog"));
    setWindowTitle(purpose == Purpose::Guest ? tr("Invite a guest") : tr("Add a walk-in"));
    m_name->setObjectName(QStringLiteral("name"));
    m_jabatan->setObjectName(QStringLiteral("jabatan"));
    m_institution->setObjectName(QStringLiteral("institution"));
    m_phone->setObjectName(QStringLiteral("phone"));
    m_name->setPlaceholderText(tr("Full name with titles"));
    m_jabatan->setPlaceholderText(tr("e.g. Tokoh Masyarakat"));
    m_institution->setPlaceholderText(tr("e.g. Polsek Koba"));
    m_phone->setPlaceholderText(tr("e.g. 0812 3456 7890"));
    for (db::InstitutionKind kind : db::StakeholderKinds::institutionKinds()) {
        m_kind->addItem(db::StakeholderKinds::label(kind), static_cast<int>(kind));
    }
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(db::InstitutionKind::Other)));
    for (db::Gender gender : {db::Gender::Unknown, db::Gender::Male, db::Gender::Female}) {
        m_gender->addItem(gender == db::Gender::Unknown ? tr("(not known)")
                                                        : db::StakeholderKinds::label(gender),
                          static_cast<int>(gender));
    }
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b02020;"));
    m_problem->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Jabatan:"), m_jabatan);
    form->addRow(tr("&Institution:"), m_institution);
    form->addRow(tr("Institution &kind:"), m_kind);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("&Gender:"), m_gender);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)
        ->setText(purpose == Purpose::Guest ? tr("&Invite") : tr("&Add"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PersonEntryDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PersonEntryDialog::reject);
    connect(m_kind, &QComboBox::activated, this, [this] { m_kindChosen = true; });
    // "Polsek Koba" is the police: the kind follows the institution's name
    // until the clerk picks one.
    connect(m_institution, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (!m_kindChosen) {
            m_kind->setCurrentIndex(m_kind->findData(
                static_cast<int>(db::StakeholderKinds::guessInstitutionKind(text))));
        }
    });
    resize(sizeHint().expandedTo(QSize(420, 0)));
}

PersonEntryDialog::~PersonEntryDialog() = default;

void PersonEntryDialog::accept()
{
    if (m_name->text().trimmed().isEmpty()) {
        m_problem->setText(tr("Enter the name."));
        m_problem->show();
        m_name->setFocus();
        return;
    }
    QDialog::accept();
}

db::Guest PersonEntryDialog::guest() const
{
    db::Guest guest;
    guest.name = m_name->text().simplified();
    guest.jabatan = m_jabatan->text().simplified();
    guest.institution = m_institution->text().simplified();
    guest.phone = m_phone->text().trimmed();
    guest.institutionKind = static_cast<db::InstitutionKind>(m_kind->currentData().toInt());
    guest.gender = static_cast<db::Gender>(m_gender->currentData().toInt());
    return guest;
}

db::WalkIn PersonEntryDialog::walkIn() const
{
    const db::Guest typed = guest();
    db::WalkIn walkIn;
    walkIn.name = typed.name;
    walkIn.jabatan = typed.jabatan;
    walkIn.institution = typed.institution;
    walkIn.phone = typed.phone;
    walkIn.institutionKind = typed.institutionKind;
    walkIn.gender = typed.gender;
    return walkIn;
}

} // namespace sisambang::ui
