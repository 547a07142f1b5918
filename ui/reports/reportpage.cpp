// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportpage.h"

#include "agreements.h"
#include "audit.h"
#include "common/documentprinter.h"
#include "common/messages.h"
#include "common/pageheader.h"
#include "context.h"
#include "monthlyrecap.h"
#include "officeprofile.h"
#include "regions.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sisambang::ui {

namespace {

const QStringList figureNames{QStringLiteral("planned"),          QStringLiteral("done"),
                              QStringLiteral("postponed"),        QStringLiteral("cancelled"),
                              QStringLiteral("participants"),     QStringLiteral("visitedInPeriod"),
                              QStringLiteral("visitedCumulative")};

QTableWidgetItem *number(double value, int decimals = 0)
{
    auto *item = new QTableWidgetItem(QLocale().toString(value, 'f', decimals));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QTableWidget *makeTable(QWidget *parent, const QString &name)
{
    auto *table = new QTableWidget(parent);
    table->setObjectName(name);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

} // namespace

ReportPage::ReportPage(Context &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("reportPage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(
        tr("Reports"), tr("Monthly recap for the province, and the year view"), this));
    layout->addWidget(buildControls());
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("reportProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b01c1c;"));
    m_problem->hide();
    layout->addWidget(m_problem);
    layout->addWidget(buildFigures());

    m_coverage = makeTable(this, QStringLiteral("recapCoverage"));
    m_activities = makeTable(this, QStringLiteral("recapActivities"));
    auto *coverageBox = new QGroupBox(tr("Coverage per kecamatan"), this);
    (new QVBoxLayout(coverageBox))->addWidget(m_coverage);
    auto *activityBox = new QGroupBox(tr("Activities"), this);
    activityBox->setObjectName(QStringLiteral("recapActivityBox"));
    (new QVBoxLayout(activityBox))->addWidget(m_activities);
    auto *tables = new QHBoxLayout;
    tables->addWidget(coverageBox, 2);
    tables->addWidget(activityBox, 3);
    layout->addLayout(tables, 1);

    auto *previewShortcut = new QShortcut(QKeySequence::Print, this);
    previewShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(previewShortcut, &QShortcut::activated, this, &ReportPage::preview);
    auto *exportShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_E), this);
    exportShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(exportShortcut, &QShortcut::activated, this, [this] { exportFile(); });
}

ReportPage::~ReportPage() = default;

