#include "ConflictFilterProxy.h"

#include "Roles.h"

namespace cc {

ConflictFilterProxy::ConflictFilterProxy(QObject *parent) : QSortFilterProxyModel(parent) {
    // A subject row shows when any of its conflicts passes.
    setRecursiveFilteringEnabled(true);
    setSortRole(Roles::SortRole);
    setDynamicSortFilter(true);
}

void ConflictFilterProxy::setKindFilter(std::optional<ConflictKind> kind) {
    if (m_kind == kind)
        return;
    m_kind = kind;
    refilter();
}

void ConflictFilterProxy::setStatusFilter(StatusFilter status) {
    if (m_status == status)
        return;
    m_status = status;
    refilter();
}

void ConflictFilterProxy::setTextFilter(const QString &text) {
    const QStringList words = text.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    refilter();
}

bool ConflictFilterProxy::isFiltering() const {
    return m_kind.has_value() || m_status != StatusFilter::Any || !m_words.isEmpty();
}

void ConflictFilterProxy::refilter() {
    invalidateFilter();
    emit filterChanged();
}

bool ConflictFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    // Subject rows never pass on their own: recursive filtering keeps those with passing children.
    if (index.data(Roles::IsGroupRole).toBool())
        return false;
    if (m_kind && index.data(Roles::KindRole).toInt() != static_cast<int>(*m_kind))
        return false;
    const auto status = static_cast<ReviewStatus>(index.data(Roles::StatusRole).toInt());
    switch (m_status) {
    case StatusFilter::Any:
        break;
    case StatusFilter::Open:
        if (status != ReviewStatus::Open)
            return false;
        break;
    case StatusFilter::Confirmed:
        if (status != ReviewStatus::Confirmed)
            return false;
        break;
    case StatusFilter::Dismissed:
        if (status != ReviewStatus::Dismissed)
            return false;
        break;
    case StatusFilter::Resolved:
        if (status != ReviewStatus::Resolved)
            return false;
        break;
    case StatusFilter::NeedsAttention:
        if (status != ReviewStatus::Open && !index.data(Roles::ChangedSinceReviewRole).toBool())
            return false;
        break;
    }
    if (!m_words.isEmpty()) {
        const QString text = index.data(Roles::SearchTextRole).toString();
        for (const QString &w : m_words)
            if (!text.contains(w))
                return false;
    }
    return true;
}

bool ConflictFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const {
    const QVariant l = left.data(Roles::SortRole);
    const QVariant r = right.data(Roles::SortRole);
    if (l.typeId() == QMetaType::QString || r.typeId() == QMetaType::QString)
        return QString::localeAwareCompare(l.toString(), r.toString()) < 0;
    if (l != r)
        return QVariant::compare(l, r) == QPartialOrdering::Less;
    // Ties broken by name, so equal severities list in a stable, readable order.
    return QString::localeAwareCompare(left.siblingAtColumn(0).data(Roles::SortRole).toString(),
                                       right.siblingAtColumn(0).data(Roles::SortRole).toString()) <
           0;
}

QStringList ConflictFilterProxy::acceptedConflictIds() const {
    QStringList ids;
    for (int g = 0; g < rowCount(); ++g) {
        const QModelIndex group = index(g, 0);
        for (int r = 0; r < rowCount(group); ++r)
            ids << index(r, 0, group).data(Roles::ConflictIdRole).toString();
    }
    return ids;
}

} // namespace cc
