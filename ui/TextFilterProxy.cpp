#include "TextFilterProxy.h"

#include "Roles.h"

namespace cc {

TextFilterProxy::TextFilterProxy(QObject *parent) : QSortFilterProxyModel(parent) {}

void TextFilterProxy::setTextFilter(const QString &text) {
    const QStringList words = text.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

bool TextFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    if (m_words.isEmpty())
        return true;
    const QString text =
        sourceModel()->index(sourceRow, 0, sourceParent).data(Roles::SearchTextRole).toString();
    for (const QString &w : m_words)
        if (!text.contains(w))
            return false;
    return true;
}

bool TextFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const {
    QVariant l = left.data(Roles::SortRole);
    QVariant r = right.data(Roles::SortRole);
    if (!l.isValid() || !r.isValid()) {
        l = left.data(Qt::DisplayRole);
        r = right.data(Qt::DisplayRole);
    }
    if (l.typeId() == QMetaType::QString || r.typeId() == QMetaType::QString)
        return QString::localeAwareCompare(l.toString(), r.toString()) < 0;
    return QVariant::compare(l, r) == QPartialOrdering::Less;
}

} // namespace cc
