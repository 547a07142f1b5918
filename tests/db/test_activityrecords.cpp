// SPDX-License-Identifier: GPL-3.0-or-later
// What is recorded around an activity: invited participants, attendance with
// walk-ins, minutes, follow-up items and what done activities still lack.
#include "activityrecords.h"
#include "attendance.h"
#include "audit.h"
#include "followups.h"
#include "minutes.h"
#include "participants.h"
#include "people.h"
#include "positions.h"
#include "registerfixture.h"
#include "schedulefixture.h"

using namespace sisambang;

namespace {

const QString nibung = QStringLiteral("19.04.01.2003");
const QString kurau = QStringLiteral("19.04.01.2005");

qint64 visitAt(db::Database &database, const QString &desa, const QDate &date)
{
    return test::addActivity(database, test::activityAt(desa, date));
}

// Nibung's officials, one former kepala desa and one Bhabinkamtibmas of the
// next desa; returns the person ids of the five current ones in printed order.
QList<qint64> nibungOfficials(db::Database &database)
{
    const qint64 kantor = test::addInstitution(database, QStringLiteral("Kantor Desa Nibung"),
                                               db::InstitutionKind::VillageOffice, nibung);
    const qint64 polsek =
        test::addInstitution(database, QStringLiteral("Polsek Koba"), db::InstitutionKind::Police,
                             QStringLiteral("19.04.01"));
    const qint64 koramil =
        test::addInstitution(database, QStringLiteral("Koramil Koba"),
                             db::InstitutionKind::Military, QStringLiteral("19.04.01"));
    const qint64 former = test::addPerson(database, QStringLiteral("Ahmad Dahlan"));
    test::addPosition(database, former, kantor, QStringLiteral("Kepala Desa"), QDate(2013, 1, 1),
                      db::ActingKind::Definitive, QDate(2019, 12, 1));
    const qint64 head = test::addPerson(database, QStringLiteral("Suparman"));
    test::addPosition(database, head, kantor, QStringLiteral("Kepala Desa"), QDate(2019, 12, 2));
    const qint64 clerk = test::addPerson(database, QStringLiteral("Siti Aminah, S.E."));
    test::addPosition(database, clerk, kantor, QStringLiteral("Sekretaris Desa"),
                      QDate(2020, 2, 1));
    const qint64 kaur = test::addPerson(database, QStringLiteral("Rudi Hartono"));
    test::addPosition(database, kaur, kantor, QStringLiteral("Kaur Umum"), QDate(2020, 2, 1));
    const qint64 bpd = test::addPerson(database, QStringLiteral("H. Abdullah"));
    test::addPosition(database, bpd, kantor, QStringLiteral("Ketua BPD"), QDate(2020, 2, 3));
    const qint64 bhabin =
        test::addPerson(database, QStringLiteral("Bripka Joko Susilo"), {}, nibung);
    test::addPosition(database, bhabin, polsek, QStringLiteral("Bhabinkamtibmas"),
                      QDate(2021, 7, 1));
    const qint64 otherBhabin =
        test::addPerson(database, QStringLiteral("Brigpol Andi Wijaya"), {}, kurau);
    test::addPosition(database, otherBhabin, polsek, QStringLiteral("Bhabinkamtibmas"),
                      QDate(2021, 7, 1));
    const qint64 babinsa =
        test::addPerson(database, QStringLiteral("Serka Bambang Irawan"), {}, nibung);
    test::addPosition(database, babinsa, koramil, QStringLiteral("Babinsa"), QDate(2020, 10, 1));
    return {head, clerk, bpd, bhabin, babinsa};
}

QList<qint64> personIds(const QList<db::Participant> &participants)
{
    QList<qint64> ids;
    for (const db::Participant &p : participants) {
        ids << p.personId;
    }
    return ids;
}

QList<int> numbers(const QList<db::Participant> &participants)
{
    QList<int> result;
    for (const db::Participant &p : participants) {
        result << p.number;
    }
    return result;
}

int auditEntries(db::Database &database, const QString &entity)
{
    db::AuditFilter filter;
    filter.entity = entity;
    auto entries = db::AuditLog(database).entries(filter);
    REQUIRE(entries.ok());
    return int(entries->size());
}

} // namespace

