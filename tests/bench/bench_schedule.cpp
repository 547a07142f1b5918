// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark (not a test): plans a sambang visit to every kelurahan/desa of a
// kabupaten, of a province and of the largest provinces over a year, and
// measures the draft (reads, generator, clash check) and the save (one
// transaction through ActivityRepository::add) beside inserting the same
// number of activity rows with one prepared statement in one transaction.
//   bench_schedule [REGION ...]   (default: 19.04 19 33, about 100, 400 and 8,500 desa)
#include "agreements.h"
#include "database.h"
#include "people.h"
#include "query.h"
#include "regions.h"
#include "scheduleplans.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

using namespace sisambang;
using namespace sisambang::db;

namespace {

QTextStream out(stdout);

struct Figures
{
    qsizetype villages = 0;
    qint64 draftMs = 0;
    qint64 saveMs = 0;
    qint64 rawMs = 0;
};

// The bare engine: the same rows with one prepared INSERT in one transaction.
qint64 rawInsert(const Database &database, const PlanDraft &draft)
{
    QElapsedTimer timer;
    timer.start();
    Transaction transaction(database);
    Query insert(database, QStringLiteral("INSERT INTO activity (region_code, venue, date, "
                                          "start_time, end_time) VALUES (?, ?, ?, ?, ?)"));
    for (const Activity &activity : draft.activities) {
        insert.bind(activity.regionCode)
            .bind(activity.venue)
            .bind(activity.date.toString(Qt::ISODate))
            .bind(activity.start.toString(QStringLiteral("HH:mm")))
            .bind(activity.end.toString(QStringLiteral("HH:mm")));
        if (!insert.exec()) {
            qFatal("raw insert failed");
        }
    }
    if (!transaction.commit()) {
        qFatal("raw commit failed");
    }
    return timer.elapsed();
}

Figures measure(const QString &folder, const QString &region)
{
    auto opened =
        Database::open(folder + QStringLiteral("/bench-") + region + QStringLiteral(".db"),
                       Database::OpenMode::CreateIfMissing);
    if (!opened) {
        qFatal("%s", qPrintable(opened.error().message));
    }
    Database &database = **opened;
    auto villages = RegionRepository(database).villagesUnder(region);
    if (!villages || villages->isEmpty()) {
        qFatal("no villages under %s", qPrintable(region));
    }
    Agreement agreement;
    agreement.title = QStringLiteral("Bench");
    agreement.status = AgreementStatus::Signed;
    for (const Region &village : *villages) {
        agreement.villageCodes << village.code;
    }
    auto agreementId = AgreementRepository(database).add(agreement);
    QList<OfficerTeam> teams;
    for (int t = 0; t < 4; ++t) {
        OfficerTeam team;
        for (int m = 0; m < 2; ++m) {
            Person person;
            person.name = PersonName::parse(QStringLiteral("Petugas %1 %2").arg(t).arg(m));
            team.officerIds << *PersonRepository(database).add(person);
        }
        teams << team;
    }
    PlanOptions options;
    options.agreementId = *agreementId;
    options.from = QDate(2023, 1, 2);
    options.perDay = 8; // four teams, two half days
    options.teams = teams;
    // Long enough for every desa: working days are 5 of 7, less holidays and
    // the half days a team is already out.
    options.to = options.from.addDays(villages->size() * 2 / options.perDay + 60);

    Figures figures;
    figures.villages = villages->size();
    SchedulePlanner planner(database);
    QElapsedTimer timer;
    timer.start();
    auto draft = planner.draft(options);
    figures.draftMs = timer.elapsed();
    if (!draft) {
        qFatal("%s", qPrintable(draft.error().message));
    }
    if (!draft->plan.complete()) {
        qFatal("%s: %lld desa did not fit: %s", qPrintable(region),
               static_cast<long long>(draft->plan.unplaced.size()),
               qPrintable(draft->plan.unplaced.first().reason));
    }
    timer.restart();
    if (auto saved = planner.save(*draft); !saved) {
        qFatal("%s", qPrintable(saved.error().message));
    }
    figures.saveMs = timer.elapsed();
    figures.rawMs = rawInsert(database, *draft);
    return figures;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    QStringList regions = application.arguments().mid(1);
    if (regions.isEmpty()) {
        regions = {QStringLiteral("19.04"), QStringLiteral("19"), QStringLiteral("33")};
    }
    QTemporaryDir folder;
    out << "region    desa   draft ms   save ms   raw insert ms   save/raw\n";
    for (const QString &region : regions) {
        const Figures figures = measure(folder.path(), region);
        out << QStringLiteral("%1 %2 %3 %4 %5 %6")
                   .arg(region, -7)
                   .arg(figures.villages, 6)
                   .arg(figures.draftMs, 10)
                   .arg(figures.saveMs, 9)
                   .arg(figures.rawMs, 15)
                   .arg(static_cast<double>(figures.saveMs) / std::max<qint64>(1, figures.rawMs),
                        10, 'f', 1)
            << Qt::endl;
    }
    return 0;
}
