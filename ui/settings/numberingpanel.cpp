// SPDX-License-Identifier: GPL-3.0-or-later
#include "numberingpanel.h"

#include "common/fieldmessage.h"
#include "common/icons.h"
#include "common/messages.h"
#include "context.h"
#include "letternumbers.h"
#include "officeprofile.h"
#include "transaction.h"

#include <QDate>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sisambang::ui {

namespace {
enum Column { Code, Description, Active };
}

NumberingPanel::NumberingPanel(Context &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_format(new QLineEdit(this))
    , m_formatMessage(new FieldMessage(this))
    , m_example(new QLabel(this))
    , m_codes(new QTableWidget(0, 3, this))
    , m_codesMessage(new FieldMessage(this))
    , m_add(new QPushButton(icon(IconId::Add), tr("&Add Code"), this))
    , m_save(new QPushButton(icon(IconId::Save), tr("Save &Numbering"), this))
{
    setObjectName(QStringLiteral("numberingPanel"));
    m_format->setObjectName(QStringLiteral("numberFormat"));
    m_codes->setObjectName(QStringLiteral("classificationCodes"));
    m_save->setObjectName(QStringLiteral("saveNumbering"));
    m_example->setObjectName(QStringLiteral("numberExample"));
    m_codes->setHorizontalHeaderLabels({tr("Code"), tr("Description"), tr("In use")});
    m_codes->horizontalHeader()->setSectionResizeMode(Description, QHeaderView::Stretch);
    m_codes->verticalHeader()->hide();

    auto *hint = new QLabel(tr("Parts of the format: {seq} the number within the code and "
                               "year, {classification} the code, {unit} the unit code of the "
                               "office profile, {month} and {year} of the letter's date. A "
                               "backdated letter gets a suffix such as 005.1."),
                            this);
    hint->setWordWrap(true);

    auto *form = new QFormLayout;
    auto *formatColumn = new QVBoxLayout;
    formatColumn->addWidget(m_format);
    formatColumn->addWidget(m_formatMessage);
    formatColumn->addWidget(m_example);
    form->addRow(tr("Number format:"), formatColumn);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addStretch(1);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(new QLabel(tr("Classification codes:"), this));
    layout->addWidget(m_codes, 1);
    layout->addWidget(m_codesMessage);
    layout->addLayout(buttons);

    connect(m_format, &QLineEdit::textChanged, this, &NumberingPanel::updateExample);
    connect(m_add, &QPushButton::clicked, this, &NumberingPanel::addClassification);
    connect(m_save, &QPushButton::clicked, this, &NumberingPanel::save);
    reload();
}

NumberingPanel::~NumberingPanel() = default;

void NumberingPanel::reload()
{
    db::LetterNumbering numbering(m_context.database);
    if (auto format = numbering.format()) {
        m_format->setText(*format);
    }
    m_codes->setRowCount(0);
    if (auto codes = numbering.classifications(true)) {
        for (const db::LetterClassification &code : *codes) {
            const int row = m_codes->rowCount();
            m_codes->insertRow(row);
            auto *codeItem = new QTableWidgetItem(code.code);
            codeItem->setFlags(codeItem->flags() & ~Qt::ItemIsEditable); // numbers refer to it
            m_codes->setItem(row, Code, codeItem);
            m_codes->setItem(row, Description, new QTableWidgetItem(code.description));
            auto *active = new QTableWidgetItem;
            active->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            active->setCheckState(code.active ? Qt::Checked : Qt::Unchecked);
            m_codes->setItem(row, Active, active);
        }
    }
    m_formatMessage->clear();
    m_codesMessage->clear();
    updateExample();
}

void NumberingPanel::addClassification()
{
    const int row = m_codes->rowCount();
    m_codes->insertRow(row);
    m_codes->setItem(row, Code, new QTableWidgetItem);
    m_codes->setItem(row, Description, new QTableWidgetItem);
    auto *active = new QTableWidgetItem;
    active->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    active->setCheckState(Qt::Checked);
    m_codes->setItem(row, Active, active);
    m_codes->setCurrentCell(row, Code);
    m_codes->editItem(m_codes->item(row, Code));
}

void NumberingPanel::updateExample()
{
    QString unit;
    if (auto profile = db::OfficeProfileStore(m_context.database).load()) {
        unit = profile->unitCode;
    }
    m_example->setText(
        tr("Example: %1")
            .arg(db::formatLetterNumber(m_format->text().trimmed(), 1, 0, QStringLiteral("PM.04"),
                                        unit, QDate::currentDate())));
}

bool NumberingPanel::save()
{
    m_formatMessage->clear();
    m_codesMessage->clear();
    db::LetterNumbering numbering(m_context.database);
    db::Transaction transaction(m_context.database);
    if (auto done = numbering.setFormat(m_format->text().trimmed()); !done) {
        m_formatMessage->showError(done.error().message);
        return false;
    }
    for (int row = 0; row < m_codes->rowCount(); ++row) {
        const db::LetterClassification code{m_codes->item(row, Code)->text().trimmed(),
                                            m_codes->item(row, Description)->text().trimmed(),
                                            m_codes->item(row, Active)->checkState() ==
                                                Qt::Checked};
        if (code.code.isEmpty() && code.description.isEmpty()) {
            continue; // an added row left blank
        }
        if (auto done = numbering.saveClassification(code); !done) {
            m_codesMessage->showError(tr("Row %1: %2").arg(row + 1).arg(done.error().message));
            m_codes->setCurrentCell(row, Code);
            return false;
        }
    }
    if (auto done = transaction.commit(); !done) {
        m_context.messages.critical(this, tr("Numbering not saved"), done.error().message);
        return false;
    }
    reload();
    return true;
}

} // namespace sisambang::ui
