// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database.h"

#include <QTemporaryDir>

#include <memory>

namespace sisambang::test {

// A fresh, fully migrated database file in its own temporary folder. Loading
// the regions of all Indonesia takes a moment, so the first one is built once
// per test program and copied.
class TestDatabase
{
public:
    // regionCode: set up the office for that kabupaten/kota (empty: leave unset).
    explicit TestDatabase(const QString &regionCode = QStringLiteral("19.04"));

    db::Database &db() { return *m_database; }
    QString path() const { return m_path; }
    QString folder() const { return m_folder.path(); }
    // Closes the connection (e.g. before another process opens the file).
    void close() { m_database.reset(); }
    void reopen();

private:
    QTemporaryDir m_folder;
    QString m_path;
    std::unique_ptr<db::Database> m_database;
};

// Opens or fails the test with the error message.
std::unique_ptr<db::Database> openOrFail(const QString &path);

} // namespace sisambang::test
