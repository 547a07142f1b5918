// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;

namespace sisambang::ui {

struct Context;
class AuditPanel;
class BackupPanel;
class HolidayPanel;
class NumberingPanel;
class OfficeProfileForm;

// Page "Pengaturan": the office profile, the holiday table and the language.
class SettingsPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    enum Tab { ProfileTab, HolidayTab, NumberingTab, LanguageTab, BackupTab, AuditTab };

    explicit SettingsPage(Context &context, QWidget *parent = nullptr);
    ~SettingsPage() override;

    OfficeProfileForm *profileForm() const { return m_form; }
    HolidayPanel *holidayPanel() const { return m_holidays; }
    NumberingPanel *numberingPanel() const { return m_numbering; }
    BackupPanel *backupPanel() const { return m_backups; }
    AuditPanel *auditPanel() const { return m_audit; }
    void showTab(Tab tab);

    // Checks the form and stores the profile; true when saved.
    bool saveProfile();
    // Loads the stored profile into the form, dropping unsaved edits.
    void loadProfile();

Q_SIGNALS:
    void profileSaved();
    // The user chose another interface language (already stored in AppSettings).
    void languageChosen(const QString &language);
    // A verified backup the user confirmed to restore (see BackupPanel).
    void restoreRequested(const QString &archive);

private:
    QWidget *createProfileTab();
    QWidget *createLanguageTab();

    Context &m_context;
    QTabWidget *m_tabs;
    OfficeProfileForm *m_form;
    QLabel *m_region;
    QLabel *m_saveState;
    QPushButton *m_save;
    QPushButton *m_revert;
    HolidayPanel *m_holidays;
    NumberingPanel *m_numbering;
    QComboBox *m_language;
    BackupPanel *m_backups;
    AuditPanel *m_audit;
};

} // namespace sisambang::ui
