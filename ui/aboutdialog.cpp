// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"

#include "common/icons.h"
#include "referencedata.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace sisambang::ui {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About SiSambang"));

    auto *logo = new QLabel(this);
    logo->setPixmap(icon(IconId::Agreements).pixmap(64, 64));
    auto *title = new QLabel(tr("<h2>SiSambang %1</h2><p>Sistem Informasi Sambang Pengawasan</p>")
                                 .arg(QStringLiteral(SISAMBANG_VERSION)),
                             this);
    auto *heading = new QHBoxLayout;
    heading->addWidget(logo);
    heading->addWidget(title, 1);

    auto *about = new QLabel(
        tr("<p>The secretariat's program for the Sambang Pengawasan work of a Bawaslu "
           "Kabupaten/Kota: stakeholders, MoUs, visit schedules, attendance sheets, minutes "
           "and monthly recaps, offline on one office PC.</p>"
           "<p>SiSambang is free software: you can redistribute it and/or modify it under the "
           "terms of the GNU General Public License as published by the Free Software "
           "Foundation, either version 3 of the License, or (at your option) any later "
           "version (GPL-3.0-or-later). It is distributed in the hope that it will be useful, "
           "but WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or "
           "FITNESS FOR A PARTICULAR PURPOSE. See the GNU General Public License for more "
           "details: <a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">"
           "https://www.gnu.org/licenses/gpl-3.0.html</a>.</p>"
           "<p>Built with Qt %1 and SQLite.</p>")
            .arg(QString::fromLatin1(qVersion())),
        this);
    about->setWordWrap(true);
    about->setOpenExternalLinks(true);
    about->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *regions = new QWidget(this);
    auto *regionIntro = new QLabel(
        tr("The regions of Indonesia (38 provinces, 514 kabupaten/kota, 7,285 kecamatan and "
           "83,762 kelurahan/desa, after Kepmendagri 300.2.2-2430 of 2025) come from "
           "<a href=\"https://github.com/cahyadsn/wilayah\">cahyadsn/wilayah</a>, under the "
           "MIT licence:"),
        regions);
    regionIntro->setWordWrap(true);
    regionIntro->setOpenExternalLinks(true);
    auto *licence = new QPlainTextEdit(regionLicenceText(), regions);
    licence->setObjectName(QStringLiteral("regionLicence"));
    licence->setReadOnly(true);
    // The notice has its own line breaks; rewrapping them breaks lines mid-sentence.
    licence->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto *regionLayout = new QVBoxLayout(regions);
    regionLayout->addWidget(regionIntro);
    regionLayout->addWidget(licence, 1);

    auto *holidays = new QLabel(
        tr("<p>The initial holiday table (2023 to 2026) lists the national holidays and "
           "collective leave days (cuti bersama) set by the joint decrees (SKB) of the "
           "Minister of Religious Affairs, the Minister of Manpower and the Minister for "
           "Administrative and Bureaucratic Reform for each year, as later amended, and the "
           "election days declared holidays by presidential decree (Keppres 10/2024 for "
           "14 February 2024, Keppres 33/2024 for 27 November 2024). Regional holidays are not "
           "included.</p>"
           "<p>Later decrees may move a holiday: the table can be edited and a CSV file "
           "imported under Pengaturan &gt; Hari Libur.</p>"),
        this);
    holidays->setWordWrap(true);
    holidays->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *tabs = new QTabWidget(this);
    tabs->addTab(about, tr("About"));
    tabs->addTab(regions, tr("Region Data"));
    tabs->addTab(holidays, tr("Holiday Data"));
    for (QWidget *page : {static_cast<QWidget *>(about), static_cast<QWidget *>(holidays)}) {
        page->setContentsMargins(8, 8, 8, 8);
    }

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &AboutDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(heading);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    resize(680, 540);
}

AboutDialog::~AboutDialog() = default;

QString AboutDialog::regionLicenceText()
{
    QFile file(resources::regionLicencePath());
    if (!file.open(QIODevice::ReadOnly)) {
        return tr("The licence text is missing from this build of SiSambang.");
    }
    return QString::fromUtf8(file.readAll());
}

} // namespace sisambang::ui
