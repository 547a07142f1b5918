// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop program: everything but main() lives in sisambang_ui.
#include "application.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication qtApplication(argc, argv);
    sisambang::ui::Application application;
    if (const auto finished = application.start(QCoreApplication::arguments())) {
        return *finished;
    }
    return QApplication::exec();
}
