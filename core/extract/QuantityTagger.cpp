#include "extract/QuantityTagger.h"

#include "extract/QuantityLexicon.h"
#include "extract/QuantityTokenizer.h"
#include "lexicon/LexiconSet.h"

#include <charconv>
#include <cmath>
#include <limits>

namespace cc {

struct QuantityTagger::Data {
    std::shared_ptr<const QuantityLexicon> lex;
    QStringList errors;
    Options options;
};

namespace {

using Tok = QuantityToken;
using Lex = QuantityLexicon;
using WC = Lex::WordClass;
using UK = Lex::UnitKind;

constexpr double kInf = std::numeric_limits<double>::infinity();

bool isHyphen(const Tok &t) {
    return t.type == Tok::Punct && (t.ch == u'-' || t.ch == 0x2010 || t.ch == 0x2011);
}

// Dashes that join the two ends of a range ("30-40%", "100,000–350,000").
bool isDash(const Tok &t) {
    return t.type == Tok::Punct &&
           (t.ch == u'-' || (t.ch >= 0x2010 && t.ch <= 0x2015) || t.ch == 0x2212);
}

bool isAlnum(const Tok &t) {
    return t.type == Tok::Digits || (t.type == Tok::Word && !t.cjk);
}

// value * factor, dividing by the reciprocal of a decimal submultiple so that
// 7 nm is 7e-9 m rather than 7.000000000000001e-9.
double inBase(double value, double factor) {
    if (factor < 1 && factor > 0) {
        const double r = 1.0 / factor;
        const double rounded = std::round(r);
        if (std::fabs(r - rounded) < 1e-9 * r)
            return value / rounded;
    }
    return value * factor;
}

// A number written with digits and number words, before any unit.
struct Core {
    int begin = 0;
    int end = 0;
    double value = 0;
    bool literal = false; // it starts with digits
    bool integer = true;
    bool separators = false; // thousands separators
    bool scaled = false;     // a magnitude applied
    double raw = 0;          // the value before a single trailing magnitude: 7 of "7 million"
    double scale = 1;        // that magnitude, 1 when there is none
    bool ordinal = false;
    bool multiplier = false; // "threefold"
};

// An amount with its unit; values in the base unit.
struct Amount {
    int begin = 0;
    int end = 0;
    Core core;
    double low = 0, high = 0;
    bool lowOpen = false, highOpen = false;
    bool approximate = false;
    bool range = false;
    int currency = -1; // index into Lex::currencies
    int unit = -1;     // index into Lex::units
    double factor = 1; // the unit's factor, applied to low and high
    bool currencyPrefix = false;
    bool duration = false; // a duration unit follows: only the number is ours
    QString unitName;      // set for rates ("USD/token")
    QString dimension;
    bool hasUnit() const { return currency >= 0 || unit >= 0; }
};

enum class Last : std::uint8_t { None, Unit, Teen, Tens, TensUnit, Literal, Hundred, Dozen, Scale };

// The state of a cardinal number being read ("three hundred and twelve thousand").
struct Card {
    double total = 0;    // completed scale groups
    double hundreds = 0; // the current group's hundreds
    double rest = 0;     // the current group below the hundreds
    double lastScale = kInf;
    double recentScale = 0; // factor of the latest scale item
    double recentGroup = 0; // what the latest scale item added to total
    Last last = Last::None;
    int end = 0;
    int items = 0;
    bool literal = false;
    bool integer = true;
    bool separators = false;
    bool ordinal = false;
    bool dotted = false;
    bool afterConj = false;     // the current group started after "and"
    double beforeConjValue = 0; // the value before that "and"
    double beforeConjScale = 0; // the scale that value ended with ("two million and ...")
    double tensValue = 0;       // the latest tens word
    bool tensAfterConj = false;
    double value() const { return total + hundreds + rest; }
};

struct Item {
    Last type = Last::None;
    double value = 0;
    int end = 0;
    bool integer = true;
    bool separators = false;
    bool ordinal = false;
    bool dotted = false;
    const Lex::NumberWord *word = nullptr;
};

struct Literal {
    int end = 0;
    double value = 0;
    bool integer = true;
    bool separators = false;
    bool ordinal = false;
    bool dotted = false; // one group of "192.168.1.2": read alone
    bool fraction = false;
};

// A fraction's denominator ("fifths", "twenty-first", "half").
struct Denominator {
    double value = 0;
    bool plural = false;
    bool compound = false; // "twenty-fifth"
    int end = 0;
};

class Scanner {
public:
    Scanner(const Lex &lex, const QuantityTagger::Options &options, QStringView text,
            const std::vector<Tok> &tokens, std::vector<Mention> &out)
        : L(lex), m_options(options), m_text(text), t(tokens), n(int(tokens.size())), m_out(out) {}

    void run();

private:
    bool ok(int k) const { return k >= 0 && k < n; }
    // Token k exists and is on the same line as the token before it.
    bool sameLine(int k) const { return ok(k) && t[k].gap != Tok::Newline; }
    bool gluedPunct(int k, char16_t c) const { return ok(k) && t[k].glued() && t[k].is(c); }
    bool gluedDigits(int k) const { return ok(k) && t[k].glued() && t[k].type == Tok::Digits; }
    bool tokenEquals(int k, const char16_t *s) const;

    const Lex::NumberWord *word(int k, int *len = nullptr) const;
    bool wordIs(int k, WC cls, int *len = nullptr) const;
    bool scaleWordAt(int k, double *factor, int *len) const;
    bool startsNumber(int k) const;
    double digitsValue(int k) const;

    bool parseLiteral(int k, Literal &lit) const;
    bool readItem(int j, const Card &s, bool connected, bool money, Item &it) const;
    static bool apply(Card &s, const Item &it, bool conj, bool hyphen);
    bool cardinal(int i, Card &s, bool money, int articleLen) const;
    bool denominatorAt(int j, Denominator &d) const;
    bool readSmall(int j, double *value, int *end) const;
    bool trailingScale(int &e, double &v) const;
    bool parseCore(int i, Core &c, bool money, bool allowRatio) const;

    int currencyPrefixAt(int k, int *len, double *scale) const;
    int codeWithScale(int k, double *scale) const;
    bool suffixStyle(int k) const;
    bool unitAt(int p, bool gluedToNumber, bool compoundOnly, int *unit, int *len,
                bool connected = true) const;
    bool findSuffix(int e, const Core &c, Amount &a, double &value) const;
    bool leftIdentifier(int k) const;
    bool rightIdentifier(int end) const;
    int skipRun(int k) const;
    bool compatible(Amount &left, Amount &right, bool dash) const;
    bool joinable(Amount &a, Amount &b, bool dash) const;
    void joinCompound(Amount &a, double &value) const;
    void joinMinor(Amount &a, double &value) const;
    void applyRate(Amount &a) const;
    void applyModifiers(Amount &a) const;
    bool parseAmount(int i, Amount &a, bool rangeEnd, int *skipTo) const;
    int dateOrTimeEnd(int k) const;
    bool isUrlStart(int k) const;
    void output(const Amount &a);
    int bareAt(int i);

