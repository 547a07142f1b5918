// SPDX-License-Identifier: GPL-3.0-or-later
// Documentation photos: turned upright by EXIF, reduced for display, dated,
// captioned, ordered and removed with their files; and the EXIF reader itself.
#include "attachments.h"
#include "audit.h"
#include "check.h"
#include "exif.h"
#include "photofixture.h"
#include "photos.h"
#include "qtphotocodec.h"
#include "schedulefixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace sisambang;

namespace {

const QString nibung = QStringLiteral("19.04.01.2003");

bool reddish(QRgb pixel)
{
    return qRed(pixel) > 180 && qBlue(pixel) < 80;
}

bool bluish(QRgb pixel)
{
    return qBlue(pixel) > 180 && qRed(pixel) < 80;
}

QImage stored(const db::PhotoRepository &photos, const QString &relative)
{
    auto path = photos.absolutePath(relative);
    REQUIRE(path.ok());
    QImage image(*path);
    REQUIRE_FALSE(image.isNull());
    return image;
}

// A visit of Nibung with one small photo.
struct OnePhotoFixture
{
    OnePhotoFixture()
        : visit(test::addActivity(fixture.db(), test::activityAt(nibung, QDate(2023, 3, 6))))
        , photos(fixture.db())
    {
        auto imported = photos.importData(visit, test::encoded(test::twoColours(8, 8), "JPEG"),
                                          QStringLiteral("foto.jpg"), imaging::QtPhotoCodec());
        REQUIRE(imported.ok());
        photoId = imported->id;
    }

    test::TestDatabase fixture;
    qint64 visit = 0;
    db::PhotoRepository photos;
    qint64 photoId = 0;
};

} // namespace

TEST_CASE("EXIF: orientation and DateTimeOriginal are read and damage is survived", "[photos]")
{
    const QByteArray jpeg =
        test::jpegWithExif(test::twoColours(8, 4), 6, QByteArrayLiteral("2023:03:06 09:15:00"));
    const db::ExifInfo info = db::readExif(jpeg);
    CHECK(info.orientation == 6);
    CHECK(info.dateTimeOriginal == QDateTime(QDate(2023, 3, 6), QTime(9, 15)));
    // Without EXIF, as PNG, cut anywhere, or a bogus date: the defaults.
    CHECK(db::readExif(test::encoded(test::twoColours(8, 4), "JPEG")).orientation == 1);
    CHECK(db::readExif(test::encoded(test::twoColours(8, 4), "PNG")).orientation == 1);
    for (qsizetype cut = 0; cut < 120; ++cut) {
        const db::ExifInfo partial = db::readExif(QByteArrayView(jpeg).first(cut));
        CHECK((partial.orientation == 1 || partial.orientation == 6));
    }
    const QByteArray zeros =
        test::jpegWithExif(test::twoColours(8, 4), 1, QByteArrayLiteral("0000:00:00 00:00:00"));
    CHECK_FALSE(db::readExif(zeros).dateTimeOriginal.isValid());
}

TEST_CASE("Photos: the EXIF orientation is applied to the stored picture", "[photos]")
{
    test::TestDatabase fixture;
    auto &database = fixture.db();
    const qint64 visit = test::addActivity(database, test::activityAt(nibung, QDate(2023, 3, 6)));
    db::PhotoRepository photos(database);
    const imaging::QtPhotoCodec codec;
    const QByteArray jpeg =
        test::jpegWithExif(test::twoColours(40, 20), 6, QByteArrayLiteral("2023:03:06 09:15:00"));
    auto imported = photos.importData(visit, jpeg, QStringLiteral("IMG_0001.JPG"), codec,
                                      QStringLiteral("Kepala desa membuka acara"));
    REQUIRE(imported.ok());
    CHECK(imported->warning.isEmpty()); // taken on the activity's day
    auto photo = photos.find(imported->id);
    REQUIRE(photo.ok());
    CHECK(photo->width == 20);
    CHECK(photo->height == 40);
    CHECK(photo->takenAt == QDateTime(QDate(2023, 3, 6), QTime(9, 15)));
    CHECK(photo->originalName == QStringLiteral("IMG_0001.JPG"));
    CHECK(photo->caption == QStringLiteral("Kepala desa membuka acara"));
    CHECK(photo->ordinal == 1);
    CHECK(photo->storedPath.startsWith(QStringLiteral("foto/")));

    // Rotated a quarter turn clockwise: the red left half is now on top.
    const QImage upright = stored(photos, photo->storedPath);
    REQUIRE(upright.size() == QSize(20, 40));
    CHECK(reddish(upright.pixel(10, 5)));
    CHECK(bluish(upright.pixel(10, 35)));
    const QImage display = stored(photos, photo->displayPath);
    CHECK(display.size() == QSize(20, 40));
    CHECK(reddish(display.pixel(10, 5)));
    // Both files live in the attachment folder beside the database.
    CHECK(photos.absolutePath(photo->storedPath)
              ->startsWith(db::AttachmentStore::folderFor(fixture.path())));
}

