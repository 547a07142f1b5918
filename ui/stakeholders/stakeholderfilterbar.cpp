// SPDX-License-Identifier: GPL-3.0-or-later
#include "stakeholderfilterbar.h"

#include "common/icons.h"
#include "regions.h"
#include "stakeholderkinds.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace sisambang::ui {

StakeholderFilterBar::StakeholderFilterBar(const db::Database &database,
                                           const QString &kabupatenCode, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_kabupaten(kabupatenCode)
    , m_search(new QLineEdit(this))
    , m_kecamatan(new QComboBox(this))
    , m_desa(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_inactive(new QCheckBox(tr("Show inactive"), this))
    , m_delay(new QTimer(this))
{
    m_search->setObjectName(QStringLiteral("stakeholderSearch"));
    m_search->setPlaceholderText(tr("Search name, position, institution, desa (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(icon(IconId::Search), QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(m_search->fontMetrics().averageCharWidth() * 30);
    // Long kecamatan and desa names must not squeeze the search field away.
    for (auto *box : {m_kecamatan, m_desa, m_kind, m_category}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(12);
    }
    m_delay->setSingleShot(true);
    m_delay->setInterval(searchDelayMs);

    m_kecamatan->addItem(tr("All kecamatan"), QString());
    db::RegionRepository regions(database);
    if (auto children = regions.children(kabupatenCode)) {
        for (const auto &region : *children) {
            m_kecamatan->addItem(region.name, region.code);
        }
    }
    fillDesa();
    m_kind->addItem(tr("All institutions"), -1);
    for (auto kind : db::StakeholderKinds::institutionKinds()) {
        m_kind->addItem(db::StakeholderKinds::label(kind), static_cast<int>(kind));
    }
    m_category->addItem(tr("All categories"), -1);
    for (auto category : db::StakeholderKinds::categories()) {
        m_category->addItem(db::StakeholderKinds::label(category), static_cast<int>(category));
    }

    // Two rows, so that the page still fits a small laptop screen.
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_inactive);
    auto *filterRow = new QHBoxLayout;
    for (auto *box : {m_kecamatan, m_desa, m_kind, m_category}) {
        filterRow->addWidget(box, 1);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(searchRow);
    layout->addLayout(filterRow);

    connect(m_search, &QLineEdit::textChanged, m_delay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &StakeholderFilterBar::applyNow);
    connect(m_delay, &QTimer::timeout, this, &StakeholderFilterBar::applyNow);
    connect(m_kecamatan, &QComboBox::currentIndexChanged, this, [this] {
        fillDesa();
        applyNow();
    });
    for (auto *box : {m_desa, m_kind, m_category}) {
        connect(box, &QComboBox::currentIndexChanged, this, &StakeholderFilterBar::applyNow);
    }
    connect(m_inactive, &QCheckBox::toggled, this, &StakeholderFilterBar::applyNow);
}

StakeholderFilterBar::~StakeholderFilterBar() = default;

void StakeholderFilterBar::fillDesa()
{
    const QSignalBlocker blocker(m_desa);
    m_desa->clear();
    m_desa->addItem(tr("All kelurahan/desa"), QString());
    const QString kecamatan = m_kecamatan->currentData().toString();
    db::RegionRepository regions(m_database);
    if (auto villages = regions.villagesUnder(kecamatan.isEmpty() ? m_kabupaten : kecamatan)) {
        for (const auto &region : *villages) {
            m_desa->addItem(db::RegionLabels::qualifiedName(region), region.code);
        }
    }
}

db::StakeholderFilter StakeholderFilterBar::filter() const
{
    db::StakeholderFilter filter;
    filter.text = m_search->text().trimmed();
    filter.kecamatanCode = m_kecamatan->currentData().toString();
    filter.desaCode = m_desa->currentData().toString();
    if (const int kind = m_kind->currentData().toInt(); kind >= 0) {
        filter.institutionKind = static_cast<db::InstitutionKind>(kind);
    }
    if (const int category = m_category->currentData().toInt(); category >= 0) {
        filter.category = static_cast<db::StakeholderCategory>(category);
    }
    filter.active = m_inactive->isChecked() ? db::ActiveFilter::All : db::ActiveFilter::Active;
    return filter;
}

void StakeholderFilterBar::applyNow()
{
    m_delay->stop();
    Q_EMIT filterChanged(filter());
}

} // namespace sisambang::ui
