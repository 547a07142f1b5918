// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activityparts.h"

namespace sisambang::documents {

// One point of the discussion: who said it (may be empty) and what.
struct MinutesPoint
{
    QString speaker{}; // "Sahabudin (Sekretaris Camat Lubuk Besar)"
    QString text{};
};

// A tindak lanjut item: what is to be done, by whom, by when.
struct FollowUpItem
{
    QString action{};
    QString responsible{};
    QDate due{}; // invalid: no date set
};

// A signer named by the minutes (pimpinan rapat, notulis).
struct MinutesSigner
{
    QString name{};
    QString role{}; // "Sekretaris Camat Lubuk Besar"
    QString nip{};
};

// What the minutes (notulen) are built from.
struct MinutesData
{
    OfficeContext office{};
    db::Activity activity{};
    QTime startedAt{};           // invalid: the activity's planned start
    QTime endedAt{};             // invalid: the activity's planned end
    MinutesSigner chair{};       // pimpinan rapat
    MinutesSigner minuteTaker{}; // notulis
    int participantCount = 0;    // who signed the attendance sheet
    QString agenda{};            // acara; empty: the activity's name
    QList<MinutesPoint> discussion{};
    QStringList conclusions{};
    QList<FollowUpItem> followUps{};
    QString signingPlace{}; // empty: the activity's kecamatan, else the office's town
};

// "Sahabudin (Sekretaris Camat Lubuk Besar): ..." or the text alone.
QString minutesPointText(const MinutesPoint &point);

// "NOTULEN": letterhead, title, Hari/Tanggal, Waktu (mulai s.d. selesai),
// Tempat, Pimpinan Rapat, Notulis, Peserta ("23 (dua puluh tiga) orang, daftar
// hadir terlampir"), Acara; Pembahasan as numbered points, Kesimpulan, a
// Tindak Lanjut table (what, by whom, by when), and the signatures of the
// notulis and the pimpinan rapat. Always Indonesian.
Document minutesDocument(const MinutesData &data, db::PaperSize paper);

// The tindak lanjut table, shared with the activity report.
Table followUpTable(const QList<FollowUpItem> &items);

} // namespace sisambang::documents