TEST_CASE("Photos: a date other than the activity's is warned about", "[photos]")
{
    test::TestDatabase fixture;
    auto &database = fixture.db();
    const qint64 visit = test::addActivity(database, test::activityAt(nibung, QDate(2023, 3, 6)));
    db::PhotoRepository photos(database);
    const imaging::QtPhotoCodec codec;
    auto imported = photos.importData(
        visit,
        test::jpegWithExif(test::twoColours(16, 8), 1, QByteArrayLiteral("2023:03:05 16:40:00")),
        QStringLiteral("kemarin.jpg"), codec);
    REQUIRE(imported.ok());
    CHECK(imported->warning.contains(QStringLiteral("5 Maret 2023")));
    CHECK(imported->warning.contains(QStringLiteral("6 Maret 2023")));
    // A picture without a date is not warned about.
    auto undated = photos.importData(visit, test::encoded(test::twoColours(16, 8), "PNG"),
                                     QStringLiteral("layar.png"), codec);
    REQUIRE(undated.ok());
    CHECK(undated->warning.isEmpty());
    auto png = photos.find(undated->id);
    REQUIRE(png.ok());
    CHECK(png->storedPath.endsWith(QStringLiteral(".png")));
    CHECK(png->displayPath.endsWith(QStringLiteral(".jpg")));
    CHECK_FALSE(png->takenAt.isValid());
    CHECK(png->ordinal == 2);
}

TEST_CASE("Photos: a large picture gets a reduced display copy and keeps its bytes", "[photos]")
{
    test::TestDatabase fixture;
    auto &database = fixture.db();
    const qint64 visit = test::addActivity(database, test::activityAt(nibung, QDate(2023, 3, 6)));
    db::PhotoRepository photos(database);
    const QByteArray jpeg = test::encoded(test::twoColours(2400, 1200), "JPEG");
    auto imported =
        photos.importData(visit, jpeg, QStringLiteral("besar.jpg"), imaging::QtPhotoCodec());
    REQUIRE(imported.ok());
    auto photo = photos.find(imported->id);
    REQUIRE(photo.ok());
    CHECK(photo->width == 2400);
    QFile original(*photos.absolutePath(photo->storedPath));
    REQUIRE(original.open(QIODevice::ReadOnly));
    CHECK(original.readAll() == jpeg); // upright already: stored as the camera wrote it
    CHECK(stored(photos, photo->displayPath).size() == QSize(1600, 800));
}

TEST_CASE("Photos: captions order and removal with the files", "[photos]")
{
    test::TestDatabase fixture;
    auto &database = fixture.db();
    const qint64 visit = test::addActivity(database, test::activityAt(nibung, QDate(2023, 3, 6)));
    db::PhotoRepository photos(database);
    const imaging::QtPhotoCodec codec;
    QList<qint64> ids;
    for (int i = 0; i < 3; ++i) {
        auto imported = photos.importData(visit, test::encoded(test::twoColours(8, 8), "JPEG"),
                                          QStringLiteral("foto.jpg"), codec);
        REQUIRE(imported.ok());
        ids << imported->id;
    }
    REQUIRE(photos.setCaption(ids.at(1), 1, QStringLiteral("Diskusi")).ok());
    CHECK(photos.setCaption(ids.at(1), 1, QStringLiteral("Lain")).error().code ==
          db::Error::Code::Conflict);
    REQUIRE(photos.reorder(visit, {ids.at(2), ids.at(1), ids.at(0)}).ok());
    CHECK(photos.reorder(visit, {ids.at(2)}).error().code == db::Error::Code::Invalid);
    auto list = photos.list(visit);
    REQUIRE(list.ok());
    CHECK(list->at(0).id == ids.at(2));
    CHECK(list->at(1).caption == QStringLiteral("Diskusi"));

    const db::Photo gone = list->at(2);
    const QString storedFile = *photos.absolutePath(gone.storedPath);
    const QString displayFile = *photos.absolutePath(gone.displayPath);
    REQUIRE(QFileInfo::exists(storedFile));
    REQUIRE(photos.remove(gone.id, gone.version).ok());
    CHECK_FALSE(QFileInfo::exists(storedFile));
    CHECK_FALSE(QFileInfo::exists(displayFile));
    CHECK(photos.list(visit)->size() == 2);
    db::AuditFilter filter;
    filter.entity = QStringLiteral("activity_photo");
    CHECK(db::AuditLog(database).entries(filter)->size() == 5); // 3 added, caption, removed
}

