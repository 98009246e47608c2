#include "extract/TimeGrammar.h"

#include "extract/DateMath.h"
#include "extract/TimeLexicon.h"

#include <algorithm>
#include <cstdlib>

namespace cc {

namespace {

// How a date was stated, before the reference date fills in what is missing.
enum class G : std::uint8_t {
    None,
    Day,
    Month,
    Season,
    Quarter,
    Half,
    Year,
    Decade,
    Century,
    Fixed
};

struct Spec {
    G g = G::None;
    int year = 0;  // 0: not stated
    int month = 0; // Day: 0 when only the day of the month was stated ("on the 18th")
    int day = 0;
    int index = 0;  // quarter, half, first month of a season, first year of a decade, century
    int index2 = 0; // last month of a season
    TimePart part = TimePart::None;
    DateInterval fixed; // G::Fixed: resolved while parsing (relative expressions)
    bool ambiguous = false;
    bool noValue = false;     // anchored or vague: no interval
    bool approximate = false; // "two years ago"
    bool dayPart = false;     // "tonight", "this morning": a date-time range
    bool present = false;     // "now"
    bool weekdayOnly = false; // a bare weekday: a range's second side moves past the first
};

// An atom: one date, or a range written as one token chain ("2014-2018", "10/1-11/7").
struct Atom {
    int end = -1;
    bool time = false; // a time of day came with it ("2026-03-09T10:30:00Z")
    int start = -1;    // when the span starts after the first token ("the next quarter")
    Spec a;
    bool isRange = false;
    Spec b;
};

// A whole expression: an atom with what governs it (bound, range, time of day).
struct Expr {
    int start = 0;
    int end = -1;
    Spec a;
    Spec b;
    bool isRange = false;
    TimeBound bound = TimeBound::None;
    bool approx = false;
    int time = 0; // 1: a time of day attached, 2: a time range attached
    bool explicitKind = false;
    MentionKind kind = MentionKind::Date;
};

bool isDayLevel(const Spec &s) {
    return s.g == G::Day ||
           (s.g == G::Fixed && s.fixed.begin.isValid() && s.fixed.begin == s.fixed.end);
}

bool hasYearSlot(const Spec &s) {
    return s.g == G::Day || s.g == G::Month || s.g == G::Season || s.g == G::Quarter ||
           s.g == G::Half;
}

int firstMonthOf(const Spec &s) {
    switch (s.g) {
    case G::Day:
    case G::Month:
        return s.month;
    case G::Season:
        return s.index;
    case G::Quarter:
        return (s.index - 1) * 3 + 1;
    case G::Half:
        return s.index == 1 ? 1 : 7;
    default:
        return 0;
    }
}

Spec fixedSpec(const DateInterval &d) {
    Spec s;
    s.g = G::Fixed;
    s.fixed = d;
    return s;
}

Spec fixedDay(QDate d, DatePrecision p = DatePrecision::Day) {
    DateInterval i = DateInterval::day(d);
    i.precision = p;
    return fixedSpec(i);
}

class Parser {
public:
    Parser(const TimeLexicon &lex, QStringView text, const std::vector<TimeToken> &toks, QDate ref)
        : m_lex(lex), m_text(text), m_toks(toks), m_n(static_cast<int>(toks.size())), m_ref(ref) {}

    void run(std::vector<Mention> &out);

private:
    // ---- tokens ----
    const TimeToken &tok(int i) const {
        static const TimeToken none;
        return i >= 0 && i < m_n ? m_toks[static_cast<size_t>(i)] : none;
    }
    const TimeWord *w(int i) const { return tok(i).w; }
    bool isWord(int i) const { return tok(i).kind == TimeToken::Word; }
    bool isNum(int i) const { return i < m_n && tok(i).kind == TimeToken::Number; }
    bool punct(int i, char16_t c) const {
        return i >= 0 && i < m_n && tok(i).kind == TimeToken::Punct && tok(i).ch == c;
    }
    bool isDash(int i) const {
        if (i < 0 || i >= m_n || tok(i).kind != TimeToken::Punct)
            return false;
        const char16_t c = tok(i).ch;
        return c == u'-' || c == 0x2013 || c == 0x2014 || c == 0x2010 || c == 0x2011 ||
               c == 0x2212 || c == u'~';
    }
    // Token i touches the token before it (no whitespace between).
    bool glued(int i) const { return i > 0 && i < m_n && !tok(i).space; }
    bool wordGluedLeft(int i) const { return glued(i) && isWord(i - 1); }
    bool wordGluedRight(int i) const { return glued(i + 1) && isWord(i + 1); }
    bool fn(int i, TimeFunction f) const { return w(i) && w(i)->function == f; }
    bool upper(int i) const { return tok(i).upper; }
    bool plainWord(int i) const { return isWord(i) && !w(i); }
    QStringView textOf(int i) const {
        return m_text.sliced(tok(i).start, tok(i).end - tok(i).start);
    }

    // ---- pieces ----
    bool dayNumber(int i, int *day, int *end, bool allowGlueLeft = false,
                   bool *ordinal = nullptr) const;
    bool yearNumber(int i, int *year, int *end) const;
    bool monthWord(int i, int *month, int *end, bool *guarded) const;
    bool licensedBefore(int i) const;
    bool guardedMonthOk(int i, int end) const;
    bool yearLicensed(int i, int end) const;
    bool yearRangeFollows(int end) const;
    bool numberAt(int i, int *value, int *end, bool *vague, bool allowArticle) const;
    bool unitAt(int i, TimeUnit *unit, bool allowGuarded) const;

    // ---- atoms ----
    bool atom(int i, Atom &out, bool licensed, const Spec *ctx = nullptr) const;
    void consider(Atom &best, const Atom &candidate) const {
        if (candidate.end > best.end)
            best = candidate;
    }
    bool monthFirst(int i, Atom &out, bool licensed) const;
    bool dayFirst(int i, Atom &out) const;
    bool chain(int i, Atom &out) const;
    bool yearForms(int i, Atom &out, bool licensed) const;
    bool periodForms(int i, Atom &out, bool licensed) const;
    bool ordinalOf(int i, Atom &out) const;
    bool seasonForms(int i, Atom &out, bool licensed) const;
    bool decadeForms(int i, Atom &out) const;
    bool weekdayForms(int i, Atom &out, bool licensed) const;
    bool relativeForms(int i, Atom &out) const;
    bool partForms(int i, Atom &out) const;
    bool weekForms(int i, Atom &out) const;
    bool holidayForms(int i, Atom &out) const;
    bool yearTarget(int i, int *year, int *end) const;

    // ---- expressions ----
    bool expr(int i, Expr &out) const;
    bool exprCore(int i, Expr &out) const;
    bool boundExpr(int i, Expr &out) const;
    bool rangeExpr(int i, Expr &out) const;
    bool atomExpr(int i, Expr &out) const;
    bool offsetExpr(int i, Expr &out) const;
    bool timeExpr(int i, Expr &out) const;
    bool setExpr(int i, Expr &out) const;
    bool toDateExpr(int i, Expr &out) const;
    bool secondSide(int i, const Spec &first, Atom &out) const;
    bool ellipticFirst(int i, int *day, int *end) const;
    bool connector(int i, bool between, int *end) const;
    int attachTime(int i, const Spec &date, Expr &e) const;

    // ---- times ----
    bool timeAt(int i, int *end, bool allowBare, bool *meridiem = nullptr) const;
    bool timeRangeAt(int i, int *end) const;

    // ---- resolution ----
    DateInterval resolve(const Spec &s, bool *ok) const;
    void linkYears(Spec &a, Spec &b) const;
    void report(const Expr &e, std::vector<Mention> &out) const;

