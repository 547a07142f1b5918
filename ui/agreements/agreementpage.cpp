// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreementpage.h"

#include "agreementeditor.h"
#include "agreements.h"
#include "common/messages.h"
#include "common/pageheader.h"
#include "context.h"
#include "officeprofile.h"
#include "regions.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sisambang::ui {

namespace {

QString statusText(db::AgreementStatus status)
{
    switch (status) {
    case db::AgreementStatus::Draft:
        return AgreementPage::tr("Draft");
    case db::AgreementStatus::Signed:
        return AgreementPage::tr("Signed");
    case db::AgreementStatus::Ended:
        return AgreementPage::tr("Ended");
    case db::AgreementStatus::Cancelled:
        return AgreementPage::tr("Cancelled");
    }
    return {};
}

QString shortDate(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd-MM-yyyy")) : QString();
}

QTableWidget *table(const QStringList &headers, QWidget *parent)
{
    auto *created = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    created->setHorizontalHeaderLabels(headers);
    created->setEditTriggers(QAbstractItemView::NoEditTriggers);
    created->setSelectionBehavior(QAbstractItemView::SelectRows);
    created->setSelectionMode(QAbstractItemView::SingleSelection);
    created->verticalHeader()->hide();
    created->horizontalHeader()->setStretchLastSection(true);
    return created;
}

} // namespace

AgreementPage::AgreementPage(Context &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_status(new QComboBox(this))
    , m_kecamatan(new QComboBox(this))
    , m_year(new QComboBox(this))
{
    setObjectName(QStringLiteral("agreementPage"));
    if (auto profile = db::OfficeProfileStore(context.database).load()) {
        m_regencyCode = profile->regionCode;
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(
        tr("MoU"), tr("Memoranda of understanding and cooperation agreements"), this));

    auto *filters = new QHBoxLayout;
    m_status->addItem(tr("All statuses"), QString());
    for (auto status : {db::AgreementStatus::Draft, db::AgreementStatus::Signed,
                        db::AgreementStatus::Ended, db::AgreementStatus::Cancelled}) {
        m_status->addItem(statusText(status), db::agreementStatusKey(status));
    }
    m_kecamatan->addItem(tr("All kecamatan"), QString());
    if (auto kecamatans = db::RegionRepository(context.database).children(m_regencyCode)) {
        for (const db::Region &kecamatan : *kecamatans) {
            m_kecamatan->addItem(kecamatan.name, kecamatan.code);
        }
    }
    m_year->addItem(tr("All years"), 0);
    for (int year = QDate::currentDate().year() + 1; year >= 2019; --year) {
        m_year->addItem(QString::number(year), year);
    }
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_kecamatan->setObjectName(QStringLiteral("kecamatanFilter"));
    m_year->setObjectName(QStringLiteral("yearFilter"));
    auto *add = new QPushButton(tr("New MoU"), this);
    add->setObjectName(QStringLiteral("newAgreement"));
    filters->addWidget(m_status);
    filters->addWidget(m_kecamatan);
    filters->addWidget(m_year);
    filters->addStretch(1);
    filters->addWidget(add);
    layout->addLayout(filters);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_list = table({tr("Number"), tr("Signed on"), tr("Valid until"), tr("Status"),
                    tr("Second party"), tr("Desa"), tr("Title")},
                   left);
    m_list->setObjectName(QStringLiteral("agreementList"));
    leftLayout->addWidget(m_list, 3);
    leftLayout->addWidget(new QLabel(tr("Coverage of signed MoUs per kecamatan"), left));
    m_coverage = table({tr("Kecamatan"), tr("Desa covered"), tr("Total")}, left);
    m_coverage->setObjectName(QStringLiteral("coverage"));
    leftLayout->addWidget(m_coverage, 2);
    // The editor scrolls rather than widening the window on small screens.
    auto *scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_editor = new AgreementEditor(context, scroll);
    scroll->setWidget(m_editor);
    splitter->addWidget(left);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    for (QComboBox *filter : {m_status, m_kecamatan, m_year}) {
        connect(filter, &QComboBox::currentIndexChanged, this, &AgreementPage::refresh);
    }
    connect(add, &QPushButton::clicked, m_editor, &AgreementEditor::newAgreement);
    connect(m_list, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto rows = m_list->selectionModel()->selectedRows();
        if (!rows.isEmpty()) {
            const qint64 id = m_list->item(rows.first().row(), 0)->data(Qt::UserRole).toLongLong();
            if (id != m_editor->agreementId()) {
                m_editor->load(id);
            }
        }
    });
    connect(m_editor, &AgreementEditor::changed, this, [this](qint64 id) {
        refresh();
        select(id);
    });
    refresh();
}

AgreementPage::~AgreementPage() = default;

void AgreementPage::refresh()
{
    db::AgreementFilter filter;
    filter.status = db::agreementStatusFromKey(m_status->currentData().toString());
    filter.kecamatanCode = m_kecamatan->currentData().toString();
    filter.year = m_year->currentData().toInt();
    db::AgreementRepository agreements(m_context.database);
    auto rows = agreements.list(filter);
    if (!rows) {
        m_context.messages.warning(this, tr("MoU"), rows.error().message);
        return;
    }
    const QDate today = QDate::currentDate();
    const QSignalBlocker blocker(m_list);
    m_list->setRowCount(0);
    for (const db::AgreementSummary &row : *rows) {
        const int at = m_list->rowCount();
        m_list->insertRow(at);
        const QStringList cells = {row.officeNumber.isEmpty() ? tr("(no number)")
                                                              : row.officeNumber,
                                   shortDate(row.signedOn),
                                   shortDate(row.validUntil),
                                   statusText(row.status),
                                   row.secondParty,
                                   QString::number(row.villages),
                                   row.title};
        const bool expiring = row.status == db::AgreementStatus::Signed &&
                              row.validUntil.isValid() && row.validUntil >= today &&
                              row.validUntil <= today.addDays(90);
        for (qsizetype column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (expiring) {
                item->setBackground(QColor(255, 236, 179));
                item->setToolTip(tr("Ends within 90 days"));
            }
            m_list->setItem(at, static_cast<int>(column), item);
        }
        m_list->item(at, 0)->setData(Qt::UserRole, row.id);
    }
    m_list->resizeColumnsToContents();
    refreshCoverage();
}

void AgreementPage::refreshCoverage()
{
    auto rows = db::AgreementRepository(m_context.database).coverage(m_regencyCode);
    m_coverage->setRowCount(0);
    if (!rows) {
        return;
    }
    for (const db::CoverageRow &row : *rows) {
        const int at = m_coverage->rowCount();
        m_coverage->insertRow(at);
        m_coverage->setItem(at, 0, new QTableWidgetItem(row.kecamatanName));
        m_coverage->setItem(at, 1, new QTableWidgetItem(QString::number(row.covered)));
        m_coverage->setItem(at, 2, new QTableWidgetItem(QString::number(row.total)));
    }
    m_coverage->resizeColumnsToContents();
}

void AgreementPage::select(qint64 id)
{
    for (int row = 0; row < m_list->rowCount(); ++row) {
        if (m_list->item(row, 0)->data(Qt::UserRole).toLongLong() == id) {
            const QSignalBlocker blocker(m_list);
            m_list->selectRow(row);
            return;
        }
    }
}

} // namespace sisambang::ui
