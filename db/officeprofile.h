// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMarginsF>
#include <QString>

namespace sisambang::db {

class Database;

enum class PaperSize {
    A4, // 210 x 297 mm
    F4, // 215 x 330 mm (Folio), common in Indonesian offices
};

QString paperSizeKey(PaperSize paper);
std::optional<PaperSize> paperSizeFromKey(QStringView key);

enum class TimeZone { WIB, WITA, WIT };
QString timeZoneLabel(TimeZone zone);
// The office's time zone follows its province (first segment of the region code).
TimeZone timeZoneForRegion(QStringView regionCode);

// The office's profile: which kabupaten/kota it serves, its letterhead, its heads.
// Kept in the database (table `setting`) so that every program on it agrees.
struct OfficeProfile
{
    QString regionCode; // the kabupaten/kota, e.g. 19.04; empty until first run
    QString officeName; // "Bawaslu Kabupaten Bangka Tengah"
    QString address;
    QString phone;
    QString email;
    QByteArray logoPng; // letterhead logo, PNG bytes; empty for none
    QString chairName;  // Ketua
    QString chairNip;
    QString secretaryName; // Kepala Sekretariat
    QString secretaryNip;
    PaperSize paper = PaperSize::A4;
    // Page margins of printed documents, in millimetres (left, top, right, bottom).
    QMarginsF marginsMm{25.0, 15.0, 20.0, 20.0};
    QString unitCode; // used in letter numbers, e.g. K.BB-04

    bool isConfigured() const { return !regionCode.isEmpty(); }
};

class OfficeProfileStore
{
    Q_DECLARE_TR_FUNCTIONS(OfficeProfileStore)

public:
    explicit OfficeProfileStore(const Database &database)
        : m_database(database)
    {
    }

    Result<OfficeProfile> load() const;
    // Checks the profile (a kabupaten/kota that exists, an office name) and stores
    // it in one transaction.
    Status save(const OfficeProfile &profile);

    // "Bawaslu Kabupaten <name>" / "Bawaslu Kota <name>" for a regency code.
    Result<QString> defaultOfficeName(const QString &regencyCode) const;

private:
    const Database &m_database;
};

} // namespace sisambang::db
