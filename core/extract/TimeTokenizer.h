#pragma once

#include "extract/TimeLexicon.h"

#include <QStringView>
#include <cstdint>
#include <vector>

namespace cc {

// One token of the time grammar: a run of letters (a word), a run of ASCII
// digits (a number, with its ordinal or decade suffix folded in: "25th",
// "1990s"), or one punctuation character. Offsets are UTF-16 indices.
struct TimeToken {
    enum Kind : std::uint8_t { Word, Number, Punct };
    Kind kind = Punct;
    bool space = true;       // whitespace (or the start of the text) right before it
    bool upper = false;      // word: starts with an upper-case letter
    std::uint8_t digits = 0; // number: digit count
    std::uint8_t suffix = 0; // number: 0 none, 1 ordinal ("25th"), 2 decade ("1990s")
    char16_t ch = 0;         // punct: the character; kDamaged for a stray letter
    std::int32_t value = 0;  // number: its value (saturating)
    std::int32_t start = 0;  // texts over 2 GB are not tagged in one piece
    std::int32_t end = 0;
    const TimeWord *w = nullptr;                      // word: what the lexicon says, or nullptr
    const TimeLexicon::PhraseList *phrases = nullptr; // phrases starting here
};

// Splits text into TimeTokens. Greek letters next to non-Greek text are the
// remains of punctuation decoded with the wrong code page ("β" for a dash):
// they become punctuation (kDamaged). With a lexicon, words are looked up and
// phrases of several tokens ("prior to", "a.m.") merged into one word token.
class TimeTokenizer {
public:
    static constexpr char16_t kDamaged = 0xFFFD;
    static constexpr char16_t kNone = 0;

    explicit TimeTokenizer(const TimeLexicon *lexicon) : m_lexicon(lexicon) {}
    void tokenize(QStringView text, std::vector<TimeToken> &out) const;

private:
    void mergePhrases(QStringView text, std::vector<TimeToken> &tokens) const;
    const TimeLexicon *m_lexicon;
};

} // namespace cc
