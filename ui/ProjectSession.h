#pragma once

#include "extract/EntityResolver.h"
#include "lexicon/LexiconSet.h"
#include "model/Claim.h"
#include "model/Conflict.h"
#include "model/Document.h"
#include "report/ReportInput.h"
#include "store/ProjectStore.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace cc {

// How a document changed in the last scan of this session.
enum class DocumentChange { Unchanged, New, Changed, Gone };

// A document as the documents panel lists it.
struct DocumentRow {
    Document document; // metadata only
    int claims = 0;
    int conflicts = 0;
    DocumentChange change = DocumentChange::Unchanged;
};

// The open project as the UI sees it: the store (read on the UI thread; the
// scan writes through its own connection in a worker thread), the lexicons,
// and a snapshot of documents, claims and conflicts that the models show.
// Every analyst decision goes through here so it is persisted at once.
class ProjectSession : public QObject {
    Q_OBJECT
public:
    explicit ProjectSession(QObject *parent = nullptr);
    ~ProjectSession() override;

    // Opens (creating when needed) the project of `folder`; an empty
    // projectPath means ProjectStore::defaultPathFor(folder).
    bool open(const QString &folder, const QString &projectPath, QString *error);
    void close();
    bool isOpen() const { return m_store != nullptr; }
    QString folder() const { return m_folder; }
    QString projectPath() const;
    // Folder of the project's own lexicon additions (beside the project file).
    static QString projectLexiconDir(const QString &projectPath);
    QStringList lexiconErrors() const { return m_lexicons.errors(); }

    // Re-reads the snapshot from the store; emits reloaded().
    void reload();
    // Call before a scan starts and after it committed: the documents panel marks
    // what is new, changed or gone.
    void rememberDocumentStates();
    void markChangesSinceRemembered();

    const std::vector<DocumentRow> &documents() const { return m_documents; }
    const std::vector<Conflict> &conflicts() const { return m_conflicts; }
    const Conflict *conflict(const QString &id) const;
    const DocumentRow *documentRow(const QString &path) const;
    // Claims are read from the store a page at a time (a project may hold millions).
    qsizetype claimCount() const { return m_claimCount; }
    std::vector<Claim> claimsPage(qsizetype offset, qsizetype limit) const;
    // Claims of one document, in text order.
    std::vector<Claim> claimsOf(const QString &path) const;
    // The document with its text (cached: the viewer asks for the same one often).
    std::optional<Document> documentWithText(const QString &path) const;
    int openConflictCount() const;

    // Review state as stored (an absent review reads as "open").
    Review storedReview(const QString &conflictId) const;
    // A review for a conflict built from its current state, for commands to modify.
    Review reviewFor(const Conflict &conflict) const;
    static QString summaryOf(const Conflict &conflict);
    // Persists a review at once and updates the snapshot; emits conflictChanged.
    bool saveReview(const Review &review, QString *error);
    // Forgets the decision on a conflict (undo of its first review); emits conflictChanged.
    bool removeReview(const QString &conflictId, QString *error);
    bool hasStoredReview(const QString &conflictId) const;

    // Analyst corrections: each persists, re-detects and reloads (emits reloaded).
    bool setClaimRejected(const Claim &claim, bool rejected, QString *error);
    std::vector<EntityAlias> aliases() const;
    std::optional<EntityAlias> alias(const QString &surface) const;
    bool setAlias(const EntityAlias &alias, QString *error);
    bool removeAlias(const QString &surface, QString *error);
    // Surface names the claims use, with the entity each resolves to.
    std::map<QString, QString> surfaceNames() const;

    std::vector<SearchHit> search(const QString &query) const;

    // Input of a report; conflictIds restricts it (empty optional: every conflict).
    ReportInput reportInput(const std::optional<QSet<QString>> &conflictIds) const;

    // True while a scan writes the project: corrections wait until it is done.
    bool isBusy() const { return m_busy; }
    void setBusy(bool busy);
    // Commands report failures here; the window shows them.
    void reportError(const QString &message) { emit errorOccurred(message); }

signals:
    void opened();
    void closed();
    void reloaded();
    void conflictChanged(const QString &conflictId);
    void busyChanged(bool busy);
    void errorOccurred(const QString &message);

private:
    bool redetect(QString *error);
    void markRejected(std::vector<Claim> &claims) const;
    bool checkWritable(QString *error) const;

    std::unique_ptr<ProjectStore> m_store;
    LexiconSet m_lexicons;
    QString m_folder;
    std::vector<DocumentRow> m_documents;
    qsizetype m_claimCount = 0;
    QSet<QString> m_rejected; // ProjectStore::claimKey of rejected claims
    std::vector<Conflict> m_conflicts;
    QHash<QString, int> m_conflictIndex;
    // Content hashes before the scan, to mark changes after it.
    std::optional<std::map<QString, QByteArray>> m_remembered;
    std::map<QString, DocumentChange> m_changes;
    std::vector<Document> m_gone;
    mutable std::optional<Document> m_textCache;
    bool m_busy = false;
};

} // namespace cc
