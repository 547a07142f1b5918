// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QWidget;

namespace sisambang::ui {

class AppSettings;

// Every file dialog of the program goes through this interface, so that tests
// can script which file the user picks. An empty answer means "cancelled".
class FileDialogs
{
public:
    virtual ~FileDialogs() = default;

    // `filter` as QFileDialog takes it: "Gambar (*.png *.jpg)".
    virtual QString openFile(QWidget *parent, const QString &title, const QString &filter) = 0;
    // Does not ask about replacing an existing file: callers that create files
    // refuse existing ones themselves, so nothing is overwritten by accident.
    virtual QString saveFile(QWidget *parent, const QString &title, const QString &filter,
                             const QString &suggestedName) = 0;
    // An existing folder, starting in `current` when it exists.
    virtual QString chooseFolder(QWidget *parent, const QString &title, const QString &current) = 0;
};

// Qt's file dialogs, starting in the folder used last (kept in AppSettings).
class QtFileDialogs final : public FileDialogs
{
public:
    explicit QtFileDialogs(AppSettings &settings)
        : m_settings(settings)
    {
    }

    QString openFile(QWidget *parent, const QString &title, const QString &filter) override;
    QString saveFile(QWidget *parent, const QString &title, const QString &filter,
                     const QString &suggestedName) override;
    QString chooseFolder(QWidget *parent, const QString &title, const QString &current) override;

private:
    QString startFolder() const;
    void rememberFolder(const QString &file);

    AppSettings &m_settings;
};

// For tests: answers from a script of paths (empty = cancel) and records the titles.
class ScriptedFileDialogs final : public FileDialogs
{
public:
    void answer(const QString &path) { m_script.append(path); }
    const QStringList &titles() const { return m_titles; }

    QString openFile(QWidget *parent, const QString &title, const QString &filter) override;
    QString saveFile(QWidget *parent, const QString &title, const QString &filter,
                     const QString &suggestedName) override;
    QString chooseFolder(QWidget *parent, const QString &title, const QString &current) override;

private:
    QString next(const QString &title);

    QStringList m_script;
    QStringList m_titles;
};

} // namespace sisambang::ui
