// SPDX-License-Identifier: GPL-3.0-or-later
#include "persondialog.h"

#include "common/fieldmessage.h"
#include "common/messages.h"
#include "context.h"
#include "duplicates.h"
#include "phonenumbers.h"
#include "positiondialog.h"
#include "positions.h"
#include "regions.h"
#include "replaceholderdialog.h"

#include <algorithm>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sisambang::ui {

PersonDialog::PersonDialog(Context &context, const QString &kabupatenCode, qint64 personId,
                           QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_kabupaten(kabupatenCode)
    , m_prefix(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_suffix(new QLineEdit(this))
    , m_preview(new QLabel(this))
    , m_gender(new QComboBox(this))
    , m_phones(new QPlainTextEdit(this))
    , m_email(new QLineEdit(this))
    , m_category(new QComboBox(this))
    , m_region(new QComboBox(this))
    , m_notes(new QPlainTextEdit(this))
    , m_history(new QListWidget(this))
    , m_addPosition(new QPushButton(tr("Add position..."), this))
    , m_endPosition(new QPushButton(tr("End position..."), this))
    , m_replace(new QPushButton(tr("Replace holder..."), this))
{
    setObjectName(QStringLiteral("personDialog"));
    setWindowTitle(personId == 0 ? tr("New person") : tr("Person"));
    for (const char *field : {"name", "phones", "email", "region_code"}) {
        m_messages.insert(QString::fromLatin1(field), new FieldMessage(this));
    }
    m_prefix->setPlaceholderText(tr("Dr. Ir. Hj."));
    m_prefix->setToolTip(tr("Titles before the name"));
    m_name->setToolTip(tr("The name without titles"));
    m_suffix->setPlaceholderText(tr("S.Sos., M.Si."));
    m_suffix->setToolTip(tr("Titles after the name"));
    const int titleWidth = m_prefix->fontMetrics().averageCharWidth() * 14;
    m_prefix->setMinimumWidth(titleWidth);
    m_suffix->setMinimumWidth(titleWidth);
    m_history->setWordWrap(true);
    m_history->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_phones->setPlaceholderText(tr("One number per line"));
    m_phones->setFixedHeight(m_phones->fontMetrics().lineSpacing() * 4);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4);
    QFont bold = m_preview->font();
    bold.setBold(true);
    m_preview->setFont(bold);
    for (auto gender : {db::Gender::Unknown, db::Gender::Male, db::Gender::Female}) {
        m_gender->addItem(db::StakeholderKinds::label(gender), static_cast<int>(gender));
    }
    for (auto category : db::StakeholderKinds::categories()) {
        m_category->addItem(db::StakeholderKinds::label(category), static_cast<int>(category));
    }
    m_region->addItem(tr("(none)"), QString());
    db::RegionRepository regions(context.database);
    if (auto kecamatans = regions.children(kabupatenCode)) {
        for (const auto &kecamatan : *kecamatans) {
            m_region->addItem(db::RegionLabels::qualifiedName(kecamatan), kecamatan.code);
            if (auto villages = regions.villagesUnder(kecamatan.code)) {
                for (const auto &village : *villages) {
                    m_region->addItem(QStringLiteral("    ") +
                                          db::RegionLabels::qualifiedName(village),
                                      village.code);
                }
            }
        }
    }

    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(m_prefix, 1);
    nameRow->addWidget(m_name, 3);
    nameRow->addWidget(m_suffix, 1);
    auto *nameBox = new QWidget(this);
    nameBox->setLayout(nameRow);
    nameRow->setContentsMargins(0, 0, 0, 0);

    auto *form = new QFormLayout;
    form->addRow(tr("Name:"),
                 fieldWithMessage(nameBox, m_messages.value(QStringLiteral("name")), this));
    form->addRow(tr("Printed as:"), m_preview);
    form->addRow(tr("Gender:"), m_gender);
    form->addRow(tr("Phone:"),
                 fieldWithMessage(m_phones, m_messages.value(QStringLiteral("phones")), this));
    form->addRow(tr("E-mail:"),
                 fieldWithMessage(m_email, m_messages.value(QStringLiteral("email")), this));
    form->addRow(tr("Category:"), m_category);
    form->addRow(tr("Kecamatan or desa:"),
                 fieldWithMessage(m_region, m_messages.value(QStringLiteral("region_code")), this));
    form->addRow(tr("Notes:"), m_notes);

    auto *historyBox = new QGroupBox(tr("Positions over time"), this);
    auto *historyLayout = new QVBoxLayout(historyBox);
    historyLayout->addWidget(m_history);
    auto *historyButtons = new QHBoxLayout;
    historyButtons->addWidget(m_addPosition);
    historyButtons->addWidget(m_endPosition);
    historyButtons->addWidget(m_replace);
    historyButtons->addStretch();
    historyLayout->addLayout(historyButtons);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    auto *columns = new QHBoxLayout;
    auto *formColumn = new QVBoxLayout;
    formColumn->addLayout(form);
    formColumn->addStretch();
    columns->addLayout(formColumn, 3);
    columns->addWidget(historyBox, 2);
    layout->addLayout(columns);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &PersonDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PersonDialog::reject);
    for (auto *field : {m_prefix, m_name, m_suffix}) {
        connect(field, &QLineEdit::textChanged, this, &PersonDialog::updatePreview);
    }
    connect(m_addPosition, &QPushButton::clicked, this, &PersonDialog::addPosition);
    connect(m_endPosition, &QPushButton::clicked, this, &PersonDialog::endPosition);
    connect(m_replace, &QPushButton::clicked, this, &PersonDialog::replaceHolder);
    connect(m_history, &QListWidget::currentRowChanged, this, [this] {
        const bool current =
            m_history->currentItem() && m_history->currentItem()->data(Qt::UserRole + 1).toBool();
        m_endPosition->setEnabled(current);
        m_replace->setEnabled(current);
    });
    resize(900, 520);
    load(personId);
}

