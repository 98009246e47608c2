#pragma once

#include "extract/EntityResolver.h"
#include "model/Claim.h"
#include "model/Conflict.h"

#include <QString>
#include <QUndoCommand>
#include <optional>

namespace cc {

class ProjectSession;

// The analyst's decisions as undoable commands. Each persists at once through
// the session (redo and undo alike); a failure is reported through the
// session (ProjectSession::errorOccurred) and the command leaves the stack.

// Confirm, dismiss, resolve, choose a side, edit the note: one review replaced by
// another. `before` empty: the conflict had no review, and undo forgets the new one.
class ReviewCommand : public QUndoCommand {
public:
    ReviewCommand(ProjectSession *session, std::optional<Review> before, Review after,
                  const QString &text);
    void redo() override;
    void undo() override;
    QString lastError() const { return m_error; }
    bool failed() const { return !m_error.isEmpty(); }

private:
    void apply(const Review &review);
    ProjectSession *m_session;
    std::optional<Review> m_before;
    Review m_after;
    QString m_error;
};

// Rejects a mis-extracted claim (or restores it); conflicts are re-detected.
class RejectClaimCommand : public QUndoCommand {
public:
    RejectClaimCommand(ProjectSession *session, Claim claim, bool rejected);
    void redo() override;
    void undo() override;
    QString lastError() const { return m_error; }
    bool failed() const { return !m_error.isEmpty(); }

private:
    void apply(bool rejected);
    ProjectSession *m_session;
    Claim m_claim;
    bool m_rejected;
    QString m_error;
};

// Sets an alias (merge two names, or split a folded one with an empty
// canonical) or removes it (after == nullopt); undo restores what was there.
class AliasCommand : public QUndoCommand {
public:
    AliasCommand(ProjectSession *session, const QString &surface, std::optional<EntityAlias> before,
                 std::optional<EntityAlias> after, const QString &text);
    void redo() override;
    void undo() override;
    QString lastError() const { return m_error; }
    bool failed() const { return !m_error.isEmpty(); }

private:
    void apply(const std::optional<EntityAlias> &alias);
    ProjectSession *m_session;
    QString m_surface;
    std::optional<EntityAlias> m_before;
    std::optional<EntityAlias> m_after;
    QString m_error;
};

} // namespace cc
