// SPDX-License-Identifier: GPL-3.0-or-later
#include "letterhead.h"

namespace sisambang::documents {

namespace {

// "Bawaslu Kabupaten Bangka Tengah" -> "Kabupaten Bangka Tengah"
QString areaFromOfficeName(const QString &officeName)
{
    QString area = officeName.trimmed();
    const QString prefix = QStringLiteral("Bawaslu ");
    if (area.startsWith(prefix, Qt::CaseInsensitive)) {
        area = area.mid(prefix.size());
    }
    return area;
}

} // namespace

Letterhead officeLetterhead(const db::OfficeProfile &profile, const db::Region &regency)
{
    Letterhead letterhead;
    if (!profile.logoPng.isEmpty()) {
        letterhead.logo = QImage::fromData(profile.logoPng);
    }
    const QString area = regency.name.trimmed().isEmpty()
                             ? areaFromOfficeName(profile.officeName)
                             : db::RegionLabels::qualifiedName(regency);
    letterhead.organisation << QStringLiteral("Badan Pengawas Pemilihan Umum");
    if (!area.isEmpty()) {
        letterhead.organisation << area;
    }
    if (!profile.address.trimmed().isEmpty()) {
        letterhead.contact << profile.address.simplified();
    }
    QStringList reach;
    if (!profile.phone.trimmed().isEmpty()) {
        reach << QStringLiteral("Telp. ") + profile.phone.trimmed();
    }
    if (!profile.email.trimmed().isEmpty()) {
        reach << QStringLiteral("E-mail: ") + profile.email.trimmed();
    }
    if (!reach.isEmpty()) {
        letterhead.contact << reach.join(QStringLiteral("    "));
    }
    return letterhead;
}

Signature chairSignature(const db::OfficeProfile &profile)
{
    return {.role = QStringLiteral("Ketua\n") + profile.officeName,
            .name = profile.chairName,
            .nip = profile.chairNip};
}

Signature secretarySignature(const db::OfficeProfile &profile)
{
    return {.role = QStringLiteral("Kepala Sekretariat\n") + profile.officeName,
            .name = profile.secretaryName,
            .nip = profile.secretaryNip};
}

QString placeFromAddress(const QString &address)
{
    const QStringList parts = address.split(u',', Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString part = parts.at(i).trimmed();
        const bool street = part.startsWith(QLatin1String("Jl"), Qt::CaseInsensitive) ||
                            part.startsWith(QLatin1String("No"), Qt::CaseInsensitive) ||
                            part.startsWith(QLatin1String("RT"), Qt::CaseInsensitive);
        bool number = false;
        part.toInt(&number);
        if (!street && !number && !part.isEmpty()) {
            return part;
        }
    }
    return {};
}

} // namespace sisambang::documents
