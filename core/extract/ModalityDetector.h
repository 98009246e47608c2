#pragma once

#include "extract/PhraseMatcher.h"

#include <QStringList>
#include <vector>

namespace cc {

class LexiconSet;

// A qualifying word or phrase found in a sentence (lexicon "modality").
struct ModalityCue {
    enum class Kind { Hedge, Unverified, Negation, Exclusive, DateBound };
    int begin = 0; // token range [begin, end)
    int end = 0;
    Kind kind = Kind::Hedge;
};

// Finds hedges, unverified markers, negations, exclusivity words and date
// bounds. Longer phrases win over the words inside them ("could not be
// verified" is one unverified cue, not a hedge and a negation), and exception
// phrases ("not only", "not just") silence the cue words they contain.
class ModalityDetector {
public:
    explicit ModalityDetector(const LexiconSet &lexicons);
    std::vector<ModalityCue> cues(const std::vector<Token> &tokens) const;
    // Length in tokens of a date bound opening `tokens` at `at` ("since", "as of"), 0 when none.
    int dateBoundAt(const std::vector<Token> &tokens, int at) const;
    QStringList errors() const { return m_errors; }

private:
    PhraseMatcher m_phrases; // id: kind index, or kException
    PhraseMatcher m_dateBounds;
    QStringList m_errors;
};

} // namespace cc
