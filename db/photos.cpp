// SPDX-License-Identifier: GPL-3.0-or-later
#include "photos.h"

#include "attachments.h"
#include "audit.h"
#include "database.h"
#include "query.h"
#include "records.h"
#include "recordsupport.h"
#include "transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

namespace sisambang::db {

namespace {

const QString entity = QStringLiteral("activity_photo");
const QString category = QStringLiteral("foto");

const char *const selectColumns =
    "SELECT id, activity_id, ordinal, stored_path, display_path, caption, taken_at, "
    "original_name, width, height, version FROM activity_photo ";

Photo photoFrom(const Query &query)
{
    Photo p;
    p.id = query.value(0).toLongLong();
    p.activityId = query.value(1).toLongLong();
    p.ordinal = query.value(2).toInt();
    p.storedPath = query.value(3).toString();
    p.displayPath = query.value(4).toString();
    p.caption = query.value(5).toString();
    p.takenAt = QDateTime::fromString(query.value(6).toString(), Qt::ISODate);
    p.originalName = query.value(7).toString();
    p.width = query.value(8).toInt();
    p.height = query.value(9).toInt();
    p.version = query.value(10).toInt();
    return p;
}

QJsonObject toJson(const Photo &p)
{
    return {{QStringLiteral("activity_id"), p.activityId},
            {QStringLiteral("ordinal"), p.ordinal},
            {QStringLiteral("stored_path"), p.storedPath},
            {QStringLiteral("display_path"), p.displayPath},
            {QStringLiteral("caption"), p.caption},
            {QStringLiteral("taken_at"), p.takenAt.toString(Qt::ISODate)},
            {QStringLiteral("original_name"), p.originalName}};
}

} // namespace

PhotoRepository::PhotoRepository(const Database &database)
    : m_database(database)
    , m_folder(AttachmentStore(database).folder())
{
}

PhotoRepository::PhotoRepository(const Database &database, QString attachmentFolder)
    : m_database(database)
    , m_folder(std::move(attachmentFolder))
{
}

Result<QList<Photo>> PhotoRepository::list(qint64 activityId) const
{
    Query query(m_database, QLatin1String(selectColumns) +
                                QStringLiteral("WHERE activity_id = ? ORDER BY ordinal, id"));
    query.bind(activityId);
    if (auto done = query.exec(); !done) {
        return done.error();
    }
    QList<Photo> photos;
    while (query.next()) {
        photos.append(photoFrom(query));
    }
    return photos;
}

Result<Photo> PhotoRepository::find(qint64 id) const
{
    Query query(m_database, QLatin1String(selectColumns) + QStringLiteral("WHERE id = ?"));
    query.bind(id);
    if (auto done = query.exec(); !done) {
        return done.error();
    }
    if (!query.next()) {
        return Error::notFound(tr("There is no photo with id %1.").arg(id));
    }
    return photoFrom(query);
}

QString PhotoRepository::dateWarning(const QDateTime &takenAt, const QDate &activityDate)
{
    if (!takenAt.isValid() || !activityDate.isValid() || takenAt.date() == activityDate) {
        return {};
    }
    const QLocale indonesian(QLocale::Indonesian, QLocale::Indonesia);
    return tr("The photo was taken on %1, not on the day of the activity (%2). Is it the right "
              "photo?")
        .arg(indonesian.toString(takenAt.date(), QStringLiteral("d MMMM yyyy")),
             indonesian.toString(activityDate, QStringLiteral("d MMMM yyyy")));
}

Result<PhotoImport> PhotoRepository::import(qint64 activityId, const QString &file,
                                            const PhotoCodec &codec, const QString &caption)
{
    QFile source(file);
    if (!source.open(QIODevice::ReadOnly)) {
        return Error::notFound(tr("Cannot read %1.").arg(QDir::toNativeSeparators(file)));
    }
    if (source.size() > PhotoCodec::maxFileSize) {
        return Error::invalid(tr("%1 is larger than %2 MB.")
                                  .arg(QDir::toNativeSeparators(file))
                                  .arg(PhotoCodec::maxFileSize / (1024 * 1024)));
    }
    const QByteArray data = source.readAll();
    return importData(activityId, data, QFileInfo(file).fileName(), codec, caption);
}

Result<PhotoImport> PhotoRepository::importData(qint64 activityId, const QByteArray &data,
                                                const QString &originalName,
                                                const PhotoCodec &codec, const QString &caption)
{
    auto place = activityPlace(m_database, activityId);
    if (!place) {
        return place.error();
    }
    if (data.size() > PhotoCodec::maxFileSize) {
        return Error::invalid(
            tr("The photo is larger than %1 MB.").arg(PhotoCodec::maxFileSize / (1024 * 1024)));
    }
    auto prepared = codec.prepare(data);
    if (!prepared) {
        return prepared.error();
    }
    AttachmentStore store(m_folder);
    const QString base = QStringLiteral("kegiatan%1-").arg(activityId) +
                         QFileInfo(safeFileName(originalName)).completeBaseName();
    auto stored = store.storeData(prepared->stored, category, base + u'.' + prepared->storedSuffix);
    if (!stored) {
        return stored.error();
    }
    auto display =
        store.storeData(prepared->display, category, base + QStringLiteral("-kecil.jpg"));
    if (!display) {
        (void)store.remove(*stored);
        return display.error();
    }
    Photo photo;
    photo.activityId = activityId;
    photo.storedPath = *stored;
    photo.displayPath = *display;
    photo.caption = caption.simplified();
    photo.takenAt = prepared->takenAt;
    photo.originalName = QFileInfo(QDir::fromNativeSeparators(originalName)).fileName();
    photo.width = prepared->width;
    photo.height = prepared->height;

    // The files exist before the record; whatever fails after this removes them.
    auto saved = [&]() -> Result<qint64> {
        Transaction transaction(m_database);
        Query next(m_database, QStringLiteral("SELECT coalesce(max(ordinal), 0) + 1 FROM "
                                              "activity_photo WHERE activity_id = ?"));
        auto ordinal = next.bind(activityId).scalar();
        if (!ordinal) {
            return ordinal.error();
        }
        photo.ordinal = ordinal->toInt();
        Query insert(m_database, QStringLiteral("INSERT INTO activity_photo (activity_id, ordinal, "
                                                "stored_path, display_path, caption, taken_at, "
                                                "original_name, width, height) "
                                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        insert.bind(activityId)
            .bind(photo.ordinal)
            .bind(photo.storedPath)
            .bind(photo.displayPath)
            .bind(textValue(photo.caption))
            .bind(photo.takenAt.isValid() ? QVariant(photo.takenAt.toString(Qt::ISODate))
                                          : QVariant())
            .bind(textValue(photo.originalName))
            .bind(photo.width)
            .bind(photo.height);
        if (auto done = insert.exec(); !done) {
            return done.error();
        }
        const qint64 id = insert.lastInsertId();
        if (auto done =
                AuditLog(m_database)
                    .record(
                        AuditAction::Insert, entity, id,
                        tr("Photo %1 added to activity %2").arg(photo.originalName).arg(activityId),
                        {}, toJson(photo));
            !done) {
            return done.error();
        }
        if (auto done = transaction.commit(); !done) {
            return done.error();
        }
        return id;
    }();
    if (!saved) {
        (void)store.remove(*stored);
        (void)store.remove(*display);
        return saved.error();
    }
    return PhotoImport{*saved, dateWarning(photo.takenAt, place->date)};
}

Status PhotoRepository::setCaption(qint64 id, int version, const QString &caption)
{
    Transaction transaction(m_database);
    auto before = find(id);
    if (!before) {
        return before.error();
    }
    Query update(m_database, QStringLiteral("UPDATE activity_photo SET caption = ?, version = "
                                            "version + 1 WHERE id = ? AND version = ?"));
    update.bind(textValue(caption.simplified())).bind(id).bind(version);
    if (auto done = update.exec(); !done) {
        return done;
    }
    if (auto done = Records::checkVersionedWrite(m_database, QStringLiteral("activity_photo"), id,
                                                 update.rowsAffected());
        !done) {
        return done;
    }
    if (auto done = AuditLog(m_database)
                        .record(AuditAction::Update, entity, id, tr("Photo caption changed"),
                                {{QStringLiteral("caption"), before->caption}},
                                {{QStringLiteral("caption"), caption.simplified()}});
        !done) {
        return done;
    }
    return transaction.commit();
}

Status PhotoRepository::reorder(qint64 activityId, const QList<qint64> &photoIds)
{
    Transaction transaction(m_database);
    auto current = list(activityId);
    if (!current) {
        return current.error();
    }
    QSet<qint64> known;
    QJsonArray before;
    for (const Photo &p : *current) {
        known.insert(p.id);
        before.append(p.id);
    }
    const QSet<qint64> given(photoIds.cbegin(), photoIds.cend());
    if (given != known || photoIds.size() != current->size()) {
        return Error::invalid(tr("The new order must name every photo of the activity once."));
    }
    Query move(m_database, QStringLiteral("UPDATE activity_photo SET ordinal = ?, version = "
                                          "version + 1 WHERE id = ?"));
    QJsonArray after;
    for (qsizetype i = 0; i < photoIds.size(); ++i) {
        move.bind(static_cast<int>(i) + 1).bind(photoIds.at(i));
        if (auto done = move.exec(); !done) {
            return done;
        }
        after.append(photoIds.at(i));
    }
    if (auto done = AuditLog(m_database)
                        .record(AuditAction::Update, QStringLiteral("activity"), activityId,
                                tr("Photos reordered"), {{QStringLiteral("photos"), before}},
                                {{QStringLiteral("photos"), after}});
        !done) {
        return done;
    }
    return transaction.commit();
}

Status PhotoRepository::remove(qint64 id, int version)
{
    auto before = find(id);
    if (!before) {
        return before.error();
    }
    {
        Transaction transaction(m_database);
        Query remove(m_database,
                     QStringLiteral("DELETE FROM activity_photo WHERE id = ? AND version = ?"));
        remove.bind(id).bind(version);
        if (auto done = remove.exec(); !done) {
            return done;
        }
        if (auto done = Records::checkVersionedWrite(m_database, QStringLiteral("activity_photo"),
                                                     id, remove.rowsAffected());
            !done) {
            return done;
        }
        if (auto done = AuditLog(m_database)
                            .record(AuditAction::Delete, entity, id, tr("Photo removed"),
                                    toJson(*before), {});
            !done) {
            return done;
        }
        if (auto done = transaction.commit(); !done) {
            return done;
        }
    }
    discardFiles(*before);
    return {};
}

void PhotoRepository::discardFiles(const Photo &photo) const
{
    AttachmentStore store(m_folder);
    (void)store.remove(photo.storedPath);
    (void)store.remove(photo.displayPath);
}

Result<QString> PhotoRepository::absolutePath(const QString &relative) const
{
    return AttachmentStore(m_folder).absolutePath(relative);
}

} // namespace sisambang::db