PersonDialog::~PersonDialog() = default;

void PersonDialog::load(qint64 personId)
{
    m_person = {};
    if (personId != 0) {
        db::PersonRepository people(m_context.database);
        auto person = people.find(personId);
        if (!person) {
            m_context.messages.critical(this, tr("Person"), person.error().message);
        } else {
            m_person = *person;
        }
    }
    showPerson();
}

void PersonDialog::showPerson()
{
    m_prefix->setText(m_person.name.prefixText());
    m_name->setText(m_person.name.coreName);
    m_suffix->setText(m_person.name.suffixText());
    m_gender->setCurrentIndex(m_gender->findData(static_cast<int>(m_person.gender)));
    QStringList phones;
    for (const auto &phone : std::as_const(m_person.phones)) {
        phones.append(db::PhoneNumbers::display(phone));
    }
    m_phones->setPlainText(phones.join(u'\n'));
    m_email->setText(m_person.email);
    m_category->setCurrentIndex(m_category->findData(static_cast<int>(m_person.category)));
    m_region->setCurrentIndex(std::max(0, m_region->findData(m_person.regionCode)));
    m_notes->setPlainText(m_person.notes);
    for (auto *message : std::as_const(m_messages)) {
        message->clear();
    }
    updatePreview();
    refreshHistory();
}

db::Person PersonDialog::personFromForm() const
{
    db::Person person = m_person;
    person.name.prefixTitles = db::prefixTitlesFromText(m_prefix->text());
    person.name.coreName = m_name->text().simplified();
    person.name.suffixTitles = db::suffixTitlesFromText(m_suffix->text());
    person.gender = static_cast<db::Gender>(m_gender->currentData().toInt());
    person.phones.clear();
    for (const auto &line : m_phones->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty()) {
            person.phones.append(line.trimmed());
        }
    }
    person.email = m_email->text().trimmed();
    person.category = static_cast<db::StakeholderCategory>(m_category->currentData().toInt());
    person.regionCode = m_region->currentData().toString();
    person.notes = m_notes->toPlainText().trimmed();
    return person;
}

void PersonDialog::updatePreview()
{
    m_preview->setText(personFromForm().name.fullName());
}

QString PersonDialog::previewText() const
{
    return m_preview->text();
}

QString PersonDialog::fieldMessage(const QString &field) const
{
    auto *message = m_messages.value(field);
    return message ? message->text() : QString();
}

void PersonDialog::showProblems(const QList<db::FieldProblem> &problems)
{
    for (auto *message : std::as_const(m_messages)) {
        message->clear();
    }
    for (const auto &problem : problems) {
        // A problem of a field the form lacks still reaches the clerk, under the name.
        auto *message = m_messages.value(problem.field, m_messages.value(QStringLiteral("name")));
        message->showError(message->hasError() ? message->text() + u'\n' + problem.message
                                               : problem.message);
    }
}

