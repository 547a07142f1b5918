// SPDX-License-Identifier: GPL-3.0-or-later
#include "demorecords.h"

#include "attendance.h"
#include "database.h"
#include "followups.h"
#include "minutes.h"
#include "participants.h"
#include "photos.h"
#include "query.h"
#include "records.h"
#include "textkeys.h"

#include <QCoreApplication>

// Who came to the two meetings of 20 February 2023 and what was said there
// follow the story (the sekcam's commitment, Win Iskandar's appeal, the call
// to report alleged violations); the exact wording, the hours, the walk-ins,
// the follow-up items and everything about the March visits are INVENTED.
namespace sisambang::db {

namespace {

class DemoText
{
    Q_DECLARE_TR_FUNCTIONS(Demo)
};

Result<qint64> personNamed(const Database &database, const QString &fullName)
{
    Query query(database, QStringLiteral("SELECT id FROM person WHERE full_name = ?"));
    auto id = query.bind(fullName).scalar();
    if (!id) {
        return id.error();
    }
    if (!id->isValid()) {
        return Error::failed(DemoText::tr("The demo register lacks %1.").arg(fullName));
    }
    return id->toLongLong();
}

// The kepala desa (or lurah) of every kelurahan/desa of a kecamatan on a date.
Result<QList<qint64>> villageHeads(const Database &database, const QString &kecamatan,
                                   const QDate &date)
{
    Query query(database,
                QStringLiteral("SELECT pos.person_id FROM position pos JOIN institution i ON "
                               "i.id = pos.institution_id WHERE i.kind = 'village_office' AND "
                               "i.region_code LIKE ? || '.%' AND pos.title_key IN (?, ?) AND "
                               "(pos.start_date IS NULL OR pos.start_date <= ?) AND "
                               "(pos.end_date IS NULL OR pos.end_date >= ?) "
                               "ORDER BY i.region_code, pos.acting <> 'definitive', pos.id"));
    query.bind(kecamatan)
        .bind(textkeys::matchKey(u"Kepala Desa"))
        .bind(textkeys::matchKey(u"Lurah"))
        .bind(dateValue(date))
        .bind(dateValue(date));
    if (auto done = query.exec(); !done) {
        return done.error();
    }
    QList<qint64> heads;
    while (query.next()) {
        heads.append(query.value(0).toLongLong());
    }
    return heads;
}

struct MeetingScript
{
    QStringList invited; // full names, in the order of the sheet
    QStringList absent;  // invited but did not come
    bool villageHeads = false;
    WalkIn walkIn{};
    Minutes minutes{};
    QList<FollowUp> followUps{};
    QStringList captions{};
};

MeetingScript lubukBesarScript()
{
    MeetingScript s;
    s.invited = {QStringLiteral("H. Sahabudin, S.Sos."), QStringLiteral("IPTU Ridwan Kamil Syah"),
                 QStringLiteral("Win Iskandar"), QStringLiteral("Dedi Saputra, S.H.")};
    s.villageHeads = true;
    s.walkIn = {QStringLiteral("Muhammad Yusuf"),
                QStringLiteral("Ketua"),
                QStringLiteral("Karang Taruna Kecamatan Lubuk Besar"),
                QStringLiteral("0812 7160 2231"),
                Gender::Male,
                InstitutionKind::Organisation};
    s.minutes.start = QTime(9, 0);
    s.minutes.end = QTime(11, 45);
    s.minutes.chair = QStringLiteral("H. Sahabudin, S.Sos.");
    s.minutes.minuteTaker = QStringLiteral("Dedi Saputra, S.H.");
    s.minutes.agenda = QStringLiteral("Rapat Koordinasi Sambang Pengawasan: netralitas aparatur "
                                      "desa dan pengawasan partisipatif menjelang Pemilu 2024");
    s.minutes.points = {
        {QStringLiteral("H. Sahabudin, S.Sos. (Sekretaris Camat Lubuk Besar)"),
         QStringLiteral("Pemerintah Kecamatan Lubuk Besar berkomitmen mendukung pengawasan "
                        "Pemilu 2024 dan akan mengingatkan seluruh kepala desa beserta "
                        "perangkatnya untuk menjaga netralitas.")},
        {QStringLiteral("Win Iskandar (Kepala Sekretariat Bawaslu Kabupaten Bangka Tengah)"),
         QStringLiteral("Mengimbau aparatur desa agar tetap netral, tidak terlibat dalam "
                        "kegiatan politik praktis dan tidak menggunakan fasilitas desa untuk "
                        "kepentingan peserta pemilu.")},
        {QStringLiteral("Win Iskandar (Kepala Sekretariat Bawaslu Kabupaten Bangka Tengah)"),
         QStringLiteral("Mengajak seluruh peserta dan masyarakat melaporkan dugaan pelanggaran "
                        "pemilu kepada Bawaslu Kabupaten Bangka Tengah atau Panwaslu Kecamatan "
                        "Lubuk Besar.")},
        {QStringLiteral("IPTU Ridwan Kamil Syah (Kapolsek Lubuk Besar)"),
         QStringLiteral("Polsek Lubuk Besar siap mendukung pengawasan dan pengamanan tahapan "
                        "pemilu di wilayah Kecamatan Lubuk Besar.")},
    };
    s.minutes.conclusion =
        QStringLiteral("Peserta rapat sepakat menjaga netralitas aparatur desa, mendukung "
                       "pengawasan partisipatif, dan melaporkan dugaan pelanggaran pemilu kepada "
                       "Bawaslu.");
    FollowUp letter;
    letter.description = QStringLiteral("Menyampaikan surat edaran netralitas aparatur desa "
                                        "kepada seluruh kepala desa");
    letter.assignee = QStringLiteral("Sekretariat Kecamatan Lubuk Besar");
    letter.due = QDate(2023, 3, 3);
    FollowUp posters;
    posters.description = QStringLiteral("Memasang informasi saluran pengaduan Bawaslu di "
                                         "kantor desa");
    posters.assignee = QStringLiteral("Bawaslu Kabupaten Bangka Tengah");
    posters.due = QDate(2023, 3, 10);
    s.followUps = {letter, posters};
    s.captions = {
        QStringLiteral("Sekretaris Camat Lubuk Besar, H. Sahabudin, S.Sos., menyampaikan "
                       "komitmen Pemerintah Kecamatan mendukung pengawasan Pemilu 2024"),
        QStringLiteral("Kepala Sekretariat Bawaslu Kabupaten Bangka Tengah, Win Iskandar, "
                       "mengimbau aparatur desa menjaga netralitas")};
    return s;
}

MeetingScript kobaScript()
{
    MeetingScript s;
    s.invited = {QStringLiteral("Candra Buansyah"), QStringLiteral("AKP Joni Saputra, S.H."),
                 QStringLiteral("Wahyu Tri Buwono"), QStringLiteral("Yaumil Ikrom"),
                 QStringLiteral("Rina Marlina")};
    s.absent = {QStringLiteral("AKP Joni Saputra, S.H.")};
    s.walkIn = {QStringLiteral("Siti Rahmah"),
                QStringLiteral("Wartawan"),
                QStringLiteral("Harian Babel Pos"),
                QStringLiteral("0813 6650 7718"),
                Gender::Female,
                InstitutionKind::Media};
    s.minutes.start = QTime(13, 30);
    s.minutes.end = QTime(15, 50);
    s.minutes.chair = QStringLiteral("Wahyu Tri Buwono");
    s.minutes.minuteTaker = QStringLiteral("Rina Marlina");
    s.minutes.agenda = QStringLiteral("Rapat Koordinasi Sambang Pengawasan Kecamatan Koba");
    s.minutes.points = {
        {QStringLiteral("Wahyu Tri Buwono (Anggota Bawaslu Kabupaten Bangka Tengah)"),
         QStringLiteral("Menjelaskan program Sambang Pengawasan berdasarkan nota kesepahaman "
                        "dengan Kecamatan Koba: kunjungan ke setiap kelurahan/desa untuk "
                        "sosialisasi netralitas aparatur.")},
        {QStringLiteral("Candra Buansyah (Sekretaris Camat Koba)"),
         QStringLiteral("Pemerintah Kecamatan Koba berkomitmen memfasilitasi kunjungan Bawaslu "
                        "ke kelurahan dan desa serta mengingatkan aparatur untuk bersikap "
                        "netral.")},
        {QStringLiteral("Yaumil Ikrom (Bawaslu Provinsi Kepulauan Bangka Belitung)"),
         QStringLiteral("Menyampaikan tata cara melaporkan dugaan pelanggaran pemilu beserta "
                        "syarat formil dan materiil laporan, dan mengajak masyarakat aktif "
                        "melapor.")},
    };
    s.minutes.conclusion = QStringLiteral("Kunjungan sambang ke kelurahan/desa di Kecamatan Koba "
                                          "dijadwalkan mulai Maret 2023 dengan dukungan "
                                          "Pemerintah Kecamatan.");
    FollowUp schedule;
    schedule.description = QStringLiteral("Mengirim jadwal kunjungan sambang kepada Kecamatan "
                                          "Koba");
    schedule.assignee = QStringLiteral("Sekretariat Bawaslu Kabupaten Bangka Tengah");
    schedule.due = QDate(2023, 3, 1);
    s.followUps = {schedule};
    s.captions = {QStringLiteral("Anggota Bawaslu Kabupaten Bangka Tengah, Wahyu Tri Buwono, "
                                 "membuka rapat koordinasi di Homepage Cafe Padang Mulia"),
                  QStringLiteral("Yaumil Ikrom dari Bawaslu Provinsi Kepulauan Bangka Belitung "
                                 "menjelaskan tata cara pelaporan dugaan pelanggaran")};
    return s;
}

} // namespace

Status recordDemoMeeting(Database &database, qint64 activityId, DemoMeeting meeting,
                         const DemoPictures *pictures)
{
    const MeetingScript script =
        meeting == DemoMeeting::LubukBesar ? lubukBesarScript() : kobaScript();
    ParticipantRepository participants(database);
    QList<qint64> absent;
    for (const QString &name : script.invited) {
        auto person = personNamed(database, name);
        if (!person) {
            return person.error();
        }
        if (auto id = participants.invite(activityId, *person); !id) {
            return id.error();
        }
        if (script.absent.contains(name)) {
            absent.append(*person);
        }
    }
    if (script.villageHeads) {
        auto heads = villageHeads(database, QStringLiteral("19.04.06"), QDate(2023, 2, 20));
        if (!heads) {
            return heads.error();
        }
        for (qsizetype i = 0; i < heads->size(); ++i) {
            if (auto id = participants.invite(activityId, heads->at(i)); !id) {
                return id.error();
            }
            if (i == 1) { // one kepala desa sent word that he could not come
                absent.append(heads->at(i));
            }
        }
    }
    auto list = participants.list(activityId);
    if (!list) {
        return list.error();
    }
    QList<int> came;
    for (const Participant &p : *list) {
        if (!absent.contains(p.personId)) {
            came.append(p.number);
        }
    }
    AttendanceRepository attendance(database);
    if (auto done = attendance.setAttendedNumbers(activityId, came); !done) {
        return done;
    }
    if (auto id = attendance.addWalkIn(activityId, script.walkIn); !id) {
        return id.error();
    }
    Minutes minutes = script.minutes;
    minutes.activityId = activityId;
    if (auto done = MinutesRepository(database).save(minutes); !done) {
        return done;
    }
    FollowUpRepository followUps(database);
    for (FollowUp item : script.followUps) {
        item.activityId = activityId;
        if (auto id = followUps.add(item); !id) {
            return id.error();
        }
    }
    if (meeting == DemoMeeting::LubukBesar) {
        // The circular went out; the posters are still to be put up.
        auto items = followUps.forActivity(activityId);
        if (!items) {
            return items.error();
        }
        const FollowUp &letter = items->constFirst();
        if (auto done = followUps.close(letter.id, letter.version, QDate(2023, 2, 27),
                                        QStringLiteral("Surat edaran Camat Lubuk Besar "
                                                       "disampaikan kepada seluruh kepala desa"));
            !done) {
            return done;
        }
    }
    if (pictures != nullptr) {
        PhotoRepository photos(database);
        for (qsizetype i = 0; i < script.captions.size(); ++i) {
            const QString &caption = script.captions.at(i);
            const QByteArray jpeg =
                pictures->draw(caption, int(i) + (meeting == DemoMeeting::Koba ? 2 : 0));
            auto imported =
                photos.importData(activityId, jpeg, QStringLiteral("dokumentasi-%1.jpg").arg(i + 1),
                                  pictures->codec(), caption);
            if (!imported) {
                return imported.error();
            }
        }
    }
    return {};
}

Status recordDemoVisit(Database &database, qint64 activityId, bool followUp)
{
    ParticipantRepository participants(database);
    auto invited = participants.inviteUsualOfficials(activityId);
    if (!invited) {
        return invited.error();
    }
    QList<int> came;
    for (qsizetype i = 0; i + 1 < invited->size(); ++i) {
        came.append(int(i) + 1);
    }
    if (came.isEmpty()) {
        return Error::failed(
            DemoText::tr("The demo visit %1 has no officials to invite.").arg(activityId));
    }
    if (auto done = AttendanceRepository(database).setAttendedNumbers(activityId, came); !done) {
        return done;
    }
    if (followUp) {
        FollowUp item;
        item.activityId = activityId;
        item.description = QStringLiteral("Memasang spanduk netralitas aparatur desa di kantor "
                                          "desa");
        item.assignee = QStringLiteral("Kepala Desa");
        item.due = QDate(2023, 3, 24);
        if (auto id = FollowUpRepository(database).add(item); !id) {
            return id.error();
        }
    }
    return {};
}

} // namespace sisambang::db
