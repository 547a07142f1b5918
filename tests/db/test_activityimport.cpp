// SPDX-License-Identifier: GPL-3.0-or-later
// Importing a schedule kept in a spreadsheet: columns and values as offices
// write them, errors naming row and column, all or nothing, idempotence, and
// the exported sheet read back.
#include "activityimport.h"
#include "activityrecords.h"
#include "attendance.h"
#include "audit.h"
#include "schedule.h"
#include "schedulefixture.h"
#include "spreadsheet.h"

#include <QFile>
#include <QTemporaryDir>

using namespace sisambang;

namespace {

QString writeFile(const QTemporaryDir &folder, const QString &name, const QByteArray &bytes)
{
    const QString path = folder.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

db::ActivityImportPreview previewOf(db::ActivityImport &import)
{
    auto preview = import.preview();
    INFO((preview ? QString() : preview.error().message).toStdString());
    REQUIRE(preview.ok());
    return *preview;
}

const QByteArray goodSchedule =
    "Tanggal,Jam,Kecamatan,Desa,Kegiatan,Tempat,Petugas\r\n"
    "\"Senin, 6 Maret 2023\",09.00-12.00 WIB,Koba,Nibung,Sambang Desa,,\"Wahyu Tri Buwono; "
    "Dedi Saputra, S.H.\"\r\n"
    "2023-03-07,09.00 s.d. selesai,Kec. Lubuk Besar,Desa Kulur,Sosialisasi Netralitas Aparatur "
    "Desa,Balai Desa Kulur,Wahyu Tri Buwono\r\n"
    "07/03/2023,13.30 - 15.30,Koba,,Rapat Koordinasi,Kantor Camat Koba,\r\n";

} // namespace

TEST_CASE("Times as schedules write them", "[activityimport]")
{
    QTime start;
    QTime end;
    REQUIRE(db::ActivityImport::parseTimes(QStringLiteral("09.00-12.00"), start, end));
    CHECK(start == QTime(9, 0));
    CHECK(end == QTime(12, 0));
    REQUIRE(db::ActivityImport::parseTimes(QStringLiteral("13:30 \u2013 16:00 WITA"), start, end));
    CHECK(start == QTime(13, 30));
    CHECK(end == QTime(16, 0));
    REQUIRE(db::ActivityImport::parseTimes(QStringLiteral("9.00 WIB s.d. Selesai"), start, end));
    CHECK(end == QTime(12, 0));
    REQUIRE(db::ActivityImport::parseTimes(QStringLiteral("08.00 s/d 10.30"), start, end));
    CHECK(end == QTime(10, 30));
    REQUIRE(db::ActivityImport::parseTimes(QStringLiteral("0.375"), start, end)); // a time cell
    CHECK(start == QTime(9, 0));
    CHECK_FALSE(db::ActivityImport::parseTimes(QStringLiteral("pagi"), start, end));
    CHECK_FALSE(db::ActivityImport::parseTimes(QStringLiteral("12.00-09.00"), start, end));
    CHECK_FALSE(db::ActivityImport::parseTimes(QStringLiteral("25.00"), start, end));

    QString title;
    CHECK(db::ActivityImport::parseKind(QStringLiteral("sambang desa"), title) ==
          db::ActivityKind::VillageVisit);
    CHECK(title.isEmpty());
    CHECK(db::ActivityImport::parseKind(QStringLiteral("Rapat Koordinasi Pengawasan"), title) ==
          db::ActivityKind::CoordinationMeeting);
    CHECK(title == QStringLiteral("Rapat Koordinasi Pengawasan"));
    CHECK(db::ActivityImport::parseKind(QStringLiteral("Rapat Koordinasi Sambang Pengawasan"),
                                        title) == db::ActivityKind::CoordinationMeeting);
    CHECK(db::ActivityImport::parseKind(QStringLiteral("Apel Siaga"), title) ==
          db::ActivityKind::Other);
    CHECK_FALSE(db::ActivityImport::parseKind(QStringLiteral(" "), title).has_value());
}

TEST_CASE("A CSV schedule is previewed then imported once", "[activityimport]")
{
    test::TestDatabase fixture;
    auto &database = fixture.db();
    const qint64 wahyu = test::addPerson(database, QStringLiteral("Wahyu Tri Buwono"));
    const qint64 dedi = test::addPerson(database, QStringLiteral("Dedi Saputra, S.H."));
    const qint64 agreement = test::addAgreement(database, {QStringLiteral("19.04.01.2003")});
    QTemporaryDir folder;
    const QString path = writeFile(folder, QStringLiteral("jadwal.csv"), goodSchedule);

    db::ActivityImport import(database);
    REQUIRE(import.load(path).ok());
    CHECK(import.unrecognisedHeaders().isEmpty());
    const auto preview = previewOf(import);
    REQUIRE(preview.rows.size() == 3);
    CHECK(preview.count(db::ImportOutcome::New) == 3);
    CHECK(test::countRows(database, QStringLiteral("activity")) == 0); // a preview writes nothing

    const db::Activity &nibung = preview.rows.at(0).activity;
    CHECK(preview.rows.at(0).line == 2);
    CHECK(nibung.date == QDate(2023, 3, 6));
    CHECK(nibung.regionCode == QStringLiteral("19.04.01.2003"));
    CHECK(nibung.venue == QStringLiteral("Kantor Desa Nibung"));
    CHECK(nibung.kind == db::ActivityKind::VillageVisit);
    CHECK(nibung.agreementId == agreement); // the MoU covering Nibung that day
    REQUIRE(nibung.officers.size() == 2);
    CHECK(nibung.officers.at(0).personId == wahyu);
    CHECK(nibung.officers.at(0).role == db::OfficerRole::Speaker);
    CHECK(nibung.officers.at(1).personId == dedi);
    const db::Activity &kulur = preview.rows.at(1).activity;
    CHECK(kulur.regionCode == QStringLiteral("19.04.06.2004"));
    CHECK(kulur.end == QTime(12, 0));
    CHECK(kulur.kind == db::ActivityKind::Socialisation);
    CHECK(kulur.title == QStringLiteral("Sosialisasi Netralitas Aparatur Desa"));
    CHECK(kulur.agreementId == 0);
    const db::Activity &meeting = preview.rows.at(2).activity;
    CHECK(meeting.regionCode == QStringLiteral("19.04.01")); // no desa: the kecamatan
    CHECK(meeting.kind == db::ActivityKind::CoordinationMeeting);
    CHECK(meeting.officers.isEmpty());

    auto summary = import.commit();
    REQUIRE(summary.ok());
    CHECK(summary->added == QList<int>{2, 3, 4});
    CHECK(test::countRows(database, QStringLiteral("activity")) == 3);
    db::AuditFilter filter;
    filter.entity = QStringLiteral("activity");
    auto entries = db::AuditLog(database).entries(filter);
    REQUIRE(entries.ok());
    CHECK(entries->first().action == db::AuditAction::Import);
    CHECK(entries->first().summary.startsWith(QStringLiteral("jadwal.csv")));

    // The same file again adds nothing.
    db::ActivityImport again(database);
    REQUIRE(again.load(path).ok());
    const auto second = previewOf(again);
    CHECK(second.count(db::ImportOutcome::Unchanged) == 3);
    auto secondSummary = again.commit();
    REQUIRE(secondSummary.ok());
    CHECK(secondSummary->added.isEmpty());
    CHECK(test::countRows(database, QStringLiteral("activity")) == 3);
}

TEST_CASE("Import errors name the row and the column and nothing is written", "[activityimport]")
{
    test::TestDatabase fixture;
    auto &database = fixture.db();
    test::addPerson(database, QStringLiteral("Wahyu Tri Buwono"));
    QTemporaryDir folder;
    const QString path =
        writeFile(folder, QStringLiteral("salah.csv"),
                  "tanggal;jam;kecamatan;desa;kegiatan;tempat;petugas\n"
                  "2023-03-06;09.00-12.00;Koba;Nibung;Sambang Desa;;Wahyu Tri Buwono\n"
                  "31/02/2023;09.00-12.00;Koba;Nibung;Sambang Desa;;\n"
                  "2023-03-08;pagi;Koba;Nibung;Sambang Desa;;\n"
                  "2023-03-09;09.00;Koba;Atlantis;Sambang Desa;;\n"
                  "2023-03-10;09.00;Koba;Nibung;Sambang Desa;;Budi Tidak Ada\n"
                  "2023-03-13;09.00;Koba;Nibung;;;\n"
                  "2023-03-06;09.00-12.00;Koba;Nibung;Sambang Desa;;\n");
    db::ActivityImport import(database);
    REQUIRE(import.load(path).ok());
    const auto preview = previewOf(import);
    REQUIRE(preview.rows.size() == 7);
    CHECK(preview.rows.at(0).outcome == db::ImportOutcome::New);
    auto reasonOf = [&](int row) {
        return preview.rows.at(row).reasons.join(u' ');
    };
    for (int row = 1; row <= 5; ++row) {
        INFO(reasonOf(row).toStdString());
        CHECK(preview.rows.at(row).outcome == db::ImportOutcome::Error);
        CHECK(reasonOf(row).startsWith(QStringLiteral("Row %1, column ").arg(row + 2)));
    }
    CHECK(reasonOf(1).contains(QStringLiteral("column tanggal")));
    CHECK(reasonOf(1).contains(QStringLiteral("31/02/2023")));
    CHECK(reasonOf(2).contains(QStringLiteral("column jam")));
    CHECK(reasonOf(3).contains(QStringLiteral("column desa")));
    CHECK(reasonOf(3).contains(QStringLiteral("Atlantis")));
    CHECK(reasonOf(4).contains(QStringLiteral("column petugas")));
    CHECK(reasonOf(4).contains(QStringLiteral("Budi Tidak Ada")));
    CHECK(reasonOf(5).contains(QStringLiteral("column kegiatan")));
    CHECK(preview.rows.at(6).outcome == db::ImportOutcome::Duplicate);
    CHECK(reasonOf(6).contains(QStringLiteral("row 2")));

    auto refused = import.commit();
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("5")));
    CHECK(test::countRows(database, QStringLiteral("activity")) == 0);

    // A file without the needed columns is refused at once, naming them.
    const QString bare = writeFile(folder, QStringLiteral("kolom.csv"),
                                   "Tanggal,Desa,Kegiatan\n2023-03-06,Nibung,Sambang Desa\n");
    auto loaded = db::ActivityImport(database).load(bare);
    REQUIRE_FALSE(loaded.ok());
    CHECK(loaded.error().message.contains(QStringLiteral("jam")));
    CHECK(loaded.error().message.contains(QStringLiteral("kecamatan")));
}

