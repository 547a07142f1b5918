// SPDX-License-Identifier: GPL-3.0-or-later
#include "homepage.h"

#include "common/pageheader.h"
#include "common/wrappedlabel.h"
#include "context.h"
#include "coveragedelegate.h"
#include "dashboardpanel.h"
#include "database.h"
#include "holidays.h"
#include "officeprofile.h"
#include "recap.h"
#include "regions.h"

#include <QDate>
#include <QDir>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sisambang::ui {

namespace {

QTableWidgetItem *numberItem(int value)
{
    auto *item = new QTableWidgetItem(QLocale().toString(value));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

// Counts add up to what could be read; the first failure is reported once.
int countOrNote(const db::Result<int> &count, QStringList &problems)
{
    if (!count) {
        if (!problems.contains(count.error().message)) {
            problems.append(count.error().message);
        }
        return 0;
    }
    return *count;
}

} // namespace

HomePage::HomePage(Context &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_header(new PageHeader(tr("Home"), {}, this))
    , m_logo(new QLabel(this))
    , m_office(new WrappedLabel(this))
    , m_contact(new WrappedLabel(this))
    , m_districtTable(new QTableWidget(this))
    , m_dashboard(new DashboardPanel(context, this))
    , m_details(new QFormLayout)
    , m_problem(new WrappedLabel(this))
{
    setObjectName(QStringLiteral("homePage"));
    m_office->setObjectName(QStringLiteral("officeName"));
    QFont officeFont = m_office->font();
    officeFont.setPointSizeF(officeFont.pointSizeF() * 1.3);
    officeFont.setBold(true);
    m_office->setFont(officeFont);
    m_office->setWordWrap(true);
    m_contact->setWordWrap(true);
    m_contact->setTextFormat(Qt::RichText);
    m_contact->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_logo->setFixedSize(72, 72);
    m_logo->setAlignment(Qt::AlignCenter);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b01c1c;"));

    auto *officeBox = new QHBoxLayout;
    officeBox->addWidget(m_logo);
    auto *officeText = new QVBoxLayout;
    officeText->addWidget(m_office);
    officeText->addWidget(m_contact);
    officeBox->addLayout(officeText, 1);

    auto *figures = new QHBoxLayout;
    figures->addWidget(figure(QStringLiteral("districtCount"), tr("Kecamatan"), &m_districtValue));
    figures->addWidget(
        figure(QStringLiteral("urbanVillageCount"), tr("Kelurahan"), &m_urbanVillageValue));
    figures->addWidget(figure(QStringLiteral("villageCount"), tr("Desa"), &m_villageValue));

    m_districtTable->setObjectName(QStringLiteral("districtTable"));
    m_districtTable->setColumnCount(7);
    m_districtTable->setHorizontalHeaderLabels({tr("Kecamatan"), tr("Code"), tr("Kelurahan"),
                                                tr("Desa"), tr("Covered by MoU"), tr("Visited"),
                                                tr("Coverage")});
    m_districtTable->setItemDelegateForColumn(6, new CoverageDelegate(m_districtTable));
    m_districtTable->verticalHeader()->hide();
    // Rows of a known height, so the table can be made exactly as tall as its rows.
    m_districtTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_districtTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    m_districtTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_districtTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_districtTable->setAlternatingRowColors(true);
    m_districtTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < 7; ++column) {
        m_districtTable->horizontalHeader()->setSectionResizeMode(column,
                                                                  QHeaderView::ResizeToContents);
    }
    auto *districts = new QGroupBox(tr("Work area and coverage by kecamatan"), this);
    auto *districtLayout = new QVBoxLayout(districts);
    districtLayout->addWidget(m_districtTable);

    auto *detailsBox = new QGroupBox(tr("This database"), this);
    detailsBox->setObjectName(QStringLiteral("databaseDetails"));
    m_details->setVerticalSpacing(2);
    auto *detailsLayout = new QVBoxLayout(detailsBox);
    detailsLayout->addLayout(m_details);
    detailsLayout->addStretch();

    connect(m_dashboard, &DashboardPanel::activityRequested, this, &HomePage::activityRequested);
    connect(m_dashboard, &DashboardPanel::agreementRequested, this, &HomePage::agreementRequested);
    connect(m_dashboard, &DashboardPanel::problem, this, [this](const QString &message) {
        m_problem->setText(message);
        m_problem->show();
    });

    auto *left = new QVBoxLayout;
    left->addWidget(districts);
    left->addWidget(detailsBox);
    left->addStretch(1);
    auto *lower = new QHBoxLayout;
    lower->addLayout(left, 3);
    lower->addWidget(m_dashboard, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addLayout(officeBox);
    layout->addWidget(m_problem);
    layout->addSpacing(8);
    layout->addLayout(figures);
    layout->addSpacing(8);
    layout->addLayout(lower, 1);

    // The work lists read themselves once the page is on screen (DashboardPanel).
    refreshOffice();
}

HomePage::~HomePage() = default;

void HomePage::fitDistrictTable()
{
    // As tall as its rows, so a small kabupaten leaves no empty grid and a large
    // one scrolls. Measured once shown, when the style has sized rows and header.
    m_districtTable->setMaximumHeight(m_districtTable->horizontalHeader()->sizeHint().height() +
                                      m_districtTable->verticalHeader()->defaultSectionSize() *
                                          m_districtTable->rowCount() +
                                      2 * m_districtTable->frameWidth() + 2);
}

void HomePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    fitDistrictTable();
}

QWidget *HomePage::figure(const QString &objectName, const QString &caption, QLabel **value)
{
    auto *box = new QFrame(this);
    box->setFrameShape(QFrame::StyledPanel);
    box->setObjectName(objectName);
    *value = new QLabel(QStringLiteral("0"), box);
    (*value)->setObjectName(objectName + QStringLiteral("Value"));
    QFont font = (*value)->font();
    font.setPointSizeF(font.pointSizeF() * 2.2);
    font.setBold(true);
    (*value)->setFont(font);
    (*value)->setAlignment(Qt::AlignCenter);
    auto *label = new QLabel(caption, box);
    label->setAlignment(Qt::AlignCenter);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(*value);
    layout->addWidget(label);
    return box;
}

void HomePage::refresh()
{
    refreshOffice();
    m_dashboard->refresh();
}

void HomePage::refreshOffice()
{
    QStringList problems;
    db::OfficeProfileStore store(m_context.database);
    auto profile = store.load();
    if (!profile) {
        problems.append(profile.error().message);
    }
    const db::OfficeProfile office = profile ? *profile : db::OfficeProfile();

    QString regionLine;
    if (office.isConfigured()) {
        db::RegionRepository regions(m_context.database);
        auto regency = regions.find(office.regionCode);
        auto province = regions.find(office.regionCode.section(u'.', 0, 0));
        if (regency && province) {
            regionLine =
                tr("%1, Provinsi %2 (code %3)").arg(regency->name, province->name, regency->code);
        } else {
            problems.append(regency ? province.error().message : regency.error().message);
        }
    }
    m_header->setSubtitle(regionLine);
    m_office->setText(office.officeName.isEmpty() ? tr("Office not set up") : office.officeName);

    QStringList contact;
    for (const QString &part : {office.address, office.phone, office.email}) {
        if (!part.isEmpty()) {
            contact.append(part.toHtmlEscaped());
        }
    }
    m_contact->setText(contact.isEmpty()
                           ? tr("No address, telephone or e-mail yet: add them under Pengaturan.")
                           : contact.join(QStringLiteral(" &middot; ")));

    QImage logo;
    if (!office.logoPng.isEmpty() && logo.loadFromData(office.logoPng, "PNG")) {
        m_logo->setPixmap(QPixmap::fromImage(
            logo.scaled(m_logo->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
        m_logo->show();
    } else {
        m_logo->hide();
    }

    fillRegionFigures(office.regionCode, problems);

    // Facts about the file itself, so the clerk knows which database this is.
    db::HolidayRepository holidays(m_context.database);
    const int year = QDate::currentDate().year();
    auto thisYear = holidays.between(QDate(year, 1, 1), QDate(year, 12, 31));
    while (m_details->rowCount() > 0) {
        m_details->removeRow(0);
    }
    const auto detail = [this](const QString &key, const QString &value) {
        auto *shown = new QLabel(value);
        shown->setTextFormat(Qt::PlainText);
        m_details->addRow(key, shown);
        return shown;
    };
    // The path can be copied, and a long one is cut rather than widening the page.
    const QString file = QDir::toNativeSeparators(m_context.database.path());
    QLabel *fileValue = detail(tr("File:"), file);
    fileValue->setTextInteractionFlags(Qt::TextSelectableByMouse);
    fileValue->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    fileValue->setToolTip(file);
    detail(tr("Schema version:"), QString::number(m_context.database.schemaVersion()));
    if (office.isConfigured()) {
        detail(tr("Time zone:"), db::timeZoneLabel(db::timeZoneForRegion(office.regionCode)));
        detail(tr("Default paper:"), db::paperSizeKey(office.paper));
        detail(tr("Unit code:"), office.unitCode.isEmpty() ? tr("not set") : office.unitCode);
        detail(tr("Ketua:"), office.chairName.isEmpty() ? tr("not set") : office.chairName);
        detail(tr("Kepala Sekretariat:"),
               office.secretaryName.isEmpty() ? tr("not set") : office.secretaryName);
    }
    if (thisYear) {
        detail(tr("Holidays in %1:").arg(year), QLocale().toString(thisYear->size()));
    } else {
        problems.append(thisYear.error().message);
    }

    m_problem->setText(problems.join(u'\n'));
    m_problem->setVisible(!problems.isEmpty());
}

void HomePage::fillRegionFigures(const QString &regencyCode, QStringList &problems)
{
    m_districts = 0;
    m_urbanVillages = 0;
    m_villages = 0;
    m_districtTable->setRowCount(0);
    db::RegionRepository regions(m_context.database);
    auto districts = regencyCode.isEmpty() ? db::Result<QList<db::Region>>(QList<db::Region>())
                                           : regions.children(regencyCode);
    if (!districts) {
        problems.append(districts.error().message);
        districts = QList<db::Region>();
    }
    m_districtTable->setRowCount(static_cast<int>(districts->size()));
    QHash<QString, db::KecamatanCoverage> coverage;
    if (!regencyCode.isEmpty()) {
        auto rows = db::RecapBuilder(m_context.database).coverage(QDate::currentDate());
        if (rows) {
            for (const db::KecamatanCoverage &one : std::as_const(*rows)) {
                coverage.insert(one.code, one);
            }
        } else {
            problems.append(rows.error().message);
        }
    }
    int row = 0;
    for (const db::Region &district : *districts) {
        const int urban =
            countOrNote(regions.count(district.code, db::RegionKind::UrbanVillage), problems);
        const int rural =
            countOrNote(regions.count(district.code, db::RegionKind::Village), problems) +
            countOrNote(regions.count(district.code, db::RegionKind::CustomaryVillage), problems);
        m_urbanVillages += urban;
        m_villages += rural;
        m_districtTable->setItem(row, 0, new QTableWidgetItem(district.name));
        m_districtTable->setItem(row, 1, new QTableWidgetItem(district.code));
        m_districtTable->setItem(row, 2, numberItem(urban));
        m_districtTable->setItem(row, 3, numberItem(rural));
        const db::KecamatanCoverage covered = coverage.value(district.code);
        m_districtTable->setItem(row, 4, numberItem(covered.covered));
        m_districtTable->setItem(row, 5, numberItem(covered.visited));
        auto *bar = new QTableWidgetItem(
            covered.covered == 0 ? tr("no MoU")
                                 : tr("%1%").arg(QLocale().toString(covered.percent(), 'f', 0)));
        if (covered.covered > 0) {
            bar->setData(Qt::UserRole, covered.percent());
            bar->setToolTip(
                covered.notVisited.isEmpty()
                    ? tr("Every covered kelurahan/desa has been visited.")
                    : tr("Not visited yet: %1").arg(covered.notVisited.join(QStringLiteral(", "))));
        }
        m_districtTable->setItem(row, 6, bar);
        ++row;
    }
    m_districts = static_cast<int>(districts->size());
    fitDistrictTable();
    m_districtValue->setText(QLocale().toString(m_districts));
    m_urbanVillageValue->setText(QLocale().toString(m_urbanVillages));
    m_villageValue->setText(QLocale().toString(m_villages));
}

} // namespace sisambang::ui
