// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedulefilterbar.h"

#include "agreements.h"
#include "context.h"
#include "officerroster.h"
#include "regions.h"
#include "scheduleexport.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

namespace sisambang::ui {

namespace {

QComboBox *filterBox(const QString &name, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(name);
    // Sized to the longest entry the bar would outgrow a small window.
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(12);
    return box;
}

} // namespace

ScheduleFilterBar::ScheduleFilterBar(Context &context, const QString &regencyCode, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_regencyCode(regencyCode)
    , m_kecamatan(filterBox(QStringLiteral("kecamatanFilter"), this))
    , m_officer(filterBox(QStringLiteral("officerFilter"), this))
    , m_status(filterBox(QStringLiteral("statusFilter"), this))
    , m_agreement(filterBox(QStringLiteral("agreementFilter"), this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("&Filter:"), this);
    label->setBuddy(m_kecamatan);
    layout->addWidget(label);
    for (QComboBox *box : {m_kecamatan, m_officer, m_status, m_agreement}) {
        layout->addWidget(box, 1);
    }
    m_kecamatan->setToolTip(tr("Kecamatan"));
    m_officer->setToolTip(tr("Officer"));
    m_status->setToolTip(tr("Status"));
    m_agreement->setToolTip(tr("MoU"));

    m_status->addItem(tr("All statuses"), QString());
    for (auto status : {db::ActivityStatus::Planned, db::ActivityStatus::Done,
                        db::ActivityStatus::Postponed, db::ActivityStatus::Cancelled}) {
        m_status->addItem(activityStatusText(status), db::activityStatusKey(status));
    }
    reload();
    for (QComboBox *box : {m_kecamatan, m_officer, m_status, m_agreement}) {
        connect(box, &QComboBox::currentIndexChanged, this, &ScheduleFilterBar::changed);
    }
}

ScheduleFilterBar::~ScheduleFilterBar() = default;

void ScheduleFilterBar::reload()
{
    const QSignalBlocker blockKecamatan(m_kecamatan);
    const QSignalBlocker blockOfficer(m_officer);
    const QSignalBlocker blockAgreement(m_agreement);
    const QVariant kecamatan = m_kecamatan->currentData();
    const QVariant officer = m_officer->currentData();
    const QVariant agreement = m_agreement->currentData();

    m_kecamatan->clear();
    m_kecamatan->addItem(tr("All kecamatan"), QString());
    if (auto kecamatans = db::RegionRepository(m_context.database).children(m_regencyCode)) {
        for (const db::Region &region : *kecamatans) {
            m_kecamatan->addItem(region.name, region.code);
        }
    }
    m_officer->clear();
    m_officer->addItem(tr("All officers"), qint64(0));
    if (auto officers = OfficerRoster::load(m_context.database, m_regencyCode)) {
        for (const Officer &person : *officers) {
            m_officer->addItem(person.name, person.personId);
        }
    }
    m_agreement->clear();
    m_agreement->addItem(tr("All MoUs"), qint64(0));
    if (auto agreements = db::AgreementRepository(m_context.database).list()) {
        for (const db::AgreementSummary &summary : *agreements) {
            const QString name =
                summary.officeNumber.isEmpty() ? summary.title : summary.officeNumber;
            m_agreement->addItem(
                summary.status == db::AgreementStatus::Draft ? tr("%1 (draft)").arg(name) : name,
                summary.id);
            m_agreement->setItemData(m_agreement->count() - 1, summary.title, Qt::ToolTipRole);
        }
    }
    for (auto [box, value] : {std::pair{m_kecamatan, kecamatan}, std::pair{m_officer, officer},
                              std::pair{m_agreement, agreement}}) {
        box->setCurrentIndex(std::max(0, box->findData(value)));
    }
}

ScheduleSelection ScheduleFilterBar::selection() const
{
    ScheduleSelection selection;
    selection.kecamatanCode = m_kecamatan->currentData().toString();
    selection.officerId = m_officer->currentData().toLongLong();
    selection.status = db::activityStatusFromKey(m_status->currentData().toString());
    selection.agreementId = m_agreement->currentData().toLongLong();
    return selection;
}

QStringList ScheduleFilterBar::printedFilters() const
{
    QStringList lines;
    const ScheduleSelection chosen = selection();
    if (!chosen.kecamatanCode.isEmpty()) {
        lines << QStringLiteral("Kecamatan %1").arg(m_kecamatan->currentText());
    }
    if (chosen.officerId > 0) {
        lines << QStringLiteral("Petugas: %1").arg(m_officer->currentText());
    }
    if (chosen.status) {
        lines << QStringLiteral("Status: %1").arg(db::activityStatusLabelId(*chosen.status));
    }
    if (chosen.agreementId > 0) {
        lines << QStringLiteral("MoU: %1").arg(
            m_agreement->currentData(Qt::ToolTipRole).toString());
    }
    return lines;
}

} // namespace sisambang::ui
