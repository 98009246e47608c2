#include "extract/WordTokenizer.h"

#include <array>

namespace cc {

namespace {

bool isApostrophe(QChar c) {
    return c == QLatin1Char('\'') || c.unicode() == 0x2019;
}
bool isHyphen(QChar c) {
    return c == QLatin1Char('-') || c.unicode() == 0x2010 || c.unicode() == 0x2011;
}

bool isWordChar(QChar c) {
    const char16_t u = c.unicode();
    if (u < 0x80)
        return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') ||
               u == '_';
    if (WordTokenizer::isStrayLetter(c))
        return false;
    return c.isLetterOrNumber() || c.isMark();
}

// One shared string per ASCII punctuation mark: punctuation tokens cost no allocation.
const QString &punctuation(QChar c) {
    static const std::array<QString, 128> table = [] {
        std::array<QString, 128> t;
        for (int i = 0; i < 128; ++i)
            t[static_cast<size_t>(i)] = QString(QChar(i));
        return t;
    }();
    static const QString empty;
    return c.unicode() < 128 ? table[c.unicode()] : empty;
}

} // namespace

std::vector<Token> WordTokenizer::tokenize(QStringView text, qsizetype base) {
    std::vector<Token> out;
    out.reserve(static_cast<size_t>(text.size() / 5 + 4));
    const qsizetype n = text.size();
    bool space = true;
    bool hyphenPending = false;
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text[i];
        if (c.isSpace()) {
            space = true;
            hyphenPending = false;
            ++i;
            continue;
        }
        if (isWordChar(c) || c.isHighSurrogate()) {
            if (c.isHighSurrogate()) {
                // Astral characters (emoji, rare CJK) are punctuation-like symbols here.
                Token t;
                t.start = base + i;
                t.end = base + std::min(n, i + 2);
                t.kind = Token::Kind::Punct;
                t.folded = text.mid(i, t.end - t.start).toString();
                t.spaceBefore = space;
                out.push_back(std::move(t));
                space = false;
                hyphenPending = false;
                i += 2;
                continue;
            }
            const qsizetype s = i;
            bool possessive = false;
            qsizetype e = i;
            while (e < n) {
                const QChar ch = text[e];
                if (isWordChar(ch)) {
                    ++e;
                    continue;
                }
                const bool nextWord = e + 1 < n && isWordChar(text[e + 1]);
                if (!nextWord) {
                    if (isApostrophe(ch) && e > s &&
                        (text[e - 1] == QLatin1Char('s') || text[e - 1] == QLatin1Char('S')) &&
                        !(e + 1 < n && text[e + 1].isLetter())) {
                        possessive = true; // "companies'"
                    }
                    break;
                }
                if (ch == QLatin1Char('.') || ch == QLatin1Char('+') || ch == QLatin1Char('&')) {
                    ++e;
                    continue;
                }
                if (ch == QLatin1Char(',') && e > s && text[e - 1].isDigit() && e + 3 < n + 1) {
                    // Thousands separator: exactly three digits follow.
                    qsizetype k = e + 1;
                    int digits = 0;
                    while (k < n && text[k].isDigit() && digits < 4) {
                        ++k;
                        ++digits;
                    }
                    if (digits == 3 && (k >= n || !text[k].isLetterOrNumber())) {
                        e = k;
                        continue;
                    }
                    break;
                }
                if (isApostrophe(ch)) {
                    // "'s" closing the word is a possessive; other inner apostrophes stay
                    // ("didn't").
                    const bool sFollows =
                        text[e + 1] == QLatin1Char('s') || text[e + 1] == QLatin1Char('S');
                    const bool endsAfter = e + 2 >= n || !isWordChar(text[e + 2]);
                    if (sFollows && endsAfter) {
                        possessive = true;
                        break;
                    }
                    ++e;
                    continue;
                }
                break;
            }
            Token t;
            t.start = base + s;
            t.end = base + e;
            t.spaceBefore = space;
            t.hyphenJoined = hyphenPending && !space;
            t.possessive = possessive;
            // One allocation: the folded text is written directly.
            QString folded(e - s, Qt::Uninitialized);
            QChar *dst = folded.data();
            bool lowerSeen = false;
            int letters = 0, upper = 0;
            for (qsizetype k = s; k < e; ++k) {
                QChar ch = text[k];
                const char16_t u = ch.unicode();
                if (u < 0x80) {
                    // ASCII fast path.
                    if (u >= '0' && u <= '9') {
                        t.hasDigit = true;
                    } else if (u >= 'A' && u <= 'Z') {
                        t.hasLetter = true;
                        ++letters;
                        ++upper;
                        if (lowerSeen)
                            t.camelCase = true;
                        ch = QChar(u + 32);
                    } else if (u >= 'a' && u <= 'z') {
                        t.hasLetter = true;
                        ++letters;
                        lowerSeen = true;
                    }
                    dst[k - s] = ch;
                    continue;
                }
                if (ch.isDigit()) {
                    t.hasDigit = true;
                } else if (ch.isLetter()) {
                    t.hasLetter = true;
                    ++letters;
                    if (ch.isUpper()) {
                        ++upper;
                        if (lowerSeen)
                            t.camelCase = true;
                        ch = ch.toLower();
                    } else if (ch.isLower()) {
                        lowerSeen = true;
                    }
                } else if (ch.unicode() == 0x2019) {
                    ch = QLatin1Char('\'');
                }
                dst[k - s] = ch;
            }
            t.capitalized = text[s].isUpper();
            t.allCaps = letters >= 2 && upper == letters;
            t.kind = text[s].isDigit() ? Token::Kind::Number : Token::Kind::Word;
            t.folded = std::move(folded);
            out.push_back(std::move(t));
            space = false;
            hyphenPending = false;
            i = e;
            if (possessive) {
                // Skip "'s" or the bare apostrophe.
                if (i < n && isApostrophe(text[i]))
                    ++i;
                if (i < n && (text[i] == QLatin1Char('s') || text[i] == QLatin1Char('S')) &&
                    (i + 1 >= n || !isWordChar(text[i + 1])))
                    ++i;
            }
            continue;
        }
        if (isHyphen(c) && !space && !out.empty() && out.back().isWord() && i + 1 < n &&
            isWordChar(text[i + 1])) {
            hyphenPending = true;
            ++i;
            continue;
        }
        Token t;
        t.start = base + i;
        t.end = base + i + 1;
        t.kind = Token::Kind::Punct;
        t.folded = c.unicode() < 128 ? punctuation(c) : QString(c);
        t.spaceBefore = space;
        out.push_back(std::move(t));
        space = false;
        hyphenPending = false;
        ++i;
    }
    return out;
}

} // namespace cc
