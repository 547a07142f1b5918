// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup.h"

#include "attachments.h"
#include "database.h"
#include "migrations.h"
#include "officeprofile.h"
#include "query.h"
#include "sqlite.h"

#include <unzip.h>
#include <zip.h>

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>
#include <optional>

namespace sisambang::db {

namespace {

constexpr auto manifestName = "manifest.json";
constexpr auto databaseName = "sisambang.db";
constexpr auto attachmentPrefix = "lampiran/";
constexpr int formatVersion = 1;
// Limits that keep a hostile archive from filling the disk.
constexpr qint64 maxEntrySize = qint64(8) * 1024 * 1024 * 1024;
constexpr qint64 maxTotalSize = qint64(16) * 1024 * 1024 * 1024;
constexpr int maxEntries = 200000;
constexpr qint64 maxManifestSize = 64 * 1024 * 1024;

QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

// Writes one archive entry from a reader callback (minizip, the zip library
// Debian's libxlsxwriter also uses; QuaZip's bundled copy would clash with it).
class ZipWriter
{
public:
    explicit ZipWriter(const QString &path)
        : m_zip(zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE))
    {
    }
    ~ZipWriter()
    {
        if (m_zip) {
            zipClose(m_zip, nullptr);
        }
    }
    Q_DISABLE_COPY_MOVE(ZipWriter)

    bool isOpen() const { return m_zip != nullptr; }

    Status addBytes(const QByteArray &bytes, const QString &name)
    {
        if (!begin(name)) {
            return failed(name);
        }
        const bool written = zipWriteInFileInZip(m_zip, bytes.constData(),
                                                 static_cast<unsigned>(bytes.size())) == ZIP_OK;
        return (zipCloseFileInZip(m_zip) == ZIP_OK && written) ? Status{} : Status{failed(name)};
    }

    Status addFile(const QString &source, const QString &name)
    {
        QFile in(source);
        if (!in.open(QIODevice::ReadOnly)) {
            return Error::failed(
                Backup::tr("Cannot read %1.").arg(QDir::toNativeSeparators(source)));
        }
        if (!begin(name)) {
            return failed(name);
        }
        QByteArray buffer;
        bool written = true;
        while (written && !(buffer = in.read(1 << 20)).isEmpty()) {
            written = zipWriteInFileInZip(m_zip, buffer.constData(),
                                          static_cast<unsigned>(buffer.size())) == ZIP_OK;
        }
        return (zipCloseFileInZip(m_zip) == ZIP_OK && written) ? Status{} : Status{failed(name)};
    }

    Status finish()
    {
        const int rc = zipClose(m_zip, nullptr);
        m_zip = nullptr;
        return rc == ZIP_OK
                   ? Status{}
                   : Status{Error::failed(Backup::tr("Cannot finish writing the backup."))};
    }

private:
    bool begin(const QString &name)
    {
        zip_fileinfo info{};
        const QDateTime now = QDateTime::currentDateTime();
        info.tmz_date = {
            static_cast<uInt>(now.time().second()),    static_cast<uInt>(now.time().minute()),
            static_cast<uInt>(now.time().hour()),      static_cast<uInt>(now.date().day()),
            static_cast<uInt>(now.date().month() - 1), static_cast<uInt>(now.date().year())};
        const QByteArray entry = name.toUtf8();
        // zip64 on: a database or photo folder may pass 4 GiB.
        return zipOpenNewFileInZip64(m_zip, entry.constData(), &info, nullptr, 0, nullptr, 0,
                                     nullptr, Z_DEFLATED, Z_BEST_SPEED, 1) == ZIP_OK;
    }
    static Error failed(const QString &name)
    {
        return Error::failed(Backup::tr("Cannot write %1 into the backup.").arg(name));
    }

    zipFile m_zip = nullptr;
};

// Reads a zip archive with minizip: closes on scope exit.
class ZipReader
{
public:
    explicit ZipReader(const QString &path)
        : m_zip(unzOpen64(QFile::encodeName(path).constData()))
    {
    }
    ~ZipReader()
    {
        if (m_zip) {
            unzClose(m_zip);
        }
    }
    Q_DISABLE_COPY_MOVE(ZipReader)