TEST_CASE("Imported rows that clash are imported with a warning", "[activityimport]")
{
    test::TestDatabase fixture;
    auto &database = fixture.db();
    QTemporaryDir folder;
    const QString path =
        writeFile(folder, QStringLiteral("sabtu.csv"),
                  "Tanggal,Jam,Kecamatan,Desa,Kegiatan\n"
                  "2023-03-11,19.30-21.30,Lubuk Besar,Kulur,Sosialisasi Karang Taruna\n");
    db::ActivityImport import(database);
    REQUIRE(import.load(path).ok());
    const auto preview = previewOf(import);
    REQUIRE(preview.rows.size() == 1);
    CHECK(preview.rows.first().outcome == db::ImportOutcome::New);
    REQUIRE(preview.rows.first().warnings.size() == 1);
    CHECK(preview.rows.first().warnings.first().contains(QStringLiteral("Saturday")));
    REQUIRE(import.commit().ok());
    CHECK(test::countRows(database, QStringLiteral("activity")) == 1);
}

TEST_CASE("An exported XLSX schedule imports back unchanged", "[activityimport]")
{
    test::TestDatabase fixture;
    auto &database = fixture.db();
    const qint64 wahyu = test::addPerson(database, QStringLiteral("Wahyu Tri Buwono"));
    const qint64 nurul = test::addPerson(database, QStringLiteral("Nurul Fitriani, S.Pd."));
    db::Activity visit = test::activityAt(QStringLiteral("19.04.01.1017"), QDate(2023, 3, 6));
    visit.officers = {{wahyu, db::OfficerRole::Speaker}, {nurul, db::OfficerRole::Companion}};
    visit.topic = QStringLiteral("Netralitas aparatur kelurahan");
    test::addActivity(database, visit);
    db::Activity meeting = test::activityAt(QStringLiteral("19.04.06"), QDate(2023, 3, 7),
                                            QTime(13, 30), QTime(16, 0));
    meeting.kind = db::ActivityKind::CoordinationMeeting;
    meeting.title = QStringLiteral("Rapat Koordinasi Kecamatan");
    meeting.venue = QStringLiteral("Gedung Serba Guna Kecamatan Lubuk Besar");
    const qint64 meetingId = test::addActivity(database, meeting);
    REQUIRE(db::AttendanceRepository(database)
                .addWalkIn(meetingId, {.name = QStringLiteral("Sekretaris Camat")})
                .ok());
    REQUIRE(
        db::ActivityRepository(database).setStatus(meetingId, 1, db::ActivityStatus::Done).ok());

    auto data = documents::loadScheduleData(database, {});
    REQUIRE(data.ok());
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("jadwal.xlsx"));
    REQUIRE(documents::SpreadsheetWriter::writeXlsx(documents::scheduleWorkbook(*data), path).ok());

    // Into the same database: everything is there already.
    db::ActivityImport same(database);
    REQUIRE(same.load(path).ok());
    CHECK(same.unrecognisedHeaders().isEmpty());
    CHECK(previewOf(same).count(db::ImportOutcome::Unchanged) == 2);

    // Into an emptied schedule: the same activities again.
    REQUIRE(db::execute(database, QStringLiteral("DELETE FROM activity")).ok());
    db::ActivityImport emptied(database);
    REQUIRE(emptied.load(path).ok());
    {
        // The done meeting comes without attendance, which the preview says.
        auto preview = previewOf(emptied);
        REQUIRE(preview.rows.size() == 2);
        CHECK(preview.rows.at(0).warnings.isEmpty());
        REQUIRE(preview.rows.at(1).warnings.size() == 1);
        CHECK(preview.rows.at(1).warnings.at(0).contains(QStringLiteral("attendance")));
    }
    REQUIRE(emptied.commit().ok());
    auto stored = db::ActivityRepository(database).list();
    REQUIRE(stored.ok());
    REQUIRE(stored->size() == 2);
    CHECK(stored->at(0).regionCode == QStringLiteral("19.04.01.1017"));
    CHECK(stored->at(0).venue == QStringLiteral("Kantor Kelurahan Berok"));
    CHECK(stored->at(0).topic == QStringLiteral("Netralitas aparatur kelurahan"));
    REQUIRE(stored->at(0).officers.size() == 2);
    CHECK(stored->at(0).officers.at(1).personId == nurul);
    CHECK(stored->at(1).regionCode == QStringLiteral("19.04.06"));
    CHECK(stored->at(1).start == QTime(13, 30));
    CHECK(stored->at(1).title == QStringLiteral("Rapat Koordinasi Kecamatan"));
    CHECK(stored->at(1).status == db::ActivityStatus::Done);
    auto missing = db::ActivityRecords(database).missing({}, {});
    REQUIRE(missing.ok());
    REQUIRE(missing->size() == 1);
    CHECK(missing->at(0).attendance);
}
