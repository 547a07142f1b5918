// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"

#include "localization.h"

#include <QDir>

namespace sisambang::ui {

namespace {

struct KeyInfo
{
    AppSettings::Key key;
    const char *name;
    QVariant defaultValue;
};

const QList<KeyInfo> &keyTable()
{
    static const QList<KeyInfo> table = {
        {AppSettings::Key::Language, "ui/language", QStringLiteral("id")},
        {AppSettings::Key::WindowGeometry, "ui/window_geometry", QByteArray()},
        {AppSettings::Key::WindowState, "ui/window_state", QByteArray()},
        {AppSettings::Key::LastDatabase, "database/last", QString()},
        {AppSettings::Key::RecentDatabases, "database/recent", QStringList()},
        {AppSettings::Key::LastFolder, "ui/last_folder", QString()},
    };
    return table;
}

const KeyInfo &info(AppSettings::Key key)
{
    for (const KeyInfo &entry : keyTable()) {
        if (entry.key == key) {
            return entry;
        }
    }
    Q_UNREACHABLE();
}

constexpr auto versionKey = "meta/version";

// Paths compare as the file system would see them, so one file is listed once.
QString normalisedPath(const QString &path)
{
    return QDir::cleanPath(QDir(path).absolutePath());
}

} // namespace

AppSettings::AppSettings()
    : m_settings(std::make_unique<QSettings>())
{
}

AppSettings::AppSettings(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
}

AppSettings::~AppSettings() = default;

QString AppSettings::keyName(Key key)
{
    return QLatin1String(info(key).name);
}

QVariant AppSettings::defaultValue(Key key)
{
    return info(key).defaultValue;
}

QVariant AppSettings::value(Key key) const
{
    return m_settings->value(keyName(key), defaultValue(key));
}

void AppSettings::setValue(Key key, const QVariant &value)
{
    m_settings->setValue(keyName(key), value);
}

void AppSettings::reset(Key key)
{
    m_settings->remove(keyName(key));
}

QString AppSettings::language() const
{
    const QString stored = value(Key::Language).toString();
    return Localization::isSupported(stored) ? stored : defaultValue(Key::Language).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    setValue(Key::Language, language);
}

QStringList AppSettings::recentDatabases() const
{
    return value(Key::RecentDatabases).toStringList();
}

void AppSettings::noteDatabaseOpened(const QString &path)
{
    const QString normalised = normalisedPath(path);
    QStringList recent = recentDatabases();
    recent.removeAll(normalised);
    recent.prepend(normalised);
    while (recent.size() > maxRecentDatabases) {
        recent.removeLast();
    }
    setValue(Key::RecentDatabases, recent);
    setValue(Key::LastDatabase, normalised);
}

void AppSettings::forgetDatabase(const QString &path)
{
    const QString normalised = normalisedPath(path);
    QStringList recent = recentDatabases();
    recent.removeAll(normalised);
    setValue(Key::RecentDatabases, recent);
    if (value(Key::LastDatabase).toString() == normalised) {
        reset(Key::LastDatabase);
    }
}

void AppSettings::migrate()
{
    const int version = m_settings->value(QLatin1String(versionKey), 0).toInt();
    if (version >= currentVersion) {
        return;
    }
    // Version 0 (written by hand or by a pre-release): drop values this program
    // would misread rather than carry them around.
    if (!Localization::isSupported(m_settings->value(keyName(Key::Language)).toString())) {
        reset(Key::Language);
    }
    QStringList recent;
    for (const QString &path : recentDatabases()) {
        const QString normalised = normalisedPath(path);
        if (!path.isEmpty() && !recent.contains(normalised)) {
            recent.append(normalised);
        }
    }
    while (recent.size() > maxRecentDatabases) {
        recent.removeLast();
    }
    setValue(Key::RecentDatabases, recent);
    m_settings->setValue(QLatin1String(versionKey), currentVersion);
}

void AppSettings::sync()
{
    m_settings->sync();
}

} // namespace sisambang::ui
