// SPDX-License-Identifier: GPL-3.0-or-later
#include "stakeholderkinds.h"

#include "textkeys.h"

namespace sisambang::db {

namespace {

template<typename Enum> struct Vocabulary
{
    Enum value;
    const char *key;
    // Words offices write for it, compared by textkeys::matchKey.
    std::initializer_list<const char *> aliases;
};

const Vocabulary<InstitutionKind> institutionVocabulary[] = {
    {InstitutionKind::Bawaslu, "bawaslu", {"bawaslu", "panwaslu", "panwascam", "pengawas pemilu"}},
    {InstitutionKind::DistrictOffice,
     "district_office",
     {"kantor kecamatan", "kecamatan", "kantor camat", "pemerintah kecamatan", "district office"}},
    {InstitutionKind::VillageOffice,
     "village_office",
     {"kantor desa", "desa", "kantor kelurahan", "kelurahan", "pemerintah desa", "pemdes",
      "village office"}},
    {InstitutionKind::Police, "police", {"polsek", "polres", "polri", "kepolisian", "police"}},
    {InstitutionKind::Military, "military", {"koramil", "kodim", "tni", "military"}},
    {InstitutionKind::Organisation,
     "organisation",
     {"ormas", "organisasi", "organisasi kemasyarakatan", "organisation", "organization"}},
    {InstitutionKind::Media, "media", {"media", "pers", "media massa", "press"}},
    {InstitutionKind::Other, "other", {"lainnya", "lain lain", "other"}},
};

const Vocabulary<StakeholderCategory> categoryVocabulary[] = {
    {StakeholderCategory::Government,
     "government",
     {"pemerintahan", "pemerintah", "pemerintah daerah", "government"}},
    {StakeholderCategory::Village,
     "village",
     {"aparatur desa", "aparat desa", "perangkat desa", "aparatur kelurahan", "desa", "kelurahan",
      "village", "village apparatus"}},
    {StakeholderCategory::Security,
     "security",
     {"tni polri", "tni", "polri", "keamanan", "aparat keamanan", "security", "security forces"}},
    {StakeholderCategory::Bawaslu, "bawaslu", {"bawaslu", "pengawas pemilu"}},
    {StakeholderCategory::CommunityLeader,
     "community_leader",
     {"tokoh masyarakat", "tomas", "community leader"}},
    {StakeholderCategory::ReligiousLeader,
     "religious_leader",
     {"tokoh agama", "toga", "ulama", "religious leader"}},
    {StakeholderCategory::Organisation,
     "organisation",
     {"ormas", "organisasi", "organisation", "organization"}},
    {StakeholderCategory::Media, "media", {"media", "pers", "wartawan", "jurnalis", "press"}},
    {StakeholderCategory::Other, "other", {"lainnya", "lain lain", "umum", "other"}},
};

template<typename Enum, std::size_t N>
std::optional<Enum> fromKey(const Vocabulary<Enum> (&vocabulary)[N], QStringView key)
{
    for (const auto &entry : vocabulary) {
        if (key == QLatin1String(entry.key)) {
            return entry.value;
        }
    }
    return std::nullopt;
}

template<typename Enum, std::size_t N>
QString keyOf(const Vocabulary<Enum> (&vocabulary)[N], Enum value)
{
    for (const auto &entry : vocabulary) {
        if (entry.value == value) {
            return QLatin1String(entry.key);
        }
    }
    return {};
}

template<typename Enum, std::size_t N, typename LabelOf, typename DocumentLabelOf>
std::optional<Enum> fromText(const Vocabulary<Enum> (&vocabulary)[N], QStringView text,
                             LabelOf labelOf, DocumentLabelOf documentLabelOf)
{
    const QString wanted = textkeys::matchKey(text);
    if (wanted.isEmpty()) {
        return std::nullopt;
    }
    for (const auto &entry : vocabulary) {
        if (wanted == textkeys::matchKey(QString::fromLatin1(entry.key)) ||
            wanted == textkeys::matchKey(labelOf(entry.value)) ||
            wanted == textkeys::matchKey(documentLabelOf(entry.value))) {
            return entry.value;
        }
        for (const char *alias : entry.aliases) {
            if (wanted == QLatin1String(alias)) {
                return entry.value;
            }
        }
    }
    return std::nullopt;
}

} // namespace

QList<InstitutionKind> StakeholderKinds::institutionKinds()
{
    QList<InstitutionKind> kinds;
    for (const auto &entry : institutionVocabulary) {
        kinds << entry.value;
    }
    return kinds;
}

QString StakeholderKinds::key(InstitutionKind kind)
{
    return keyOf(institutionVocabulary, kind);
}

QString StakeholderKinds::label(InstitutionKind kind)
{
    switch (kind) {
    case InstitutionKind::Bawaslu:
        return tr("Bawaslu office");
    case InstitutionKind::DistrictOffice:
        return tr("District office (kecamatan)");
    case InstitutionKind::VillageOffice:
        return tr("Village office (desa/kelurahan)");
    case InstitutionKind::Police:
        return tr("Police (Polsek)");
    case InstitutionKind::Military:
        return tr("Military (Koramil)");
    case InstitutionKind::Organisation:
        return tr("Mass organisation (ormas)");
    case InstitutionKind::Media:
        return tr("Media");
    case InstitutionKind::Other:
        return tr("Other");
    }
    return {};
}

QString StakeholderKinds::documentLabel(InstitutionKind kind)
{
    switch (kind) {
    case InstitutionKind::Bawaslu:
        return QStringLiteral("Bawaslu");
    case InstitutionKind::DistrictOffice:
        return QStringLiteral("Kantor Kecamatan");
    case InstitutionKind::VillageOffice:
        return QStringLiteral("Kantor Desa/Kelurahan");
    case InstitutionKind::Police:
        return QStringLiteral("Kepolisian");
    case InstitutionKind::Military:
        return QStringLiteral("TNI");
    case InstitutionKind::Organisation:
        return QStringLiteral("Ormas");
    case InstitutionKind::Media:
        return QStringLiteral("Media");
    case InstitutionKind::Other:
        return QStringLiteral("Lainnya");
    }
    return {};
}

std::optional<InstitutionKind> StakeholderKinds::institutionKindFromKey(QStringView key)
{
    return fromKey(institutionVocabulary, key);
}

std::optional<InstitutionKind> StakeholderKinds::institutionKindFromText(QStringView text)
{
    return fromText(
        institutionVocabulary, text, [](InstitutionKind kind) { return label(kind); },
        [](InstitutionKind kind) { return documentLabel(kind); });
}

InstitutionKind StakeholderKinds::guessInstitutionKind(QStringView name)
{
    const QStringList words = textkeys::words(name);
    auto has = [&words](std::initializer_list<const char *> candidates) {
        for (const char *candidate : candidates) {
            if (words.contains(QLatin1String(candidate))) {
                return true;
            }
        }
        return false;
    };
    if (has({"bawaslu", "panwaslu", "panwascam"})) {
        return InstitutionKind::Bawaslu;
    }
    if (has({"polsek", "polres", "polda", "polri", "kepolisian"})) {
        return InstitutionKind::Police;
    }
    if (has({"koramil", "kodim", "korem", "tni"})) {
        return InstitutionKind::Military;
    }
    if (has({"desa", "kelurahan", "pemdes", "bpd"})) {
        return InstitutionKind::VillageOffice;
    }
    if (has({"kecamatan", "camat"})) {
        return InstitutionKind::DistrictOffice;
    }
    if (has({"radio", "tv", "televisi", "pos", "news", "media", "harian", "koran", "online"})) {
        return InstitutionKind::Media;
    }
    if (has({"nu", "muhammadiyah", "ormas", "pemuda", "karang", "taruna", "fkub", "mui", "lsm",
             "forum", "persatuan", "ikatan", "himpunan"})) {
        return InstitutionKind::Organisation;
    }
    return InstitutionKind::Other;
}

QString StakeholderKinds::key(ActingKind kind)
{
    switch (kind) {
    case ActingKind::Definitive:
        return QStringLiteral("definitive");
    case ActingKind::Plt:
        return QStringLiteral("plt");
    case ActingKind::Pj:
        return QStringLiteral("pj");
    }
    return {};
}

QString StakeholderKinds::label(ActingKind kind)
{
    switch (kind) {
    case ActingKind::Definitive:
        return tr("Definitive");
    case ActingKind::Plt:
        return tr("Plt. (acting, pelaksana tugas)");
    case ActingKind::Pj:
        return tr("Pj. (acting, penjabat)");
    }
    return {};
}

QString StakeholderKinds::jabatanPrefix(ActingKind kind)
{
    // Printed Indonesian, not translated.
    switch (kind) {
    case ActingKind::Definitive:
        return {};
    case ActingKind::Plt:
        return QStringLiteral("Plt. ");
    case ActingKind::Pj:
        return QStringLiteral("Pj. ");
    }
    return {};
}

std::optional<ActingKind> StakeholderKinds::actingKindFromKey(QStringView key)
{
    for (auto kind : {ActingKind::Definitive, ActingKind::Plt, ActingKind::Pj}) {
        if (key == StakeholderKinds::key(kind)) {
            return kind;
        }
    }
    return std::nullopt;
}

QString StakeholderKinds::key(Gender gender)
{
    switch (gender) {
    case Gender::Male:
        return QStringLiteral("male");
    case Gender::Female:
        return QStringLiteral("female");
    case Gender::Unknown:
        break;
    }
    return {};
}

QString StakeholderKinds::label(Gender gender)
{
    switch (gender) {
    case Gender::Male:
        return tr("Male");
    case Gender::Female:
        return tr("Female");
    case Gender::Unknown:
        break;
    }
    return {};
}

QString StakeholderKinds::documentLabel(Gender gender)
{
    switch (gender) {
    case Gender::Male:
        return QStringLiteral("L");
    case Gender::Female:
        return QStringLiteral("P");
    case Gender::Unknown:
        break;
    }
    return {};
}

Gender StakeholderKinds::genderFromKey(QStringView key)
{
    if (key == QLatin1String("male")) {
        return Gender::Male;
    }
    if (key == QLatin1String("female")) {
        return Gender::Female;
    }
    return Gender::Unknown;
}

std::optional<Gender> StakeholderKinds::genderFromText(QStringView text)
{
    const QString key = textkeys::matchKey(text);
    if (key.isEmpty()) {
        return Gender::Unknown;
    }
    for (const char *word : {"l", "lk", "laki laki", "laki", "pria", "m", "male"}) {
        if (key == QLatin1String(word)) {
            return Gender::Male;
        }
    }
    for (const char *word : {"p", "pr", "perempuan", "wanita", "f", "female"}) {
        if (key == QLatin1String(word)) {
            return Gender::Female;
        }
    }
    if (key == textkeys::matchKey(label(Gender::Male))) {
        return Gender::Male;
    }
    if (key == textkeys::matchKey(label(Gender::Female))) {
        return Gender::Female;
    }
    return std::nullopt;
}

QList<StakeholderCategory> StakeholderKinds::categories()
{
    QList<StakeholderCategory> list;
    for (const auto &entry : categoryVocabulary) {
        list << entry.value;
    }
    return list;
}

QString StakeholderKinds::key(StakeholderCategory category)
{
    return keyOf(categoryVocabulary, category);
}

QString StakeholderKinds::label(StakeholderCategory category)
{
    switch (category) {
    case StakeholderCategory::Government:
        return tr("Government");
    case StakeholderCategory::Village:
        return tr("Village apparatus");
    case StakeholderCategory::Security:
        return tr("Security forces (TNI/Polri)");
    case StakeholderCategory::Bawaslu:
        return tr("Bawaslu");
    case StakeholderCategory::CommunityLeader:
        return tr("Community leader");
    case StakeholderCategory::ReligiousLeader:
        return tr("Religious leader");
    case StakeholderCategory::Organisation:
        return tr("Mass organisation");
    case StakeholderCategory::Media:
        return tr("Media");
    case StakeholderCategory::Other:
        return tr("Other");
    }
    return {};
}

QString StakeholderKinds::documentLabel(StakeholderCategory category)
{
    switch (category) {
    case StakeholderCategory::Government:
        return QStringLiteral("Pemerintahan");
    case StakeholderCategory::Village:
        return QStringLiteral("Aparatur Desa/Kelurahan");
    case StakeholderCategory::Security:
        return QStringLiteral("TNI/Polri");
    case StakeholderCategory::Bawaslu:
        return QStringLiteral("Bawaslu");
    case StakeholderCategory::CommunityLeader:
        return QStringLiteral("Tokoh Masyarakat");
    case StakeholderCategory::ReligiousLeader:
        return QStringLiteral("Tokoh Agama");
    case StakeholderCategory::Organisation:
        return QStringLiteral("Ormas");
    case StakeholderCategory::Media:
        return QStringLiteral("Media");
    case StakeholderCategory::Other:
        return QStringLiteral("Lainnya");
    }
    return {};
}

std::optional<StakeholderCategory> StakeholderKinds::categoryFromKey(QStringView key)
{
    return fromKey(categoryVocabulary, key);
}

std::optional<StakeholderCategory> StakeholderKinds::categoryFromText(QStringView text)
{
    return fromText(
        categoryVocabulary, text, [](StakeholderCategory category) { return label(category); },
        [](StakeholderCategory category) { return documentLabel(category); });
}

} // namespace sisambang::db
