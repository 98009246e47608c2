#pragma once

#include "extract/EntityResolver.h"
#include "model/Conflict.h"
#include "store/ProjectStore.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

namespace cc {

// What could still be read of a damaged project file: the analyst's work
// only (everything else is rebuilt from the folder), and what could not.
struct SalvagedProject {
    std::vector<Review> reviews;
    std::vector<EntityAlias> aliases;
    QStringList rejectedClaimKeys;
    QStringList problems; // "reviews: read 3 rows, then: database disk image is malformed"
};

// What a rebuild did about a damaged file, for the person who asked for it.
struct RecoveryReport {
    bool setAside = false;
    QString damage;    // why the file was judged damaged
    QString asidePath; // where it now is (never deleted)
    int reviews = 0;   // carried into the new file
    int aliases = 0;
    int rejectedClaims = 0;
    QStringList problems; // what could not be carried over, and why
};

// `scan --rebuild` on a damaged project: the file is moved aside
// (<name>.damaged-YYYYMMDD-HHMMSS, with its -wal/-shm/-journal), a fresh file
// takes its place, and the reviews, aliases and claim rejections that can
// still be read from the old one are carried over. A file from a newer
// version, another program's database, a busy or read-only project is never
// moved: those are refused as open() refuses them.
class ProjectRecovery {
public:
    // Opens `path` for a rebuild: a file that open() refuses as damaged or as
    // not a database, or that fails the full check(), is set aside and
    // replaced. Returns nullptr with *error when the project cannot be used.
    static std::unique_ptr<ProjectStore>
    openForRebuild(const QString &path, QString *error, RecoveryReport *report,
                   const ProjectStore::OpenOptions &options = {});

    // The free name beside `path` for a copy set aside at `when` (local time):
    // "<path>.damaged-YYYYMMDD-HHMMSS", then "...-2", "...-3" when taken.
    static QString asidePathFor(const QString &path, const QDateTime &when);
    // Renames the file and its companions; never overwrites, never deletes.
    // On failure nothing was moved (a companion that cannot follow is moved back).
    static bool setAside(const QString &path, QString *asidePath, QString *error);
    // Reads what it can from a (damaged) project file with SQLite read-only:
    // when a -wal lies beside it, first a normal read-only connection (which
    // sees committed pages still in the log), then an immutable one (the
    // file's bytes alone, no locks). Never writes to the file.
    static SalvagedProject salvage(const QString &path);
};

} // namespace cc
