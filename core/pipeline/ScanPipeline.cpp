#include "pipeline/ScanPipeline.h"

#include "detect/ConflictDetector.h"
#include "extract/EntityResolver.h"
#include "extract/Extractor.h"
#include "ingest/FileAccess.h"
#include "ingest/FolderScanner.h"
#include "ingest/OutletDirectory.h"
#include "ingest/ReaderRegistry.h"
#include "lexicon/LexiconSet.h"
#include "store/ProjectStore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFileInfo>
#include <QSet>
#include <QThread>
#include <algorithm>
#include <condition_variable>
#include <limits>
#include <map>
#include <mutex>
#include <thread>

namespace cc {

namespace {

bool isCancelled(const std::atomic_bool *cancel) {
    return cancel && cancel->load(std::memory_order_relaxed);
}

// How much of a file the readers may see: enough to sniff a format.
constexpr qsizetype kSniffBytes = 4096;

// The project file, its SQLite companions (-wal, -shm, -journal) and copies
// set aside after damage (.damaged-...): never briefings, even when the
// project lives inside the folder under a name the folder scanner does not know.
class OwnFiles {
public:
    explicit OwnFiles(const QString &projectPath) {
        const QFileInfo info(projectPath);
        const QString dir = QFileInfo(info.absolutePath()).canonicalFilePath();
        if (!dir.isEmpty() && !info.fileName().isEmpty())
            m_base = dir + QLatin1Char('/') + info.fileName();
    }
    bool contains(const QString &absolutePath) const {
        if (m_base.isEmpty() || !absolutePath.startsWith(m_base))
            return false;
        const QStringView rest = QStringView(absolutePath).mid(m_base.size());
        return rest.isEmpty() || rest.startsWith(u'-') || rest.startsWith(u".damaged-");
    }

private:
    QString m_base;
};

// What the workers make of one file, handed to the thread that writes the store.
struct FileWork {
    struct Part {
        Document document;
        Extraction extraction;
    };
    std::vector<Part> parts;
    SkippedFile skipped;       // path empty when the file was used
    bool keepPrevious = false; // unchanged or unreadable: the earlier scan's documents stand
    bool unchanged = false;
    bool cancelled = false;
};

// Runs job(0..count-1) on worker threads, at most a few items ahead of the consumer,
// which takes the results strictly in order. Bounded so that memory stays flat however
// large the folder; stops early when the cancel flag is raised or the consumer leaves.
template <typename Result> class OrderedWorkers {
public:
    OrderedWorkers(int count, std::function<Result(int)> job, const std::atomic_bool *cancel)
        : m_count(count), m_job(std::move(job)), m_cancel(cancel) {
        const int threads = std::clamp(QThread::idealThreadCount(), 1, 8);
        m_window = threads * 2;
        for (int t = 0; t < std::min(threads, count); ++t)
            m_threads.emplace_back([this] { loop(); });
    }
    ~OrderedWorkers() {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_all();
        for (std::thread &t : m_threads)
            t.join();
    }
    OrderedWorkers(const OrderedWorkers &) = delete;
    OrderedWorkers &operator=(const OrderedWorkers &) = delete;

    // Blocks until item i (the next in order) is done.
    Result take(int i) {
        std::unique_lock lock(m_mutex);
        m_done.wait(lock, [&] { return m_ready.count(i) > 0; });
        Result r = std::move(m_ready.at(i));
        m_ready.erase(i);
        m_taken = i + 1;
        lock.unlock();
        m_wake.notify_all();
        return r;
    }

private:
    void loop() {
        for (;;) {
            int i = 0;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [&] {
                    return m_stop || m_next >= m_count || m_next < m_taken + m_window;
                });
                if (m_stop || m_next >= m_count)
                    return;
                i = m_next++;
            }
            Result r;
            if (isCancelled(m_cancel))
                r.cancelled = true;
            else
                r = m_job(i);
            {
                std::lock_guard lock(m_mutex);
                m_ready.emplace(i, std::move(r));
            }
            m_done.notify_all();
        }
    }

    const int m_count;
    const std::function<Result(int)> m_job;
    const std::atomic_bool *m_cancel;
    int m_window = 2;
    std::mutex m_mutex;
    std::condition_variable m_wake; // workers: room in the window, or stop
    std::condition_variable m_done; // consumer: an item is ready
    std::map<int, Result> m_ready;
    int m_next = 0;
    int m_taken = 0;
    bool m_stop = false;
    std::vector<std::thread> m_threads;
};

} // namespace

