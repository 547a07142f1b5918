// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSettings>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace sisambang::ui {

// The program's own preferences (per user, per machine), typed: every key has a
// stored name and a default in one table, so a misspelt key cannot compile.
// What belongs to the office (its profile, holidays) lives in the database instead.
class AppSettings
{
    Q_DISABLE_COPY_MOVE(AppSettings)

public:
    enum class Key {
        Language,        // "id" or "en"
        WindowGeometry,  // QMainWindow::saveGeometry()
        WindowState,     // QMainWindow::saveState()
        LastDatabase,    // path of the database opened last
        RecentDatabases, // most recent first
        LastFolder,      // folder of the last file chosen in a file dialog
    };

    // The settings of the installed program (QSettings' native location).
    AppSettings();
    // Settings kept in one INI file: for tests and portable installs.
    explicit AppSettings(const QString &iniFile);
    ~AppSettings();

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);
    void reset(Key key);

    // Typed shortcuts for the keys read in several places.
    QString language() const;
    void setLanguage(const QString &language);
    QStringList recentDatabases() const;
    // Puts `path` first in the recent list and makes it the last opened database.
    void noteDatabaseOpened(const QString &path);
    void forgetDatabase(const QString &path);

    // Brings settings written by an older SiSambang to the current layout.
    void migrate();
    void sync();

    static QString keyName(Key key);
    static QVariant defaultValue(Key key);
    static constexpr int currentVersion = 1;
    static constexpr int maxRecentDatabases = 8;

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace sisambang::ui
