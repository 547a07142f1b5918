// SPDX-License-Identifier: GPL-3.0-or-later
#include "testdatabase.h"

#include "officeprofile.h"

#include <catch2/catch.hpp>

#include <QFile>

namespace sisambang::test {

namespace {

QString templatePath()
{
    static QTemporaryDir folder;
    static const QString path = [] {
        const QString file = folder.filePath(QStringLiteral("template.db"));
        auto database = db::Database::open(file);
        if (!database) {
            FAIL("Cannot build the template database: " << database.error().message.toStdString());
        }
        return file;
    }();
    return path;
}

} // namespace

std::unique_ptr<db::Database> openOrFail(const QString &path)
{
    auto database = db::Database::open(path);
    if (!database) {
        FAIL("Cannot open " << path.toStdString() << ": "
                            << database.error().message.toStdString());
    }
    return std::move(database).value();
}

TestDatabase::TestDatabase(const QString &regionCode)
{
    m_path = m_folder.filePath(QStringLiteral("test.db"));
    REQUIRE(QFile::copy(templatePath(), m_path));
    QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
    m_database = openOrFail(m_path);
    if (!regionCode.isEmpty()) {
        db::OfficeProfileStore store(*m_database);
        db::OfficeProfile profile;
        profile.regionCode = regionCode;
        profile.officeName = *store.defaultOfficeName(regionCode);
        auto saved = store.save(profile);
        INFO(saved.error().message.toStdString());
        REQUIRE(saved.ok());
    }
}

void TestDatabase::reopen()
{
    m_database.reset();
    m_database = openOrFail(m_path);
}

} // namespace sisambang::test
