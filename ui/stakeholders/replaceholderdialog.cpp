// SPDX-License-Identifier: GPL-3.0-or-later
#include "replaceholderdialog.h"

#include "common/fieldmessage.h"
#include "common/messages.h"
#include "context.h"
#include "institutions.h"
#include "people.h"
#include "positions.h"
#include "stakeholderquery.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace sisambang::ui {

ReplaceHolderDialog::ReplaceHolderDialog(Context &context, qint64 positionId, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_positionId(positionId)
    , m_current(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_candidates(new QListWidget(this))
    , m_from(new QDateEdit(QDate::currentDate(), this))
    , m_acting(new QComboBox(this))
    , m_message(new FieldMessage(this))
{
    setWindowTitle(tr("Replace holder"));
    m_current->setWordWrap(true);
    db::PositionRepository positions(context.database);
    if (auto position = positions.find(positionId)) {
        m_holderId = position->personId;
        db::PersonRepository people(context.database);
        db::InstitutionRepository institutions(context.database);
        auto person = people.find(position->personId);
        auto institution = institutions.find(position->institutionId);
        m_current->setText(tr("%1 at %2, now held by %3.")
                               .arg(position->jabatan(),
                                    institution ? institution->name : QString(),
                                    person ? person->name.fullName() : QString()));
    }
    m_search->setPlaceholderText(tr("Search the successor by name"));
    m_search->setClearButtonEnabled(true);
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    for (auto kind : {db::ActingKind::Definitive, db::ActingKind::Plt, db::ActingKind::Pj}) {
        m_acting->addItem(db::StakeholderKinds::label(kind), static_cast<int>(kind));
    }

    auto *form = new QFormLayout;
    form->addRow(tr("Position:"), m_current);
    form->addRow(tr("Successor:"), m_search);
    form->addRow(QString(), m_candidates);
    form->addRow(tr("In office from:"), m_from);
    form->addRow(tr("Held as:"), m_acting);
    form->addRow(QString(), m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Replace"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReplaceHolderDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReplaceHolderDialog::reject);
    connect(m_search, &QLineEdit::textChanged, this, &ReplaceHolderDialog::search);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(520, 460);
    search();
}

ReplaceHolderDialog::~ReplaceHolderDialog() = default;

QString ReplaceHolderDialog::message() const
{
    return m_message->text();
}

void ReplaceHolderDialog::search()
{
    m_candidates->clear();
    db::StakeholderFilter filter;
    filter.text = m_search->text().trimmed();
    db::StakeholderQuery query(m_context.database);
    auto rows =
        query.page(filter, db::StakeholderSort::Name, Qt::AscendingOrder, 0, candidateLimit);
    if (!rows) {
        m_message->showError(rows.error().message);
        return;
    }
    for (const auto &row : std::as_const(*rows)) {
        if (row.personId == m_holderId) {
            continue;
        }
        const QString where = row.jabatan.isEmpty()
                                  ? row.desaName
                                  : tr("%1, %2").arg(row.jabatan, row.institutionName);
        auto *item = new QListWidgetItem(
            where.isEmpty() ? row.fullName : tr("%1 (%2)").arg(row.fullName, where), m_candidates);
        item->setData(Qt::UserRole, row.personId);
    }
}

bool ReplaceHolderDialog::save()
{
    m_message->clear();
    auto *chosen = m_candidates->currentItem();
    if (!chosen) {
        m_message->showError(tr("Choose the successor from the list."));
        return false;
    }
    db::PositionRepository positions(m_context.database);
    auto position = positions.find(m_positionId);
    if (!position) {
        m_message->showError(position.error().message);
        return false;
    }
    if (position->start.isValid() && m_from->date() <= position->start) {
        m_message->showError(tr("The successor must start after %1 took office.")
                                 .arg(position->start.toString(QStringLiteral("dd/MM/yyyy"))));
        return false;
    }
    auto replaced = positions.replaceHolder(
        m_positionId, position->version, chosen->data(Qt::UserRole).toLongLong(), m_from->date(),
        static_cast<db::ActingKind>(m_acting->currentData().toInt()));
    if (!replaced) {
        m_message->showError(replaced.error().message);
        return false;
    }
    m_newPositionId = *replaced;
    return true;
}

void ReplaceHolderDialog::accept()
{
    if (save()) {
        QDialog::accept();
    }
}

} // namespace sisambang::ui
