// SPDX-License-Identifier: GPL-3.0-or-later
// The benchmark data generator and the raw-engine halves of the comparisons
// (not a test; run by tests/bench/run.sh). Deterministic: the same arguments
// always give the same files.
//   benchgen register  --dir DIR --people N [--office 19.04]
//       DIR/base.db (office profile only), DIR/register.csv (N invented people
//       spread over every kelurahan/desa of the office's kabupaten/kota)
//   benchgen database  --dir DIR --activities M [--years Y] [--last-year YYYY]
//       DIR/full.db: base.db with register.csv imported through the product's
//       own StakeholderImport, one signed agreement per kecamatan covering its
//       desa, plus M activities over Y years under those agreements (bulk SQL in
//       one transaction), each with two officers, the done ones with 22 who came
//       (about 40,000 participants per 2,000 activities)
//   benchgen recap-odt --db FILE --year YYYY -o FILE.odt
//       the yearly recap exported as ODT through the product's document pipeline
//   benchgen schedule  --dir DIR --region CODE
//       DIR/schedule.db: an agreement covering every kelurahan/desa under CODE
//       and officer teams; prints the arguments of `sisambang-cli schedule generate`
//   benchgen rawinsert --db FILE --region CODE
//       one activity row per kelurahan/desa under CODE with one prepared INSERT
//       in one transaction (the bare engine the schedule save is compared with)
#include "agreements.h"
#include "database.h"
#include "documentexport.h"
#include "monthlyrecap.h"
#include "officeprofile.h"
#include "people.h"
#include "query.h"
#include "regions.h"
#include "stakeholderimport.h"
#include "transaction.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QTextStream>

#include <array>
#include <cstdio>
#include <cstring>
#include <memory>

using namespace sisambang;
using namespace sisambang::db;

