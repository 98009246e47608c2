#include "extract/TimeLexicon.h"

#include "extract/TimeTokenizer.h"
#include "lexicon/LexiconSet.h"

#include <QJsonArray>
#include <algorithm>
#include <array>
#include <map>
#include <utility>

namespace cc {

namespace {

template <typename E> struct Named {
    const char *name;
    E value;
};

constexpr std::array<Named<TimeUnit>, 16> kUnits = {{{"day", TimeUnit::Day},
                                                     {"week", TimeUnit::Week},
                                                     {"fortnight", TimeUnit::Fortnight},
                                                     {"weekend", TimeUnit::Weekend},
                                                     {"month", TimeUnit::Month},
                                                     {"quarter", TimeUnit::Quarter},
                                                     {"half", TimeUnit::Half},
                                                     {"year", TimeUnit::Year},
                                                     {"decade", TimeUnit::Decade},
                                                     {"century", TimeUnit::Century},
                                                     {"hour", TimeUnit::Hour},
                                                     {"minute", TimeUnit::Minute},
                                                     {"second", TimeUnit::Second},
                                                     {"night", TimeUnit::Night},
                                                     {"businessday", TimeUnit::BusinessDay},
                                                     {"fiscalyear", TimeUnit::FiscalYear}}};
constexpr std::array<Named<TimePart>, 3> kParts = {
    {{"start", TimePart::Start}, {"mid", TimePart::Mid}, {"end", TimePart::End}}};
constexpr std::array<Named<TimeBound>, 4> kBounds = {{{"before", TimeBound::Before},
                                                      {"until", TimeBound::Until},
                                                      {"after", TimeBound::After},
                                                      {"since", TimeBound::Since}}};
constexpr std::array<Named<TimeRangeRole>, 4> kRangeRoles = {{{"from", TimeRangeRole::From},
                                                              {"between", TimeRangeRole::Between},
                                                              {"to", TimeRangeRole::To},
                                                              {"and", TimeRangeRole::And}}};
constexpr std::array<Named<TimeDirection>, 6> kDirections = {{{"ago", TimeDirection::Ago},
                                                              {"later", TimeDirection::Later},
                                                              {"earlier", TimeDirection::Earlier},
                                                              {"fromnow", TimeDirection::FromNow},
                                                              {"in", TimeDirection::In},
                                                              {"within", TimeDirection::Within}}};
constexpr std::array<Named<TimeDayPart>, 7> kDayParts = {{{"morning", TimeDayPart::Morning},
                                                          {"afternoon", TimeDayPart::Afternoon},
                                                          {"evening", TimeDayPart::Evening},
                                                          {"night", TimeDayPart::Night},
                                                          {"noon", TimeDayPart::Noon},
                                                          {"midnight", TimeDayPart::Midnight},
                                                          {"daytime", TimeDayPart::Daytime}}};
constexpr std::array<Named<TimeFunction>, 6> kFunctions = {{{"the", TimeFunction::The},
                                                            {"of", TimeFunction::Of},
                                                            {"at", TimeFunction::At},
                                                            {"on", TimeFunction::On},
                                                            {"or", TimeFunction::Or},
                                                            {"and", TimeFunction::And}}};

template <typename E, size_t N>
bool lookupName(const std::array<Named<E>, N> &table, const QString &name, E *out) {
    for (const auto &n : table) {
        if (name == QLatin1String(n.name)) {
            *out = n.value;
            return true;
        }
    }
    return false;
}

template <typename E, size_t N> QString namesOf(const std::array<Named<E>, N> &table) {
    QStringList names;
    for (const auto &n : table)
        names << QString::fromLatin1(n.name);
    return names.join(QLatin1Char('|'));
}

// Copies the roles `from` sets into `into`; false when both set one field differently.
bool mergeRoles(TimeWord &into, const TimeWord &from) {
    const TimeWord none;
    bool ok = true;
    auto take = [&](auto &dst, const auto &src, const auto &def) {
        if (src == def)
            return;
        if (dst != def && dst != src)
            ok = false;
        dst = src;
    };
#define CC_TAKE(field) take(into.field, from.field, none.field)
    CC_TAKE(month);
    CC_TAKE(monthGuarded);
    CC_TAKE(weekday);
    CC_TAKE(weekdayGuarded);
    CC_TAKE(seasonFirst);
    CC_TAKE(seasonLast);
    CC_TAKE(seasonGuarded);
    CC_TAKE(relativeDay);
    CC_TAKE(dayOffset);
    CC_TAKE(relativeDayPart);
    CC_TAKE(present);
    CC_TAKE(hasShift);
    CC_TAKE(shift);
    CC_TAKE(shiftNearest);
    CC_TAKE(shiftNarrative);
    CC_TAKE(unit);
    CC_TAKE(unitGuarded);
    CC_TAKE(unitPlural);
    CC_TAKE(part);
    CC_TAKE(partNeedsOf);
    CC_TAKE(approach);
    CC_TAKE(bound);
    CC_TAKE(boundPostfix);
    CC_TAKE(range);
    CC_TAKE(direction);
    CC_TAKE(number);
    CC_TAKE(numberGuarded);
    CC_TAKE(numberVague);
    CC_TAKE(numberTens);
    CC_TAKE(ordinal);
    CC_TAKE(ordinalSuffix);
    CC_TAKE(decadeSuffix);
    CC_TAKE(decade);
    CC_TAKE(dayPart);
    CC_TAKE(meridiem);
    CC_TAKE(meridiemGuarded);
    CC_TAKE(oclock);
    CC_TAKE(timezone);
    CC_TAKE(timezoneGuarded);
    CC_TAKE(frequency);
    CC_TAKE(set);
    CC_TAKE(holiday);
    CC_TAKE(function);
    CC_TAKE(preposition);
    CC_TAKE(approx);
    CC_TAKE(periodLetter);
    CC_TAKE(fiscal);
    CC_TAKE(toDate);
    CC_TAKE(weekOf);
#undef CC_TAKE
    return ok;
}

std::uint32_t hashKey(const char16_t *key, qsizetype len) {
    std::uint32_t h = 2166136261u;
    for (qsizetype i = 0; i < len; ++i) {
        h ^= key[i];
        h *= 16777619u;
    }
    return h;
}

} // namespace

bool TimeLexicon::fold(QStringView text, char16_t *out, qsizetype cap, qsizetype *len) {
    if (text.size() > cap)
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char16_t c = text[i].unicode();
        if (c >= u'A' && c <= u'Z')
            c = static_cast<char16_t>(c + 32);
        else if (c == 0x2019)
            c = u'\'';
        else if (c >= 0x80)
            c = QChar::toLower(c);
        out[i] = c;
    }
    *len = text.size();
    return true;
}

