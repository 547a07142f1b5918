// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop program: everything but main() lives in sisambang_ui.
#include "application.h"

#include <QApplication>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

int main(int argc, char *argv[])
{
#ifdef Q_OS_UNIX
    umask(077); // databases, backups, attachments and exports are the user's alone
#endif
    using sisambang::ui::Application;
    if (Application::answersOnConsole(argc, argv)) { // --help, --version: no display needed
        QCoreApplication console(argc, argv);
        return Application::runOnConsole(QCoreApplication::arguments());
    }
    QApplication qtApplication(argc, argv);
    Application application;
    if (const auto finished = application.start(QCoreApplication::arguments())) {
        return *finished;
    }
    return QApplication::exec();
}