namespace {

QTextStream out(stdout);
QTextStream err(stderr);

constexpr std::array firstNames = {
    "Ahmad",    "Budi",    "Dedi",    "Eko",       "Fajar",  "Gunawan",   "Hendra",  "Irwan",
    "Joko",     "Lukman",  "Mulyadi", "Nanang",    "Rizal",  "Syahrial",  "Taufik",  "Yusuf",
    "Zulkifli", "Arif",    "Bambang", "Darmawan",  "Siti",   "Nurhayati", "Dewi",    "Rina",
    "Fitri",    "Yuliana", "Sri",     "Marlina",   "Nining", "Ratna",     "Lestari", "Maya",
    "Herlina",  "Nova",    "Susanti", "Rosmawati", "Hasan",  "Khairul",   "Marzuki", "Samsul"};
constexpr std::array middleNames = {
    "Abdul", "Tri",   "Dwi",  "Eka",   "Nur",   "Indah", "Putra", "Putri", "Adi",    "Agus",
    "Bayu",  "Citra", "Dian", "Fadli", "Galih", "Hadi",  "Intan", "Jaya",  "Kusuma", "Lina",
    "Mega",  "Novi",  "Okta", "Panca", "Rahma", "Sinta", "Tegar", "Utami", "Wulan",  "Yoga"};
constexpr std::array familyNames = {
    "Saputra",  "Pratama", "Setiawan", "Kurniawan", "Firmansyah", "Syahputra", "Ramadhan",
    "Wijaya",   "Santoso", "Hakim",    "Maulana",   "Rahman",     "Fadillah",  "Effendi",
    "Sanjaya",  "Susanto", "Hamid",    "Yusuf",     "Anwar",      "Nasution",  "Harun",
    "Sulaiman", "Rasyid",  "Zakaria",  "Ismail",    "Basri",      "Mansur"};
constexpr std::array jabatan = {"Kepala Dusun",
                                "Ketua RT",
                                "Anggota BPD",
                                "Kaur Umum",
                                "Kasi Pemerintahan",
                                "Kasi Kesejahteraan",
                                "Ketua Karang Taruna",
                                "",
                                "",
                                ""};
constexpr std::array categories = {"Aparatur Desa/Kelurahan", "Tokoh Masyarakat", "Tokoh Agama",
                                   "Ormas", ""};
constexpr std::array topics = {"Netralitas aparatur desa dalam pemilihan",
                               "Pengawasan partisipatif", "Pencegahan politik uang",
                               "Larangan kampanye di tempat ibadah", "Pemutakhiran data pemilih"};

[[noreturn]] void die(const QString &message)
{
    err << "benchgen: " << message << Qt::endl;
    std::exit(1);
}

std::unique_ptr<Database> openOrDie(const QString &path, Database::OpenMode mode)
{
    auto opened = Database::open(path, mode);
    if (!opened) {
        die(opened.error().message);
    }
    return std::move(*opened);
}

QList<Region> villagesOrDie(const Database &database, const QString &code)
{
    auto villages = RegionRepository(database).villagesUnder(code);
    if (!villages || villages->isEmpty()) {
        die(QStringLiteral("no kelurahan/desa under %1").arg(code));
    }
    return *villages;
}

QString venueOf(const Region &village)
{
    return (village.kind == RegionKind::UrbanVillage ? QStringLiteral("Kantor Kelurahan ")
                                                     : QStringLiteral("Kantor Desa ")) +
           village.name;
}

// The register as offices keep it: unique names within each desa (so no
// likely duplicates), a title in one person of seven, phones, some e-mail.
void writeRegister(const QString &path, int people, const QList<Region> &villages)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        die(QStringLiteral("cannot write %1").arg(path));
    }
    QTextStream csv(&file);
    csv << "Nama,Jabatan,Instansi,Kecamatan,Desa/Kelurahan,No HP,Email,Kategori,Jenis Kelamin\r\n";
    for (int i = 0; i < people; ++i) {
        const Region &desa = villages.at(i % villages.size());
        const int n = i / static_cast<int>(villages.size());
        const int first = n % firstNames.size();
        const QString name =
            QStringLiteral("%1 %2 %3")
                .arg(QLatin1String(firstNames[first]),
                     QLatin1String(middleNames[(n / firstNames.size()) % middleNames.size()]),
                     QLatin1String(familyNames[(n / (firstNames.size() * middleNames.size())) %
                                               familyNames.size()]));
        const QString title = QLatin1String(jabatan[i % jabatan.size()]);
        const QString institution = title == QLatin1String("Ketua Karang Taruna")
                                        ? QStringLiteral("Karang Taruna ") + desa.name
                                        : QString();
        csv << '"' << name << (i % 7 == 0 ? QStringLiteral(", S.Pd.") : QString()) << "\"," << title
            << ',' << institution << ",," << desa.name << ','
            << QStringLiteral("0812%1").arg(10000000 + i) << ','
            << (i % 3 == 0 ? QStringLiteral("orang%1@example.org").arg(i) : QString()) << ','
            << QLatin1String(categories[i % categories.size()]) << ','
            << (first >= 20 && first < 36 ? "P" : "L") << "\r\n";
    }
}

int makeRegister(const QString &dir, int people, const QString &office)
{
    const QString base = dir + QStringLiteral("/base.db");
    QFile::remove(base);
    auto database = openOrDie(base, Database::OpenMode::CreateIfMissing);
    OfficeProfile profile;
    profile.regionCode = office;
    profile.officeName = QStringLiteral("Bawaslu Kabupaten Bangka Tengah");
    if (auto saved = OfficeProfileStore(*database).save(profile); !saved) {
        die(saved.error().message);
    }
    writeRegister(dir + QStringLiteral("/register.csv"), people, villagesOrDie(*database, office));
    out << "register: " << people << " people" << Qt::endl;
    return 0;
}

