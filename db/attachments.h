// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace sisambang::db {

class Database;

// Files the program keeps beside the database (scanned MoUs, photos): a folder
// named after the database file, "<name>-lampiran" next to "<name>.db". Stored
// names are made safe, and no stored path can leave the folder.
class AttachmentStore
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentStore)

public:
    explicit AttachmentStore(QString folder)
        : m_folder(std::move(folder))
    {
    }
    explicit AttachmentStore(const Database &database);

    static QString folderFor(const QString &databasePath);
    QString folder() const { return m_folder; }

    // Copies `source` into `category` (e.g. "mou", "foto") under a unique safe
    // name; returns the path relative to the folder, e.g. "mou/0003-scan.pdf".
    Result<QString> importFile(const QString &source, const QString &category);
    // Writes `data` into `category` under a unique safe name made from `name`;
    // returns the relative path, as importFile() does.
    Result<QString> storeData(const QByteArray &data, const QString &category, const QString &name);
    // The absolute path of a stored file; refuses anything that would leave the folder.
    Result<QString> absolutePath(const QString &relative) const;
    Status remove(const QString &relative);

private:
    QString m_folder;
};

// Keeps letters, digits, '.', '-' and '_' of the last path component; never
// empty, never "." or "..", at most 80 characters.
QString safeFileName(const QString &name);

// Makes a file or folder private to the user (0600 / 0700 on Linux).
void makePrivate(const QString &path);

} // namespace sisambang::db
