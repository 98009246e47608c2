#pragma once

#include <QString>
#include <QStringView>
#include <vector>

namespace cc {

// One word, number or punctuation mark of a sentence. Offsets are absolute
// UTF-16 indices into the text the tokenizer was given plus its base offset.
struct Token {
    enum class Kind : unsigned char { Word, Number, Punct };

    qsizetype start = 0;
    qsizetype end = 0;
    QString folded; // lower case, curly apostrophes made straight
    Kind kind = Kind::Word;
    bool spaceBefore = true;   // white space (or the start of the text) precedes it
    bool hyphenJoined = false; // joined to the previous token by a hyphen ("open-sourced")
    bool possessive = false;   // "'s" or "'" follows (not part of the token)
    bool capitalized = false;  // starts with an upper-case letter
    bool allCaps = false;      // two or more letters, all upper case
    bool camelCase = false;    // an upper-case letter after a lower-case one ("DeepMind", "iPhone")
    bool hasDigit = false;
    bool hasLetter = false;

    bool isWord() const { return kind != Kind::Punct; }
    bool is(const char *latin1) const { return folded == QLatin1String(latin1); }
};

// Splits text into tokens the way every extraction component sees it: words
// keep inner dots between letters or digits ("3.5", "acme.io"), inner
// apostrophes ("didn't"), '+' and '&' between letters or digits ("N+2",
// "AT&T") and thousands separators ("128,000"); hyphens split words but mark
// the join, so a lexicon phrase "open-sourced" also matches "open sourced".
// Greek letters in otherwise Latin text are stray code-page damage and come
// out as punctuation.
class WordTokenizer {
public:
    static std::vector<Token> tokenize(QStringView text, qsizetype base = 0);
    // True for letters the damaged digests show where punctuation was (Greek and Coptic block).
    static bool isStrayLetter(QChar c) { return c.unicode() >= 0x0370 && c.unicode() <= 0x03ff; }
};

} // namespace cc