    struct Entry
    {
        QString name;
        qint64 size = 0;
        qint64 compressedSize = 0;
    };

    bool isOpen() const { return m_zip != nullptr; }

    // Every entry, or nullopt when the central directory cannot be read.
    std::optional<QList<Entry>> entries(int limit)
    {
        QList<Entry> list;
        int status = unzGoToFirstFile(m_zip);
        while (status == UNZ_OK) {
            unz_file_info64 info{};
            char name[1024] = {};
            if (unzGetCurrentFileInfo64(m_zip, &info, name, sizeof name - 1, nullptr, 0, nullptr,
                                        0) != UNZ_OK) {
                return std::nullopt;
            }
            list.append({QString::fromUtf8(name), static_cast<qint64>(info.uncompressed_size),
                         static_cast<qint64>(info.compressed_size)});
            if (list.size() > limit) {
                return list;
            }
            status = unzGoToNextFile(m_zip);
        }
        if (status != UNZ_END_OF_LIST_OF_FILE) {
            return std::nullopt;
        }
        return list;
    }

    bool open(const QString &name)
    {
        return unzLocateFile(m_zip, name.toUtf8().constData(), 1) == UNZ_OK &&
               unzOpenCurrentFile(m_zip) == UNZ_OK;
    }
    // Bytes of the open entry; 0 at its end, negative on damage.
    int read(char *buffer, unsigned size) { return unzReadCurrentFile(m_zip, buffer, size); }
    // False when the entry's CRC does not match.
    bool close() { return unzCloseCurrentFile(m_zip) == UNZ_OK; }

private:
    unzFile m_zip = nullptr;
};

QStringList listAttachments(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    const QDir root(folder);
    while (it.hasNext()) {
        files << root.relativeFilePath(it.next());
    }
    files.sort();
    return files;
}

Result<BackupManifest> manifestFrom(const QByteArray &json)
{
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    if (object.value(QStringLiteral("application")).toString() != QLatin1String("SiSambang")) {
        return Error{Error::Code::NotADatabase,
                     Backup::tr("This file is not a SiSambang backup (its manifest is missing "
                                "or foreign).")};
    }
    BackupManifest manifest;
    manifest.programVersion = object.value(QStringLiteral("program_version")).toString();
    manifest.schemaVersion = object.value(QStringLiteral("schema_version")).toInt();
    manifest.created =
        QDateTime::fromString(object.value(QStringLiteral("created")).toString(), Qt::ISODate);
    manifest.regionCode = object.value(QStringLiteral("region_code")).toString();
    for (const auto &value : object.value(QStringLiteral("attachments")).toArray()) {
        manifest.attachments << value.toString();
    }
    return manifest;
}

// Unpacks the archive into `target`, checking names, sizes and sums.
Result<BackupManifest> unpack(const QString &archivePath, const QString &target)
{
    const QString shown = QDir::toNativeSeparators(archivePath);
    if (!QFileInfo(archivePath).isFile()) {
        return Error::notFound(Backup::tr("There is no backup at %1.").arg(shown));
    }
    ZipReader zip(archivePath);
    const auto listed = zip.isOpen() ? zip.entries(maxEntries) : std::nullopt;
    if (!listed) {
        return Error{
            Error::Code::NotADatabase,
            Backup::tr("%1 is not a SiSambang backup (not a readable zip archive).").arg(shown)};
    }
    const QList<ZipReader::Entry> &entries = *listed;
    if (entries.size() > maxEntries) {
        return Error::invalid(Backup::tr("%1 holds too many files to be a backup.").arg(shown));
    }
    qint64 total = 0;
    QSet<QString> names;
    for (const auto &entry : entries) {
        total += entry.size;
        if (entry.size > maxEntrySize || total > maxTotalSize) {
            return Error::invalid(
                Backup::tr("%1 unpacks to more than a backup can hold; it was refused.")
                    .arg(shown));
        }
        names.insert(entry.name);
    }
    if (!names.contains(QLatin1String(manifestName)) ||
        !names.contains(QLatin1String(databaseName))) {
        return Error{
            Error::Code::NotADatabase,
            Backup::tr("%1 is not a SiSambang backup (manifest or database missing).").arg(shown)};
    }
    QByteArray manifestJson;
    QMap<QString, QByteArray> sums;
    AttachmentStore unpacked(QDir(target).filePath(QStringLiteral("lampiran")));
    for (const auto &entry : entries) {
        QString destination;
        if (entry.name == QLatin1String(manifestName)) {
            destination.clear();
        } else if (entry.name == QLatin1String(databaseName)) {
            destination = QDir(target).filePath(QLatin1String(databaseName));
        } else if (entry.name.startsWith(QLatin1String(attachmentPrefix))) {
            auto path = unpacked.absolutePath(entry.name.mid(int(qstrlen(attachmentPrefix))));
            if (!path) {
                return Error::invalid(Backup::tr("%1 holds a file outside its folders (%2); it "
                                                 "was refused.")
                                          .arg(shown, entry.name));
            }
            destination = *path;
        } else if (entry.name.endsWith(u'/')) {
            continue;
        } else {
            return Error::invalid(Backup::tr("%1 holds an unexpected file %2; it was refused.")
                                      .arg(shown, entry.name));
        }
        if (!zip.open(entry.name)) {
            return Error::failed(Backup::tr("Cannot read %1 in %2.").arg(entry.name, shown));
        }
        const qint64 declared = entry.size;
        if (destination.isEmpty() && declared > maxManifestSize) {
            zip.close();
            return Error::invalid(Backup::tr("The manifest of %1 is too large.").arg(shown));
        }
        QFile out(destination);
        if (!destination.isEmpty()) {
            QDir().mkpath(QFileInfo(destination).absolutePath());
            if (!out.open(QIODevice::WriteOnly)) {
                zip.close();
                return Error::failed(
                    Backup::tr("Cannot write %1.").arg(QDir::toNativeSeparators(destination)));
            }
            makePrivate(destination);
        }
        QCryptographicHash hash(QCryptographicHash::Sha256);
        qint64 written = 0;
        QByteArray buffer(1 << 20, Qt::Uninitialized);
        int got = 0;
        while ((got = zip.read(buffer.data(), static_cast<unsigned>(buffer.size()))) > 0) {
            written += got;
            if (written > declared) { // the header lied: treat as hostile
                zip.close();
                return Error::invalid(Backup::tr("%1 is damaged (%2 is larger than declared).")
                                          .arg(shown, entry.name));
            }
            const QByteArrayView chunk(buffer.constData(), got);
            if (destination.isEmpty()) {
                manifestJson.append(chunk);
            } else {
                hash.addData(chunk);
                out.write(chunk.data(), chunk.size());
            }
        }
        if (!zip.close() || got < 0) {
            return Error{
                Error::Code::Corrupt,
                Backup::tr("%1 is damaged: %2 cannot be unpacked.").arg(shown, entry.name)};
        }
        if (!destination.isEmpty()) {
            sums.insert(entry.name, hash.result().toHex());
        }
    }
    auto manifest = manifestFrom(manifestJson);
    if (!manifest) {
        return manifest.error();
    }
    const QJsonObject expected =
        QJsonDocument::fromJson(manifestJson).object().value(QStringLiteral("sha256")).toObject();
    for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
        if (expected.value(it.key()).toString().toLatin1() != it.value()) {
            return Error{Error::Code::Corrupt,
                         Backup::tr("%1 is damaged: the checksum of %2 does not match.")
                             .arg(shown, it.key())};
        }
    }
    return manifest;
}