TEST_CASE("Participants: the usual officials of the desa are the current ones", "[records]")
{
    test::TestDatabase fixture;
    auto &database = fixture.db();
    const QList<qint64> officials = nibungOfficials(database);
    const qint64 visit = visitAt(database, nibung, QDate(2023, 3, 6));
    db::ParticipantRepository participants(database);

    auto invited = participants.inviteUsualOfficials(visit);
    REQUIRE(invited.ok());
    CHECK(invited->size() == 5);
    auto list = participants.list(visit);
    REQUIRE(list.ok());
    CHECK(personIds(*list) == officials);
    CHECK(numbers(*list) == QList<int>{1, 2, 3, 4, 5});
    CHECK(list->at(0).jabatan == QStringLiteral("Kepala Desa"));
    CHECK(list->at(0).institution == QStringLiteral("Kantor Desa Nibung"));
    CHECK(list->at(3).institution == QStringLiteral("Polsek Koba"));
    CHECK(list->at(3).institutionKind == db::InstitutionKind::Police);

    // Asked again: nobody twice.
    auto again = participants.inviteUsualOfficials(visit);
    REQUIRE(again.ok());
    CHECK(again->isEmpty());
    CHECK(participants.invite(visit, officials.first()).error().code == db::Error::Code::Conflict);

    // A kecamatan meeting has no usual officials of a desa.
    const qint64 meeting = visitAt(database, QStringLiteral("19.04.01"), QDate(2023, 3, 7));
    CHECK(participants.inviteUsualOfficials(meeting).error().code == db::Error::Code::Invalid);
}

TEST_CASE("Participants: candidates are filtered by desa or kecamatan and kind", "[records]")
{
    test::TestDatabase fixture;
    auto &database = fixture.db();
    const QList<qint64> officials = nibungOfficials(database);
    const qint64 visit = visitAt(database, nibung, QDate(2023, 3, 6));
    db::ParticipantRepository participants(database);
    REQUIRE(participants.invite(visit, officials.at(3)).ok());

    db::CandidateFilter police;
    police.institutionKind = db::InstitutionKind::Police;
    auto inDesa = participants.candidates(visit, police);
    REQUIRE(inDesa.ok());
    REQUIRE(inDesa->size() == 1);
    CHECK(inDesa->first().name == QStringLiteral("Bripka Joko Susilo"));
    CHECK(inDesa->first().invited);

    police.wholeKecamatan = true;
    auto inKecamatan = participants.candidates(visit, police);
    REQUIRE(inKecamatan.ok());
    CHECK(inKecamatan->size() == 2);

    // The former kepala desa no longer holds a post on the activity's date.
    db::CandidateFilter byName;
    byName.text = QStringLiteral("dahl");
    auto former = participants.candidates(visit, byName);
    REQUIRE(former.ok());
    CHECK(former->isEmpty());
    byName.text = QStringLiteral("supar");
    auto head = participants.candidates(visit, byName);
    REQUIRE(head.ok());
    REQUIRE(head->size() == 1);
    CHECK(head->first().jabatan == QStringLiteral("Kepala Desa"));
    CHECK_FALSE(head->first().invited);
}

TEST_CASE("Participants: guests are numbered and the gaps close until attendance is recorded",
          "[records]")
{
    test::TestDatabase fixture;
    auto &database = fixture.db();
    const qint64 visit = visitAt(database, nibung, QDate(2023, 3, 6));
    db::ParticipantRepository participants(database);
    QList<qint64> ids;
    for (const char *name : {"Guru SD", "Ketua RT 01", "Ketua RT 02", "Tokoh Agama"}) {
        auto id = participants.inviteGuest(visit, {.name = QLatin1String(name)});
        REQUIRE(id.ok());
        ids << *id;
    }
    CHECK(participants.inviteGuest(visit, {.name = QStringLiteral("  ")}).error().code ==
          db::Error::Code::Invalid);
    REQUIRE(participants.remove(ids.at(1)).ok());
    auto list = participants.list(visit);
    REQUIRE(list.ok());
    CHECK(numbers(*list) == QList<int>{1, 2, 3});
    CHECK(list->at(1).name == QStringLiteral("Ketua RT 02"));

    REQUIRE(participants.reorder(visit, {ids.at(3), ids.at(0), ids.at(2)}).ok());
    list = participants.list(visit);
    REQUIRE(list.ok());
    CHECK(list->at(0).name == QStringLiteral("Tokoh Agama"));
    CHECK(numbers(*list) == QList<int>{1, 2, 3});
    CHECK(participants.reorder(visit, {ids.at(3), ids.at(0)}).error().code ==
          db::Error::Code::Invalid);

    // Once the sheet has been used, numbers keep their meaning.
    REQUIRE(db::AttendanceRepository(database).setAttended(visit, 2, true).ok());
    CHECK(participants.remove(ids.at(0)).error().code == db::Error::Code::Invalid);
    CHECK(participants.reorder(visit, {ids.at(0), ids.at(3), ids.at(2)}).error().code ==
          db::Error::Code::Invalid);
    auto late = participants.inviteGuest(visit, {.name = QStringLiteral("Bidan Desa")});
    REQUIRE(late.ok());
    CHECK(participants.find(*late)->number == 4);
    CHECK(auditEntries(database, QStringLiteral("activity_invitee")) == 6);
}

