#include "MainWindowLauncher.h"

#include "MainWindow.h"

#include <QApplication>
#include <QIcon>

namespace cc {

namespace {

QIcon applicationIcon() {
    // Rendered PNGs: the SVG needs the Qt SVG plugin, which may be absent.
    QIcon icon;
    for (int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/crosscheck-%1.png").arg(size), QSize(size, size));
    return icon;
}

} // namespace

int launchMainWindow(int &argc, char **argv, const QString &folder) {
    QApplication::setHighDpiScaleFactorRoundingPolicy(
        Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Crosscheck"));
    QApplication::setOrganizationName(QStringLiteral("Crosscheck"));
    QApplication::setApplicationVersion(QStringLiteral(CROSSCHECK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("crosscheck"));
    QApplication::setWindowIcon(applicationIcon());
    MainWindow window;
    window.show();
    if (!folder.isEmpty())
        window.openFolder(folder);
    else
        window.restoreLastProject();
    return app.exec();
}

} // namespace cc
