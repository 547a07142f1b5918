// SPDX-License-Identifier: GPL-3.0-or-later
#include "attachments.h"

#include "database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace sisambang::db {

AttachmentStore::AttachmentStore(const Database &database)
    : m_folder(database.isInMemory()
                   ? QDir::temp().filePath(QStringLiteral("sisambang-memory-lampiran"))
                   : folderFor(database.path()))
{
}

QString AttachmentStore::folderFor(const QString &databasePath)
{
    const QFileInfo info(databasePath);
    return info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral("-lampiran"));
}

QString safeFileName(const QString &name)
{
    const QString last = QFileInfo(QDir::fromNativeSeparators(name)).fileName();
    QString safe;
    for (const QChar c : last) {
        if ((c.unicode() < 128 && c.isLetterOrNumber()) || c == u'.' || c == u'-' || c == u'_') {
            safe.append(c);
        } else if (c.isSpace()) {
            safe.append(u'_');
        }
    }
    while (safe.startsWith(u'.')) {
        safe.remove(0, 1);
    }
    if (safe.size() > 80) {
        const QString suffix = QFileInfo(safe).suffix().left(10);
        safe = safe.left(80 - suffix.size() - 1) + u'.' + suffix;
    }
    return safe.isEmpty() ? QStringLiteral("berkas") : safe;
}

void makePrivate(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    } else if (info.exists()) {
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }
}

Result<QString> AttachmentStore::importFile(const QString &source, const QString &category)
{
    const QFileInfo info(source);
    if (!info.isFile()) {
        return Error::notFound(tr("%1 is not a file.").arg(QDir::toNativeSeparators(source)));
    }
    const QString safeCategory = safeFileName(category);
    QDir folder(m_folder);
    if (!folder.mkpath(safeCategory)) {
        return Error::failed(tr("Cannot create the folder %1.")
                                 .arg(QDir::toNativeSeparators(folder.filePath(safeCategory))));
    }
    makePrivate(m_folder);
    makePrivate(folder.filePath(safeCategory));
    const QString base = safeFileName(info.fileName());
    QString relative;
    for (int n = 1;; ++n) {
        relative =
            QStringLiteral("%1/%2-%3").arg(safeCategory).arg(n, 4, 10, QLatin1Char('0')).arg(base);
        if (!QFileInfo::exists(folder.filePath(relative))) {
            break;
        }
    }
    const QString target = folder.filePath(relative);
    if (!QFile::copy(source, target)) {
        return Error::failed(
            tr("Cannot copy %1 into %2.")
                .arg(QDir::toNativeSeparators(source), QDir::toNativeSeparators(m_folder)));
    }
    makePrivate(target);
    return relative;
}

Result<QString> AttachmentStore::storeData(const QByteArray &data, const QString &category,
                                           const QString &name)
{
    const QString safeCategory = safeFileName(category);
    QDir folder(m_folder);
    if (!folder.mkpath(safeCategory)) {
        return Error::failed(tr("Cannot create the folder %1.")
                                 .arg(QDir::toNativeSeparators(folder.filePath(safeCategory))));
    }
    makePrivate(m_folder);
    makePrivate(folder.filePath(safeCategory));
    const QString base = safeFileName(name);
    for (int n = 1;; ++n) {
        const QString relative =
            QStringLiteral("%1/%2-%3").arg(safeCategory).arg(n, 4, 10, QLatin1Char('0')).arg(base);
        QFile file(folder.filePath(relative));
        // NewOnly: two programs storing at once never share a name.
        if (file.exists() || !file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            if (file.exists()) {
                continue;
            }
            return Error::failed(
                tr("Cannot write %1.").arg(QDir::toNativeSeparators(file.fileName())));
        }
        if (file.write(data) != data.size() || !file.flush()) {
            file.close();
            file.remove();
            return Error::failed(
                tr("Cannot write %1.").arg(QDir::toNativeSeparators(file.fileName())));
        }
        file.close();
        makePrivate(file.fileName());
        return relative;
    }
}

Result<QString> AttachmentStore::absolutePath(const QString &relative) const
{
    const QString cleaned = QDir::cleanPath(QDir::fromNativeSeparators(relative));
    if (cleaned.isEmpty() || QDir::isAbsolutePath(cleaned) || cleaned == QLatin1String("..") ||
        cleaned.startsWith(QLatin1String("../")) || cleaned.contains(u':')) {
        return Error::invalid(
            tr("The attachment path \"%1\" leaves the attachment folder.").arg(relative));
    }
    const QString root = QDir::cleanPath(QDir(m_folder).absolutePath());
    const QString absolute = QDir::cleanPath(root + u'/' + cleaned);
    if (!absolute.startsWith(root + u'/')) {
        return Error::invalid(
            tr("The attachment path \"%1\" leaves the attachment folder.").arg(relative));
    }
    return absolute;
}

Status AttachmentStore::remove(const QString &relative)
{
    auto path = absolutePath(relative);
    if (!path) {
        return path.error();
    }
    if (QFileInfo::exists(*path) && !QFile::remove(*path)) {
        return Error::failed(tr("Cannot remove %1.").arg(QDir::toNativeSeparators(*path)));
    }
    return {};
}

} // namespace sisambang::db
