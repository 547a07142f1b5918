// SPDX-License-Identifier: GPL-3.0-or-later
#include "generatoroptions.h"

#include "agreements.h"
#include "common/icons.h"
#include "context.h"
#include "officerroster.h"
#include "teameditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>

namespace sisambang::ui {

namespace {

QDateEdit *dateEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    edit->setDate(QDate::currentDate());
    return edit;
}

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

GeneratorOptions::GeneratorOptions(Context &context, const QString &regencyCode, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_agreement(new QComboBox(this))
    , m_from(dateEdit(QStringLiteral("from"), this))
    , m_to(dateEdit(QStringLiteral("to"), this))
    , m_perDay(new QSpinBox(this))
    , m_visits(new QSpinBox(this))
    , m_blackoutDate(dateEdit(QStringLiteral("blackoutDate"), this))
    , m_blackouts(new QListWidget(this))
    , m_teams(nullptr)
    , m_includeVisited(new QCheckBox(tr("Plan visited desa again"), this))
    , m_topic(new QLineEdit(this))
{
    setObjectName(QStringLiteral("generatorOptions"));
    auto roster = OfficerRoster::load(context.database, regencyCode);
    m_teams = new TeamEditor(roster ? *roster : QList<Officer>{}, this);

    m_agreement->setObjectName(QStringLiteral("agreement"));
    m_agreement->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_agreement->setMinimumContentsLength(20);
    if (auto agreements = db::AgreementRepository(context.database).list()) {
        for (const db::AgreementSummary &summary : *agreements) {
            if (summary.status != db::AgreementStatus::Draft &&
                summary.status != db::AgreementStatus::Signed) {
                continue;
            }
            const QString name =
                QStringLiteral("%1 (%2 desa)").arg(summary.title).arg(summary.villages);
            m_agreement->addItem(
                summary.status == db::AgreementStatus::Draft ? tr("DRAFT: %1").arg(name) : name,
                summary.id);
            m_agreement->setItemData(m_agreement->count() - 1,
                                     summary.officeNumber.isEmpty() ? tr("(no number)")
                                                                    : summary.officeNumber,
                                     Qt::ToolTipRole);
        }
    }
    m_perDay->setObjectName(QStringLiteral("perDay"));
    m_perDay->setRange(1, 20);
    m_perDay->setValue(2);
    m_visits->setObjectName(QStringLiteral("visitsPerDesa"));
    m_visits->setRange(1, 12);
    m_visits->setValue(1);
    m_blackouts->setObjectName(QStringLiteral("blackouts"));
    m_blackouts->setMaximumHeight(70);
    m_includeVisited->setObjectName(QStringLiteral("includeVisited"));
    m_includeVisited->setToolTip(
        tr("Desa that already have a visit under this MoU are left out unless this is ticked."));
    m_topic->setObjectName(QStringLiteral("topic"));
    m_topic->setPlaceholderText(tr("e.g. Netralitas aparatur desa dalam pemilu"));

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(buddyLabel(tr("&MoU"), m_agreement, this), m_agreement);
    auto *window = new QHBoxLayout;
    window->addWidget(m_from, 1);
    window->addWidget(new QLabel(tr("to"), this));
    window->addWidget(m_to, 1);
    form->addRow(buddyLabel(tr("&From"), m_from, this), window);
    form->addRow(buddyLabel(tr("Visits a &day (K)"), m_perDay, this), m_perDay);
    form->addRow(buddyLabel(tr("Visits per d&esa (N)"), m_visits, this), m_visits);
    auto *blackoutRow = new QHBoxLayout;
    auto *addBlackoutButton = new QPushButton(icon(IconId::Add), tr("Add"), this);
    auto *removeBlackout = new QPushButton(icon(IconId::Remove), tr("Remove"), this);
    addBlackoutButton->setObjectName(QStringLiteral("addBlackout"));
    blackoutRow->addWidget(m_blackoutDate, 1);
    blackoutRow->addWidget(addBlackoutButton);
    blackoutRow->addWidget(removeBlackout);
    form->addRow(buddyLabel(tr("Days &off"), m_blackoutDate, this), blackoutRow);
    form->addRow(QString(), m_blackouts);
    form->addRow(buddyLabel(tr("Officer &teams"), m_teams->list(), this), m_teams);
    form->addRow(QString(), m_includeVisited);
    form->addRow(buddyLabel(tr("To&pic"), m_topic, this), m_topic);
    m_blackoutDate->setToolTip(
        tr("Extra days without visits, e.g. election day; weekends and the holiday table are "
           "left out anyway."));

    connect(m_agreement, &QComboBox::currentIndexChanged, this, &GeneratorOptions::agreementChosen);
    // Any change makes the shown draft stale.
    for (QDateEdit *edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, &GeneratorOptions::changed);
    }
    for (QSpinBox *box : {m_perDay, m_visits}) {
        connect(box, &QSpinBox::valueChanged, this, &GeneratorOptions::changed);
    }
    connect(m_includeVisited, &QCheckBox::toggled, this, &GeneratorOptions::changed);
    connect(m_topic, &QLineEdit::textEdited, this, &GeneratorOptions::changed);
    connect(m_teams, &TeamEditor::changed, this, &GeneratorOptions::changed);
    connect(addBlackoutButton, &QPushButton::clicked, this,
            [this] { addBlackout(m_blackoutDate->date()); });
    connect(removeBlackout, &QPushButton::clicked, this, [this] {
        delete m_blackouts->currentItem();
        Q_EMIT changed();
    });
    agreementChosen();
}

GeneratorOptions::~GeneratorOptions() = default;

bool GeneratorOptions::setAgreement(qint64 id)
{
    const int at = m_agreement->findData(id);
    if (at < 0) {
        return false;
    }
    m_agreement->setCurrentIndex(at);
    agreementChosen();
    return true;
}

void GeneratorOptions::agreementChosen()
{
    const qint64 id = m_agreement->currentData().toLongLong();
    if (id <= 0) {
        return;
    }
    if (auto agreement = db::AgreementRepository(m_context.database).find(id)) {
        // Visits start no earlier than today and the MoU, and end with it.
        QDate from = agreement->validFrom.isValid() ? agreement->validFrom : QDate::currentDate();
        QDate to = agreement->validUntil.isValid() ? agreement->validUntil : from.addMonths(3);
        m_from->setDate(from);
        m_to->setDate(std::min(to, from.addMonths(3)));
        m_blackoutDate->setDate(from);
    }
    Q_EMIT changed();
}

void GeneratorOptions::addBlackout(const QDate &date)
{
    for (int row = 0; row < m_blackouts->count(); ++row) {
        if (m_blackouts->item(row)->data(Qt::UserRole).toDate() == date) {
            return;
        }
    }
    int row = 0;
    while (row < m_blackouts->count() &&
           m_blackouts->item(row)->data(Qt::UserRole).toDate() < date) {
        ++row;
    }
    auto *item = new QListWidgetItem(QLocale().toString(date, QStringLiteral("dddd, dd-MM-yyyy")));
    item->setData(Qt::UserRole, date);
    m_blackouts->insertItem(row, item);
    Q_EMIT changed();
}

db::PlanOptions GeneratorOptions::options() const
{
    db::PlanOptions options;
    options.agreementId = m_agreement->currentData().toLongLong();
    options.from = m_from->date();
    options.to = m_to->date();
    options.perDay = m_perDay->value();
    options.visitsPerDesa = m_visits->value();
    for (int row = 0; row < m_blackouts->count(); ++row) {
        options.blackouts.insert(m_blackouts->item(row)->data(Qt::UserRole).toDate());
    }
    options.includeVisited = m_includeVisited->isChecked();
    options.teams = m_teams->teams();
    options.kind = db::ActivityKind::VillageVisit;
    options.topic = m_topic->text().trimmed();
    return options;
}

} // namespace sisambang::ui
