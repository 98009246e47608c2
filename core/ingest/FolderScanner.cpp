#include "ingest/FolderScanner.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <algorithm>

namespace cc {

namespace {

QString humanSize(qint64 bytes) {
    if (bytes < 1024)
        return QStringLiteral("%1 bytes").arg(bytes);
    static const char *const kUnits[] = {"KB", "MB", "GB", "TB"};
    double value = static_cast<double>(bytes);
    int unit = -1;
    while (value >= 1024.0 && unit < 3) {
        value /= 1024.0;
        ++unit;
    }
    const bool whole = value == static_cast<double>(static_cast<qint64>(value));
    return QString::number(value, 'f', whole ? 0 : 1) + QLatin1Char(' ') +
           QLatin1String(kUnits[unit]);
}

// Folder by folder, then file name; case only breaks ties, so the order is the same
// on every machine and a folder's files stay together.
bool pathLess(const QString &a, const QString &b) {
    const QStringList pa = a.split(QLatin1Char('/'));
    const QStringList pb = b.split(QLatin1Char('/'));
    const qsizetype n = std::min(pa.size(), pb.size());
    for (qsizetype i = 0; i < n; ++i) {
        int c = pa[i].compare(pb[i], Qt::CaseInsensitive);
        if (c == 0)
            c = pa[i].compare(pb[i], Qt::CaseSensitive);
        if (c != 0)
            return c < 0;
    }
    return pa.size() < pb.size();
}

} // namespace

bool FolderScanner::isIgnoredName(const QString &fileName) {
    if (fileName.isEmpty() || fileName.startsWith(QLatin1Char('.')))
        return true; // hidden, and the project's own ".crosscheck.sqlite*" files
    // The project file and its companions (-wal, -shm, -journal, .damaged-* copies)
    // even when a copy lost its leading dot.
    if (fileName.contains(QLatin1String(".crosscheck.sqlite")) ||
        fileName.startsWith(QLatin1String("crosscheck.sqlite")))
        return true;
    // Office lock files and editor backups: never briefings.
    if (fileName.startsWith(QLatin1String("~$")) || fileName.endsWith(QLatin1Char('~')))
        return true;
    return fileName.compare(QLatin1String("Thumbs.db"), Qt::CaseInsensitive) == 0 ||
           fileName.compare(QLatin1String("desktop.ini"), Qt::CaseInsensitive) == 0;
}

std::vector<FoundFile> FolderScanner::list(const QString &folder,
                                           std::vector<SkippedFile> *skipped) const {
    std::vector<FoundFile> files;
    std::vector<SkippedFile> problems;
    const QFileInfo rootInfo(folder);
    const QString root = rootInfo.canonicalFilePath();
    if (root.isEmpty() || !rootInfo.isDir()) {
        if (skipped)
            skipped->push_back({folder, QStringLiteral("not a folder")});
        return files;
    }
    const QString rootPrefix = root.endsWith(QLatin1Char('/')) ? root : root + QLatin1Char('/');
    auto inside = [&](const QString &canonical) {
        return canonical == root || canonical.startsWith(rootPrefix);
    };

    // Folders already listed, by canonical path: a bind mount or any other second
    // way into the same folder is not walked twice.
    QSet<QString> visited{root};
    std::vector<QString> pending{QString()};
    while (!pending.empty()) {
        const QString rel = pending.back();
        pending.pop_back();
        const QString abs = rel.isEmpty() ? root : rootPrefix + rel;
        const QFileInfo dirInfo(abs);
        if (!dirInfo.isReadable() || !dirInfo.isExecutable()) {
            problems.push_back(
                {rel + QLatin1Char('/'), QStringLiteral("unreadable folder: permission denied")});
            continue;
        }
        const QDir dir(abs);
        const QFileInfoList entries = dir.entryInfoList(
            QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::NoSort);
        for (const QFileInfo &e : entries) {
            const QString name = e.fileName();
            if (isIgnoredName(name))
                continue;
            const QString relPath = rel.isEmpty() ? name : rel + QLatin1Char('/') + name;
            if (e.isSymLink()) {
                const QString target = e.canonicalFilePath();
                if (target.isEmpty())
                    problems.push_back({relPath, QStringLiteral("broken symbolic link")});
                else if (!inside(target))
                    problems.push_back(
                        {relPath,
                         QStringLiteral("symbolic link to outside the folder, not followed")});
                // A link inside the folder leads to something listed under its own path
                // (or hidden, or a loop back up): nothing to add.
                continue;
            }
            if (e.isDir()) {
                const QString canonical = e.canonicalFilePath();
                if (canonical.isEmpty() || !inside(canonical) || visited.contains(canonical))
                    continue;
                visited.insert(canonical);
                pending.push_back(relPath);
                continue;
            }
            if (!e.isFile()) {
                problems.push_back(
                    {relPath, QStringLiteral("not a regular file (device, pipe or socket)")});
                continue;
            }
            if (e.size() > m_options.maxFileSize) {
                problems.push_back(
                    {relPath, QStringLiteral("over the size cap (%1 > %2)")
                                  .arg(humanSize(e.size()), humanSize(m_options.maxFileSize))});
                continue;
            }
            files.push_back({rootPrefix + relPath, relPath, e.size(), e.lastModified()});
        }
    }
    std::sort(files.begin(), files.end(), [](const FoundFile &a, const FoundFile &b) {
        return pathLess(a.relativePath, b.relativePath);
    });
    std::sort(problems.begin(), problems.end(),
              [](const SkippedFile &a, const SkippedFile &b) { return pathLess(a.path, b.path); });
    if (skipped)
        skipped->insert(skipped->end(), problems.begin(), problems.end());
    return files;
}

} // namespace cc
