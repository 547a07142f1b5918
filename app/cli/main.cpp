// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include <QCoreApplication>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

int main(int argc, char *argv[])
{
#ifdef Q_OS_UNIX
    umask(077); // databases, backups and exports are the user's alone
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("SiSambang"));
    QCoreApplication::setApplicationName(QStringLiteral("sisambang"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SISAMBANG_VERSION));
    return sisambang::cli::run(QCoreApplication::arguments());
}
