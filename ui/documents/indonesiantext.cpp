// SPDX-License-Identifier: GPL-3.0-or-later
#include "indonesiantext.h"

#include <algorithm>
#include <array>

namespace sisambang::documents::indonesian {

namespace {

constexpr std::array<const char *, 7> days = {"Senin", "Selasa", "Rabu",  "Kamis",
                                              "Jumat", "Sabtu",  "Minggu"};
constexpr std::array<const char *, 12> months = {"Januari",   "Februari", "Maret",    "April",
                                                 "Mei",       "Juni",     "Juli",     "Agustus",
                                                 "September", "Oktober",  "November", "Desember"};
constexpr std::array<const char *, 12> units = {"",        "satu",     "dua",     "tiga",
                                                "empat",   "lima",     "enam",    "tujuh",
                                                "delapan", "sembilan", "sepuluh", "sebelas"};

QString below1000(qint64 n)
{
    QStringList words;
    if (n >= 100) {
        const qint64 hundreds = n / 100;
        words << (hundreds == 1 ? QStringLiteral("seratus")
                                : QString::fromLatin1(units[hundreds]) + QStringLiteral(" ratus"));
        n %= 100;
    }
    if (n >= 20) {
        words << QString::fromLatin1(units[n / 10]) + QStringLiteral(" puluh");
        n %= 10;
        if (n > 0) {
            words << QString::fromLatin1(units[n]);
        }
    } else if (n >= 12) {
        words << QString::fromLatin1(units[n - 10]) + QStringLiteral(" belas");
    } else if (n > 0) {
        words << QString::fromLatin1(units[n]);
    }
    return words.join(u' ');
}

} // namespace

QString dayName(const QDate &date)
{
    return date.isValid() ? QString::fromLatin1(days[date.dayOfWeek() - 1]) : QString();
}

QString monthName(int month)
{
    return month >= 1 && month <= 12 ? QString::fromLatin1(months[month - 1]) : QString();
}

QString date(const QDate &date)
{
    if (!date.isValid()) {
        return {};
    }
    return QStringLiteral("%1 %2 %3").arg(date.day()).arg(monthName(date.month())).arg(date.year());
}

QString longDate(const QDate &value)
{
    if (!value.isValid()) {
        return {};
    }
    return dayName(value) + QStringLiteral(", ") + date(value);
}

QString time(const QTime &time, const QString &zone)
{
    if (!time.isValid()) {
        return {};
    }
    const QString clock = time.toString(QStringLiteral("HH.mm"));
    return zone.isEmpty() ? clock : clock + u' ' + zone;
}

QString timeRange(const QTime &start, const QTime &end, const QString &zone)
{
    if (!start.isValid()) {
        return {};
    }
    if (!end.isValid()) {
        return time(start, zone) + QStringLiteral(" s.d. selesai");
    }
    return time(start, {}) + QChar(0x2013) + time(end, zone);
}

QString numberInWords(qint64 number)
{
    if (number == 0) {
        return QStringLiteral("nol");
    }
    if (number < 0) {
        return QStringLiteral("minus ") + numberInWords(-number);
    }
    struct Scale
    {
        qint64 value;
        const char *name;
    };
    constexpr std::array<Scale, 4> scales = {{{1000000000000LL, "triliun"},
                                              {1000000000LL, "miliar"},
                                              {1000000LL, "juta"},
                                              {1000LL, "ribu"}}};
    QStringList words;
    for (const Scale &scale : scales) {
        if (number >= scale.value) {
            const qint64 count = number / scale.value;
            number %= scale.value;
            if (scale.value == 1000 && count == 1) {
                words << QStringLiteral("seribu");
            } else {
                words << numberInWords(count) + u' ' + QString::fromLatin1(scale.name);
            }
        }
    }
    if (number > 0) {
        words << below1000(number);
    }
    return words.join(u' ');
}

QString dateInWords(const QDate &date)
{
    if (!date.isValid()) {
        return {};
    }
    return QStringLiteral("%1 tanggal %2 bulan %3 tahun %4")
        .arg(dayName(date), numberInWords(date.day()), monthName(date.month()),
             numberInWords(date.year()));
}

QString nipLine(const QString &nip)
{
    QString digits = nip;
    digits.remove(u' ');
    const bool standard = digits.size() == 18 && std::all_of(digits.begin(), digits.end(),
                                                             [](QChar c) { return c.isDigit(); });
    if (!standard) {
        return QStringLiteral("NIP. ") + nip.trimmed();
    }
    return QStringLiteral("NIP. %1 %2 %3 %4")
        .arg(digits.left(8), digits.mid(8, 6), digits.mid(14, 1), digits.mid(15, 3));
}

QString placeAndDate(const QString &place, const QDate &value)
{
    const QString day = date(value);
    if (place.trimmed().isEmpty()) {
        return day;
    }
    return day.isEmpty() ? place.trimmed() : place.trimmed() + QStringLiteral(", ") + day;
}

} // namespace sisambang::documents::indonesian
