// SPDX-License-Identifier: GPL-3.0-or-later
#include "activitysamples.h"

#include "sampledocuments.h"

using namespace sisambang::documents;

namespace sisambang::test {

OfficeContext sampleOffice(db::PaperSize paper)
{
    return {.profile = sampleProfile(paper),
            .regency = sampleRegency(),
            .timeZone = QStringLiteral("WIB")};
}

db::Activity sampleActivity()
{
    db::Activity activity;
    activity.id = 1;
    activity.kind = db::ActivityKind::CoordinationMeeting;
    activity.title = QStringLiteral("Rapat Koordinasi Sambang Pengawasan");
    activity.regionCode = QStringLiteral("19.04.05");
    activity.regionName = QStringLiteral("Kecamatan Lubuk Besar");
    activity.districtCode = QStringLiteral("19.04.05");
    activity.districtName = QStringLiteral("Lubuk Besar");
    activity.venue = QStringLiteral("Gedung Serba Guna Kecamatan Lubuk Besar");
    activity.date = QDate(2023, 2, 20);
    activity.start = QTime(9, 0);
    activity.end = QTime(12, 0);
    activity.topic = QStringLiteral("Netralitas aparatur desa menjelang Pemilihan Umum Tahun 2024");
    activity.status = db::ActivityStatus::Done;
    activity.officers = {
        {.personId = 2, .role = db::OfficerRole::Speaker, .name = QStringLiteral("Win Iskandar")},
        {.personId = 3,
         .role = db::OfficerRole::Companion,
         .name = QStringLiteral("Yaumil Ikrom")}};
    return activity;
}

QList<ActivityPerson> numberedPeople(int count)
{
    QList<ActivityPerson> people;
    for (int i = 1; i <= count; ++i) {
        const QString number = QStringLiteral("%1").arg(i, 3, 10, QLatin1Char('0'));
        people << ActivityPerson{.name = QStringLiteral("Peserta ") + number,
                                 .position = QStringLiteral("Kepala Desa ") + number,
                                 .phone = QStringLiteral("0812-7000-") +
                                          QStringLiteral("%1").arg(i, 4, 10, QLatin1Char('0'))};
    }
    return people;
}

QList<ActivityPerson> sampleInvitees()
{
    return {
        {.name = QStringLiteral("Sahabudin"),
         .position = QStringLiteral("Sekretaris Camat"),
         .institution = QStringLiteral("Kecamatan Lubuk Besar"),
         .phone = QStringLiteral("0812-7100-0001")},
        {.name = QStringLiteral("Iptu Rudi Hartono, S.H."),
         .position = QStringLiteral("Kapolsek Lubuk Besar"),
         .institution = QStringLiteral("Polsek Lubuk Besar"),
         .phone = QStringLiteral("0812-7100-0002")},
        {.name = QStringLiteral("Siti Aminah"),
         .position = QStringLiteral("Kepala Desa"),
         .institution = QStringLiteral("Desa Lubuk Besar"),
         .phone = QStringLiteral("0812-7100-0003")},
        {.name = QStringLiteral("Muhammad Rizky Pratama"),
         .position = QStringLiteral("Kepala Desa"),
         .institution = QStringLiteral("Desa Perlang")},
        {.name = QStringLiteral("Dewi Lestari"),
         .position = QStringLiteral("Ketua BPD"),
         .institution = QStringLiteral("Desa Kulur")},
    };
}

InvitationData sampleInvitation(InvitationLayout layout)
{
    return {.office = sampleOffice(),
            .activity = sampleActivity(),
            .letterNumber = QStringLiteral("012/PM.00.02/K.BB-04/02/2023"),
            .letterDate = QDate(2023, 2, 15),
            .basis = QStringLiteral("pelaksanaan Nota Kesepahaman antara Badan Pengawas Pemilihan "
                                    "Umum Kabupaten Bangka Tengah dengan Kecamatan Lubuk Besar "
                                    "tentang Sambang Pengawasan"),
            .invitees = sampleInvitees(),
            .copies = {QStringLiteral("Ketua Bawaslu Provinsi Kepulauan Bangka Belitung;"),
                       QStringLiteral("Camat Lubuk Besar.")},
            .contact = QStringLiteral("Yaumil Ikrom (0812-7000-0001)"),
            .signer = OfficeSigner::Secretary,
            .layout = layout};
}

AttendanceSheetData sampleAttendance(const QList<ActivityPerson> &people, int blankRows)
{
    return {.office = sampleOffice(),
            .activity = sampleActivity(),
            .participants = people,
            .blankRows = blankRows,
            .hostName = QStringLiteral("Kecamatan Lubuk Besar"),
            .hostSigner = Signature{.role = QStringLiteral("Sekretaris Camat Lubuk Besar"),
                                    .name = QStringLiteral("Sahabudin")}};
}

MinutesData sampleMinutes()
{
    return {
        .office = sampleOffice(),
        .activity = sampleActivity(),
        .startedAt = QTime(9, 15),
        .endedAt = QTime(11, 40),
        .chair = {.name = QStringLiteral("Sahabudin"),
                  .role = QStringLiteral("Sekretaris Camat Lubuk Besar")},
        .minuteTaker = {.name = QStringLiteral("Yaumil Ikrom"),
                        .role = QStringLiteral("Staf Sekretariat Bawaslu Kabupaten Bangka Tengah")},
        .participantCount = 23,
        .discussion =
            {{.speaker = QStringLiteral("Sahabudin (Sekretaris Camat Lubuk Besar)"),
              .text =
                  QStringLiteral("Pemerintah Kecamatan Lubuk Besar berkomitmen mendukung "
                                 "pengawasan partisipatif dan menjaga netralitas aparatur desa.")},
             {.speaker = QStringLiteral(
                  "Win Iskandar (Kepala Sekretariat Bawaslu Kabupaten Bangka Tengah)"),
              .text = QStringLiteral("Mengimbau kepala desa dan perangkat desa untuk tidak "
                                     "terlibat dalam kegiatan kampanye peserta Pemilu.")},
             {.speaker = QStringLiteral("Iptu Rudi Hartono, S.H. (Kapolsek Lubuk Besar)"),
              .text = QStringLiteral("Polsek siap mendukung pengamanan tahapan Pemilu.")},
             {.text = QStringLiteral("Peserta diajak melaporkan dugaan pelanggaran Pemilu kepada "
                                     "Bawaslu Kabupaten Bangka Tengah.")}},
        .conclusions = {QStringLiteral(
                            "Aparatur desa se-Kecamatan Lubuk Besar menjaga netralitas."),
                        QStringLiteral("Sambang ke setiap desa dilaksanakan mulai Maret 2023.")},
        .followUps = {{.action =
                           QStringLiteral("Menyusun jadwal sambang desa se-Kecamatan Lubuk Besar"),
                       .responsible = QStringLiteral("Sekretariat Bawaslu"),
                       .due = QDate(2023, 3, 1)},
                      {.action = QStringLiteral("Menyampaikan daftar kontak kepala desa"),
                       .responsible = QStringLiteral("Kantor Camat Lubuk Besar"),
                       .due = QDate(2023, 2, 24)}},
    };
}

ActivityReportData sampleReport(int photos)
{
    const MinutesData minutes = sampleMinutes();
    ActivityReportData data{
        .office = sampleOffice(),
        .activity = sampleActivity(),
        .agreement =
            AgreementReference{.title = QStringLiteral("Sambang Pengawasan"),
                               .numbers = {QStringLiteral("001/PM.04/K.BB-04/02/2023"),
                                           QStringLiteral("100/045/LB/2023")},
                               .signedOn = QDate(2023, 2, 20),
                               .parties = {QStringLiteral("Bawaslu Kabupaten Bangka Tengah"),
                                           QStringLiteral("Kecamatan Lubuk Besar")}},
        .participants = sampleInvitees(),
        .participantCount = 23,
        .discussion = minutes.discussion,
        .conclusions = minutes.conclusions,
        .followUps = minutes.followUps,
        .reporter = MinutesSigner{.name = QStringLiteral("Yaumil Ikrom"),
                                  .role = QStringLiteral("Staf Sekretariat")},
    };
    const QStringList captions = {
        QStringLiteral("Sekretaris Camat Lubuk Besar membuka rapat koordinasi"),
        QStringLiteral("Win Iskandar menyampaikan imbauan netralitas aparatur desa"),
        QStringLiteral("Peserta rapat dari unsur kepala desa"),
        QStringLiteral("Penyampaian tata cara melaporkan dugaan pelanggaran"),
        QStringLiteral("Foto bersama peserta rapat"),
    };
    for (int i = 0; i < photos; ++i) {
        data.photos << ReportPhoto{
            .image = samplePhoto(QStringLiteral("Foto %1").arg(i + 1),
                                 i % 3 == 2 ? QSize(900, 1200) : QSize(1600, 1200), i * 7),
            .caption = captions.at(i % captions.size())};
    }
    return data;
}

} // namespace sisambang::test
