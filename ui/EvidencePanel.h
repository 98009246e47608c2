#pragma once

#include "model/Conflict.h"
#include "model/Document.h"

#include <QHash>
#include <QWidget>
#include <optional>

class QLabel;
class QToolBar;
class QTreeView;
class QAction;

namespace cc {

class EvidenceModel;

// The evidence of the selected conflict: why it was flagged, then its sides
// with their claims. Clicking a claim asks for the document at that sentence.
class EvidencePanel : public QWidget {
    Q_OBJECT
public:
    explicit EvidencePanel(QWidget *parent = nullptr);
    // The size the dock starts with in the default layout.
    QSize sizeHint() const override { return {500, 560}; }

    void setConflict(std::optional<cc::Conflict> conflict, QHash<QString, Document> documents = {});
    const std::optional<cc::Conflict> &conflict() const;
    // Review actions shown above the sides (owned by the main window).
    void setReviewActions(const QList<QAction *> &actions);
    EvidenceModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }

signals:
    void claimActivated(const cc::Claim &claim);
    void rejectClaimRequested(const cc::Claim &claim, bool rejected);

private:
    void updateHeader();
    void showContextMenu(const QPoint &pos);

    QLabel *m_header;
    QToolBar *m_toolbar;
    QTreeView *m_view;
    EvidenceModel *m_model;
};

} // namespace cc