TEST_CASE("Attendance: ticks by number and walk-ins are counted by gender and kind", "[records]")
{
    test::TestDatabase fixture;
    auto &database = fixture.db();
    const qint64 visit = visitAt(database, nibung, QDate(2023, 3, 6));
    db::ParticipantRepository participants(database);
    REQUIRE(participants
                .inviteGuest(visit, {.name = QStringLiteral("Suparman"),
                                     .institutionKind = db::InstitutionKind::VillageOffice,
                                     .gender = db::Gender::Male})
                .ok());
    REQUIRE(participants
                .inviteGuest(visit, {.name = QStringLiteral("Siti Aminah"),
                                     .institutionKind = db::InstitutionKind::VillageOffice,
                                     .gender = db::Gender::Female})
                .ok());
    REQUIRE(participants
                .inviteGuest(visit, {.name = QStringLiteral("Bripka Joko"),
                                     .institutionKind = db::InstitutionKind::Police,
                                     .gender = db::Gender::Male})
                .ok());
    db::AttendanceRepository attendance(database);
    CHECK_FALSE(attendance.hasAttendance(visit).value());
    REQUIRE(attendance.setAttendedNumbers(visit, {1, 3}).ok());
    REQUIRE(attendance.setAttendedNumbers(visit, {1, 2}).ok()); // 3 unticked, 2 ticked
    CHECK(attendance.setAttended(visit, 9, true).error().code == db::Error::Code::NotFound);
    CHECK(attendance.setAttendedNumbers(visit, {1, 9}).error().code == db::Error::Code::NotFound);
    auto walkIn =
        attendance.addWalkIn(visit, {.name = QStringLiteral("Ibu Ketua PKK"),
                                     .institution = QStringLiteral("PKK Desa Nibung"),
                                     .gender = db::Gender::Female,
                                     .institutionKind = db::InstitutionKind::Organisation});
    REQUIRE(walkIn.ok());
    CHECK(
        attendance.addWalkIn(visit, {.name = QStringLiteral("Warga"), .number = 2}).error().code ==
        db::Error::Code::Conflict);
    REQUIRE(attendance.addWalkIn(visit, {.name = QStringLiteral("Warga"), .number = 7}).ok());

    auto rows = attendance.rows(visit);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 5);
    CHECK(rows->at(0).attended);
    CHECK(rows->at(1).attended);
    CHECK_FALSE(rows->at(2).attended);
    CHECK(rows->at(3).walkIn);
    CHECK(rows->at(3).number == 4);
    CHECK(rows->at(4).number == 7);

    auto counts = attendance.counts(visit);
    REQUIRE(counts.ok());
    CHECK(counts->invited == 3);
    CHECK(counts->invitedCame == 2);
    CHECK(counts->walkIns == 2);
    CHECK(counts->total == 4);
    CHECK(counts->male == 1);
    CHECK(counts->female == 2);
    CHECK(counts->unknownGender == 1);
    CHECK(counts->byInstitutionKind.value(QStringLiteral("village_office")) == 2);
    CHECK(counts->byInstitutionKind.value(QStringLiteral("organisation")) == 1);
    CHECK(counts->byInstitutionKind.value(QStringLiteral("other")) == 1);
    CHECK_FALSE(counts->byInstitutionKind.contains(QStringLiteral("police")));

    // A new invitee never takes a row a walk-in signed.
    auto late = participants.inviteGuest(visit, {.name = QStringLiteral("Bidan Desa")});
    REQUIRE(late.ok());
    CHECK(participants.find(*late)->number == 8);
    REQUIRE(attendance.removeWalkIn(*walkIn).ok());
    CHECK(attendance.removeWalkIn(rows->at(0).attendanceId).error().code ==
          db::Error::Code::Invalid);
    // 3 ticks, 1 untick, 2 walk-ins, 1 walk-in removed.
    CHECK(auditEntries(database, QStringLiteral("activity_attendance")) == 7);
}