    const TimeLexicon &m_lex;
    QStringView m_text;
    const std::vector<TimeToken> &m_toks;
    int m_n;
    QDate m_ref;
};

// ------------------------------------------------------------------ pieces

bool Parser::dayNumber(int i, int *day, int *end, bool allowGlueLeft, bool *ordinal) const {
    const TimeToken &t = tok(i);
    if (ordinal)
        *ordinal = false;
    if (t.kind == TimeToken::Number) {
        if (t.digits > 2 || t.value < 1 || t.value > 31 || t.suffix == 2)
            return false;
        if (!allowGlueLeft && wordGluedLeft(i))
            return false;
        const TimeToken &p = tok(i - 1);
        if (i > 0 && p.kind == TimeToken::Punct &&
            (p.ch == u'$' || p.ch == 0x20AC || p.ch == 0x00A3 || p.ch == 0x00A5 || p.ch == u'#'))
            return false; // "$12 December 27": an amount
        if (t.suffix == 0) {
            if (wordGluedRight(i))
                return false; // "7nm", "3D"
            if (glued(i + 1) && (punct(i + 1, u':') || punct(i + 1, u'.') || punct(i + 1, u',')) &&
                glued(i + 2) && isNum(i + 2))
                return false; // a time, a decimal, a thousands separator
            if (glued(i + 1) && (punct(i + 1, u'%') || punct(i + 1, u'/')))
                return false;
        } else if (ordinal) {
            *ordinal = true;
        }
        *day = t.value;
        *end = i + 1;
        return true;
    }
    const TimeWord *x = t.w;
    if (t.kind != TimeToken::Word || !x)
        return false;
    if (x->numberTens && (x->number == 20 || x->number == 30)) {
        int j = i + 1;
        if (isDash(j) && glued(j) && glued(j + 1))
            ++j;
        const TimeWord *u = w(j);
        if (u && u->ordinal >= 1 && u->ordinal <= 9 && x->number + u->ordinal <= 31) {
            *day = x->number + u->ordinal;
            *end = j + 1;
            if (ordinal)
                *ordinal = true;
            return true;
        }
        return false;
    }
    if (x->ordinal >= 1 && x->ordinal <= 31) {
        *day = x->ordinal;
        *end = i + 1;
        if (ordinal)
            *ordinal = true;
        return true;
    }
    return false;
}

bool Parser::yearNumber(int i, int *year, int *end) const {
    const TimeToken &t = tok(i);
    if (t.kind == TimeToken::Number && t.suffix == 0 && t.digits == 4 && t.value >= 1000 &&
        t.value <= 2999) {
        if (wordGluedLeft(i) || wordGluedRight(i))
            return false;
        if (glued(i + 1) && (punct(i + 1, u'.') || punct(i + 1, u',')) && glued(i + 2) &&
            isNum(i + 2))
            return false;
        if (glued(i + 1) && punct(i + 1, u'%'))
            return false;
        if (glued(i) && (punct(i - 1, u'$') || punct(i - 1, 0x20AC) || punct(i - 1, 0x00A3) ||
                         punct(i - 1, 0x00A5) || punct(i - 1, u'#')))
            return false;
        *year = t.value;
        *end = i + 1;
        return true;
    }
    // '26
    if (t.kind == TimeToken::Punct && (t.ch == u'\'' || t.ch == 0x2019) && isNum(i + 1) &&
        glued(i + 1) && tok(i + 1).digits == 2 && tok(i + 1).suffix == 0 &&
        !wordGluedRight(i + 1)) {
        *year = DateMath::expandYear(tok(i + 1).value, m_ref);
        *end = i + 2;
        return true;
    }
    return false;
}

bool Parser::monthWord(int i, int *month, int *end, bool *guarded) const {
    const TimeWord *x = w(i);
    if (!x || !x->month || !isWord(i))
        return false;
    *month = x->month;
    *guarded = x->monthGuarded;
    *end = i + 1;
    // "Mar. 9": the abbreviation's full stop belongs to it when a number follows.
    if (punct(i + 1, u'.') && glued(i + 1) && isNum(i + 2))
        *end = i + 2;
    return true;
}

// The word before token i puts a date after it ("in", "since", "by", "early", "this").
bool Parser::licensedBefore(int i) const {
    const TimeWord *p = w(i - 1);
    if (!p || i <= 0)
        return false;
    return p->preposition || p->bound != TimeBound::None || p->range != TimeRangeRole::None ||
           p->part != TimePart::None || p->hasShift || p->approx;
}

// A month word that is also a verb or a name ("may", "march", "Jan") standing alone.
bool Parser::guardedMonthOk(int i, int end) const {
    // Part of a month range: "Jan-Feb 2017", "March to May".
    int m = 0, e = 0;
    bool g = false;
    if ((isDash(end) || (w(end) && w(end)->range == TimeRangeRole::To)) &&
        monthWord(end + 1, &m, &e, &g))
        return true;
    if (!licensedBefore(i))
        return false;
    // "prices in may rise": a lower-case "may" or "march" followed by a word is a verb.
    if (!upper(i) && isWord(end))
        return false;
    return true;
}

// A bare four-digit number is a year when a date word precedes it or it ends a phrase.
bool Parser::yearLicensed(int i, int end) const {
    if (glued(i) && (isDash(i - 1) || punct(i - 1, u'/') || punct(i - 1, u'.')) && isNum(i - 2))
        return false; // the tail of a number chain: "138-2010"
    if (isDash(i - 1) && isNum(i - 2))
        return false; // "32 - 2015"
    if (yearRangeFollows(end))
        return true;
    if (licensedBefore(i))
        return true;
    if (i > 0 && plainWord(i - 1) && upper(i - 1))
        return false; // a name or a model: "Model 2026", "Windows 2000"
    if (end >= m_n)
        return true;
    const TimeToken &next = tok(end);
    if (next.kind == TimeToken::Punct) {
        switch (next.ch) {
        case u',':
        case u'.':
        case u';':
        case u':':
        case u')':
        case u']':
        case u'!':
        case u'?':
        case u'"':
        case 0x201D:
        case u'\'':
        case 0x2019:
        case TimeTokenizer::kDamaged:
            return true;
        default:
            return false;
        }
    }
    const TimeWord *x = next.w;
    return x && (x->function == TimeFunction::And || x->function == TimeFunction::Or ||
                 x->range == TimeRangeRole::To || (x->decadeSuffix && !next.space)); // "2026's"
}

// "2024–2026": a year joined by a dash to another year.
bool Parser::yearRangeFollows(int end) const {
    int y = 0, ye = 0;
    return (isDash(end) || punct(end, u'~')) && yearNumber(end + 1, &y, &ye);
}

bool Parser::numberAt(int i, int *value, int *end, bool *vague, bool allowArticle) const {
    const TimeToken &t = tok(i);
    *vague = false;
    if (t.kind == TimeToken::Number) {
        if (t.suffix != 0 || t.digits > 4 || wordGluedLeft(i))
            return false;
        if (glued(i + 1) && (punct(i + 1, u'.') || punct(i + 1, u',')) && glued(i + 2) &&
            isNum(i + 2))
            return false; // decimals are durations at best, handled by the caller
        *value = t.value;
        *end = i + 1;
        return true;
    }
    const TimeWord *x = t.w;
    if (!x || t.kind != TimeToken::Word || x->number < 0)
        return false;
    if (x->numberGuarded && !allowArticle)
        return false;
    int v = x->number;
    int j = i + 1;
    if (x->numberTens) {
        int k = j;
        if (isDash(k) && glued(k) && glued(k + 1))
            ++k;
        const TimeWord *u = w(k);
        if (u && u->number >= 1 && u->number <= 9 && !u->numberGuarded && !u->numberTens &&
            !u->numberVague) {
            v += u->number;
            j = k + 1;
        }
    }
    *value = v;
    *end = j;
    *vague = x->numberVague;
    return true;
}

bool Parser::unitAt(int i, TimeUnit *unit, bool allowGuarded) const {
    const TimeWord *x = w(i);
    if (!x || x->unit == TimeUnit::None || !isWord(i))
        return false;
    if (x->unitGuarded && !allowGuarded)
        return false;
    *unit = x->unit;
    return true;
}

// ------------------------------------------------------------------ atoms

bool Parser::atom(int i, Atom &out, bool licensed, const Spec *ctx) const {
    Atom best;
    Atom a;
    const TimeToken &t = tok(i);
    if (t.kind == TimeToken::Number) {
        if (dayFirst(i, a))
            consider(best, a);
        if (chain(i, a))
            consider(best, a);
        if (yearForms(i, a, licensed))
            consider(best, a);
        if (decadeForms(i, a))
            consider(best, a);
        if (periodForms(i, a, licensed))
            consider(best, a);
        if (ordinalOf(i, a))
            consider(best, a);
        if (ctx && ctx->g == G::Day && ctx->month > 0) {
            // The second side of "March 2-4": a bare day in the first side's month.
            int d = 0, e = 0;
            if (dayNumber(i, &d, &e)) {
                a = Atom();
                a.end = e;
                a.a.g = G::Day;
                a.a.month = ctx->month;
                a.a.day = d;
                int k = punct(e, u',') ? e + 1 : e;
                int y = 0, ye = 0;
                if (yearNumber(k, &y, &ye)) {
                    a.a.year = y;
                    a.end = ye;
                }
                consider(best, a);
            }
        }
    } else if (t.kind == TimeToken::Word && t.w) {
        const TimeWord *x = t.w;
        if (x->month) {
            if (monthFirst(i, a, licensed))
                consider(best, a);
            if (chain(i, a))
                consider(best, a);
        }
        if (x->function == TimeFunction::The || x->ordinal != 0 || x->numberTens) {
            if (dayFirst(i, a))
                consider(best, a);
            if (ordinalOf(i, a))
                consider(best, a);
            if (periodForms(i, a, licensed))
                consider(best, a);
        }
        if (x->function == TimeFunction::The && relativeForms(i, a))
            consider(best, a);
        if (x->periodLetter != TimeUnit::None && periodForms(i, a, licensed))
            consider(best, a);
        if (x->seasonFirst && seasonForms(i, a, licensed))
            consider(best, a);
        if (x->decade >= 0 && decadeForms(i, a))
            consider(best, a);
        if (x->weekday && weekdayForms(i, a, licensed))
            consider(best, a);
        if ((x->relativeDay || x->present || x->hasShift || x->approach) && relativeForms(i, a))
            consider(best, a);
        if (x->part != TimePart::None && partForms(i, a))
            consider(best, a);
        if ((x->unit == TimeUnit::Week || x->weekOf) && weekForms(i, a))
            consider(best, a);
        if (x->holiday >= 0 && holidayForms(i, a))
            consider(best, a);
        if ((x->unit == TimeUnit::Year || x->fiscal) && yearForms(i, a, licensed))
            consider(best, a);
    } else if (t.kind == TimeToken::Punct && (t.ch == u'\'' || t.ch == 0x2019)) {
        if (decadeForms(i, a))
            consider(best, a);
    }
    if (best.end < 0)
        return false;
    out = best;
    return true;
}

bool Parser::monthFirst(int i, Atom &out, bool licensed) const {
    int m = 0, e = 0;
    bool guarded = false;
    if (!monthWord(i, &m, &e, &guarded))
        return false;
    Spec s;
    s.month = m;
    // A day: "March 3", "Mar. 9", "dec31", "June the 28th".
    int d = 0, de = 0;
    bool ordinal = false;
    int j = e;
    bool dayFound = dayNumber(j, &d, &de, true, &ordinal);
    if (!dayFound && punct(j, u',') && dayNumber(j + 1, &d, &de, false, &ordinal) && ordinal &&
        !yearNumber(de, &d, &de))
        dayFound = dayNumber(j + 1, &d, &de, false, &ordinal); // "October, 1st"
    if (!dayFound && fn(j, TimeFunction::The) && dayNumber(j + 1, &d, &de, false, &ordinal) &&
        ordinal)
        dayFound = true;
    if (dayFound) {
        s.g = G::Day;
        s.day = d;
        int k = de;
        int y = 0, ye = 0;
        const int k2 = punct(k, u',') ? k + 1 : k;
        if (yearNumber(k2, &y, &ye)) {
            s.year = y;
            k = ye;
        } else if ((fn(k, TimeFunction::Of) || (w(k) && w(k)->direction == TimeDirection::In)) &&
                   yearNumber(k + 1, &y, &ye)) {
            s.year = y;
            k = ye;
        }
        out = Atom();
        out.end = k;
        out.a = s;
        return true;
    }
    // A month and a year: "May 2026", "Dec, 2018", "April of 1987", "May '26".
    int y = 0, ye = 0;
    int k = punct(e, u',') ? e + 1 : e;
    if (!yearNumber(k, &y, &ye) &&
        !((fn(e, TimeFunction::Of) || (w(e) && w(e)->direction == TimeDirection::In)) &&
          yearNumber(e + 1, &y, &ye)))
        y = 0;
    s.g = G::Month;
    if (y) {
        s.year = y;
        out = Atom();
        out.end = ye;
        out.a = s;
        return true;
    }
    if (e > i + 1)
        e = i + 1; // the full stop after a lone abbreviation ends the sentence
    if (guarded && !licensed && !guardedMonthOk(i, e))
        return false;
    out = Atom();
    out.end = e;
    out.a = s;
    return true;
}

bool Parser::dayFirst(int i, Atom &out) const {
    int j = i;
    const bool the = fn(j, TimeFunction::The);
    if (the)
        ++j;
    int d = 0, de = 0;
    bool ordinal = false;
    if (!dayNumber(j, &d, &de, false, &ordinal))
        return false;
    if (the && !ordinal)
        return false;
    int k = de;
    const bool of = fn(k, TimeFunction::Of);
    if (of)
        ++k;
    int m = 0, me = 0;
    bool guarded = false;
    if (!monthWord(k, &m, &me, &guarded)) {
        // "on the 18th": a day of the month alone.
        if (the && !of && fn(i - 1, TimeFunction::On)) {
            out = Atom();
            out.end = de;
            out.a.g = G::Day;
            out.a.day = d;
            return true;
        }
        return false;
    }
    if (me > k + 1 && !isNum(me))
        me = k + 1;
    Spec s;
    s.g = G::Day;
    s.month = m;
    s.day = d;
    int end = me;
    int y = 0, ye = 0;
    const int k2 = punct(end, u',') ? end + 1 : end;
    if (yearNumber(k2, &y, &ye)) {
        s.year = y;
        end = ye;
    } else if ((fn(end, TimeFunction::Of) || (w(end) && w(end)->direction == TimeDirection::In)) &&
               yearNumber(end + 1, &y, &ye)) {
        s.year = y;
        end = ye;
    }
    out = Atom();
    out.end = end;
    out.a = s;
    return true;
}

// Numbers and month words joined by '-', '/' or '.' with no space: "2026-03-02",
// "4/5/2026", "05-Aug-2016", "2015-3", "10/1-11/7", "20200701".
bool Parser::chain(int i, Atom &out) const {
    struct El {
        int value;
        int digits;
        bool month;
    };
    El els[8];
    char16_t seps[8];
    int n = 0;
    int j = i;
    if (glued(i) && (isDash(i - 1) || punct(i - 1, u'/') || punct(i - 1, u'.')) &&
        (isNum(i - 2) || (w(i - 2) && w(i - 2)->month)) && glued(i - 1))
        return false; // inside a longer chain: a phone number, a code
    if (isNum(i) && wordGluedLeft(i))
        return false;
    while (n < 8) {
        const TimeToken &t = tok(j);
        if (t.kind == TimeToken::Number && t.suffix == 0) {
            els[n++] = {t.value, t.digits, false};
        } else if (t.kind == TimeToken::Word && t.w && t.w->month) {
            els[n++] = {t.w->month, 0, true};
        } else {
            return false;
        }
        const int s = j + 1;
        const bool sepOk = glued(s) && (punct(s, u'-') || punct(s, u'/') || punct(s, u'.')) &&
                           glued(s + 1) &&
                           (isNum(s + 1) || (w(s + 1) && w(s + 1)->month && isWord(s + 1)));
        if (!sepOk || n == 8) {
            j = s;
            break;
        }
        seps[n - 1] = tok(s).ch;
        j = s + 1;
    }
    int end = j;
    // ISO 8601 date and time: "2026-03-09T10:30:00Z", "2026-03-09T10:30+08:00".
    int timeEnd = -1;
    if (n == 3 && isNum(end - 1) && wordGluedRight(end - 1) && textOf(end).size() == 1 &&
        (textOf(end)[0] == u'T' || textOf(end)[0] == u't') && isNum(end + 1) && glued(end + 1)) {
        int k = end + 1;
        while (k < m_n && glued(k) &&
               (isNum(k) || punct(k, u':') || punct(k, u'.') || punct(k, u'+') || punct(k, u'-') ||
                (isWord(k) && textOf(k).size() == 1)))
            ++k;
        timeEnd = k;
    }
    if (timeEnd < 0 && isNum(end - 1) && wordGluedRight(end - 1))
        return false; // "2026X", "7nm"
    if (glued(end) && punct(end, u'%'))
        return false;

    auto isYear = [](const El &e) {
        return !e.month && e.digits == 4 && e.value >= 1000 && e.value <= 2999;
    };
    auto isMon = [](const El &e) {
        return e.month || (e.digits <= 2 && e.value >= 1 && e.value <= 12);
    };
    auto isDay = [](const El &e) {
        return !e.month && e.digits <= 2 && e.value >= 1 && e.value <= 31;
    };
    auto monthOf = [](const El &e) { return e.value; };
    auto day = [&](int y, int m, int d, bool amb) {
        Spec s;
        s.g = G::Day;
        s.year = y;
        s.month = m;
        s.day = d;
        s.ambiguous = amb;
        return s;
    };
    // Month and day from two numbers (day/month order unknown): US month/day unless
    // the first cannot be a month; '.' reads day.month as in Europe.
    auto numericDay = [&](const El &a, const El &b, int y, char16_t sep, Spec *s) {
        if (a.month && isDay(b)) {
            *s = day(y, a.value, b.value, false);
            return true;
        }
        if (b.month && isDay(a)) {
            *s = day(y, b.value, a.value, false);
            return true;
        }
        if (!isDay(a) || !isDay(b))
            return false;
        const bool aMon = a.value <= 12;
        const bool bMon = b.value <= 12;
        if (sep == u'.') {
            if (bMon)
                *s = day(y, b.value, a.value, aMon && a.value != b.value);
            else if (aMon)
                *s = day(y, a.value, b.value, false);
            else
                return false;
            return true;
        }
        if (aMon)
            *s = day(y, a.value, b.value, bMon && a.value != b.value);
        else if (bMon)
            *s = day(y, b.value, a.value, false);
        else
            return false;
        return true;
    };
    auto yearOf = [&](const El &e, int *y) {
        if (e.month)
            return false;
        if (e.digits == 4 && e.value >= 1000 && e.value <= 2999) {
            *y = e.value;
            return true;
        }
        if (e.digits == 2) {
            *y = DateMath::expandYear(e.value, m_ref);
            return true;
        }
        return false;
    };

    Atom a;
    a.end = end;
    bool ok = false;
    const bool anyMonthWord = [&] {
        for (int k = 0; k < n; ++k)
            if (els[k].month)
                return true;
        return false;
    }();
    if (n == 1) {
        const TimeToken &t = tok(i);
        if (t.kind == TimeToken::Number && t.digits == 8) {
            const int y = t.value / 10000;
            const int m = t.value / 100 % 100;
            const int d = t.value % 100;
            if (y >= 1900 && y <= 2100 && QDate(y, m, d).isValid()) {
                a.a = day(y, m, d, false);
                ok = true;
            }
        }
    } else if (n == 2) {
        const El &x = els[0];
        const El &y = els[1];
        const char16_t sep = seps[0];
        if (isYear(x) && isYear(y) && sep == u'-') {
            if (y.value > x.value) { // "2014-2018"
                a.a.g = G::Year;
                a.a.year = x.value;
                a.b.g = G::Year;
                a.b.year = y.value;
                a.isRange = true;
                ok = true;
            }
        } else if (isYear(x) && !y.month && y.digits == 2 && sep == u'-' && y.value > 12 &&
                   y.value > x.value % 100 && y.value - x.value % 100 <= 10) { // "2024-25"
            a.a.g = G::Year;
            a.a.year = x.value;
            a.b.g = G::Year;
            a.b.year = x.value / 100 * 100 + y.value;
            a.isRange = true;
            ok = true;
        } else if (isYear(x) && !y.month && y.digits == 2 && sep == u'/' &&
                   y.value == (x.value + 1) % 100) { // "2025/26": a season or fiscal year
            a.a.g = G::Year;
            a.a.year = x.value;
            a.b.g = G::Year;
            a.b.year = x.value + 1;
            a.isRange = true;
            ok = true;
        } else if (isYear(x) && isMon(y) && sep != u'.') { // "2015-3", "2019/aug"
            a.a.g = G::Month;
            a.a.year = x.value;
            a.a.month = monthOf(y);
            ok = true;
        } else if (isMon(x) && isYear(y) && sep != u'.') { // "12-2015", "Dec-2018"
            a.a.g = G::Month;
            a.a.year = y.value;
            a.a.month = monthOf(x);
            ok = true;
        } else if (anyMonthWord) { // "Oct/2", "15-Jun"
            ok = numericDay(x, y, 0, sep, &a.a);
        } else if (sep == u'/' && isDay(x) && isDay(y)) {
            // Bare "11/20" or "22/04": two digits on one side, or a date word before it;
            // "1/2", "3/4", "24/7" are fractions and slogans.
            const bool context = licensedBefore(i) || (w(i - 1) && w(i - 1)->weekday) ||
                                 (w(i - 1) && w(i - 1)->range != TimeRangeRole::None) ||
                                 fn(i - 1, TimeFunction::On);
            const bool twoDigits = x.digits == 2 || y.digits == 2;
            const bool fractionNext = fn(end, TimeFunction::Of);
            if ((context || twoDigits) && !fractionNext &&
                !(x.value > 12 && y.digits < 2 && !context))
                ok = numericDay(x, y, 0, sep, &a.a);
        } else if ((sep == u'.' || sep == u'-') && isDay(x) && isDay(y)) {
            // "Friday 7.6", "on 5.12": only after a weekday or "on".
            const bool context = (w(i - 1) && w(i - 1)->weekday) || fn(i - 1, TimeFunction::On);
            if (context && !(sep == u'.' && tok(i + 2).digits != 1 && tok(i + 2).digits != 2))
                ok = numericDay(x, y, 0, sep == u'.' ? u'/' : sep, &a.a);
        }
    } else if (n == 3) {
        const El &x = els[0];
        const El &y = els[1];
        const El &z = els[2];
        int yr = 0;
        if (isYear(x) && seps[0] == seps[1]) {
            if (isMon(y) && isDay(z))
                ok = true, a.a = day(x.value, monthOf(y), z.value, false); // 2026-03-02
            else if (isDay(y) && z.month)
                ok = true, a.a = day(x.value, z.value, y.value, false); // 2020/23/Sep
        } else if (x.month && isYear(y) && isDay(z)) {
            ok = true, a.a = day(y.value, x.value, z.value, false); // September-2020-23
        } else if (z.month && isDay(x) && isYear(y)) {
            ok = true, a.a = day(y.value, z.value, x.value, false); // 23-2020-September
        } else if (seps[0] == seps[1] && yearOf(z, &yr) && (z.digits == 4 || seps[0] != u'.')) {
            ok = numericDay(x, y, yr, seps[0], &a.a); // 4/5/2026, 05-Aug-2016, 23.04.2022
        }
    } else if (n == 4 && seps[1] == u'-' && seps[0] == seps[2] && seps[0] != u'.' &&
               isMon(els[0]) && isYear(els[1]) && isMon(els[2]) && isYear(els[3])) {
        a.a.g = a.b.g = G::Month; // "Dec/2018-May/2019"
        a.a.month = monthOf(els[0]);
        a.a.year = els[1].value;
        a.b.month = monthOf(els[2]);
        a.b.year = els[3].value;
        a.isRange = true;
        ok = true;
    } else if (n == 4 && !anyMonthWord && seps[0] == u'/' && seps[2] == u'/' &&
               isDash(i + 3)) { // "10/1-11/7"
        ok = numericDay(els[0], els[1], 0, u'/', &a.a) && numericDay(els[2], els[3], 0, u'/', &a.b);
        a.isRange = ok;
    } else if (n == 5 && !anyMonthWord) { // "5/1-5/7/2020", "10/1-11/2/2017"
        int yr = 0;
        if (seps[0] == u'/' && seps[1] == u'-' && seps[2] == u'/' && seps[3] == u'/' &&
            yearOf(els[4], &yr)) {
            ok = numericDay(els[0], els[1], yr, u'/', &a.a) &&
                 numericDay(els[2], els[3], yr, u'/', &a.b);
            a.isRange = ok;
        }
    } else if (n == 6 && !anyMonthWord) { // "10/1/2018-10/7/2018", "10-1-2018-10-7-2018"
        int y1 = 0, y2 = 0;
        if (seps[0] == seps[1] && seps[3] == seps[4] && seps[2] == u'-' && yearOf(els[2], &y1) &&
            yearOf(els[5], &y2)) {
            ok = numericDay(els[0], els[1], y1, seps[0], &a.a) &&
                 numericDay(els[3], els[4], y2, seps[3], &a.b);
            a.isRange = ok;
        }
    }
    if (!ok)
        return false;
    if (timeEnd > 0 && a.a.g == G::Day && !a.isRange) {
        a.end = timeEnd;
        a.time = true;
        end = timeEnd;
    } else if (timeEnd > 0) {
        return false;
    }
    // "5/1-5/7, 2020": a year after the chain belongs to it
    if (a.a.g == G::Day && a.a.year == 0 && (!a.isRange || a.b.year == 0) && punct(end, u',')) {
        int y = 0, ye = 0;
        if (yearNumber(end + 1, &y, &ye)) {
            a.a.year = y;
            if (a.isRange)
                a.b.year = y;
            a.end = ye;
        }
    }
    if (a.a.g == G::Day && a.a.month > 0 && a.a.year > 0 &&
        !QDate(a.a.year, a.a.month, a.a.day).isValid())
        a.a.noValue = true; // "2/29/2019", "feb 30"
    out = a;
    return true;
}

bool Parser::yearForms(int i, Atom &out, bool licensed) const {
    int j = i;
    bool yearWord = false;
    bool fiscal = false;
    // "year 2008", "the year 2019" (the article is left to the caller), "fiscal 2026", "FY2026"
    if (w(i) && isWord(i) &&
        (w(i)->unit == TimeUnit::Year || w(i)->unit == TimeUnit::FiscalYear || w(i)->fiscal)) {
        fiscal = w(i)->fiscal || w(i)->unit == TimeUnit::FiscalYear;
        yearWord = true;
        j = i + 1;
        if (fiscal && isNum(j) && glued(j) && tok(j).digits == 2 && tok(j).suffix == 0) {
            // "FY26"
            out = Atom();
            out.end = j + 1;
            out.a.g = G::Year;
            out.a.year = DateMath::expandYear(tok(j).value, m_ref);
            out.a.noValue = true;
            return true;
        }
    }
    int y = 0, ye = 0;
    if (yearWord && isNum(j) && glued(j) && tok(j).digits == 4 && tok(j).suffix == 0 &&
        !wordGluedRight(j)) {
        y = tok(j).value; // "FY2026"
        ye = j + 1;
    } else if (!yearNumber(j, &y, &ye)) {
        return false;
    }
    Atom a;
    a.end = ye;
    a.a.g = G::Year;
    a.a.year = y;
    a.a.noValue = fiscal;
    if (!yearWord) {
        // "2017 april"
        int m = 0, me = 0;
        bool guarded = false;
        int d = 0, de = 0;
        if (monthWord(ye, &m, &me, &guarded) && !dayNumber(me, &d, &de)) {
            a.a.g = G::Month;
            a.a.month = m;
            a.end = std::min(me, ye + 1);
            out = a;
            return true;
        }
        // "2019 Q1", "2019-Q1", "2019 H2"
        int k = ye;
        if (isDash(k) && glued(k))
            ++k;
        const TimeWord *x = w(k);
        if (x && x->periodLetter != TimeUnit::None && isNum(k + 1) && glued(k + 1) &&
            tok(k + 1).digits == 1 && !wordGluedRight(k + 1)) {
            const int v = tok(k + 1).value;
            const bool q = x->periodLetter == TimeUnit::Quarter;
            if (v >= 1 && v <= (q ? 4 : 2)) {
                a.a.g = q ? G::Quarter : G::Half;
                a.a.index = v;
                a.end = k + 2;
                out = a;
                return true;
            }
        }
        // "1990 s"
        if (y % 10 == 0 && w(ye) && w(ye)->decadeSuffix && isWord(ye) && !wordGluedRight(ye)) {
            a.a.g = G::Decade;
            a.a.index = y;
            a.end = ye + 1;
            out = a;
            return true;
        }
        if (!licensed && !yearLicensed(i, ye))
            return false;
    }
    out = a;
    return true;
}

// "Q3", "Q1 2026", "Q1-2019", "Q4'25", "H2", "1Q26", "first quarter of 2026", "second half".
bool Parser::periodForms(int i, Atom &out, bool licensed) const {
    const TimeToken &t = tok(i);
    auto finishYear = [&](int k, Spec &s) {
        int y = 0, ye = 0;
        if ((isDash(k) && glued(k) && yearNumber(k + 1, &y, &ye)) || yearNumber(k, &y, &ye)) {
            s.year = y;
            return ye;
        }
        if (fn(k, TimeFunction::Of)) {
            if (yearTarget(k + 1, &y, &ye)) {
                s.year = y;
                return ye;
            }
        }
        // "Q1 FY2026", "Q3 fiscal 2026": fiscal calendars differ by company.
        if (w(k) && w(k)->fiscal) {
            Atom f;
            if (yearForms(k, f, true)) {
                s.year = f.a.year;
                s.noValue = true;
                return f.end;
            }
        }
        return k;
    };
    if (t.kind == TimeToken::Word && t.w && t.w->periodLetter != TimeUnit::None) {
        const bool q = t.w->periodLetter == TimeUnit::Quarter;
        if (!isNum(i + 1) || !glued(i + 1) || tok(i + 1).digits != 1 || tok(i + 1).suffix != 0 ||
            wordGluedRight(i + 1) || wordGluedLeft(i) || (glued(i) && isNum(i - 1)))
            return false;
        const int v = tok(i + 1).value;
        if (v < 1 || v > (q ? 4 : 2))
            return false;
        Spec s;
        s.g = q ? G::Quarter : G::Half;
        s.index = v;
        const int end = finishYear(i + 2, s);
        if (s.year == 0) {
            // Without a year: "H2" is also hydrogen, "Q3" a car model.
            if (!q && !(upper(i) && (licensed || licensedBefore(i))))
                return false;
            if (q && i > 0 && plainWord(i - 1) && upper(i - 1) && !licensed)
                return false;
            if (glued(end) && punct(end, u':') && !licensed && !licensedBefore(i))
                return false; // "Q1: What should ..." numbers a question
        }
        out = Atom();
        out.end = end;
        out.a = s;
        return true;
    }
    // "1Q26", "3Q 2025", "1H26"
    if (t.kind == TimeToken::Number && t.digits == 1 && t.suffix == 0 && t.value >= 1 &&
        t.value <= 4 && wordGluedRight(i) && w(i + 1) && w(i + 1)->periodLetter != TimeUnit::None &&
        upper(i + 1) && (w(i + 1)->periodLetter == TimeUnit::Quarter || t.value <= 2)) {
        Spec s;
        s.g = w(i + 1)->periodLetter == TimeUnit::Quarter ? G::Quarter : G::Half;
        s.index = t.value;
        if (isNum(i + 2) && glued(i + 2) && tok(i + 2).digits == 2 && !wordGluedRight(i + 2)) {
            s.year = DateMath::expandYear(tok(i + 2).value, m_ref);
            out = Atom();
            out.end = i + 3;
            out.a = s;
            return true;
        }
        int y = 0, ye = 0;
        if (yearNumber(i + 2, &y, &ye)) {
            s.year = y;
            out = Atom();
            out.end = ye;
            out.a = s;
            return true;
        }
        return false;
    }
    return false;
}

// A year-like target after "of": "2026", "the year", "this year", "next year", "fiscal 2026".
bool Parser::yearTarget(int i, int *year, int *end) const {
    int y = 0, ye = 0;
    if (yearNumber(i, &y, &ye)) {
        *year = y;
        *end = ye;
        return true;
    }
    int j = i;
    if (fn(j, TimeFunction::The))
        ++j;
    TimeUnit u = TimeUnit::None;
    if (j == i + 1 && unitAt(j, &u, false) && u == TimeUnit::Year) {
        *year = m_ref.year();
        *end = j + 1;
        return true;
    }
    if (w(i) && w(i)->hasShift && !w(i)->shiftNearest && unitAt(i + 1, &u, false) &&
        u == TimeUnit::Year) {
        *year = m_ref.year() + w(i)->shift;
        *end = i + 2;
        return true;
    }
    return false;
}

// "the first quarter of 2026", "last week of July", "the third month of 2021",
// "the 15th day of next month", "first week of 2015".
bool Parser::ordinalOf(int i, Atom &out) const {
    int j = i;
    if (fn(j, TimeFunction::The))
        ++j;
    int ord = 0;
    int oe = j + 1;
    bool ordinalForm = false;
    const TimeToken &t = tok(j);
    if (t.kind == TimeToken::Number && t.suffix == 1)
        ord = t.value;
    else if (t.kind == TimeToken::Word && t.w && t.w->ordinal < 0)
        ord = t.w->ordinal;
    else if (!(t.kind == TimeToken::Word && dayNumber(j, &ord, &oe, false, &ordinalForm) &&
               ordinalForm))
        return false;
    TimeUnit unit = TimeUnit::None;
    if (isDash(oe) && glued(oe) && glued(oe + 1))
        ++oe; // "first-quarter results"
    if (!unitAt(oe, &unit, true))
        return false;
    const int k = oe + 1;
    if (unit == TimeUnit::Quarter || unit == TimeUnit::Half) {
        const bool q = unit == TimeUnit::Quarter;
        if (ord < 1 || ord > (q ? 4 : 2))
            return false;
        Spec s;
        s.g = q ? G::Quarter : G::Half;
        s.index = ord;
        int end = k;
        int y = 0, ye = 0;
        if (fn(k, TimeFunction::Of)) {
            if (yearTarget(k + 1, &y, &ye)) {
                s.year = y;
                end = ye;
            } else if (w(k + 1) && w(k + 1)->fiscal) {
                Atom f;
                if (!yearForms(k + 1, f, true))
                    return false;
                s.year = f.a.year;
                s.noValue = true;
                end = f.end;
            } else {
                return false; // "the second half of the match"
            }
        } else {
            const int k2 = punct(k, u',') ? k + 1 : k;
            if (yearNumber(k2, &y, &ye)) {
                s.year = y;
                end = ye;
            }
        }
        out = Atom();
        out.end = end;
        out.a = s;
        return true;
    }
    if (unit != TimeUnit::Week && unit != TimeUnit::Month && unit != TimeUnit::Day)
        return false;
    if (!fn(k, TimeFunction::Of))
        return false;
    // The container: a month (with or without year), a year, or a relative period.
    int m = 0, me = 0;
    bool guarded = false;
    int y = 0, ye = 0;
    Spec s;
    int end = 0;
    int cy = 0, cm = 0; // container year and month (cm 0: a whole year)
    if (monthWord(k + 1, &m, &me, &guarded)) {
        me = std::min(me, k + 2);
        cm = m;
        const int k2 = punct(me, u',') ? me + 1 : me;
        if (yearNumber(k2, &y, &ye)) {
            cy = y;
            end = ye;
        } else {
            cy = DateMath::nearestYear(m, 0, m_ref);
            end = me;
        }
    } else if (yearTarget(k + 1, &y, &ye)) {
        cy = y;
        end = ye;
    } else {
        // "of next month", "of this month", "of last month", "of the month"
        int x = k + 1;
        TimeUnit u = TimeUnit::None;
        int shift = 0;
        if (fn(x, TimeFunction::The) && unitAt(x + 1, &u, false)) {
            end = x + 2;
        } else if (w(x) && w(x)->hasShift && unitAt(x + 1, &u, false)) {
            shift = w(x)->shift;
            end = x + 2;
        } else {
            return false;
        }
        if (u != TimeUnit::Month)
            return false;
        const QDate md = m_ref.addMonths(shift);
        cy = md.year();
        cm = md.month();
    }
    if (unit == TimeUnit::Week) {
        if (ord == 0 || ord > 5)
            return false;
        DateInterval wk;
        if (cm)
            wk = DateMath::weekOfMonth(cy, cm, ord);
        else if (ord > 0)
            wk = DateMath::isoWeek(cy, ord);
        else
            wk = DateMath::weekOfMonth(cy, 12, -1);
        s = fixedSpec(wk);
    } else if (unit == TimeUnit::Month) {
        if (cm || ord == 0 || ord > 12)
            return false;
        s.g = G::Month;
        s.year = cy;
        s.month = ord < 0 ? 12 : ord;
    } else { // day
        if (!cm || ord == 0)
            return false;
        const QDate first(cy, cm, 1);
        const int d = ord < 0 ? first.daysInMonth() : ord;
        if (d > first.daysInMonth())
            return false;
        s = fixedDay(QDate(cy, cm, d));
    }
    out = Atom();
    out.end = end;
    out.a = s;
    return true;
}

bool Parser::seasonForms(int i, Atom &out, bool licensed) const {
    const TimeWord *x = w(i);
    if (!x || !x->seasonFirst)
        return false;
    Spec s;
    s.g = G::Season;
    s.index = x->seasonFirst;
    s.index2 = x->seasonLast;
    int end = i + 1;
    int y = 0, ye = 0;
    const int k = fn(end, TimeFunction::Of) || punct(end, u',') ? end + 1 : end;
    if (yearNumber(k, &y, &ye)) {
        s.year = y;
        end = ye;
    } else if (!licensed && !licensedBefore(i) &&
               (x->seasonGuarded || (plainWord(i + 1) && upper(i + 1)))) {
        return false; // "Winter Olympics" is a name
    } else if (x->seasonGuarded && isWord(i + 1)) {
        return false; // "spring water", "the fall in prices" needs no date
    }
    out = Atom();
    out.end = end;
    out.a = s;
    return true;
}

bool Parser::decadeForms(int i, Atom &out) const {
    const TimeToken &t = tok(i);
    int j = i;
    bool apostrophe = false;
    if (t.kind == TimeToken::Punct) {
        if (!(t.ch == u'\'' || t.ch == 0x2019) || !isNum(i + 1) || !glued(i + 1))
            return false;
        apostrophe = true;
        j = i + 1;
    }
    const TimeToken &u = tok(j);
    auto decadeStart = [&](int twoDigits) {
        const int d = 2000 + twoDigits;
        return d <= m_ref.year() ? d : 1900 + twoDigits;
    };
    Spec s;
    s.g = G::Decade;
    if (u.kind == TimeToken::Number && u.suffix == 2) {
        s.index = u.digits == 4 ? u.value : decadeStart(u.value);
        out = Atom();
        out.end = j + 1;
        out.a = s;
        return true;
    }
    if (apostrophe)
        return false;
    if (u.kind == TimeToken::Number && u.suffix == 0 && u.digits == 2 && u.value % 10 == 0 &&
        w(j + 1) && w(j + 1)->decadeSuffix && isWord(j + 1) && !wordGluedLeft(j)) {
        s.index = decadeStart(u.value); // "90 s"
        out = Atom();
        out.end = j + 2;
        out.a = s;
        return true;
    }
    if (u.kind == TimeToken::Word && u.w && u.w->decade >= 0) {
        s.index = decadeStart(u.w->decade);
        out = Atom();
        out.end = j + 1;
        out.a = s;
        return true;
    }
    // "21st century"
    int ord = 0;
    if (u.kind == TimeToken::Number && u.suffix == 1)
        ord = u.value;
    else if (u.kind == TimeToken::Word && u.w && u.w->ordinal > 0)
        ord = u.w->ordinal;
    TimeUnit unit = TimeUnit::None;
    if (ord > 0 && unitAt(j + 1, &unit, false) && unit == TimeUnit::Century) {
        s.g = G::Century;
        s.index = ord;
        out = Atom();
        out.end = j + 2;
        out.a = s;
        return true;
    }
    return false;
}

bool Parser::weekdayForms(int i, Atom &out, bool licensed) const {
    const TimeWord *x = w(i);
    if (!x || !x->weekday || !isWord(i))
        return false;
    const int wd = x->weekday;
    int j = i + 1;
    if (punct(j, u','))
        ++j;
    // A date after the weekday governs: "Monday, March 9", "Friday 7/6", "tue may 9".
    Atom d;
    Atom best;
    if (monthFirst(j, d, true) && d.a.g == G::Day)
        consider(best, d);
    if (dayFirst(j, d) && d.a.month > 0)
        consider(best, d);
    if (chain(j, d) && !d.isRange && d.a.g == G::Day)
        consider(best, d);
    if (best.end > 0) {
        out = best;
        return true;
    }
    // "Monday 21", "tuesday the eleventh": the nearest such date falling on that weekday.
    int dn = 0, de = 0;
    bool ordinal = false;
    int k = i + 1;
    const bool the = fn(k, TimeFunction::The);
    if (the)
        ++k;
    if (dayNumber(k, &dn, &de, false, &ordinal) && (!the || ordinal) &&
        !(isNum(k) && tok(k).suffix == 0 && (punct(de, u':') || (w(de) && w(de)->meridiem)))) {
        QDate best;
        for (int delta = 0; delta <= 24 && !best.isValid(); ++delta) {
            for (int sign : {-1, 1}) {
                const QDate m = m_ref.addMonths(sign * delta);
                const QDate c(m.year(), m.month(), dn);
                if (c.isValid() && c.dayOfWeek() == wd &&
                    (!best.isValid() || std::abs(m_ref.daysTo(c)) < std::abs(m_ref.daysTo(best))))
                    best = c;
            }
        }
        if (best.isValid()) {
            out = Atom();
            out.end = de;
            out.a = fixedDay(best);
            return true;
        }
    }
    // "Tuesday of next week", "Wednesday next week"
    k = i + 1;
    if (fn(k, TimeFunction::Of)) {
        ++k;
        if (fn(k, TimeFunction::The))
            ++k;
    }
    TimeUnit u = TimeUnit::None;
    if (w(k) && w(k)->hasShift && unitAt(k + 1, &u, false) && u == TimeUnit::Week) {
        out = Atom();
        out.end = k + 2;
        out.a = fixedDay(DateMath::weekdayInWeek(m_ref.addDays(7 * w(k)->shift), wd));
        return true;
    }
    if (x->weekdayGuarded) {
        // "Sat", "Sun", "Wed" alone: only right after "on" or a shift, capitalised.
        const bool context =
            licensed || fn(i - 1, TimeFunction::On) || (w(i - 1) && w(i - 1)->hasShift);
        if (!context || !upper(i) || (isWord(i + 1) && upper(i + 1) && !w(i + 1)))
            return false;
    }
    out = Atom();
    out.end = i + 1;
    out.a = fixedDay(DateMath::nearestWeekday(wd, m_ref));
    out.a.weekdayOnly = true;
    return true;
}

bool Parser::relativeForms(int i, Atom &out) const {
    const TimeWord *x = w(i);
    if (!x)
        return false;
    // today, tomorrow, yesterday, tonight, the day after tomorrow
    if (x->relativeDay) {
        Spec s = fixedDay(m_ref.addDays(x->dayOffset));
        s.dayPart = x->relativeDayPart != TimeDayPart::None;
        int end = i + 1;
        const TimeWord *p = w(end);
        if (p && p->dayPart != TimeDayPart::None && p->dayPart != TimeDayPart::Noon &&
            p->dayPart != TimeDayPart::Midnight && p->dayPart != TimeDayPart::Daytime) {
            s.dayPart = true; // "tomorrow morning"
            ++end;
        }
        out = Atom();
        out.end = end;
        out.a = s;
        return true;
    }
    if (x->present) {
        // A bare "now" is mostly an adverb ("is now available"); as a time it ends a clause.
        if (!textOf(i).contains(u' ') && plainWord(i + 1))
            return false;
        Spec s = fixedDay(m_ref);
        s.present = true;
        out = Atom();
        out.end = i + 1;
        out.a = s;
        return true;
    }
    // earlier/later this month, later in the year
    if (x->approach) {
        int j = i + 1;
        int shift = 0;
        bool ok = false;
        TimeUnit u = TimeUnit::None;
        if (w(j) && w(j)->hasShift && !w(j)->shiftNearest && unitAt(j + 1, &u, false)) {
            shift = w(j)->shift;
            j += 2;
            ok = true;
        } else if (w(j) && w(j)->direction == TimeDirection::In && fn(j + 1, TimeFunction::The) &&
                   unitAt(j + 2, &u, false)) {
            j += 3;
            ok = true;
        }
        if (!ok || (u != TimeUnit::Week && u != TimeUnit::Month && u != TimeUnit::Year &&
                    u != TimeUnit::Quarter && u != TimeUnit::Decade))
            return false;
        DateInterval whole = DateMath::unitAround(m_ref, u, shift);
        if (shift == 0) {
            if (x->approach < 0 && m_ref > whole.begin)
                whole.end = m_ref.addDays(-1);
            else if (x->approach > 0)
                whole.begin = m_ref;
        } else {
            whole = DateMath::part(whole, x->approach < 0 ? TimePart::Start : TimePart::End);
        }
        out = Atom();
        out.end = j;
        out.a = fixedSpec(whole);
        return true;
    }
    int j = i;
    bool the = false;
    if (x->function == TimeFunction::The) {
        the = true;
        ++j;
    }
    const TimeWord *s = w(j);
    if (!s)
        return false;
    // "the week after next"
    TimeUnit u = TimeUnit::None;
    if (the && unitAt(j, &u, false) && w(j + 1) && w(j + 1)->bound == TimeBound::After &&
        w(j + 2) && w(j + 2)->hasShift && w(j + 2)->shift == 1 && !w(j + 2)->shiftNearest &&
        (u == TimeUnit::Week || u == TimeUnit::Month || u == TimeUnit::Year)) {
        DateInterval d = DateMath::unitAround(m_ref, u, 2);
        d.precision = DateMath::precisionOf(u);
        out = Atom();
        out.end = j + 3;
        out.a = fixedSpec(d);
        return true;
    }
    // "over the weekend": the nearest one
    if (the && unitAt(j, &u, false) && u == TimeUnit::Weekend && !w(j)->unitGuarded &&
        !(w(j + 1) && w(j + 1)->function == TimeFunction::Of)) {
        const int toSaturday = 6 - m_ref.dayOfWeek();
        const QDate saturday =
            m_ref.addDays(toSaturday >= -1 && toSaturday <= 3 ? toSaturday : toSaturday - 7);
        out = Atom();
        out.end = j + 1;
        out.a = fixedSpec({saturday, saturday.addDays(1), DatePrecision::Week, false});
        return true;
    }
    if (!s->hasShift || !isWord(j))
        return false;
    const int shift = s->shift;
    const bool nearest = s->shiftNearest;
    const int k = j + 1;
    // Narrative anchors: "the following week", "the next day" follow another event.
    const bool narrative = the && (shift > 0 || s->shiftNarrative);
    // shift + unit: "next week", "this month", "last year", "past quarter"
    if (unitAt(k, &u, false) && !w(k)->unitGuarded) {
        if (u == TimeUnit::Hour || u == TimeUnit::Minute || u == TimeUnit::Second ||
            u == TimeUnit::BusinessDay)
            return false;
        Spec r;
        if (u == TimeUnit::FiscalYear) {
            r.g = G::Year;
            r.year = m_ref.year() + shift;
            r.noValue = true;
        } else if (nearest && shift < 0 &&
                   (u == TimeUnit::Day || u == TimeUnit::Week || u == TimeUnit::Month ||
                    u == TimeUnit::Year || u == TimeUnit::Fortnight)) {
            // "the past week", "past year": the span just before the reference.
            DateInterval d;
            d.begin = DateMath::addUnits(m_ref, u, -1);
            d.end = m_ref.addDays(-1);
            d.precision = DateMath::precisionOf(u);
            r = fixedSpec(d);
        } else {
            DateInterval d = DateMath::unitAround(m_ref, u, shift);
            d.precision = DateMath::precisionOf(u);
            r = fixedSpec(d);
        }
        if (narrative && (u == TimeUnit::Day || s->shiftNarrative))
            r.noValue = true;
        int end = k + 1;
        const int start = the && u != TimeUnit::Decade && u != TimeUnit::Century ? j : -1;
        // "next week Monday", "next week on Tuesday", "previous week - monday"
        if (u == TimeUnit::Week) {
            int m = end;
            if (fn(m, TimeFunction::On) || isDash(m) || punct(m, u','))
                ++m;
            const TimeWord *d = w(m);
            if (d && d->weekday && isWord(m)) {
                r = fixedDay(DateMath::weekdayInWeek(m_ref.addDays(7 * shift), d->weekday));
                end = m + 1;
            }
        }
        out = Atom();
        out.end = end;
        out.start = start;
        out.a = r;
        return true;
    }
    // shift + N + units: "next 3 days", "past two quarters", "the last 3 months"
    int n = 0, ne = 0;
    bool vague = false;
    if (numberAt(k, &n, &ne, &vague, false) && n > 0 && unitAt(ne, &u, false)) {
        if (u == TimeUnit::Hour || u == TimeUnit::Minute || u == TimeUnit::Second)
            return false;
        DateInterval d;
        if (shift == 0)
            return false;
        if (u == TimeUnit::Quarter || u == TimeUnit::Decade || u == TimeUnit::Century ||
            u == TimeUnit::Half) {
            const DateInterval cur = DateMath::unitAround(m_ref, u, 0);
            if (shift > 0) {
                d.begin = cur.end.addDays(1);
                d.end = DateMath::addUnits(d.begin, u, n).addDays(-1);
            } else {
                d.end = cur.begin.addDays(-1);
                d.begin = DateMath::addUnits(cur.begin, u, -n);
            }
        } else if (shift > 0) {
            d.begin = m_ref.addDays(1);
            d.end = DateMath::addUnits(m_ref, u, n);
        } else {
            d.begin = DateMath::addUnits(m_ref, u, -n);
            d.end = m_ref.addDays(-1);
        }
        d.precision = DateMath::precisionOf(u);
        Spec r = fixedSpec(d);
        r.noValue = vague;
        out = Atom();
        out.end = ne + 1;
        out.start = the && u != TimeUnit::Decade && u != TimeUnit::Century ? j : -1;
        out.a = r;
        return true;
    }
    const TimeWord *t = w(k);
    if (!t || !isWord(k))
        return false;
    // shift + weekday
    if (t->weekday) {
        const int wd = t->weekday;
        QDate d;
        if (!nearest) {
            d = DateMath::weekdayInWeek(m_ref.addDays(7 * shift), wd);
        } else if (shift > 0) {
            d = m_ref.addDays(1);
            while (d.dayOfWeek() != wd)
                d = d.addDays(1);
        } else {
            d = m_ref.addDays(-1);
            while (d.dayOfWeek() != wd)
                d = d.addDays(-1);
        }
        Spec r = fixedDay(d);
        int end = k + 1;
        // "this friday 5/12", "this Friday-Jun-15": the date governs
        int m = end;
        if (punct(m, u',') || isDash(m))
            ++m;
        Atom date;
        if ((monthFirst(m, date, true) && date.a.g == G::Day) ||
            (chain(m, date) && !date.isRange && date.a.g == G::Day)) {
            if (date.a.year == 0)
                date.a.year = DateMath::nearestYear(date.a.month, date.a.day, m_ref);
            out = date;
            return true;
        }
        const TimeWord *p = w(end);
        if (p && p->dayPart != TimeDayPart::None && p->dayPart != TimeDayPart::Noon &&
            p->dayPart != TimeDayPart::Midnight) {
            r.dayPart = true;
            ++end;
        }
        out = Atom();
        out.end = end;
        out.a = r;
        return true;
    }
    // shift + month: "this September", "last May", "next March" ("this may take" is a verb)
    if (t->month && !(t->monthGuarded && !upper(k) && isWord(k + 1))) {
        const int m = t->month;
        int y = m_ref.year();
        if (shift > 0 && m <= m_ref.month())
            ++y;
        else if (shift < 0 && m >= m_ref.month())
            --y;
        Spec r;
        r.g = G::Month;
        r.month = m;
        r.year = y;
        out = Atom();
        out.end = k + 1;
        out.a = r;
        return true;
    }
    if (t->seasonFirst) {
        int y = m_ref.year();
        if (shift > 0 && t->seasonFirst <= m_ref.month())
            ++y;
        else if (shift < 0 && t->seasonFirst >= m_ref.month())
            --y;
        Spec r;
        r.g = G::Season;
        r.index = t->seasonFirst;
        r.index2 = t->seasonLast;
        r.year = y;
        out = Atom();
        out.end = k + 1;
        out.a = r;
        return true;
    }
    if (t->holiday >= 0) {
        const TimeHoliday &h = m_lex.holidays()[static_cast<size_t>(t->holiday)];
        QDate d;
        for (int y = m_ref.year() - 1; y <= m_ref.year() + 1; ++y) {
            const QDate c = DateMath::holiday(h, y);
            if (shift > 0 && c > m_ref && !d.isValid())
                d = c;
            if (shift < 0 && c < m_ref)
                d = c;
            if (shift == 0 && c.year() == m_ref.year())
                d = c;
        }
        if (!d.isValid())
            return false;
        out = Atom();
        out.end = k + 1;
        out.start = the ? j : -1;
        out.a = fixedDay(d);
        return true;
    }
    // "this morning", "last night"
    if (t->dayPart != TimeDayPart::None && t->dayPart != TimeDayPart::Noon &&
        t->dayPart != TimeDayPart::Midnight) {
        Spec r = fixedDay(shift < 0 && t->dayPart == TimeDayPart::Night ? m_ref.addDays(-1)
                                                                        : m_ref.addDays(shift));
        r.dayPart = true;
        out = Atom();
        out.end = k + 1;
        out.a = r;
        return true;
    }
    return false;
}

// "early 2026", "mid-November", "late March 2026", "the end of 2026", "end of the year",
// "the beginning of next month", "the late 1990s".
bool Parser::partForms(int i, Atom &out) const {
    const TimeWord *p = w(i);
    if (!p || p->part == TimePart::None)
        return false;
    int k = i + 1;
    const bool hyphen = isDash(k) && glued(k) && glued(k + 1);
    if (p->partNeedsOf) {
        if (fn(k, TimeFunction::Of))
            ++k;
        else if (hyphen)
            ++k;
        else
            return false;
    } else if (hyphen || fn(k, TimeFunction::Of)) {
        ++k;
    }
    // "the year", "the month", "year"
    int t = k;
    const bool the = fn(t, TimeFunction::The);
    if (the)
        ++t;
    TimeUnit u = TimeUnit::None;
    Spec s;
    int end = 0;
    if (unitAt(t, &u, false) &&
        (u == TimeUnit::Week || u == TimeUnit::Month || u == TimeUnit::Year ||
         u == TimeUnit::Quarter || u == TimeUnit::Decade) &&
        !(w(t + 1) && w(t + 1)->function == TimeFunction::None && isNum(t + 1))) {
        DateInterval d = DateMath::unitAround(m_ref, u, 0);
        d.precision = DateMath::precisionOf(u);
        s = fixedSpec(d);
        end = t + 1;
    } else {
        Atom a;
        if (!atom(k, a, true) || a.isRange)
            return false;
        s = a.a;
        end = a.end;
        if (s.g == G::Fixed && isDayLevel(s))
            return false; // "early Monday" is Monday; leave it to the weekday
    }
    s.part = p->part;
    out = Atom();
    out.end = end;
    out.a = s;
    return true;
}

// "week 31", "week 3 of 2027", "the week of April 10th", "w/c Feb 4".
bool Parser::weekForms(int i, Atom &out) const {
    const TimeWord *x = w(i);
    if (!x)
        return false;
    if (x->weekOf) {
        Atom d;
        if (!atom(i + 1, d, true) || d.isRange || !isDayLevel(d.a))
            return false;
        // "the week of March 9 through March 13": the days the text names
        int c = 0;
        Atom b;
        if (connector(d.end, false, &c) && secondSide(c, d.a, b) && !b.isRange && isDayLevel(b.a)) {
            out = Atom();
            out.end = b.end;
            out.a = d.a;
            out.b = b.a;
            linkYears(out.a, out.b);
            out.isRange = true;
            return true;
        }
        bool ok = true;
        const DateInterval day = resolve(d.a, &ok);
        if (!ok)
            return false;
        out = Atom();
        out.end = d.end;
        out.a = fixedSpec(DateMath::weekOf(day.begin));
        return true;
    }
    if (x->unit == TimeUnit::Week && isNum(i + 1) && tok(i + 1).suffix == 0 &&
        tok(i + 1).digits <= 2 && tok(i + 1).value >= 1 && tok(i + 1).value <= 53 &&
        !wordGluedRight(i + 1) && tok(i + 1).space) {
        int y = m_ref.year();
        int end = i + 2;
        int ty = 0, te = 0;
        if (fn(end, TimeFunction::Of) && yearTarget(end + 1, &ty, &te)) {
            y = ty;
            end = te;
        }
        out = Atom();
        out.end = end;
        out.a = fixedSpec(DateMath::isoWeek(y, tok(i + 1).value));
        return true;
    }
    return false;
}

bool Parser::holidayForms(int i, Atom &out) const {
    const TimeWord *x = w(i);
    if (!x || x->holiday < 0)
        return false;
    const TimeHoliday &h = m_lex.holidays()[static_cast<size_t>(x->holiday)];
    int end = i + 1;
    int y = 0, ye = 0;
    const int k = fn(end, TimeFunction::Of) || punct(end, u',') ? end + 1 : end;
    QDate d;
    if (yearNumber(k, &y, &ye)) {
        d = DateMath::holiday(h, y);
        end = ye;
    } else {
        for (int c = m_ref.year() - 1; c <= m_ref.year() + 1; ++c) {
            const QDate cand = DateMath::holiday(h, c);
            if (!d.isValid() || std::abs(m_ref.daysTo(cand)) < std::abs(m_ref.daysTo(d)))
                d = cand;
        }
    }
    if (!d.isValid())
        return false;
    out = Atom();
    out.end = end;
    out.a = fixedDay(d);
    return true;
}

// ------------------------------------------------------------------ times

bool Parser::timeAt(int i, int *end, bool allowBare, bool *meridiem) const {
    const TimeToken &t = tok(i);
    if (meridiem)
        *meridiem = false;
    if (t.kind == TimeToken::Word && t.w &&
        (t.w->dayPart == TimeDayPart::Noon || t.w->dayPart == TimeDayPart::Midnight)) {
        *end = i + 1;
        return true;
    }
    if (t.kind != TimeToken::Number || t.suffix != 0 || t.digits > 2 || t.value > 24 ||
        wordGluedLeft(i))
        return false;
    int j = i + 1;
    bool minutes = false;
    if (punct(j, u':') && glued(j) && isNum(j + 1) && glued(j + 1) && tok(j + 1).digits == 2 &&
        tok(j + 1).value < 60 && tok(j + 1).suffix == 0) {
        minutes = true;
        j += 2;
        if (punct(j, u':') && glued(j) && isNum(j + 1) && glued(j + 1) && tok(j + 1).digits == 2)
            j += 2;
    } else if ((punct(j, u'.')) && glued(j) && isNum(j + 1) && glued(j + 1) &&
               tok(j + 1).digits == 2 && tok(j + 1).value < 60) {
        // "8.30pm": only with am/pm after it (or "at" before it, checked by the caller)
        const TimeWord *m = w(j + 2);
        if ((m && m->meridiem && (!m->meridiemGuarded || glued(j + 2))) || allowBare) {
            minutes = true;
            j += 2;
        }
    }
    if (isNum(j - 1) && (wordGluedRight(j - 1) && !(w(j) && (w(j)->meridiem || w(j)->oclock))))
        return false;
    bool mer = false;
    int k = j;
    if (punct(k, u'.') && glued(k) && w(k + 1) && w(k + 1)->meridiem && glued(k + 1))
        ++k; // "9.am"
    const TimeWord *m = w(k);
    if (m && m->meridiem && isWord(k) && (!m->meridiemGuarded || glued(k)) &&
        !(m->meridiemGuarded && glued(k + 1))) {
        if (t.value > 12)
            return false;
        mer = true;
        j = k + 1;
    } else if (m && m->oclock) {
        j = k + 1;
        mer = true;
    }
    if (mer && glued(j) && (isWord(j) || isNum(j)))
        return false; // "3am3ioY": letters of a code, not a time
    if (meridiem)
        *meridiem = mer;
    if (!minutes && !mer && !allowBare)
        return false;
    if (glued(j) && punct(j, u'%'))
        return false;
    *end = j;
    return true;
}

// "9am-5pm", "5 to 6pm", "3-8pm", "between 4pm and 5pm", "from 10:30 to 3".
bool Parser::timeRangeAt(int i, int *end) const {
    int j = i;
    const TimeWord *x = w(i);
    const bool between = x && x->range == TimeRangeRole::Between;
    const bool from = x && x->range == TimeRangeRole::From;
    if (between || from)
        ++j;
    int e1 = 0;
    bool m1 = false;
    if (!timeAt(j, &e1, true, &m1))
        return false;
    int c = 0;
    if (!connector(e1, between, &c))
        return false;
    int e2 = 0;
    bool m2 = false;
    if (!timeAt(c, &e2, (between || from) && (m1 || tok(j).digits > 0), &m2))
        return false;
    const bool strong1 = m1 || (punct(j + 1, u':'));
    const bool strong2 = m2 || (punct(c + 1, u':'));
    if (!strong1 && !strong2)
        return false;
    *end = e2;
    return true;
}

// ------------------------------------------------------------------ expressions

bool Parser::connector(int i, bool between, int *end) const {
    if (isDash(i) || punct(i, u'~')) {
        *end = i + 1;
        return true;
    }
    const TimeWord *x = w(i);
    if (!x)
        return false;
    if (between ? (x->range == TimeRangeRole::And || x->range == TimeRangeRole::To)
                : x->range == TimeRangeRole::To) {
        *end = i + 1;
        return true;
    }
    return false;
}

// The second side of a range, filling what it leaves out from the first.
bool Parser::secondSide(int i, const Spec &first, Atom &out) const {
    int j = i;
    if (fn(j, TimeFunction::The) && (isNum(j + 1) || (w(j + 1) && w(j + 1)->ordinal > 0)) &&
        first.g == G::Day) {
        int d = 0, de = 0;
        bool ordinal = false;
        if (dayNumber(j + 1, &d, &de, false, &ordinal) && ordinal) {
            Atom a;
            if (!dayFirst(j, a) || a.end <= de) {
                out = Atom();
                out.end = de;
                out.a = first;
                out.a.day = d;
                return true;
            }
        }
    }
    return atom(i, out, true, &first);
}

// A bare day before a connector whose second side names the month: "2-4 March",
// "between 3 and 12 of Sept", "from ninth till seventeenth of april".
bool Parser::ellipticFirst(int i, int *day, int *end) const {
    int j = i;
    if (fn(j, TimeFunction::The))
        ++j;
    bool ordinal = false;
    return dayNumber(j, day, end, false, &ordinal) && (j == i || ordinal);
}

bool Parser::rangeExpr(int i, Expr &out) const {
    const TimeWord *x = w(i);
    if (!x || (x->range != TimeRangeRole::From && x->range != TimeRangeRole::Between))
        return false;
    const bool between = x->range == TimeRangeRole::Between;
    Atom a;
    const bool haveA = atom(i + 1, a, true);
    if (haveA && a.isRange) {
        out = Expr();
        out.start = i;
        out.end = a.end;
        out.a = a.a;
        out.b = a.b;
        out.isRange = true;
        return true;
    }
    int c = 0;
    if (haveA && !between && w(a.end) && w(a.end)->toDate == 1) {
        // "from March to date"
        out = Expr();
        out.start = i;
        out.end = a.end + 1;
        out.a = a.a;
        out.b = fixedDay(m_ref);
        out.isRange = true;
        linkYears(out.a, out.b);
        return true;
    }
    if (haveA && connector(a.end, between, &c)) {
        Atom b;
        if (secondSide(c, a.a, b) && !b.isRange) {
            out = Expr();
            out.start = i;
            out.end = b.end;
            out.a = a.a;
            out.b = b.a;
            out.isRange = true;
            linkYears(out.a, out.b);
            return true;
        }
    }
    // "between 3 and 12 of Sept": the first side is a bare day.
    int d = 0, de = 0;
    if (ellipticFirst(i + 1, &d, &de) && (!haveA || a.end <= de) && connector(de, between, &c)) {
        Atom b;
        if (atom(c, b, true) && !b.isRange && b.a.g == G::Day && b.a.month > 0) {
            out = Expr();
            out.start = i;
            out.end = b.end;
            out.a = b.a;
            out.a.day = d;
            out.b = b.a;
            out.isRange = true;
            return true;
        }
    }
    return false;
}

bool Parser::boundExpr(int i, Expr &out) const {
    const TimeWord *x = w(i);
    if (!x || x->bound == TimeBound::None || x->boundPostfix)
        return false;
    int j = i + 1;
    Atom a;
    bool ok = atom(j, a, true);
    if (!ok && fn(j, TimeFunction::The)) {
        ok = atom(j + 1, a, true);
        // "since the March 9 Vela release": the date names an event the bound governs;
        // the date itself is what the sentence states.
        if (ok && isWord(a.end) && !w(a.end))
            return false;
    }
    if (!ok)
        return false;
    out = Expr();
    out.start = i;
    out.end = a.end;
    out.a = a.a;
    if (a.isRange) {
        // "since 2014-2018" reads best as the whole range's bound on its far side.
        out.a = x->bound == TimeBound::Before || x->bound == TimeBound::Since ? a.a : a.b;
    }
    out.bound = x->bound;
    if (hasYearSlot(out.a) && out.a.year == 0 && firstMonthOf(out.a) > 0) {
        // "since March" looks back, "by June" ahead: the year that puts the date on that side.
        const bool back = out.bound == TimeBound::Since || out.bound == TimeBound::After;
        Spec probe = out.a;
        bool ok = true;
        for (int y = m_ref.year() + (back ? 0 : -1); ok; y += back ? -1 : 1) {
            probe.year = y;
            const DateInterval d = resolve(probe, &ok);
            if (ok && (back ? d.begin <= m_ref : d.end >= m_ref)) {
                out.a.year = y;
                break;
            }
            if (std::abs(y - m_ref.year()) > 1)
                break;
        }
    }
    if (out.a.weekdayOnly) {
        // "until Friday" looks ahead, "since Monday" back.
        const int wd = out.a.fixed.begin.dayOfWeek();
        QDate d = m_ref;
        const int step = out.bound == TimeBound::Until || out.bound == TimeBound::Before ? 1 : -1;
        while (d.dayOfWeek() != wd)
            d = d.addDays(step);
        out.a.fixed = DateInterval::day(d);
    }
    // "before the end of 2026" is by its last day; "after the start of March" from its first.
    if (out.bound == TimeBound::Before && out.a.part == TimePart::End)
        out.bound = TimeBound::Until;
    else if (out.bound == TimeBound::After && out.a.part == TimePart::Start)
        out.bound = TimeBound::Since;
    return true;
}

int Parser::attachTime(int i, const Spec &date, Expr &e) const {
    if (!isDayLevel(date) && !(date.g == G::Fixed && date.dayPart))
        return i;
    int j = i;
    if (punct(j, u','))
        ++j;
    const bool at = fn(j, TimeFunction::At);
    if (at)
        ++j;
    int end = 0;
    if (timeRangeAt(j, &end)) {
        e.time = 2;
        return end;
    }
    if (timeAt(j, &end, at)) {
        e.time = 1;
        return end;
    }
    if (!at && j == i && w(i) && w(i)->dayPart != TimeDayPart::None &&
        w(i)->dayPart != TimeDayPart::Noon && w(i)->dayPart != TimeDayPart::Midnight &&
        isDayLevel(date)) {
        e.time = 2; // "Tuesday afternoon"
        return i + 1;
    }
    return i;
}

bool Parser::atomExpr(int i, Expr &out) const {
    Atom a;
    if (!atom(i, a, false)) {
        // "2-4 March", "9 to 12 of June"
        int d = 0, de = 0, c = 0;
        if (!ellipticFirst(i, &d, &de) || !connector(de, false, &c))
            return false;
        Atom b;
        if (!dayFirst(c, b) || b.a.g != G::Day || b.a.month == 0)
            return false;
        if (tok(i).kind != TimeToken::Number && !fn(i, TimeFunction::The))
            return false;
        out = Expr();
        out.start = i;
        out.end = b.end;
        out.a = b.a;
        out.a.day = d;
        out.b = b.a;
        out.isRange = true;
        return true;
    }
    out = Expr();
    out.start = a.start >= 0 ? a.start : i;
    out.end = a.end;
    out.a = a.a;
    if (a.time) {
        out.time = 1;
        return true;
    }
    if (a.isRange) {
        out.b = a.b;
        out.isRange = true;
        return true;
    }
    // A range without "from": "March 3-April 2", "2024–2026", "March 2-4", "Jan-Feb 2017".
    int c = 0;
    const bool chainDash = isNum(i) && isNum(a.end - 1) && glued(a.end) && glued(a.end + 1) &&
                           (punct(a.end, u'-') || punct(a.end, u'/')) && isNum(a.end + 1);
    if (a.a.g != G::Fixed && !chainDash && connector(a.end, false, &c)) {
        Atom b;
        const bool dash = isDash(a.end) || punct(a.end, u'~');
        if (secondSide(c, a.a, b) && !b.isRange && b.a.g != G::Fixed &&
            (dash || b.a.g == a.a.g || b.a.year)) {
            const bool sameKind = b.a.g == a.a.g || (a.a.g == G::Month && b.a.g == G::Day) ||
                                  (a.a.g == G::Day && b.a.g == G::Month);
            if (sameKind || b.a.year) {
                out.end = b.end;
                out.b = b.a;
                out.isRange = true;
                linkYears(out.a, out.b);
                return true;
            }
        }
    }
    // Postfix bounds: "2018 or later", "1/1/2016 and after"
    const TimeWord *p = w(a.end);
    if (p && p->bound != TimeBound::None && p->boundPostfix) {
        out.end = a.end + 1;
        out.bound = p->bound;
        return true;
    }
    out.end = attachTime(a.end, a.a, out);
    return true;
}

bool Parser::offsetExpr(int i, Expr &out) const {
    const TimeWord *x = w(i);
    // "in 3 days", "within 9 months", "in a week"
    if (x && (x->direction == TimeDirection::In || x->direction == TimeDirection::Within)) {
        int n = 0, ne = 0;
        bool vague = false;
        TimeUnit u = TimeUnit::None;
        int j = i + 1;
        if (x->direction == TimeDirection::Within && fn(j, TimeFunction::The) && w(j + 1) &&
            w(j + 1)->hasShift && w(j + 1)->shift > 0)
            ++j; // "within the next 18 months"
        if (x->direction == TimeDirection::Within && w(j) && w(j)->hasShift && w(j)->shift > 0)
            ++j; // "within next 10 months"
        if (!numberAt(j, &n, &ne, &vague, true) || !unitAt(ne, &u, false))
            return false;
        if (w(ne + 1) && (w(ne + 1)->direction == TimeDirection::FromNow ||
                          w(ne + 1)->range == TimeRangeRole::From))
            return false; // "in two days from today": the amount belongs to its anchor
        out = Expr();
        out.start = i;
        out.end = ne + 1;
        if (u == TimeUnit::Hour || u == TimeUnit::Minute || u == TimeUnit::Second) {
            out.a = fixedDay(m_ref);
            out.explicitKind = true;
            out.kind = x->direction == TimeDirection::Within ? MentionKind::DateTimeRange
                                                             : MentionKind::DateTime;
            return true;
        }
        if (x->direction == TimeDirection::In) {
            Spec s = fixedDay(DateMath::addUnits(m_ref, u, n), DateMath::precisionOf(u));
            s.noValue = vague;
            s.approximate = u != TimeUnit::Day;
            out.a = s;
        } else {
            DateInterval d;
            d.begin = m_ref;
            d.end = DateMath::addUnits(m_ref, u, n).addDays(-1);
            d.precision = DateMath::precisionOf(u);
            out.a = fixedSpec(d);
            out.a.noValue = vague;
        }
        return true;
    }
    // An amount of time: "two weeks ago", "3 days from Tuesday", "2 weeks before May 13 1999",
    // "four days after the launch", "5 upcoming years", or a plain duration.
    int n = 0, ne = 0;
    bool vague = false;
    TimeUnit u = TimeUnit::None;
    bool decimal = false;
    if (isNum(i) && glued(i + 1) && punct(i + 1, u'.') && glued(i + 2) && isNum(i + 2) &&
        !wordGluedLeft(i)) {
        decimal = true; // "2.5 hours"
        n = tok(i).value;
        ne = i + 3;
    } else if (!numberAt(i, &n, &ne, &vague, true)) {
        // "half an hour"
        const TimeWord *h = w(i);
        if (h && h->unit == TimeUnit::Half && w(i + 1) && w(i + 1)->numberGuarded &&
            unitAt(i + 2, &u, false) && !w(i + 2)->unitPlural) {
            out = Expr();
            out.start = i;
            out.end = i + 3;
            out.explicitKind = true;
            out.kind = MentionKind::Duration;
            return true;
        }
        return false;
    }
    const bool article = w(i) && w(i)->numberGuarded;
    // "5 upcoming years", "the 3 next weeks"
    if (!decimal && w(ne) && w(ne)->hasShift && unitAt(ne + 1, &u, false) && w(ne)->shift != 0) {
        const int shift = w(ne)->shift;
        DateInterval d;
        if (shift > 0) {
            d.begin = m_ref.addDays(1);
            d.end = DateMath::addUnits(m_ref, u, n);
        } else {
            d.begin = DateMath::addUnits(m_ref, u, -n);
            d.end = m_ref.addDays(-1);
        }
        d.precision = DateMath::precisionOf(u);
        out = Expr();
        out.start = i;
        out.end = ne + 2;
        out.a = fixedSpec(d);
        return true;
    }
    // units, possibly several: "2 weeks and 2 days", "2 years 1 month 21 days"
    struct Amount {
        int n;
        TimeUnit u;
    };
    Amount amounts[4];
    int count = 0;
    int k = ne;
    const bool glue = glued(ne) && isNum(i); // "3h", "10D", "3.5years"
    if (!unitAt(k, &u, glue) || (glue && !isNum(ne - 1)))
        return false;
    if (glue && w(k)->unitGuarded && !licensedBefore(i))
        return false; // "3D", "500W", "5G" are not durations
    if (glue && (wordGluedRight(k) || (glued(k + 1) && isNum(k + 1))))
        return false; // "1H26", "3A6000"
    if (isNum(i) && !glue && tok(i).digits == 4 && n >= 1000)
        return false; // "in 2026 days"? a year, not an amount
    amounts[count++] = {n, u};
    k = k + 1;
    while (count < 4 && !decimal) {
        int m = k;
        if (fn(m, TimeFunction::And) || punct(m, u','))
            ++m;
        int n2 = 0, ne2 = 0;
        bool v2 = false;
        TimeUnit u2 = TimeUnit::None;
        if (!numberAt(m, &n2, &ne2, &v2, false) || !unitAt(ne2, &u2, false))
            break;
        amounts[count++] = {n2, u2};
        k = ne2 + 1;
    }
    auto shifted = [&](QDate d, int sign) {
        for (int a = 0; a < count; ++a)
            d = DateMath::addUnits(d, amounts[a].u, sign * amounts[a].n);
        return d;
    };
    const TimeUnit coarsest = amounts[0].u;
    const bool subDay =
        coarsest == TimeUnit::Hour || coarsest == TimeUnit::Minute || coarsest == TimeUnit::Second;
    const TimeWord *d = w(k);
    out = Expr();
    out.start = i;
    out.end = k;
    if (d && d->bound == TimeBound::Since && !d->boundPostfix && !subDay) {
        // "a week starting tomorrow", "2 weeks starting May 20th"
        Atom from;
        bool ok = true;
        if (atom(k + 1, from, true) && !from.isRange && isDayLevel(from.a)) {
            const DateInterval base = resolve(from.a, &ok);
            if (ok) {
                DateInterval r;
                r.begin = base.begin;
                r.end = shifted(base.begin, 1).addDays(-1);
                r.precision = DateMath::precisionOf(coarsest);
                out.end = from.end;
                out.a = fixedSpec(r);
                out.a.noValue = vague || decimal;
                return true;
            }
        }
    }
    auto dated = [&](QDate day) {
        Spec s = fixedDay(day, DateMath::precisionOf(coarsest));
        s.noValue = vague || decimal;
        s.approximate = coarsest != TimeUnit::Day && coarsest != TimeUnit::Week;
        return s;
    };
    if (d && d->direction == TimeDirection::Ago) {
        out.end = k + 1;
        out.a = dated(shifted(m_ref, -1));
        if (subDay) {
            out.explicitKind = true;
            out.kind = MentionKind::DateTime;
        }
        return true;
    }
    if (d && d->direction == TimeDirection::FromNow) {
        out.end = k + 1;
        out.a = dated(shifted(m_ref, 1));
        if (subDay) {
            out.explicitKind = true;
            out.kind = MentionKind::DateTime;
        }
        return true;
    }
    if (d && (d->bound == TimeBound::Before || d->bound == TimeBound::After ||
              d->range == TimeRangeRole::From)) {
        const int sign = d->bound == TimeBound::Before ? -1 : 1;
        Atom anchor;
        if (atom(k + 1, anchor, true) && !anchor.isRange && isDayLevel(anchor.a)) {
            bool ok = true;
            const DateInterval base = resolve(anchor.a, &ok);
            out.end = anchor.end;
            // "3 days from Tuesday", "2 weeks before May 13 1999"
            out.a = ok ? dated(shifted(base.begin, sign)) : Spec();
            if (!ok) {
                out.a.noValue = true;
                out.a.g = G::Fixed;
            }
            return true;
        }
        if (d->range != TimeRangeRole::From) {
            // "four days after the launch": anchored to an event the text names, no value.
            out.end = k + 1;
            out.a = dated(m_ref);
            out.a.noValue = true;
            return true;
        }
    }
    if (d && (d->direction == TimeDirection::Later || d->direction == TimeDirection::Earlier)) {
        // "three weeks later": anchored to an earlier event, no value.
        out.end = k + 1;
        out.a = dated(m_ref);
        out.a.noValue = true;
        if (subDay) {
            out.explicitKind = true;
            out.kind = MentionKind::DateTime;
        }
        return true;
    }
    if (article && !licensedBefore(i))
        return false; // "$5 billion a year": a rate, not a duration
    out.explicitKind = true;
    out.kind = MentionKind::Duration;
    return true;
}

bool Parser::timeExpr(int i, Expr &out) const {
    int end = 0;
    Expr e;
    e.start = i;
    e.explicitKind = true;
    if (timeRangeAt(i, &end)) {
        e.kind = MentionKind::TimeRange;
    } else {
        const bool at = fn(i - 1, TimeFunction::At);
        // "at 6.45" reads as a time; a bare "at 5" only beside a date.
        bool mer = false;
        if (!timeAt(i, &end, false, &mer)) {
            if (!(at && isNum(i) && glued(i + 1) && punct(i + 1, u'.') && timeAt(i, &end, true) &&
                  end == i + 3 && !isWord(end)))
                return false; // "at 6.45", but not "at 6.45 percent"
        }
        e.kind = MentionKind::Time;
    }
    e.end = end;
    // A date after the time: "3pm today", "8am this morning", "9am on Tuesday", "9 a.m. ET on May
    // 1".
    int j = end;
    if (w(j) && w(j)->timezone && isWord(j))
        ++j;
    if (punct(j, u','))
        ++j;
    if (fn(j, TimeFunction::On) || fn(j, TimeFunction::Of))
        ++j;
    Atom d;
    if (atom(j, d, true) && !d.isRange && (isDayLevel(d.a) || d.a.dayPart)) {
        e.a = d.a;
        e.a.dayPart = false;
        e.end = d.end;
        e.kind =
            e.kind == MentionKind::TimeRange ? MentionKind::DateTimeRange : MentionKind::DateTime;
    }
    out = e;
    return true;
}

bool Parser::setExpr(int i, Expr &out) const {
    const TimeWord *x = w(i);
    if (!x)
        return false;
    Expr e;
    e.start = i;
    e.explicitKind = true;
    e.kind = MentionKind::Set;
    if (x->frequency != TimeUnit::None) {
        if (plainWord(i + 1) && !upper(i + 1))
            return false; // "daily active users", "annual revenue": an adjective
        e.end = i + 1;
        out = e;
        return true;
    }
    if (x->set) {
        int j = i + 1;
        int n = 0, ne = 0;
        bool vague = false;
        if (numberAt(j, &n, &ne, &vague, false))
            j = ne;
        const TimeWord *t = w(j);
        if (!t || !isWord(j))
            return false;
        TimeUnit u = TimeUnit::None;
        if (!(unitAt(j, &u, false) || t->weekday || t->month || (t->dayPart != TimeDayPart::None)))
            return false;
        e.end = j + 1;
        int end = 0;
        int k = e.end;
        if (fn(k, TimeFunction::At) && timeAt(k + 1, &end, true))
            e.end = end;
        out = e;
        return true;
    }
    return false;
}

bool Parser::toDateExpr(int i, Expr &out) const {
    const TimeWord *x = w(i);
    if (!x || !x->toDate)
        return false;
    if ((glued(i) && isDash(i - 1)) || isNum(i + 1))
        return false; // "up-to-date", "equals to date 1"
    Expr e;
    e.start = i;
    e.end = i + 1;
    DateInterval d;
    d.end = m_ref;
    d.precision = DateMath::precisionOf(TimeUnit::Day);
    if (x->toDate == 2) {
        d.begin = QDate(m_ref.year(), 1, 1);
        e.a = fixedSpec(d);
    } else {
        e.a = fixedSpec(d);
        e.bound = TimeBound::Until;
        e.a.fixed = DateInterval::day(m_ref);
    }
    out = e;
    return true;
}

bool Parser::exprCore(int i, Expr &out) const {
    Expr best;
    Expr e;
    auto take = [&](const Expr &c) {
        if (c.end > best.end)
            best = c;
    };
    const TimeToken &t = tok(i);
    const TimeWord *x = t.w;
    if (x && x->bound != TimeBound::None && boundExpr(i, e))
        take(e);
    if (x && x->range != TimeRangeRole::None && rangeExpr(i, e))
        take(e);
    if (x && (x->range == TimeRangeRole::Between || x->range == TimeRangeRole::From)) {
        int end = 0;
        if (timeRangeAt(i, &end)) {
            e = Expr();
            e.start = i;
            e.end = end;
            e.explicitKind = true;
            e.kind = MentionKind::TimeRange;
            take(e);
        }
    }
    if (atomExpr(i, e))
        take(e);
    if (offsetExpr(i, e))
        take(e);
    if (t.kind == TimeToken::Number ||
        (x && (x->dayPart == TimeDayPart::Noon || x->dayPart == TimeDayPart::Midnight))) {
        if (timeExpr(i, e))
            take(e);
    }
    if (x && (x->set || x->frequency != TimeUnit::None) && setExpr(i, e))
        take(e);
    if (x && x->toDate && toDateExpr(i, e))
        take(e);
    if (best.end < 0)
        return false;
    out = best;
    return true;
}

bool Parser::expr(int i, Expr &out) const {
    const TimeWord *x = w(i);
    if (x && x->approx && isWord(i)) {
        Expr e;
        if (exprCore(i + 1, e) && !e.explicitKind) {
            e.start = i;
            e.approx = true;
            out = e;
            return true;
        }
    }
    return exprCore(i, out);
}

// ------------------------------------------------------------------ resolution

DateInterval Parser::resolve(const Spec &s, bool *ok) const {
    *ok = true;
    DateInterval d;
    switch (s.g) {
    case G::Day: {
        int m = s.month;
        int y = s.year;
        if (m == 0) {
            // "on the 18th": the nearest month that has that day
            QDate best;
            for (int delta = -1; delta <= 1; ++delta) {
                const QDate mm = m_ref.addMonths(delta);
                const QDate c(mm.year(), mm.month(), s.day);
                if (c.isValid() &&
                    (!best.isValid() || std::abs(m_ref.daysTo(c)) < std::abs(m_ref.daysTo(best))))
                    best = c;
            }
            if (!best.isValid()) {
                *ok = false;
                return d;
            }
            d = DateInterval::day(best);
            break;
        }
        if (y == 0)
            y = DateMath::nearestYear(m, s.day, m_ref);
        const QDate date(y, m, s.day);
        if (!date.isValid()) {
            *ok = false;
            return d;
        }
        d = DateInterval::day(date);
        break;
    }
    case G::Month:
        d = DateMath::month(s.year ? s.year : DateMath::nearestYear(s.month, 0, m_ref), s.month);
        break;
    case G::Season: {
        int y = s.year;
        if (!y) {
            qint64 bestDistance = -1;
            for (int c = m_ref.year() - 1; c <= m_ref.year() + 1; ++c) {
                const DateInterval i = DateMath::season(c, s.index, s.index2);
                const qint64 dist = m_ref < i.begin ? m_ref.daysTo(i.begin)
                                    : m_ref > i.end ? i.end.daysTo(m_ref)
                                                    : 0;
                if (bestDistance < 0 || dist < bestDistance) {
                    bestDistance = dist;
                    y = c;
                }
            }
        }
        d = DateMath::season(y, s.index, s.index2);
        break;
    }
    case G::Quarter:
        d = DateMath::quarter(s.year ? s.year : m_ref.year(), s.index);
        break;
    case G::Half:
        d = DateMath::half(s.year ? s.year : m_ref.year(), s.index);
        break;
    case G::Year:
        d = DateMath::year(s.year);
        break;
    case G::Decade:
        d = DateMath::decade(s.index);
        break;
    case G::Century:
        d = DateMath::century(s.index);
        break;
    case G::Fixed:
        d = s.fixed;
        break;
    case G::None:
        *ok = false;
        return d;
    }
    if (s.part != TimePart::None)
        d = DateMath::part(d, s.part);
    d.ambiguous = s.ambiguous;
    if (s.noValue)
        *ok = false;
    return d;
}

// Years the text states once for both sides: "Nov 18-Dec 19, 2015", "from May to Oct 2020".
void Parser::linkYears(Spec &a, Spec &b) const {
    if (b.g == G::Fixed && b.weekdayOnly && !a.noValue) {
        // "from next Monday to Friday": the Friday after that Monday
        bool ok = true;
        const DateInterval first = resolve(a, &ok);
        while (ok && b.fixed.begin < first.begin) {
            b.fixed.begin = b.fixed.begin.addDays(7);
            b.fixed.end = b.fixed.end.addDays(7);
        }
        return;
    }
    auto before = [](const Spec &x, const Spec &y) {
        const int mx = firstMonthOf(x), my = firstMonthOf(y);
        return mx > my || (mx == my && x.g == G::Day && y.g == G::Day && x.day > y.day);
    };
    if (hasYearSlot(a) && a.year == 0 && (b.year != 0 || b.g == G::Fixed) && firstMonthOf(a)) {
        if (b.g == G::Fixed) {
            a.year = b.fixed.begin.year();
            if (firstMonthOf(a) > b.fixed.begin.month())
                --a.year;
        } else if (hasYearSlot(b)) {
            a.year = before(a, b) ? b.year - 1 : b.year;
        } else if (b.g == G::Year) {
            a.year = b.year;
        }
    }
    if (hasYearSlot(b) && b.year == 0 && firstMonthOf(b)) {
        int base = a.year;
        if (a.g == G::Fixed) {
            base = a.fixed.begin.year();
        } else if (base == 0 && hasYearSlot(a) && firstMonthOf(a)) {
            bool ok = true;
            base = resolve(a, &ok).begin.year();
            if (ok)
                a.year = base;
        }
        if (base) {
            b.year = base;
            if (a.g == G::Fixed ? firstMonthOf(b) < a.fixed.begin.month() : before(a, b))
                ++b.year;
        }
    }
}

void Parser::report(const Expr &e, std::vector<Mention> &out) const {
    Mention m;
    m.start = tok(e.start).start;
    m.end = tok(e.end - 1).end;
    m.approximate = e.approx || e.a.approximate;
    if (e.explicitKind) {
        m.kind = e.kind;
        if ((m.kind == MentionKind::DateTime || m.kind == MentionKind::DateTimeRange) &&
            e.a.g != G::None) {
            bool ok = true;
            const DateInterval d = resolve(e.a, &ok);
            if (ok)
                m.value = ClaimValue::fromDate(d);
        }
        out.push_back(m);
        return;
    }
    bool ok = true;
    DateInterval a = resolve(e.a, &ok);
    if (e.isRange) {
        bool okB = true;
        const DateInterval b = resolve(e.b, &okB);
        ok = ok && okB;
        DateInterval r;
        r.begin = a.begin;
        r.end = b.end;
        r.precision = std::min(a.precision, b.precision);
        r.ambiguous = a.ambiguous || b.ambiguous;
        if (ok && r.end < r.begin)
            ok = false;
        a = r;
        m.kind = e.time ? MentionKind::DateTimeRange : MentionKind::DateRange;
    } else if (e.bound != TimeBound::None) {
        DateInterval r;
        r.precision = a.precision;
        r.ambiguous = a.ambiguous;
        switch (e.bound) {
        case TimeBound::Before:
            r.end = a.begin.addDays(-1);
            break;
        case TimeBound::Until:
            r.end = a.end;
            break;
        case TimeBound::After:
            r.begin = a.end.addDays(1);
            break;
        case TimeBound::Since:
            r.begin = a.begin;
            break;
        case TimeBound::None:
            break;
        }
        a = r;
        m.kind = MentionKind::DateRange;
    } else if (e.a.present) {
        m.kind = MentionKind::DateTime;
    } else if (e.a.dayPart || e.time == 2) {
        m.kind = MentionKind::DateTimeRange;
    } else if (e.time == 1) {
        m.kind = MentionKind::DateTime;
    } else {
        const bool day = a.begin.isValid() && a.begin == a.end;
        m.kind = (day || isDayLevel(e.a) ||
                  (!ok && e.a.g == G::Fixed && e.a.fixed.begin == e.a.fixed.end))
                     ? MentionKind::Date
                     : MentionKind::DateRange;
    }
    if (ok)
        m.value = ClaimValue::fromDate(a);
    out.push_back(m);
}

// Whether an expression can start at token i: digits, a starting word or a quote ("'90s").
inline bool canStart(const TimeToken &t) {
    if (t.kind == TimeToken::Number)
        return true;
    if (t.kind == TimeToken::Punct)
        return t.ch == u'\'' || t.ch == 0x2019;
    return t.w && t.w->starts;
}

// A number between ordinary words ("8 million units", "300 people") starts nothing unless it
// could be a year; checking that first skips most numbers of running text.
inline bool idleNumber(const std::vector<TimeToken> &toks, size_t i) {
    const TimeToken &t = toks[i];
    if (t.kind != TimeToken::Number || t.digits == 4 || t.suffix != 0 || i + 1 >= toks.size())
        return false;
    const TimeToken &next = toks[i + 1];
    const TimeToken *prev = i > 0 ? &toks[i - 1] : nullptr;
    return next.kind == TimeToken::Word && next.space && !next.w &&
           !(prev && prev->w && prev->w->starts);
}

} // namespace

bool TimeGrammar::canStart(const TimeWord &w) {
    const TimeWord *x = &w;
    return x->month || x->weekday || x->seasonFirst || x->relativeDay || x->present ||
           x->hasShift || x->unit != TimeUnit::None || x->part != TimePart::None || x->approach ||
           x->bound != TimeBound::None || x->range == TimeRangeRole::From ||
           x->range == TimeRangeRole::Between || x->direction == TimeDirection::In ||
           x->direction == TimeDirection::Within || x->number >= 0 || x->ordinal != 0 ||
           x->decade >= 0 || x->dayPart == TimeDayPart::Noon ||
           x->dayPart == TimeDayPart::Midnight || x->frequency != TimeUnit::None || x->set ||
           x->holiday >= 0 || x->function == TimeFunction::The || x->approx ||
           x->periodLetter != TimeUnit::None || x->fiscal || x->toDate || x->weekOf;
}

namespace {

void Parser::run(std::vector<Mention> &out) {
    for (int i = 0; i < m_n;) {
        if (!canStart(m_toks[static_cast<size_t>(i)]) ||
            idleNumber(m_toks, static_cast<size_t>(i))) {
            ++i;
            continue;
        }
        Expr e;
        if (expr(i, e) && e.end > i) {
            report(e, out);
            i = e.end;
        } else {
            ++i;
        }
    }
}

} // namespace

void TimeGrammar::parse(const TimeLexicon &lexicon, QStringView text,
                        const std::vector<TimeToken> &tokens, QDate reference,
                        std::vector<Mention> &out) {
    Parser(lexicon, text, tokens, reference).run(out);
}

} // namespace cc
