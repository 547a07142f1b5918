// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "fontpreload.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>
#include <optional>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

int main(int argc, char *argv[])
{
#ifdef Q_OS_UNIX
    umask(077); // databases, backups and exports are the user's alone
#endif
    // Printing lays out text, which needs a QGuiApplication; every other command
    // stays a plain QCoreApplication so that it runs on machines without a display.
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
    }
    std::unique_ptr<QCoreApplication> app;
    if (sisambang::cli::needsGui(arguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    // print and report lay out documents: the system's fonts are read on a
    // second thread while the database is opened and the data counted.
    std::optional<sisambang::documents::FontPreload> fonts;
    if (qobject_cast<QGuiApplication *>(app.get()) != nullptr) {
        fonts.emplace();
    }
    QCoreApplication::setOrganizationName(QStringLiteral("SiSambang"));
    QCoreApplication::setApplicationName(QStringLiteral("sisambang"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SISAMBANG_VERSION));
    return sisambang::cli::run(QCoreApplication::arguments());
}
