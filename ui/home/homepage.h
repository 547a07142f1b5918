// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QFormLayout;
class QGridLayout;
class QLabel;
class QTableWidget;

namespace sisambang::ui {

struct Context;
class DashboardPanel;
class PageHeader;

// Page "Beranda": where things stand at a glance: the office, its kabupaten/kota,
// coverage of kelurahan/desa per kecamatan (covered by an MoU, visited), the
// work lists of the dashboard, and where the data lives.
class HomePage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HomePage)

public:
    explicit HomePage(Context &context, QWidget *parent = nullptr);
    ~HomePage() override;

    // Reads the profile, the region figures and the work lists again (after
    // Pengaturan saved).
    void refresh();

    // The figures shown, for tests: kecamatan, kelurahan, desa (incl. desa adat).
    int districtCount() const { return m_districts; }
    int urbanVillageCount() const { return m_urbanVillages; }
    int villageCount() const { return m_villages; }
    DashboardPanel *dashboard() const { return m_dashboard; }
    QTableWidget *districtTable() const { return m_districtTable; }

Q_SIGNALS:
    void activityRequested(qint64 activityId);
    void agreementRequested(qint64 agreementId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refreshOffice();
    void fitDistrictTable();
    QWidget *figure(const QString &objectName, const QString &caption, QLabel **value);
    void fillRegionFigures(const QString &regencyCode, QStringList &problems);

    Context &m_context;
    PageHeader *m_header;
    QLabel *m_logo;
    QLabel *m_office;
    QLabel *m_contact;
    QLabel *m_districtValue = nullptr;
    QLabel *m_urbanVillageValue = nullptr;
    QLabel *m_villageValue = nullptr;
    QTableWidget *m_districtTable;
    DashboardPanel *m_dashboard;
    // "This database": a plain form, read faster than one rich-text label
    // (which laid out a whole text document at start).
    QFormLayout *m_details;
    QLabel *m_problem;
    int m_districts = 0;
    int m_urbanVillages = 0;
    int m_villages = 0;
};

} // namespace sisambang::ui
