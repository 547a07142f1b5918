// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

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
    parser.addOption(formatOption);
    parser.addOption(parentOption);
    const StakeholderOptions stakeholderOptions;
    stakeholderOptions.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("WHAT"),
                                 QStringLiteral("regions | stakeholders | agreements"));
    if (auto stop =
            parseOptions(context, parser,
                         QStringLiteral("list regions [--parent KODE] | list stakeholders "
                                        "[--search TEXT] [--region KODE] [--status "
                                        "active|inactive|all] [--format table|csv|json] | list "
                                        "agreements [--format table|csv|json]"))) {
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
                    QStringLiteral("list needs one subject: regions, stakeholders or agreements"),
                    ExitCode::Usage);
    }
    if (what.first() == QLatin1String("regions")) {
        return listRegions(context, *format, parser.value(parentOption).trimmed());
    }
    if (what.first() == QLatin1String("agreements")) {
        return listAgreements(context, *format);
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
    return fail(
        context,
        QStringLiteral("cannot list '%1' (regions, stakeholders or agreements)").arg(what.first()),
        ExitCode::Usage);
}

} // namespace sisambang::cli