TEST_CASE("Attendance: a walk-in offered to the register becomes a person with a position",
          "[records]")
{
    test::TestDatabase fixture;
    auto &database = fixture.db();
    const qint64 visit = visitAt(database, nibung, QDate(2023, 3, 6));
    db::AttendanceRepository attendance(database);
    auto walkIn = attendance.addWalkIn(visit, {.name = QStringLiteral("Hj. Rosmala Dewi, S.Pd."),
                                               .jabatan = QStringLiteral("Plt. Kepala Sekolah"),
                                               .institution = QStringLiteral("SD Negeri 3 Koba"),
                                               .phone = QStringLiteral("0812-7160-2231"),
                                               .gender = db::Gender::Female});
    REQUIRE(walkIn.ok());
    auto personId = attendance.offerWalkInToRegister(*walkIn);
    REQUIRE(personId.ok());
    auto person = db::PersonRepository(database).find(*personId);
    REQUIRE(person.ok());
    CHECK(person->name.coreName == QStringLiteral("Rosmala Dewi"));
    CHECK(person->gender == db::Gender::Female);
    CHECK(person->regionCode == nibung);
    CHECK(person->phones == QStringList{QStringLiteral("+6281271602231")});
    auto positions = db::PositionRepository(database).historyOfPerson(*personId);
    REQUIRE(positions.ok());
    REQUIRE(positions->size() == 1);
    CHECK(positions->first().position.title == QStringLiteral("Kepala Sekolah"));
    CHECK(positions->first().position.acting == db::ActingKind::Plt);
    CHECK(positions->first().position.start == QDate(2023, 3, 6));
    CHECK(positions->first().institutionName == QStringLiteral("SD Negeri 3 Koba"));
    auto rows = attendance.rows(visit);
    REQUIRE(rows.ok());
    CHECK(rows->first().personId == *personId);
    CHECK(attendance.offerWalkInToRegister(*walkIn).error().code == db::Error::Code::Conflict);

    // The same institution is found, not made twice.
    auto colleague =
        attendance.addWalkIn(visit, {.name = QStringLiteral("Budi Santoso"),
                                     .jabatan = QStringLiteral("Guru"),
                                     .institution = QStringLiteral("SD Negeri 3 Koba")});
    REQUIRE(colleague.ok());
    REQUIRE(attendance.offerWalkInToRegister(*colleague).ok());
    CHECK(test::countRows(database, QStringLiteral("institution")) == 1);
}

TEST_CASE("Attendance: a walk-in the register refuses leaves nothing half-written", "[records]")
{
    test::TestDatabase fixture;
    auto &database = fixture.db();
    const qint64 visit = visitAt(database, nibung, QDate(2023, 3, 6));
    db::AttendanceRepository attendance(database);
    // The institution is new and valid; the phone number is not: nothing may stay.
    auto walkIn = attendance.addWalkIn(visit, {.name = QStringLiteral("Budi Santoso"),
                                               .jabatan = QStringLiteral("Ketua"),
                                               .institution = QStringLiteral("Karang Taruna"),
                                               .phone = QStringLiteral("12")});
    REQUIRE(walkIn.ok());
    const int auditBefore = test::countRows(database, QStringLiteral("audit_log"));
    auto refused = attendance.offerWalkInToRegister(*walkIn);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == db::Error::Code::Invalid);
    CHECK(test::countRows(database, QStringLiteral("person")) == 0);
    CHECK(test::countRows(database, QStringLiteral("institution")) == 0);
    CHECK(test::countRows(database, QStringLiteral("position")) == 0);
    CHECK(test::countRows(database, QStringLiteral("audit_log")) == auditBefore);
    CHECK(attendance.rows(visit)->first().personId == 0);
}

