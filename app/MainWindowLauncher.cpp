#include "MainWindowLauncher.h"

#include "MainWindow.h"

#include <QApplication>
#include <QIcon>

namespace cc {

int launchMainWindow(int &argc, char **argv, const QString &folder) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Crosscheck"));
    QApplication::setOrganizationName(QStringLiteral("Crosscheck"));
    QApplication::setApplicationVersion(QStringLiteral(CROSSCHECK_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/crosscheck.svg")));
    MainWindow window;
    window.show();
    if (!folder.isEmpty())
        window.openFolder(folder);
    else
        window.restoreLastProject();
    return app.exec();
}

} // namespace cc
