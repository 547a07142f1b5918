// SPDX-License-Identifier: GPL-3.0-or-later
#include "referencedata.h"

namespace sisambang::resources {

QString regionDataPath()
{
    return QStringLiteral(":/data/wilayah_indonesia.csv");
}

QString holidayDataPath()
{
    return QStringLiteral(":/data/hari_libur_2023_2026.csv");
}

QString regionLicencePath()
{
    return QStringLiteral(":/data/LICENSE-wilayah-cahyadsn.txt");
}

} // namespace sisambang::resources
