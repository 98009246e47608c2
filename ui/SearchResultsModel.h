#pragma once

#include "store/ProjectStore.h"

#include <QAbstractListModel>
#include <QHash>
#include <vector>

namespace cc {

// Full-text search hits (ProjectStore::search): one sentence each, with its
// document; the words searched for are marked in the snippet.
class SearchResultsModel : public QAbstractListModel {
    Q_OBJECT
public:
    explicit SearchResultsModel(QObject *parent = nullptr);

    void setResults(const QString &query, std::vector<SearchHit> hits,
                    QHash<QString, QString> documentTitles = {});
    const SearchHit *hitAt(int row) const;
    QString query() const { return m_query; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QString m_query;
    QStringList m_words;
    std::vector<SearchHit> m_hits;
    QHash<QString, QString> m_titles;
};

} // namespace cc
