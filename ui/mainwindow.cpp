// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

namespace sisambang::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("SiSambang"));
}

MainWindow::~MainWindow() = default;

} // namespace sisambang::ui
