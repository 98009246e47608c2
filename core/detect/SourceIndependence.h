#pragma once

#include "model/Claim.h"
#include "model/Document.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <vector>

namespace cc {

class LexiconSet;

// Counts the independent origins behind a set of claims (DESIGN.md "Conflict"):
// claims from one document count once, identical documents (same content hash)
// count once, and documents whose claims cite the same outlet or wire story
// (canonicalized through the "outlets" lexicon) count once.
class SourceIndependence {
public:
    using DocumentIndex = QHash<QString, const Document *>; // by Document::path

    explicit SourceIndependence(const LexiconSet &lexicons);

    // Canonical outlet name for a cited source ("AP" -> "Associated Press",
    // "https://www.reuters.com/..." -> "Reuters"); unknown names are kept, trimmed.
    QString canonicalSource(const QString &cited) const;
    // Number of independent origins among `claims` (0 for none).
    int count(const std::vector<const Claim *> &claims, const DocumentIndex &documents) const;

private:
    QHash<QString, QString> m_aliases;                // folded alias or key -> canonical key
    std::vector<std::pair<QString, QString>> m_hosts; // host -> canonical key
};

} // namespace cc
