#pragma once

#include "model/Document.h"
#include "model/Sentence.h"

#include <QStringList>
#include <vector>

namespace cc {

class StructureLexicon;

// Decides which of a document's citations belong to which sentence's passage.
// A section runs from one heading to the next; a citation on a source line (an
// item of a "Sources:" list, a "Source: X - date" line, a heading) belongs to
// its whole section, one inside prose to its own paragraph. A sentence whose
// passage cites nothing gets no sources, never all of the document's.
class CitationAssigner {
public:
    CitationAssigner(const Document &doc, const std::vector<Sentence> &sentences,
                     const StructureLexicon &structure);
    // Cited sources of the passage holding sentence `index`, deduplicated, in order.
    QStringList sourcesFor(size_t index) const;
    // The sentence is an item of a list of sources (under "Sources:"): a citation, not a claim.
    bool isSourceItem(size_t index) const { return m_sourceItem[index]; }
    // Index of the section holding the sentence (headings open sections).
    int sectionOf(size_t index) const { return m_section[index]; }

private:
    std::vector<int> m_section;
    std::vector<int> m_paragraph;
    std::vector<bool> m_sourceItem;
    // Per section / paragraph: the sources that belong to it.
    std::vector<QStringList> m_sectionSources;
    std::vector<QStringList> m_paragraphSources;
};

} // namespace cc