    const Lex &L;
    const QuantityTagger::Options &m_options;
    QStringView m_text;
    const std::vector<Tok> &t;
    const int n;
    std::vector<Mention> &m_out;
    int m_lastEnd = 0; // token after the last mention
};

bool Scanner::tokenEquals(int k, const char16_t *s) const {
    if (!ok(k))
        return false;
    const QStringView v = m_text.mid(t[k].start, t[k].length());
    qsizetype i = 0;
    for (; s[i]; ++i)
        if (i >= v.size() || v[i].unicode() != s[i])
            return false;
    return i == v.size();
}

const Lex::NumberWord *Scanner::word(int k, int *len) const {
    if (!ok(k) || t[k].type == Tok::Digits)
        return nullptr;
    const Lex::NumberWord *found = nullptr;
    L.wordTable.find(t, k, [&](int payload, int l) {
        found = &L.words[std::size_t(payload)];
        if (len)
            *len = l;
        return true;
    });
    return found;
}

bool Scanner::wordIs(int k, WC cls, int *len) const {
    const Lex::NumberWord *w = word(k, len);
    return w && w->cls == cls;
}

bool Scanner::scaleWordAt(int k, double *factor, int *len) const {
    if (!ok(k) || t[k].type != Tok::Word)
        return false;
    bool found = false;
    L.magnitudeTable.find(t, k, [&](int payload, int l) {
        if ((payload & 3) != Lex::MagnitudeWord)
            return false;
        *factor = L.magnitudes[std::size_t(payload >> 2)].factor;
        *len = l;
        found = true;
        return true;
    });
    return found;
}

bool Scanner::startsNumber(int k) const {
    if (!ok(k))
        return false;
    if (t[k].type == Tok::Digits)
        return true;
    if ((t[k].is(u'.') || t[k].is(u'-') || t[k].is(u'+') || t[k].is(0x2212)) && gluedDigits(k + 1))
        return true;
    const Lex::NumberWord *w = word(k);
    if (!w)
        return false;
    switch (w->cls) {
    case WC::Digit:
    case WC::Teen:
    case WC::Tens:
    case WC::Article:
    case WC::Fraction:
    case WC::Vulgar:
        return true;
    default:
        return false;
    }
}

double Scanner::digitsValue(int k) const {
    double v = 0;
    for (int c = t[k].start; c < t[k].end; ++c)
        v = v * 10 + (m_text[c].unicode() - u'0');
    return v;
}

// Digits with separators, decimals, exponents and fractions: "1,234,567.89",
// "12,34,567", "40 000", ".08", "1.3e6", "1.1^23", "3/4", "2 1/4", "2½", "21st".
bool Scanner::parseLiteral(int k, Literal &lit) const {
    char buf[128];
    int bl = 0;
    auto append = [&](int tk) {
        for (int c = t[tk].start; c < t[tk].end && bl < 120; ++c)
            buf[bl++] = char(m_text[c].unicode());
    };
    const bool dottedContext = k >= 2 && t[k].glued() && t[k - 1].is(u'.') && t[k - 1].glued() &&
                               t[k - 2].type == Tok::Digits;
    int e;
    if (t[k].is(u'.')) {
        if (!gluedDigits(k + 1) || (t[k].glued() && k > 0 && t[k - 1].type != Tok::Punct))
            return false;
        buf[bl++] = '0';
        buf[bl++] = '.';
        append(k + 1);
        e = k + 2;
        lit.integer = false;
    } else {
        if (t[k].type != Tok::Digits)
            return false;
        append(k);
        e = k + 1;
        const int len = t[k].length();
        auto group = [&](int j, int digits) {
            return gluedPunct(j, u',') && gluedDigits(j + 1) && t[j + 1].length() == digits;
        };
        auto spaced = [&](int j) {
            return ok(j) && t[j].gap == Tok::Space && t[j].type == Tok::Digits &&
                   t[j].length() == 3;
        };
        if (!dottedContext) {
            if (len <= 3 && group(e, 3)) {
                while (group(e, 3)) {
                    append(e + 1);
                    e += 2;
                }
                lit.separators = true;
            } else if (len <= 2 && group(e, 2)) {
                int j = e;
                while (group(j, 2))
                    j += 2;
                if (group(j, 3)) { // Indian grouping: 12,34,567
                    for (int g = e; g <= j; g += 2)
                        append(g + 1);
                    e = j + 2;
                    lit.separators = true;
                }
            } else if (len <= 3 && spaced(e) && !gluedPunct(e + 1, u'/')) {
                while (spaced(e) && !gluedPunct(e + 1, u'/')) {
                    append(e);
                    ++e;
                }
                lit.separators = true;
            }
            if (gluedPunct(e, u'.') && gluedDigits(e + 1)) {
                if (gluedPunct(e + 2, u'.') && gluedDigits(e + 3) && !lit.separators) {
                    lit.dotted = true; // an address or version: each group on its own
                } else {
                    buf[bl++] = '.';
                    append(e + 1);
                    e += 2;
                    lit.integer = false;
                }
            }
        }
    }
    double v = 0;
    if (std::from_chars(buf, buf + bl, v).ec != std::errc())
        return false;
    if (!lit.dotted) {
        // 1e10, 12.32e+14
        if (ok(e) && t[e].glued() && t[e].type == Tok::Word && t[e].length() == 1 &&
            (t[e].ch == u'e' || t[e].ch == u'E')) {
            int j = e + 1;
            bool neg = false;
            if (ok(j) && t[j].glued() && (t[j].is(u'+') || t[j].is(u'-'))) {
                neg = t[j].is(u'-');
                ++j;
            }
            if (gluedDigits(j) && !(ok(j + 1) && t[j + 1].glued() && isAlnum(t[j + 1]))) {
                const double x = digitsValue(j);
                v *= std::pow(10.0, neg ? -x : x);
                e = j + 1;
                lit.integer = v == std::floor(v);
            }
        }
        // 1.3x10^6
        const bool times = ok(e) && t[e].glued() &&
                           ((t[e].type == Tok::Word && t[e].length() == 1 &&
                             (t[e].ch == u'x' || t[e].ch == u'X')) ||
                            t[e].is(0x00D7));
        if (times && gluedDigits(e + 1) && tokenEquals(e + 1, u"10") && gluedPunct(e + 2, u'^')) {
            int j = e + 3;
            bool neg = false;
            while (ok(j) && t[j].glued() && (t[j].is(u'-') || t[j].is(u'+'))) {
                neg = neg != t[j].is(u'-');
                ++j;
            }
            if (gluedDigits(j)) {
                const double x = digitsValue(j);
                v *= std::pow(10.0, neg ? -x : x);
                e = j + 1;
                lit.integer = v == std::floor(v);
            }
        } else if (gluedPunct(e, u'^')) { // 1.1^23, 2.5^-1
            int j = e + 1;
            bool neg = false;
            while (ok(j) && t[j].glued() && (t[j].is(u'-') || t[j].is(u'+'))) {
                neg = neg != t[j].is(u'-');
                ++j;
            }
            if (gluedDigits(j)) {
                const double x = digitsValue(j);
                v = std::pow(v, neg ? -x : x);
                e = j + 1;
                lit.integer = v == std::floor(v);
            }
        }
        // fractions: 3/4, 2 1/4, 2½ (not dates: 5/17/2018)
        if (lit.integer && !lit.separators) {
            // not "5/17/2018", not "+1-222-2222/2222"
            const bool afterSlash = k >= 1 && t[k].glued() &&
                                    (t[k - 1].is(u'/') || (isHyphen(t[k - 1]) && k >= 2 &&
                                                           t[k - 2].type == Tok::Digits));
            int w = 0;
            if (gluedPunct(e, u'/') && gluedDigits(e + 1) && !gluedPunct(e + 2, u'/') &&
                !afterSlash) {
                const double den = digitsValue(e + 1);
                if (den > 0 && v < den) { // proper only: "24/7", "50/50" are two numbers
                    v /= den;
                    e += 2;
                    lit.integer = false;
                    lit.fraction = true;
                }
            } else if (ok(e + 2) && t[e].type == Tok::Digits &&
                       (t[e].gap == Tok::Space || t[e].gap == Tok::Spaces) &&
                       gluedPunct(e + 1, u'/') && gluedDigits(e + 2) && !gluedPunct(e + 3, u'/') &&
                       !afterSlash) {
                const double num = digitsValue(e), den = digitsValue(e + 2);
                if (den > 0 && num < den) {
                    v += num / den;
                    e += 3;
                    lit.integer = false;
                    lit.fraction = true;
                }
            } else if (sameLine(e) && t[e].type == Tok::Punct && t[e].gap != Tok::Spaces) {
                const Lex::NumberWord *vw = word(e, &w);
                if (vw && vw->cls == WC::Vulgar) {
                    v += vw->value;
                    e += w;
                    lit.integer = false;
                    lit.fraction = true;
                }
            }
        }
        // 21st, 1/10th
        if (ok(e) && t[e].glued() && t[e].type == Tok::Word && (lit.integer || lit.fraction)) {
            int w = 0;
            const Lex::NumberWord *sw = word(e, &w);
            if (sw && sw->cls == WC::OrdinalSuffix && w == 1) {
                ++e;
                lit.ordinal = lit.integer;
            }
        }
    }
    lit.end = e;
    lit.value = v;
    return std::isfinite(v);
}

bool Scanner::readItem(int j, const Card &s, bool connected, bool money, Item &it) const {
    if (!ok(j))
        return false;
    if (t[j].type == Tok::Digits || t[j].is(u'.')) {
        if (s.last != Last::None && !s.literal)
            return false; // digits after number words: "one 2" is two numbers
        Literal lit;
        if (!parseLiteral(j, lit))
            return false;
        if ((lit.dotted || lit.ordinal) && s.last != Last::None)
            return false;
        it = Item{Last::Literal,  lit.value,   lit.end,    lit.integer,
                  lit.separators, lit.ordinal, lit.dotted, nullptr};
        return true;
    }
    int len = 0;
    if (const Lex::NumberWord *w = word(j, &len)) {
        Last type;
        switch (w->cls) {
        case WC::Digit:
            type = Last::Unit;
            break;
        case WC::Teen:
            type = Last::Teen;
            break;
        case WC::Tens:
            type = Last::Tens;
            break;
        case WC::Hundred:
            type = Last::Hundred;
            break;
        case WC::Dozen:
            type = Last::Dozen;
            break;
        default:
            return false;
        }
        it = Item{type, w->value, j + len, true, false, false, false, w};
        return true;
    }
    int mag = -1, mlen = 0;
    L.magnitudeTable.find(t, j, [&](int payload, int l) {
        const int role = payload & 3;
        if (role != Lex::MagnitudeWord) {
            // symbols only right after digits: "128K", "10 M", "£5m"
            if (s.last != Last::Literal || connected || t[j].gap > Tok::Space)
                return false;
            if (role == Lex::MagnitudeMoney && !money)
                return false;
        }
        mag = payload >> 2;
        mlen = l;
        return true;
    });
    if (mag < 0)
        return false;
    it = Item{
        Last::Scale, L.magnitudes[std::size_t(mag)].factor, j + mlen, true, false, false, false,
        nullptr};
    return true;
}

// Adds one item to a cardinal, or returns false when it cannot follow.
bool Scanner::apply(Card &s, const Item &it, bool conj, bool hyphen) {
    const double v = it.value;
    const bool afterMultiplier = s.last == Last::Hundred || s.last == Last::Scale;
    switch (it.type) {
    case Last::Unit:
        if (s.last == Last::None) {
            s.rest = v;
            s.last = Last::Unit;
        } else if (s.last == Last::Tens && !conj) {
            s.rest += v;
            s.last = Last::TensUnit;
        } else if (afterMultiplier && !hyphen && !(conj && v == 0)) {
            s.rest += v;
            s.last = Last::Unit;
        } else {
            return false;
        }
        break;
    case Last::Teen:
    case Last::Tens:
        if (s.last == Last::None)
            s.rest = v;
        else if (afterMultiplier && !hyphen)
            s.rest += v;
        else
            return false;
        s.last = it.type;
        if (it.type == Last::Tens) {
            s.tensValue = v;
            s.tensAfterConj = conj;
        }
        break;
    case Last::Literal:
        if (s.last == Last::None) {
            s.rest = v;
            s.literal = true;
            s.integer = it.integer;
            s.separators = it.separators;
            s.ordinal = it.ordinal;
            s.dotted = it.dotted;
        } else if (afterMultiplier && !hyphen && s.literal && it.integer && !it.separators &&
                   v > 0 && v < (s.last == Last::Hundred ? 100 : s.recentScale)) {
            s.rest += v;
        } else {
            return false;
        }
        s.last = Last::Literal;
        break;
    case Last::Hundred: {
        const bool small = s.last == Last::Unit || s.last == Last::Teen || s.last == Last::Tens ||
                           s.last == Last::TensUnit;
        if (conj || s.hundreds != 0 || !(s.rest > 0))
            return false;
        if (!(small && s.rest < 100) &&
            !(s.last == Last::Literal && (s.total == 0 || s.rest < 100)))
            return false;
        s.hundreds = s.rest * 100;
        s.rest = 0;
        s.last = Last::Hundred;
        s.afterConj = false;
        break;
    }
    case Last::Dozen:
        if (conj || s.last == Last::None || afterMultiplier || s.last == Last::Dozen ||
            !(s.rest > 0))
            return false;
        s.rest *= 12;
        s.last = Last::Dozen;
        s.afterConj = false;
        break;
    case Last::Scale:
        if (conj)
            return false;
        if (s.last == Last::Scale && !hyphen && v > s.recentScale) {
            // "three lakh crore", "a hundred thousand million"
            s.total += s.recentGroup * (v - 1);
            s.recentGroup *= v;
            s.recentScale *= v;
            s.lastScale = s.recentScale;
        } else if (s.last != Last::None && s.last != Last::Scale && s.hundreds + s.rest > 0 &&
                   v < s.lastScale) {
            const double g = s.hundreds + s.rest;
            s.total += g * v;
            s.recentGroup = g * v;
            s.recentScale = v;
            s.lastScale = v;
            s.hundreds = s.rest = 0;
        } else {
            return false;
        }
        s.last = Last::Scale;
        s.afterConj = false;
        break;
    case Last::None:
    case Last::TensUnit:
        return false;
    }
    return true;
}

// Reads a cardinal number of digits and words from token i.
bool Scanner::cardinal(int i, Card &s, bool money, int articleLen) const {
    s = Card{};
    int k = i;
    if (articleLen > 0) { // "a hundred", "a million", "a dozen"
        s.rest = 1;
        s.last = Last::Unit;
        s.items = 1;
        k = i + articleLen;
        s.end = k;
    }
    Card beforeConj;
    bool haveBefore = false;
    while (ok(k)) {
        int j = k, len = 0;
        bool conj = false, hyphen = false;
        if (s.last != Last::None) {
            if (t[j].gap == Tok::Newline)
                break;
            if (isHyphen(t[j])) {
                hyphen = true;
                ++j;
            } else if (wordIs(j, WC::Conjunction, &len)) {
                conj = true;
                j += len;
            }
            if (!sameLine(j))
                break;
            if (s.ordinal || s.dotted)
                break;
        }
        Item it;
        if (!readItem(j, s, hyphen || conj, money, it))
            break;
        if (it.type == Last::Literal && s.last != Last::None && t[j].glued())
            break; // "$12.0B93%": digits glued to a scale belong to something else
        Card next = s;
        if (!apply(next, it, conj, hyphen)) {
            // "3 hundred and 2 hundred": the group after "and" belongs to the next number
            if (s.afterConj && haveBefore &&
                (it.type == Last::Hundred || it.type == Last::Scale || it.type == Last::Dozen))
                s = beforeConj;
            break;
        }
        if (conj) {
            beforeConj = s;
            haveBefore = true;
            next.afterConj = true;
            next.beforeConjValue = s.value();
            next.beforeConjScale = s.last == Last::Scale ? s.recentScale : 0;
        }
        next.end = it.end;
        ++next.items;
        s = next;
        k = it.end;
    }
    return s.last != Last::None && (s.items > 0);
}

// Teen, tens, tens-digit or a digit word ("point seventy-one").
bool Scanner::readSmall(int j, double *value, int *end) const {
    int len = 0;
    const Lex::NumberWord *w = word(j, &len);
    if (!w || (w->cls != WC::Digit && w->cls != WC::Teen && w->cls != WC::Tens))
        return false;
    *value = w->value;
    *end = j + len;
    if (w->cls == WC::Tens) {
        int k = *end;
        if (sameLine(k) && isHyphen(t[k]))
            ++k;
        int l2 = 0;
        const Lex::NumberWord *u = sameLine(k) ? word(k, &l2) : nullptr;
        if (u && u->cls == WC::Digit && u->value > 0) {
            *value += u->value;
            *end = k + l2;
        }
    }
    return true;
}

bool Scanner::denominatorAt(int j, Denominator &d) const {
    if (!sameLine(j))
        return false;
    if (isHyphen(t[j]))
        ++j;
    if (!sameLine(j))
        return false;
    int len = 0;
    const Lex::NumberWord *w = word(j, &len);
    if (!w)
        return false;
    if (w->cls == WC::Fraction || (w->cls == WC::Ordinal && w->denominator)) {
        d = Denominator{w->value, w->plural, false, j + len};
        return true;
    }
    if (w->cls == WC::Tens) { // "twenty-fifths", "twenty fifths"
        int k = j + len;
        if (sameLine(k) && isHyphen(t[k]))
            ++k;
        int l2 = 0;
        const Lex::NumberWord *o = sameLine(k) ? word(k, &l2) : nullptr;
        if (o && o->cls == WC::Ordinal && o->value < 10) {
            d = Denominator{w->value + o->value, o->plural, true, k + l2};
            return true;
        }
    }
    return false;
}

// "of a million", "million" after a fraction.
bool Scanner::trailingScale(int &e, double &v) const {
    double f = 1;
    int len = 0, l1 = 0, l2 = 0;
    if (sameLine(e) && wordIs(e, WC::Of, &l1) && sameLine(e + l1) &&
        wordIs(e + l1, WC::Article, &l2) && sameLine(e + l1 + l2) &&
        scaleWordAt(e + l1 + l2, &f, &len)) {
        v *= f;
        e += l1 + l2 + len;
        return true;
    }
    if (sameLine(e) && scaleWordAt(e, &f, &len)) {
        v *= f;
        e += len;
        return true;
    }
    return false;
}

bool Scanner::parseCore(int i, Core &c, bool money, bool allowRatio) const {
    c = Core{};
    c.begin = i;
    int len = 0, articleLen = 0;
    if (const Lex::NumberWord *w0 = word(i, &len)) {
        switch (w0->cls) {
        case WC::Vulgar:
            c.value = c.raw = w0->value;
            c.end = i + len;
            c.integer = false;
            return true;
        case WC::Multiplier:
            c.value = c.raw = w0->value;
            c.end = i + len;
            c.multiplier = true;
            return true;
        case WC::Ordinal:
            if (w0->plural)
                return false;
            c.value = c.raw = w0->value;
            c.end = i + len;
            c.ordinal = true;
            return true;
        case WC::Fraction: { // "half", "half a dozen", "quarter million"
            if (w0->plural)
                return false;
            int e = i + len, l1 = 0, l2 = 0;
            double v = 1.0 / w0->value;
            bool multiplied = false;
            if (sameLine(e) && wordIs(e, WC::Article, &l1) && sameLine(e + l1)) {
                const Lex::NumberWord *m = word(e + l1, &l2);
                double f = 1;
                if (m && (m->cls == WC::Dozen || m->cls == WC::Hundred)) {
                    v *= m->value;
                    e += l1 + l2;
                    multiplied = true;
                } else if (scaleWordAt(e + l1, &f, &l2)) {
                    v *= f;
                    e += l1 + l2;
                    multiplied = true;
                }
            }
            if (!multiplied)
                multiplied = trailingScale(e, v);
            if (!multiplied && w0->value != 2)
                return false; // "quarter" alone is mostly a time of year
            if (!multiplied && ok(e + 1) && t[e].glued() && isHyphen(t[e]) && t[e + 1].glued())
                return false; // "half-marathon", "half-life"
            c.value = c.raw = v;
            c.end = e;
            c.integer = v == std::floor(v);
            c.scaled = multiplied;
            return true;
        }
        case WC::Article: { // "a third", "a half", "a twenty-first", "a dozen", "a million"
            const int j = i + len;
            if (!sameLine(j))
                return false;
            Denominator d;
            int l1 = 0;
            const Lex::NumberWord *w1 = word(j, &l1);
            if (denominatorAt(j, d) && !isHyphen(t[j])) {
                if (d.plural)
                    return false;
                double v = 1.0 / d.value;
                int e = d.end;
                const bool multiplied = trailingScale(e, v);
                const bool ordinalWord = w1 && w1->cls != WC::Fraction;
                if (ok(e) && t[e].glued() && isHyphen(t[e]))
                    return false; // "a third-party supplier", "a half-hour"
                // "a third of", "a fifth." are fractions; "a third term" is an ordinal
                if (ordinalWord && !multiplied && sameLine(e) && t[e].type != Tok::Punct &&
                    !wordIs(e, WC::Of))
                    return false;
                c.value = c.raw = v;
                c.end = e;
                c.integer = false;
                c.scaled = multiplied;
                return true;
            }
            double f = 1;
            int l2 = 0;
            if (!(w1 && (w1->cls == WC::Hundred || w1->cls == WC::Dozen)) &&
                !scaleWordAt(j, &f, &l2))
                return false;
            articleLen = len;
            break;
        }
        case WC::Digit:
        case WC::Teen:
        case WC::Tens:
            break;
        default:
            return false;
        }
    } else if (t[i].type != Tok::Digits && !t[i].is(u'.')) {
        return false;
    }

    Card s;
    if (!cardinal(i, s, money, articleLen))
        return false;
    c.literal = s.literal;
    c.integer = s.integer;
    c.separators = s.separators;
    c.ordinal = s.ordinal;
    c.scaled = s.recentScale > 0;
    double v = s.value();
    int e = s.end;
    if (s.last == Last::Scale && s.total == s.recentGroup && s.recentScale > 0) {
        c.raw = s.recentGroup / s.recentScale;
        c.scale = s.recentScale;
    } else {
        c.raw = v;
    }
    if (c.ordinal || s.dotted) {
        c.value = v;
        c.end = e;
        return true;
    }
    bool fraction = false;
    int len2 = 0;
    // "two point five (million)"
    if (!s.literal && sameLine(e) && wordIs(e, WC::DecimalPoint, &len2) && sameLine(e + len2)) {
        int j = e + len2, l = 0;
        std::string digits;
        const Lex::NumberWord *w;
        while (sameLine(j) && (w = word(j, &l)) && w->cls == WC::Digit && w->value < 10) {
            digits += char('0' + int(w->value));
            j += l;
        }
        double small = 0;
        int end = 0;
        if (digits.empty() && readSmall(j, &small, &end)) {
            digits = std::to_string(int(small));
            j = end;
        }
        if (!digits.empty()) {
            double frac = 0;
            const std::string text = "0." + digits;
            std::from_chars(text.data(), text.data() + text.size(), frac);
            v += frac;
            e = j;
            c.integer = false;
            double f = 1;
            int l3 = 0;
            if (sameLine(e) && scaleWordAt(e, &f, &l3)) {
                v *= f;
                e += l3;
                c.scaled = true;
            }
            c.raw = v;
        }
    }
    // fractions: "two thirds", "one hundred thirty-fifths", "one hundred and three quarters"
    Denominator d;
    if (c.integer && !s.literal && s.last != Last::Dozen && denominatorAt(e, d)) {
        double num = v, base = 0, baseScale = 0;
        bool added = false;
        if (s.last == Last::Tens && s.items >= 2 && !s.tensAfterConj && d.value < 10 &&
            !d.compound) {
            num = v - s.tensValue; // "one hundred thirty fifths" is 100/35
            d.value += s.tensValue;
        } else if (s.afterConj && v - s.beforeConjValue < d.value) {
            // a proper fraction after "and" is added: "one hundred and three quarters"
            // is 100 + 3/4, "two million and a half" 2.5 million
            added = true;
            base = s.beforeConjValue;
            baseScale = s.beforeConjScale;
            num = v - s.beforeConjValue;
        }
        if (d.plural || num == 1) {
            double frac = num / d.value;
            e = d.end;
            fraction = true;
            c.integer = false;
            double f = 1;
            int l3 = 0;
            if (added && sameLine(e) && scaleWordAt(e, &f, &l3)) {
                frac *= f;
                e += l3;
            } else if (added && baseScale >= 1000) {
                frac *= baseScale;
            } else if (!added && trailingScale(e, frac)) {
                c.scaled = true;
            }
            v = base + frac;
            c.raw = v;
        }
    }
    // "one and a half", "five and a half million", "3 million and a quarter",
    // "two and fifty-four hundredths"
    int lc = 0;
    if (!fraction && sameLine(e) && wordIs(e, WC::Conjunction, &lc) && sameLine(e + lc)) {
        const int j = e + lc;
        int l1 = 0, numEnd = j;
        const Lex::NumberWord *w = word(j, &l1);
        double num = 0;
        if (w && w->cls == WC::Article) {
            num = 1;
            numEnd = j + l1;
        } else if (!readSmall(j, &num, &numEnd)) {
            num = 0;
        }
        Denominator d2;
        if (num > 0 && ok(numEnd) && !isHyphen(t[numEnd]) && denominatorAt(numEnd, d2) &&
            (d2.plural || num == 1) && num < d2.value) {
            const double frac = num / d2.value;
            int e2 = d2.end;
            double f = 1;
            int l3 = 0;
            if (sameLine(e2) && scaleWordAt(e2, &f, &l3)) {
                v = s.total == 0 ? (v + frac) * f : v + frac * f;
                e2 += l3;
                c.scaled = true;
            } else if (s.last == Last::Scale && s.recentScale >= 1000) {
                v += frac * s.recentScale;
            } else {
                v += frac;
            }
            e = e2;
            fraction = true;
            c.integer = false;
            c.raw = v;
        }
    }
    // ordinals after a cardinal: "twenty-first", "one hundred twenty fifth"
    if (!fraction && sameLine(e)) {
        int j = e, l = 0;
        const bool hy = isHyphen(t[j]);
        if (hy)
            ++j;
        const Lex::NumberWord *o = sameLine(j) ? word(j, &l) : nullptr;
        if (o && o->cls == WC::Ordinal && !o->plural && o->value < 10 &&
            (s.last == Last::Tens ||
             (!hy && (s.last == Last::Hundred || s.last == Last::Scale) && !s.literal))) {
            v += o->value;
            e = j + l;
            c.ordinal = true;
            c.raw = v;
        }
    }
    // "one over three", "2000 over 3", "one out of three"
    int lr = 0;
    if (allowRatio && !fraction && !c.ordinal && !c.scaled && sameLine(e) &&
        wordIs(e, WC::Ratio, &lr) && sameLine(e + lr)) {
        const Lex::NumberWord *r = word(e, &lr);
        Card right;
        if (cardinal(e + lr, right, false, 0) && !right.ordinal && !right.dotted &&
            right.value() > 0 && !(r->ordered && v > right.value())) {
            const int after = right.end;
            const bool atEnd = !sameLine(after) || t[after].type == Tok::Punct;
            if (r->ordered || atEnd) {
                v /= right.value();
                e = after;
                c.integer = false;
                c.raw = v;
            }
        }
    }
    c.value = v;
    c.end = e;
    return std::isfinite(v);
}

// Whether the number at k is followed by a currency ("10 $ 30 $", "10 rmb 20
// usd"): then a sign or code before it closed the previous amount.
bool Scanner::suffixStyle(int k) const {
    Core next;
    if (!parseCore(k, next, false, false) || !sameLine(next.end))
        return false;
    bool currency = false;
    L.currencyTable.find(t, next.end, [&](int payload, int) {
        // a sign or code, or a minor unit ("10 $ 30 cent"); a main unit's name
        // is written after its own amount ("1 $10 dollars bill")
        currency =
            (payload & 3) != Lex::CurrencyName || L.currencies[std::size_t(payload >> 2)].subunit;
        return currency;
    });
    return currency;
}

// A code written with a scale letter: "MUSD" is a million dollars.
int Scanner::codeWithScale(int k, double *scale) const {
    if (!ok(k) || t[k].type != Tok::Word || t[k].length() != 4)
        return -1;
    const QStringView w = m_text.mid(t[k].start, 4);
    for (const QChar c : w)
        if (c.unicode() > 0x7F || !c.isUpper())
            return -1;
    for (const auto &[letter, mag] : L.codePrefixes) {
        if (w[0].unicode() != letter)
            continue;
        std::vector<Tok> one(1);
        one[0].type = Tok::Word;
        one[0].fold = QuantityTokenizer::foldHash(w.mid(1));
        one[0].exact = QuantityTokenizer::exactHash(w.mid(1));
        int found = -1;
        L.currencyTable.find(one, 0, [&](int payload, int) {
            if ((payload & 3) != Lex::CurrencyCode)
                return false;
            found = payload >> 2;
            return true;
        });
        if (found >= 0) {
            *scale = L.magnitudes[std::size_t(mag)].factor;
            return found;
        }
    }
    return -1;
}

// A currency symbol or code before an amount: "$", "US$", "C $", "USD", "MAUD".
int Scanner::currencyPrefixAt(int k, int *len, double *scale) const {
    int found = -1;
    *scale = 1;
    int role = -1;
    L.currencyTable.find(t, k, [&](int payload, int l) {
        if ((payload & 3) == Lex::CurrencyName || L.currencies[std::size_t(payload >> 2)].subunit)
            return false;
        found = payload >> 2;
        role = payload & 3;
        *len = l;
        return true;
    });
    if (found >= 0 && role == Lex::CurrencyCode && gluedPunct(k + *len, u'$'))
        ++*len; // "usd$ 15", "NZD$15": the code says which dollar
    if (found < 0) {
        found = codeWithScale(k, scale);
        *len = 1;
    }
    if (found >= 0 && !(sameLine(k + *len) && startsNumber(k + *len)))
        return -1;
    return found;
}

// A unit phrase at p. Glued symbols ("8x") only right after the number;
// compound names ("in" of "5 ft 2 in") only when compoundOnly.
bool Scanner::unitAt(int p, bool gluedToNumber, bool compoundOnly, int *unit, int *len,
                     bool connected) const {
    if (connected ? !sameLine(p) : !ok(p))
        return false;
    int found = -1;
    L.unitTable.find(t, p, [&](int payload, int l) {
        const int role = payload & 3;
        if (role == Lex::UnitGlued && !gluedToNumber)
            return false;
        if (role == Lex::UnitCompoundName && !compoundOnly)
            return false;
        found = payload >> 2;
        *len = l;
        return true;
    });
    if (found < 0)
        return false;
    *unit = found;
    return true;
}

// The unit, percent sign or currency after a number: "%", "km", "-inch", "(kg)",
// "dollars", "USD million", "million monthly active users".
bool Scanner::findSuffix(int e, const Core &c, Amount &a, double &value) const {
    if (!sameLine(e))
        return false;
    struct Candidate {
        int pos = 0, len = 0, close = 0, unit = -1, currency = -1;
        double scale = 1;
    };
    auto look = [&](int p, bool glued, bool money, Candidate &best) {
        int u = -1, ul = 0;
        if (!a.currencyPrefix && unitAt(p, glued, false, &u, &ul) && ul > best.len) {
            best = Candidate{p, ul, 0, u, -1, 1};
        }
        if (!money)
            return;
        int cur = -1, cl = 0;
        L.currencyTable.find(t, p, [&](int payload, int l) {
            const int idx = payload >> 2;
            const int role = payload & 3;
            if (a.currencyPrefix) {
                // "$10 dollars": only the same currency's name
                if (role != Lex::CurrencyName ||
                    L.currencies[std::size_t(idx)].code !=
                        L.currencies[std::size_t(a.currency)].code ||
                    L.currencies[std::size_t(idx)].subunit)
                    return false;
            } else if (role != Lex::CurrencyName && sameLine(p + l) && startsNumber(p + l) &&
                       !wordIs(p + l, WC::Article) && !suffixStyle(p + l)) {
                return false; // "$2.50$10.00": the sign belongs to the next amount
            }
            cur = idx;
            cl = l;
            return true;
        });
        double scale = 1;
        if (cur < 0 && !a.currencyPrefix) {
            cur = codeWithScale(p, &scale);
            cl = 1;
        }
        // "pounds": money when a scale word is used ("361 million pounds"), else weight
        if (cur >= 0 && (cl > best.len || (cl == best.len && c.scaled)))
            best = Candidate{p, cl, 0, -1, cur, scale};
    };
    Candidate best;
    look(e, t[e].glued(), true, best);
    if (best.len == 0 && isHyphen(t[e]) && t[e].glued() && ok(e + 1) && t[e + 1].glued()) {
        look(e + 1, false, true, best); // "3-inch", "128K-token", "12-cent"
    }
    if (best.len == 0 && !a.currencyPrefix && t[e].type == Tok::Punct) {
        static const char16_t open[] = u"([{<";
        static const char16_t close[] = u")]}>";
        for (int b = 0; b < 4; ++b) {
            if (!t[e].is(open[b]))
                continue;
            Candidate inner;
            look(e + 1, false, false, inner);
            if (inner.len > 0 && inner.unit >= 0 && ok(e + 1 + inner.len) &&
                t[e + 1 + inner.len].is(close[b])) {
                best = inner;
                best.close = 1;
                best.pos = e + 1;
            }
        }
    }
    // "300 million monthly active users": a counted noun after up to two words
    if (best.len == 0 && !a.currencyPrefix && (c.scaled || c.separators)) {
        int p = e;
        for (int f = 0; f < 2 && best.len == 0; ++f) {
            if (!sameLine(p) || t[p].type != Tok::Word || t[p].cjk || t[p].gap == Tok::Glued)
                break;
            const QChar first = m_text[t[p].start];
            if (!first.isLower() || word(p))
                break;
            ++p;
            int u = -1, ul = 0;
            if (unitAt(p, false, false, &u, &ul) && L.units[std::size_t(u)].kind == UK::Count)
                best = Candidate{p, ul, 0, u, -1, 1};
        }
    }
    if (best.len == 0)
        return false;
    a.end = best.pos + best.len + best.close;
    if (best.currency >= 0) {
        a.currency = best.currency;
        value *= best.scale;
        // "75 USD million"
        double f = 1;
        int l = 0;
        if (sameLine(a.end) && scaleWordAt(a.end, &f, &l)) {
            value *= f;
            a.end += l;
        }
    } else {
        a.unit = best.unit;
    }
    return true;
}

// Digits glued to letters before them, or joined to them by "-", "_", "+", ".":
// "K200", "R3", "Vela-5.5", "ZX-2", "N+2", "v1.2.3". A bound written as a
// prefix ("sub-5nm") is not an identifier.
bool Scanner::leftIdentifier(int k) const {
    if (k == 0 || !t[k].glued())
        return false;
    const Tok &p = t[k - 1];
    if (p.type == Tok::Word && !p.cjk)
        return true;
    if (k >= 2 && p.glued() && t[k - 2].type != Tok::Punct && !t[k - 2].cjk &&
        (isHyphen(p) || p.is(u'_') || p.is(u'+') || p.is(u'.'))) {
        if (t[k - 2].type == Tok::Digits && (isHyphen(p) || p.is(u'.')))
            return false; // "2020-21", "192.168.1.2"
        bool modifier = false;
        L.modifiersBefore.find(t, k - 1, [&](int, int) { return modifier = true; });
        return !modifier;
    }
    return false;
}

// Letters or digits glued after the amount: "720X", "5G", "3A6000", "6pm".
bool Scanner::rightIdentifier(int end) const {
    if (end <= 0 || !ok(end) || !t[end].glued() || !isAlnum(t[end - 1]))
        return false;
    if (isAlnum(t[end]))
        return true;
    // "24703 L-202": a letter code with digits after a dash
    return t[end - 1].type == Tok::Word && (isHyphen(t[end]) || t[end].is(u'_')) &&
           gluedDigits(end + 1);
}

// The end of a run of glued letters, digits and joiners starting at k.
int Scanner::skipRun(int k) const {
    int j = k + 1;
    while (ok(j) && t[j].glued()) {
        if (isAlnum(t[j])) {
            ++j;
        } else if ((t[j].is(u'.') || t[j].is(u',') || isHyphen(t[j]) || t[j].is(u'_') ||
                    t[j].is(u'+')) &&
                   ok(j + 1) && t[j + 1].glued() && isAlnum(t[j + 1])) {
            j += 2;
        } else {
            break;
        }
    }
    return j;
}

// Whether a and b can be the two ends of a range; completes the side without
// a unit or a scale from the other ("30-40%", "$8-10B", "5 to 7 million").
bool Scanner::compatible(Amount &left, Amount &right, bool dash) const {
    Amount a = left, b = right;
    if (!joinable(a, b, dash))
        return false;
    left = a;
    right = b;
    return true;
}

bool Scanner::joinable(Amount &a, Amount &b, bool dash) const {
    if (a.core.ordinal || b.core.ordinal || a.duration || b.duration || a.range || b.range)
        return false;
    if (a.hasUnit() && b.hasUnit()) {
        if (a.currency >= 0 && b.currency >= 0) {
            if (L.currencies[std::size_t(a.currency)].code !=
                L.currencies[std::size_t(b.currency)].code)
                return false;
        } else if (a.unit >= 0 && b.unit >= 0) {
            const Lex::Unit &ua = L.units[std::size_t(a.unit)];
            const Lex::Unit &ub = L.units[std::size_t(b.unit)];
            if (ua.base != ub.base || ua.kind != ub.kind)
                return false;
        } else {
            return false;
        }
    } else if (b.hasUnit()) {
        a.currency = b.currency;
        a.unit = b.unit;
        a.low = inBase(a.low, b.factor);
        a.factor = b.factor;
    } else if (a.hasUnit()) {
        b.low = inBase(b.low, a.factor);
        b.factor = a.factor;
    }
    if (!a.core.scaled && b.core.scaled && b.core.scale > 1 && a.core.value < b.core.raw)
        a.low *= b.core.scale;
    if (!(a.low <= b.low))
        return false;
    if (dash && !b.core.literal)
        return false; // "three-nought-four" is no range
    if (dash && ok(b.end + 1) && t[b.end].glued() && (isDash(t[b.end]) || t[b.end].is(u'/')) &&
        gluedDigits(b.end + 1))
        return false; // "+1-222-2222": a phone number
    if (dash && a.begin >= 2 && t[a.begin].glued() && isDash(t[a.begin - 1]) &&
        t[a.begin - 2].type == Tok::Digits)
        return false;
    return true;
}

// "5 ft 2 in", "5 feet and 2 inches"
void Scanner::joinCompound(Amount &a, double &value) const {
    const Lex::Unit &u = L.units[std::size_t(a.unit)];
    if (u.compound.empty())
        return;
    int j = a.end, lc = 0;
    if (sameLine(j) && wordIs(j, WC::Conjunction, &lc))
        j += lc;
    Core c2;
    if (!sameLine(j) || !parseCore(j, c2, false, false) || c2.ordinal)
        return;
    int u2 = -1, l2 = 0;
    if (!unitAt(c2.end, t[c2.end < n ? c2.end : 0].glued(), true, &u2, &l2))
        return;
    for (const int allowed : u.compound) {
        if (allowed == u2) {
            value += c2.value * L.units[std::size_t(u2)].factor / u.factor;
            a.end = c2.end + l2;
            return;
        }
    }
}

// "3 dollars 50 cents", "thirteen dollars forty-five", "c $ 100 and fifty".
void Scanner::joinMinor(Amount &a, double &value) const {
    const Lex::Currency &cur = L.currencies[std::size_t(a.currency)];
    if (cur.subunit || !a.core.integer || a.core.scaled)
        return;
    int j = a.end, lc = 0;
    if (sameLine(j) && wordIs(j, WC::Conjunction, &lc))
        j += lc;
    if (!sameLine(j) || t[j].glued() || !startsNumber(j) || t[j].type == Tok::Punct)
        return;
    Core c2;
    if (!parseCore(j, c2, false, false) || !c2.integer || c2.scaled || c2.ordinal || c2.value < 1 ||
        c2.value >= 100)
        return;
    int sub = -1, sl = 0;
    if (sameLine(c2.end)) {
        L.currencyTable.find(t, c2.end, [&](int payload, int l) {
            const Lex::Currency &s = L.currencies[std::size_t(payload >> 2)];
            if ((payload & 3) != Lex::CurrencyName || !s.subunit || s.code != cur.code)
                return false;
            sub = payload >> 2;
            sl = l;
            return true;
        });
    }
    if (sub >= 0) {
        value += c2.value * L.currencies[std::size_t(sub)].factor / cur.factor;
        a.end = c2.end + sl;
        return;
    }
    if (!(cur.minor > 0))
        return;
    const int after = c2.end;
    bool closes = !sameLine(after) || wordIs(after, WC::Conjunction);
    if (!closes && t[after].type == Tok::Punct) {
        const char16_t ch = t[after].ch;
        closes = ch == u'.' || ch == u',' || ch == u';' || ch == u':' || ch == u'!' || ch == u'?' ||
                 ch == u')';
    }
    if (closes) {
        value += c2.value * cur.minor / cur.factor;
        a.end = after;
    }
}

// "$0.28 per million input tokens", "$0.0007/1000 tokens", "900 GB/s", "10 km/ms".
void Scanner::applyRate(Amount &a) const {
    if (a.duration)
        return;
    if (a.currency < 0) {
        if (a.unit < 0)
            return;
        const UK k = L.units[std::size_t(a.unit)].kind;
        if (k != UK::Dimension && k != UK::Count)
            return;
    }
    int j = a.end, l = 0;
    if (!sameLine(j))
        return;
    if (t[j].is(u'/'))
        ++j;
    else if (wordIs(j, WC::Rate, &l))
        j += l;
    else
        return;
    if (!sameLine(j))
        return;
    double count = 1;
    Core c;
    double f = 1;
    int sl = 0;
    if (t[j].type == Tok::Digits && parseCore(j, c, false, false) && !c.ordinal && c.value > 0) {
        count = c.value;
        j = c.end;
    } else if (scaleWordAt(j, &f, &sl)) {
        count = f;
        j += sl;
    } else {
        L.magnitudeTable.find(t, j, [&](int payload, int len) {
            if ((payload & 3) != Lex::MagnitudeSymbol)
                return false;
            count = L.magnitudes[std::size_t(payload >> 2)].factor;
            sl = len;
            return true;
        });
        j += sl;
    }
    const QString numBase = a.currency >= 0 ? L.currencies[std::size_t(a.currency)].code
                                            : L.units[std::size_t(a.unit)].base;
    for (int filler = 0; filler <= 2; ++filler) {
        int u = -1, ul = 0;
        if (unitAt(j, false, false, &u, &ul)) {
            const Lex::Unit &den = L.units[std::size_t(u)];
            if ((den.kind == UK::Dimension || den.kind == UK::Count || den.kind == UK::Duration) &&
                den.base != numBase) {
                const double per = count * den.factor;
                a.low /= per;
                a.high /= per;
                a.unitName = numBase + QLatin1Char('/') + den.perName;
                a.dimension = a.currency >= 0 ? QStringLiteral("price")
                                              : L.units[std::size_t(a.unit)].dimension +
                                                    QLatin1Char('/') + den.dimension;
                a.end = j + ul;
            }
            return;
        }
        // words between: "per million input tokens"
        if (!sameLine(j) || t[j].type != Tok::Word || t[j].cjk || !m_text[t[j].start].isLower() ||
            word(j))
            return;
        ++j;
    }
}

void Scanner::applyModifiers(Amount &a) const {
    // after: "98%+", "~1.6T (est.)", "500 or more"
    if (sameLine(a.end)) {
        int mod = -1, len = 0;
        L.modifiersAfter.find(t, a.end, [&](int idx, int l) {
            const Lex::Modifier &m = L.modifiers[std::size_t(idx)];
            if (m.symbolic && !t[a.end].glued())
                return false;
            if (m.symbolic && (gluedDigits(a.end + l) ||
                               (ok(a.end + l) && t[a.end + l].glued() && isAlnum(t[a.end + l]))))
                return false; // "1+1"
            mod = idx;
            len = l;
            return true;
        });
        if (mod >= 0) {
            const Lex::Modifier &m = L.modifiers[std::size_t(mod)];
            if (m.effect == Lex::Effect::Approximate)
                a.approximate = true;
            else if (!a.range && m.effect == Lex::Effect::LowerBound)
                a.highOpen = true;
            else if (!a.range && m.effect == Lex::Effect::UpperBound)
                a.lowOpen = true;
            if (m.symbolic)
                a.end += len;
        }
    }
    // before: "~1.6T", "about $14 million", "at least 60%", "<$50K"
    int b = a.begin;
    for (int round = 0; round < 2; ++round) {
        if (b - 1 < m_lastEnd || !ok(b) || t[b].gap == Tok::Newline)
            break;
        int mod = -1, len = 0;
        L.modifiersBefore.find(t, b - 1, [&](int idx, int l) {
            if (b - l < m_lastEnd)
                return false;
            const Lex::Modifier &m = L.modifiers[std::size_t(idx)];
            // "$2000 over 3 years": "over" right after an amount is no bound
            if (m.ambiguous && b - l > 0 &&
                (b - l == m_lastEnd || t[b - l - 1].type == Tok::Digits))
                return false;
            if (m.ambiguous && a.duration)
                return false; // "over five years" is a span of time, not a bound
            mod = idx;
            len = l;
            return true;
        });
        if (mod < 0)
            break;
        const Lex::Modifier &m = L.modifiers[std::size_t(mod)];
        if (m.effect == Lex::Effect::Approximate)
            a.approximate = true;
        else if (!a.range && m.effect == Lex::Effect::LowerBound && !a.lowOpen)
            a.highOpen = true;
        else if (!a.range && m.effect == Lex::Effect::UpperBound && !a.highOpen)
            a.lowOpen = true;
        b -= len;
        if (m.symbolic)
            a.begin = b;
    }
}

bool Scanner::parseAmount(int i, Amount &a, bool rangeEnd, int *skipTo) const {
    a = Amount{};
    *skipTo = -1;
    int k = i, len = 0;
    // "percent of 10", "per cent of twenty-two"
    int pu = -1, pl = 0, lo = 0;
    if (t[i].type == Tok::Word && unitAt(i, false, false, &pu, &pl, false) &&
        L.units[std::size_t(pu)].kind == UK::Percent && sameLine(i + pl) &&
        wordIs(i + pl, WC::Of, &lo) && sameLine(i + pl + lo)) {
        Core c;
        if (!parseCore(i + pl + lo, c, false, false) || c.ordinal)
            return false;
        a.begin = i;
        a.end = c.end;
        a.core = c;
        a.unit = pu;
        a.factor = L.units[std::size_t(pu)].factor;
        a.low = a.high = c.value * a.factor;
        return true;
    }
    double prefixScale = 1;
    const int cur = currencyPrefixAt(k, &len, &prefixScale);
    if (cur >= 0) {
        a.currency = cur;
        a.currencyPrefix = true;
        k += len;
    }
    int sign = 1;
    bool signedNumber = false;
    if (ok(k + 1) && (t[k].is(u'-') || t[k].is(0x2212) || t[k].is(u'+')) && t[k + 1].glued() &&
        (t[k + 1].type == Tok::Digits || (t[k + 1].is(u'.') && gluedDigits(k + 2)))) {
        const bool free = k == 0 || !t[k].glued() || a.currencyPrefix ||
                          (t[k - 1].type == Tok::Punct && !isDash(t[k - 1]) && !t[k - 1].is(u'.') &&
                           !t[k - 1].is(u'/') && !t[k - 1].is(u','));
        if (!free)
            return false;
        sign = t[k].is(u'+') ? 1 : -1;
        signedNumber = true;
        ++k;
    } else if (wordIs(k, WC::Negative, &len) && sameLine(k + len) && startsNumber(k + len)) {
        sign = -1;
        k += len;
    }
    if (!ok(k))
        return false;
    Core c;
    if (!parseCore(k, c, a.currencyPrefix, !a.currencyPrefix && !rangeEnd))
        return false;
    if (c.literal && !a.currencyPrefix && !signedNumber && leftIdentifier(k)) {
        *skipTo = skipRun(k);
        return false;
    }
    a.begin = i;
    a.core = c;
    a.end = c.end;
    double value = sign * c.value * prefixScale;
    if (c.multiplier) {
        for (std::size_t u = 0; u < L.units.size(); ++u)
            if (L.units[u].kind == UK::Ratio) {
                a.unit = int(u);
                break;
            }
    } else if (!c.ordinal) {
        findSuffix(c.end, c, a, value);
    }
    if (a.unit >= 0 && L.units[std::size_t(a.unit)].kind == UK::Duration) {
        a.duration = true;
    }
    if (!a.hasUnit() && c.end - c.begin == 1 && c.begin > 0 && sameLine(c.begin)) {
        // "the one you mentioned" is a pronoun; "that one mile" a number
        int wl = 0;
        const Lex::NumberWord *w = word(c.begin, &wl);
        if (w && wl == 1)
            for (const std::uint64_t h : w->notAfter)
                if (t[c.begin - 1].fold == h)
                    return false;
    }
    if (rightIdentifier(a.end)) {
        *skipTo = skipRun(a.end - 1);
        return false;
    }
    if (a.duration) { // "3 years", "5h": the time tagger's; the number alone is ours
        a.end = c.end;
        a.unit = -1;
    }
    if (a.unit >= 0)
        joinCompound(a, value);
    if (a.currency >= 0)
        joinMinor(a, value);
    a.factor = a.unit >= 0       ? L.units[std::size_t(a.unit)].factor
               : a.currency >= 0 ? L.currencies[std::size_t(a.currency)].factor
                                 : 1;
    a.low = a.high = inBase(value, a.factor);

    if (!rangeEnd && !c.ordinal && !a.duration) {
        int j = a.end, l = 0;
        bool connector = false, dash = false;
        // an em dash with spaces is a parenthesis ("in 2025 — 96%"), not a range
        const bool emDash =
            sameLine(j) && t[j].is(0x2014) && !(t[j].glued() && t[j + 1 < n ? j + 1 : j].glued());
        if (sameLine(j) && isDash(t[j]) && !emDash && sameLine(j + 1) && c.literal) {
            connector = dash = true;
            l = 1;
        } else if (sameLine(j) && wordIs(j, WC::RangeTo, &l)) {
            connector = true;
        } else if (m_options.betweenAsRange && sameLine(j) && wordIs(j, WC::Conjunction, &l) &&
                   a.begin > 0 && wordIs(a.begin - 1, WC::RangeBetween)) {
            connector = true;
        }
        Amount b;
        int ignored = -1;
        if (connector && sameLine(j + l) && parseAmount(j + l, b, true, &ignored) &&
            compatible(a, b, dash)) {
            a.high = b.low;
            a.end = b.end;
            a.range = true;
            a.approximate = a.approximate || b.approximate;
        }
    }
    if (!rangeEnd) {
        applyRate(a);
        applyModifiers(a);
    }
    return true;
}

// The token after a date or time of day written with digits ("2026-03-02",
// "10:30"), or k: the time tagger's.
int Scanner::dateOrTimeEnd(int k) const {
    int end = k;
    if (t[k].length() == 4 && gluedPunct(k + 1, u'-') && gluedDigits(k + 2) &&
        t[k + 2].length() == 2 && gluedPunct(k + 3, u'-') && gluedDigits(k + 4) &&
        t[k + 4].length() == 2)
        end = k + 5;
    else if (t[k].length() <= 2 && gluedPunct(k + 1, u':') && gluedDigits(k + 2) &&
             t[k + 2].length() == 2)
        end = gluedPunct(k + 3, u':') && gluedDigits(k + 4) ? k + 5 : k + 3;
    return end > k && ok(end) && t[end].glued() && isAlnum(t[end]) ? skipRun(end) : end;
}

bool Scanner::isUrlStart(int k) const {
    if (t[k].length() > 5 || !ok(k + 1) || !t[k + 1].glued() ||
        !(t[k + 1].ch == u':' || t[k + 1].ch == u'.'))
        return false;
    if ((tokenEquals(k, u"http") || tokenEquals(k, u"https") || tokenEquals(k, u"ftp")) &&
        gluedPunct(k + 1, u':') && gluedPunct(k + 2, u'/'))
        return true;
    return tokenEquals(k, u"www") && gluedPunct(k + 1, u'.');
}

// A unit or currency named without an amount ("the dollar rose", "what
// percentage"): a mention with no value. Returns the token after it, or i.
int Scanner::bareAt(int i) {
    if (L.bareTable.empty() || (i > 0 && t[i].glued() && isAlnum(t[i - 1])))
        return i;
    int payload = -1, len = 0;
    L.bareTable.find(t, i, [&](int p, int l) {
        payload = p;
        len = l;
        return true;
    });
    if (payload < 0 || rightIdentifier(i + len))
        return i;
    Quantity q;
    Mention m;
    if (payload % 2 == 0) {
        m.kind = MentionKind::Currency;
        q.unit = L.currencies[std::size_t(payload / 2)].code;
        q.dimension = QStringLiteral("currency");
    } else {
        const Lex::Unit &u = L.units[std::size_t(payload / 2)];
        m.kind = u.kind == UK::Percent ? MentionKind::Percent : MentionKind::Dimension;
        q.unit = u.base;
        q.dimension = u.dimension;
    }
    m.start = t[i].start;
    m.end = t[i + len - 1].end;
    m.value = ClaimValue::fromQuantity(q);
    m_out.push_back(std::move(m));
    m_lastEnd = i + len;
    return i + len;
}

void Scanner::output(const Amount &a) {
    Quantity q;
    q.approximate = a.approximate;
    if (!a.lowOpen)
        q.low = a.low;
    if (!a.highOpen)
        q.high = a.range ? a.high : a.low;
    MentionKind kind = MentionKind::Number;
    if (a.core.ordinal) {
        kind = MentionKind::Ordinal;
        q.dimension = QStringLiteral("ordinal");
    } else if (a.currency >= 0) {
        kind = MentionKind::Currency;
        q.unit = L.currencies[std::size_t(a.currency)].code;
        q.dimension = QStringLiteral("currency");
    } else if (a.unit >= 0) {
        const Lex::Unit &u = L.units[std::size_t(a.unit)];
        kind = u.kind == UK::Percent     ? MentionKind::Percent
               : u.kind == UK::Dimension ? MentionKind::Dimension
                                         : MentionKind::Number;
        q.unit = u.base;
        q.dimension = u.dimension;
    } else {
        q.dimension = QStringLiteral("count");
    }
    if (!a.unitName.isEmpty()) {
        q.unit = a.unitName;
        q.dimension = a.dimension;
    }
    Mention m;
    m.kind = kind;
    m.start = t[a.begin].start;
    m.end = t[a.end - 1].end;
    m.value = ClaimValue::fromQuantity(q);
    m.approximate = a.approximate;
    m_out.push_back(std::move(m));
    m_lastEnd = a.end;
}

void Scanner::run() {
    int i = 0;
    while (i < n) {
        const Tok &tk = t[i];
        if (tk.type == Tok::Word) {
            if (isUrlStart(i)) {
                ++i;
                while (i < n && t[i].gap == Tok::Glued)
                    ++i;
                continue;
            }
            double scale = 1;
            if (!L.mayStart(tk) && (tk.length() != 4 || codeWithScale(i, &scale) < 0)) {
                ++i;
                continue;
            }
        } else if (tk.type == Tok::Punct) {
            const bool sign =
                (tk.ch == u'-' || tk.ch == u'+' || tk.ch == 0x2212 || tk.ch == u'.') &&
                gluedDigits(i + 1);
            if (!sign && !L.mayStart(tk)) {
                ++i;
                continue;
            }
        } else if (const int end = dateOrTimeEnd(i); end > i) {
            i = end;
            continue;
        }
        Amount a;
        int skipTo = -1;
        if (parseAmount(i, a, false, &skipTo) && a.begin >= m_lastEnd && a.end > a.begin) {
            output(a);
            i = std::max(a.end, i + 1);
        } else if (const int bare = bareAt(i); bare > i) {
            i = bare;
        } else {
            i = skipTo > i ? skipTo : i + 1;
        }
    }
}

} // namespace

QuantityTagger::QuantityTagger(const LexiconSet &lexicons) : QuantityTagger(lexicons, Options{}) {}

QuantityTagger::QuantityTagger(const LexiconSet &lexicons, Options options) {
    auto data = std::make_shared<Data>();
    data->lex = QuantityLexicon::compile(lexicons, &data->errors);
    data->options = options;
    d = std::move(data);
}

QuantityTagger::~QuantityTagger() = default;

QStringList QuantityTagger::errors() const {
    return d->errors;
}

std::vector<Mention> QuantityTagger::tag(QStringView text) const {
    thread_local std::vector<QuantityToken> tokens;
    QuantityTokenizer::tokenize(text, tokens);
    std::vector<Mention> out;
    Scanner scanner(*d->lex, d->options, text, tokens, out);
    scanner.run();
    return out;
}

} // namespace cc