bool PersonDialog::save()
{
    db::Person person = personFromForm();
    db::PersonRepository people(m_context.database);
    const auto problems = people.validate(person);
    showProblems(problems);
    if (!problems.isEmpty()) {
        return false;
    }
    if (person.id == 0) {
        db::DuplicateFinder finder(m_context.database);
        auto duplicates = finder.find(person);
        if (duplicates && !duplicates->isEmpty()) {
            QStringList lines;
            for (const auto &duplicate : std::as_const(*duplicates)) {
                lines.append(duplicate.describe());
            }
            const int choice = m_context.messages.choose(
                this, Messages::Severity::Question, tr("Likely duplicate"),
                tr("This person is probably already in the register:\n%1").arg(lines.join(u'\n')),
                {tr("Open existing"), tr("Add anyway"), tr("Cancel")}, 2);
            if (choice == 0) {
                m_openInstead = duplicates->constFirst().personId;
                return false;
            }
            if (choice != 1) {
                return false;
            }
        }
        auto id = people.add(person);
        if (!id) {
            m_context.messages.critical(this, tr("Person"), id.error().message);
            return false;
        }
        load(*id);
        return true;
    }
    if (auto saved = people.update(person); !saved) {
        if (saved.error().code == db::Error::Code::Conflict) {
            const int choice = m_context.messages.choose(
                this, Messages::Severity::Warning, tr("Changed elsewhere"),
                tr("Someone else changed this person after you opened it. Reload their data "
                   "(your changes are lost) or keep editing?"),
                {tr("Reload"), tr("Keep editing")}, 1);
            if (choice == 0) {
                load(person.id);
            }
        } else {
            m_context.messages.critical(this, tr("Person"), saved.error().message);
        }
        return false;
    }
    m_person = person;
    return true;
}

void PersonDialog::accept()
{
    if (save()) {
        QDialog::accept();
    } else if (m_openInstead != 0) {
        QDialog::reject();
    }
}

void PersonDialog::refreshHistory()
{
    m_history->clear();
    const bool saved = m_person.id != 0;
    m_addPosition->setEnabled(saved);
    m_endPosition->setEnabled(false);
    m_replace->setEnabled(false);
    m_history->setEnabled(saved);
    if (!saved) {
        m_history->addItem(tr("Positions can be added once the person is saved."));
        return;
    }
    db::PositionRepository positions(m_context.database);
    auto history = positions.historyOfPerson(m_person.id);
    if (!history) {
        m_history->addItem(history.error().message);
        return;
    }
    const QString dateFormat = QStringLiteral("dd/MM/yyyy");
    for (const auto &details : std::as_const(*history)) {
        const auto &position = details.position;
        const QString from =
            position.start.isValid() ? position.start.toString(dateFormat) : tr("?");
        const QString until = position.isCurrent() ? tr("now") : position.end.toString(dateFormat);
        auto *item = new QListWidgetItem(
            tr("%1, %2 (%3 to %4)").arg(position.jabatan(), details.institutionName, from, until),
            m_history);
        item->setData(Qt::UserRole, position.id);
        item->setData(Qt::UserRole + 1, position.isCurrent());
        if (!position.isCurrent()) {
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        }
    }
}

qint64 PersonDialog::selectedPositionId() const
{
    auto *item = m_history->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void PersonDialog::addPosition()
{
    PositionDialog dialog(m_context, m_kabupaten, m_person.id, this);
    if (dialog.exec() == QDialog::Accepted) {
        refreshHistory();
    }
}

void PersonDialog::endPosition()
{
    const qint64 id = selectedPositionId();
    if (id == 0) {
        return;
    }
    EndPositionDialog dialog(m_context, id, this);
    if (dialog.exec() == QDialog::Accepted) {
        refreshHistory();
    }
}

void PersonDialog::replaceHolder()
{
    const qint64 id = selectedPositionId();
    if (id == 0) {
        return;
    }
    ReplaceHolderDialog dialog(m_context, id, this);
    if (dialog.exec() == QDialog::Accepted) {
        refreshHistory();
    }
}

} // namespace sisambang::ui