TEST_CASE("Photos: removing a planned activity removes its photo files", "[photos]")
{
    OnePhotoFixture one;
    auto &database = one.fixture.db();
    const qint64 visit = one.visit;
    db::PhotoRepository &photos = one.photos;
    auto photo = photos.find(one.photoId);
    REQUIRE(photo.ok());
    const QString storedFile = *photos.absolutePath(photo->storedPath);
    const QString displayFile = *photos.absolutePath(photo->displayPath);
    REQUIRE(QFileInfo::exists(storedFile));
    REQUIRE(QFileInfo::exists(displayFile));

    db::ActivityRepository activities(database);
    auto activity = activities.find(visit);
    REQUIRE(activity.ok());
    // A stale version removes nothing, files included.
    CHECK(activities.remove(visit, activity->version + 1).error().code ==
          db::Error::Code::Conflict);
    CHECK(QFileInfo::exists(storedFile));
    REQUIRE(activities.remove(visit, activity->version).ok());
    CHECK_FALSE(QFileInfo::exists(storedFile));
    CHECK_FALSE(QFileInfo::exists(displayFile));
    CHECK(photos.list(visit)->isEmpty());
}

TEST_CASE("Photos: what is not a picture is refused and nothing is written", "[photos]")
{
    test::TestDatabase fixture;
    auto &database = fixture.db();
    const qint64 visit = test::addActivity(database, test::activityAt(nibung, QDate(2023, 3, 6)));
    db::PhotoRepository photos(database);
    const imaging::QtPhotoCodec codec;
    QByteArray broken = test::encoded(test::twoColours(64, 64), "JPEG");
    broken.truncate(40);
    for (const QByteArray &data : {QByteArray("%PDF-1.4 not a photo"), broken,
                                   test::encoded(test::twoColours(4, 4), "BMP")}) {
        auto refused = photos.importData(visit, data, QStringLiteral("x.jpg"), codec);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == db::Error::Code::Invalid);
    }
    CHECK(photos.import(visit, fixture.folder() + QStringLiteral("/missing.jpg"), codec)
              .error()
              .code == db::Error::Code::NotFound);
    // A photo for an activity that does not exist writes no file either.
    CHECK(photos
              .importData(9999, test::encoded(test::twoColours(4, 4), "JPEG"),
                          QStringLiteral("x.jpg"), codec)
              .error()
              .code == db::Error::Code::NotFound);
    CHECK(test::countRows(database, QStringLiteral("activity_photo")) == 0);
    const QDir folder(db::AttachmentStore::folderFor(fixture.path()) + QStringLiteral("/foto"));
    CHECK(folder.entryList(QDir::Files).isEmpty());
}

TEST_CASE("Photos: the check reports a missing stored or display file", "[photos]")
{
    OnePhotoFixture one;
    auto &database = one.fixture.db();
    db::PhotoRepository &photos = one.photos;
    auto report = db::checkDatabase(database);
    REQUIRE(report.ok());
    CHECK(report->sound());
    auto photo = photos.find(one.photoId);
    REQUIRE(QFile::remove(*photos.absolutePath(photo->displayPath)));
    report = db::checkDatabase(database);
    REQUIRE(report.ok());
    REQUIRE(report->problems.size() == 1);
    CHECK(report->problems.first().contains(QStringLiteral("missing")));
    CHECK(report->problems.first().contains(QFileInfo(photo->displayPath).fileName()));
}