Status checkUnpackedDatabase(const QString &path, const QString &shown)
{
    auto identity = sqlite::identityOfFile(path);
    if (!identity) {
        return Error{Error::Code::Corrupt, Backup::tr("The database in %1 cannot be read: %2")
                                               .arg(shown, identity.error().message)};
    }
    if (identity->applicationId != Database::applicationId) {
        return Error{Error::Code::NotADatabase,
                     Backup::tr("The database in %1 is not a SiSambang database.").arg(shown)};
    }
    if (identity->userVersion > latestSchemaVersion()) {
        return Error{Error::Code::TooNew,
                     Backup::tr("%1 was made by a newer SiSambang (schema %2, this program knows "
                                "up to %3).")
                         .arg(shown)
                         .arg(identity->userVersion)
                         .arg(latestSchemaVersion())};
    }
    auto problems = sqlite::integrityProblemsOfFile(path);
    if (!problems) {
        return Error{Error::Code::Corrupt, problems.error().message};
    }
    if (!problems->isEmpty()) {
        return Error{Error::Code::Corrupt, Backup::tr("The database in %1 is damaged: %2")
                                               .arg(shown, problems->join(QStringLiteral("; ")))};
    }
    return {};
}

bool moveAside(const QString &from, const QString &to)
{
    return !QFileInfo::exists(from) || QFile::rename(from, to) || QDir().rename(from, to);
}

} // namespace

