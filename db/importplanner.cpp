// SPDX-License-Identifier: GPL-3.0-or-later
#include "importplanner.h"

#include "duplicates.h"
#include "emailaddresses.h"
#include "institutions.h"
#include "phonenumbers.h"
#include "query.h"
#include "textkeys.h"

namespace sisambang::db {

struct ImportPlanner::Parsed
{
    int line = 0;
    PersonName name;
    QStringList phones;
    QString email;
    std::optional<Gender> gender;
    std::optional<StakeholderCategory> category;
    std::optional<InstitutionKind> institutionKind;
    QString institutionName;
    WrittenJabatan jabatan;
    QDate start;
    QString notes;
    std::optional<Region> kecamatan;
    std::optional<Region> desa;
    std::optional<Region> wider;
    QString regionCode; // the desa, else the kecamatan, else the wider region, else empty
    QStringList errors;
};

namespace {

template<typename Value>
std::optional<Value> remembered(QHash<QString, std::optional<Value>> &cache, const QString &text,
                                std::optional<Value> (*lookup)(QStringView))
{
    if (const auto found = cache.constFind(text); found != cache.constEnd()) {
        return *found;
    }
    const std::optional<Value> value = lookup(text);
    cache.insert(text, value);
    return value;
}

StakeholderCategory categoryForKind(InstitutionKind kind)
{
    switch (kind) {
    case InstitutionKind::Bawaslu:
        return StakeholderCategory::Bawaslu;
    case InstitutionKind::DistrictOffice:
        return StakeholderCategory::Government;
    case InstitutionKind::VillageOffice:
        return StakeholderCategory::Village;
    case InstitutionKind::Police:
    case InstitutionKind::Military:
        return StakeholderCategory::Security;
    case InstitutionKind::Organisation:
        return StakeholderCategory::Organisation;
    case InstitutionKind::Media:
        return StakeholderCategory::Media;
    case InstitutionKind::Other:
        break;
    }
    return StakeholderCategory::Other;
}

void appendTitles(QStringList &titles, const QStringList &more)
{
    for (const QString &title : more) {
        if (!titles.contains(title, Qt::CaseInsensitive)) {
            titles << title;
        }
    }
}

} // namespace

ImportPlanner::ImportPlanner(const Database &database, const RegionMatcher &regions,
                             ColumnMapping mapping)
    : m_database(database)
    , m_regions(regions)
    , m_people(database)
    , m_positions(database)
    , m_institutions(database)
    , m_duplicates(database)
    , m_mapping(std::move(mapping))
{
}

ImportPlanner::Parsed ImportPlanner::parse(const TableRecord &record) const
{
    auto cell = [&](StakeholderColumn column) {
        const int index = m_mapping.value(column, -1);
        if (index < 0 || index >= record.cells.size()) {
            return QString();
        }
        QString text = record.cells.at(index).trimmed();
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n")); // a CSV from Windows
        return text;
    };
    Parsed row;
    row.line = record.line;
    row.name = PersonName::parse(cell(StakeholderColumn::Name));
    QStringList prefix;
    QStringList suffix;
    PersonName::splitTitles(cell(StakeholderColumn::Titles), prefix, suffix);
    prefix << prefixTitlesFromText(cell(StakeholderColumn::PrefixTitles));
    suffix << suffixTitlesFromText(cell(StakeholderColumn::SuffixTitles));
    appendTitles(row.name.prefixTitles, prefix);
    appendTitles(row.name.suffixTitles, suffix);
    if (row.name.coreName.isEmpty()) {
        row.errors << tr("The name is empty.");
    }

    for (const QString &written : PhoneNumbers::splitList(cell(StakeholderColumn::Phone))) {
        auto phone = PhoneNumbers::normalise(written);
        if (!phone) {
            row.errors << phone.error().message;
        } else if (!row.phones.contains(*phone)) {
            row.phones << *phone;
        }
    }
    if (auto email = EmailAddresses::normalise(cell(StakeholderColumn::Email)); email) {
        row.email = *email;
    } else {
        row.errors << email.error().message;
    }
    if (const QString text = cell(StakeholderColumn::Gender); !text.isEmpty()) {
        row.gender = remembered(m_genders, text, &StakeholderKinds::genderFromText);
        if (!row.gender) {
            row.errors << tr("Unknown gender \"%1\": write L or P.").arg(text);
        }
    }
    if (const QString text = cell(StakeholderColumn::Category); !text.isEmpty()) {
        row.category = remembered(m_categories, text, &StakeholderKinds::categoryFromText);
        if (!row.category) {
            QStringList known;
            for (const auto category : StakeholderKinds::categories()) {
                known << StakeholderKinds::label(category);
            }
            row.errors << tr("Unknown category \"%1\"; known: %2.")
                              .arg(text, known.join(QStringLiteral(", ")));
        }
    }
    if (const QString text = cell(StakeholderColumn::InstitutionKind); !text.isEmpty()) {
        row.institutionKind =
            remembered(m_institutionKinds, text, &StakeholderKinds::institutionKindFromText);
        if (!row.institutionKind) {
            row.errors << tr("Unknown institution kind \"%1\".").arg(text);
        }
    }
    if (const QString text = cell(StakeholderColumn::StartDate); !text.isEmpty()) {
        row.start = parseWrittenDate(text);
        if (!row.start.isValid()) {
            row.errors << tr("\"%1\" is not a date (write 2023-02-20 or 20/02/2023).").arg(text);
        }
    }
    row.institutionName = cell(StakeholderColumn::Institution).simplified();
    row.jabatan = parseJabatan(cell(StakeholderColumn::Jabatan));
    row.notes = cell(StakeholderColumn::Notes);

    // The place: an exact code beats the names.
    if (const QString code = cell(StakeholderColumn::RegionCode); !code.isEmpty()) {
        if (auto region = m_regions.byCode(code); !region) {
            row.errors << region.error().message;
        } else if (region->level == RegionLevel::Village) {
            row.desa = *region;
            row.kecamatan = *m_regions.byCode(region->parentCode);
        } else if (region->level == RegionLevel::District) {
            row.kecamatan = *region;
        } else {
            row.wider = *region; // the kabupaten itself, or its province
        }
    } else {
        if (const QString name = cell(StakeholderColumn::Kecamatan); !name.isEmpty()) {
            if (auto region = m_regions.kecamatan(name); region) {
                row.kecamatan = *region;
            } else {
                row.errors << region.error().message;
            }
        }
        const QString desa = cell(StakeholderColumn::Desa);
        if (!desa.isEmpty() && (row.kecamatan || cell(StakeholderColumn::Kecamatan).isEmpty())) {
            auto region = m_regions.village(desa, row.kecamatan ? row.kecamatan->code : QString());
            if (region) {
                row.desa = *region;
                if (!row.kecamatan) {
                    row.kecamatan = *m_regions.byCode(region->parentCode);
                }
            } else {
                row.errors << region.error().message;
            }
        }
    }
    row.regionCode = row.desa        ? row.desa->code
                     : row.kecamatan ? row.kecamatan->code
                     : row.wider     ? row.wider->code
                                     : QString();
    if (!row.jabatan.title.isEmpty() && row.institutionName.isEmpty() && row.regionCode.isEmpty()) {
        row.errors << tr("The jabatan \"%1\" needs an institution or a desa/kecamatan.")
                          .arg(row.jabatan.title);
    }
    return row;
}

int ImportPlanner::institutionFor(Parsed &row, ImportPlan &plan)
{
    QString name = row.institutionName;
    InstitutionKind kind = row.institutionKind.value_or(InstitutionKind::Other);
    if (name.isEmpty()) {
        // "Kepala Desa" of Desa Perlang without an Instansi: the desa's own office.
        if (row.desa) {
            name = (row.desa->kind == RegionKind::UrbanVillage ? QStringLiteral("Kantor Kelurahan ")
                                                               : QStringLiteral("Kantor Desa ")) +
                   row.desa->name;
            kind = InstitutionKind::VillageOffice;
        } else if (row.kecamatan) {
            name = QStringLiteral("Kantor Kecamatan ") + row.kecamatan->name;
            kind = InstitutionKind::DistrictOffice;
        } else {
            return -1;
        }
    } else if (!row.institutionKind) {
        kind = StakeholderKinds::guessInstitutionKind(name);
    }
    // A polsek or kantor kecamatan serves the kecamatan even when the row names a desa.
    QString region = row.regionCode;
    if (kind == InstitutionKind::DistrictOffice || kind == InstitutionKind::Police ||
        kind == InstitutionKind::Military) {
        region = row.kecamatan ? row.kecamatan->code : QString();
    }
    const QString nameKey = textkeys::matchKey(name);
    const QString cacheKey = nameKey + u'|' + region;
    if (const auto known = m_institutionIndex.constFind(cacheKey);
        known != m_institutionIndex.constEnd()) {
        return known.value();
    }
    PlannedInstitution planned{name, kind, region, 0};
    auto existing = m_institutions.findByName(name, region);
    if (existing && *existing) {
        planned.existingId = (*existing)->id;
        planned.kind = (*existing)->kind;
    } else if (auto anywhere = m_institutions.findByName(name, QString()); anywhere && *anywhere) {
        // Named without its place in the register ("Bawaslu Provinsi ...").
        planned.existingId = (*anywhere)->id;
        planned.kind = (*anywhere)->kind;
        planned.regionCode = (*anywhere)->regionCode;
    }
    plan.institutions.append(planned);
    const int index = static_cast<int>(plan.institutions.size() - 1);
    m_institutionIndex.insert(cacheKey, index);
    return index;
}

Result<ImportPlan> ImportPlanner::plan(const Table &table)
{
    ImportPlan plan;
    m_institutionIndex.clear();
    m_seen.clear();
    const qsizetype rows = table.records.size() - 1;
    plan.rows.reserve(std::max<qsizetype>(rows, 0));
    // Reading every name and phone of the register once costs about what a few
    // dozen per-row queries do; a file that is large beside the register (the
    // first import of it, most of all) then needs a query only for the rows
    // that can match.
    auto people =
        Query(m_database, QStringLiteral("SELECT coalesce(max(id), 0) FROM person")).scalar();
    if (!people) {
        return people.error();
    }
    if (rows * 16 >= people->toLongLong()) {
        if (auto done = m_duplicates.preload(); !done) {
            return done.error();
        }
    } else {
        m_duplicates.forgetPreload();
    }
    for (qsizetype i = 1; i < table.records.size(); ++i) {
        Parsed row = parse(table.records.at(i));
        PlannedRow planned;
        planned.report.line = row.line;
        planned.report.name = row.name.fullName();
        if (!row.errors.isEmpty()) {
            planned.report.outcome = ImportOutcome::Error;
            planned.report.reasons = row.errors;
            plan.rows.append(std::move(planned));
            continue;
        }
        if (auto matched = match(row, planned, plan); !matched) {
            return matched.error();
        }
        plan.rows.append(std::move(planned));
    }
    return plan;
}

Status ImportPlanner::match(Parsed &row, PlannedRow &planned, ImportPlan &plan)
{
    planned.institution = institutionFor(row, plan);
    const PlannedInstitution *institution =
        planned.institution >= 0 ? &plan.institutions.at(planned.institution) : nullptr;
    if (institution && !row.jabatan.title.isEmpty()) {
        Position position;
        position.title = row.jabatan.title;
        position.acting = row.jabatan.acting;
        position.start = row.start;
        position.institutionId = institution->existingId;
        planned.position = position;
        planned.report.where =
            row.jabatan.acting == ActingKind::Definitive
                ? QStringLiteral("%1, %2").arg(row.jabatan.title, institution->name)
                : QStringLiteral("%1%2, %3")
                      .arg(StakeholderKinds::jabatanPrefix(row.jabatan.acting), row.jabatan.title,
                           institution->name);
    } else if (institution && !row.institutionName.isEmpty()) {
        planned.report.warnings << tr("No jabatan: the institution %1 is not recorded for this "
                                      "person.")
                                       .arg(institution->name);
        planned.institution = -1;
    }

    Person &person = planned.person;
    person.name = row.name;
    person.phones = row.phones;
    person.email = row.email;
    person.gender = row.gender.value_or(Gender::Unknown);
    person.category = row.category.value_or(institution ? categoryForKind(institution->kind)
                                                        : StakeholderCategory::Other);
    person.regionCode = row.regionCode;
    person.notes = row.notes;

    // The same person twice in the file.
    const QString identity =
        row.name.key() + u'|' + row.regionCode + u'|' +
        (row.regionCode.isEmpty() && institution ? textkeys::matchKey(institution->name)
                                                 : QString());
    if (const auto first = m_seen.constFind(identity); first != m_seen.constEnd()) {
        planned.report.outcome = ImportOutcome::Duplicate;
        planned.report.reasons << tr("Repeats line %1.").arg(first.value());
        return {};
    }
    m_seen.insert(identity, row.line);

    QStringList regions;
    if (institution && !institution->regionCode.isEmpty()) {
        regions << institution->regionCode;
    }
    auto candidates = m_duplicates.find(person, regions);
    if (!candidates) {
        return candidates.error();
    }
    QList<LikelyDuplicate> sameName;
    QList<LikelyDuplicate> samePhone;
    for (const LikelyDuplicate &candidate : *candidates) {
        (candidate.reason == DuplicateReason::SameNameSameRegion ? sameName : samePhone)
            << candidate;
    }
    if (sameName.size() == 1) {
        return planUpdate(row, sameName.first().personId, planned, plan);
    }
    if (!sameName.isEmpty() || !samePhone.isEmpty()) {
        planned.report.outcome = ImportOutcome::Duplicate;
        QStringList found;
        for (const LikelyDuplicate &candidate : sameName.isEmpty() ? samePhone : sameName) {
            found << candidate.describe();
        }
        planned.report.reasons << tr("Likely already in the register: %1. Merge or correct by "
                                     "hand.")
                                      .arg(found.join(QStringLiteral("; ")));
        planned.report.personId = (sameName.isEmpty() ? samePhone : sameName).first().personId;
        return {};
    }
    planned.report.outcome = ImportOutcome::New;
    planned.personChanged = true;
    return warnAboutOtherHolders(planned, plan);
}

Status ImportPlanner::planUpdate(const Parsed &row, qint64 personId, PlannedRow &planned,
                                 const ImportPlan &plan)
{
    auto existing = m_people.find(personId);
    if (!existing) {
        return existing.error();
    }
    planned.report.personId = personId;
    Person person = *existing;
    QStringList &changes = planned.report.reasons;
    if ((!row.name.prefixTitles.isEmpty() && row.name.prefixTitles != person.name.prefixTitles) ||
        (!row.name.suffixTitles.isEmpty() && row.name.suffixTitles != person.name.suffixTitles)) {
        changes << tr("name written as %1").arg(row.name.fullName());
        if (!row.name.prefixTitles.isEmpty()) {
            person.name.prefixTitles = row.name.prefixTitles;
        }
        if (!row.name.suffixTitles.isEmpty()) {
            person.name.suffixTitles = row.name.suffixTitles;
        }
    }
    for (const QString &phone : row.phones) {
        if (!person.phones.contains(phone)) {
            person.phones << phone;
            changes << tr("phone %1 added").arg(PhoneNumbers::display(phone));
        }
    }
    if (!row.email.isEmpty() && row.email.compare(person.email, Qt::CaseInsensitive) != 0) {
        person.email = row.email;
        changes << tr("e-mail %1").arg(row.email);
    }
    if (row.gender && *row.gender != Gender::Unknown && *row.gender != person.gender) {
        person.gender = *row.gender;
        changes << tr("gender %1").arg(StakeholderKinds::label(person.gender));
    }
    if (row.category && *row.category != person.category) {
        person.category = *row.category;
        changes << tr("category %1").arg(StakeholderKinds::label(person.category));
    }
    if (!row.notes.isEmpty() && !person.notes.contains(row.notes)) {
        person.notes = person.notes.isEmpty() ? row.notes : person.notes + u'\n' + row.notes;
        changes << tr("notes added");
    }
    // The place fills an empty one, unless it only came with the institution
    // (the person is already placed there through the position).
    if (person.regionCode.isEmpty() && !row.regionCode.isEmpty() && planned.institution < 0) {
        person.regionCode = row.regionCode;
        changes << tr("region %1").arg(row.regionCode);
    }
    planned.personChanged = !changes.isEmpty();
    planned.person = person;

    if (planned.position) {
        const PlannedInstitution &institution = plan.institutions.at(planned.institution);
        bool held = false;
        if (institution.existingId != 0) {
            auto history = m_positions.historyOfPerson(personId);
            if (!history) {
                return history.error();
            }
            const QString titleKey = textkeys::matchKey(planned.position->title);
            for (const PositionDetails &details : *history) {
                held = held || (details.position.isCurrent() &&
                                details.position.institutionId == institution.existingId &&
                                textkeys::matchKey(details.position.title) == titleKey);
            }
        }
        if (held) {
            planned.position.reset();
        } else {
            changes << tr("new position %1").arg(planned.report.where);
        }
    }
    planned.report.outcome = changes.isEmpty() ? ImportOutcome::Unchanged : ImportOutcome::Update;
    return warnAboutOtherHolders(planned, plan);
}

Status ImportPlanner::warnAboutOtherHolders(PlannedRow &planned, const ImportPlan &plan)
{
    if (!planned.position || planned.position->acting != ActingKind::Definitive) {
        return {};
    }
    const PlannedInstitution &institution = plan.institutions.at(planned.institution);
    if (institution.existingId == 0) {
        return {};
    }
    auto holders = m_positions.holdersOn(institution.existingId, planned.position->title,
                                         QDate::currentDate());
    if (!holders) {
        return holders.error();
    }
    for (const PositionDetails &holder : *holders) {
        if (holder.position.acting == ActingKind::Definitive &&
            holder.position.personId != planned.report.personId) {
            planned.report.warnings
                << tr("%1 already has a current %2: %3. Both will be current; use \"replace "
                      "holder\" if one has left.")
                       .arg(institution.name, planned.position->title, holder.personName);
        }
    }
    return {};
}

} // namespace sisambang::db
