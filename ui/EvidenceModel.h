#pragma once

#include "model/Conflict.h"
#include "model/Document.h"

#include <QAbstractItemModel>
#include <QHash>
#include <optional>

namespace cc {

// The sides of one conflict (top-level rows) and the claims supporting each
// (children): each claim's sentence with the value highlighted, its document,
// date, certainty and cited sources; each side's independent-source count.
class EvidenceModel : public QAbstractItemModel {
    Q_OBJECT
public:
    explicit EvidenceModel(QObject *parent = nullptr);

    // documents: path -> metadata, for readable claim lines (may miss paths).
    void setConflict(std::optional<cc::Conflict> conflict, QHash<QString, Document> documents = {});
    const std::optional<cc::Conflict> &conflict() const { return m_conflict; }
    const Claim *claimAt(const QModelIndex &index) const;
    int sideAt(const QModelIndex &index) const; // -1 when none
    // The sentence with the value marked up, HTML-escaped (exposed for tests).
    static QString highlightedSentence(const Claim &claim, const QColor &background);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    std::optional<cc::Conflict> m_conflict;
    QHash<QString, Document> m_documents;
};

} // namespace cc
