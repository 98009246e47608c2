#include "FolderWatcher.h"

#include "ingest/FolderScanner.h"

#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>

namespace cc {

namespace {
// Sub-folders deeper than this are not watched (a briefing folder is shallow).
constexpr int kMaxDepth = 8;
// Beyond this many watched paths the watcher only watches folders.
constexpr int kMaxWatchedFiles = 4000;
} // namespace

FolderWatcher::FolderWatcher(QObject *parent) : QObject(parent) {
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(1500);
    connect(&m_debounce, &QTimer::timeout, this, &FolderWatcher::changed);
}

FolderWatcher::~FolderWatcher() = default;

void FolderWatcher::watch(const QString &folder) {
    stop();
    m_folder = QDir(folder).absolutePath();
    m_watcher = new QFileSystemWatcher(this);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this,
            &FolderWatcher::onDirectoryChanged);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &FolderWatcher::onFileChanged);
    addTree(m_folder);
}

void FolderWatcher::stop() {
    m_debounce.stop();
    delete m_watcher;
    m_watcher = nullptr;
    m_fingerprints.clear();
    m_folder.clear();
}

void FolderWatcher::resync() {
    if (!m_watcher)
        return;
    const QString folder = m_folder;
    watch(folder);
}

QString FolderWatcher::fingerprint(const QString &dir) {
    QStringList parts;
    const QFileInfoList entries =
        QDir(dir).entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &info : entries) {
        if (FolderScanner::isIgnoredName(info.fileName()))
            continue;
        parts << info.fileName() + QLatin1Char('|') + QString::number(info.size()) +
                     QLatin1Char('|') + QString::number(info.lastModified().toMSecsSinceEpoch());
    }
    return parts.join(QLatin1Char('\n'));
}

void FolderWatcher::addTree(const QString &root) {
    QStringList dirs{root};
    QStringList files;
    for (int i = 0; i < dirs.size(); ++i) {
        const QString dir = dirs[i];
        m_fingerprints.insert(dir, fingerprint(dir));
        const int depth = dir.mid(m_folder.size()).count(QLatin1Char('/'));
        const QFileInfoList entries = QDir(dir).entryInfoList(
            QDir::AllEntries | QDir::NoDotAndDotDot | QDir::NoSymLinks, QDir::Name);
        for (const QFileInfo &info : entries) {
            if (FolderScanner::isIgnoredName(info.fileName()))
                continue;
            if (info.isDir()) {
                if (depth < kMaxDepth)
                    dirs << info.absoluteFilePath();
            } else if (files.size() < kMaxWatchedFiles) {
                // Watching files catches briefings rewritten in place (same name, new text).
                files << info.absoluteFilePath();
            }
        }
    }
    const QStringList watchedDirs = m_watcher->directories();
    const QStringList watchedFiles = m_watcher->files();
    QStringList fresh;
    for (const QString &d : std::as_const(dirs))
        if (!watchedDirs.contains(d))
            fresh << d;
    for (const QString &f : std::as_const(files))
        if (!watchedFiles.contains(f))
            fresh << f;
    if (!fresh.isEmpty())
        m_watcher->addPaths(fresh);
}

void FolderWatcher::onDirectoryChanged(const QString &dir) {
    const QString now = fingerprint(dir);
    if (m_fingerprints.value(dir) == now)
        return; // only ignored files (the project's own) came or went
    m_fingerprints.insert(dir, now);
    if (QFileInfo::exists(dir))
        addTree(dir); // new files and sub-folders get watched too
    m_debounce.start();
}

void FolderWatcher::onFileChanged(const QString &path) {
    if (FolderScanner::isIgnoredName(QFileInfo(path).fileName()))
        return;
    // Editors that save by rename drop the watch: watch the new file again.
    if (QFileInfo::exists(path) && !m_watcher->files().contains(path))
        m_watcher->addPath(path);
    m_debounce.start();
}

} // namespace cc