TEST_CASE("Marking an activity done requires its attendance", "[records]")
{
    test::TestDatabase fixture;
    auto &database = fixture.db();
    const qint64 visit = visitAt(database, nibung, QDate(2023, 3, 6));
    db::ActivityRepository activities(database);
    auto refused = activities.setStatus(visit, 1, db::ActivityStatus::Done);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == db::Error::Code::Invalid);
    CHECK(refused.error().message.contains(QStringLiteral("who came")));
    CHECK(activities.find(visit)->status == db::ActivityStatus::Planned);
    CHECK(activities.find(visit)->version == 1);

    REQUIRE(db::ParticipantRepository(database)
                .inviteGuest(visit, {.name = QStringLiteral("Suparman")})
                .ok());
    CHECK_FALSE(activities.setStatus(visit, 1, db::ActivityStatus::Done).ok()); // invited only
    REQUIRE(db::AttendanceRepository(database).setAttended(visit, 1, true).ok());
    REQUIRE(activities.setStatus(visit, 1, db::ActivityStatus::Done).ok());
    // Other changes never needed it.
    const qint64 other = visitAt(database, kurau, QDate(2023, 3, 7));
    REQUIRE(activities.setStatus(other, 1, db::ActivityStatus::Postponed).ok());
}

TEST_CASE("Minutes: points are kept in order and edits are version-checked", "[records]")
{
    test::TestDatabase fixture;
    auto &database = fixture.db();
    const qint64 visit = visitAt(database, nibung, QDate(2023, 3, 6));
    db::MinutesRepository repository(database);
    CHECK_FALSE(repository.find(visit)->has_value());
    db::Minutes minutes;
    minutes.activityId = visit;
    minutes.start = QTime(9, 0);
    minutes.end = QTime(11, 30);
    minutes.chair = QStringLiteral("Suparman");
    minutes.minuteTaker = QStringLiteral("Dedi Saputra, S.H.");
    minutes.agenda = QStringLiteral("Sambang Desa Nibung");
    minutes.points = {{QStringLiteral("Suparman"), QStringLiteral("Desa siap menjaga netralitas.")},
                      {QStringLiteral("Wahyu Tri Buwono"),
                       QStringLiteral("Laporkan dugaan pelanggaran kepada Bawaslu.")}};
    minutes.conclusion = QStringLiteral("Aparatur desa netral.");
    REQUIRE(repository.save(minutes).ok());
    CHECK(minutes.version == 1);
    auto stored = repository.find(visit);
    REQUIRE(stored.ok());
    REQUIRE(stored->has_value());
    const db::Minutes &read = **stored;
    CHECK(read.end == QTime(11, 30));
    REQUIRE(read.points.size() == 2);
    CHECK(read.points.at(1).speaker == QStringLiteral("Wahyu Tri Buwono"));

    db::Minutes stale = read;
    minutes.points.removeFirst();
    REQUIRE(repository.save(minutes).ok());
    CHECK(minutes.version == 2);
    stale.conclusion = QStringLiteral("Lain");
    CHECK(repository.save(stale).error().code == db::Error::Code::Conflict);
    CHECK((*repository.find(visit))->points.size() == 1);

    db::Minutes second;
    second.activityId = visit;
    second.start = QTime(9, 0);
    second.end = QTime(10, 0);
    CHECK(repository.save(second).error().code == db::Error::Code::Conflict);
    second.end = QTime(8, 0);
    second.points = {{QString(), QStringLiteral(" ")}};
    CHECK(repository.validate(second).size() == 2);

    CHECK(repository.remove(visit, 1).error().code == db::Error::Code::Conflict);
    REQUIRE(repository.remove(visit, 2).ok());
    CHECK_FALSE(repository.find(visit)->has_value());
    CHECK(test::countRows(database, QStringLiteral("activity_minutes_point")) == 0);
    CHECK(auditEntries(database, QStringLiteral("activity_minutes")) == 3);
}

