#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QTimer>

class QFileSystemWatcher;

namespace cc {

// Watches a briefing folder (and its sub-folders) and says, once things have
// settled, that briefings were added, changed or removed. The project's own
// files and hidden files (FolderScanner::isIgnoredName) never count: the scan
// writes its project file into the folder and must not wake itself up.
class FolderWatcher : public QObject {
    Q_OBJECT
public:
    explicit FolderWatcher(QObject *parent = nullptr);
    ~FolderWatcher() override;

    void watch(const QString &folder);
    void stop();
    QString folder() const { return m_folder; }
    // Quiet time after the last change before changed() is emitted.
    void setDebounceInterval(int msecs) { m_debounce.setInterval(msecs); }
    // Re-reads what is there now (after our own scan), without emitting.
    void resync();

signals:
    void changed();

private:
    void onDirectoryChanged(const QString &dir);
    void onFileChanged(const QString &path);
    void addTree(const QString &dir);
    // Names, sizes and times of the relevant entries of one folder.
    static QString fingerprint(const QString &dir);

    QFileSystemWatcher *m_watcher = nullptr;
    QString m_folder;
    QHash<QString, QString> m_fingerprints;
    QTimer m_debounce;
};

} // namespace cc
