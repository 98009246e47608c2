#include "MainWindow.h"

#include <QLabel>

namespace cc {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent) {
    setWindowTitle(QStringLiteral("Crosscheck"));
    setCentralWidget(new QLabel(tr("Open a folder of briefings to begin."), this));
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::openFolder(const QString &folder) { setWindowTitle(folder + QStringLiteral(" — Crosscheck")); }

void MainWindow::restoreLastProject() {}

} // namespace cc
