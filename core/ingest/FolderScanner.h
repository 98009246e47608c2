#pragma once

#include "model/ScanSummary.h"

#include <QDateTime>
#include <QString>
#include <vector>

namespace cc {

struct FoundFile {
    QString absolutePath;
    QString relativePath; // '/' separated, relative to the scanned folder
    qint64 size = 0;
    QDateTime modified;
};

// Lists the briefing files below a folder: recursive, in a stable (sorted) order,
// skipping hidden files and folders and the project's own files
// (.crosscheck.sqlite*), never following a symlink out of the folder or round a loop.
class FolderScanner {
public:
    struct Options {
        qint64 maxFileSize = 64ll * 1024 * 1024; // larger files are skipped with their size
    };
    FolderScanner() = default;
    explicit FolderScanner(Options options) : m_options(options) {}

    // Files too large or otherwise unusable before reading go to *skipped with a reason.
    std::vector<FoundFile> list(const QString &folder, std::vector<SkippedFile> *skipped) const;
    // True for names the scan and the folder watcher must ignore.
    static bool isIgnoredName(const QString &fileName);

private:
    Options m_options;
};

} // namespace cc
