// SPDX-License-Identifier: GPL-3.0-or-later
#include "filedialogs.h"

#include "appsettings.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>

namespace sisambang::ui {

QString QtFileDialogs::startFolder() const
{
    const QString last = m_settings.value(AppSettings::Key::LastFolder).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir()) {
        return last;
    }
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void QtFileDialogs::rememberFolder(const QString &file)
{
    m_settings.setValue(AppSettings::Key::LastFolder, QFileInfo(file).absolutePath());
}

QString QtFileDialogs::openFile(QWidget *parent, const QString &title, const QString &filter)
{
    QFileDialog dialog(parent, title, startFolder(), filter);
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFile);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty()) {
        return {};
    }
    const QString file = dialog.selectedFiles().constFirst();
    rememberFolder(file);
    return file;
}

QString QtFileDialogs::saveFile(QWidget *parent, const QString &title, const QString &filter,
                                const QString &suggestedName)
{
    QFileDialog dialog(parent, title, QDir(startFolder()).filePath(suggestedName), filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    // The program refuses existing files itself; the dialog must not offer to replace one.
    dialog.setOption(QFileDialog::DontConfirmOverwrite, true);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty()) {
        return {};
    }
    QString file = dialog.selectedFiles().constFirst();
    rememberFolder(file);
    return file;
}

QString QtFileDialogs::chooseFolder(QWidget *parent, const QString &title, const QString &current)
{
    const QString start =
        !current.isEmpty() && QFileInfo(current).isDir() ? current : startFolder();
    return QFileDialog::getExistingDirectory(parent, title, start);
}

QString ScriptedFileDialogs::next(const QString &title)
{
    m_titles.append(title);
    return m_script.isEmpty() ? QString() : m_script.takeFirst();
}

QString ScriptedFileDialogs::openFile(QWidget *parent, const QString &title, const QString &filter)
{
    Q_UNUSED(parent)
    Q_UNUSED(filter)
    return next(title);
}

QString ScriptedFileDialogs::saveFile(QWidget *parent, const QString &title, const QString &filter,
                                      const QString &suggestedName)
{
    Q_UNUSED(parent)
    Q_UNUSED(filter)
    Q_UNUSED(suggestedName)
    return next(title);
}

QString ScriptedFileDialogs::chooseFolder(QWidget *parent, const QString &title,
                                          const QString &current)
{
    Q_UNUSED(parent)
    Q_UNUSED(current)
    return next(title);
}

} // namespace sisambang::ui
