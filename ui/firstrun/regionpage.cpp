// SPDX-License-Identifier: GPL-3.0-or-later
#include "regionpage.h"

#include "common/icons.h"
#include "regionfiltermodel.h"
#include "regions.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QStandardItemModel>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace sisambang::ui {

namespace {

enum RegencyColumn { NameColumn, ProvinceColumn, CodeColumn, ColumnCount };

QLineEdit *searchField(const QString &placeholder, QWidget *parent)
{
    auto *field = new QLineEdit(parent);
    field->setPlaceholderText(placeholder);
    field->setClearButtonEnabled(true);
    field->addAction(icon(IconId::Search), QLineEdit::LeadingPosition);
    return field;
}

} // namespace

RegionPage::RegionPage(const db::Database &database, QWidget *parent)
    : QWizardPage(parent)
    , m_provinces(new QStandardItemModel(this))
    , m_regencies(new QStandardItemModel(0, ColumnCount, this))
    , m_provinceFilter(new RegionFilterModel(this))
    , m_regencyFilter(new RegionFilterModel(this))
    , m_provinceSearch(searchField(tr("Search province"), this))
    , m_regencySearch(searchField(tr("Type to search, e.g. bangka tengah"), this))
    , m_provinceView(new QListView(this))
    , m_regencyView(new QTreeView(this))
    , m_selection(new QLabel(this))
{
    setTitle(tr("Where does the office work?"));
    setSubTitle(tr("Choose the province, then the kabupaten/kota the office supervises. Its "
                   "kecamatan and kelurahan/desa are what every list in SiSambang offers."));

    m_provinceSearch->setObjectName(QStringLiteral("provinceSearch"));
    m_regencySearch->setObjectName(QStringLiteral("regencySearch"));
    m_provinceView->setObjectName(QStringLiteral("provinceList"));
    m_regencyView->setObjectName(QStringLiteral("regencyList"));

    m_provinceFilter->setSourceModel(m_provinces);
    m_provinceView->setModel(m_provinceFilter);
    m_provinceView->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_regencies->setHorizontalHeaderLabels({tr("Kabupaten/Kota"), tr("Province"), tr("Code")});
    m_regencyFilter->setSourceModel(m_regencies);
    m_regencyView->setModel(m_regencyFilter);
    m_regencyView->setRootIsDecorated(false);
    m_regencyView->setUniformRowHeights(true);
    m_regencyView->setAlternatingRowColors(true);
    m_regencyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_regencyView->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_regencyView->header()->setSectionResizeMode(ProvinceColumn, QHeaderView::ResizeToContents);
    m_regencyView->header()->setSectionResizeMode(CodeColumn, QHeaderView::ResizeToContents);
    m_regencyView->header()->setStretchLastSection(false);

    auto *provinceLabel = new QLabel(tr("&Province"), this);
    provinceLabel->setBuddy(m_provinceSearch);
    auto *regencyLabel = new QLabel(tr("&Kabupaten/Kota"), this);
    regencyLabel->setBuddy(m_regencySearch);

    auto *layout = new QGridLayout(this);
    layout->addWidget(provinceLabel, 0, 0);
    layout->addWidget(regencyLabel, 0, 1);
    layout->addWidget(m_provinceSearch, 1, 0);
    layout->addWidget(m_regencySearch, 1, 1);
    layout->addWidget(m_provinceView, 2, 0);
    layout->addWidget(m_regencyView, 2, 1);
    layout->addWidget(m_selection, 3, 0, 1, 2);
    layout->setColumnStretch(0, 2);
    layout->setColumnStretch(1, 3);

    loadRegions(database);

    connect(m_provinceSearch, &QLineEdit::textChanged, m_provinceFilter,
            &RegionFilterModel::setSearchText);
    connect(m_regencySearch, &QLineEdit::textChanged, this, &RegionPage::regencySearchChanged);
    connect(m_provinceView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &RegionPage::provinceChanged);
    connect(m_regencyView->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateSelectionLabel();
        Q_EMIT completeChanged();
    });
    // Enter in the search field takes the only match, as people expect of a search box.
    connect(m_regencySearch, &QLineEdit::returnPressed, this, [this] {
        if (m_regencyFilter->rowCount() >= 1 && regencyCode().isEmpty()) {
            m_regencyView->setCurrentIndex(m_regencyFilter->index(0, 0));
        }
    });
    m_provinceView->setCurrentIndex(m_provinceFilter->index(0, 0));
    updateSelectionLabel();
}

RegionPage::~RegionPage() = default;

