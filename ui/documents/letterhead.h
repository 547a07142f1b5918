// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"
#include "officeprofile.h"
#include "regions.h"

namespace sisambang::documents {

// The office's kop surat: its logo, "BADAN PENGAWAS PEMILIHAN UMUM" over
// "KABUPATEN BANGKA TENGAH" (from the kabupaten/kota it serves), and a line each
// for the address and for telephone and e-mail. `regency` may be empty (a
// profile not set up yet); the office name then stands in for it.
Letterhead officeLetterhead(const db::OfficeProfile &profile, const db::Region &regency);

// The office's heads as signers, role on two lines:
// "Ketua\nBawaslu Kabupaten Bangka Tengah", "Kepala Sekretariat\nBawaslu ...".
Signature chairSignature(const db::OfficeProfile &profile);
Signature secretarySignature(const db::OfficeProfile &profile);

// The town of an Indonesian address ("Jl. Jenderal Sudirman, Koba, Kabupaten
// ..." -> "Koba"): the first part after the street that is not a number or a
// postcode. Empty when none fits.
QString placeFromAddress(const QString &address);

} // namespace sisambang::documents
