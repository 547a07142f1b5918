// SPDX-License-Identifier: GPL-3.0-or-later
// The Catch2 runner of every test program: a QApplication on the offscreen
// platform, so that data, document and widget tests all run headless.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QLocale>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("SiSambangTests"));
    QCoreApplication::setApplicationName(QStringLiteral("sisambang-tests"));
    QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
    return Catch::Session().run(argc, argv);
}