Result<BackupManifest> Backup::write(const Database &database, const QString &archivePath)
{
    const QString shown = QDir::toNativeSeparators(archivePath);
    QTemporaryDir work(QFileInfo(archivePath).absolutePath() +
                       QStringLiteral("/.sisambang-XXXXXX"));
    if (!work.isValid()) {
        return Error::failed(
            tr("Cannot write a backup into %1: the folder is missing or read-only.")
                .arg(QDir::toNativeSeparators(QFileInfo(archivePath).absolutePath())));
    }
    const QString snapshot = work.filePath(QLatin1String(databaseName));
    if (auto done = sqlite::vacuumInto(database, snapshot); !done) {
        return Error::failed(
            tr("Cannot take a snapshot of the database: %1").arg(done.error().message));
    }
    if (auto sound = checkUnpackedDatabase(snapshot, shown); !sound) {
        return sound.error();
    }

    BackupManifest manifest;
    manifest.programVersion = QCoreApplication::applicationVersion();
    manifest.schemaVersion = database.schemaVersion();
    manifest.created = QDateTime::currentDateTime();
    if (auto profile = OfficeProfileStore(database).load()) {
        manifest.regionCode = profile->regionCode;
    }
    const AttachmentStore attachments(database);
    manifest.attachments = listAttachments(attachments.folder());

    QJsonObject sums;
    sums.insert(QLatin1String(databaseName), QString::fromLatin1(sha256Of(snapshot)));
    for (const QString &file : manifest.attachments) {
        sums.insert(QLatin1String(attachmentPrefix) + file,
                    QString::fromLatin1(sha256Of(QDir(attachments.folder()).filePath(file))));
    }
    QJsonObject object{
        {QStringLiteral("application"), QStringLiteral("SiSambang")},
        {QStringLiteral("format"), formatVersion},
        {QStringLiteral("program_version"), manifest.programVersion},
        {QStringLiteral("schema_version"), manifest.schemaVersion},
        {QStringLiteral("created"), manifest.created.toString(Qt::ISODate)},
        {QStringLiteral("region_code"), manifest.regionCode},
        {QStringLiteral("attachments"), QJsonArray::fromStringList(manifest.attachments)},
        {QStringLiteral("sha256"), sums}};

    // Written under a temporary name and renamed, so a half-written archive never
    // carries the final name.
    const QString partial = work.filePath(QStringLiteral("backup.zip.part"));
    {
        ZipWriter zip(partial);
        if (!zip.isOpen()) {
            return Error::failed(tr("Cannot create %1.").arg(shown));
        }
        if (auto done = zip.addBytes(QJsonDocument(object).toJson(), QLatin1String(manifestName));
            !done) {
            return done.error();
        }
        if (auto done = zip.addFile(snapshot, QLatin1String(databaseName)); !done) {
            return done.error();
        }
        for (const QString &file : manifest.attachments) {
            if (auto done = zip.addFile(QDir(attachments.folder()).filePath(file),
                                        QLatin1String(attachmentPrefix) + file);
                !done) {
                return done.error();
            }
        }
        if (auto done = zip.finish(); !done) {
            return Error::failed(tr("Cannot finish writing %1.").arg(shown));
        }
    }
    makePrivate(partial);
    QFile::remove(archivePath);
    if (!QFile::rename(partial, archivePath)) {
        return Error::failed(tr("Cannot write %1.").arg(shown));
    }
    // Verify what landed on disk, not what we meant to write.
    return verify(archivePath);
}

