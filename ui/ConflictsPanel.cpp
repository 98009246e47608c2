#include "ConflictsPanel.h"

#include "ConflictFilterProxy.h"
#include "ConflictTreeModel.h"
#include "Roles.h"
#include "UiStyle.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace cc {

ConflictsPanel::ConflictsPanel(QWidget *parent) : QWidget(parent) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);

    auto *filters = new QHBoxLayout;
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("conflictFilter"));
    m_text->setPlaceholderText(tr("Filter conflicts…"));
    m_text->setClearButtonEnabled(true);
    filters->addWidget(m_text, 1);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("conflictKindFilter"));
    m_kind->addItem(tr("All kinds"), -1);
    for (ConflictKind k : {ConflictKind::Date, ConflictKind::Number, ConflictKind::Category,
                           ConflictKind::Certainty, ConflictKind::Negation})
        m_kind->addItem(UiStyle::kindLabel(k), static_cast<int>(k));
    filters->addWidget(m_kind);

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("conflictStatusFilter"));
    using SF = ConflictFilterProxy::StatusFilter;
    m_status->addItem(tr("Any status"), static_cast<int>(SF::Any));
    m_status->addItem(tr("Needs attention"), static_cast<int>(SF::NeedsAttention));
    m_status->addItem(UiStyle::statusIcon(ReviewStatus::Open),
                      UiStyle::statusLabel(ReviewStatus::Open), static_cast<int>(SF::Open));
    m_status->addItem(UiStyle::statusIcon(ReviewStatus::Confirmed),
                      UiStyle::statusLabel(ReviewStatus::Confirmed),
                      static_cast<int>(SF::Confirmed));
    m_status->addItem(UiStyle::statusIcon(ReviewStatus::Dismissed),
                      UiStyle::statusLabel(ReviewStatus::Dismissed),
                      static_cast<int>(SF::Dismissed));
    m_status->addItem(UiStyle::statusIcon(ReviewStatus::Resolved),
                      UiStyle::statusLabel(ReviewStatus::Resolved), static_cast<int>(SF::Resolved));
    filters->addWidget(m_status);
    layout->addLayout(filters);

    m_model = new ConflictTreeModel(this);
    m_proxy = new ConflictFilterProxy(this);
    m_proxy->setSourceModel(m_model);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("conflictsView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ConflictTreeModel::SeverityColumn, Qt::DescendingOrder);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAllColumnsShowFocus(true);
    QHeaderView *header = m_view->header();
    header->setMinimumSectionSize(40);
    header->setStretchLastSection(true);
    // What an analyst scans first: the subject and the values that disagree; then how bad, and
    // where it stands. The model's order stays; only the view's columns move.
    header->moveSection(header->visualIndex(ConflictTreeModel::SidesColumn), 1);
    header->moveSection(header->visualIndex(ConflictTreeModel::KindColumn),
                        ConflictTreeModel::ColumnCount - 1);
    m_view->setColumnWidth(ConflictTreeModel::SubjectColumn, 190);
    m_view->setColumnWidth(ConflictTreeModel::SidesColumn, 200);
    layout->addWidget(m_view, 1);

    m_count = new QLabel(this);
    layout->addWidget(m_count);

    // Typing filters after a short pause, so a large project does not refilter per key.
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(150);
    connect(m_text, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, [this] { m_proxy->setTextFilter(m_text->text()); });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const int k = m_kind->currentData().toInt();
        m_proxy->setKindFilter(k < 0 ? std::nullopt
                                     : std::optional<ConflictKind>(static_cast<ConflictKind>(k)));
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setStatusFilter(
            static_cast<ConflictFilterProxy::StatusFilter>(m_status->currentData().toInt()));
    });
    connect(m_proxy, &ConflictFilterProxy::filterChanged, this, [this] {
        m_view->expandAll();
        updateCount();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const QString id =
                    current.siblingAtColumn(0).data(Roles::ConflictIdRole).toString();
                if (id.isEmpty() || id == m_current)
                    return;
                m_current = id;
                emit currentConflictChanged(id);
            });
    updateCount();
}

void ConflictsPanel::setConflicts(std::vector<cc::Conflict> conflicts) {
    m_current.clear();
    m_model->setConflicts(std::move(conflicts));
    m_view->expandAll();
    for (int c = 0; c < ConflictTreeModel::ColumnCount; ++c)
        m_view->resizeColumnToContents(c);
    m_view->setColumnWidth(
        ConflictTreeModel::SubjectColumn,
        std::clamp(m_view->columnWidth(ConflictTreeModel::SubjectColumn), 120, 240));
    m_view->setColumnWidth(
        ConflictTreeModel::SidesColumn,
        std::clamp(m_view->columnWidth(ConflictTreeModel::SidesColumn), 120, 260));
    updateCount();
}

void ConflictsPanel::updateConflict(const cc::Conflict &conflict) {
    m_model->updateConflict(conflict);
    updateCount();
}

bool ConflictsPanel::selectConflict(const QString &conflictId) {
    const QModelIndex proxyIndex = m_proxy->mapFromSource(m_model->indexOf(conflictId));
    if (!proxyIndex.isValid())
        return false;
    m_view->expand(proxyIndex.parent());
    m_view->selectionModel()->setCurrentIndex(proxyIndex, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
    m_view->scrollTo(proxyIndex);
    return true;
}

QString ConflictsPanel::currentConflictId() const {
    return m_current;
}

void ConflictsPanel::selectNext(int step) {
    const QStringList ids = m_proxy->acceptedConflictIds();
    if (ids.isEmpty())
        return;
    const int at = ids.indexOf(m_current);
    const int next = at < 0 ? 0 : std::clamp(at + step, 0, static_cast<int>(ids.size()) - 1);
    selectConflict(ids[next]);
}

void ConflictsPanel::updateCount() {
    const int total = static_cast<int>(m_model->conflicts().size());
    const int shown = static_cast<int>(m_proxy->acceptedConflictIds().size());
    m_count->setText(shown == total ? UiStyle::count(total, tr("conflict"), tr("conflicts"))
                                    : tr("%1 of %2 conflicts shown").arg(shown).arg(total));
}

} // namespace cc
