#pragma once

#include "model/Conflict.h"

#include <QSet>
#include <QSortFilterProxyModel>
#include <optional>

namespace cc {

// Filters the conflicts tree by kind, review status and free text, and sorts
// it (severity by rank). Subject rows stay while one of their conflicts passes.
class ConflictFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    // "Needs attention": open, or changed since it was reviewed.
    enum class StatusFilter { Any, Open, Confirmed, Dismissed, Resolved, NeedsAttention };

    explicit ConflictFilterProxy(QObject *parent = nullptr);

    void setKindFilter(std::optional<ConflictKind> kind);
    void setStatusFilter(StatusFilter status);
    // Every whitespace-separated word must occur (case-insensitive).
    void setTextFilter(const QString &text);
    std::optional<ConflictKind> kindFilter() const { return m_kind; }
    StatusFilter statusFilter() const { return m_status; }
    QString textFilter() const { return m_words.join(QLatin1Char(' ')); }
    bool isFiltering() const;

    // Ids of the conflicts that pass the filter, in display order.
    QStringList acceptedConflictIds() const;

signals:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();

    std::optional<ConflictKind> m_kind;
    StatusFilter m_status = StatusFilter::Any;
    QStringList m_words;
};

} // namespace cc
