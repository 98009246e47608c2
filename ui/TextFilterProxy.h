#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace cc {

// Keeps the rows whose Roles::SearchTextRole contains every word typed
// (case-insensitive) and sorts by Roles::SortRole when the model gives one.
// Used by the documents list and the claims table.
class TextFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit TextFilterProxy(QObject *parent = nullptr);

    void setTextFilter(const QString &text);
    QString textFilter() const { return m_words.join(QLatin1Char(' ')); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QStringList m_words;
};

} // namespace cc
