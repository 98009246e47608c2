#pragma once

#include "model/ScanSummary.h"

#include <QString>
#include <atomic>
#include <functional>
#include <memory>

namespace cc {

class ProjectStore;
class LexiconSet;
class FileAccess;

// Progress of a scan, reported from the scanning thread.
struct ScanProgress {
    int done = 0;  // files handled so far
    int total = 0; // files found
    QString currentFile;
    QString stage; // "listing", "reading", "detecting", "saving"
};

// Brings a project up to date with its folder: lists files, re-reads only
// those whose content hash, engine version or lexicon hash changed, drops
// deleted ones, resolves entities across the folder and re-detects conflicts.
// The whole scan is one transaction: cancelled or failed, the project is as it was.
// Runs on the calling thread; the GUI calls it from a worker thread.
class ScanPipeline {
public:
    struct Options {
        bool rebuild = false; // re-read every document
        qint64 maxFileSize = 64ll * 1024 * 1024;
        const FileAccess *fileAccess = nullptr; // a test seam; nullptr = the real file system
        // Called from the scanning thread after each file; may be empty.
        std::function<void(const ScanProgress &)> progress;
        // Polled between files and inside long documents.
        const std::atomic_bool *cancel = nullptr;
    };

    ScanPipeline(ProjectStore &store, const LexiconSet &lexicons);
    // Returns false with *error set on a failure that aborted the scan (the
    // project keeps its previous state); a cancelled scan returns true with summary.cancelled.
    bool run(const QString &folder, const Options &options, ScanSummary *summary, QString *error);
    // Re-runs entity resolution and detection only (after an alias or rejection changed).
    bool redetect(QString *error);

    // Identifies the extraction engine; a change re-reads every document.
    static QString engineVersion();

private:
    ProjectStore &m_store;
    const LexiconSet &m_lexicons;
};

} // namespace cc
