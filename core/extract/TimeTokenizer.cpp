#include "extract/TimeTokenizer.h"

#include "extract/TimeLexicon.h"

#include <QChar>

#include <array>

namespace cc {

namespace {

inline bool isAsciiLetter(char16_t c) {
    return (c | 0x20) >= u'a' && (c | 0x20) <= u'z';
}
inline bool isDigit(char16_t c) {
    return c >= u'0' && c <= u'9';
}
inline bool isGreek(char16_t c) {
    return c >= 0x0370 && c <= 0x03FF;
}
inline bool isApostrophe(char16_t c) {
    return c == u'\'' || c == 0x2019;
}

inline bool isSpace(char16_t c) {
    if (c <= u' ')
        return true;
    if (c < 0x80)
        return false;
    return c == 0x00A0 || QChar::isSpace(c);
}

inline bool isLetter(char16_t c) {
    if (c < 0x80)
        return isAsciiLetter(c);
    if (isGreek(c) || QChar::isSurrogate(c))
        return false;
    return QChar::isLetter(c);
}

// Whether the Greek letters from i on stand alone as a word of real Greek text
// (three letters or more, not touching Latin letters or digits) rather than
// being the remains of damaged punctuation.
bool isGreekWord(QStringView s, qsizetype i) {
    qsizetype j = i;
    while (j < s.size() && isGreek(s[j].unicode()))
        ++j;
    if (j - i < 3)
        return false;
    const bool before = i > 0 && (isLetter(s[i - 1].unicode()) || isDigit(s[i - 1].unicode()));
    const bool after = j < s.size() && (isLetter(s[j].unicode()) || isDigit(s[j].unicode()));
    return !before && !after;
}

} // namespace

// ASCII character classes, so that the loops below test one table entry per character.
enum CharClass : std::uint8_t { Other, Space, Digit, Upper, Lower };
constexpr std::array<CharClass, 128> kClasses = [] {
    std::array<CharClass, 128> t{};
    for (int c = 0; c <= ' '; ++c)
        t[c] = Space;
    t[127] = Space;
    for (int c = '0'; c <= '9'; ++c)
        t[c] = Digit;
    for (int c = 'A'; c <= 'Z'; ++c)
        t[c] = Upper;
    for (int c = 'a'; c <= 'z'; ++c)
        t[c] = Lower;
    return t;
}();

inline CharClass classOf(char16_t c) {
    if (c < 0x80)
        return kClasses[c];
    if (isSpace(c))
        return Space;
    return isLetter(c) ? (QChar::isUpper(c) ? Upper : Lower) : Other;
}

void TimeTokenizer::tokenize(QStringView s, std::vector<TimeToken> &out) const {
    out.clear();
    const char16_t *p = reinterpret_cast<const char16_t *>(s.utf16());
    const qsizetype n = s.size();
    bool space = true;
    qsizetype i = 0;
    while (i < n) {
        const char16_t c = p[i];
        if (c == u' ') {
            space = true;
            ++i;
            continue;
        }
        const CharClass cls = classOf(c);
        if (cls == Space) {
            space = true;
            ++i;
            continue;
        }
        TimeToken t;
        t.space = space;
        t.start = static_cast<std::int32_t>(i);
        space = false;
        if (cls == Digit) {
            t.kind = TimeToken::Number;
            std::int64_t v = 0;
            qsizetype j = i;
            while (j < n && isDigit(p[j])) {
                if (v < 1000000000)
                    v = v * 10 + (p[j] - u'0');
                ++j;
            }
            t.digits = static_cast<std::uint8_t>(std::min<qsizetype>(j - i, 255));
            t.value = static_cast<std::int32_t>(v);
            // A suffix glued to the digits: "25th", "1990s", "1990's".
            if (m_lexicon && j < n && (isAsciiLetter(p[j]) || isApostrophe(p[j]))) {
                qsizetype k = j;
                if (isApostrophe(p[k]) && k + 1 < n && isAsciiLetter(p[k + 1]))
                    ++k;
                qsizetype e = k;
                while (e < n && isAsciiLetter(p[e]))
                    ++e;
                if (e > j && e - j <= 3 && (e == n || (!isLetter(p[e]) && !isDigit(p[e])))) {
                    const TimeWord *w = m_lexicon->word(s.sliced(j, e - j));
                    if (w && w->ordinalSuffix && k == j) {
                        t.suffix = 1;
                        j = e;
                    } else if (w && w->decadeSuffix && v % 10 == 0 &&
                               (t.digits == 4 || t.digits == 2)) {
                        t.suffix = 2;
                        j = e;
                    }
                }
            }
            t.end = static_cast<std::int32_t>(j);
            out.push_back(t);
            i = j;
            continue;
        }
        if (cls == Upper || cls == Lower) {
            t.kind = TimeToken::Word;
            t.upper = cls == Upper;
            qsizetype j = i + 1;
            while (true) {
                // The common case first: a run of ASCII lower-case letters.
                while (j < n && static_cast<char16_t>(p[j] - u'a') < 26)
                    ++j;
                if (j >= n)
                    break;
                const char16_t d = p[j];
                if (static_cast<char16_t>(d - u'A') < 26) {
                    if (static_cast<char16_t>(p[j - 1] - u'a') < 26)
                        break; // "samplesMarch": words run together where a table cell ended
                    ++j;
                } else if (isApostrophe(d) && j + 1 < n && isLetter(p[j + 1])) {
                    j += 2;
                } else if (d >= 0x80 && isLetter(d)) {
                    ++j;
                } else {
                    break;
                }
            }
            // A possessive ("Monday's", "this year's") is the word, then the apostrophe and s.
            qsizetype possessive = 0;
            if (j - i > 2 && (p[j - 1] == u's' || p[j - 1] == u'S') && isApostrophe(p[j - 2]))
                possessive = 2;
            j -= possessive;
            t.end = static_cast<std::int32_t>(j);
            if (m_lexicon) {
                const TimeLexicon::Hit hit = m_lexicon->lookup(s.sliced(i, j - i));
                t.w = hit.word;
                t.phrases = hit.phrases;
            }
            out.push_back(t);
            if (possessive) {
                TimeToken apostrophe;
                apostrophe.kind = TimeToken::Punct;
                apostrophe.space = false;
                apostrophe.ch = u'\'';
                apostrophe.start = static_cast<std::int32_t>(j);
                apostrophe.end = static_cast<std::int32_t>(j + 1);
                out.push_back(apostrophe);
                TimeToken ess;
                ess.kind = TimeToken::Word;
                ess.space = false;
                ess.start = static_cast<std::int32_t>(j + 1);
                ess.end = static_cast<std::int32_t>(j + 2);
                out.push_back(ess);
                j += 2;
            }
            i = j;
            continue;
        }
        if (isGreek(c) && isGreekWord(s, i)) {
            // Real Greek text: one word the English lexicon never matches.
            t.kind = TimeToken::Word;
            qsizetype j = i;
            while (j < n && isGreek(p[j]))
                ++j;
            t.end = static_cast<std::int32_t>(j);
            out.push_back(t);
            i = j;
            continue;
        }
        t.kind = TimeToken::Punct;
        t.ch = isGreek(c) ? kDamaged : c;
        t.end = static_cast<std::int32_t>(i + 1);
        if (m_lexicon && t.ch != kDamaged && t.ch < 0x80 && t.ch != u'.' && t.ch != u',') {
            const TimeLexicon::Hit hit = m_lexicon->lookup(s.sliced(i, 1));
            t.w = hit.word;
            t.phrases = hit.phrases;
        }
        out.push_back(t);
        ++i;
    }
    if (m_lexicon)
        mergePhrases(s, out);
}

void TimeTokenizer::mergePhrases(QStringView s, std::vector<TimeToken> &tokens) const {
    // Find the matches first; most texts have none, and then nothing moves.
    struct Match {
        size_t at;
        size_t length;
        int word;
    };
    thread_local std::vector<Match> matches;
    matches.clear();
    const size_t n = tokens.size();
    for (size_t r = 0; r + 1 < n; ++r) {
        const TimeLexicon::PhraseList *list = tokens[r].phrases;
        if (!list)
            continue;
        const TimeToken &second = tokens[r + 1];
        const qsizetype secondLength = std::min<qsizetype>(second.end - second.start, 63);
        if (!(list->secondLengths & (std::uint64_t(1) << secondLength)))
            continue;
        for (const TimeLexicon::Phrase &p : list->phrases) {
            if (r + p.tokens.size() > n)
                continue;
            bool ok = true;
            for (size_t k = 1; k < p.tokens.size() && ok; ++k) {
                const TimeToken &u = tokens[r + k];
                char16_t other[32];
                qsizetype otherLen = 0;
                // Lengths first: most candidates differ there, before any folding.
                ok = u.kind != TimeToken::Number && u.end - u.start == p.tokens[k].size() &&
                     TimeLexicon::fold(s.sliced(u.start, u.end - u.start), other, 32, &otherLen) &&
                     QStringView(other, otherLen) == p.tokens[k];
            }
            if (ok) {
                matches.push_back({r, p.tokens.size(), p.word}); // longest first
                r += p.tokens.size() - 1;
                break;
            }
        }
    }
    if (matches.empty())
        return;
    // Merge each match into its first token and close the gaps, run by run.
    size_t w = matches.front().at;
    for (size_t m = 0; m < matches.size(); ++m) {
        const Match &match = matches[m];
        TimeToken merged = tokens[match.at];
        merged.kind = TimeToken::Word;
        merged.end = tokens[match.at + match.length - 1].end;
        merged.w = &m_lexicon->wordAt(match.word);
        merged.phrases = nullptr;
        tokens[w++] = merged;
        const size_t from = match.at + match.length;
        const size_t to = m + 1 < matches.size() ? matches[m + 1].at : n;
        std::copy(tokens.begin() + static_cast<std::ptrdiff_t>(from),
                  tokens.begin() + static_cast<std::ptrdiff_t>(to),
                  tokens.begin() + static_cast<std::ptrdiff_t>(w));
        w += to - from;
    }
    tokens.resize(w);
}

} // namespace cc
