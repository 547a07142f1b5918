// SPDX-License-Identifier: GPL-3.0-or-later
#include "officeprofile.h"

#include "audit.h"

#include "database.h"
#include "query.h"
#include "regions.h"
#include "transaction.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace sisambang::db {

namespace {

// The keys of the `setting` table that make up the profile.
namespace key {
constexpr auto region = "office.region";
constexpr auto name = "office.name";
constexpr auto address = "office.address";
constexpr auto phone = "office.phone";
constexpr auto email = "office.email";
constexpr auto logo = "office.logo";
constexpr auto chairName = "office.chair.name";
constexpr auto chairNip = "office.chair.nip";
constexpr auto secretaryName = "office.secretary.name";
constexpr auto secretaryNip = "office.secretary.nip";
constexpr auto paper = "document.paper";
constexpr auto marginLeft = "document.margin.left";
constexpr auto marginTop = "document.margin.top";
constexpr auto marginRight = "document.margin.right";
constexpr auto marginBottom = "document.margin.bottom";
constexpr auto unitCode = "numbering.unit";
} // namespace key

// The profile as the audit log keeps it; the logo as its size, not its bytes.
QJsonObject auditJson(const OfficeProfile &profile)
{
    return {{QStringLiteral("region_code"), profile.regionCode},
            {QStringLiteral("office_name"), profile.officeName},
            {QStringLiteral("address"), profile.address},
            {QStringLiteral("phone"), profile.phone},
            {QStringLiteral("email"), profile.email},
            {QStringLiteral("logo_bytes"), profile.logoPng.size()},
            {QStringLiteral("chair_name"), profile.chairName},
            {QStringLiteral("chair_nip"), profile.chairNip},
            {QStringLiteral("secretary_name"), profile.secretaryName},
            {QStringLiteral("secretary_nip"), profile.secretaryNip},
            {QStringLiteral("paper"), paperSizeKey(profile.paper)},
            {QStringLiteral("margins_mm"), QStringLiteral("%1 %2 %3 %4")
                                               .arg(profile.marginsMm.left())
                                               .arg(profile.marginsMm.top())
                                               .arg(profile.marginsMm.right())
                                               .arg(profile.marginsMm.bottom())},
            {QStringLiteral("unit_code"), profile.unitCode}};
}

} // namespace

QString paperSizeKey(PaperSize paper)
{
    return paper == PaperSize::F4 ? QStringLiteral("F4") : QStringLiteral("A4");
}

std::optional<PaperSize> paperSizeFromKey(QStringView key)
{
    if (key.compare(u"A4", Qt::CaseInsensitive) == 0) {
        return PaperSize::A4;
    }
    if (key.compare(u"F4", Qt::CaseInsensitive) == 0) {
        return PaperSize::F4;
    }
    return std::nullopt;
}

QString timeZoneLabel(TimeZone zone)
{
    switch (zone) {
    case TimeZone::WIB:
        return QStringLiteral("WIB");
    case TimeZone::WITA:
        return QStringLiteral("WITA");
    case TimeZone::WIT:
        return QStringLiteral("WIT");
    }
    return {};
}

TimeZone timeZoneForRegion(QStringView regionCode)
{
    const int province = regionCode.left(2).toInt();
    // Bali and Nusa Tenggara, South/East/North Kalimantan, all Sulawesi.
    switch (province) {
    case 51:
    case 52:
    case 53:
    case 63:
    case 64:
    case 65:
    case 71:
    case 72:
    case 73:
    case 74:
    case 75:
    case 76:
        return TimeZone::WITA;
    default:
        break;
    }
    // Maluku, Maluku Utara and the Papua provinces.
    if (province >= 81) {
        return TimeZone::WIT;
    }
    return TimeZone::WIB;
}