Result<BackupManifest> Backup::verify(const QString &archivePath)
{
    QTemporaryDir work;
    if (!work.isValid()) {
        return Error::failed(tr("Cannot create a temporary folder to check the backup."));
    }
    auto manifest = unpack(archivePath, work.path());
    if (!manifest) {
        return manifest.error();
    }
    if (auto sound = checkUnpackedDatabase(work.filePath(QLatin1String(databaseName)),
                                           QDir::toNativeSeparators(archivePath));
        !sound) {
        return sound.error();
    }
    return manifest;
}

Result<QString> Backup::restore(const QString &archivePath, const QString &databasePath)
{
    const QFileInfo target(databasePath);
    if (!QFileInfo(target.absolutePath()).isDir()) {
        return Error::notFound(tr("The folder %1 does not exist.")
                                   .arg(QDir::toNativeSeparators(target.absolutePath())));
    }
    // Unpack beside the target so the final step is a rename on one file system.
    QTemporaryDir work(target.absolutePath() + QStringLiteral("/.sisambang-restore-XXXXXX"));
    if (!work.isValid()) {
        return Error{
            Error::Code::ReadOnly,
            tr("Cannot write in %1.").arg(QDir::toNativeSeparators(target.absolutePath()))};
    }
    auto manifest = unpack(archivePath, work.path());
    if (!manifest) {
        return manifest.error();
    }
    const QString restoredDb = work.filePath(QLatin1String(databaseName));
    if (auto sound = checkUnpackedDatabase(restoredDb, QDir::toNativeSeparators(archivePath));
        !sound) {
        return sound.error();
    }

    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString base = target.absoluteDir().filePath(target.completeBaseName());
    const QString asideDb = base + QStringLiteral(".sebelum-restore-%1.db").arg(stamp);
    const QString currentAttachments = AttachmentStore::folderFor(databasePath);
    const QString asideAttachments =
        AttachmentStore::folderFor(asideDb); // "<name>.sebelum-restore-<stamp>-lampiran"
    QString keptAside;
    if (target.exists()) {
        for (const char *suffix : {"-wal", "-shm"}) {
            const QString sidecar = databasePath + QLatin1String(suffix);
            if (QFileInfo::exists(sidecar) &&
                !QFile::rename(sidecar, asideDb + QLatin1String(suffix))) {
                return Error::failed(tr("Cannot move %1 aside; is SiSambang still running on it?")
                                         .arg(QDir::toNativeSeparators(sidecar)));
            }
        }
        if (!QFile::rename(databasePath, asideDb)) {
            return Error::failed(
                tr("Cannot move the current database aside; nothing was changed."));
        }
        keptAside = asideDb;
    }
    if (!moveAside(currentAttachments, asideAttachments)) {
        QFile::rename(asideDb, databasePath);
        return Error::failed(tr("Cannot move the current attachments aside; nothing was changed."));
    }
    const QString restoredAttachments = work.filePath(QStringLiteral("lampiran"));
    if (!QFile::rename(restoredDb, databasePath) ||
        (QFileInfo::exists(restoredAttachments) &&
         !QDir().rename(restoredAttachments, currentAttachments))) {
        // Put everything back as it was.
        QFile::remove(databasePath);
        QFile::rename(asideDb, databasePath);
        QDir(currentAttachments).removeRecursively();
        moveAside(asideAttachments, currentAttachments);
        return Error::failed(tr("Cannot put the restored database in place; the current one "
                                "was kept."));
    }
    makePrivate(databasePath);
    return keptAside;
}

QString BackupSchedule::folderFor(const Database &database)
{
    Query query(database, QStringLiteral("SELECT value FROM setting WHERE key = 'backup.folder'"));
    auto value = query.scalar();
    if (value && !value->toString().isEmpty()) {
        return value->toString();
    }
    if (database.isInMemory()) {
        return QDir::temp().filePath(QStringLiteral("sisambang-backups"));
    }
    return QFileInfo(database.path()).absoluteDir().filePath(QStringLiteral("backups"));
}