// kecamatan code -> the id of its agreement.
QHash<QString, qint64> addAgreements(Database &database, const QList<Region> &villages,
                                     int firstYear, int lastYear)
{
    Query agreement(database,
                    QStringLiteral("INSERT INTO agreement (title, programme, signed_on, place, "
                                   "valid_from, valid_until, status) "
                                   "VALUES (?, 'Sambang Pengawasan', ?, ?, ?, ?, 'signed')"));
    Query covers(database, QStringLiteral("INSERT INTO agreement_village (agreement_id, "
                                          "region_code) VALUES (?, ?)"));
    const QString signedOn = QDate(firstYear, 1, 2).toString(Qt::ISODate);
    QHash<QString, qint64> ids;
    for (const Region &desa : villages) {
        const QString kecamatan = desa.code.left(8);
        if (!ids.contains(kecamatan)) {
            agreement.bind(QStringLiteral("Nota Kesepahaman Sambang Pengawasan ") + kecamatan)
                .bind(signedOn)
                .bind(QStringLiteral("Kantor Camat"))
                .bind(signedOn)
                .bind(QDate(lastYear, 12, 31).toString(Qt::ISODate));
            if (auto done = agreement.exec(); !done) {
                die(done.error().message);
            }
            ids.insert(kecamatan, agreement.lastInsertId());
        }
        covers.bind(ids.value(kecamatan)).bind(desa.code);
        if (auto done = covers.exec(); !done) {
            die(done.error().message);
        }
    }
    return ids;
}

