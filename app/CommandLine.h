#pragma once

#include <QStringList>

namespace cc {

// The headless subcommands (DESIGN.md "Command line contract"). Exit codes:
// 0 success, 1 runtime failure (message on stderr), 2 usage error.
class CommandLine {
public:
    static constexpr int kSuccess = 0;
    static constexpr int kFailure = 1;
    static constexpr int kUsage = 2;

    // True when argv names a headless subcommand (or --help/--version), or
    // starts with a word that is neither a command nor a folder (a usage error).
    static bool isHeadless(const QStringList &args);
    // Runs it; needs a QCoreApplication (a QGuiApplication for PDF export).
    static int run(const QStringList &args);
    static QString usage();
    // PDF export needs a GUI application object on the offscreen platform.
    static bool needsGuiApplication(const QStringList &args);
};

} // namespace cc
