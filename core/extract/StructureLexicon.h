#pragma once

#include "extract/PhraseMatcher.h"

#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace cc {

class LexiconSet;

// The "structure" lexicon: headings that introduce lists of sources, prefixes of
// citation lines, and reporting words that date a sentence.
class StructureLexicon {
public:
    explicit StructureLexicon(const LexiconSet &lexicons);
    // "Sources:", "References", "Further reading" ...
    bool isSourceHeading(QStringView line) const;
    // "Source: Reuters - 9 Mar 2026", "Citation URL: ..." (markup before it ignored).
    bool startsWithCitationPrefix(QStringView line) const;
    const PhraseMatcher &attribution() const { return m_attribution; }
    QStringList errors() const { return m_errors; }

private:
    QSet<QString> m_sourceHeadings;
    QStringList m_citationPrefixes;
    QSet<QChar> m_prefixInitials;
    PhraseMatcher m_attribution;
    QStringList m_errors;
};

} // namespace cc
