#pragma once

#include "model/Claim.h"

#include <QAbstractTableModel>
#include <functional>
#include <vector>

namespace cc {

// Every claim of the project, as a table. Rows are read from the store a page
// at a time as the view scrolls (canFetchMore/fetchMore), so a project of a
// million claims opens at once and scrolls smoothly.
class ClaimTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        SubjectColumn,
        AttributeColumn,
        ValueColumn,
        CertaintyColumn,
        DocumentColumn,
        DateColumn,
        SentenceColumn,
        ColumnCount
    };
    static constexpr int kChunk = 2000;

    explicit ClaimTableModel(QObject *parent = nullptr);

    // Reads `limit` claims from `offset`, in a stable order.
    using PageSource = std::function<std::vector<Claim>(qsizetype offset, qsizetype limit)>;

    void setSource(qsizetype total, PageSource source);
    // Test and small-project convenience: the claims themselves.
    void setClaims(std::vector<Claim> claims);
    const Claim *claimAt(int row) const;
    int totalCount() const { return static_cast<int>(m_total); }
    // Rows fetched so far.
    int loadedCount() const { return static_cast<int>(m_rows.size()); }
    // Fetches up to and including `row` (to select a claim not yet scrolled to).
    void ensureLoaded(int row);
    // Row of a loaded claim, -1 when not loaded (yet).
    int rowOfClaim(qint64 claimId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    void load(qsizetype upTo);

    PageSource m_source;
    qsizetype m_total = 0;
    std::vector<Claim> m_rows;
    bool m_resetting = false;
    bool m_inserting = false;
};

} // namespace cc
