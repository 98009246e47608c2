#pragma once

#include <QString>

namespace cc {

// Creates the QApplication and the main window, optionally opening a folder.
int launchMainWindow(int &argc, char **argv, const QString &folder);

} // namespace cc
