#include "ReviewCommands.h"

#include "ProjectSession.h"

namespace cc {

namespace {
// A command that could not be applied leaves the stack (QUndoStack drops obsolete
// commands) and says why through the session.
void fail(QUndoCommand *command, ProjectSession *session, QString *error, const QString &fallback) {
    if (error->isEmpty())
        *error = fallback;
    command->setObsolete(true);
    session->reportError(*error);
}
} // namespace

ReviewCommand::ReviewCommand(ProjectSession *session, std::optional<Review> before, Review after,
                             const QString &text)
    : QUndoCommand(text), m_session(session), m_before(std::move(before)),
      m_after(std::move(after)) {}

void ReviewCommand::apply(const Review &review) {
    m_error.clear();
    if (!m_session->saveReview(review, &m_error))
        fail(this, m_session, &m_error, QObject::tr("The review could not be saved."));
}

void ReviewCommand::redo() {
    apply(m_after);
}
void ReviewCommand::undo() {
    if (m_before) {
        apply(*m_before);
        return;
    }
    m_error.clear();
    if (!m_session->removeReview(m_after.conflictId, &m_error))
        fail(this, m_session, &m_error, QObject::tr("The review could not be undone."));
}

RejectClaimCommand::RejectClaimCommand(ProjectSession *session, Claim claim, bool rejected)
    : QUndoCommand(rejected ? QObject::tr("Reject claim") : QObject::tr("Restore claim")),
      m_session(session), m_claim(std::move(claim)), m_rejected(rejected) {}

void RejectClaimCommand::apply(bool rejected) {
    m_error.clear();
    if (!m_session->setClaimRejected(m_claim, rejected, &m_error))
        fail(this, m_session, &m_error, QObject::tr("The claim could not be updated."));
}

void RejectClaimCommand::redo() {
    apply(m_rejected);
}
void RejectClaimCommand::undo() {
    apply(!m_rejected);
}

AliasCommand::AliasCommand(ProjectSession *session, const QString &surface,
                           std::optional<EntityAlias> before, std::optional<EntityAlias> after,
                           const QString &text)
    : QUndoCommand(text), m_session(session), m_surface(surface), m_before(std::move(before)),
      m_after(std::move(after)) {}

void AliasCommand::apply(const std::optional<EntityAlias> &alias) {
    m_error.clear();
    const bool ok =
        alias ? m_session->setAlias(*alias, &m_error) : m_session->removeAlias(m_surface, &m_error);
    if (!ok)
        fail(this, m_session, &m_error, QObject::tr("The names could not be updated."));
}

void AliasCommand::redo() {
    apply(m_after);
}
void AliasCommand::undo() {
    apply(m_before);
}

} // namespace cc
