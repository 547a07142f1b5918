// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activityparts.h"

namespace sisambang::documents {

enum class InvitationLayout {
    WithList,   // one letter to "(daftar terlampir)" with the invitees in a lampiran
    PerInvitee, // one letter for each invitee, each starting on a new page
};

// What the invitation letter (Surat Undangan) is built from.
struct InvitationData
{
    OfficeContext office{};
    db::Activity activity{};
    QString letterNumber{}; // from LetterNumbering; empty: dots, numbered by hand
    QDate letterDate{};     // invalid: dots
    QString attachment{};   // Lampiran; empty: "1 (satu) berkas" with a list, else "-"
    QString subject{};      // Perihal; empty: "Undangan <acara>"
    // What the activity is held under, continuing "Dalam rangka ...":
    // "pelaksanaan Nota Kesepahaman ... tentang Sambang Pengawasan". Empty: the
    // office's supervisory work.
    QString basis{};
    QList<ActivityPerson> invitees{};
    QStringList agenda{}; // susunan acara, printed as a list when given
    QStringList copies{}; // tembusan
    QString contact{};    // narahubung: "Yaumil Ikrom (0812-7000-0001)"
    OfficeSigner signer = OfficeSigner::Secretary;
    InvitationLayout layout = InvitationLayout::WithList;
};

// The letter(s): letterhead, place and date, Nomor, Lampiran, Perihal, the
// "Yth." addressee, the invitation with Hari/Tanggal, Waktu ("09.00 WIB s.d.
// selesai"), Tempat and Acara, the closing, the signature of the Ketua or the
// Kepala Sekretariat (name and NIP) and the tembusan. With a list, a lampiran
// page follows with every invitee; per invitee, each letter starts a new page
// and carries no page count of the whole file. Always Indonesian.
Document invitationDocument(const InvitationData &data, db::PaperSize paper);

} // namespace sisambang::documents
