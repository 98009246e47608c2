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

// What the store remembers of a document to decide whether to re-read it.
struct StoredDocumentState {
    QByteArray contentHash;
    QString engineVersion;
    QByteArray lexiconHash;
};

// A full-text search hit: a sentence of a document.
struct SearchHit {
    QString document;
    qsizetype start = 0;
    qsizetype end = 0;
    QString snippet;
};

// The project file (SQLite): documents, sentences, entities and aliases,
// claims, conflicts and the analyst's reviews. Every write method runs inside
// the current transaction when one is open (beginScan), or its own otherwise.
class ProjectStore {
public:
    static constexpr int kSchemaVersion = 1;

    ~ProjectStore();
    // Opens or creates the project file and migrates it. Returns nullptr with a
    // message a person reads when the file is locked, damaged, read-only where a
    // write is needed, or from a newer version (never overwritten).
    static std::unique_ptr<ProjectStore> open(const QString &path, QString *error);
    // Default project file for a folder: FOLDER/.crosscheck.sqlite, or a
    // per-user data location when the folder is not writable.
    static QString defaultPathFor(const QString &folder);

    QString path() const;

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
    // Entity names per document in folder order (for EntityResolver).
    std::vector<QStringList> entitiesInOrder() const;

    // Claims of every document (ids set); canonical subjects as last stored.
    std::vector<Claim> claims() const;
    bool updateClaimSubjects(const std::vector<Claim> &claims, QString *error);

    // Rejected claims, keyed so they survive re-scans (document, quote, attribute, value).
    static QString claimKey(const Claim &claim);
    bool setClaimRejected(const Claim &claim, bool rejected, QString *error);
    QStringList rejectedClaimKeys() const;

    // Conflicts from the last detection, joined with their reviews
    // (status, chosen side, note, changedSinceReview).
    bool replaceConflicts(const std::vector<Conflict> &conflicts, QString *error);
    std::vector<Conflict> conflicts() const;

    // Reviews are committed with synchronous=FULL; they outlive their conflicts.
    bool saveReview(const Review &review, QString *error);
    std::optional<Review> review(const QString &conflictId) const;
    std::vector<Review> reviews() const;
    // Reviews whose conflict is no longer detected.
    std::vector<Review> orphanReviews() const;

    std::vector<EntityAlias> aliases() const;
    bool setAlias(const EntityAlias &alias, QString *error);
    bool removeAlias(const QString &surface, QString *error);

    // Full-text search (FTS5) over sentences.
    std::vector<SearchHit> search(const QString &query, int limit = 200) const;

    // Key/value settings of the project (folder, engine version, last scan time).
    QString setting(const QString &key) const;
    bool setSetting(const QString &key, const QString &value, QString *error);

private:
    explicit ProjectStore(std::unique_ptr<Database> db);
    std::unique_ptr<Database> m_db;
};

} // namespace cc
