#include "ScanController.h"

#include "ProjectSession.h"
#include "lexicon/LexiconSet.h"
#include "store/ProjectStore.h"

#include <QElapsedTimer>
#include <QThread>

namespace cc {

namespace {
// Progress signals at most this often: a folder of small files must not flood the event loop.
constexpr qint64 kProgressIntervalMs = 40;
} // namespace

ScanWorker::ScanWorker(QString folder, QString projectPath, bool rebuild,
                       std::shared_ptr<std::atomic_bool> cancel)
    : m_folder(std::move(folder)), m_projectPath(std::move(projectPath)), m_rebuild(rebuild),
      m_cancel(std::move(cancel)) {}

void ScanWorker::run() {
    ScanSummary summary;
    QString error;
    std::unique_ptr<ProjectStore> store = ProjectStore::open(m_projectPath, &error);
    if (!store) {
        emit finished(summary, false, error, {});
        return;
    }
    const LexiconSet lexicons =
        LexiconSet::loadDefault(ProjectSession::projectLexiconDir(m_projectPath));

    ScanPipeline pipeline(*store, lexicons);
    ScanPipeline::Options options;
    options.rebuild = m_rebuild;
    options.cancel = m_cancel.get();
    QElapsedTimer sinceLast;
    sinceLast.start();
    bool first = true;
    options.progress = [&](const ScanProgress &p) {
        // Always pass on stage changes and the end; throttle the per-file ticks.
        if (first || p.stage != QLatin1String("reading") || p.done + 1 >= p.total ||
            sinceLast.elapsed() >= kProgressIntervalMs) {
            first = false;
            sinceLast.restart();
            emit progress(p);
        }
    };
    const bool ok = pipeline.run(m_folder, options, &summary, &error);
    emit finished(summary, ok, error, lexicons.errors());
}

ScanController::ScanController(QObject *parent) : QObject(parent) {
    qRegisterMetaType<cc::ScanProgress>();
    qRegisterMetaType<cc::ScanSummary>();
}

ScanController::~ScanController() {
    cancel();
    wait();
}

bool ScanController::start(const QString &folder, const QString &projectPath, bool rebuild) {
    if (m_thread)
        return false;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("crosscheck-scan"));
    auto *worker = new ScanWorker(folder, projectPath, rebuild, m_cancel);
    worker->moveToThread(m_thread);
    m_worker = worker;
    connect(m_thread, &QThread::started, worker, &ScanWorker::run);
    // Signals already queued when wait() ended a scan still arrive afterwards: each carries
    // its scan's generation, and only the current one's count.
    const quint64 generation = ++m_generation;
    connect(
        worker, &ScanWorker::progress, this,
        [this, generation](const ScanProgress &p) {
            if (generation == m_generation)
                emit progress(p);
        },
        Qt::QueuedConnection);
    connect(
        worker, &ScanWorker::finished, this,
        [this, generation](const ScanSummary &summary, bool ok, const QString &error,
                           const QStringList &lexiconErrors) {
            if (generation == m_generation)
                onWorkerFinished(summary, ok, error, lexiconErrors);
        },
        Qt::QueuedConnection);
    connect(m_thread, &QThread::finished, worker, &QObject::deleteLater);
    m_thread->start(QThread::LowPriority);
    emit started();
    return true;
}

void ScanController::cancel() {
    if (m_cancel)
        m_cancel->store(true);
}

bool ScanController::wait(unsigned long msecs) {
    if (!m_thread)
        return true;
    // The worker's finished signal is queued to this thread; the thread itself
    // ends once run() returned and quit() is processed.
    QThread *thread = m_thread;
    thread->quit();
    if (!thread->wait(msecs))
        return false;
    if (m_thread == thread) {
        m_thread = nullptr;
        thread->deleteLater();
        ++m_generation; // this scan is over: what it queued is no longer news
    }
    return true;
}

void ScanController::onWorkerFinished(const ScanSummary &summary, bool ok, const QString &error,
                                      const QStringList &lexiconErrors) {
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
        m_thread->deleteLater();
        m_thread = nullptr;
    }
    emit finished(summary, ok, error, lexiconErrors);
}

} // namespace cc
