#pragma once

#include "extract/EntityResolver.h"
#include "model/Claim.h"
#include "model/Conflict.h"
#include "model/Document.h"
#include "model/Sentence.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace cc {

class Database;
class Transaction;

// What the store remembers of a document to decide whether to re-read it.
struct StoredDocumentState {
    QByteArray contentHash;
    QString engineVersion;
    QByteArray lexiconHash;
    // The file as listed when it was read (documentStates() fills them; putDocument takes
    // them from the Document): an unchanged size and time spare a re-scan reading it.
    qint64 fileSize = -1;
    qint64 fileModifiedMs = 0; // ms since the epoch, 0 when unknown
};

// A full-text search hit: a sentence of a document.
struct SearchHit {
    QString document;
    qsizetype start = 0;
    qsizetype end = 0;
    QString snippet;
};

// A document's metadata with how much the store holds about it (documents list).
struct DocumentSummary {
    Document document; // text empty
    int sentences = 0;
    int claims = 0;
    int conflicts = 0; // conflicts drawing on a claim of this document
};

// The project file (SQLite): documents, sentences, entities and aliases,
// claims, conflicts and the analyst's reviews. Every write method runs inside
// the current transaction when one is open (beginScan), or its own otherwise;
// inside a scan a failed write is undone only by rolling the scan back.
// One thread at a time: another thread opens its own ProjectStore. While one
// store holds a scan, writes through another wait (busy timeout) and then fail
// with "the project is being updated by another Crosscheck process ...".
class ProjectStore {
public:
    static constexpr int kSchemaVersion = 2;
    // The oldest schema a read-only open accepts without upgrading it.
    static constexpr int kOldestReadableVersion = 1;

    struct OpenOptions {
        // Never write: writes fail with "the project ... is read-only", and a
        // file that needs creating or upgrading is refused. Also how a file the
        // process cannot write is opened (tests use this as the seam, since
        // chmod means nothing to root).
        bool readOnly = false;
        // How long to wait for another process's write lock before giving up.
        int busyTimeoutMs = 5000;
    };

    // Why open() refused a file, for callers that act on it (scan --rebuild
    // sets aside only Damaged and NotADatabase files).
    enum class OpenFailure {
        None,
        Missing,         // read-only open of a file that does not exist
        NotADatabase,    // not SQLite at all: overwritten, or some other file
        ForeignDatabase, // an SQLite database of another program
        Damaged,         // cut short, missing tables, a failed check
        NewerVersion,    // written by a newer Crosscheck
        ReadOnly,        // needs a write (create, upgrade) it may not make
        Busy,            // another process holds the write lock
        Other,           // I/O errors, not a file, ...
    };

    ~ProjectStore();
    // Opens or creates the project file and migrates it. Returns nullptr with a
    // message a person reads when the file is locked, damaged, read-only where a
    // write is needed, or from a newer version (never overwritten).
    // Opening is cheap whatever the size: the header, the schema and the
    // analyst's tables (reviews, aliases, rejections, settings) are checked;
    // the rest is checked page by page as it is read (see isDamaged) and in
    // full by check().
    static std::unique_ptr<ProjectStore> open(const QString &path, QString *error);
    static std::unique_ptr<ProjectStore> open(const QString &path, QString *error,
                                              const OpenOptions &options);
    static std::unique_ptr<ProjectStore> open(const QString &path, QString *error,
                                              const OpenOptions &options, OpenFailure *failure);
    // The message for a damaged project file, with what to do about it.
    static QString damagedMessage(const QString &path, const QString &detail);
    // Default project file for a folder: FOLDER/.crosscheck.sqlite, or a
    // per-user data location when the folder is not writable.
    static QString defaultPathFor(const QString &folder);

    // Reads every page: seconds for a big project. Quick is PRAGMA
    // quick_check (the b-trees and records); Full is PRAGMA integrity_check
    // (also that every index matches its table). False with the findings when
    // the file is damaged (then isDamaged() is true).
    enum class CheckDepth { Quick, Full };
    bool check(QString *problem, CheckDepth depth = CheckDepth::Quick);
    // True once any call met a damaged page (SQLITE_CORRUPT/NOTADB): every
    // later write is refused, a running scan is not committed, and reads may
    // have missed rows (a report must not be trusted; damageMessage() says why).
    bool isDamaged() const;
    QString damageMessage() const;

