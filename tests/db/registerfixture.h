// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small builders for register tests: a person or institution in one line.

#include "institutions.h"
#include "people.h"
#include "positions.h"
#include "testdatabase.h"

#include <catch2/catch.hpp>

namespace Catch {
template<> struct StringMaker<QString>
{
    static std::string convert(const QString &text) { return '"' + text.toStdString() + '"'; }
};
} // namespace Catch

namespace sisambang::test {

inline qint64 addInstitution(db::Database &database, const QString &name, db::InstitutionKind kind,
                             const QString &regionCode)
{
    db::Institution institution;
    institution.name = name;
    institution.kind = kind;
    institution.regionCode = regionCode;
    auto id = db::InstitutionRepository(database).add(institution);
    INFO((id ? QString() : id.error().message).toStdString());
    REQUIRE(id.ok());
    return *id;
}

inline qint64 addPerson(db::Database &database, const QString &written,
                        const QStringList &phones = {}, const QString &regionCode = {})
{
    db::Person person;
    person.name = db::PersonName::parse(written);
    person.phones = phones;
    person.regionCode = regionCode;
    auto id = db::PersonRepository(database).add(person);
    INFO((id ? QString() : id.error().message).toStdString());
    REQUIRE(id.ok());
    return *id;
}

inline qint64 addPosition(db::Database &database, qint64 person, qint64 institution,
                          const QString &title, const QDate &start = {},
                          db::ActingKind acting = db::ActingKind::Definitive, const QDate &end = {})
{
    db::Position position;
    position.personId = person;
    position.institutionId = institution;
    position.title = title;
    position.start = start;
    position.end = end;
    position.acting = acting;
    auto id = db::PositionRepository(database).add(position);
    INFO((id ? QString() : id.error().message).toStdString());
    REQUIRE(id.ok());
    return *id;
}

} // namespace sisambang::test
