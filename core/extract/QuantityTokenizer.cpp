#include "extract/QuantityTokenizer.h"

#include <QChar>

namespace cc {

namespace {

constexpr std::uint64_t kOffset = 0xcbf29ce484222325ULL;
constexpr std::uint64_t kPrime = 0x100000001b3ULL;

inline std::uint64_t mix(std::uint64_t h, char16_t c) {
    return (h ^ c) * kPrime;
}
// 0 marks an empty slot in the phrase index.
inline std::uint64_t finish(std::uint64_t h) {
    return h ? h : 1;
}

inline char16_t lower(char16_t c) {
    if (c < 0x80)
        return (c >= u'A' && c <= u'Z') ? char16_t(c | 0x20) : c;
    return QChar(c).toLower().unicode();
}

inline bool isGreek(char16_t c) {
    return (c >= 0x0370 && c <= 0x03FF) || (c >= 0x1F00 && c <= 0x1FFF);
}

inline bool isCjk(char16_t c) {
    return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xAC00 && c <= 0xD7AF);
}

inline bool isSpace(char16_t c) {
    if (c < 0x80)
        return c == u' ' || (c >= 0x09 && c <= 0x0D);
    return c == 0x00A0 || c == 0x200B || QChar::isSpace(c);
}

inline bool isGroupingSpace(char16_t c) {
    return c == u' ' || c == 0x00A0 || c == 0x202F || c == 0x2009;
}

inline bool isAsciiLetter(char16_t c) {
    return (c | 0x20) >= u'a' && (c | 0x20) <= u'z';
}

// A letter of a word. Greek letters count only inside Greek words.
bool isWordChar(QStringView text, qsizetype i) {
    const char16_t c = text[i].unicode();
    if (c < 0x80)
        return isAsciiLetter(c);
    if (QChar::isHighSurrogate(c) || QChar::isLowSurrogate(c) || isCjk(c))
        return false;
    if (isGreek(c)) {
        if (c == 0x03BC && i + 1 < text.size() && isAsciiLetter(text[i + 1].unicode()))
            return true; // "μg", "μm"
        const bool prevGreek =
            i > 0 && isGreek(text[i - 1].unicode()) && QChar::isLetter(text[i - 1].unicode());
        const bool nextGreek = i + 1 < text.size() && isGreek(text[i + 1].unicode()) &&
                               QChar::isLetter(text[i + 1].unicode());
        return (prevGreek || nextGreek) && QChar::isLetter(c);
    }
    return QChar::isLetter(c) || QChar::isMark(c);
}

} // namespace

std::uint64_t QuantityTokenizer::foldHash(QStringView text) {
    std::uint64_t h = kOffset;
    for (const QChar c : text)
        h = mix(h, lower(c.unicode()));
    return finish(h);
}

std::uint64_t QuantityTokenizer::exactHash(QStringView text) {
    std::uint64_t h = kOffset;
    for (const QChar c : text)
        h = mix(h, c.unicode());
    return finish(h);
}

void QuantityTokenizer::tokenize(QStringView text, std::vector<QuantityToken> &out) {
    out.clear();
    const qsizetype n = text.size();
    out.reserve(std::size_t(n / 4 + 8));
    const char16_t *s = reinterpret_cast<const char16_t *>(text.data());
    QuantityToken::Gap gap = QuantityToken::Newline;
    qsizetype i = 0;
    // Whether s[k] continues a word: ASCII letters fast, the rest through isWordChar.
    auto wordChar = [&](qsizetype k) {
        const char16_t c = s[k];
        return c < 0x80 ? isAsciiLetter(c) : isWordChar(text, k);
    };
    while (i < n) {
        const char16_t c = s[i];
        if (c == u' ' || (c < 0x80 ? (c >= 0x09 && c <= 0x0D) : isSpace(c))) {
            if (gap != QuantityToken::Newline) {
                if (c == u'\n' || c == u'\r' || c == 0x2028 || c == 0x2029)
                    gap = QuantityToken::Newline;
                else if (gap == QuantityToken::Glued && isGroupingSpace(c))
                    gap = QuantityToken::Space;
                else
                    gap = QuantityToken::Spaces;
            }
            ++i;
            continue;
        }
        QuantityToken t;
        t.start = static_cast<std::int32_t>(i);
        t.gap = gap;
        t.ch = c;
        std::uint64_t fold = kOffset, exact = kOffset;
        if (c >= u'0' && c <= u'9') {
            t.type = QuantityToken::Digits;
            while (i < n && s[i] >= u'0' && s[i] <= u'9') {
                fold = mix(fold, s[i]);
                ++i;
            }
            exact = fold;
        } else if (c < 0x80 ? isAsciiLetter(c) : isWordChar(text, i)) {
            t.type = QuantityToken::Word;
            // Most words are lower case: one hash serves both, the exact one is
            // only computed again for words with capitals.
            bool changed = false;
            do {
                const char16_t l = lower(s[i]);
                changed = changed || l != s[i];
                fold = mix(fold, l);
                ++i;
            } while (i < n && wordChar(i));
            if (changed) {
                for (qsizetype k = t.start; k < i; ++k)
                    exact = mix(exact, s[k]);
            } else {
                exact = fold;
            }
        } else {
            t.type = isCjk(c) ? QuantityToken::Word : QuantityToken::Punct;
            t.cjk = isCjk(c);
            const qsizetype len =
                (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(s[i + 1])) ? 2 : 1;
            for (qsizetype k = 0; k < len; ++k) {
                exact = mix(exact, s[i + k]);
                fold = mix(fold, lower(s[i + k]));
            }
            i += len;
        }
        t.end = static_cast<std::int32_t>(i);
        t.fold = finish(fold);
        t.exact = finish(exact);
        out.push_back(t);
        gap = QuantityToken::Glued;
    }
}

} // namespace cc
