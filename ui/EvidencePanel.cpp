#include "EvidencePanel.h"

#include "EvidenceModel.h"
#include "RichTextDelegate.h"
#include "Roles.h"
#include "UiStyle.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QResizeEvent>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace cc {

namespace {

// Row heights depend on the width (sentences wrap): lay the rows out again on resize.
class EvidenceTreeView : public QTreeView {
public:
    using QTreeView::QTreeView;

protected:
    void resizeEvent(QResizeEvent *event) override {
        QTreeView::resizeEvent(event);
        if (event->oldSize().width() != event->size().width())
            scheduleDelayedItemsLayout();
    }
};

} // namespace

EvidencePanel::EvidencePanel(QWidget *parent) : QWidget(parent) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);

    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("evidenceHeader"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setMargin(2);
    layout->addWidget(m_header);

    m_toolbar = new QToolBar(this);
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolbar->setIconSize(QSize(16, 16));
    layout->addWidget(m_toolbar);

    m_model = new EvidenceModel(this);
    m_view = new EvidenceTreeView(this);
    m_view->setObjectName(QStringLiteral("evidenceView"));
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->header()->setStretchLastSection(true);
    m_view->setUniformRowHeights(false);
    m_view->setWordWrap(true);
    m_view->setAlternatingRowColors(false);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setItemDelegate(new RichTextDelegate(m_view));
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setExpandsOnDoubleClick(false);
    m_view->setMinimumHeight(160); // the sides stay readable when the header is long
    layout->addWidget(m_view, 1);

    connect(m_view, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        if (const Claim *claim = m_model->claimAt(index))
            emit claimActivated(*claim);
    });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (const Claim *claim = m_model->claimAt(index))
            emit claimActivated(*claim);
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, &EvidencePanel::showContextMenu);
    updateHeader();
}

void EvidencePanel::setConflict(std::optional<cc::Conflict> conflict,
                                QHash<QString, Document> documents) {
    m_model->setConflict(std::move(conflict), std::move(documents));
    m_view->expandAll();
    updateHeader();
}

const std::optional<cc::Conflict> &EvidencePanel::conflict() const {
    return m_model->conflict();
}

void EvidencePanel::setReviewActions(const QList<QAction *> &actions) {
    m_toolbar->clear();
    m_toolbar->addActions(actions);
}

void EvidencePanel::updateHeader() {
    const std::optional<cc::Conflict> &c = m_model->conflict();
    m_toolbar->setVisible(c.has_value());
    if (!c) {
        m_header->setText(QStringLiteral("<i>") +
                          tr("Select a conflict to see the evidence on each side.") +
                          QStringLiteral("</i>"));
        return;
    }
    const QString attribute = c->attributeLabel.isEmpty() ? c->attribute : c->attributeLabel;
    QString html = QStringLiteral("<b style=\"font-size:large\">%1 — %2</b>")
                       .arg(c->subject.toHtmlEscaped(), attribute.toHtmlEscaped());
    if (!c->scope.isEmpty())
        html += QStringLiteral(" (%1)").arg(c->scope.toHtmlEscaped());
    QStringList facts{UiStyle::kindLabel(c->kind) + QLatin1Char(' ') + tr("conflict"),
                      tr("severity %1").arg(UiStyle::severityLabel(c->severity).toLower()),
                      UiStyle::statusLabel(c->status)};
    if (c->intraDocument)
        facts << tr("inside one document");
    html += QStringLiteral("<br>") + facts.join(QStringLiteral(" · ")).toHtmlEscaped();
    if (!c->why.isEmpty())
        html += QStringLiteral("<br><i>") + c->why.toHtmlEscaped() + QStringLiteral("</i>");
    if (c->changedSinceReview)
        html += QStringLiteral("<br>⚠ ") +
                tr("The sides changed since this conflict was reviewed.").toHtmlEscaped();
    if (!c->note.isEmpty())
        html += QStringLiteral("<br>") + tr("Note: %1").arg(c->note.toHtmlEscaped());
    m_header->setText(html);
}

void EvidencePanel::showContextMenu(const QPoint &pos) {
    const QModelIndex index = m_view->indexAt(pos);
    const Claim *claim = m_model->claimAt(index);
    if (!claim)
        return;
    const Claim copy = *claim;
    QMenu menu(this);
    menu.addAction(tr("Open in document viewer"), this,
                   [this, copy] { emit claimActivated(copy); });
    if (copy.rejected)
        menu.addAction(tr("Restore claim"), this,
                       [this, copy] { emit rejectClaimRequested(copy, false); });
    else
        menu.addAction(tr("Reject claim (mis-extracted)"), this,
                       [this, copy] { emit rejectClaimRequested(copy, true); });
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

} // namespace cc
