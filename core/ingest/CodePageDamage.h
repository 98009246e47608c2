#pragma once

#include "model/Document.h"

#include <QString>
#include <utility>
#include <vector>

namespace cc {

// Text that was decoded with the wrong code page somewhere upstream (UTF-8 read as
// Windows-1253 or -1251, the bytes that had no letter lost): "β" where a dash was,
// "π¨π³" where a flag emoji was, "Β·" for a middle dot. The damage cannot be
// reversed; the text keeps the letters (offsets and quotes stay faithful) and the
// document gets a warning. Detection is general: Greek or Cyrillic letters standing
// alone or in short runs between Latin words, digits and spaces, glued to symbols,
// in a text that is otherwise Latin script, at a density a real quotation in those
// alphabets would not have.
class CodePageDamage {
public:
    struct Stats {
        int latinLetters = 0;
        int foreignLetters = 0; // Greek and Cyrillic
        int words = 0;          // whitespace-separated tokens holding a letter
        int strayTokens = 0;    // short foreign runs glued to symbols, digits or Latin letters
        int loneLetters = 0;    // one foreign letter standing alone between Latin words
        bool damaged = false;
    };

    static Stats analyze(const QString &text);
    static bool isDamaged(const QString &text) { return analyze(text).damaged; }
    // The stray letters (with the symbols glued to them), as [start, end) UTF-16 offsets,
    // for the sentence splitter and taggers to treat as punctuation. Empty when the
    // text is not damaged.
    static std::vector<std::pair<qsizetype, qsizetype>> strayRuns(const QString &text);
    // Adds the warning to the document when its text is damaged (once).
    static void check(Document &doc);
    static QString warning();
};

} // namespace cc
