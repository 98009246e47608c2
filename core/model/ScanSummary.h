#pragma once

#include <QString>
#include <QStringList>
#include <vector>

namespace cc {

// A file the scan could not use, and why ("unreadable: permission denied",
// "binary file", "over the size cap (2.0 GB > 64 MB)").
struct SkippedFile {
    QString path;
    QString reason;
};

struct ScanSummary {
    int filesSeen = 0;
    int documentsRead = 0;      // read (new or changed) in this scan
    int documentsUnchanged = 0; // kept from the previous scan
    int documentsRemoved = 0;
    int sentences = 0;
    int claims = 0;
    int conflicts = 0;
    bool cancelled = false;
    std::vector<SkippedFile> skipped;
    QStringList warnings; // "path: warning"
};

} // namespace cc
