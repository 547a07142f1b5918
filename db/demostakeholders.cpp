// SPDX-License-Identifier: GPL-3.0-or-later
#include "demostakeholders.h"

#include "database.h"
#include "institutions.h"
#include "people.h"
#include "positions.h"
#include "regions.h"

#include <QCoreApplication>
#include <QSet>

#include <array>

// Apart from the people the story names (Win Iskandar, Wahyu Tri Buwono,
// Sahabudin, Candra Buansyah, Yaumil Ikrom), every name, phone number, e-mail
// address and date here is INVENTED for the demo and belongs to no real
// person. Phone numbers use the 0812-71xx-xxxx block in sequence. Everything
// is derived deterministically from the region codes, so every demo database
// is the same.

namespace sisambang::db {

namespace {

class DemoText
{
    Q_DECLARE_TR_FUNCTIONS(Demo)
};

constexpr std::array maleNames = {
    "Ahmad",    "Budi",    "Dedi",    "Eko",      "Fajar",   "Gunawan",  "Hendra",  "Irwan",
    "Joko",     "Lukman",  "Mulyadi", "Nanang",   "Rizal",   "Syahrial", "Taufik",  "Yusuf",
    "Zulkifli", "Arif",    "Bambang", "Darmawan", "Edi",     "Feri",     "Hasan",   "Jamaludin",
    "Khairul",  "Marzuki", "Rusdi",   "Samsul",   "Sukardi", "Usman",    "Wahyudi", "Zainal",
    "Amran",    "Bahrin",  "Firdaus", "Herman",   "Rosidi",  "Junaidi",  "Suhardi", "Mahmud"};
constexpr std::array femaleNames = {
    "Siti",   "Nurhayati", "Dewi",    "Rina", "Fitri",   "Yuliana", "Sri",     "Marlina",
    "Nining", "Ratna",     "Lestari", "Maya", "Herlina", "Nova",    "Susanti", "Rosmawati"};
constexpr std::array familyNames = {
    "Saputra",  "Pratama", "Setiawan", "Kurniawan", "Firmansyah", "Syahputra", "Ramadhan",
    "Wijaya",   "Santoso", "Hakim",    "Maulana",   "Rahman",     "Fadillah",  "Effendi",
    "Sanjaya",  "Susanto", "Hamid",    "Yusuf",     "Anwar",      "Nasution",  "Harun",
    "Sulaiman", "Rasyid",  "Zakaria",  "Ismail",    "Basri",      "Mansur"};

// Hands out invented names and phone numbers, each only once.
class NameSource
{
public:
    QString next(bool female)
    {
        while (true) {
            const qsizetype k = m_counter++;
            const QString first =
                female ? QString::fromLatin1(femaleNames[(k * 7) % femaleNames.size()])
                       : QString::fromLatin1(maleNames[(k * 11) % maleNames.size()]);
            const QString family = QString::fromLatin1(
                familyNames[(k * 5 + k / familyNames.size()) % familyNames.size()]);
            const QString name = first + u' ' + family;
            if (!m_used.contains(name)) {
                m_used.insert(name);
                return name;
            }
        }
    }
    QString phone() { return QStringLiteral("081271%1").arg(++m_phones, 6, 10, QLatin1Char('0')); }

private:
    qsizetype m_counter = 0;
    int m_phones = 100;
    QSet<QString> m_used;
};

class Builder
{
public:
    explicit Builder(Database &database)
        : m_people(database)
        , m_institutions(database)
        , m_positions(database)
        , m_regions(database)
    {
        // Demo data is not anyone's change.
        m_people.setAudited(false);
        m_institutions.setAudited(false);
        m_positions.setAudited(false);
    }

    Result<qint64> institution(const QString &name, InstitutionKind kind, const QString &region,
                               const QString &address = {})
    {
        Institution institution;
        institution.name = name;
        institution.kind = kind;
        institution.regionCode = region;
        institution.address = address;
        return m_institutions.add(institution);
    }

    struct Holder
    {
        Holder(QString name_, QString title_, QDate start_, Gender gender_ = Gender::Male,
               StakeholderCategory category_ = StakeholderCategory::Other, QString region_ = {},
               QString phone_ = {}, QString email_ = {},
               ActingKind acting_ = ActingKind::Definitive, QDate end_ = {})
            : name(std::move(name_))
            , title(std::move(title_))
            , start(start_)
            , gender(gender_)
            , category(category_)
            , region(std::move(region_))
            , phone(std::move(phone_))
            , email(std::move(email_))
            , acting(acting_)
            , end(end_)
        {
        }
        QString name; // written with titles
        QString title;
        QDate start;
        Gender gender;
        StakeholderCategory category;
        QString region; // the person's own place, for those serving one desa
        QString phone;  // empty: one from the invented block
        QString email;
        ActingKind acting;
        QDate end;
    };

