// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoactivities.h"

#include "activities.h"
#include "agreements.h"
#include "clashes.h"
#include "database.h"
#include "demorecords.h"
#include "query.h"
#include "scheduleplans.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

// The two meetings of 20 February 2023, their places and the people at them
// are those of the story; their hours, the officers' roles and everything
// from March on (the plan, the postponement, the Saturday sosialisasi) are
// INVENTED for the demo.

namespace sisambang::db {

namespace {

class DemoText
{
    Q_DECLARE_TR_FUNCTIONS(Demo)
};

Result<qint64> idOf(const Database &database, const QString &sql, const QString &value)
{
    Query query(database, sql);
    auto id = query.bind(value).scalar();
    if (!id) {
        return id.error();
    }
    if (!id->isValid()) {
        return Error::failed(DemoText::tr("The demo register lacks %1.").arg(value));
    }
    return id->toLongLong();
}

// The people, offices and MoUs the activities name.
struct DemoCast
{
    QHash<QString, qint64> people;
    qint64 kobaOffice = 0;
    qint64 lubukBesarOffice = 0;
    qint64 kobaMou = 0;
    qint64 lubukBesarMou = 0;
};

Result<DemoCast> readCast(const Database &database)
{
    DemoCast cast;
    const QString person = QStringLiteral("SELECT id FROM person WHERE full_name = ?");
    for (const char *name : {"Win Iskandar", "Wahyu Tri Buwono", "Yaumil Ikrom",
                             "Dedi Saputra, S.H.", "Nurul Fitriani, S.Pd.", "Rina Marlina"}) {
        auto id = idOf(database, person, QLatin1String(name));
        if (!id) {
            return id.error();
        }
        cast.people.insert(QLatin1String(name), *id);
    }
    const QString institution = QStringLiteral("SELECT id FROM institution WHERE name = ?");
    auto koba = idOf(database, institution, QStringLiteral("Kantor Camat Koba"));
    auto lubukBesar = idOf(database, institution, QStringLiteral("Kantor Camat Lubuk Besar"));
    const QString mou = QStringLiteral("SELECT a.id FROM agreement a JOIN agreement_party p ON "
                                       "p.agreement_id = a.id AND p.ordinal = 2 JOIN institution i "
                                       "ON i.id = p.institution_id WHERE i.name = ?");
    auto kobaMou = idOf(database, mou, QStringLiteral("Kantor Camat Koba"));
    auto lubukBesarMou = idOf(database, mou, QStringLiteral("Kantor Camat Lubuk Besar"));
    for (const auto *id : {&koba, &lubukBesar, &kobaMou, &lubukBesarMou}) {
        if (!*id) {
            return id->error();
        }
    }
    cast.kobaOffice = *koba;
    cast.lubukBesarOffice = *lubukBesar;
    cast.kobaMou = *kobaMou;
    cast.lubukBesarMou = *lubukBesarMou;
    return cast;
}

Status addMeetings(Database &database, const DemoCast &cast, const DemoPictures *pictures)
{
    ActivityRepository activities(database);
    Activity lubukBesar;
    lubukBesar.kind = ActivityKind::CoordinationMeeting;
    lubukBesar.agreementId = cast.lubukBesarMou;
    lubukBesar.regionCode = QStringLiteral("19.04.06");
    lubukBesar.title = QStringLiteral("Rapat Koordinasi Sambang Pengawasan Kecamatan Lubuk Besar");
    lubukBesar.venue = QStringLiteral("Gedung Serba Guna Kecamatan Lubuk Besar");
    lubukBesar.date = QDate(2023, 2, 20);
    lubukBesar.start = QTime(9, 0);
    lubukBesar.end = QTime(12, 0);
    lubukBesar.topic = QStringLiteral("Netralitas aparatur desa dan pengawasan partisipatif "
                                      "menjelang Pemilu 2024");
    lubukBesar.hostInstitutionId = cast.lubukBesarOffice;
    lubukBesar.officers = {
        {cast.people.value(QStringLiteral("Win Iskandar")), OfficerRole::Speaker},
        {cast.people.value(QStringLiteral("Dedi Saputra, S.H.")), OfficerRole::MinuteTaker}};

    Activity koba;
    koba.kind = ActivityKind::CoordinationMeeting;
    koba.agreementId = cast.kobaMou;
    koba.regionCode = QStringLiteral("19.04.01");
    koba.title = QStringLiteral("Rapat Koordinasi Sambang Pengawasan Kecamatan Koba");
    koba.venue = QStringLiteral("Homepage Cafe Padang Mulia, Koba");
    koba.date = QDate(2023, 2, 20);
    koba.start = QTime(13, 30);
    koba.end = QTime(16, 0);
    koba.topic = lubukBesar.topic;
    koba.hostInstitutionId = cast.kobaOffice;
    koba.officers = {{cast.people.value(QStringLiteral("Wahyu Tri Buwono")), OfficerRole::Speaker},
                     {cast.people.value(QStringLiteral("Yaumil Ikrom")), OfficerRole::Speaker},
                     {cast.people.value(QStringLiteral("Rina Marlina")), OfficerRole::MinuteTaker}};

    for (const auto &[meeting, which] :
         {std::pair{lubukBesar, DemoMeeting::LubukBesar}, std::pair{koba, DemoMeeting::Koba}}) {
        auto id = activities.add(meeting);
        if (!id) {
            return id.error();
        }
        // Done requires attendance: the meeting's records come first.
        if (auto done = recordDemoMeeting(database, *id, which, pictures); !done) {
            return done;
        }
        if (auto done = activities.setStatus(*id, 1, ActivityStatus::Done); !done) {
            return done;
        }
    }
    return {};
}

Status planVisits(Database &database, const DemoCast &cast)
{
    const auto person = [&](const char *name) {
        return cast.people.value(QLatin1String(name));
    };
    PlanOptions options;
    options.from = QDate(2023, 3, 6);
    options.to = QDate(2023, 3, 31);
    options.perDay = 2;
    options.teams = {
        {{person("Wahyu Tri Buwono"), person("Dedi Saputra, S.H.")}, QStringLiteral("Tim 1")},
        {{person("Nurul Fitriani, S.Pd."), person("Rina Marlina")}, QStringLiteral("Tim 2")}};
    options.topic = QStringLiteral("Netralitas aparatur desa/kelurahan dan pengawasan "
                                   "partisipatif Pemilu 2024");
    SchedulePlanner planner(database);
    // Koba first; Lubuk Besar's plan then finds Koba's visits on the calendar.
    for (const qint64 agreement : {cast.kobaMou, cast.lubukBesarMou}) {
        options.agreementId = agreement;
        auto draft = planner.draft(options);
        if (!draft) {
            return draft.error();
        }
        if (auto saved = planner.save(*draft); !saved) {
            return saved.error();
        }
    }
    return {};
}

// The first week done, one visit postponed and moved, a Saturday sosialisasi accepted.
Status followUp(Database &database, const DemoCast &cast)
{
    ActivityRepository activities(database);
    ActivityFilter visits;
    visits.kind = ActivityKind::VillageVisit;
    auto planned = activities.list(visits);
    if (!planned) {
        return planned.error();
    }
    // The first visit done gets an open follow-up item.
    bool followUpGiven = false;
    for (const Activity &visit : std::as_const(*planned)) {
        if (visit.date <= QDate(2023, 3, 10)) {
            if (auto done = recordDemoVisit(database, visit.id, !followUpGiven); !done) {
                return done;
            }
            followUpGiven = true;
            if (auto done = activities.setStatus(visit.id, visit.version, ActivityStatus::Done);
                !done) {
                return done;
            }
        }
    }
    const auto postponed = std::find_if(planned->cbegin(), planned->cend(), [](const Activity &a) {
        return a.date == QDate(2023, 3, 15) && a.start == QTime(9, 0);
    });
    if (postponed == planned->cend()) {
        return Error::failed(DemoText::tr("The demo plan has no visit on 15 March 2023."));
    }
    if (auto done =
            activities.setStatus(postponed->id, postponed->version, ActivityStatus::Postponed);
        !done) {
        return done;
    }
    if (auto done = activities.reschedule(
            postponed->id, postponed->version + 1, QDate(2023, 3, 27), QTime(9, 0), QTime(12, 0),
            QStringLiteral("Kepala desa menghadiri Musrenbang tingkat kecamatan pada hari yang "
                           "sama"));
        !done) {
        return done;
    }

    Activity youth;
    youth.kind = ActivityKind::Socialisation;
    youth.agreementId = cast.lubukBesarMou;
    youth.regionCode = QStringLiteral("19.04.06.2004");
    youth.title = QStringLiteral("Sosialisasi Pengawasan Partisipatif bersama Karang Taruna");
    youth.venue = QStringLiteral("Balai Desa Kulur");
    youth.date = QDate(2023, 3, 18); // a Saturday
    youth.start = QTime(19, 30);
    youth.end = QTime(21, 30);
    youth.topic = QStringLiteral("Peran pemuda dalam pengawasan partisipatif");
    youth.officers = {
        {cast.people.value(QStringLiteral("Nurul Fitriani, S.Pd.")), OfficerRole::Speaker}};
    auto id = activities.add(youth);
    if (!id) {
        return id.error();
    }
    return ClashDetector(database).accept(
        *id, ClashRule::NonWorkingDay, 0,
        QStringLiteral("Pemuda Karang Taruna Desa Kulur hanya dapat berkumpul pada Sabtu malam"));
}

} // namespace

Status buildDemoActivities(Database &database, const DemoPictures *pictures)
{
    auto cast = readCast(database);
    if (!cast) {
        return cast.error();
    }
    if (auto done = addMeetings(database, *cast, pictures); !done) {
        return done;
    }
    if (auto done = planVisits(database, *cast); !done) {
        return done;
    }
    return followUp(database, *cast);
}

} // namespace sisambang::db
