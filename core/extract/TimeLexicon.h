#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>
#include <cstdint>
#include <memory>
#include <vector>

namespace cc {

class LexiconSet;
struct LexiconEntry;

// Closed sets the time grammar reasons about. The words that name them live in
// resources/lexicons/time.json (docs/lexicons-time.md); only the roles are here.
enum class TimeUnit : std::int8_t {
    None,
    Day,
    Week,
    Fortnight,
    Weekend,
    Month,
    Quarter,
    Half,
    Year,
    Decade,
    Century,
    Hour,
    Minute,
    Second,
    Night,
    BusinessDay,
    FiscalYear
};
enum class TimePart : std::int8_t { None, Start, Mid, End };
enum class TimeBound : std::int8_t { None, Before, Until, After, Since };
enum class TimeRangeRole : std::int8_t { None, From, Between, To, And };
enum class TimeDirection : std::int8_t { None, Ago, Later, Earlier, FromNow, In, Within };
enum class TimeDayPart : std::int8_t {
    None,
    Morning,
    Afternoon,
    Evening,
    Night,
    Noon,
    Midnight,
    Daytime
};
enum class TimeFunction : std::int8_t { None, The, Of, At, On, Or, And };

// A holiday: a fixed day, the nth weekday of a month (nth -1: the last), or an offset from Easter.
struct TimeHoliday {
    int month = 0;
    int day = 0;
    int weekday = 0;
    int nth = 0;
    int offset = 0;
    bool easter = false;
};

// Everything the lexicon says about one surface form (a word or a phrase of several tokens).
// A form may play several roles ("last": a shift and an ordinal; "may": a guarded month).
struct TimeWord {
    std::int8_t month = 0; // 1..12
    bool monthGuarded = false;
    std::int8_t weekday = 0; // 1..7, Monday 1
    bool weekdayGuarded = false;
    std::int8_t seasonFirst = 0, seasonLast = 0; // months
    bool seasonGuarded = false;
    bool relativeDay = false;
    std::int8_t dayOffset = 0;
    TimeDayPart relativeDayPart = TimeDayPart::None;
    bool present = false;
    bool hasShift = false;
    std::int8_t shift = 0;
    bool shiftNearest = false;   // "past Wednesday": the most recent one, not last week's
    bool shiftNarrative = false; // "the following week": relative to the story, not the date
    TimeUnit unit = TimeUnit::None;
    bool unitGuarded = false;
    bool unitPlural = false;
    TimePart part = TimePart::None;
    bool partNeedsOf = false;
    std::int8_t approach = 0; // -1 earlier, +1 later ("earlier this month")
    TimeBound bound = TimeBound::None;
    bool boundPostfix = false;
    TimeRangeRole range = TimeRangeRole::None;
    TimeDirection direction = TimeDirection::None;
    std::int16_t number = -1;
    bool numberGuarded = false; // "a", "an"
    bool numberVague = false;   // "few", "several"
    bool numberTens = false;    // "twenty"
    std::int8_t ordinal = 0;    // 1..30, -1 for "last"
    bool ordinalSuffix = false; // "th" in "25th"
    bool decadeSuffix = false;  // "s" in "1990s"
    std::int8_t decade = -1;    // "nineties": 90
    TimeDayPart dayPart = TimeDayPart::None;
    std::int8_t meridiem = 0; // 1 am, 2 pm
    bool meridiemGuarded = false;
    bool oclock = false;
    bool timezone = false;
    bool timezoneGuarded = false;
    TimeUnit frequency = TimeUnit::None;
    bool set = false;
    int holiday = -1; // index into TimeLexicon::holidays()
    TimeFunction function = TimeFunction::None;
    bool preposition = false; // a bare year or guarded month after it is a date
    bool approx = false;
    TimeUnit periodLetter = TimeUnit::None; // the Q of Q3, the H of H2
    bool fiscal = false;
    std::int8_t toDate = 0; // 1 open ("to date"), 2 from the year's start ("year to date")
    bool weekOf = false;
    bool starts = false; // the grammar can start an expression here (set by markStarters)
};

// The time vocabulary, loaded and validated from the "time" lexicon, with a
// case-insensitive word table that allocates nothing per lookup and a phrase
// table for forms of several tokens.
class TimeLexicon {
public:
    explicit TimeLexicon(const LexiconSet &lexicons);
    ~TimeLexicon();

    // Problems found while loading, each starting with the entry's file:line.
    QStringList errors() const { return m_errors; }
    bool isEmpty() const { return m_words.empty(); }

    // The roles of a single word (case-insensitive; ’ reads as '), or nullptr.
    const TimeWord *word(QStringView text) const;

    // A phrase: a form of several tokens, compared token by token, case-insensitively.
    struct Phrase {
        std::vector<QString> tokens; // lower-case token texts
        int word = 0;                // index of its TimeWord
    };
    // The phrases sharing a first token, longest first, with the lengths their second
    // tokens can have (bit n: length n) so that most heads ("the", "a") fail at once.
    struct PhraseList {
        std::vector<Phrase> phrases;
        std::uint64_t secondLengths = 0;
    };
    // Phrases whose first token is `first` (any case); nullptr when none.
    const PhraseList *phrasesStartingWith(QStringView first) const;
    // Both at once, with one case fold and one hash probe: the tokenizer's hot path.
    struct Hit {
        const TimeWord *word = nullptr;
        const PhraseList *phrases = nullptr;
    };
    Hit lookup(QStringView text) const;
    const TimeWord &wordAt(int index) const { return m_words[static_cast<size_t>(index)]; }
    const std::vector<TimeHoliday> &holidays() const { return m_holidays; }
    // Lets the grammar flag the words an expression can start with, so that the
    // scanner skips every other token with one test.
    void markStarters(bool (*startsExpression)(const TimeWord &));

    // Lower-cases `text` into `out` (size `cap`); false when longer than cap.
    static bool fold(QStringView text, char16_t *out, qsizetype cap, qsizetype *len);

private:
    struct Slot {
        std::u16string key;
        std::uint32_t hash = 0;
        int word = -1;
        int phrases = -1;
    };
    void load(const LexiconEntry &entry);
    bool addForm(const QString &form, const TimeWord &roles, const LexiconEntry &entry);
    int slotFor(const char16_t *key, qsizetype len, bool create);
    void error(const LexiconEntry &entry, const QString &problem);

    std::vector<TimeWord> m_words;
    std::vector<PhraseList> m_phrases;
    std::vector<TimeHoliday> m_holidays;
    std::vector<Slot> m_slots; // open addressing, power-of-two size
    // The slots' hashes alone (0: empty), probed first: a few kilobytes that stay in cache.
    std::vector<std::uint32_t> m_hashes;
    qsizetype m_maxWordLength = 0;
    // Bits by (length, first and last letter) of every key: most words of running
    // text miss here without being folded or hashed.
    std::uint64_t m_filter[64] = {};
    QStringList m_errors;
};

} // namespace cc