    Result<qint64> appoint(qint64 institution, const Holder &holder)
    {
        Person person;
        person.name = PersonName::parse(holder.name);
        person.gender = holder.gender;
        person.category = holder.category;
        person.regionCode = holder.region;
        person.email = holder.email;
        person.phones = {holder.phone.isEmpty() ? m_names.phone() : holder.phone};
        auto id = m_people.add(person);
        if (!id) {
            return id.error();
        }
        Position position;
        position.personId = *id;
        position.institutionId = institution;
        position.title = holder.title;
        position.acting = holder.acting;
        position.start = holder.start;
        position.end = holder.end;
        if (auto added = m_positions.add(position); !added) {
            return added.error();
        }
        return *id;
    }

    QString invented(bool female) { return m_names.next(female); }
    RegionRepository &regions() { return m_regions; }

private:
    PersonRepository m_people;
    InstitutionRepository m_institutions;
    PositionRepository m_positions;
    RegionRepository m_regions;
    NameSource m_names;
};

#define DEMO_TRY(result)                                                                           \
    if (!(result)) {                                                                               \
        return (result).error();                                                                   \
    }

Status buildBawaslu(Builder &build)
{
    auto office = build.institution(QStringLiteral("Bawaslu Kabupaten Bangka Tengah"),
                                    InstitutionKind::Bawaslu, QStringLiteral("19.04"),
                                    QStringLiteral("Jl. Jenderal Sudirman, Koba"));
    DEMO_TRY(office);
    const auto bawaslu = StakeholderCategory::Bawaslu;
    const QList<Builder::Holder> people = {
        {QStringLiteral("Rahmat Hidayat, S.H."),
         QStringLiteral("Ketua"),
         QDate(2018, 8, 15),
         Gender::Male,
         bawaslu,
         {},
         {},
         QStringLiteral("rahmat.hidayat@bawaslu.example")},
        {QStringLiteral("Wahyu Tri Buwono"),
         QStringLiteral("Anggota"),
         QDate(2018, 8, 15),
         Gender::Male,
         bawaslu,
         {},
         {},
         QStringLiteral("wahyu.tri@bawaslu.example")},
        {QStringLiteral("Nurul Fitriani, S.Pd."),
         QStringLiteral("Anggota"),
         QDate(2018, 8, 15),
         Gender::Female,
         bawaslu,
         {},
         {},
         QStringLiteral("nurul.fitriani@bawaslu.example")},
        {QStringLiteral("Win Iskandar"),
         QStringLiteral("Kepala Sekretariat"),
         QDate(2020, 1, 6),
         Gender::Male,
         bawaslu,
         {},
         {},
         QStringLiteral("win.iskandar@bawaslu.example")},
        {QStringLiteral("Dedi Saputra, S.H."), QStringLiteral("Staf Penanganan Pelanggaran"),
         QDate(2021, 3, 1), Gender::Male, bawaslu},
        {QStringLiteral("Rina Marlina"), QStringLiteral("Staf Sekretariat"), QDate(2021, 3, 1),
         Gender::Female, bawaslu},
    };
    for (const auto &holder : people) {
        DEMO_TRY(build.appoint(*office, holder));
    }
    auto province = build.institution(QStringLiteral("Bawaslu Provinsi Kepulauan Bangka Belitung"),
                                      InstitutionKind::Bawaslu, QStringLiteral("19"),
                                      QStringLiteral("Pangkalpinang"));
    DEMO_TRY(province);
    DEMO_TRY(build.appoint(*province, {QStringLiteral("Yaumil Ikrom"),
                                       QStringLiteral("Kabag Penanganan Pelanggaran"),
                                       QDate(2021, 6, 1), Gender::Male, bawaslu}));
    return {};
}

// One kecamatan: its office, polsek and koramil, then every kelurahan/desa.
Status buildKecamatan(Builder &build, const Region &kecamatan, const QString &camat,
                      const QString &sekcam, const QDate &sekcamSince, const QString &kapolsek,
                      const QString &danramil)
{
    const auto government = StakeholderCategory::Government;
    const auto security = StakeholderCategory::Security;
    auto office = build.institution(QStringLiteral("Kantor Camat ") + kecamatan.name,
                                    InstitutionKind::DistrictOffice, kecamatan.code);
    DEMO_TRY(office);
    DEMO_TRY(build.appoint(
        *office, {camat, QStringLiteral("Camat"), QDate(2021, 9, 1), Gender::Male, government}));
    DEMO_TRY(build.appoint(*office, {sekcam, QStringLiteral("Sekretaris Camat"), sekcamSince,
                                     Gender::Male, government}));
    auto polsek = build.institution(QStringLiteral("Polsek ") + kecamatan.name,
                                    InstitutionKind::Police, kecamatan.code);
    DEMO_TRY(polsek);
    DEMO_TRY(build.appoint(*polsek, {kapolsek, QStringLiteral("Kapolsek"), QDate(2022, 4, 11),
                                     Gender::Male, security}));
    auto koramil = build.institution(QStringLiteral("Koramil ") + kecamatan.name,
                                     InstitutionKind::Military, kecamatan.code);
    DEMO_TRY(koramil);
    DEMO_TRY(build.appoint(*koramil, {danramil, QStringLiteral("Danramil"), QDate(2021, 11, 1),
                                      Gender::Male, security}));

    auto villages = build.regions().children(kecamatan.code);
    DEMO_TRY(villages);
    const auto village = StakeholderCategory::Village;
    for (qsizetype i = 0; i < villages->size(); ++i) {
        const Region &desa = villages->at(i);
        const bool kelurahan = desa.kind == RegionKind::UrbanVillage;
        auto kantor = build.institution(
            (kelurahan ? QStringLiteral("Kantor Kelurahan ") : QStringLiteral("Kantor Desa ")) +
                desa.name,
            InstitutionKind::VillageOffice, desa.code);
        DEMO_TRY(kantor);
        const QString head = kelurahan ? QStringLiteral("Lurah") : QStringLiteral("Kepala Desa");
        // Kepala desa took office after the 2019 pilkades; lurah are appointed.
        const QDate headSince = kelurahan ? QDate(2021, 3, 1).addMonths(i % 4) : QDate(2019, 12, 2);
        if (!kelurahan && i == 2) {
            // A desa whose kepala desa stepped down: a Pj. leads it until the next pilkades,
            // and the former kepala desa stays in the history.
            DEMO_TRY(build.appoint(*kantor, {build.invented(false),
                                             head,
                                             QDate(2019, 12, 2),
                                             Gender::Male,
                                             village,
                                             desa.code,
                                             {},
                                             {},
                                             ActingKind::Definitive,
                                             QDate(2022, 10, 31)}));
            DEMO_TRY(build.appoint(*kantor, {build.invented(false) + QStringLiteral(", S.IP"),
                                             head,
                                             QDate(2022, 11, 1),
                                             Gender::Male,
                                             village,
                                             desa.code,
                                             {},
                                             {},
                                             ActingKind::Pj}));
        } else {
            DEMO_TRY(build.appoint(*kantor, {build.invented(false), head, headSince, Gender::Male,
                                             village, desa.code}));
        }
        const bool female = i % 3 == 1;
        DEMO_TRY(build.appoint(
            *kantor,
            {build.invented(female) + (i % 2 == 0 ? QStringLiteral(", S.E.") : QString()),
             kelurahan ? QStringLiteral("Sekretaris Kelurahan") : QStringLiteral("Sekretaris Desa"),
             headSince.addMonths(2), female ? Gender::Female : Gender::Male, village, desa.code}));
        DEMO_TRY(build.appoint(
            *kantor,
            {build.invented(false),
             kelurahan ? QStringLiteral("Ketua LPM") : QStringLiteral("Ketua BPD"),
             QDate(2020, 2, 3), Gender::Male, StakeholderCategory::CommunityLeader, desa.code}));
        DEMO_TRY(build.appoint(*polsek, {QStringLiteral("Bripka ") + build.invented(false),
                                         QStringLiteral("Bhabinkamtibmas"), QDate(2021, 7, 1),
                                         Gender::Male, security, desa.code}));
        DEMO_TRY(build.appoint(*koramil, {QStringLiteral("Serka ") + build.invented(false),
                                          QStringLiteral("Babinsa"), QDate(2020, 10, 1),
                                          Gender::Male, security, desa.code}));
    }
    return {};
}

} // namespace

Status buildDemoStakeholders(Database &database)
{
    Builder build(database);
    if (auto done = buildBawaslu(build); !done) {
        return done;
    }
    auto koba = build.regions().find(QStringLiteral("19.04.01"));
    auto lubukBesar = build.regions().find(QStringLiteral("19.04.06"));
    if (!koba || !lubukBesar) {
        return Error::failed(DemoText::tr("The demo's kecamatan are missing from the region "
                                          "table."));
    }
    if (auto done = buildKecamatan(build, *koba, QStringLiteral("Drs. Hendra Kusuma, M.Si."),
                                   QStringLiteral("Candra Buansyah"), QDate(2021, 8, 2),
                                   QStringLiteral("AKP Joni Saputra, S.H."),
                                   QStringLiteral("Kapten Inf. Sutrisno"));
        !done) {
        return done;
    }
    return buildKecamatan(build, *lubukBesar, QStringLiteral("Arif Rahman Hakim, S.STP., M.Si."),
                          QStringLiteral("H. Sahabudin, S.Sos."), QDate(2020, 5, 4),
                          QStringLiteral("IPTU Ridwan Kamil Syah"),
                          QStringLiteral("Kapten Arh. Bahrul Ulum"));
}

} // namespace sisambang::db
