#pragma once

#include <QStringView>
#include <cstdint>
#include <vector>

namespace cc {

// One token of the quantity grammar: a run of ASCII digits, a run of letters
// (a word; each CJK character is a word of its own), or one other character.
// Whitespace is not a token: each token records the gap before it. Offsets are
// UTF-16 indices. Greek letters next to non-Greek text are the remains of
// punctuation decoded with the wrong code page ("1.6T β 284B"): they become
// punctuation, except a micro sign written as Greek mu before a unit ("μg").
struct QuantityToken {
    enum Type : std::uint8_t { Digits, Word, Punct };
    // Whitespace before the token: none, one space that may group digits
    // ("40 000": space, no-break or narrow no-break space, thin space), other
    // spaces, or a line break (also the start of the text).
    enum Gap : std::uint8_t { Glued, Space, Spaces, Newline };

    std::int32_t start = 0;
    std::int32_t end = 0;
    std::uint64_t fold = 0;  // hash of the lower-cased text
    std::uint64_t exact = 0; // hash of the text as written
    Type type = Punct;
    Gap gap = Newline;
    bool cjk = false; // an ideograph, kana or hangul syllable: needs no word boundary
    char16_t ch = 0;  // the first UTF-16 unit

    int length() const { return end - start; }
    bool glued() const { return gap == Glued; }
    bool is(char16_t c) const { return type == Punct && ch == c; }
};

class QuantityTokenizer {
public:
    static void tokenize(QStringView text, std::vector<QuantityToken> &out);
    // The hashes tokens carry, for text outside a token stream.
    static std::uint64_t foldHash(QStringView text);
    static std::uint64_t exactHash(QStringView text);
};

} // namespace cc
