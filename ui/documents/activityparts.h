// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activities.h"
#include "document.h"
#include "officeprofile.h"
#include "regions.h"

#include <QDate>
#include <QList>
#include <QString>

// What the activity documents (invitation, attendance sheet, minutes, activity
// report) share: the office around them, the people on their lists, who signs
// for the office, and the activity's facts as every one of them prints them.
namespace sisambang::documents {

// The office a document is printed by: its profile (letterhead, heads, margins),
// its kabupaten/kota and the time zone its times are written in.
struct OfficeContext
{
    db::OfficeProfile profile{};
    db::Region regency{};                     // for the letterhead; may be empty
    QString timeZone = QStringLiteral("WIB"); // "WIB", "WITA" or "WIT"
};

// The town written before a date ("Koba, 20 Februari 2023"): from the
// office's address, else its kabupaten/kota.
QString officePlace(const OfficeContext &office);

// One person on a list: an invitee, a participant, a walk-in.
struct ActivityPerson
{
    QString name{};
    QString position{};    // jabatan: "Kepala Desa"
    QString institution{}; // instansi: "Pemerintah Desa Nibung"
    QString phone{};       // as it is to be printed: "0812-3456-7890"
};

// "Kepala Desa\nPemerintah Desa Nibung"; one line when only one is known or
// the position already names the institution.
QString positionAndInstitution(const ActivityPerson &person,
                               const QString &separator = QStringLiteral("\n"));

// Which of the office's heads signs.
enum class OfficeSigner { Chair, Secretary };
Signature officeSignature(const db::OfficeProfile &profile, OfficeSigner signer);

// The acara as printed: the activity's title, else its kind ("Rapat Koordinasi").
QString activityName(const db::Activity &activity);
// Where it happens: the venue, else the desa/kecamatan.
QString activityVenue(const db::Activity &activity);
// The kecamatan or desa a sheet is signed in ("Lubuk Besar"), else the office's town.
QString activityPlace(const db::Activity &activity, const OfficeContext &office);

// A signer's role broken into lines of at most `width` characters at word
// boundaries: signature blocks side by side line up by counted lines, so a
// role must not wrap by itself.
QString signatureRole(const QString &role, int width = 32);
// The same for a whole signature.
Signature wrappedSignature(Signature signature);

// "......" keeps a missing value visible on paper, to be filled in by hand,
// instead of a silent gap.
QString orDots(const QString &text, int dots = 18);

// A portrait document with the office's paper margins and its letterhead.
Document startOfficeDocument(const OfficeContext &office, db::PaperSize paper,
                             const QString &title);

// "1 (satu)", "17 (tujuh belas)".
QString countInWords(qint64 count);

} // namespace sisambang::documents
