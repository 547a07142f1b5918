// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "officeprofile.h"
#include "regions.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace sisambang::cli {

namespace {

// A database file this command created and that must vanish if the command fails.
class NewFileGuard
{
public:
    explicit NewFileGuard(QString path)
        : m_path(std::move(path))
        , m_existed(QFileInfo::exists(m_path))
    {
    }
    ~NewFileGuard()
    {
        if (!m_existed && !m_kept) {
            for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
                QFile::remove(m_path + QLatin1String(suffix));
            }
        }
    }
    void keep() { m_kept = true; }
    bool existed() const { return m_existed; }

private:
    QString m_path;
    bool m_existed;
    bool m_kept = false;
};

} // namespace

ExitCode runInit(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption region(QStringLiteral("region"),
                                    QStringLiteral("Kemendagri code of the kabupaten/kota, "
                                                   "e.g. 19.04."),
                                    QStringLiteral("KODE"));
    parser.addOption(region);
    if (auto stop = parseOptions(context, parser, QStringLiteral("init --region KODE"))) {
        return *stop;
    }
    if (!parser.isSet(region)) {
        return fail(context, QStringLiteral("init needs --region KODE (e.g. 19.04)."),
                    ExitCode::Usage);
    }
    if (!parser.positionalArguments().isEmpty()) {
        return fail(
            context,
            QStringLiteral("unexpected argument %1").arg(parser.positionalArguments().first()),
            ExitCode::Usage);
    }
    const QString code = parser.value(region).trimmed();

    NewFileGuard guard(context.databasePath);
    auto database = openDatabase(context, db::Database::OpenMode::CreateIfMissing);
    if (!database) {
        return ExitCode::Failure;
    }
    db::OfficeProfileStore profiles(*database);
    auto profile = profiles.load();
    if (!profile) {
        return fail(context, profile.error().message);
    }
    if (profile->isConfigured()) {
        return fail(context,
                    QStringLiteral("%1 is already set up for region %2; nothing was "
                                   "changed.")
                        .arg(QDir::toNativeSeparators(context.databasePath), profile->regionCode));
    }
    db::RegionRepository regions(*database);
    auto found = regions.find(code);
    if (!found || found->level != db::RegionLevel::Regency) {
        return fail(context, QStringLiteral("%1 is not the code of a kabupaten/kota (try "
                                            "'sisambang-cli list regions --parent %2').")
                                 .arg(code, code.section(u'.', 0, 0)));
    }
    profile->regionCode = code;
    profile->officeName = QStringLiteral("Bawaslu ") + found->name;
    if (auto saved = profiles.save(*profile); !saved) {
        return fail(context, saved.error().message);
    }
    guard.keep();
    context.out << "Created " << QDir::toNativeSeparators(context.databasePath) << " for "
                << found->name << " (" << code << ")." << Qt::endl;
    return ExitCode::Success;
}

} // namespace sisambang::cli