TimeLexicon::TimeLexicon(const LexiconSet &lexicons) {
    m_slots.resize(1024);
    m_hashes.assign(m_slots.size(), 0);
    const std::vector<LexiconEntry> &entries = lexicons.entries(QStringLiteral("time"));
    if (entries.empty())
        m_errors << QStringLiteral(
            "time lexicon: no \"time\" lexicon loaded (resources/lexicons/time.json)");
    for (const LexiconEntry &e : entries)
        load(e);
    // Longest phrases first, so that the first match is the longest.
    for (PhraseList &list : m_phrases) {
        std::stable_sort(
            list.phrases.begin(), list.phrases.end(),
            [](const Phrase &a, const Phrase &b) { return a.tokens.size() > b.tokens.size(); });
        for (const Phrase &p : list.phrases)
            list.secondLengths |= std::uint64_t(1) << std::min<qsizetype>(p.tokens[1].size(), 63);
    }
}

TimeLexicon::~TimeLexicon() = default;

void TimeLexicon::markStarters(bool (*startsExpression)(const TimeWord &)) {
    for (TimeWord &w : m_words)
        w.starts = startsExpression(w);
}

void TimeLexicon::error(const LexiconEntry &entry, const QString &problem) {
    m_errors << QStringLiteral("%1: time lexicon entry \"%2\": %3")
                    .arg(entry.where(), entry.string("key"), problem);
}

