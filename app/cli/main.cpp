// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("SiSambang"));
    QCoreApplication::setApplicationName(QStringLiteral("sisambang"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SISAMBANG_VERSION));
    return sisambang::cli::run(QCoreApplication::arguments());
}
