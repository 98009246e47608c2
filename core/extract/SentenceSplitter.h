#pragma once

#include "model/Document.h"
#include "model/Sentence.h"

#include <QStringView>
#include <memory>
#include <vector>

namespace cc {

class LexiconSet;

// Splits a document's normalized text into sentences, headings, list items and
// table rows, each with its span. Survives abbreviations (from the
// "abbreviations" lexicon), decimals, initials, and stray code-page letters
// standing where punctuation was.
class SentenceSplitter {
public:
    explicit SentenceSplitter(const LexiconSet &lexicons);
    std::vector<Sentence> split(QStringView text) const;
    // Uses the document's tables and pages as well.
    std::vector<Sentence> split(const Document &doc) const;

private:
    struct Data;
    std::shared_ptr<const Data> d;
};

} // namespace cc