int TimeLexicon::slotFor(const char16_t *key, qsizetype len, bool create) {
    const size_t mask = m_slots.size() - 1;
    const std::uint32_t h = hashKey(key, len) | 1u;
    size_t i = h & mask;
    while (true) {
        Slot &s = m_slots[i];
        if (s.key.empty()) {
            if (!create)
                return -1;
            s.key.assign(key, key + len);
            s.hash = h;
            m_hashes[i] = h;
            m_maxWordLength = std::max(m_maxWordLength, len);
            const unsigned bit =
                (static_cast<unsigned>(len) * 131u + key[0] * 31u + key[len - 1]) & 4095u;
            m_filter[bit >> 6] |= std::uint64_t(1) << (bit & 63);
            return static_cast<int>(i);
        }
        if (s.hash == h && static_cast<qsizetype>(s.key.size()) == len &&
            std::equal(s.key.begin(), s.key.end(), key))
            return static_cast<int>(i);
        i = (i + 1) & mask;
    }
}

TimeLexicon::Hit TimeLexicon::lookup(QStringView text) const {
    Hit hit;
    const qsizetype len = text.size();
    if (len > m_maxWordLength || len == 0)
        return hit;
    auto lower = [](char16_t c) -> char16_t {
        if (c >= u'A' && c <= u'Z')
            return static_cast<char16_t>(c + 32);
        if (c == 0x2019)
            return u'\'';
        return c >= 0x80 ? static_cast<char16_t>(QChar::toLower(c)) : c;
    };
    const unsigned bit = (static_cast<unsigned>(len) * 131u + lower(text[0].unicode()) * 31u +
                          lower(text[len - 1].unicode())) &
                         4095u;
    if (!(m_filter[bit >> 6] & (std::uint64_t(1) << (bit & 63))))
        return hit;
    // Fold and hash in one pass; the table holds lower-case keys.
    char16_t buf[64];
    std::uint32_t h = 2166136261u;
    for (qsizetype i = 0; i < len; ++i) {
        const char16_t c = lower(text[i].unicode());
        buf[i] = c;
        h ^= c;
        h *= 16777619u;
    }
    h |= 1u;
    const size_t mask = m_slots.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        const std::uint32_t sh = m_hashes[i];
        if (sh == 0)
            return hit;
        if (sh != h)
            continue;
        const Slot &s = m_slots[i];
        if (static_cast<qsizetype>(s.key.size()) == len &&
            std::equal(s.key.begin(), s.key.end(), buf)) {
            if (s.word >= 0)
                hit.word = &m_words[static_cast<size_t>(s.word)];
            if (s.phrases >= 0)
                hit.phrases = &m_phrases[static_cast<size_t>(s.phrases)];
            return hit;
        }
    }
}

const TimeWord *TimeLexicon::word(QStringView text) const {
    return lookup(text).word;
}

const TimeLexicon::PhraseList *TimeLexicon::phrasesStartingWith(QStringView first) const {
    return lookup(first).phrases;
}