TEST_CASE("Follow-ups: open items reach the next activity in the same desa until closed",
          "[records]")
{
    test::TestDatabase fixture;
    auto &database = fixture.db();
    const qint64 first = visitAt(database, nibung, QDate(2023, 3, 6));
    const qint64 elsewhere = visitAt(database, kurau, QDate(2023, 3, 7));
    const qint64 second = visitAt(database, nibung, QDate(2023, 3, 20));
    const qint64 third = visitAt(database, nibung, QDate(2023, 4, 3));
    db::FollowUpRepository followUps(database);
    db::FollowUp banner;
    banner.activityId = first;
    banner.description = QStringLiteral("Memasang spanduk netralitas");
    banner.assignee = QStringLiteral("Kepala Desa Nibung");
    banner.due = QDate(2023, 3, 17);
    auto bannerId = followUps.add(banner);
    REQUIRE(bannerId.ok());
    db::FollowUp kurauItem;
    kurauItem.activityId = elsewhere;
    kurauItem.description = QStringLiteral("Daftar tokoh pemuda");
    REQUIRE(followUps.add(kurauItem).ok());
    CHECK(followUps.add({.activityId = first}).error().code == db::Error::Code::Invalid);

    auto atSecond = followUps.openFor(second);
    REQUIRE(atSecond.ok());
    REQUIRE(atSecond->size() == 1);
    CHECK(atSecond->first().description == QStringLiteral("Memasang spanduk netralitas"));
    CHECK(atSecond->first().activityDate == QDate(2023, 3, 6));
    CHECK(atSecond->first().regionName == QStringLiteral("Desa Nibung"));
    CHECK(followUps.openFor(first)->isEmpty()); // its own items are not "carried"
    CHECK(followUps.openFor(third)->size() == 1);
    CHECK(followUps.open()->size() == 2);
    // An item of a meeting for the whole kecamatan reaches its desa too.
    const qint64 meeting = visitAt(database, QStringLiteral("19.04.01"), QDate(2023, 3, 10));
    db::FollowUp circular;
    circular.activityId = meeting;
    circular.description = QStringLiteral("Surat edaran netralitas");
    auto circularId = followUps.add(circular);
    REQUIRE(circularId.ok());
    CHECK(followUps.openFor(second)->size() == 2);
    CHECK(followUps.openFor(elsewhere)->isEmpty()); // 7 March: before the meeting
    REQUIRE(followUps.remove(*circularId, 1).ok());
    CHECK(followUps.open(QDate(2023, 3, 6))->size() == 1);

    auto item = followUps.find(*bannerId);
    REQUIRE(item.ok());
    CHECK(followUps.close(*bannerId, item->version, QDate(2023, 3, 1), {}).error().code ==
          db::Error::Code::Invalid); // before the activity
    REQUIRE(followUps
                .close(*bannerId, item->version, QDate(2023, 3, 20),
                       QStringLiteral("Spanduk terpasang"))
                .ok());
    CHECK(followUps.close(*bannerId, item->version, QDate(2023, 3, 21), {}).error().code ==
          db::Error::Code::Invalid);
    CHECK(followUps.openFor(third)->isEmpty());
    auto closed = followUps.find(*bannerId);
    REQUIRE(closed.ok());
    CHECK(closed->closed == QDate(2023, 3, 20));
    CHECK(closed->closingNote == QStringLiteral("Spanduk terpasang"));
    REQUIRE(followUps.reopen(*bannerId, closed->version).ok());
    CHECK(followUps.openFor(third)->size() == 1);
    db::FollowUp edited = *followUps.find(*bannerId);
    edited.due = QDate(2023, 3, 31);
    REQUIRE(followUps.update(edited).ok());
    CHECK(followUps.update(*closed).error().code == db::Error::Code::Conflict);
    CHECK(followUps.forActivity(first)->first().due == QDate(2023, 3, 31));
    REQUIRE(followUps.remove(*bannerId, edited.version).ok());
    // add x3, remove, close, reopen, update, remove
    CHECK(auditEntries(database, QStringLiteral("follow_up")) == 8);
}

