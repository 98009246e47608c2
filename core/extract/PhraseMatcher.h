#pragma once

#include "extract/WordTokenizer.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <vector>

namespace cc {

// A phrase found in a token sequence: tokens [begin, end) and the id given when it was added.
struct PhraseMatch {
    int begin = 0;
    int end = 0;
    int id = 0;
};

// A set of lexicon phrases matched on whole tokens, case-insensitively, with
// hyphens and spaces alike. Lookup goes through a hash of first tokens, so a
// sentence costs one probe per token whatever the size of the lexicon.
class PhraseMatcher {
public:
    // Adds a phrase (tokenized like the text); returns false when it has no token.
    bool add(const QString &phrase, int id);
    bool isEmpty() const { return m_byFirst.isEmpty(); }

    // Longest phrase starting at token `at`, or a match with end == begin when none.
    // When several ids share the longest phrase the first added wins; see matchAllAt.
    PhraseMatch longestAt(const std::vector<Token> &tokens, int at) const;
    // Every phrase starting at `at` (all lengths, all ids).
    std::vector<PhraseMatch> matchAllAt(const std::vector<Token> &tokens, int at) const;
    // Non-overlapping matches, left to right, longest first at each position.
    std::vector<PhraseMatch> findAll(const std::vector<Token> &tokens) const;
    // Every match at every position (overlaps kept), for frames that share trigger words.
    std::vector<PhraseMatch> findEvery(const std::vector<Token> &tokens) const;

private:
    struct Phrase {
        QStringList words;
        int id = 0;
    };
    QHash<QString, std::vector<Phrase>> m_byFirst;
};

} // namespace cc
