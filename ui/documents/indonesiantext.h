// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QTime>

// How Indonesian official documents write dates, times and numbers. These are
// always Indonesian, whatever the language of the user interface.
namespace sisambang::documents::indonesian {

QString dayName(const QDate &date);                   // "Senin"
QString monthName(int month);                         // 1 -> "Januari"
QString date(const QDate &date);                      // "20 Februari 2023"
QString longDate(const QDate &date);                  // "Senin, 20 Februari 2023"
QString time(const QTime &time, const QString &zone); // "09.00 WIB"
// "09.00–12.00 WIB"; an invalid end gives "09.00 WIB s.d. selesai".
QString timeRange(const QTime &start, const QTime &end, const QString &zone);
// 2023 -> "dua ribu dua puluh tiga"; 0 -> "nol"; negative numbers get "minus".
QString numberInWords(qint64 number);
// "Senin tanggal dua puluh bulan Februari tahun dua ribu dua puluh tiga"
QString dateInWords(const QDate &date);
// "NIP. 19780101 200501 1 001": an 18-digit civil servant number grouped as
// birth date, appointment month, sex and sequence; other numbers as written.
QString nipLine(const QString &nip);
// "Koba, 20 Februari 2023": the line above a signature.
QString placeAndDate(const QString &place, const QDate &date);

} // namespace sisambang::documents::indonesian