QWidget *ReportPage::buildControls()
{
    auto *box = new QGroupBox(tr("Recap"), this);
    auto *grid = new QGridLayout(box);
    m_monthly = new QRadioButton(tr("&Monthly"), box);
    m_monthly->setObjectName(QStringLiteral("recapMonthly"));
    m_yearly = new QRadioButton(tr("&Yearly"), box);
    m_yearly->setObjectName(QStringLiteral("recapYearly"));
    m_monthly->setChecked(true);
    auto *kinds = new QButtonGroup(box);
    kinds->addButton(m_monthly);
    kinds->addButton(m_yearly);

    m_month = new QComboBox(box);
    m_month->setObjectName(QStringLiteral("recapMonth"));
    for (int month = 1; month <= 12; ++month) {
        m_month->addItem(QLocale().standaloneMonthName(month), month);
    }
    m_year = new QSpinBox(box);
    m_year->setObjectName(QStringLiteral("recapYear"));
    m_year->setRange(2000, 2100);
    m_year->setGroupSeparatorShown(false);
    // The recap goes to the province at the start of the next month.
    const QDate lastMonth = QDate::currentDate().addMonths(-1);
    m_month->setCurrentIndex(lastMonth.month() - 1);
    m_year->setValue(lastMonth.year());

    m_kecamatan = new QComboBox(box);
    m_kecamatan->setObjectName(QStringLiteral("recapKecamatan"));
    m_agreement = new QComboBox(box);
    m_agreement->setObjectName(QStringLiteral("recapAgreement"));
    m_agreement->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_agreement->setMinimumContentsLength(16);
    m_paper = new QComboBox(box);
    m_paper->setObjectName(QStringLiteral("recapPaper"));
    m_paper->addItem(QStringLiteral("A4"), static_cast<int>(db::PaperSize::A4));
    m_paper->addItem(tr("F4 (215 x 330 mm)"), static_cast<int>(db::PaperSize::F4));
    m_orientation = new QComboBox(box);
    m_orientation->setObjectName(QStringLiteral("recapOrientation"));
    m_orientation->addItem(tr("Portrait"), static_cast<int>(QPageLayout::Portrait));
    m_orientation->addItem(tr("Landscape"), static_cast<int>(QPageLayout::Landscape));

    m_previewButton = new QPushButton(tr("&Preview and Print..."), box);
    m_previewButton->setObjectName(QStringLiteral("recapPreview"));
    m_previewButton->setToolTip(tr("Ctrl+P"));
    m_exportButton = new QPushButton(tr("&Export..."), box);
    m_exportButton->setObjectName(QStringLiteral("recapExport"));
    m_exportButton->setToolTip(tr("PDF, ODT, XLSX or CSV (Ctrl+E)"));

    grid->addWidget(m_monthly, 0, 0);
    grid->addWidget(m_yearly, 1, 0);
    auto *period = new QHBoxLayout;
    period->addWidget(m_month);
    period->addWidget(m_year);
    auto *periodLabel = new QLabel(tr("&Period:"), box);
    periodLabel->setBuddy(m_month);
    grid->addWidget(periodLabel, 0, 1);
    grid->addLayout(period, 0, 2);
    auto *kecamatanLabel = new QLabel(tr("&Kecamatan:"), box);
    kecamatanLabel->setBuddy(m_kecamatan);
    grid->addWidget(kecamatanLabel, 1, 1);
    grid->addWidget(m_kecamatan, 1, 2);
    auto *agreementLabel = new QLabel(tr("M&oU:"), box);
    agreementLabel->setBuddy(m_agreement);
    grid->addWidget(agreementLabel, 0, 3);
    grid->addWidget(m_agreement, 0, 4);
    auto *paperLabel = new QLabel(tr("P&aper:"), box);
    paperLabel->setBuddy(m_paper);
    grid->addWidget(paperLabel, 1, 3);
    auto *paper = new QHBoxLayout;
    paper->addWidget(m_paper);
    paper->addWidget(m_orientation);
    grid->addLayout(paper, 1, 4);
    grid->setColumnStretch(4, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_previewButton);
    buttons->addWidget(m_exportButton);
    grid->addLayout(buttons, 2, 0, 1, 5);

    const auto changed = [this] {
        if (!m_filling) {
            recount();
        }
    };
    connect(m_monthly, &QRadioButton::toggled, this, changed);
    connect(m_month, &QComboBox::currentIndexChanged, this, changed);
    connect(m_year, &QSpinBox::valueChanged, this, changed);
    connect(m_kecamatan, &QComboBox::currentIndexChanged, this, changed);
    connect(m_agreement, &QComboBox::currentIndexChanged, this, changed);
    connect(m_previewButton, &QPushButton::clicked, this, &ReportPage::preview);
    connect(m_exportButton, &QPushButton::clicked, this, [this] { exportFile(); });
    return box;
}

QWidget *ReportPage::buildFigures()
{
    auto *box = new QWidget(this);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    const QStringList captions{tr("Planned"),
                               tr("Done"),
                               tr("Postponed"),
                               tr("Cancelled"),
                               tr("Participants"),
                               tr("Desa visited in the period"),
                               tr("Desa visited so far")};
    for (qsizetype i = 0; i < figureNames.size(); ++i) {
        auto *frame = new QFrame(box);
        frame->setFrameShape(QFrame::StyledPanel);
        auto *value = new QLabel(QStringLiteral("0"), frame);
        value->setObjectName(QStringLiteral("figure_") + figureNames.at(i));
        QFont font = value->font();
        font.setPointSizeF(font.pointSizeF() * 1.8);
        font.setBold(true);
        value->setFont(font);
        value->setAlignment(Qt::AlignCenter);
        auto *caption = new QLabel(captions.at(i), frame);
        caption->setAlignment(Qt::AlignCenter);
        caption->setWordWrap(true);
        auto *layout = new QVBoxLayout(frame);
        layout->addWidget(value);
        layout->addWidget(caption);
        row->addWidget(frame);
    }
    return box;
}

void ReportPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Other pages change the data; the figures are counted again when shown.
    refresh();
}

void ReportPage::refresh()
{
    m_filling = true;
    const QString kecamatan = m_kecamatan->currentData().toString();
    const qint64 agreement = m_agreement->currentData().toLongLong();
    m_kecamatan->clear();
    m_kecamatan->addItem(tr("All kecamatan"), QString());
    auto profile = db::OfficeProfileStore(m_context.database).load();
    if (profile && profile->isConfigured()) {
        if (auto children =
                db::RegionRepository(m_context.database).children(profile->regionCode)) {
            for (const db::Region &region : std::as_const(*children)) {
                m_kecamatan->addItem(region.name, region.code);
            }
        }
        m_paper->setCurrentIndex(m_paper->findData(static_cast<int>(profile->paper)));
    }
    m_kecamatan->setCurrentIndex(std::max(0, m_kecamatan->findData(kecamatan)));
    m_agreement->clear();
    m_agreement->addItem(tr("All agreements"), 0);
    if (auto agreements = db::AgreementRepository(m_context.database).list()) {
        for (const db::AgreementSummary &summary : std::as_const(*agreements)) {
            m_agreement->addItem(summary.title, summary.id);
        }
    }
    m_agreement->setCurrentIndex(std::max(0, m_agreement->findData(agreement)));
    m_filling = false;
    recount();
}

void ReportPage::showMonth(int year, int month)
{
    m_filling = true;
    m_monthly->setChecked(true);
    m_year->setValue(year);
    m_month->setCurrentIndex(month - 1);
    m_filling = false;
    recount();
}

void ReportPage::showYear(int year)
{
    m_filling = true;
    m_yearly->setChecked(true);
    m_year->setValue(year);
    m_filling = false;
    recount();
}

bool ReportPage::monthly() const
{
    return m_monthly->isChecked();
}

QString ReportPage::figure(const QString &name) const
{
    auto *label = findChild<QLabel *>(QStringLiteral("figure_") + name);
    return label ? label->text() : QString();
}

