// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Paths of the reference data compiled into the programs (see resources/CMakeLists.txt).
namespace sisambang::resources {

// Kemendagri regions of all Indonesia: kode,nama,level,induk_kode (MIT, cahyadsn/wilayah).
QString regionDataPath();
// National holidays and cuti bersama: tanggal,keterangan,jenis.
QString holidayDataPath();
// The MIT notice of the region data, shown in the About dialog and shipped in packages.
QString regionLicencePath();

} // namespace sisambang::resources
