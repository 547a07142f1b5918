// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// The fixed vocabularies of the stakeholder register: what kind of institution,
// how a jabatan is held, gender, and the category a person is filed under.
// Each has a stored key (database, CLI, JSON), a translated label for lists and
// a reader that accepts what offices type in spreadsheets.
namespace sisambang::db {

enum class InstitutionKind {
    Bawaslu,        // Bawaslu office (kabupaten/kota or provinsi)
    DistrictOffice, // kantor kecamatan
    VillageOffice,  // kantor desa / kelurahan
    Police,         // polsek, polres
    Military,       // koramil, kodim
    Organisation,   // ormas
    Media,
    Other,
};

enum class ActingKind {
    Definitive, // definitif
    Plt,        // pelaksana tugas
    Pj,         // penjabat
};

enum class Gender { Unknown, Male, Female };

enum class StakeholderCategory {
    Government,      // pemerintahan (camat, sekcam, dinas)
    Village,         // aparatur desa/kelurahan (lurah, kades, sekdes, BPD)
    Security,        // TNI/Polri (kapolsek, danramil, Bhabinkamtibmas, Babinsa)
    Bawaslu,         // Bawaslu's own members and staff
    CommunityLeader, // tokoh masyarakat
    ReligiousLeader, // tokoh agama
    Organisation,    // ormas
    Media,
    Other,
};

class StakeholderKinds
{
    Q_DECLARE_TR_FUNCTIONS(StakeholderKinds)

public:
    static QList<InstitutionKind> institutionKinds();
    static QString key(InstitutionKind kind);
    static QString label(InstitutionKind kind);
    // The Indonesian word printed on documents and exports, whatever the UI language.
    static QString documentLabel(InstitutionKind kind);
    static std::optional<InstitutionKind> institutionKindFromKey(QStringView key);
    // Reads a key, a label or an Indonesian word ("Polsek", "Kantor Desa", "Ormas").
    static std::optional<InstitutionKind> institutionKindFromText(QStringView text);
    // Guesses the kind from an institution's name: "Polsek Koba" is police.
    static InstitutionKind guessInstitutionKind(QStringView name);

    static QString key(ActingKind kind);
    static QString label(ActingKind kind);
    // The prefix written before the jabatan: "" / "Plt. " / "Pj. ".
    static QString jabatanPrefix(ActingKind kind);
    static std::optional<ActingKind> actingKindFromKey(QStringView key);

    static QString key(Gender gender); // empty for Unknown
    static QString label(Gender gender);
    // "L" / "P", as Indonesian forms write it; empty for Unknown.
    static QString documentLabel(Gender gender);
    static Gender genderFromKey(QStringView key);
    // "L", "P", "Laki-laki", "Perempuan", "male", "female"; nullopt for anything else.
    static std::optional<Gender> genderFromText(QStringView text);

    static QList<StakeholderCategory> categories();
    static QString key(StakeholderCategory category);
    static QString label(StakeholderCategory category);
    static QString documentLabel(StakeholderCategory category);
    static std::optional<StakeholderCategory> categoryFromKey(QStringView key);
    // Reads a key, a label or an Indonesian word ("Tokoh Agama", "TNI/Polri").
    static std::optional<StakeholderCategory> categoryFromText(QStringView text);
};

} // namespace sisambang::db
