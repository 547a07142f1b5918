// SPDX-License-Identifier: GPL-3.0-or-later
#include "activityparts.h"

#include "indonesiantext.h"
#include "letterhead.h"

namespace sisambang::documents {

QString officePlace(const OfficeContext &office)
{
    const QString town = placeFromAddress(office.profile.address);
    if (!town.isEmpty()) {
        return town;
    }
    return office.regency.name.trimmed();
}

QString positionAndInstitution(const ActivityPerson &person, const QString &separator)
{
    const QString position = person.position.simplified();
    const QString institution = person.institution.simplified();
    if (position.isEmpty()) {
        return institution;
    }
    if (institution.isEmpty() || position.contains(institution, Qt::CaseInsensitive)) {
        return position;
    }
    return position + separator + institution;
}

Signature officeSignature(const db::OfficeProfile &profile, OfficeSigner signer)
{
    Signature signature =
        signer == OfficeSigner::Chair ? chairSignature(profile) : secretarySignature(profile);
    signature.name = orDots(signature.name, 30);
    return wrappedSignature(signature);
}

QString activityName(const db::Activity &activity)
{
    const QString title = activity.title.simplified();
    return title.isEmpty() ? db::activityKindLabelId(activity.kind) : title;
}

QString activityVenue(const db::Activity &activity)
{
    const QString venue = activity.venue.simplified();
    if (!venue.isEmpty()) {
        return venue;
    }
    QStringList parts;
    if (!activity.regionName.isEmpty()) {
        parts << activity.regionName;
    }
    if (!activity.districtName.isEmpty() && activity.regionCode != activity.districtCode) {
        parts << QStringLiteral("Kecamatan ") + activity.districtName;
    }
    return orDots(parts.join(QStringLiteral(", ")));
}

QString activityPlace(const db::Activity &activity, const OfficeContext &office)
{
    const QString district = activity.districtName.simplified();
    return district.isEmpty() ? officePlace(office) : district;
}

QString signatureRole(const QString &role, int width)
{
    QStringList lines;
    for (const QString &given : role.split(u'\n', Qt::SkipEmptyParts)) {
        QString line;
        for (const QString &word : given.simplified().split(u' ', Qt::SkipEmptyParts)) {
            if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
                lines << line;
                line.clear();
            }
            line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
        }
        if (!line.isEmpty()) {
            lines << line;
        }
    }
    return lines.join(u'\n');
}

Signature wrappedSignature(Signature signature)
{
    signature.role = signatureRole(signature.role);
    return signature;
}

QString orDots(const QString &text, int dots)
{
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? QString(dots, u'.') : trimmed;
}

Document startOfficeDocument(const OfficeContext &office, db::PaperSize paper, const QString &title)
{
    Document document;
    document.title = title;
    document.page = PageSetup(paper);
    document.page.setMarginsMm(office.profile.marginsMm);
    document.add(officeLetterhead(office.profile, office.regency));
    return document;
}

QString countInWords(qint64 count)
{
    return QStringLiteral("%1 (%2)").arg(count).arg(indonesian::numberInWords(count));
}

} // namespace sisambang::documents
