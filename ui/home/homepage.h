// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QGridLayout;
class QLabel;
class QTableWidget;

namespace sisambang::ui {

struct Context;
class PageHeader;

// Page "Beranda": what this database is about: the office, its kabupaten/kota
// and the kecamatan and kelurahan/desa it covers, and where the data lives.
class HomePage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HomePage)

public:
    explicit HomePage(Context &context, QWidget *parent = nullptr);
    ~HomePage() override;

    // Reads the profile and the region figures again (after Pengaturan saved).
    void refresh();

    // The figures shown, for tests: kecamatan, kelurahan, desa (incl. desa adat).
    int districtCount() const { return m_districts; }
    int urbanVillageCount() const { return m_urbanVillages; }
    int villageCount() const { return m_villages; }

protected:
    void showEvent(QShowEvent *event) override;

private:
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
    QLabel *m_details;
    QLabel *m_problem;
    int m_districts = 0;
    int m_urbanVillages = 0;
    int m_villages = 0;
};

} // namespace sisambang::ui
