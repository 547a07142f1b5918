// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace sisambang::db {

class Database;

// A documentation photo of an activity.
struct Photo
{
    qint64 id = 0;
    qint64 activityId = 0;
    int ordinal = 0;       // 1..n, the order on the page and in the report
    QString storedPath{};  // relative to the attachment folder: the upright picture
    QString displayPath{}; // relative: the reduced copy (at most 1600 px)
    QString caption{};
    QDateTime takenAt{}; // EXIF DateTimeOriginal; invalid when the file has none
    QString originalName{};
    int width = 0; // of the stored picture, upright
    int height = 0;
    int version = 0;
};

// A picture made ready to store: upright, and reduced for display.
struct PreparedPhoto
{
    QByteArray stored{};  // the picture upright (the original bytes when already upright)
    QString storedSuffix; // "jpg" or "png"
    QByteArray display{}; // JPEG, longest side at most PhotoCodec::displaySize
    int width = 0;
    int height = 0;
    QDateTime takenAt{};
};

// Decodes and turns pictures. The db layer does not link Qt Gui; the
// implementation is db/imaging's QtPhotoCodec.
class PhotoCodec
{
public:
    static constexpr int displaySize = 1600;
    static constexpr qint64 maxFileSize = 64LL * 1024 * 1024;
    virtual ~PhotoCodec() = default;
    // Invalid for anything but a readable JPEG or PNG.
    virtual Result<PreparedPhoto> prepare(const QByteArray &data) const = 0;
};

// The outcome of one import.
struct PhotoImport
{
    qint64 id = 0;
    // Set when the EXIF date is not the activity's date: the photo may belong
    // to another activity. Empty otherwise (also when there is no EXIF date).
    QString warning{};
};

// The documentation photos of activities; files live in the attachment
// folder under "foto/".
class PhotoRepository
{
    Q_DECLARE_TR_FUNCTIONS(PhotoRepository)

public:
    explicit PhotoRepository(const Database &database);
    // Files under `attachmentFolder` instead of the database's own folder (tests).
    PhotoRepository(const Database &database, QString attachmentFolder);

    Result<QList<Photo>> list(qint64 activityId) const;
    Result<Photo> find(qint64 id) const;
    // Reads a JPEG or PNG file, stores it upright with its display copy, and
    // adds it last. The files are removed again when the record cannot be saved.
    Result<PhotoImport> import(qint64 activityId, const QString &file, const PhotoCodec &codec,
                               const QString &caption = {});
    // The same for bytes already read; `originalName` names them.
    Result<PhotoImport> importData(qint64 activityId, const QByteArray &data,
                                   const QString &originalName, const PhotoCodec &codec,
                                   const QString &caption = {});
    Status setCaption(qint64 id, int version, const QString &caption);
    // All of the activity's photos, each once, in the new order.
    Status reorder(qint64 activityId, const QList<qint64> &photoIds);
    // Removes the record and both files.
    Status remove(qint64 id, int version);
    // Removes the two files of a record already gone (its activity was removed);
    // a file that cannot be removed is only left over, never referenced.
    void discardFiles(const Photo &photo) const;
    // The absolute path of a stored path (refuses paths leaving the folder).
    Result<QString> absolutePath(const QString &relative) const;

    // "The photo was taken on 19 February 2023, not on the activity's date ..."
    static QString dateWarning(const QDateTime &takenAt, const QDate &activityDate);

private:
    const Database &m_database;
    QString m_folder;
};

} // namespace sisambang::db