TEST_CASE("Activity records: done activities lacking attendance minutes or photos", "[records]")
{
    test::TestDatabase fixture;
    auto &database = fixture.db();
    const qint64 complete = visitAt(database, nibung, QDate(2023, 3, 6));
    const qint64 partial = visitAt(database, kurau, QDate(2023, 3, 7));
    visitAt(database, nibung, QDate(2023, 3, 20)); // planned: nothing is missing yet
    db::AttendanceRepository attendance(database);
    db::ActivityRepository activities(database);
    for (qint64 id : {complete, partial}) {
        REQUIRE(attendance.addWalkIn(id, {.name = QStringLiteral("Warga")}).ok());
        REQUIRE(activities.setStatus(id, 1, db::ActivityStatus::Done).ok());
    }
    db::Minutes minutes;
    minutes.activityId = complete;
    minutes.start = QTime(9, 0);
    minutes.end = QTime(10, 0);
    REQUIRE(db::MinutesRepository(database).save(minutes).ok());
    REQUIRE(test::countRows(database, QStringLiteral("activity_photo")) == 0);

    db::ActivityRecords records(database);
    auto missing = records.missing();
    REQUIRE(missing.ok());
    REQUIRE(missing->size() == 2);
    CHECK(missing->at(0).activityId == complete);
    CHECK_FALSE(missing->at(0).attendance);
    CHECK_FALSE(missing->at(0).minutes);
    CHECK(missing->at(0).photos);
    CHECK(missing->at(1).activityId == partial);
    CHECK(missing->at(1).minutes);
    CHECK(missing->at(1).regionName == QStringLiteral("Desa Kurau (Timur)"));
    CHECK(records.missing(QDate(2023, 3, 7))->size() == 1);
    CHECK(records.missing({}, {}, QStringLiteral("19.04.06"))->isEmpty());

    // The dashboard's few newest, newest first, with the count of all.
    auto newest = records.newestMissing({}, 1);
    REQUIRE(newest.ok());
    REQUIRE(newest->newest.size() == 1);
    CHECK(newest->newest.first().activityId == partial);
    CHECK(newest->newest.first().regionName == QStringLiteral("Desa Kurau (Timur)"));
    CHECK(newest->total == 2);
    newest = records.newestMissing(QDate(2023, 3, 6), 10);
    REQUIRE(newest.ok());
    REQUIRE(newest->newest.size() == 1);
    CHECK(newest->newest.first().activityId == complete);
    CHECK(newest->total == 1);
    newest = records.newestMissing(QDate(2023, 3, 1), 10);
    REQUIRE(newest.ok());
    CHECK(newest->newest.isEmpty());
    CHECK(newest->total == 0);

    auto summary = records.summary(complete);
    REQUIRE(summary.ok());
    CHECK(summary->attended == 1);
    CHECK(summary->hasMinutes);
    CHECK(summary->photos == 0);
}

TEST_CASE("Activity records: Beranda's count is the number of incomplete done activities",
          "[records]")
{
    test::TestDatabase fixture;
    auto &database = fixture.db();
    // Every combination of the three records, on done activities over a month,
    // and a few activities that are not done (never counted).
    int incomplete = 0;
    for (int i = 0; i < 48; ++i) {
        const qint64 id = visitAt(database, i % 2 ? nibung : kurau, QDate(2023, 3, 1 + i % 28));
        const int records = i % 8;
        if (i % 12 == 11) {
            continue; // stays planned
        }
        REQUIRE(
            db::execute(database, QStringLiteral("UPDATE activity SET status = ? WHERE id = ?"),
                        {i % 12 == 5 ? QStringLiteral("cancelled") : QStringLiteral("done"), id})
                .ok());
        if (i % 12 != 5 && records != 7) {
            ++incomplete;
        }
        if (records & 1) {
            REQUIRE(db::execute(database,
                                QStringLiteral("INSERT INTO activity_attendance (activity_id, "
                                               "number, name) VALUES (?, 1, 'Warga')"),
                                {id})
                        .ok());
        }
        if (records & 2) {
            REQUIRE(db::execute(database,
                                QStringLiteral("INSERT INTO activity_minutes (activity_id, "
                                               "start_time, end_time) VALUES (?, '09:00', "
                                               "'10:00')"),
                                {id})
                        .ok());
        }
        if (records & 4) {
            REQUIRE(db::execute(database,
                                QStringLiteral("INSERT INTO activity_photo (activity_id, "
                                               "stored_path, display_path) VALUES (?, 'a.jpg', "
                                               "'a.jpg')"),
                                {id})
                        .ok());
        }
    }
    db::ActivityRecords records(database);
    for (const QDate &to : {QDate(), QDate(2023, 3, 1), QDate(2023, 3, 14), QDate(2023, 3, 28)}) {
        INFO("up to " << to.toString(Qt::ISODate).toStdString());
        auto missing = records.missing({}, to);
        REQUIRE(missing.ok());
        auto newest = records.newestMissing(to, 5);
        REQUIRE(newest.ok());
        CHECK(newest->total == missing->size());
        CHECK(newest->newest.size() == std::min<qsizetype>(5, missing->size()));
    }
    CHECK(records.newestMissing({}, 1)->total == incomplete);
    // The count reads done activities by status and date from an index alone.
    db::Query plan(database,
                   QStringLiteral("EXPLAIN QUERY PLAN SELECT count(*) FROM activity WHERE "
                                  "status = 'done' AND date <= '2023-03-14'"));
    REQUIRE(plan.exec().ok());
    REQUIRE(plan.next());
    CHECK(plan.value(3).toString().contains(QStringLiteral("COVERING INDEX activity_by_status")));
}
