// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace sisambang::db {

class Database;

// What a backup archive says about itself (manifest.json inside the zip).
struct BackupManifest
{
    QString programVersion;
    int schemaVersion = 0;
    QDateTime created;
    QString regionCode;      // the office's kabupaten/kota, empty if not set up
    QStringList attachments; // relative paths under "lampiran/"
};

// One backup = one zip archive holding a consistent snapshot of the database
// (VACUUM INTO, checked with integrity_check before it is packed), every stored
// attachment, and a manifest with SHA-256 sums.
class Backup
{
    Q_DECLARE_TR_FUNCTIONS(Backup)

public:
    static Result<BackupManifest> write(const Database &database, const QString &archivePath);
    // Checks an archive without touching any database: a SiSambang backup, sums
    // right, sizes sane (no zip bombs), the database sound and not newer than
    // this program.
    static Result<BackupManifest> verify(const QString &archivePath);
    // Verifies the archive, then replaces the database at `databasePath` (which
    // must not be open) and its attachments with the archive's. The current ones
    // are kept aside as "<name>.sebelum-restore-<time>.db" (and "-lampiran");
    // returns that path (empty when there was no current database).
    static Result<QString> restore(const QString &archivePath, const QString &databasePath);
};

// One archive in the backup folder, as Pengaturan lists it.
enum class BackupKind {
    Automatic, // the daily one, and the one before a migration: rotated
    Manual,    // "Back Up Now": never pruned
};

struct BackupFile
{
    QString path;
    QDateTime created;
    qint64 size = 0;
    BackupKind kind = BackupKind::Automatic;
};

// Automatic backups: at most one a day into `folder`, kept 7 daily, 4 weekly
// and 12 monthly.
struct BackupRotation
{
    int daily = 7;
    int weekly = 4;
    int monthly = 12;
};

class BackupSchedule
{
    Q_DECLARE_TR_FUNCTIONS(BackupSchedule)

public:
    explicit BackupSchedule(QString folder, BackupRotation rotation = {})
        : m_folder(std::move(folder))
        , m_rotation(rotation)
    {
    }

    // The backup folder chosen in Pengaturan (setting "backup.folder"), or
    // "backups" beside the database.
    static QString folderFor(const Database &database);
    static Status setFolder(const Database &database, const QString &folder);

    // Writes today's backup unless one exists (or `force`), then prunes.
    // Returns the new archive's path, or an empty string when none was due.
    Result<QString> run(const Database &database, const QDateTime &now, bool force = false);
    // "Back Up Now": an archive named "sisambang-manual-<time>.zip", which the
    // rotation leaves alone. Returns its path.
    Result<QString> runManual(const Database &database, const QDateTime &now);
    // The archives in the folder, newest first.
    QList<BackupFile> list() const;
    // Archive file name for a moment, e.g. "sisambang-2026-11-28-081500.zip".
    static QString archiveName(const QDateTime &moment);
    // Deletes the archives the rotation no longer keeps; returns their names.
    QStringList prune(const QDate &today);

private:
    QString m_folder;
    BackupRotation m_rotation;
};

} // namespace sisambang::db
