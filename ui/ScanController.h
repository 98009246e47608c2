#pragma once

#include "model/ScanSummary.h"
#include "pipeline/ScanPipeline.h"

#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <atomic>
#include <memory>

class QThread;

Q_DECLARE_METATYPE(cc::ScanProgress)
Q_DECLARE_METATYPE(cc::ScanSummary)

namespace cc {

class ScanWorker;

// Runs ScanPipeline::run in a worker thread through its own connection to the
// project file, so the UI thread keeps painting and answering while it reads.
// Progress arrives as queued signals; cancel() is honoured between files and
// inside long documents, and a cancelled scan leaves the project as it was.
class ScanController : public QObject {
    Q_OBJECT
public:
    explicit ScanController(QObject *parent = nullptr);
    ~ScanController() override; // cancels and waits for a running scan

    bool isRunning() const { return m_thread != nullptr; }
    // Starts a scan; returns false when one is already running.
    bool start(const QString &folder, const QString &projectPath, bool rebuild = false);
    void cancel();
    bool isCancelling() const { return m_cancel && m_cancel->load(); }
    // Blocks until the running scan ended (for shutdown, or before the next folder); true
    // when none runs afterwards. A scan ended so is over: its queued progress and finished
    // signals are dropped, so they cannot be taken for the next scan's.
    bool wait(unsigned long msecs = ULONG_MAX);

signals:
    void started();
    void progress(const cc::ScanProgress &progress);
    // ok false: the scan failed and error says why (the project keeps its previous state).
    void finished(const cc::ScanSummary &summary, bool ok, const QString &error,
                  const QStringList &lexiconErrors);

private:
    void onWorkerFinished(const cc::ScanSummary &summary, bool ok, const QString &error,
                          const QStringList &lexiconErrors);

    QThread *m_thread = nullptr;
    QPointer<ScanWorker> m_worker;
    // Which scan the queued signals must come from; wait() and start() move it on.
    quint64 m_generation = 0;
    // Shared with the worker: outlives the controller's own reset when a scan ends.
    std::shared_ptr<std::atomic_bool> m_cancel;
};

// The object living in the scan thread.
class ScanWorker : public QObject {
    Q_OBJECT
public:
    ScanWorker(QString folder, QString projectPath, bool rebuild,
               std::shared_ptr<std::atomic_bool> cancel);

    void run();

signals:
    void progress(const cc::ScanProgress &progress);
    void finished(const cc::ScanSummary &summary, bool ok, const QString &error,
                  const QStringList &lexiconErrors);

private:
    QString m_folder;
    QString m_projectPath;
    bool m_rebuild = false;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace cc
