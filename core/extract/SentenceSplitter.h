#pragma once

#include "model/Document.h"
#include "model/Sentence.h"

#include <QStringList>
#include <QStringView>
#include <memory>
#include <vector>

namespace cc {

class LexiconSet;

// Splits a document's normalized text into sentences, headings, list items and
// table rows, each with its span. Survives abbreviations (from the
// "abbreviations" lexicon), decimals, initials, quoted speech, hard-wrapped
// lines and stray code-page letters standing where punctuation was ("β" between
// two clauses is a dash, not a sentence end). A line on its own without a final
// stop is a heading; each list item is a sentence; table rows come from
// Document::tableRows, or are read back from plain text (cells cut where their
// separators were lost). Sentences in another language carry its code.
class SentenceSplitter {
public:
    explicit SentenceSplitter(const LexiconSet &lexicons);
    ~SentenceSplitter();
    std::vector<Sentence> split(QStringView text) const;
    // Uses the document's tables and pages as well.
    std::vector<Sentence> split(const Document &doc) const;

    // A line of program code, shell commands or configuration (assignments,
    // braces, "export X=..."): a sentence, but no claim comes from it.
    static bool looksLikeCode(QStringView sentence);
    // Problems found in the lexicons this splitter reads ("file:line: ...").
    QStringList errors() const;

private:
    struct Data;
    std::shared_ptr<const Data> d;
};

} // namespace cc