void ReportPage::recount()
{
    m_month->setEnabled(monthly());
    m_agreement->setEnabled(monthly());
    m_orientation->setEnabled(monthly());
    m_problem->hide();
    const QString kecamatan = m_kecamatan->currentData().toString();
    db::RecapBuilder builder(m_context.database);
    const QLocale locale;
    const auto setFigure = [this, &locale](const QString &name, int value) {
        findChild<QLabel *>(QStringLiteral("figure_") + name)->setText(locale.toString(value));
    };
    const auto fillCoverage = [this](const QList<db::KecamatanCoverage> &rows) {
        m_coverage->clear();
        m_coverage->setColumnCount(5);
        m_coverage->setHorizontalHeaderLabels(
            {tr("Kecamatan"), tr("Desa"), tr("Covered"), tr("Visited"), tr("%")});
        m_coverage->setRowCount(static_cast<int>(rows.size()));
        for (int row = 0; row < rows.size(); ++row) {
            const db::KecamatanCoverage &one = rows.at(row);
            m_coverage->setItem(row, 0, new QTableWidgetItem(one.name));
            m_coverage->setItem(row, 1, number(one.villages));
            m_coverage->setItem(row, 2, number(one.covered));
            m_coverage->setItem(row, 3, number(one.visited));
            m_coverage->setItem(row, 4,
                                one.covered > 0 ? number(one.percent(), 1)
                                                : new QTableWidgetItem(QStringLiteral("-")));
            m_coverage->item(row, 4)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_coverage->item(row, 0)->setToolTip(
                one.notVisited.isEmpty()
                    ? QString()
                    : tr("Not visited yet: %1").arg(one.notVisited.join(QStringLiteral(", "))));
        }
        m_coverage->resizeColumnsToContents();
        m_coverage->horizontalHeader()->setStretchLastSection(false);
        m_coverage->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    };

    if (monthly()) {
        db::RecapScope scope = db::monthScope(m_year->value(), m_month->currentData().toInt());
        scope.kecamatanCode = kecamatan;
        scope.agreementId = m_agreement->currentData().toLongLong();
        auto recap = builder.monthly(scope);
        if (!recap) {
            m_problem->setText(recap.error().message);
            m_problem->show();
            return;
        }
        setFigure(QStringLiteral("planned"), recap->counts.planned);
        setFigure(QStringLiteral("done"), recap->counts.done);
        setFigure(QStringLiteral("postponed"), recap->counts.postponed);
        setFigure(QStringLiteral("cancelled"), recap->counts.cancelled);
        setFigure(QStringLiteral("participants"), recap->participants.total);
        setFigure(QStringLiteral("visitedInPeriod"), recap->villagesVisitedInPeriod);
        setFigure(QStringLiteral("visitedCumulative"), recap->villagesVisitedCumulative);
        fillCoverage(recap->coverage);
        m_activities->clear();
        m_activities->setColumnCount(5);
        m_activities->setHorizontalHeaderLabels(
            {tr("Date"), tr("Kelurahan/desa"), tr("Kecamatan"), tr("Venue"), tr("Status")});
        m_activities->setRowCount(static_cast<int>(recap->activities.size()));
        for (int row = 0; row < recap->activities.size(); ++row) {
            const db::Activity &activity = recap->activities.at(row).activity;
            m_activities->setItem(
                row, 0, new QTableWidgetItem(locale.toString(activity.date, QLocale::ShortFormat)));
            m_activities->setItem(row, 1, new QTableWidgetItem(activity.regionName));
            m_activities->setItem(row, 2, new QTableWidgetItem(activity.districtName));
            m_activities->setItem(row, 3, new QTableWidgetItem(activity.venue));
            m_activities->setItem(
                row, 4, new QTableWidgetItem(documents::activityStatusLabel(activity.status)));
        }
    } else {
        auto year = builder.yearly(m_year->value(), kecamatan);
        if (!year) {
            m_problem->setText(year.error().message);
            m_problem->show();
            return;
        }
        db::ActivityCounts total;
        for (const db::ActivityCounts &month : std::as_const(year->months)) {
            total.planned += month.planned;
            total.done += month.done;
            total.postponed += month.postponed;
            total.cancelled += month.cancelled;
        }
        setFigure(QStringLiteral("planned"), total.planned);
        setFigure(QStringLiteral("done"), total.done);
        setFigure(QStringLiteral("postponed"), total.postponed);
        setFigure(QStringLiteral("cancelled"), total.cancelled);
        auto whole = builder.monthly(
            {QDate(m_year->value(), 1, 1), QDate(m_year->value(), 12, 31), kecamatan});
        if (whole) {
            setFigure(QStringLiteral("participants"), whole->participants.total);
            setFigure(QStringLiteral("visitedInPeriod"), whole->villagesVisitedInPeriod);
            setFigure(QStringLiteral("visitedCumulative"), whole->villagesVisitedCumulative);
        }
        fillCoverage(year->coverageAtYearEnd);
        m_activities->clear();
        m_activities->setColumnCount(5);
        m_activities->setHorizontalHeaderLabels(
            {tr("Month"), tr("Planned"), tr("Done"), tr("Postponed"), tr("Cancelled")});
        m_activities->setRowCount(12);
        for (int month = 0; month < 12; ++month) {
            const db::ActivityCounts &counts = year->months.at(month);
            m_activities->setItem(month, 0,
                                  new QTableWidgetItem(locale.standaloneMonthName(month + 1)));
            m_activities->setItem(month, 1, number(counts.planned));
            m_activities->setItem(month, 2, number(counts.done));
            m_activities->setItem(month, 3, number(counts.postponed));
            m_activities->setItem(month, 4, number(counts.cancelled));
        }
    }
    m_activities->resizeColumnsToContents();
}

