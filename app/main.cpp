#include "CommandLine.h"
#include "MainWindowLauncher.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <memory>

int main(int argc, char *argv[]) {
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);

    if (cc::CommandLine::isHeadless(args)) {
        // Headless subcommands never need a display; PDF export renders offscreen.
        if (cc::CommandLine::needsGuiApplication(args)) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            QGuiApplication app(argc, argv);
            return cc::CommandLine::run(args);
        }
        QCoreApplication app(argc, argv);
        return cc::CommandLine::run(args);
    }
    return cc::launchMainWindow(argc, argv, args.value(0));
}
