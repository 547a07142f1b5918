// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditpanel.h"

#include "audit.h"
#include "auditlogmodel.h"
#include "common/filedialogs.h"
#include "common/messages.h"
#include "context.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace sisambang::ui {

namespace {

// The date edits' lowest value stands for "no bound".
const QDate noBound(2000, 1, 1);

QDateEdit *dateEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    edit->setMinimumDate(noBound);
    edit->setDate(noBound);
    return edit;
}

QString jsonText(const QJsonObject &object)
{
    return object.isEmpty()
               ? QStringLiteral("-")
               : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

} // namespace

AuditPanel::AuditPanel(Context &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new AuditLogModel(context.database, this))
    , m_from(dateEdit(QStringLiteral("auditFrom"), this))
    , m_to(dateEdit(QStringLiteral("auditTo"), this))
    , m_operator(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_details(new QPlainTextEdit(this))
    , m_summary(new QLabel(this))
    , m_export(new QPushButton(tr("&Export CSV..."), this))
    , m_operatorName(new QLineEdit(this))
    , m_saveOperator(new QPushButton(tr("Sa&ve Name"), this))
    , m_searchDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("auditPanel"));
    m_from->setSpecialValueText(tr("any day"));
    m_to->setSpecialValueText(tr("any day"));
    m_operator->setObjectName(QStringLiteral("auditOperator"));
    m_kind->setObjectName(QStringLiteral("auditKind"));
    m_search->setObjectName(QStringLiteral("auditSearch"));
    m_search->setPlaceholderText(tr("Text in the summary, before or after"));
    m_search->setClearButtonEnabled(true);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_details->setObjectName(QStringLiteral("auditDetails"));
    m_export->setObjectName(QStringLiteral("exportAudit"));
    m_operatorName->setObjectName(QStringLiteral("operatorName"));
    m_saveOperator->setObjectName(QStringLiteral("saveOperatorName"));

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_details->setReadOnly(true);
    m_details->setPlaceholderText(tr("Choose an entry to see the record before and after."));

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("From:"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to:"), this));
    filters->addWidget(m_to);
    filters->addWidget(m_operator);
    filters->addWidget(m_kind);
    filters->addWidget(m_search, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(m_export);

    m_operatorName->setPlaceholderText(db::AuditLog(context.database).operatorName());
    auto *operatorRow = new QHBoxLayout;
    auto *operatorLabel = new QLabel(tr("Your &name in the log:"), this);
    operatorLabel->setBuddy(m_operatorName);
    operatorRow->addWidget(operatorLabel);
    operatorRow->addWidget(m_operatorName, 1);
    operatorRow->addWidget(m_saveOperator);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(operatorRow);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(300);
    connect(m_searchDelay, &QTimer::timeout, this, &AuditPanel::reload);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    for (QDateEdit *edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, &AuditPanel::reload);
    }
    for (QComboBox *box : {m_operator, m_kind}) {
        connect(box, &QComboBox::activated, this, &AuditPanel::reload);
    }
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditPanel::showDetails);
    connect(m_export, &QPushButton::clicked, this, &AuditPanel::exportCsv);
    connect(m_saveOperator, &QPushButton::clicked, this, &AuditPanel::saveOperatorName);
    connect(m_operatorName, &QLineEdit::returnPressed, this, &AuditPanel::saveOperatorName);

    fillChoices();
    reload();
}

AuditPanel::~AuditPanel() = default;

void AuditPanel::fillChoices()
{
    db::AuditLog log(m_context.database);
    const QString operatorChosen = m_operator->currentData().toString();
    const QString kindChosen = m_kind->currentData().toString();
    m_operator->clear();
    m_operator->addItem(tr("Every operator"), QString());
    if (auto operators = log.operators()) {
        for (const QString &name : *operators) {
            m_operator->addItem(name, name);
        }
    }
    m_kind->clear();
    m_kind->addItem(tr("Every kind of record"), QString());
    if (auto entities = log.entities()) {
        for (const QString &entity : *entities) {
            m_kind->addItem(entity, entity);
        }
    }
    m_operator->setCurrentIndex(std::max(0, m_operator->findData(operatorChosen)));
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(kindChosen)));
}

void AuditPanel::refresh()
{
    fillChoices();
    reload();
}

void AuditPanel::reload()
{
    db::AuditFilter filter;
    filter.from = m_from->date() == noBound ? QDate() : m_from->date();
    filter.to = m_to->date() == noBound ? QDate() : m_to->date();
    filter.operatorName = m_operator->currentData().toString();
    filter.entity = m_kind->currentData().toString();
    filter.text = m_search->text().trimmed();
    m_model->setFilter(filter);
    m_details->clear();
    m_table->resizeColumnToContents(AuditLogModel::TimeColumn);
    m_table->resizeColumnToContents(AuditLogModel::OperatorColumn);
    m_table->resizeColumnToContents(AuditLogModel::ActionColumn);
    m_table->resizeColumnToContents(AuditLogModel::KindColumn);
    m_summary->setText(!m_model->lastError().isEmpty() ? m_model->lastError()
                       : m_model->rowCount() == 0      ? tr("No entries match.")
                       : m_model->canFetchMore({})
                           ? tr("The newest %1 entries; scroll for more.").arg(m_model->rowCount())
                           : tr("%n entries.", nullptr, m_model->rowCount()));
}

void AuditPanel::showDetails()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    const db::AuditEntry &entry = m_model->entry(current.row());
    m_details->setPlainText(tr("%1 — %2 — %3\n%4\n\nBefore:\n%5\nAfter:\n%6")
                                .arg(entry.at, entry.operatorName,
                                     AuditLogModel::actionName(entry.action), entry.summary,
                                     jsonText(entry.before), jsonText(entry.after)));
}

QString AuditPanel::exportCsv()
{
    const QString path = m_context.fileDialogs.saveFile(
        this, tr("Export the Audit Log"), tr("CSV (*.csv)"),
        QStringLiteral("log-audit-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)));
    if (path.isEmpty()) {
        return {};
    }
    if (QFileInfo(path).suffix().toLower() != QLatin1String("csv")) {
        m_context.messages.warning(this, tr("Export"), tr("Choose a file name ending in .csv."));
        return {};
    }
    if (QFileInfo::exists(path)) {
        m_context.messages.warning(
            this, tr("Export"),
            tr("%1 exists already; choose another name.").arg(QDir::toNativeSeparators(path)));
        return {};
    }
    db::AuditFilter filter = m_model->filter();
    filter.beforeId = 0;
    filter.limit = std::numeric_limits<int>::max();
    auto entries = db::AuditLog(m_context.database).entries(filter);
    QSaveFile file(path);
    if (!entries || !file.open(QIODevice::WriteOnly) ||
        file.write(db::AuditLog::csv(*entries).toUtf8()) < 0 || !file.commit()) {
        m_context.messages.critical(
            this, tr("Export"),
            entries
                ? tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())
                : entries.error().message);
        return {};
    }
    m_summary->setText(tr("%n entries written to %1.", nullptr, static_cast<int>(entries->size()))
                           .arg(QDir::toNativeSeparators(path)));
    return path;
}

bool AuditPanel::saveOperatorName()
{
    db::AuditLog log(m_context.database);
    if (auto saved = log.setOperatorName(m_operatorName->text()); !saved) {
        m_context.messages.critical(this, tr("Cannot Save the Name"), saved.error().message);
        return false;
    }
    m_operatorName->setPlaceholderText(log.operatorName());
    m_summary->setText(tr("Changes are recorded under the name %1.").arg(log.operatorName()));
    return true;
}

} // namespace sisambang::ui