    // The connection's PRAGMA synchronous: 2 (FULL) outside a scan, so a
    // saved review survives a power cut; 1 (NORMAL) while a scan runs.
    int synchronousLevel() const;

    QString path() const;
    bool isReadOnly() const;
    // True between beginScan and commitScan/rollbackScan.
    bool inScan() const;

    // The whole scan is one transaction: a crash or cancel leaves the previous state.
    bool beginScan(QString *error);
    bool commitScan(QString *error);
    void rollbackScan();

    // Documents and their extraction (replaces any earlier version of the path).
    std::map<QString, StoredDocumentState> documentStates() const;
    bool putDocument(const Document &doc, const std::vector<Sentence> &sentences,
                     const std::vector<Claim> &claims, const QStringList &entities,
                     const StoredDocumentState &state, QString *error);
    bool removeDocument(const QString &path, QString *error);
    // Metadata only (text empty) unless withText.
    std::vector<Document> documents(bool withText = false) const;
    std::optional<Document> document(const QString &path) const;
    std::vector<Sentence> sentences(const QString &path) const;
    // Documents by path with their sentence, claim and conflict counts.
    std::vector<DocumentSummary> documentsWithCounts() const;
    // A document's entity names in the order the extractor found them.
    QStringList entities(const QString &path) const;
    // Entity names per document in folder order (for EntityResolver).
    std::vector<QStringList> entitiesInOrder() const;

    // Claims of every document (ids set); canonical subjects as last stored.
    std::vector<Claim> claims() const;
    bool updateClaimSubjects(const std::vector<Claim> &claims, QString *error);
    // One document's claims, by sentence start and value start.
    std::vector<Claim> claimsForDocument(const QString &path) const;
    // A page of claims() in the same order (for a lazily filled table).
    std::vector<Claim> claimsPage(qsizetype offset, qsizetype limit) const;
    qsizetype claimCount() const;

    // Rejected claims, keyed so they survive re-scans (document, quote, attribute, value).
    static QString claimKey(const Claim &claim);
    bool setClaimRejected(const Claim &claim, bool rejected, QString *error);
    QStringList rejectedClaimKeys() const;

    // Conflicts from the last detection, joined with their reviews
    // (status, chosen side, note, changedSinceReview).
    bool replaceConflicts(const std::vector<Conflict> &conflicts, QString *error);
    std::vector<Conflict> conflicts() const;
    // One conflict joined with its review, or nothing when it is not detected now.
    std::optional<Conflict> conflict(const QString &id) const;
    // Conflicts with a claim in the document, by id.
    std::vector<Conflict> conflictsForDocument(const QString &path) const;

    // Reviews are committed with synchronous=FULL; they outlive their conflicts.
    // An empty sidesFingerprint or summary is filled from the stored conflict.
    bool saveReview(const Review &review, QString *error);
    // Forgets the analyst's decision (undo of a first review).
    bool removeReview(const QString &conflictId, QString *error);
    std::optional<Review> review(const QString &conflictId) const;
    std::vector<Review> reviews() const;
    // Reviews whose conflict is no longer detected.
    std::vector<Review> orphanReviews() const;

    // The analyst's work carried into a new project file (a rebuild after
    // damage): one transaction, committed with synchronous=FULL.
    bool importAnalystData(const std::vector<Review> &reviews,
                           const std::vector<EntityAlias> &aliases,
                           const QStringList &rejectedClaimKeys, QString *error);

    std::vector<EntityAlias> aliases() const;
    bool setAlias(const EntityAlias &alias, QString *error);
    bool removeAlias(const QString &surface, QString *error);

    // Full-text search (FTS5) over sentences.
    std::vector<SearchHit> search(const QString &query, int limit = 200) const;

    // Key/value settings of the project (folder, engine version, last scan time).
    QString setting(const QString &key) const;
    bool setSetting(const QString &key, const QString &value, QString *error);

private:
    ProjectStore(std::unique_ptr<Database> db, bool readOnly);
    bool checkWritable(QString *error) const;
    // Deletes a document's sentences (and their full-text rows), entities and claims.
    bool deleteExtraction(const QString &path);
    // Sets *error from the connection's last failure; always returns false.
    bool fail(QString *error, const QString &action) const;

    std::unique_ptr<Database> m_db;
    bool m_readOnly = false;
    std::unique_ptr<Transaction> m_scan;
};

} // namespace cc
