#include "ingest/CodePageDamage.h"

#include <algorithm>

namespace cc {

namespace {

// Greek and Cyrillic letters are what UTF-8 bytes turn into when read as
// Windows-1253 or -1251. Micro (μ) is left out: "10μm" and "μg" are ordinary units.
bool isForeignLetter(QChar c) {
    if (!c.isLetter() || c.unicode() == 0x03BC)
        return false;
    const QChar::Script s = c.script();
    return s == QChar::Script_Greek || s == QChar::Script_Cyrillic;
}

bool isLatinLetter(QChar c) {
    return c.isLetter() && c.script() == QChar::Script_Latin;
}

// Symbols that a wrong code page leaves glued to the letters ("¨", "³", "·", "€", "™",
// curly quotes): any non-ASCII character that is not a letter, digit, mark, space,
// dash or mathematical symbol.
bool isGlueSymbol(QChar c) {
    if (c.unicode() < 0x80 || c.isLetterOrNumber() || c.isMark() || c.isSpace())
        return c.category() == QChar::Number_Other; // "²", "³" count as glue
    switch (c.category()) {
    case QChar::Punctuation_Dash:
    case QChar::Punctuation_Open:
    case QChar::Punctuation_Close:
    case QChar::Symbol_Math:
        return false;
    default:
        return true;
    }
}

struct Token {
    qsizetype start = 0;
    qsizetype end = 0;
    int latin = 0;
    int digits = 0;
    int foreign = 0;
    int runs = 0;
    int longestRun = 0;
    bool glued = false;      // a foreign run touches a glue symbol or a Latin letter
    qsizetype firstRun = -1; // start of the first foreign run
    qsizetype lastRunEnd = -1;
};

std::vector<Token> tokenize(const QString &text) {
    std::vector<Token> tokens;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        while (i < n && text[i].isSpace())
            ++i;
        if (i >= n)
            break;
        Token t;
        t.start = i;
        while (i < n && !text[i].isSpace())
            ++i;
        t.end = i;
        qsizetype j = t.start;
        while (j < t.end) {
            const QChar c = text[j];
            if (isForeignLetter(c)) {
                const qsizetype runStart = j;
                int len = 0;
                while (j < t.end && (isForeignLetter(text[j]) || (len > 0 && text[j].isMark()))) {
                    len += !text[j].isMark();
                    ++j;
                }
                t.foreign += len;
                ++t.runs;
                t.longestRun = std::max(t.longestRun, len);
                if (t.firstRun < 0)
                    t.firstRun = runStart;
                t.lastRunEnd = j;
                const bool before = runStart > t.start && (isGlueSymbol(text[runStart - 1]) ||
                                                           isLatinLetter(text[runStart - 1]));
                const bool after = j < t.end && (isGlueSymbol(text[j]) || isLatinLetter(text[j]));
                t.glued = t.glued || before || after;
                continue;
            }
            if (isLatinLetter(c))
                ++t.latin;
            else if (c.isDigit())
                ++t.digits;
            ++j;
        }
        tokens.push_back(t);
    }
    return tokens;
}

// A word of a real Greek or Cyrillic passage, not debris.
bool isForeignWord(const Token &t) {
    return t.longestRun >= 4 && t.latin == 0;
}

bool hasLatinOrDigits(const Token &t) {
    return t.latin > 0 || t.digits > 0;
}

enum class Stray { None, Glued, Lone };

Stray classify(const QString &text, const std::vector<Token> &tokens, size_t i) {
    const Token &t = tokens[i];
    if (t.foreign == 0 || t.longestRun > 3)
        return Stray::None;
    // Short words inside a real passage ("και", "и") are that passage's words.
    const size_t from = i >= 2 ? i - 2 : 0;
    const size_t to = std::min(tokens.size(), i + 3);
    for (size_t k = from; k < to; ++k) {
        if (k != i && isForeignWord(tokens[k]))
            return Stray::None;
    }
    if (t.runs >= 2 || t.glued)
        return Stray::Glued;
    if (t.end - t.start == 1 && text[t.start].isLetter() && i > 0 && i + 1 < tokens.size() &&
        hasLatinOrDigits(tokens[i - 1]) && hasLatinOrDigits(tokens[i + 1]))
        return Stray::Lone;
    return Stray::None;
}

} // namespace

QString CodePageDamage::warning() {
    return QStringLiteral("text appears to have been decoded with the wrong code page earlier "
                          "(stray Greek letters where punctuation or emoji were); the damage "
                          "cannot be reversed");
}

CodePageDamage::Stats CodePageDamage::analyze(const QString &text) {
    Stats s;
    // Most texts hold no Greek or Cyrillic at all: nothing to look at.
    const bool anyForeign = std::any_of(text.begin(), text.end(), [](QChar c) {
        return c.unicode() >= 0x0370 && c.unicode() <= 0x052F;
    });
    if (!anyForeign)
        return s;
    const std::vector<Token> tokens = tokenize(text);
    for (size_t i = 0; i < tokens.size(); ++i) {
        const Token &t = tokens[i];
        s.latinLetters += t.latin;
        s.foreignLetters += t.foreign;
        s.words += (t.latin + t.foreign) > 0;
        switch (classify(text, tokens, i)) {
        case Stray::Glued:
            ++s.strayTokens;
            break;
        case Stray::Lone:
            ++s.loneLetters;
            break;
        case Stray::None:
            break;
        }
    }
    const int letters = s.latinLetters + s.foreignLetters;
    const bool latinText = letters > 0 && s.latinLetters * 10 >= letters * 8 && s.words >= 10;
    // Glued debris is specific: a few, at one per thousand words, is enough. Lone
    // letters also stand for symbols in technical prose ("the β coefficient"), so they
    // alone must be dense.
    const bool glued = s.strayTokens >= 3 && (s.strayTokens + s.loneLetters) * 1000 >= s.words;
    const bool lone = s.loneLetters >= 10 && s.loneLetters * 100 >= s.words;
    s.damaged = latinText && (glued || lone);
    return s;
}

std::vector<std::pair<qsizetype, qsizetype>> CodePageDamage::strayRuns(const QString &text) {
    std::vector<std::pair<qsizetype, qsizetype>> runs;
    if (!isDamaged(text))
        return runs;
    const std::vector<Token> tokens = tokenize(text);
    for (size_t i = 0; i < tokens.size(); ++i) {
        if (classify(text, tokens, i) == Stray::None)
            continue;
        const Token &t = tokens[i];
        qsizetype b = t.firstRun;
        qsizetype e = t.lastRunEnd;
        while (b > t.start && !text[b - 1].isLetterOrNumber())
            --b;
        while (e < t.end && !text[e].isLetterOrNumber())
            ++e;
        // Keep ordinary sentence punctuation at the edges out of the run.
        while (e > t.lastRunEnd && QStringView(u".,;:!?)]\"'").contains(text[e - 1]))
            --e;
        while (b < t.firstRun && QStringView(u"([\"'").contains(text[b]))
            ++b;
        runs.emplace_back(b, e);
    }
    return runs;
}

void CodePageDamage::check(Document &doc) {
    const QString w = warning();
    if (!doc.warnings.contains(w) && isDamaged(doc.text))
        doc.warnings << w;
}

} // namespace cc
