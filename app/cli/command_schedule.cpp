// SPDX-License-Identifier: GPL-3.0-or-later
// `schedule generate`: plans sambang visits for an agreement, prints the plan
// and its problems, and saves it in one transaction.
#include "commands.h"

#include "agreements.h"
#include "output.h"
#include "scheduleplans.h"

#include <QHash>

namespace sisambang::cli {

namespace {

const QString synopsis = QStringLiteral(
    "schedule generate --agreement ID --from YYYY-MM-DD --to YYYY-MM-DD [--per-day K] "
    "[--visits-per-desa N] [--blackout YYYY-MM-DD ...] [--team ID,ID ...] [--topic TEXT] "
    "[--include-visited] [--dry-run] [--allow-partial]");

std::optional<QDate> isoDate(const QString &text)
{
    const QDate date = QDate::fromString(text.trimmed(), Qt::ISODate);
    return date.isValid() ? std::optional(date) : std::nullopt;
}

void printPlan(Context &context, const db::PlanDraft &draft, const db::Agreement &agreement)
{
    QTextStream &out = context.out;
    const db::PlanOptions &options = draft.options;
    out << QStringLiteral("Plan for agreement %1 (%2): %3 visits, %4 to %5, %6 working days.")
               .arg(options.agreementId)
               .arg(agreement.title)
               .arg(draft.activities.size())
               .arg(options.from.toString(Qt::ISODate), options.to.toString(Qt::ISODate))
               .arg(draft.plan.workingDays.size())
        << '\n';
    if (draft.draftAgreement) {
        out << "The agreement is still a draft: its visits are marked as planned under a draft.\n";
    }
    Listing listing;
    listing.columns = {{QStringLiteral("no"), QStringLiteral("NO")},
                       {QStringLiteral("date"), QStringLiteral("TANGGAL")},
                       {QStringLiteral("time"), QStringLiteral("JAM")},
                       {QStringLiteral("kecamatan"), QStringLiteral("KECAMATAN")},
                       {QStringLiteral("desa"), QStringLiteral("DESA/KELURAHAN")},
                       {QStringLiteral("visit"), QStringLiteral("KE")},
                       {QStringLiteral("venue"), QStringLiteral("TEMPAT")},
                       {QStringLiteral("officers"), QStringLiteral("PETUGAS")}};
    int number = 0;
    for (const db::Activity &activity : draft.activities) {
        QStringList officers;
        for (const db::ActivityOfficer &officer : activity.officers) {
            officers << officer.name;
        }
        listing.rows.append({++number, activity.date.toString(Qt::ISODate),
                             activity.start.toString(QStringLiteral("HH:mm")) + u'-' +
                                 activity.end.toString(QStringLiteral("HH:mm")),
                             activity.districtName, activity.regionName, activity.visitNumber,
                             activity.venue, officers.join(QStringLiteral("; "))});
    }
    if (!listing.rows.isEmpty()) {
        print(listing, Format::Table, out);
    }

    QHash<QString, QString> names;
    for (const db::ScheduleVillage &village : draft.villages) {
        names.insert(village.code, village.name);
    }
    if (!draft.plan.skippedAsVisited.isEmpty()) {
        // A province's worth of names would bury the plan: the first few and a count.
        constexpr qsizetype shown = 20;
        const QStringList &codes = draft.plan.skippedAsVisited;
        QStringList skipped;
        for (const QString &code : codes.mid(0, shown)) {
            skipped << names.value(code, code);
        }
        if (codes.size() > shown) {
            skipped << QStringLiteral("and %1 more").arg(codes.size() - shown);
        }
        out << QStringLiteral("Already visited under this agreement (%1 skipped; "
                              "--include-visited plans them again): %2")
                   .arg(codes.size())
                   .arg(skipped.join(QStringLiteral(", ")))
            << '\n';
    }
    if (!draft.plan.unplaced.isEmpty()) {
        out << QStringLiteral("Did not fit (%1):").arg(draft.plan.unplaced.size()) << '\n';
        for (const db::UnplacedVillage &unplaced : draft.plan.unplaced) {
            out << QStringLiteral("  %1 (%2), visit %3: %4")
                       .arg(names.value(unplaced.villageCode), unplaced.villageCode)
                       .arg(unplaced.visitNumber)
                       .arg(unplaced.reason)
                << '\n';
        }
    }
    if (!draft.clashes.isEmpty()) {
        out << QStringLiteral("Clashes (%1):").arg(draft.clashes.size()) << '\n';
        for (const db::Clash &clash : draft.clashes) {
            out << QStringLiteral("  %1: %2").arg(db::clashRuleKey(clash.rule), clash.message)
                << '\n';
        }
    }
    out.flush();
}

} // namespace

ExitCode runSchedule(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption agreementOption(QStringLiteral("agreement"),
                                             QStringLiteral("The agreement (MoU) whose desa to "
                                                            "visit."),
                                             QStringLiteral("ID"));
    const QCommandLineOption fromOption(QStringLiteral("from"),
                                        QStringLiteral("The first day of the plan."),
                                        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption toOption(QStringLiteral("to"),
                                      QStringLiteral("The last day of the plan."),
                                      QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption perDayOption(QStringLiteral("per-day"),
                                          QStringLiteral("Visits a day at most (default 2)."),
                                          QStringLiteral("K"), QStringLiteral("2"));
    const QCommandLineOption visitsOption(QStringLiteral("visits-per-desa"),
                                          QStringLiteral("Visits to each desa (default 1)."),
                                          QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption blackoutOption(
        QStringLiteral("blackout"),
        QStringLiteral("A day without visits besides weekends and holidays, e.g. an election "
                       "day; repeat it or separate days with commas."),
        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption teamOption(
        QStringLiteral("team"),
        QStringLiteral("The person ids of one officer team, separated by commas (the first is "
                       "narasumber); repeat for each team. Without it no officers are assigned."),
        QStringLiteral("ID,ID"));
    const QCommandLineOption topicOption(QStringLiteral("topic"),
                                         QStringLiteral("The materi of the visits."),
                                         QStringLiteral("TEXT"));
    const QCommandLineOption includeVisitedOption(
        QStringLiteral("include-visited"),
        QStringLiteral("Plan desa already visited under the agreement too."));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"),
                                          QStringLiteral("Print the plan; save nothing."));
    const QCommandLineOption allowPartialOption(
        QStringLiteral("allow-partial"),
        QStringLiteral("Save the visits that fit even when some desa do not."));
    for (const auto *option :
         {&agreementOption, &fromOption, &toOption, &perDayOption, &visitsOption, &blackoutOption,
          &teamOption, &topicOption, &includeVisitedOption, &dryRunOption, &allowPartialOption}) {
        parser.addOption(*option);
    }
    parser.addPositionalArgument(QStringLiteral("ACTION"), QStringLiteral("generate"));
    if (auto stop = parseOptions(context, parser, synopsis)) {
        return *stop;
    }
    if (parser.positionalArguments() != QStringList{QStringLiteral("generate")}) {
        return fail(context, QStringLiteral("schedule needs an action: generate"), ExitCode::Usage);
    }

    db::PlanOptions options;
    bool numeric = false;
    options.agreementId = parser.value(agreementOption).toLongLong(&numeric);
    if (!numeric || options.agreementId <= 0) {
        return fail(context, QStringLiteral("schedule generate needs --agreement ID"),
                    ExitCode::Usage);
    }
    const auto from = isoDate(parser.value(fromOption));
    const auto to = isoDate(parser.value(toOption));
    if (!from || !to) {
        return fail(context,
                    QStringLiteral("schedule generate needs --from and --to as YYYY-MM-DD"),
                    ExitCode::Usage);
    }
    options.from = *from;
    options.to = *to;
    options.perDay = parser.value(perDayOption).toInt(&numeric);
    if (!numeric || options.perDay < 1) {
        return fail(context, QStringLiteral("--per-day needs a number of at least 1"),
                    ExitCode::Usage);
    }
    options.visitsPerDesa = parser.value(visitsOption).toInt(&numeric);
    if (!numeric || options.visitsPerDesa < 1) {
        return fail(context, QStringLiteral("--visits-per-desa needs a number of at least 1"),
                    ExitCode::Usage);
    }
    for (const QString &value : parser.values(blackoutOption)) {
        for (const QString &text : value.split(u',', Qt::SkipEmptyParts)) {
            const auto day = isoDate(text);
            if (!day) {
                return fail(context,
                            QStringLiteral("--blackout '%1' is not a date (YYYY-MM-DD)").arg(text),
                            ExitCode::Usage);
            }
            options.blackouts.insert(*day);
        }
    }
    for (const QString &value : parser.values(teamOption)) {
        db::OfficerTeam team;
        for (const QString &text : value.split(u',', Qt::SkipEmptyParts)) {
            const qint64 id = text.trimmed().toLongLong(&numeric);
            if (!numeric || id <= 0) {
                return fail(
                    context,
                    QStringLiteral("--team '%1': person ids separated by commas").arg(value),
                    ExitCode::Usage);
            }
            team.officerIds << id;
        }
        team.label = QStringLiteral("Tim %1").arg(options.teams.size() + 1);
        options.teams << team;
    }
    options.topic = parser.value(topicOption).trimmed();
    options.includeVisited = parser.isSet(includeVisitedOption);

    auto database = openDatabase(context);
    if (!database) {
        return ExitCode::Failure;
    }
    auto agreement = db::AgreementRepository(*database).find(options.agreementId);
    if (!agreement) {
        return fail(context, agreement.error().message);
    }
    db::SchedulePlanner planner(*database);
    auto draft = planner.draft(options);
    if (!draft) {
        return fail(context, draft.error().message);
    }
    printPlan(context, *draft, *agreement);
    const bool allowPartial = parser.isSet(allowPartialOption);
    if (!draft->plan.complete() && !allowPartial) {
        return fail(context,
                    QStringLiteral("%1 visits did not fit; nothing was saved (widen --from/--to, "
                                   "raise --per-day, or save the rest with --allow-partial).")
                        .arg(draft->plan.unplaced.size()));
    }
    if (parser.isSet(dryRunOption)) {
        context.out << "Dry run: nothing was saved." << Qt::endl;
        return ExitCode::Success;
    }
    if (draft->activities.isEmpty()) {
        context.out << "Nothing to plan: every desa is visited already." << Qt::endl;
        return ExitCode::Success;
    }
    auto planId = planner.save(*draft, allowPartial);
    if (!planId) {
        return fail(context, planId.error().message);
    }
    context.out << QStringLiteral("Saved plan %1 with %2 visits.")
                       .arg(*planId)
                       .arg(draft->activities.size())
                << Qt::endl;
    return ExitCode::Success;
}

} // namespace sisambang::cli
