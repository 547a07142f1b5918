// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingspage.h"

#include "appsettings.h"
#include "auditpanel.h"
#include "backuppanel.h"
#include "common/icons.h"
#include "common/messages.h"
#include "common/pageheader.h"
#include "context.h"
#include "holidaypanel.h"
#include "localization.h"
#include "numberingpanel.h"
#include "officeprofile.h"
#include "officeprofileform.h"
#include "regions.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace sisambang::ui {

SettingsPage::SettingsPage(Context &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_tabs(new QTabWidget(this))
    , m_form(new OfficeProfileForm(context.fileDialogs))
    , m_region(new QLabel(this))
    , m_saveState(new QLabel(this))
    , m_save(new QPushButton(icon(IconId::Save), tr("Sa&ve Profile"), this))
    , m_revert(new QPushButton(tr("Undo &Changes"), this))
    , m_holidays(new HolidayPanel(context, this))
    , m_numbering(new NumberingPanel(context, this))
    , m_language(new QComboBox(this))
    , m_backups(new BackupPanel(context, this))
    , m_audit(new AuditPanel(context, this))
{
    setObjectName(QStringLiteral("settingsPage"));
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->addTab(createProfileTab(), icon(IconId::Office), tr("Office Profile"));
    m_tabs->addTab(m_holidays, icon(IconId::Holiday), tr("Holidays"));
    m_tabs->addTab(m_numbering, icon(IconId::Agreements), tr("Letter Numbers"));
    m_tabs->addTab(createLanguageTab(), icon(IconId::Language), tr("Language"));
    m_tabs->addTab(m_backups, icon(IconId::Database), tr("Backups"));
    m_tabs->addTab(m_audit, icon(IconId::Search), tr("Audit Log"));
    connect(m_backups, &BackupPanel::restoreRequested, this, &SettingsPage::restoreRequested);
    // The log grows while the program runs: read it again whenever it is shown.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_audit) {
            m_audit->refresh();
        } else if (m_tabs->widget(index) == m_backups) {
            m_backups->reload();
        }
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(tr("Settings"),
                                     tr("The office profile printed on every document, the "
                                        "holidays schedules skip, letter numbers, the "
                                        "language of SiSambang, backups and the audit log."),
                                     this));
    layout->addWidget(m_tabs, 1);
    loadProfile();
}

SettingsPage::~SettingsPage() = default;

QWidget *SettingsPage::createProfileTab()
{
    auto *tab = new QWidget(this);
    m_region->setObjectName(QStringLiteral("workArea"));
    m_region->setWordWrap(true);
    m_save->setObjectName(QStringLiteral("saveProfile"));
    m_revert->setObjectName(QStringLiteral("revertProfile"));
    m_saveState->setObjectName(QStringLiteral("profileState"));

    auto *scroll = new QScrollArea(tab);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_form);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_saveState, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_region);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &SettingsPage::saveProfile);
    connect(m_revert, &QPushButton::clicked, this, &SettingsPage::loadProfile);
    connect(m_form, &OfficeProfileForm::edited, this, [this] {
        m_saveState->setText(tr("Unsaved changes."));
        m_save->setEnabled(true);
        m_revert->setEnabled(true);
    });
    return tab;
}

QWidget *SettingsPage::createLanguageTab()
{
    auto *tab = new QWidget(this);
    m_language->setObjectName(QStringLiteral("language"));
    for (const Localization::Language &language : Localization::available()) {
        m_language->addItem(language.name, language.id);
    }
    m_language->setCurrentIndex(m_language->findData(m_context.settings.language()));

    auto *note = new QLabel(tr("The language of menus, pages and messages. Printed documents "
                               "(MoU, invitations, attendance sheets, minutes, recaps) are "
                               "always in Bahasa Indonesia."),
                            tab);
    note->setWordWrap(true);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("&Language:"), m_language);
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addStretch();

    connect(m_language, &QComboBox::activated, this, [this] {
        const QString chosen = m_language->currentData().toString();
        if (chosen == m_context.settings.language()) {
            return;
        }
        m_context.settings.setLanguage(chosen);
        Q_EMIT languageChosen(chosen);
    });
    return tab;
}

void SettingsPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

void SettingsPage::loadProfile()
{
    db::OfficeProfileStore store(m_context.database);
    auto profile = store.load();
    if (!profile) {
        m_saveState->setText(profile.error().message);
        return;
    }
    m_form->setProfile(*profile);
    db::RegionRepository regions(m_context.database);
    auto regency = regions.find(profile->regionCode);
    m_region->setText(
        regency ? tr("<b>Work area:</b> %1 (code %2). The kabupaten/kota is fixed when a "
                     "database is set up; for another one create a new database (File &gt; "
                     "New Database).")
                      .arg(regency->name.toHtmlEscaped(), regency->code)
                : tr("<b>Work area:</b> not set up."));
    m_saveState->clear();
    m_save->setEnabled(false);
    m_revert->setEnabled(false);
}

bool SettingsPage::saveProfile()
{
    if (!m_form->validate()) {
        m_saveState->setText(tr("Not saved: correct the fields marked in red."));
        return false;
    }
    db::OfficeProfileStore store(m_context.database);
    if (auto saved = store.save(m_form->profile()); !saved) {
        m_context.messages.critical(this, tr("Cannot Save the Profile"), saved.error().message);
        return false;
    }
    m_saveState->setText(tr("Saved."));
    m_save->setEnabled(false);
    m_revert->setEnabled(false);
    Q_EMIT profileSaved();
    return true;
}

} // namespace sisambang::ui