void ReportPage::preview()
{
    const auto paper = static_cast<db::PaperSize>(m_paper->currentData().toInt());
    DocumentPrinter printer(m_context, this);
    if (monthly()) {
        db::RecapScope scope = db::monthScope(m_year->value(), m_month->currentData().toInt());
        scope.kecamatanCode = m_kecamatan->currentData().toString();
        scope.agreementId = m_agreement->currentData().toLongLong();
        auto recapData = documents::loadRecapData(m_context.database, scope);
        if (!recapData) {
            m_context.messages.warning(this, tr("Print"), recapData.error().message);
            return;
        }
        const auto orientation =
            static_cast<QPageLayout::Orientation>(m_orientation->currentData().toInt());
        if (printer.preview(documents::monthlyRecapDocument(*recapData, paper, orientation),
                            tr("Monthly recap print preview"))) {
            recordExport(QStringLiteral("Monthly recap %1 printed")
                             .arg(scope.from.toString(QStringLiteral("yyyy-MM"))));
        }
        return;
    }
    auto recapData = documents::loadYearlyRecapData(m_context.database, m_year->value(),
                                                    m_kecamatan->currentData().toString());
    if (!recapData) {
        m_context.messages.warning(this, tr("Print"), recapData.error().message);
        return;
    }
    if (printer.preview(documents::yearlyRecapDocument(*recapData, paper),
                        tr("Yearly recap print preview"))) {
        recordExport(QStringLiteral("Yearly recap %1 printed").arg(m_year->value()));
    }
}

QString ReportPage::exportFile()
{
    const auto paper = static_cast<db::PaperSize>(m_paper->currentData().toInt());
    DocumentPrinter printer(m_context, this);
    if (monthly()) {
        db::RecapScope scope = db::monthScope(m_year->value(), m_month->currentData().toInt());
        scope.kecamatanCode = m_kecamatan->currentData().toString();
        scope.agreementId = m_agreement->currentData().toLongLong();
        const QString path = printer.askNewFile(
            tr("Export the monthly recap"),
            tr("PDF (*.pdf);;OpenDocument text (*.odt);;Excel workbook (*.xlsx);;CSV (*.csv)"),
            QStringLiteral("rekap-%1.pdf").arg(scope.from.toString(QStringLiteral("yyyy-MM"))),
            {QStringLiteral("pdf"), QStringLiteral("odt"), QStringLiteral("xlsx"),
             QStringLiteral("csv")});
        if (path.isEmpty()) {
            return {};
        }
        auto recapData = documents::loadRecapData(m_context.database, scope);
        const auto orientation =
            static_cast<QPageLayout::Orientation>(m_orientation->currentData().toInt());
        const db::Status written =
            recapData ? documents::writeMonthlyRecap(*recapData, path, paper, orientation)
                      : db::Status(recapData.error());
        if (!written) {
            m_context.messages.warning(this, tr("Export"), written.error().message);
            return {};
        }
        recordExport(QStringLiteral("Monthly recap %1 exported to %2")
                         .arg(scope.from.toString(QStringLiteral("yyyy-MM")), path));
        return path;
    }
    const QString path = printer.askNewFile(
        tr("Export the yearly recap"), tr("PDF (*.pdf);;Excel workbook (*.xlsx)"),
        QStringLiteral("rekap-tahunan-%1.pdf").arg(m_year->value()),
        {QStringLiteral("pdf"), QStringLiteral("xlsx")});
    if (path.isEmpty()) {
        return {};
    }
    auto recapData = documents::loadYearlyRecapData(m_context.database, m_year->value(),
                                                    m_kecamatan->currentData().toString());
    const db::Status written = recapData ? documents::writeYearlyRecap(*recapData, path, paper)
                                         : db::Status(recapData.error());
    if (!written) {
        m_context.messages.warning(this, tr("Export"), written.error().message);
        return {};
    }
    recordExport(QStringLiteral("Yearly recap %1 exported to %2").arg(m_year->value()).arg(path));
    return path;
}

void ReportPage::recordExport(const QString &what)
{
    if (auto recorded = db::AuditLog(m_context.database)
                            .record(db::AuditAction::Print, QStringLiteral("recap"), 0, what);
        !recorded) {
        m_context.messages.warning(this, tr("Export"), recorded.error().message);
    }
}

} // namespace sisambang::ui