void RegionPage::loadRegions(const db::Database &database)
{
    db::RegionRepository regions(database);
    auto provinces = regions.children(QString());
    // The region table is filled by the first migration, so an error here means
    // a damaged database; the page then stays empty and says so.
    if (!provinces) {
        m_selection->setText(provinces.error().message);
        return;
    }
    auto *all = new QStandardItem(tr("All provinces"));
    all->setData(QString(), RegionFilterModel::CodeRole);
    all->setData(QString(), RegionFilterModel::SearchTextRole);
    m_provinces->appendRow(all);
    for (const db::Region &province : *provinces) {
        auto *item = new QStandardItem(province.name);
        item->setData(province.code, RegionFilterModel::CodeRole);
        item->setData(QStringLiteral("%1 %2").arg(province.name, province.code).toLower(),
                      RegionFilterModel::SearchTextRole);
        m_provinces->appendRow(item);

        auto regencies = regions.children(province.code);
        if (!regencies) {
            m_selection->setText(regencies.error().message);
            return;
        }
        for (const db::Region &regency : *regencies) {
            auto *name = new QStandardItem(regency.name);
            name->setData(regency.code, RegionFilterModel::CodeRole);
            name->setData(province.code, RegionFilterModel::ParentCodeRole);
            name->setData(
                QStringLiteral("%1 %2 %3").arg(regency.name, regency.code, province.name).toLower(),
                RegionFilterModel::SearchTextRole);
            m_regencies->appendRow(
                {name, new QStandardItem(province.name), new QStandardItem(regency.code)});
        }
    }
}

void RegionPage::provinceChanged()
{
    const QString code =
        m_provinceView->currentIndex().data(RegionFilterModel::CodeRole).toString();
    m_regencyFilter->setParentCode(code);
    // The province column only helps while every province is listed.
    m_regencyView->setColumnHidden(ProvinceColumn, !code.isEmpty());
    updateSelectionLabel();
    Q_EMIT completeChanged();
}

void RegionPage::regencySearchChanged(const QString &text)
{
    m_regencyFilter->setSearchText(text);
    // With one match left, it is the one meant.
    if (m_regencyFilter->rowCount() == 1) {
        m_regencyView->setCurrentIndex(m_regencyFilter->index(0, 0));
    }
    updateSelectionLabel();
    Q_EMIT completeChanged();
}

QString RegionPage::regencyCode() const
{
    const QModelIndex current = m_regencyView->currentIndex();
    if (!current.isValid()) {
        return {};
    }
    return current.siblingAtColumn(NameColumn).data(RegionFilterModel::CodeRole).toString();
}

QString RegionPage::regencyName() const
{
    const QModelIndex current = m_regencyView->currentIndex();
    return current.isValid() ? current.siblingAtColumn(NameColumn).data().toString() : QString();
}

bool RegionPage::selectRegency(const QString &code)
{
    const auto matches = m_regencies->match(m_regencies->index(0, NameColumn),
                                            RegionFilterModel::CodeRole, code, 1, Qt::MatchExactly);
    if (matches.isEmpty()) {
        return false;
    }
    QModelIndex proxied = m_regencyFilter->mapFromSource(matches.constFirst());
    if (!proxied.isValid()) {
        // Hidden by a filter: show every province and clear the search.
        m_provinceView->setCurrentIndex(m_provinceFilter->index(0, 0));
        m_regencySearch->clear();
        proxied = m_regencyFilter->mapFromSource(matches.constFirst());
    }
    m_regencyView->setCurrentIndex(proxied);
    m_regencyView->scrollTo(proxied);
    return true;
}

void RegionPage::initializePage()
{
    // Most clerks know their kabupaten's name: typing it is the quickest way
    // there. Deferred, since QWizard focuses the page's first field after this.
    QTimer::singleShot(0, m_regencySearch, [this] { m_regencySearch->setFocus(); });
}

bool RegionPage::isComplete() const
{
    return !regencyCode().isEmpty();
}

void RegionPage::updateSelectionLabel()
{
    // A current row filtered away is no longer a choice the user can see.
    const QModelIndex current = m_regencyView->currentIndex();
    if (!current.isValid()) {
        m_selection->setText(tr("No kabupaten/kota chosen yet: pick one from the list."));
        return;
    }
    m_selection->setText(tr("Chosen: %1 (%2), province %3")
                             .arg(regencyName(), regencyCode(),
                                  current.siblingAtColumn(ProvinceColumn).data().toString()));
}

} // namespace sisambang::ui
