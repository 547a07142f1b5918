// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "activities.h"
#include "agreements.h"
#include "list_stakeholders.h"
#include "output.h"
#include "regions.h"
#include "stakeholderoptions.h"

namespace sisambang::cli {

namespace {

ExitCode listRegions(Context &context, Format format, const QString &parent)
{
    auto database = openDatabase(context);
    if (!database) {
        return ExitCode::Failure;
    }
    db::RegionRepository regions(*database);
    if (!parent.isEmpty()) {
        if (auto found = regions.find(parent); !found) {
            return fail(context, found.error().message);
        }
    }
    auto children = regions.children(parent);
    if (!children) {
        return fail(context, children.error().message);
    }
    Listing listing;
    listing.columns = {{QStringLiteral("code"), QStringLiteral("KODE")},
                       {QStringLiteral("name"), QStringLiteral("NAMA")},
                       {QStringLiteral("level"), QStringLiteral("TINGKAT")},
                       {QStringLiteral("kind"), QStringLiteral("JENIS")},
                       {QStringLiteral("parent_code"), QStringLiteral("INDUK")}};
    for (const db::Region &region : *children) {
        listing.rows.append(
            {region.code, region.name, db::levelKey(region.level), db::kindKey(region.kind),
             region.parentCode.isEmpty() ? QVariant() : QVariant(region.parentCode)});
    }
    print(listing, format, context.out);
    return ExitCode::Success;
}

QVariant isoDate(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

ExitCode listAgreements(Context &context, Format format)
{
    auto database = openDatabase(context);
    if (!database) {
        return ExitCode::Failure;
    }
    auto rows = db::AgreementRepository(*database).list();
    if (!rows) {
        return fail(context, rows.error().message);
    }
    Listing listing;
    listing.columns = {{QStringLiteral("id"), QStringLiteral("ID")},
                       {QStringLiteral("kind"), QStringLiteral("JENIS")},
                       {QStringLiteral("status"), QStringLiteral("STATUS")},
                       {QStringLiteral("number"), QStringLiteral("NOMOR")},
                       {QStringLiteral("signed_on"), QStringLiteral("TANGGAL")},
                       {QStringLiteral("valid_from"), QStringLiteral("BERLAKU")},
                       {QStringLiteral("valid_until"), QStringLiteral("BERAKHIR")},
                       {QStringLiteral("second_party"), QStringLiteral("PIHAK KEDUA")},
                       {QStringLiteral("kecamatan_codes"), QStringLiteral("KECAMATAN")},
                       {QStringLiteral("villages"), QStringLiteral("DESA")},
                       {QStringLiteral("title"), QStringLiteral("JUDUL")}};
    for (const db::AgreementSummary &row : *rows) {
        listing.rows.append({row.id, db::agreementKindKey(row.kind),
                             db::agreementStatusKey(row.status), row.officeNumber,
                             isoDate(row.signedOn), isoDate(row.validFrom), isoDate(row.validUntil),
                             row.secondParty, row.kecamatanCodes.join(u' '), row.villages,
                             row.title});
    }
    print(listing, format, context.out);
    return ExitCode::Success;
}

// The schedule: --from, --to, --region (a kecamatan or desa) and --status.
ExitCode listActivities(Context &context, Format format, const QCommandLineParser &parser)
{
    db::ActivityFilter filter;
    for (const auto &[name, date] : {std::pair{QStringLiteral("from"), &filter.from},
                                     std::pair{QStringLiteral("to"), &filter.to}}) {
        if (parser.isSet(name)) {
            *date = QDate::fromString(parser.value(name).trimmed(), Qt::ISODate);
            if (!date->isValid()) {
                return fail(context,
                            QStringLiteral("--%1 '%2' is not a date (YYYY-MM-DD)")
                                .arg(name, parser.value(name)),
                            ExitCode::Usage);
            }
        }
    }
    if (parser.isSet(QStringLiteral("status"))) {
        const QString status = parser.value(QStringLiteral("status")).trimmed();
        filter.status = db::activityStatusFromKey(status);
        if (!filter.status) {
            return fail(context,
                        QStringLiteral("unknown --status '%1' (planned, done, postponed or "
                                       "cancelled)")
                            .arg(status),
                        ExitCode::Usage);
        }
    }
    auto database = openDatabase(context);
    if (!database) {
        return ExitCode::Failure;
    }
    filter.regionCode = parser.value(QStringLiteral("region")).trimmed();
    if (!filter.regionCode.isEmpty()) {
        if (auto found = db::RegionRepository(*database).find(filter.regionCode); !found) {
            return fail(context, found.error().message);
        }
    }
    auto activities = db::ActivityRepository(*database).list(filter);
    if (!activities) {
        return fail(context, activities.error().message);
    }
    Listing listing;
    listing.columns = {{QStringLiteral("id"), QStringLiteral("ID")},
                       {QStringLiteral("date"), QStringLiteral("TANGGAL")},
                       {QStringLiteral("start"), QStringLiteral("MULAI")},
                       {QStringLiteral("end"), QStringLiteral("SELESAI")},
                       {QStringLiteral("kecamatan"), QStringLiteral("KECAMATAN")},
                       {QStringLiteral("desa"), QStringLiteral("DESA/KELURAHAN")},
                       {QStringLiteral("region_code"), QStringLiteral("KODE")},
                       {QStringLiteral("kind"), QStringLiteral("JENIS")},
                       {QStringLiteral("title"), QStringLiteral("KEGIATAN")},
                       {QStringLiteral("venue"), QStringLiteral("TEMPAT")},
                       {QStringLiteral("officers"), QStringLiteral("PETUGAS")},
                       {QStringLiteral("status"), QStringLiteral("STATUS")},
                       {QStringLiteral("agreement_id"), QStringLiteral("MOU")},
                       {QStringLiteral("plan_id"), QStringLiteral("RENCANA")}};
    for (const db::Activity &activity : *activities) {
        QStringList officers;
        for (const db::ActivityOfficer &officer : activity.officers) {
            officers << officer.name;
        }
        const bool village = activity.regionCode != activity.districtCode;
        listing.rows.append(
            {activity.id, isoDate(activity.date), activity.start.toString(QStringLiteral("HH:mm")),
             activity.end.toString(QStringLiteral("HH:mm")), activity.districtName,
             village ? QVariant(activity.regionName) : QVariant(), activity.regionCode,
             db::activityKindKey(activity.kind),
             activity.title.isEmpty() ? db::activityKindLabelId(activity.kind) : activity.title,
             activity.venue, officers.join(QStringLiteral("; ")),
             db::activityStatusKey(activity.status),
             activity.agreementId > 0 ? QVariant(activity.agreementId) : QVariant(),
             activity.planId > 0 ? QVariant(activity.planId) : QVariant()});
    }
    print(listing, format, context.out);
    return ExitCode::Success;
}

} // namespace

ExitCode runList(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          QStringLiteral("table (default), csv or json."),
                                          QStringLiteral("FORMAT"), QStringLiteral("table"));
    const QCommandLineOption parentOption(QStringLiteral("parent"),
                                          QStringLiteral("regions: list the children of KODE."),
                                          QStringLiteral("KODE"));
    const QCommandLineOption fromOption(QStringLiteral("from"),
                                        QStringLiteral("activities: from this day on."),
                                        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption toOption(QStringLiteral("to"),
                                      QStringLiteral("activities: up to this day."),
                                      QStringLiteral("YYYY-MM-DD"));
    parser.addOption(formatOption);
    parser.addOption(parentOption);
    parser.addOption(fromOption);
    parser.addOption(toOption);
    const StakeholderOptions stakeholderOptions;
    stakeholderOptions.addTo(parser);
    parser.addPositionalArgument(
        QStringLiteral("WHAT"), QStringLiteral("regions | stakeholders | agreements | activities"));
    if (auto stop =
            parseOptions(context, parser,
                         QStringLiteral("list regions [--parent KODE] | list stakeholders "
                                        "[--search TEXT] [--region KODE] [--status "
                                        "active|inactive|all] [--format table|csv|json] | list "
                                        "agreements [--format table|csv|json] | list activities "
                                        "[--from YYYY-MM-DD] [--to YYYY-MM-DD] [--region KODE] "
                                        "[--status planned|done|postponed|cancelled] "
                                        "[--format table|csv|json]"))) {
        return *stop;
    }
    const auto format = formatFromName(parser.value(formatOption));
    if (!format) {
        return fail(context,
                    QStringLiteral("unknown format '%1' (table, csv or json)")
                        .arg(parser.value(formatOption)),
                    ExitCode::Usage);
    }
    const QStringList what = parser.positionalArguments();
    if (what.size() != 1) {
        return fail(context,
                    QStringLiteral("list needs one subject: regions, stakeholders, agreements or "
                                   "activities"),
                    ExitCode::Usage);
    }
    if (what.first() == QLatin1String("regions")) {
        return listRegions(context, *format, parser.value(parentOption).trimmed());
    }
    if (what.first() == QLatin1String("agreements")) {
        return listAgreements(context, *format);
    }
    if (what.first() == QLatin1String("activities")) {
        return listActivities(context, *format, parser);
    }
    if (what.first() == QLatin1String("stakeholders")) {
        auto database = openDatabase(context);
        if (!database) {
            return ExitCode::Failure;
        }
        ExitCode code = ExitCode::Success;
        const auto filter = stakeholderOptions.filter(context, parser, *database, code);
        if (!filter) {
            return code;
        }
        return listStakeholders(context, *format, *database, *filter);
    }
    return fail(context,
                QStringLiteral("cannot list '%1' (regions, stakeholders, agreements or activities)")
                    .arg(what.first()),
                ExitCode::Usage);
}

} // namespace sisambang::cli
