// SPDX-License-Identifier: GPL-3.0-or-later
#include "positiondialog.h"

#include "common/fieldmessage.h"
#include "common/messages.h"
#include "context.h"
#include "institutions.h"
#include "positions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QVBoxLayout>

namespace sisambang::ui {

namespace {

QDateEdit *dateField(QWidget *parent)
{
    auto *field = new QDateEdit(QDate::currentDate(), parent);
    field->setCalendarPopup(true);
    field->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    return field;
}

} // namespace

PositionDialog::PositionDialog(Context &context, const QString &kabupatenCode, qint64 personId,
                               QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_personId(personId)
    , m_title(new QLineEdit(this))
    , m_institution(new QComboBox(this))
    , m_acting(new QComboBox(this))
    , m_start(dateField(this))
    , m_ended(new QCheckBox(tr("Ended on:"), this))
    , m_end(dateField(this))
    , m_titleMessage(new FieldMessage(this))
    , m_institutionMessage(new FieldMessage(this))
    , m_endMessage(new FieldMessage(this))
{
    setWindowTitle(tr("Add position"));
    m_title->setPlaceholderText(tr("Kepala Desa"));
    db::InstitutionRepository institutions(context.database);
    db::InstitutionFilter filter;
    filter.regionCode = kabupatenCode;
    if (auto list = institutions.list(filter)) {
        for (const auto &institution : std::as_const(*list)) {
            m_institution->addItem(institution.name, institution.id);
        }
    }
    m_institution->setEditable(false);
    for (auto kind : {db::ActingKind::Definitive, db::ActingKind::Plt, db::ActingKind::Pj}) {
        m_acting->addItem(db::StakeholderKinds::label(kind), static_cast<int>(kind));
    }
    m_end->setEnabled(false);
    connect(m_ended, &QCheckBox::toggled, m_end, &QDateEdit::setEnabled);

    auto *form = new QFormLayout;
    form->addRow(tr("Position:"), fieldWithMessage(m_title, m_titleMessage, this));
    form->addRow(tr("Institution:"), fieldWithMessage(m_institution, m_institutionMessage, this));
    form->addRow(tr("Held as:"), m_acting);
    form->addRow(tr("From:"), m_start);
    form->addRow(m_ended, fieldWithMessage(m_end, m_endMessage, this));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PositionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PositionDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

PositionDialog::~PositionDialog() = default;

QString PositionDialog::fieldMessage(const QString &field) const
{
    if (field == u"title") {
        return m_titleMessage->text();
    }
    if (field == u"institutionId") {
        return m_institutionMessage->text();
    }
    return field == u"end" ? m_endMessage->text() : QString();
}

bool PositionDialog::save()
{
    db::Position position;
    position.personId = m_personId;
    position.institutionId = m_institution->currentData().toLongLong();
    position.title = m_title->text().simplified();
    position.acting = static_cast<db::ActingKind>(m_acting->currentData().toInt());
    position.start = m_start->date();
    if (m_ended->isChecked()) {
        position.end = m_end->date();
    }
    db::PositionRepository positions(m_context.database);
    m_titleMessage->clear();
    m_institutionMessage->clear();
    m_endMessage->clear();
    const auto problems = positions.validate(position);
    for (const auto &problem : problems) {
        if (problem.field == u"end" || problem.field == u"start") {
            m_endMessage->showError(problem.message);
        } else if (problem.field == u"institutionId" || problem.field == u"institution") {
            m_institutionMessage->showError(problem.message);
        } else {
            m_titleMessage->showError(problem.message);
        }
    }
    if (!problems.isEmpty()) {
        return false;
    }
    auto id = positions.add(position);
    if (!id) {
        m_context.messages.critical(this, tr("Add position"), id.error().message);
        return false;
    }
    m_positionId = *id;
    return true;
}

void PositionDialog::accept()
{
    if (save()) {
        QDialog::accept();
    }
}

EndPositionDialog::EndPositionDialog(Context &context, qint64 positionId, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_positionId(positionId)
    , m_lastDay(dateField(this))
    , m_message(new FieldMessage(this))
{
    setWindowTitle(tr("End position"));
    auto *form = new QFormLayout;
    form->addRow(tr("Last day in office:"), fieldWithMessage(m_lastDay, m_message, this));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &EndPositionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EndPositionDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

EndPositionDialog::~EndPositionDialog() = default;

bool EndPositionDialog::save()
{
    db::PositionRepository positions(m_context.database);
    auto position = positions.find(m_positionId);
    if (!position) {
        m_message->showError(position.error().message);
        return false;
    }
    if (position->start.isValid() && m_lastDay->date() < position->start) {
        m_message->showError(tr("The last day cannot be before the start date."));
        return false;
    }
    if (auto ended = positions.end(m_positionId, position->version, m_lastDay->date()); !ended) {
        m_message->showError(ended.error().message);
        return false;
    }
    return true;
}

void EndPositionDialog::accept()
{
    if (save()) {
        QDialog::accept();
    }
}

} // namespace sisambang::ui