Result<OfficeProfile> OfficeProfileStore::load() const
{
    Query query(m_database, QStringLiteral("SELECT key, value FROM setting WHERE key LIKE "
                                           "'office.%' OR key LIKE 'document.%' OR key = "
                                           "'numbering.unit'"));
    if (auto done = query.exec(); !done) {
        return done.error();
    }
    OfficeProfile profile;
    while (query.next()) {
        const QString name = query.value(0).toString();
        const QVariant value = query.value(1);
        if (name == QLatin1String(key::region)) {
            profile.regionCode = value.toString();
        } else if (name == QLatin1String(key::name)) {
            profile.officeName = value.toString();
        } else if (name == QLatin1String(key::address)) {
            profile.address = value.toString();
        } else if (name == QLatin1String(key::phone)) {
            profile.phone = value.toString();
        } else if (name == QLatin1String(key::email)) {
            profile.email = value.toString();
        } else if (name == QLatin1String(key::logo)) {
            profile.logoPng = value.toByteArray();
        } else if (name == QLatin1String(key::chairName)) {
            profile.chairName = value.toString();
        } else if (name == QLatin1String(key::chairNip)) {
            profile.chairNip = value.toString();
        } else if (name == QLatin1String(key::secretaryName)) {
            profile.secretaryName = value.toString();
        } else if (name == QLatin1String(key::secretaryNip)) {
            profile.secretaryNip = value.toString();
        } else if (name == QLatin1String(key::paper)) {
            profile.paper = paperSizeFromKey(value.toString()).value_or(PaperSize::A4);
        } else if (name == QLatin1String(key::marginLeft)) {
            profile.marginsMm.setLeft(value.toDouble());
        } else if (name == QLatin1String(key::marginTop)) {
            profile.marginsMm.setTop(value.toDouble());
        } else if (name == QLatin1String(key::marginRight)) {
            profile.marginsMm.setRight(value.toDouble());
        } else if (name == QLatin1String(key::marginBottom)) {
            profile.marginsMm.setBottom(value.toDouble());
        } else if (name == QLatin1String(key::unitCode)) {
            profile.unitCode = value.toString();
        }
    }
    return profile;
}

Status OfficeProfileStore::save(const OfficeProfile &profile)
{
    RegionRepository regions(m_database);
    auto region = regions.find(profile.regionCode);
    if (!region) {
        return Error::invalid(
            tr("Choose the kabupaten/kota the office serves: %1").arg(region.error().message));
    }
    if (region->level != RegionLevel::Regency) {
        return Error::invalid(
            tr("%1 (%2) is not a kabupaten/kota.").arg(region->name, region->code));
    }
    if (profile.officeName.trimmed().isEmpty()) {
        return Error::invalid(tr("The office name is required."));
    }
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!profile.email.isEmpty() && !email.match(profile.email.trimmed()).hasMatch()) {
        return Error::invalid(tr("\"%1\" is not an e-mail address.").arg(profile.email));
    }
    for (const double margin : {profile.marginsMm.left(), profile.marginsMm.top(),
                                profile.marginsMm.right(), profile.marginsMm.bottom()}) {
        if (margin < 5.0 || margin > 60.0) {
            return Error::invalid(tr("Page margins are between 5 and 60 mm."));
        }
    }
    static const QRegularExpression nip(QStringLiteral("^[0-9 ]*$"));
    if (!nip.match(profile.chairNip).hasMatch() || !nip.match(profile.secretaryNip).hasMatch()) {
        return Error::invalid(tr("A NIP holds digits only (18 digits for civil servants)."));
    }

    auto before = load();
    if (!before) {
        return before.error();
    }
    Transaction transaction(m_database);
    Query upsert(m_database, QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?) "
                                            "ON CONFLICT (key) DO UPDATE SET value = "
                                            "excluded.value"));
    const QList<std::pair<const char *, QVariant>> values = {
        {key::region, profile.regionCode},
        {key::name, profile.officeName.trimmed()},
        {key::address, profile.address.trimmed()},
        {key::phone, profile.phone.trimmed()},
        {key::email, profile.email.trimmed()},
        {key::logo, profile.logoPng.isEmpty() ? QVariant() : QVariant(profile.logoPng)},
        {key::chairName, profile.chairName.trimmed()},
        {key::chairNip, profile.chairNip.trimmed()},
        {key::secretaryName, profile.secretaryName.trimmed()},
        {key::secretaryNip, profile.secretaryNip.trimmed()},
        {key::paper, paperSizeKey(profile.paper)},
        {key::marginLeft, profile.marginsMm.left()},
        {key::marginTop, profile.marginsMm.top()},
        {key::marginRight, profile.marginsMm.right()},
        {key::marginBottom, profile.marginsMm.bottom()},
        {key::unitCode, profile.unitCode.trimmed()},
    };
    for (const auto &[name, value] : values) {
        upsert.bind(QLatin1String(name)).bind(value);
        if (auto done = upsert.exec(); !done) {
            return done;
        }
    }
    if (auto done =
            AuditLog(m_database)
                .record(AuditAction::Update, QStringLiteral("office_profile"), 0,
                        profile.officeName.trimmed(), auditJson(*before), auditJson(profile));
        !done) {
        return done;
    }
    return transaction.commit();
}

Result<QString> OfficeProfileStore::defaultOfficeName(const QString &regencyCode) const
{
    RegionRepository regions(m_database);
    auto region = regions.find(regencyCode);
    if (!region) {
        return region.error();
    }
    return QStringLiteral("Bawaslu ") + region->name;
}

} // namespace sisambang::db