// Years of visits in the office's kabupaten/kota: working days, two a day per
// desa in turn, past ones mostly done (with who came), a few postponed or cancelled.
constexpr int participantsPerDoneVisit = 22; // 93% are done: about 20 per activity
void addActivities(Database &database, int count, int years, int lastYear)
{
    auto profile = OfficeProfileStore(database).load();
    if (!profile) {
        die(profile.error().message);
    }
    const QList<Region> villages = villagesOrDie(database, profile->regionCode);
    Query people(database, QStringLiteral("SELECT id FROM person ORDER BY id LIMIT 12"));
    QList<qint64> officers;
    if (people.exec()) {
        while (people.next()) {
            officers << people.value(0).toLongLong();
        }
    }
    Transaction transaction(database);
    // One signed agreement per kecamatan, covering all its desa for the whole
    // span, as offices sign them: the recap's coverage then has figures.
    const QHash<QString, qint64> agreements =
        addAgreements(database, villages, lastYear - years + 1, lastYear);
    Query insert(database,
                 QStringLiteral("INSERT INTO activity (kind, region_code, title, venue, date, "
                                "start_time, end_time, topic, status, agreement_id) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    Query officer(database, QStringLiteral("INSERT INTO activity_officer (activity_id, "
                                           "person_id, role, ordinal) VALUES (?, ?, ?, ?)"));
    Query attendance(database,
                     QStringLiteral("INSERT INTO activity_attendance (activity_id, number, name, "
                                    "jabatan, institution, institution_kind, gender) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    const QStringList kinds = {QStringLiteral("village_office"), QStringLiteral("district_office"),
                               QStringLiteral("police"), QStringLiteral("military"),
                               QStringLiteral("organisation")};
    const int perYear = std::max(1, count / years);
    int made = 0;
    for (int year = lastYear - years + 1; year <= lastYear && made < count; ++year) {
        const int thisYear = year == lastYear ? count - made : perYear;
        QDate day(year, 1, 2);
        for (int i = 0; i < thisYear; ++i) {
            // Spread the year's visits evenly over its working days.
            QDate date = day.addDays(static_cast<qint64>(i) * 360 / thisYear);
            while (date.dayOfWeek() > 5) {
                date = date.addDays(1);
            }
            const Region &desa = villages.at(made % villages.size());
            const bool morning = i % 2 == 0;
            const char *status = made % 23 == 0   ? "postponed"
                                 : made % 31 == 0 ? "cancelled"
                                                  : "done";
            insert
                .bind(made % 10 == 0 ? QStringLiteral("socialisation")
                                     : QStringLiteral("village_visit"))
                .bind(desa.code)
                .bind(QStringLiteral("Sambang Desa ") + desa.name)
                .bind(venueOf(desa))
                .bind(date.toString(Qt::ISODate))
                .bind(morning ? QStringLiteral("09:00") : QStringLiteral("13:30"))
                .bind(morning ? QStringLiteral("11:30") : QStringLiteral("16:00"))
                .bind(QLatin1String(topics[made % topics.size()]))
                .bind(QLatin1String(status))
                .bind(agreements.value(desa.code.left(8)));
            if (auto done = insert.exec(); !done) {
                die(done.error().message);
            }
            const qint64 id = insert.lastInsertId();
            for (int k = 0; k < 2 && officers.size() >= 2; ++k) {
                officer.bind(id)
                    .bind(officers.at((made * 2 + k) % officers.size()))
                    .bind(k == 0 ? QStringLiteral("speaker") : QStringLiteral("companion"))
                    .bind(k + 1);
                if (auto done = officer.exec(); !done) {
                    die(done.error().message);
                }
            }
            // About 40,000 who came per 2,000 activities (20 each; the done ones carry them).
            for (int n = 1; n <= participantsPerDoneVisit && std::strcmp(status, "done") == 0;
                 ++n) {
                attendance.bind(id)
                    .bind(n)
                    .bind(QStringLiteral("%1 %2").arg(
                        QLatin1String(firstNames[(made + n) % firstNames.size()]),
                        QLatin1String(familyNames[(made * 7 + n) % familyNames.size()])))
                    .bind(n == 1 ? QStringLiteral("Kepala Desa") : QStringLiteral("Warga"))
                    .bind(QStringLiteral("Desa ") + desa.name)
                    .bind(kinds.at(n % kinds.size()))
                    .bind(n % 2 == 0 ? QStringLiteral("female") : QStringLiteral("male"));
                if (auto done = attendance.exec(); !done) {
                    die(done.error().message);
                }
            }
            ++made;
        }
    }
    if (auto committed = transaction.commit(); !committed) {
        die(committed.error().message);
    }
}

int makeDatabase(const QString &dir, int activities, int years, int lastYear)
{
    const QString full = dir + QStringLiteral("/full.db");
    QFile::remove(full);
    if (!QFile::copy(dir + QStringLiteral("/base.db"), full)) {
        die(QStringLiteral("run 'benchgen register' first"));
    }
    auto database = openOrDie(full, Database::OpenMode::ExistingOnly);
    StakeholderImport import(*database);
    if (auto loaded = import.load(dir + QStringLiteral("/register.csv")); !loaded) {
        die(loaded.error().message);
    }
    auto summary = import.commit();
    if (!summary) {
        die(summary.error().message);
    }
    addActivities(*database, activities, years, lastYear);
    out << "database: " << summary->added.size() << " people, " << activities << " activities"
        << Qt::endl;
    return 0;
}

int makeRecapOdt(const QString &path, int year, const QString &output)
{
    auto database = openOrDie(path, Database::OpenMode::ExistingOnly);
    auto data = documents::loadYearlyRecapData(*database, year, QString());
    if (!data) {
        die(data.error().message);
    }
    const auto document = documents::yearlyRecapDocument(*data, data->profile.paper);
    if (auto written = documents::DocumentExport::write(document, output); !written) {
        die(written.error().message);
    }
    return 0;
}

int makeSchedule(const QString &dir, const QString &region)
{
    const QString path = dir + QStringLiteral("/schedule.db");
    QFile::remove(path);
    if (!QFile::copy(dir + QStringLiteral("/base.db"), path)) {
        die(QStringLiteral("run 'benchgen register' first"));
    }
    auto database = openOrDie(path, Database::OpenMode::ExistingOnly);
    const QList<Region> villages = villagesOrDie(*database, region);
    Agreement agreement;
    agreement.title = QStringLiteral("Sambang Desa ") + region;
    agreement.status = AgreementStatus::Signed;
    agreement.validFrom = QDate(2025, 1, 1);
    agreement.validUntil = QDate(2025, 12, 31);
    for (const Region &village : villages) {
        agreement.villageCodes << village.code;
    }
    auto agreementId = AgreementRepository(*database).add(agreement);
    if (!agreementId) {
        die(agreementId.error().message);
    }
    // Enough two-person teams for every desa within the year: about 240
    // working days, two half days each.
    const int teams = static_cast<int>(villages.size() / 400) + 2;
    QStringList arguments{QStringLiteral("--agreement"), QString::number(*agreementId),
                          QStringLiteral("--from"),      QStringLiteral("2025-01-02"),
                          QStringLiteral("--to"),        QStringLiteral("2025-12-31"),
                          QStringLiteral("--per-day"),   QString::number(teams * 2)};
    for (int t = 0; t < teams; ++t) {
        QStringList ids;
        for (int m = 0; m < 2; ++m) {
            Person person;
            person.name = PersonName::parse(QStringLiteral("%1 %2").arg(
                QLatin1String(firstNames[(t * 2 + m) % firstNames.size()]),
                QLatin1String(familyNames[t % familyNames.size()])));
            auto id = PersonRepository(*database).add(person);
            if (!id) {
                die(id.error().message);
            }
            ids << QString::number(*id);
        }
        arguments << QStringLiteral("--team") << ids.join(u',');
    }
    out << arguments.join(u' ') << Qt::endl;
    return 0;
}

int rawInsert(const QString &path, const QString &region)
{
    auto database = openOrDie(path, Database::OpenMode::ExistingOnly);
    const QList<Region> villages = villagesOrDie(*database, region);
    Transaction transaction(*database);
    Query insert(*database, QStringLiteral("INSERT INTO activity (region_code, venue, date, "
                                           "start_time, end_time) VALUES (?, ?, ?, ?, ?)"));
    QDate date(2025, 1, 2);
    for (const Region &village : villages) {
        insert.bind(village.code)
            .bind(venueOf(village))
            .bind(date.toString(Qt::ISODate))
            .bind(QStringLiteral("09:00"))
            .bind(QStringLiteral("12:00"));
        if (auto done = insert.exec(); !done) {
            die(done.error().message);
        }
    }
    if (auto committed = transaction.commit(); !committed) {
        die(committed.error().message);
    }
    out << villages.size() << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    // Only the recap lays out text and needs a QGuiApplication; the rest stays
    // a QCoreApplication, as the CLI does, so the raw-engine side starts as
    // quickly as it can.
    std::unique_ptr<QCoreApplication> app;
    if (argc > 1 && qstrcmp(argv[1], "recap-odt") == 0) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &application = *app;
    QCommandLineParser parser;
    const QCommandLineOption dir(QStringLiteral("dir"), QStringLiteral("Output folder."),
                                 QStringLiteral("DIR"));
    const QCommandLineOption dbFile(QStringLiteral("db"), QStringLiteral("Database."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption people(QStringLiteral("people"), QStringLiteral("People."),
                                    QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption activities(QStringLiteral("activities"), QStringLiteral("Activities."),
                                        QStringLiteral("M"), QStringLiteral("20000"));
    const QCommandLineOption years(QStringLiteral("years"), QStringLiteral("Years."),
                                   QStringLiteral("Y"), QStringLiteral("10"));
    const QCommandLineOption lastYear(QStringLiteral("last-year"), QStringLiteral("Last year."),
                                      QStringLiteral("YYYY"), QStringLiteral("2025"));
    const QCommandLineOption year(QStringLiteral("year"), QStringLiteral("Year."),
                                  QStringLiteral("YYYY"), QStringLiteral("2025"));
    const QCommandLineOption office(QStringLiteral("office"), QStringLiteral("Kabupaten."),
                                    QStringLiteral("CODE"), QStringLiteral("19.04"));
    const QCommandLineOption region(QStringLiteral("region"), QStringLiteral("Region."),
                                    QStringLiteral("CODE"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("Output file."), QStringLiteral("FILE"));
    parser.addOptions(
        {dir, dbFile, people, activities, years, lastYear, year, office, region, output});
    parser.addPositionalArgument(QStringLiteral("WHAT"),
                                 QStringLiteral("register | database | recap-odt | schedule | "
                                                "rawinsert"));
    parser.process(application);
    const QString what = parser.positionalArguments().value(0);
    if (what == QLatin1String("register")) {
        QDir().mkpath(parser.value(dir));
        return makeRegister(parser.value(dir), parser.value(people).toInt(), parser.value(office));
    }
    if (what == QLatin1String("database")) {
        return makeDatabase(parser.value(dir), parser.value(activities).toInt(),
                            parser.value(years).toInt(), parser.value(lastYear).toInt());
    }
    if (what == QLatin1String("recap-odt")) {
        return makeRecapOdt(parser.value(dbFile), parser.value(year).toInt(), parser.value(output));
    }
    if (what == QLatin1String("schedule")) {
        return makeSchedule(parser.value(dir), parser.value(region));
    }
    if (what == QLatin1String("rawinsert")) {
        return rawInsert(parser.value(dbFile), parser.value(region));
    }
    parser.showHelp(2);
}
