// SPDX-License-Identifier: GPL-3.0-or-later
// The yardstick for the GUI start (not a test): the least a Qt Widgets program
// does, an empty main window, quitting after its first paint exactly as
// `sisambang --quit-after-startup` does.
#include <QApplication>
#include <QEvent>
#include <QMainWindow>
#include <QTimer>

namespace {

class FirstPaintQuits : public QMainWindow
{
public:
    FirstPaintQuits() { resize(1024, 700); }

protected:
    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
        }
        return QMainWindow::event(event);
    }

private:
    bool m_seen = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    FirstPaintQuits window;
    window.show();
    return QApplication::exec();
}
