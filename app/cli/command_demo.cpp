// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "demo.h"
#include "qtphotocodec.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace sisambang::cli {

ExitCode runDemo(Context &context)
{
    QCommandLineParser parser;
    if (auto stop = parseOptions(context, parser, QStringLiteral("demo"))) {
        return *stop;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return fail(
            context,
            QStringLiteral("unexpected argument %1").arg(parser.positionalArguments().first()),
            ExitCode::Usage);
    }
    if (QFileInfo::exists(context.databasePath)) {
        return fail(context, QStringLiteral("%1 already exists; the demo is built in a new file "
                                            "only.")
                                 .arg(QDir::toNativeSeparators(context.databasePath)));
    }
    bool built = false;
    const imaging::QtDemoPictures pictures;
    {
        auto database = openDatabase(context, db::Database::OpenMode::CreateIfMissing);
        if (database) {
            if (auto done = db::buildDemo(*database, &pictures); done) {
                built = true;
            } else {
                fail(context, done.error().message);
            }
        }
    }
    if (!built) {
        for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
            QFile::remove(context.databasePath + QLatin1String(suffix));
        }
        return ExitCode::Failure;
    }
    context.out << "Created the demo database " << QDir::toNativeSeparators(context.databasePath)
                << " (Bawaslu Kabupaten Bangka Tengah)." << Qt::endl;
    return ExitCode::Success;
}

} // namespace sisambang::cli
