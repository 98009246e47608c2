#include "ProjectSession.h"

#include "UiStyle.h"
#include "pipeline/ScanPipeline.h"

#include <QDateTime>
#include <QFileInfo>
#include <algorithm>

namespace cc {

ProjectSession::ProjectSession(QObject *parent) : QObject(parent) {}

ProjectSession::~ProjectSession() = default;

QString ProjectSession::projectLexiconDir(const QString &projectPath) {
    // Same place the command line looks: the project's additions travel with it.
    return QFileInfo(projectPath).absolutePath() + QStringLiteral("/.crosscheck-lexicons");
}

bool ProjectSession::open(const QString &folder, const QString &projectPath, QString *error) {
    close();
    const QString path = projectPath.isEmpty() ? ProjectStore::defaultPathFor(folder) : projectPath;
    std::unique_ptr<ProjectStore> store = ProjectStore::open(path, error);
    if (!store)
        return false;
    m_store = std::move(store);
    m_folder = QFileInfo(folder).absoluteFilePath();
    m_lexicons = LexiconSet::loadDefault(projectLexiconDir(path));
    m_changes.clear();
    m_gone.clear();
    m_remembered.reset();
    reload();
    emit opened();
    return true;
}

void ProjectSession::close() {
    if (!m_store)
        return;
    m_store.reset();
    m_folder.clear();
    m_documents.clear();
    m_claimCount = 0;
    m_rejected.clear();
    m_conflicts.clear();
    m_conflictIndex.clear();
    m_changes.clear();
    m_gone.clear();
    m_remembered.reset();
    m_textCache.reset();
    emit closed();
}

QString ProjectSession::projectPath() const {
    return m_store ? m_store->path() : QString();
}

void ProjectSession::reload() {
    if (!m_store)
        return;
    m_textCache.reset();
    const QStringList rejected = m_store->rejectedClaimKeys();
    m_rejected = QSet<QString>(rejected.begin(), rejected.end());
    m_claimCount = m_store->claimCount();
    m_conflicts = m_store->conflicts();
    m_conflictIndex.clear();
    for (int i = 0; i < static_cast<int>(m_conflicts.size()); ++i)
        m_conflictIndex.insert(m_conflicts[static_cast<size_t>(i)].id, i);

    m_documents.clear();
    for (DocumentSummary &summary : m_store->documentsWithCounts()) {
        DocumentRow row;
        row.document = std::move(summary.document);
        row.claims = summary.claims;
        row.conflicts = summary.conflicts;
        const auto change = m_changes.find(row.document.path);
        row.change = change == m_changes.end() ? DocumentChange::Unchanged : change->second;
        m_documents.push_back(std::move(row));
    }
    // Documents gone in the last scan stay listed, marked, until the next one.
    for (const Document &doc : m_gone) {
        DocumentRow row;
        row.document = doc;
        row.change = DocumentChange::Gone;
        m_documents.push_back(std::move(row));
    }
    emit reloaded();
}

void ProjectSession::markRejected(std::vector<Claim> &claims) const {
    if (m_rejected.isEmpty())
        return;
    for (Claim &c : claims)
        c.rejected = c.rejected || m_rejected.contains(ProjectStore::claimKey(c));
}

std::vector<Claim> ProjectSession::claimsPage(qsizetype offset, qsizetype limit) const {
    if (!m_store)
        return {};
    std::vector<Claim> claims = m_store->claimsPage(offset, limit);
    markRejected(claims);
    return claims;
}

std::vector<Claim> ProjectSession::claimsOf(const QString &path) const {
    if (!m_store)
        return {};
    std::vector<Claim> claims = m_store->claimsForDocument(path);
    markRejected(claims);
    return claims;
}

void ProjectSession::rememberDocumentStates() {
    if (!m_store)
        return;
    std::map<QString, QByteArray> states;
    for (const DocumentRow &row : m_documents)
        if (row.change != DocumentChange::Gone)
            states[row.document.path] = row.document.contentHash;
    m_remembered = std::move(states);
}

void ProjectSession::markChangesSinceRemembered() {
    if (!m_store || !m_remembered)
        return;
    // Metadata of the documents before the scan, to keep listing the gone ones.
    std::map<QString, Document> before;
    for (const DocumentRow &row : m_documents)
        if (row.change != DocumentChange::Gone)
            before[row.document.path] = row.document;
    const bool firstScan = m_remembered->empty();
    m_changes.clear();
    m_gone.clear();
    std::vector<Document> now = m_store->documents();
    QSet<QString> present;
    for (const Document &doc : now) {
        present.insert(doc.path);
        const auto was = m_remembered->find(doc.path);
        if (was == m_remembered->end()) {
            if (!firstScan)
                m_changes[doc.path] = DocumentChange::New;
        } else if (was->second != doc.contentHash) {
            m_changes[doc.path] = DocumentChange::Changed;
        }
    }
    for (const auto &[path, hash] : *m_remembered) {
        Q_UNUSED(hash);
        if (!present.contains(path)) {
            const auto doc = before.find(path);
            Document gone;
            if (doc != before.end())
                gone = doc->second;
            gone.path = path;
            m_gone.push_back(gone);
        }
    }
    m_remembered.reset();
}

const Conflict *ProjectSession::conflict(const QString &id) const {
    const auto it = m_conflictIndex.constFind(id);
    return it == m_conflictIndex.constEnd() ? nullptr : &m_conflicts[static_cast<size_t>(*it)];
}

const DocumentRow *ProjectSession::documentRow(const QString &path) const {
    for (const DocumentRow &row : m_documents)
        if (row.document.path == path)
            return &row;
    return nullptr;
}

std::optional<Document> ProjectSession::documentWithText(const QString &path) const {
    if (!m_store)
        return std::nullopt;
    if (m_textCache && m_textCache->path == path)
        return m_textCache;
    m_textCache = m_store->document(path);
    return m_textCache;
}

int ProjectSession::openConflictCount() const {
    return static_cast<int>(
        std::count_if(m_conflicts.begin(), m_conflicts.end(),
                      [](const Conflict &c) { return c.status == ReviewStatus::Open; }));
}

Review ProjectSession::storedReview(const QString &conflictId) const {
    if (m_store) {
        if (std::optional<Review> r = m_store->review(conflictId))
            return *r;
    }
    Review open;
    open.conflictId = conflictId;
    return open;
}

QString ProjectSession::summaryOf(const Conflict &conflict) {
    return UiStyle::conflictSummary(conflict);
}

Review ProjectSession::reviewFor(const Conflict &conflict) const {
    Review r;
    r.conflictId = conflict.id;
    r.status = conflict.status;
    r.chosenSide = conflict.chosenSide;
    r.note = conflict.note;
    r.sidesFingerprint = conflict.sidesFingerprint();
    r.summary = summaryOf(conflict);
    return r;
}

bool ProjectSession::checkWritable(QString *error) const {
    if (m_store && !m_busy)
        return true;
    // The scan holds the project's write lock until it commits.
    *error =
        m_busy ? tr("A scan is running; try again when it is done.") : tr("No project is open.");
    return false;
}

bool ProjectSession::hasStoredReview(const QString &conflictId) const {
    return m_store && m_store->review(conflictId).has_value();
}

bool ProjectSession::removeReview(const QString &conflictId, QString *error) {
    if (!checkWritable(error) || !m_store->removeReview(conflictId, error))
        return false;
    // The conflict reads as never reviewed again.
    if (std::optional<Conflict> fresh = m_store->conflict(conflictId)) {
        const auto it = m_conflictIndex.constFind(conflictId);
        if (it != m_conflictIndex.constEnd())
            m_conflicts[static_cast<size_t>(*it)] = *fresh;
    }
    emit conflictChanged(conflictId);
    return true;
}

bool ProjectSession::saveReview(const Review &review, QString *error) {
    if (!checkWritable(error))
        return false;
    Review r = review;
    r.updated = QDateTime::currentDateTimeUtc();
    if (const Conflict *c = conflict(r.conflictId)) {
        // The review is made on the sides the analyst sees now.
        r.sidesFingerprint = c->sidesFingerprint();
        if (r.summary.isEmpty())
            r.summary = summaryOf(*c);
    }
    if (!m_store->saveReview(r, error))
        return false;
    const auto it = m_conflictIndex.constFind(r.conflictId);
    if (it != m_conflictIndex.constEnd()) {
        Conflict &c = m_conflicts[static_cast<size_t>(*it)];
        c.status = r.status;
        c.chosenSide = r.chosenSide;
        c.note = r.note;
        c.changedSinceReview = false;
    }
    emit conflictChanged(r.conflictId);
    return true;
}

bool ProjectSession::redetect(QString *error) {
    // One transaction: the correction and the detection it causes land together.
    if (!m_store->beginScan(error))
        return false;
    ScanPipeline pipeline(*m_store, m_lexicons);
    if (!pipeline.redetect(error)) {
        m_store->rollbackScan();
        return false;
    }
    return m_store->commitScan(error);
}

bool ProjectSession::setClaimRejected(const Claim &claim, bool rejected, QString *error) {
    if (!checkWritable(error))
        return false;
    if (!m_store->setClaimRejected(claim, rejected, error) || !redetect(error))
        return false;
    reload();
    return true;
}

std::vector<EntityAlias> ProjectSession::aliases() const {
    return m_store ? m_store->aliases() : std::vector<EntityAlias>();
}

std::optional<EntityAlias> ProjectSession::alias(const QString &surface) const {
    for (const EntityAlias &a : aliases())
        if (a.surface == surface)
            return a;
    return std::nullopt;
}

bool ProjectSession::setAlias(const EntityAlias &alias, QString *error) {
    if (!checkWritable(error))
        return false;
    if (!m_store->setAlias(alias, error) || !redetect(error))
        return false;
    reload();
    return true;
}

bool ProjectSession::removeAlias(const QString &surface, QString *error) {
    if (!checkWritable(error))
        return false;
    if (!m_store->removeAlias(surface, error) || !redetect(error))
        return false;
    reload();
    return true;
}

std::map<QString, QString> ProjectSession::surfaceNames() const {
    std::map<QString, QString> names;
    constexpr qsizetype kPage = 20000;
    for (qsizetype offset = 0; offset < m_claimCount; offset += kPage) {
        for (const Claim &c : m_store->claimsPage(offset, kPage)) {
            const QString surface = c.subjectSurface.isEmpty() ? c.subject : c.subjectSurface;
            if (!surface.isEmpty())
                names.emplace(surface, c.subject);
        }
    }
    return names;
}

std::vector<SearchHit> ProjectSession::search(const QString &query) const {
    if (!m_store || query.trimmed().isEmpty())
        return {};
    return m_store->search(query);
}

ReportInput ProjectSession::reportInput(const std::optional<QSet<QString>> &conflictIds) const {
    ReportInput input;
    if (!m_store)
        return input;
    input.folder = m_folder;
    input.documents = m_store->documents();
    for (const Conflict &c : m_conflicts)
        if (!conflictIds || conflictIds->contains(c.id))
            input.conflicts.push_back(c);
    input.orphanReviews = m_store->orphanReviews();
    return input;
}

void ProjectSession::setBusy(bool busy) {
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

} // namespace cc
