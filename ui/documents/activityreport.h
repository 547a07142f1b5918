// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activityparts.h"
#include "agreements.h"
#include "minutesdocument.h"

#include <QImage>

namespace sisambang::documents {

// The agreement an activity is held under, as the report's dasar cites it.
struct AgreementReference
{
    QString kind = QStringLiteral("Nota Kesepahaman"); // or "Perjanjian Kerja Sama"
    QString title{};                                   // "Sambang Pengawasan"
    QStringList numbers{};                             // each party's number
    QDate signedOn{};
    QStringList parties{}; // institutions, PIHAK PERTAMA first
};
AgreementReference agreementReference(const db::Agreement &agreement);
// "Nota Kesepahaman antara A dengan B Nomor X dan Y tanggal 20 Februari 2023
// tentang Sambang Pengawasan".
QString agreementCitation(const AgreementReference &reference);

// A documentation photo: a file (read with its EXIF orientation) or an image
// already in memory (used when set).
struct ReportPhoto
{
    QString path{};
    QImage image{};
    QString caption{};
};

// What the activity report (laporan kegiatan) is built from.
struct ActivityReportData
{
    OfficeContext office{};
    db::Activity activity{};
    std::optional<AgreementReference> agreement{};
    QStringList legalBasis{};             // more dasar lines after the agreement
    QString purpose{};                    // maksud dan tujuan; empty: the programme's usual purpose
    QList<ActivityPerson> participants{}; // who attended
    int participantCount = 0;             // 0: the participants listed
    QString material{};                   // materi; empty: the activity's topic
    QList<MinutesPoint> discussion{};     // hasil, from the minutes
    QStringList conclusions{};
    QList<FollowUpItem> followUps{};
    QList<ReportPhoto> photos{};
    QDate reportDate{};                      // invalid: the activity's date
    std::optional<MinutesSigner> reporter{}; // "Yang melaporkan," on the left
    OfficeSigner signer = OfficeSigner::Secretary;
};

// Participants named one by one in the report; the rest are counted.
inline constexpr int reportNamedParticipants = 25;
// The documentation photos: two to a row, each at most this high.
inline constexpr double reportPhotoHeightMm = 70.0;

// "LAPORAN KEGIATAN": letterhead, title, A. Dasar (the MoU: number, date,
// parties), B. Maksud dan Tujuan, C. Waktu dan Tempat, D. Peserta, E. Materi,
// F. Hasil, G. Tindak Lanjut, H. Penutup and the signatures; then a
// "LAMPIRAN DOKUMENTASI" page laying the photos out two per row with their
// captions, each photo in its own proportions. Always Indonesian.
Document activityReportDocument(const ActivityReportData &data, db::PaperSize paper);

// The photo as printed: a file read with its EXIF orientation and scaled down
// to print size; a placeholder saying so when it cannot be read.
QImage reportPhotoImage(const ReportPhoto &photo);

} // namespace sisambang::documents
