// SPDX-License-Identifier: GPL-3.0-or-later
// `agreement add`: registers an MoU with a kecamatan office, as offices
// registering many MoUs at once script it.
#include "commands.h"

#include "agreements.h"
#include "agreementtemplates.h"
#include "institutions.h"
#include "officeprofile.h"
#include "positions.h"
#include "regions.h"
#include "transaction.h"

namespace sisambang::cli {

namespace {

QDate parseDate(const QString &text)
{
    return QDate::fromString(text.trimmed(), Qt::ISODate);
}

// The one active institution of `kind` serving exactly `regionCode`.
db::Result<std::optional<db::Institution>>
officeOf(const db::Database &database, db::InstitutionKind kind, const QString &regionCode)
{
    db::InstitutionFilter filter;
    filter.kind = kind;
    filter.regionCode = regionCode;
    auto found = db::InstitutionRepository(database).list(filter);
    if (!found) {
        return found.error();
    }
    for (const db::Institution &institution : *found) {
        if (institution.regionCode == regionCode) {
            return std::optional(institution);
        }
    }
    return std::optional<db::Institution>();
}

// The register's holder of the first of `titles` filled on `date`, if any.
db::Status chooseSignatory(const db::Database &database, db::AgreementParty &party,
                           const QStringList &titles, const QDate &date)
{
    db::PositionRepository positions(database);
    for (const QString &title : titles) {
        auto holder = positions.holderOn(party.institutionId, title, date);
        if (!holder) {
            return holder.error();
        }
        if (*holder) {
            return db::AgreementRepository(database).takeSnapshot(
                party, (*holder)->position.personId, date);
        }
    }
    return {};
}

} // namespace

ExitCode runAgreement(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption kecamatanOption(QStringLiteral("kecamatan"),
                                             QStringLiteral("the kecamatan of PIHAK KEDUA."),
                                             QStringLiteral("KODE"));
    const QCommandLineOption signedOnOption(QStringLiteral("signed-on"),
                                            QStringLiteral("signing date, YYYY-MM-DD."),
                                            QStringLiteral("DATE"));
    const QCommandLineOption validFromOption(QStringLiteral("valid-from"),
                                             QStringLiteral("first day (default: signing date)."),
                                             QStringLiteral("DATE"));
    const QCommandLineOption validUntilOption(QStringLiteral("valid-until"),
                                              QStringLiteral("last day, YYYY-MM-DD."),
                                              QStringLiteral("DATE"));
    const QCommandLineOption titleOption(QStringLiteral("title"), QStringLiteral("the title."),
                                         QStringLiteral("TEXT"));
    const QCommandLineOption programmeOption(QStringLiteral("programme"),
                                             QStringLiteral("default: Sambang Pengawasan."),
                                             QStringLiteral("TEXT"));
    const QCommandLineOption statusOption(QStringLiteral("status"),
                                          QStringLiteral("draft (default) or signed."),
                                          QStringLiteral("STATUS"), QStringLiteral("draft"));
    const QCommandLineOption classificationOption(
        QStringLiteral("classification"),
        QStringLiteral("classification of the office's number (default HK.02)."),
        QStringLiteral("CODE"), QStringLiteral("HK.02"));
    const QCommandLineOption theirNumberOption(
        QStringLiteral("their-number"),
        QStringLiteral("PIHAK KEDUA's own number (needed to sign)."), QStringLiteral("NUMBER"));
    for (const auto *option :
         {&kecamatanOption, &signedOnOption, &validFromOption, &validUntilOption, &titleOption,
          &programmeOption, &statusOption, &classificationOption, &theirNumberOption}) {
        parser.addOption(*option);
    }
    parser.addPositionalArgument(QStringLiteral("ACTION"), QStringLiteral("add"));
    const QString synopsis =
        QStringLiteral("agreement add --kecamatan KODE --signed-on YYYY-MM-DD --valid-until "
                       "YYYY-MM-DD [--valid-from DATE] [--title TEXT] [--programme TEXT] "
                       "[--status draft|signed] [--their-number NUMBER] [--classification CODE]");
    if (auto stop = parseOptions(context, parser, synopsis)) {
        return *stop;
    }
    if (parser.positionalArguments() != QStringList{QStringLiteral("add")}) {
        return fail(context, QStringLiteral("agreement needs the action 'add'"), ExitCode::Usage);
    }
    const QString kecamatan = parser.value(kecamatanOption).trimmed();
    const QDate signedOn = parseDate(parser.value(signedOnOption));
    const QDate validUntil = parseDate(parser.value(validUntilOption));
    const QDate validFrom =
        parser.isSet(validFromOption) ? parseDate(parser.value(validFromOption)) : signedOn;
    if (kecamatan.isEmpty() || !signedOn.isValid() || !validUntil.isValid() ||
        !validFrom.isValid()) {
        return fail(context,
                    QStringLiteral("agreement add needs --kecamatan KODE and valid dates for "
                                   "--signed-on and --valid-until (YYYY-MM-DD)"),
                    ExitCode::Usage);
    }
    const auto status = db::agreementStatusFromKey(parser.value(statusOption));
    if (!status ||
        (*status != db::AgreementStatus::Draft && *status != db::AgreementStatus::Signed)) {
        return fail(context, QStringLiteral("--status is draft or signed"), ExitCode::Usage);
    }

    auto database = openDatabase(context);
    if (!database) {
        return ExitCode::Failure;
    }
    auto profile = db::OfficeProfileStore(*database).load();
    if (!profile) {
        return fail(context, profile.error().message);
    }
    auto region = db::RegionRepository(*database).find(kecamatan);
    if (!region || region->level != db::RegionLevel::District ||
        region->parentCode != profile->regionCode) {
        return fail(context, QStringLiteral("%1 is not a kecamatan of this office's "
                                            "kabupaten/kota")
                                 .arg(kecamatan));
    }
    auto bawaslu = officeOf(*database, db::InstitutionKind::Bawaslu, profile->regionCode);
    if (!bawaslu) {
        return fail(context, bawaslu.error().message);
    }
    if (!*bawaslu) {
        return fail(context, QStringLiteral("the register has no Bawaslu office for region %1; "
                                            "add \"%2\" to the register first")
                                 .arg(profile->regionCode, profile->officeName));
    }
    auto office = officeOf(*database, db::InstitutionKind::DistrictOffice, kecamatan);
    if (!office) {
        return fail(context, office.error().message);
    }
    if (!*office) {
        return fail(context, QStringLiteral("the register has no kecamatan office for %1 %2; "
                                            "add it (e.g. \"Kantor Camat %2\") first")
                                 .arg(kecamatan, region->name));
    }

    db::AgreementRepository agreements(*database);
    db::Agreement agreement;
    agreement.programme = parser.isSet(programmeOption) ? parser.value(programmeOption)
                                                        : QStringLiteral("Sambang Pengawasan");
    agreement.title = parser.isSet(titleOption)
                          ? parser.value(titleOption)
                          : agreement.programme + QStringLiteral(" di Kecamatan ") + region->name;
    agreement.signedOn = signedOn;
    agreement.place = region->name;
    agreement.validFrom = validFrom;
    agreement.validUntil = validUntil;
    db::AgreementParty first{1, (*bawaslu)->id};
    db::AgreementParty second{2, (*office)->id};
    second.letterNumber = parser.value(theirNumberOption).trimmed();
    if (auto done = chooseSignatory(*database, first, {QStringLiteral("Ketua")}, signedOn); !done) {
        return fail(context, done.error().message);
    }
    if (auto done = chooseSignatory(*database, second,
                                    {QStringLiteral("Camat"), QStringLiteral("Sekretaris Camat")},
                                    signedOn);
        !done) {
        return fail(context, done.error().message);
    }
    agreement.parties = {first, second};
    auto villages = agreements.defaultVillages((*office)->id);
    if (!villages) {
        return fail(context, villages.error().message);
    }
    agreement.villageCodes = *villages;
    auto articles = db::AgreementTemplates(*database).articles(1);
    if (articles) {
        agreement.articles = *articles;
    }

    // One transaction: a refused signing leaves no half-registered agreement.
    db::Transaction transaction(*database);
    auto id = agreements.add(agreement);
    if (!id) {
        return fail(context, id.error().message);
    }
    QString number;
    if (*status == db::AgreementStatus::Signed) {
        auto issued =
            agreements.issueOfficeNumber(*id, 1, parser.value(classificationOption).trimmed());
        if (!issued) {
            return fail(context, issued.error().message);
        }
        number = *issued;
        if (auto signedNow = agreements.sign(*id, 2); !signedNow) {
            return fail(context, signedNow.error().message);
        }
    }
    if (auto done = transaction.commit(); !done) {
        return fail(context, done.error().message);
    }
    context.out << *id;
    if (!number.isEmpty()) {
        context.out << '\t' << number;
    }
    context.out << Qt::endl;
    return ExitCode::Success;
}

} // namespace sisambang::cli
