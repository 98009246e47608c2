#include "extract/TimeTokenizer.h"

#include "extract/TimeLexicon.h"

#include <QChar>

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

void TimeTokenizer::tokenize(QStringView s, std::vector<TimeToken> &out) const {
    out.clear();
    const qsizetype n = s.size();
    bool space = true;
    qsizetype i = 0;
    while (i < n) {
        const char16_t c = s[i].unicode();
        if (isSpace(c)) {
            space = true;
            ++i;
            continue;
        }
        TimeToken t;
        t.space = space;
        t.start = i;
        space = false;
        if (isDigit(c)) {
            t.kind = TimeToken::Number;
            std::int64_t v = 0;
            qsizetype j = i;
            while (j < n && isDigit(s[j].unicode())) {
                if (v < 1000000000)
                    v = v * 10 + (s[j].unicode() - u'0');
                ++j;
            }
            t.digits = static_cast<std::uint8_t>(std::min<qsizetype>(j - i, 255));
            t.value = static_cast<std::int32_t>(v);
            // A suffix glued to the digits: "25th", "1990s", "1990's".
            if (m_lexicon && j < n) {
                qsizetype k = j;
                if (isApostrophe(s[k].unicode()) && k + 1 < n && isAsciiLetter(s[k + 1].unicode()))
                    ++k;
                qsizetype e = k;
                while (e < n && isAsciiLetter(s[e].unicode()))
                    ++e;
                if (e > j && (e == n || (!isLetter(s[e].unicode()) && !isDigit(s[e].unicode())))) {
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
            t.end = j;
            out.push_back(t);
            i = j;
            continue;
        }
        if (isLetter(c)) {
            t.kind = TimeToken::Word;
            t.upper = QChar::isUpper(c);
            qsizetype j = i + 1;
            while (j < n) {
                const char16_t d = s[j].unicode();
                if (d >= u'A' && d <= u'Z' && s[j - 1].unicode() >= u'a' &&
                    s[j - 1].unicode() <= u'z') {
                    break; // "samplesMarch": words run together where a table cell ended
                } else if (isLetter(d)) {
                    ++j;
                } else if (isApostrophe(d) && j + 1 < n && isLetter(s[j + 1].unicode())) {
                    j += 2;
                } else {
                    break;
                }
            }
            t.end = j;
            if (m_lexicon)
                t.w = m_lexicon->word(s.sliced(i, j - i));
            out.push_back(t);
            i = j;
            continue;
        }
        if (isGreek(c) && isGreekWord(s, i)) {
            // Real Greek text: one word the English lexicon never matches.
            t.kind = TimeToken::Word;
            qsizetype j = i;
            while (j < n && isGreek(s[j].unicode()))
                ++j;
            t.end = j;
            out.push_back(t);
            i = j;
            continue;
        }
        t.kind = TimeToken::Punct;
        t.ch = isGreek(c) ? kDamaged : c;
        t.end = i + 1;
        if (m_lexicon && t.ch != kDamaged)
            t.w = m_lexicon->word(s.sliced(i, 1));
        out.push_back(t);
        ++i;
    }
    if (m_lexicon)
        mergePhrases(s, out);
}

void TimeTokenizer::mergePhrases(QStringView s, std::vector<TimeToken> &tokens) const {
    size_t w = 0;
    char16_t buf[32];
    for (size_t r = 0; r < tokens.size();) {
        const TimeToken &t = tokens[r];
        const std::vector<TimeLexicon::Phrase> *phrases = nullptr;
        qsizetype len = 0;
        if (t.kind == TimeToken::Word &&
            TimeLexicon::fold(s.sliced(t.start, t.end - t.start), buf, 32, &len))
            phrases = m_lexicon->phrasesStartingWith(QStringView(buf, len));
        else if (t.kind == TimeToken::Punct && t.ch != kDamaged) {
            buf[0] = t.ch;
            phrases = m_lexicon->phrasesStartingWith(QStringView(buf, 1));
        }
        size_t matched = 0;
        int word = -1;
        if (phrases) {
            for (const TimeLexicon::Phrase &p : *phrases) {
                if (r + p.tokens.size() > tokens.size())
                    continue;
                bool ok = true;
                for (size_t k = 1; k < p.tokens.size() && ok; ++k) {
                    const TimeToken &u = tokens[r + k];
                    char16_t other[32];
                    qsizetype otherLen = 0;
                    ok = u.kind != TimeToken::Number &&
                         TimeLexicon::fold(s.sliced(u.start, u.end - u.start), other, 32,
                                           &otherLen) &&
                         QStringView(other, otherLen) == p.tokens[k];
                }
                if (ok) {
                    matched = p.tokens.size();
                    word = p.word;
                    break; // longest first
                }
            }
        }
        if (matched > 1) {
            TimeToken merged = tokens[r];
            merged.kind = TimeToken::Word;
            merged.end = tokens[r + matched - 1].end;
            merged.w = &m_lexicon->wordAt(word);
            tokens[w++] = merged;
            r += matched;
        } else {
            tokens[w++] = tokens[r++];
        }
    }
    tokens.resize(w);
}

} // namespace cc