Status BackupSchedule::setFolder(const Database &database, const QString &folder)
{
    return execute(database,
                   QStringLiteral("INSERT INTO setting (key, value) VALUES ('backup.folder', ?) "
                                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                   {folder});
}

QString BackupSchedule::archiveName(const QDateTime &moment)
{
    return QStringLiteral("sisambang-%1.zip")
        .arg(moment.toString(QStringLiteral("yyyy-MM-dd-HHmmss")));
}

namespace {
QDate dateOfArchive(const QString &name)
{
    static const QRegularExpression pattern(
        QStringLiteral("^sisambang-(\\d{4}-\\d{2}-\\d{2})-\\d{6}\\.zip$"));
    const auto match = pattern.match(name);
    return match.hasMatch() ? QDate::fromString(match.captured(1), Qt::ISODate) : QDate();
}
} // namespace

Result<QString> BackupSchedule::run(const Database &database, const QDateTime &now, bool force)
{
    if (!QDir().mkpath(m_folder)) {
        return Error::failed(
            tr("Cannot create the backup folder %1.").arg(QDir::toNativeSeparators(m_folder)));
    }
    makePrivate(m_folder);
    if (!force) {
        // A manual backup of today counts as today's too.
        for (const BackupFile &file : list()) {
            if (file.created.date() == now.date()) {
                return QString();
            }
        }
    }
    const QString path = QDir(m_folder).filePath(archiveName(now));
    auto written = Backup::write(database, path);
    if (!written) {
        return written.error();
    }
    prune(now.date());
    return path;
}

Result<QString> BackupSchedule::runManual(const Database &database, const QDateTime &now)
{
    if (!QDir().mkpath(m_folder)) {
        return Error::failed(
            tr("Cannot create the backup folder %1.").arg(QDir::toNativeSeparators(m_folder)));
    }
    makePrivate(m_folder);
    const QString path =
        QDir(m_folder).filePath(QStringLiteral("sisambang-manual-%1.zip")
                                    .arg(now.toString(QStringLiteral("yyyy-MM-dd-HHmmss"))));
    if (auto written = Backup::write(database, path); !written) {
        return written.error();
    }
    return path;
}

QList<BackupFile> BackupSchedule::list() const
{
    static const QRegularExpression pattern(
        QStringLiteral("^sisambang-(manual-)?(\\d{4}-\\d{2}-\\d{2}-\\d{6})\\.zip$"));
    QList<BackupFile> files;
    const QFileInfoList entries =
        QDir(m_folder).entryInfoList({QStringLiteral("sisambang-*.zip")}, QDir::Files);
    for (const QFileInfo &entry : entries) {
        const auto match = pattern.match(entry.fileName());
        if (!match.hasMatch()) {
            continue;
        }
        BackupFile file;
        file.path = entry.absoluteFilePath();
        file.created =
            QDateTime::fromString(match.captured(2), QStringLiteral("yyyy-MM-dd-HHmmss"));
        file.size = entry.size();
        file.kind = match.captured(1).isEmpty() ? BackupKind::Automatic : BackupKind::Manual;
        files.append(file);
    }
    std::sort(files.begin(), files.end(),
              [](const BackupFile &a, const BackupFile &b) { return a.created > b.created; });
    return files;
}

QStringList BackupSchedule::prune(const QDate &today)
{
    QDir folder(m_folder);
    // Newest first, so the first archive seen for a day/week/month is the one kept.
    QStringList names =
        folder.entryList({QStringLiteral("sisambang-*.zip")}, QDir::Files, QDir::Name);
    std::reverse(names.begin(), names.end());
    QSet<QString> keep;
    QSet<QDate> days;
    QSet<int> weeks;
    QSet<int> months;
    for (const QString &name : names) {
        const QDate date = dateOfArchive(name);
        if (!date.isValid() || date > today) {
            keep.insert(name); // not ours to judge
            continue;
        }
        int weekYear = 0;
        const int week = date.weekNumber(&weekYear);
        const int weekKey = weekYear * 100 + week;
        const int monthKey = date.year() * 100 + date.month();
        if (!days.contains(date) && days.size() < m_rotation.daily) {
            days.insert(date);
            keep.insert(name);
        }
        if (!weeks.contains(weekKey) && weeks.size() < m_rotation.weekly) {
            weeks.insert(weekKey);
            keep.insert(name);
        }
        if (!months.contains(monthKey) && months.size() < m_rotation.monthly) {
            months.insert(monthKey);
            keep.insert(name);
        }
    }
    QStringList removed;
    for (const QString &name : names) {
        if (!keep.contains(name) && folder.remove(name)) {
            removed << name;
        }
    }
    return removed;
}

} // namespace sisambang::db