bool TimeLexicon::addForm(const QString &form, const TimeWord &roles, const LexiconEntry &entry) {
    const QString trimmed = form.trimmed();
    if (trimmed.isEmpty()) {
        error(entry, QStringLiteral("empty form"));
        return false;
    }
    for (QChar c : trimmed) {
        if (c.isDigit()) {
            error(entry,
                  QStringLiteral("form \"%1\" contains a digit (numbers are grammar)").arg(form));
            return false;
        }
    }
    // Split the form as the text is split, so that "a.m." or "prior to" match token by token.
    std::vector<TimeToken> tokens;
    TimeTokenizer(nullptr).tokenize(trimmed, tokens);
    std::vector<QString> texts;
    for (const TimeToken &t : tokens) {
        char16_t buf[64];
        qsizetype len = 0;
        if (!fold(QStringView(trimmed).sliced(t.start, t.end - t.start), buf, 64, &len)) {
            error(entry,
                  QStringLiteral("form \"%1\" has a token longer than 64 characters").arg(form));
            return false;
        }
        texts.push_back(QString(reinterpret_cast<const QChar *>(buf), len));
    }
    // Keep the open-addressed table at most half full.
    if (m_slots.size() < (m_words.size() + m_phrases.size() + 16) * 2) {
        std::vector<Slot> old = std::move(m_slots);
        m_slots.assign(old.size() * 2, Slot());
        m_hashes.assign(m_slots.size(), 0);
        for (Slot &o : old) {
            if (o.key.empty())
                continue;
            Slot &n = m_slots[static_cast<size_t>(
                slotFor(o.key.data(), static_cast<qsizetype>(o.key.size()), true))];
            n.word = o.word;
            n.phrases = o.phrases;
        }
    }
    auto wordSlot = [&](const QString &t) {
        return slotFor(reinterpret_cast<const char16_t *>(t.utf16()), t.size(), true);
    };
    if (texts.size() == 1) {
        Slot &s = m_slots[static_cast<size_t>(wordSlot(texts[0]))];
        if (s.word < 0) {
            s.word = static_cast<int>(m_words.size());
            m_words.push_back(TimeWord());
        }
        if (!mergeRoles(m_words[static_cast<size_t>(s.word)], roles)) {
            error(entry, QStringLiteral("form \"%1\" already has another value for the same role")
                             .arg(form));
            return false;
        }
        return true;
    }
    Slot &head = m_slots[static_cast<size_t>(wordSlot(texts[0]))];
    if (head.phrases < 0) {
        head.phrases = static_cast<int>(m_phrases.size());
        m_phrases.emplace_back();
    }
    std::vector<Phrase> &list = m_phrases[static_cast<size_t>(head.phrases)].phrases;
    auto same =
        std::find_if(list.begin(), list.end(), [&](const Phrase &p) { return p.tokens == texts; });
    if (same == list.end()) {
        list.push_back({texts, static_cast<int>(m_words.size())});
        m_words.push_back(TimeWord());
        same = list.end() - 1;
    }
    if (!mergeRoles(m_words[static_cast<size_t>(same->word)], roles)) {
        error(entry,
              QStringLiteral("form \"%1\" already has another value for the same role").arg(form));
        return false;
    }
    return true;
}