ScanPipeline::ScanPipeline(ProjectStore &store, const LexiconSet &lexicons)
    : m_store(store), m_lexicons(lexicons) {}

QString ScanPipeline::engineVersion() {
    // Bump the suffix whenever extraction changes what it makes of the same text.
    return QStringLiteral(CROSSCHECK_VERSION "+engine.1");
}

bool ScanPipeline::run(const QString &folder, const Options &options, ScanSummary *summary,
                       QString *error) {
    ScanSummary result;
    const FileAccess &files = options.fileAccess ? *options.fileAccess : FileAccess::standard();
    auto report = [&](int done, int total, const QString &file, const char *stage) {
        if (options.progress)
            options.progress({done, total, file, QString::fromLatin1(stage)});
    };

    // Readers find outlets through the shared directory: give it this project's lexicons,
    // so outlets an analyst added beside the project are known while reading.
    OutletDirectory::setShared(m_lexicons);
    report(0, 0, QString(), "listing");
    FolderScanner::Options scanOptions;
    scanOptions.maxFileSize = options.maxFileSize;
    std::vector<FoundFile> found = FolderScanner(scanOptions).list(folder, &result.skipped);
    const OwnFiles own(m_store.path());
    std::erase_if(found, [&](const FoundFile &f) { return own.contains(f.absolutePath); });
    result.filesSeen = static_cast<int>(found.size() + result.skipped.size());

    if (!m_store.beginScan(error))
        return false;
    // Rolls the scan back on every early return; commit disarms it.
    struct Guard {
        ProjectStore &store;
        bool armed = true;
        ~Guard() {
            if (armed)
                store.rollbackScan();
        }
    } guard{m_store};

    const std::map<QString, StoredDocumentState> previous = m_store.documentStates();
    const QString engine = engineVersion();
    const QByteArray lexiconHash = m_lexicons.hash();
    const Extractor extractor(m_lexicons);
    QSet<QString> present;

    // Reading and extraction, the bulk of a scan, run on worker threads a few files
    // ahead; this thread writes each file's documents to the store in folder order,
    // so the project comes out the same whatever the timing.
    auto work = [&](int i) {
        FileWork w;
        const FoundFile &file = found[static_cast<size_t>(i)];
        const auto prev = previous.find(file.relativePath);
        const bool sameEngine = !options.rebuild && prev != previous.end() &&
                                prev->second.engineVersion == engine &&
                                prev->second.lexiconHash == lexiconHash;
        // Same size and modification time as when it was read: unchanged without reading
        // it (a re-scan of a large folder after one edit reads one file). The time must be
        // known and a little in the past, so a file rewritten in the same millisecond as
        // its previous version is not mistaken for it.
        const qint64 modifiedMs = file.modified.isValid() ? file.modified.toMSecsSinceEpoch() : 0;
        if (sameEngine && modifiedMs != 0 && prev->second.fileModifiedMs == modifiedMs &&
            prev->second.fileSize == file.size &&
            modifiedMs < QDateTime::currentMSecsSinceEpoch() - 2000) {
            w.keepPrevious = true;
            w.unchanged = true;
            return w;
        }
        QByteArray bytes;
        QString readError;
        // One byte over the cap tells a file that grew past it since it was listed.
        const qint64 readCap =
            std::min<qint64>(options.maxFileSize, std::numeric_limits<qint64>::max() - 1) + 1;
        if (!files.read(file.absolutePath, readCap, &bytes, &readError)) {
            w.skipped = {file.relativePath, readError};
            w.keepPrevious = true; // an unreadable file keeps what an earlier scan made of it
            return w;
        }
        if (bytes.size() > options.maxFileSize) {
            w.skipped = {file.relativePath,
                         QStringLiteral("over the size cap (%1 bytes) when read; it grew after it "
                                        "was listed")
                             .arg(options.maxFileSize)};
            return w;
        }
        const QByteArray hash = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
        const DocumentReader *reader =
            ReaderRegistry::standard().readerFor(file.relativePath, bytes.left(kSniffBytes));
        if (!reader) {
            w.skipped = {file.relativePath, QStringLiteral("unsupported format")};
            return w;
        }
        if (sameEngine && prev->second.contentHash == hash) {
            w.keepPrevious = true;
            w.unchanged = true;
            return w;
        }
        ReadResult read = reader->read(bytes, file.relativePath);
        bytes.clear();
        if (!read.error.isEmpty() || read.documents.empty()) {
            w.skipped = {file.relativePath,
                         read.error.isEmpty() ? QStringLiteral("no text") : read.error};
            return w;
        }
        for (size_t p = 0; p < read.documents.size(); ++p) {
            Document &doc = read.documents[p];
            // A container (mbox) yields several documents: "path#N" for N > 0.
            doc.path = p == 0 ? file.relativePath
                              : file.relativePath + QLatin1Char('#') + QString::number(p);
            doc.partIndex = static_cast<int>(p);
            // Part 0 carries the file's hash (what tells an unchanged file next time); the
            // other parts of a container hash their own text, or every message of an mbox
            // would count as one origin when sources are weighed.
            doc.contentHash =
                p == 0 ? hash
                       : QCryptographicHash::hash(doc.text.toUtf8(), QCryptographicHash::Sha256)
                             .toHex();
            doc.fileSize = file.size;
            doc.fileModified = file.modified;
            Extraction extraction = extractor.extract(doc, options.cancel);
            if (extraction.cancelled || isCancelled(options.cancel)) {
                w.cancelled = true;
                return w;
            }
            doc.warnings += extraction.warnings; // stored with the document, shown with it
            w.parts.push_back({std::move(doc), std::move(extraction)});
        }
        return w;
    };

    const int total = static_cast<int>(found.size());
    OrderedWorkers<FileWork> workers(total, work, options.cancel);
    for (int i = 0; i < total; ++i) {
        if (isCancelled(options.cancel)) {
            result.cancelled = true;
            break;
        }
        const FoundFile &file = found[static_cast<size_t>(i)];
        report(i, total, file.relativePath, "reading");
        FileWork w = workers.take(i);
        // Cancel raised while this file was read or extracted: drop it too.
        if (w.cancelled || isCancelled(options.cancel)) {
            result.cancelled = true;
            break;
        }
        if (!w.skipped.path.isEmpty())
            result.skipped.push_back(w.skipped);
        if (w.keepPrevious) {
            // Parts of a container that vanished are dropped below with the other deleted
            // documents.
            // The map is sorted: the file's parts ("path", "path#1", ...) follow its path.
            const QString partPrefix = file.relativePath + QLatin1Char('#');
            for (auto it = previous.lower_bound(file.relativePath);
                 it != previous.end() && it->first.startsWith(file.relativePath); ++it) {
                if (it->first == file.relativePath || it->first.startsWith(partPrefix))
                    present.insert(it->first);
            }
            if (w.unchanged)
                ++result.documentsUnchanged;
            continue;
        }
        for (FileWork::Part &part : w.parts) {
            const Document &doc = part.document;
            for (const QString &warning : doc.warnings)
                result.warnings << doc.path + QStringLiteral(": ") + warning;
            const StoredDocumentState state{doc.contentHash, engine, lexiconHash};
            if (!m_store.putDocument(doc, part.extraction.sentences, part.extraction.claims,
                                     part.extraction.entities, state, error))
                return false;
            present.insert(doc.path);
            ++result.documentsRead;
            result.sentences += static_cast<int>(part.extraction.sentences.size());
        }
    }
    report(total, total, QString(), "detecting");

    if (result.cancelled) {
        // Leave the project exactly as it was.
        if (summary)
            *summary = result;
        return true;
    }

    for (const auto &[path, state] : previous) {
        if (!present.contains(path)) {
            if (!m_store.removeDocument(path, error))
                return false;
            ++result.documentsRemoved;
        }
    }

    if (!redetect(error))
        return false;
    report(total, total, QString(), "saving");
    m_store.setSetting(QStringLiteral("folder"), folder, nullptr);
    if (!m_store.commitScan(error))
        return false;
    guard.armed = false;

    result.claims = static_cast<int>(m_store.claimCount());
    result.conflicts = static_cast<int>(m_store.conflicts().size());
    if (summary)
        *summary = result;
    return true;
}

bool ScanPipeline::redetect(QString *error) {
    const EntityResolver resolver(m_store.entitiesInOrder(), m_store.aliases(), m_lexicons);
    std::vector<Claim> claims = m_store.claims();
    resolver.apply(claims);
    if (!m_store.updateClaimSubjects(claims, error))
        return false;
    const QStringList rejected = m_store.rejectedClaimKeys();
    if (!rejected.isEmpty()) {
        const QSet<QString> rejectedSet(rejected.begin(), rejected.end());
        for (Claim &c : claims)
            c.rejected = rejectedSet.contains(ProjectStore::claimKey(c));
    }
    const ConflictDetector detector(m_lexicons);
    const std::vector<Conflict> conflicts = detector.detect(claims, m_store.documents(), &resolver);
    return m_store.replaceConflicts(conflicts, error);
}

} // namespace cc
