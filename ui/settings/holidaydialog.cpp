// SPDX-License-Identifier: GPL-3.0-or-later
#include "holidaydialog.h"

#include "common/fieldmessage.h"
#include "common/icons.h"
#include "holidaymodel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sisambang::ui {

HolidayDialog::HolidayDialog(const QDate &initialDate, QWidget *parent)
    : QDialog(parent)
    , m_date(new QDateEdit(initialDate, this))
    , m_description(new QLineEdit(this))
    , m_descriptionMessage(new FieldMessage(this))
    , m_kind(new QComboBox(this))
{
    setWindowTitle(tr("Add Holiday"));
    setWindowIcon(icon(IconId::Holiday));
    m_date->setObjectName(QStringLiteral("holidayDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dddd, d MMMM yyyy"));
    m_description->setObjectName(QStringLiteral("holidayDescription"));
    m_description->setPlaceholderText(tr("e.g. Hari Raya Nyepi Tahun Baru Saka 1945"));
    m_descriptionMessage->setObjectName(QStringLiteral("holidayDescriptionMessage"));
    m_kind->setObjectName(QStringLiteral("holidayKind"));
    m_kind->addItem(HolidayModel::kindLabel(db::HolidayKind::National),
                    static_cast<int>(db::HolidayKind::National));
    m_kind->addItem(HolidayModel::kindLabel(db::HolidayKind::CollectiveLeave),
                    static_cast<int>(db::HolidayKind::CollectiveLeave));

    auto *description = new QWidget(this);
    auto *descriptionLayout = new QVBoxLayout(description);
    descriptionLayout->setContentsMargins(0, 0, 0, 0);
    descriptionLayout->setSpacing(2);
    descriptionLayout->addWidget(m_description);
    descriptionLayout->addWidget(m_descriptionMessage);

    auto *form = new QFormLayout;
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("D&escription:"), description);
    form->addRow(tr("&Kind:"), m_kind);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("Add"), QDialogButtonBox::AcceptRole)->setIcon(icon(IconId::Add));
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &HolidayDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &HolidayDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

HolidayDialog::~HolidayDialog() = default;

db::Holiday HolidayDialog::holiday() const
{
    return {m_date->date(), m_description->text().trimmed(),
            static_cast<db::HolidayKind>(m_kind->currentData().toInt())};
}

void HolidayDialog::accept()
{
    if (m_description->text().trimmed().isEmpty()) {
        m_descriptionMessage->showError(tr("Describe the holiday, as the SKB names it."));
        m_description->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace sisambang::ui