void TimeLexicon::load(const LexiconEntry &entry) {
    const QJsonObject &o = entry.object;
    const QString key = entry.string("key");
    const QString type = entry.string("type");
    if (key.isEmpty()) {
        error(entry, QStringLiteral("missing \"key\""));
        return;
    }
    auto intField = [&](const char *name, int lo, int hi, int *out, bool required = true) {
        const QJsonValue v = o.value(QLatin1String(name));
        if (v.isUndefined()) {
            if (required)
                error(entry, QStringLiteral("missing \"%1\"").arg(QLatin1String(name)));
            return false;
        }
        const double d = v.toDouble(-1e9);
        if (!v.isDouble() || d != static_cast<int>(d) || d < lo || d > hi) {
            error(entry, QStringLiteral("\"%1\" must be a whole number from %2 to %3")
                             .arg(QLatin1String(name))
                             .arg(lo)
                             .arg(hi));
            return false;
        }
        *out = static_cast<int>(d);
        return true;
    };
    auto boolField = [&](const char *name) {
        const QJsonValue v = o.value(QLatin1String(name));
        if (!v.isUndefined() && !v.isBool())
            error(entry, QStringLiteral("\"%1\" must be true or false").arg(QLatin1String(name)));
        return v.toBool(false);
    };
    auto enumField = [&](const char *name, const auto &table, auto *out) {
        const QString v = entry.string(name);
        if (!lookupName(table, v, out)) {
            error(entry, QStringLiteral("\"%1\" must be one of %2")
                             .arg(QLatin1String(name), namesOf(table)));
            return false;
        }
        return true;
    };

    TimeWord w; // roles of the plain forms
    TimeWord g; // roles of the guarded forms
    bool ok = true;
    int n = 0;
    if (type == QLatin1String("month")) {
        ok = intField("month", 1, 12, &n);
        w.month = g.month = static_cast<std::int8_t>(n);
        g.monthGuarded = true;
    } else if (type == QLatin1String("weekday")) {
        ok = intField("weekday", 1, 7, &n);
        w.weekday = g.weekday = static_cast<std::int8_t>(n);
        g.weekdayGuarded = true;
    } else if (type == QLatin1String("season")) {
        const QJsonArray months = o.value(QLatin1String("months")).toArray();
        const int first = months.size() == 2 ? months[0].toInt(0) : 0;
        const int last = months.size() == 2 ? months[1].toInt(0) : 0;
        ok = first >= 1 && first <= 12 && last >= 1 && last <= 12;
        if (!ok)
            error(entry, QStringLiteral("\"months\" must be [first, last], months 1 to 12"));
        w.seasonFirst = g.seasonFirst = static_cast<std::int8_t>(first);
        w.seasonLast = g.seasonLast = static_cast<std::int8_t>(last);
        g.seasonGuarded = true;
    } else if (type == QLatin1String("relative-day")) {
        ok = intField("offset", -7, 7, &n);
        w.relativeDay = true;
        w.dayOffset = static_cast<std::int8_t>(n);
        if (o.contains(QLatin1String("dayPart")))
            ok = enumField("dayPart", kDayParts, &w.relativeDayPart) && ok;
    } else if (type == QLatin1String("present")) {
        w.present = true;
    } else if (type == QLatin1String("shift")) {
        ok = intField("shift", -2, 2, &n);
        w.hasShift = true;
        w.shift = static_cast<std::int8_t>(n);
        const QString mode = entry.string("mode");
        if (mode != QLatin1String("calendar") && mode != QLatin1String("nearest")) {
            error(entry, QStringLiteral("\"mode\" must be calendar|nearest"));
            ok = false;
        }
        w.shiftNearest = mode == QLatin1String("nearest");
        w.shiftNarrative = boolField("narrative");
    } else if (type == QLatin1String("unit")) {
        ok = enumField("unit", kUnits, &w.unit);
        g.unit = w.unit;
        g.unitGuarded = true;
    } else if (type == QLatin1String("part")) {
        ok = enumField("part", kParts, &w.part);
        w.partNeedsOf = boolField("needsOf");
    } else if (type == QLatin1String("approach")) {
        const QString a = entry.string("approach");
        ok = a == QLatin1String("earlier") || a == QLatin1String("later");
        if (!ok)
            error(entry, QStringLiteral("\"approach\" must be earlier|later"));
        w.approach = a == QLatin1String("earlier") ? -1 : 1;
    } else if (type == QLatin1String("bound")) {
        ok = enumField("bound", kBounds, &w.bound);
        const QString position = entry.string("position");
        if (position != QLatin1String("prefix") && position != QLatin1String("postfix")) {
            error(entry, QStringLiteral("\"position\" must be prefix|postfix"));
            ok = false;
        }
        w.boundPostfix = position == QLatin1String("postfix");
    } else if (type == QLatin1String("range")) {
        ok = enumField("role", kRangeRoles, &w.range);
    } else if (type == QLatin1String("direction")) {
        ok = enumField("direction", kDirections, &w.direction);
    } else if (type == QLatin1String("number")) {
        ok = intField("value", 0, 1000, &n);
        w.number = g.number = static_cast<std::int16_t>(n);
        w.numberVague = g.numberVague = boolField("vague");
        w.numberTens = g.numberTens = boolField("tens");
        g.numberGuarded = true;
    } else if (type == QLatin1String("ordinal")) {
        ok = intField("value", -1, 31, &n);
        w.ordinal = static_cast<std::int8_t>(n);
        if (n == 0) {
            error(entry, QStringLiteral("\"value\" must not be 0"));
            ok = false;
        }
    } else if (type == QLatin1String("ordinal-suffix")) {
        w.ordinalSuffix = true;
    } else if (type == QLatin1String("decade-suffix")) {
        w.decadeSuffix = true;
    } else if (type == QLatin1String("decade")) {
        ok = intField("decade", 0, 90, &n);
        if (ok && n % 10 != 0) {
            error(entry, QStringLiteral("\"decade\" must be a multiple of 10"));
            ok = false;
        }
        w.decade = static_cast<std::int8_t>(n);
    } else if (type == QLatin1String("daypart")) {
        ok = enumField("part", kDayParts, &w.dayPart);
    } else if (type == QLatin1String("meridiem")) {
        const QString m = entry.string("meridiem");
        ok = m == QLatin1String("am") || m == QLatin1String("pm");
        if (!ok)
            error(entry, QStringLiteral("\"meridiem\" must be am|pm"));
        w.meridiem = g.meridiem = m == QLatin1String("am") ? 1 : 2;
        g.meridiemGuarded = true;
    } else if (type == QLatin1String("oclock")) {
        w.oclock = true;
    } else if (type == QLatin1String("timezone")) {
        w.timezone = g.timezone = true;
        g.timezoneGuarded = true;
    } else if (type == QLatin1String("frequency")) {
        ok = enumField("unit", kUnits, &w.frequency);
    } else if (type == QLatin1String("set")) {
        w.set = true;
    } else if (type == QLatin1String("holiday")) {
        TimeHoliday h;
        int easter = 0;
        if (o.contains(QLatin1String("easter"))) {
            ok = intField("easter", -60, 60, &easter);
            h.easter = true;
            h.offset = easter;
        } else if (o.contains(QLatin1String("nth"))) {
            ok = intField("month", 1, 12, &h.month) && intField("weekday", 1, 7, &h.weekday) &&
                 intField("nth", -1, 5, &h.nth);
            if (ok && h.nth == 0) {
                error(entry, QStringLiteral("\"nth\" must not be 0"));
                ok = false;
            }
            if (o.contains(QLatin1String("offset")))
                ok = intField("offset", -30, 30, &h.offset) && ok;
        } else {
            ok = intField("month", 1, 12, &h.month) && intField("day", 1, 31, &h.day);
        }
        w.holiday = static_cast<int>(m_holidays.size());
        if (ok)
            m_holidays.push_back(h);
    } else if (type == QLatin1String("function")) {
        ok = enumField("role", kFunctions, &w.function);
    } else if (type == QLatin1String("preposition")) {
        w.preposition = true;
    } else if (type == QLatin1String("approx")) {
        w.approx = true;
    } else if (type == QLatin1String("period-letter")) {
        ok = enumField("unit", kUnits, &w.periodLetter);
        if (ok && w.periodLetter != TimeUnit::Quarter && w.periodLetter != TimeUnit::Half) {
            error(entry, QStringLiteral("\"unit\" must be quarter|half"));
            ok = false;
        }
        g.periodLetter = w.periodLetter;
    } else if (type == QLatin1String("fiscal")) {
        w.fiscal = true;
    } else if (type == QLatin1String("todate")) {
        const QString from = entry.string("from");
        ok = from == QLatin1String("open") || from == QLatin1String("year");
        if (!ok)
            error(entry, QStringLiteral("\"from\" must be open|year"));
        w.toDate = from == QLatin1String("year") ? 2 : 1;
    } else if (type == QLatin1String("weekof")) {
        w.weekOf = true;
    } else {
        error(entry, QStringLiteral("unknown \"type\" \"%1\"").arg(type));
        return;
    }
    if (!ok)
        return;

    auto forms = [&](const char *name, QStringList *out) {
        const QJsonValue v = o.value(QLatin1String(name));
        if (v.isUndefined())
            return true;
        if (!v.isArray()) {
            error(entry,
                  QStringLiteral("\"%1\" must be a list of strings").arg(QLatin1String(name)));
            return false;
        }
        for (const QJsonValue &item : v.toArray()) {
            if (!item.isString()) {
                error(entry,
                      QStringLiteral("\"%1\" must be a list of strings").arg(QLatin1String(name)));
                return false;
            }
            *out << item.toString();
        }
        return true;
    };
    QStringList plain;
    QStringList guarded;
    if (!o.contains(QLatin1String("words")))
        plain << key;
    if (!forms("words", &plain) || !forms("guarded", &guarded))
        return;
    if (plain.isEmpty() && guarded.isEmpty()) {
        error(entry, QStringLiteral("no form to match (\"words\" and \"guarded\" are empty)"));
        return;
    }
    // Guarded forms carry the roles of the type that needs the guard; other types
    // (a unit "h", a period letter "h") keep theirs.
    const bool guardMarks = type == QLatin1String("month") || type == QLatin1String("weekday") ||
                            type == QLatin1String("season") || type == QLatin1String("unit") ||
                            type == QLatin1String("number") || type == QLatin1String("meridiem") ||
                            type == QLatin1String("timezone") ||
                            type == QLatin1String("period-letter");
    for (const QString &f : plain)
        addForm(f, w, entry);
    for (const QString &f : guarded)
        addForm(f, guardMarks ? g : w, entry);
}

} // namespace cc
