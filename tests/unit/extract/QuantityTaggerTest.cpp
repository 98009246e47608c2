// Tables of phrases for the quantity tagger: kind, span, low/high in the base
// unit, unit and hedge; the traps (identifiers, dates, pronouns) next to them.
#include "extract/QuantityTagger.h"
#include "lexicon/LexiconSet.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <optional>

using cc::Mention;
using cc::MentionKind;

namespace {

const cc::QuantityTagger &tagger() {
    static const cc::LexiconSet lexicons = cc::LexiconSet::loadDefault();
    static const cc::QuantityTagger t(lexicons);
    return t;
}

constexpr double kOpen = std::numeric_limits<double>::quiet_NaN(); // an open side

struct Case {
    const char *text;
    const char *span; // the mention's text
    MentionKind kind;
    double low;
    double high;
    const char *unit;
    bool approximate;
};

std::string describe(const QString &text, const std::vector<Mention> &mentions) {
    std::string out;
    for (const Mention &m : mentions)
        out += "[" + text.mid(m.start, m.end - m.start).toStdString() + " " +
               cc::toString(m.kind).toStdString() + " " + m.value.toKey().toStdString() + "] ";
    return out.empty() ? std::string("(no mention)") : out;
}

bool near(const std::optional<double> &got, double want) {
    if (std::isnan(want))
        return !got.has_value();
    return got && std::fabs(*got - want) <= 1e-9 * std::max(1.0, std::fabs(want));
}

void expectCase(const Case &c) {
    const QString text = QString::fromUtf8(c.text);
    const QString span = QString::fromUtf8(c.span);
    const std::vector<Mention> mentions = tagger().tag(text);
    const Mention *found = nullptr;
    for (const Mention &m : mentions)
        if (text.mid(m.start, m.end - m.start) == span)
            found = &m;
    ASSERT_NE(found, nullptr) << "\"" << c.text << "\": no mention \"" << c.span << "\" in "
                              << describe(text, mentions);
    const cc::Quantity &q = found->value.quantity;
    EXPECT_EQ(found->kind, c.kind) << c.text;
    EXPECT_TRUE(near(q.low, c.low)) << c.text << ": low " << (q.low ? *q.low : -1.0);
    EXPECT_TRUE(near(q.high, c.high)) << c.text << ": high " << (q.high ? *q.high : -1.0);
    EXPECT_EQ(q.unit, QString::fromUtf8(c.unit)) << c.text;
    EXPECT_EQ(found->approximate, c.approximate) << c.text;
    EXPECT_EQ(q.approximate, c.approximate) << c.text;
}

// No quantity mention may overlap `span` (the first occurrence in text).
void expectNothingAt(const char *text8, const char *span8) {
    const QString text = QString::fromUtf8(text8);
    const qsizetype at = text.indexOf(QString::fromUtf8(span8));
    ASSERT_GE(at, 0) << span8;
    const qsizetype end = at + QString::fromUtf8(span8).size();
    const std::vector<Mention> mentions = tagger().tag(text);
    for (const Mention &m : mentions)
        EXPECT_FALSE(m.start < end && at < m.end)
            << "\"" << text8 << "\": \"" << span8 << "\" tagged: " << describe(text, mentions);
}

const Case kNumbers[] = {
    {"It has 100,000 rows.", "100,000", MentionKind::Number, 1e5, 1e5, "", false},
    {"a value of 4.75 today", "4.75", MentionKind::Number, 4.75, 4.75, "", false},
    {"about .5 of it", ".5", MentionKind::Number, 0.5, 0.5, "", true},
    {"we ordered two dozen", "two dozen", MentionKind::Number, 24, 24, "", false},
    {"one million viewers", "one million", MentionKind::Number, 1e6, 1e6, "", false},
    {"three hundred and twelve seats", "three hundred and twelve", MentionKind::Number, 312, 312,
     "", false},
    {"a quarter of the budget", "a quarter", MentionKind::Number, 0.25, 0.25, "", false},
    {"two thirds of voters", "two thirds", MentionKind::Number, 2.0 / 3, 2.0 / 3, "", false},
    {"one and a half days", "one and a half", MentionKind::Number, 1.5, 1.5, "", false},
    {"3/4 of the fleet", "3/4", MentionKind::Number, 0.75, 0.75, "", false},
    {"it grew 2 1/2 times", "2 1/2 times", MentionKind::Number, 2.5, 2.5, "x", false},
    {"he finished 3rd overall", "3rd", MentionKind::Ordinal, 3, 3, "", false},
    {"the third attempt", "third", MentionKind::Ordinal, 3, 3, "", false},
    {"the twenty-first round", "twenty-first", MentionKind::Ordinal, 21, 21, "", false},
    {"fifty-two cards", "fifty-two", MentionKind::Number, 52, 52, "", false},
    {"in 2026 the plant opens", "2026", MentionKind::Number, 2026, 2026, "", false},
    {"a temperature of -4.5 was read", "-4.5", MentionKind::Number, -4.5, -4.5, "", false},
    {"minus five was the score", "minus five", MentionKind::Number, -5, -5, "", false},
    {"1.3e6 samples", "1.3e6", MentionKind::Number, 1.3e6, 1.3e6, "", false},
    {"12,34,567 notes", "12,34,567", MentionKind::Number, 1234567, 1234567, "", false},
    {"some 40 000 fans", "40 000", MentionKind::Number, 40000, 40000, "", true},
    {"2 out of 5 reviewers", "2 out of 5", MentionKind::Number, 0.4, 0.4, "", false},
    {"half a dozen eggs", "half a dozen", MentionKind::Number, 6, 6, "", false},
    {"two point five million", "two point five million", MentionKind::Number, 2.5e6, 2.5e6, "",
     false},
};

const Case kMagnitudes[] = {
    {"The model has 1.6 trillion parameters.", "1.6 trillion parameters", MentionKind::Number,
     1.6e12, 1.6e12, "parameters", false},
    {"DeepSeek-style 1.6T parameters", "1.6T parameters", MentionKind::Number, 1.6e12, 1.6e12,
     "parameters", false},
    {"a model of ~1.6T params (est.)", "~1.6T params", MentionKind::Number, 1.6e12, 1.6e12,
     "parameters", true},
    {"a 1.6-trillion-parameter model", "1.6-trillion-parameter", MentionKind::Number, 1.6e12,
     1.6e12, "parameters", false},
    {"a window of 128K tokens", "128K tokens", MentionKind::Number, 128000, 128000, "tokens",
     false},
    {"up from a 128,000-token limit", "128,000-token", MentionKind::Number, 128000, 128000,
     "tokens", false},
    {"a 1 million-token context", "1 million-token", MentionKind::Number, 1e6, 1e6, "tokens",
     false},
    {"its one-million-token context", "one-million-token", MentionKind::Number, 1e6, 1e6, "tokens",
     false},
    {"a 1M-Token Context", "1M-Token", MentionKind::Number, 1e6, 1e6, "tokens", false},
    {"284B active weights", "284B", MentionKind::Number, 284e9, 284e9, "", false},
    {"a 10bn budget line", "10bn", MentionKind::Number, 1e10, 1e10, "", false},
    {"over 300 million monthly active users", "300 million monthly active users",
     MentionKind::Number, 3e8, kOpen, "users", false},
    {"13 lakh people", "13 lakh", MentionKind::Number, 1.3e6, 1.3e6, "", false},
};

const Case kMoney[] = {
    {"revenue of $8-10B next year", "$8-10B", MentionKind::Currency, 8e9, 1e10, "USD", false},
    {"a $5.1 billion quarter", "$5.1 billion", MentionKind::Currency, 5.1e9, 5.1e9, "USD", false},
    {"242 billion yuan of output", "242 billion yuan", MentionKind::Currency, 242e9, 242e9, "CNY",
     false},
    {"valued at RMB 20 billion", "RMB 20 billion", MentionKind::Currency, 2e10, 2e10, "CNY", false},
    {"a US$8 fee", "US$8", MentionKind::Currency, 8, 8, "USD", false},
    {"it cost €5m", "€5m", MentionKind::Currency, 5e6, 5e6, "EUR", false},
    {"a fine of £8.10 million", "£8.10 million", MentionKind::Currency, 8.1e6, 8.1e6, "GBP", false},
    {"priced at ¥100", "¥100", MentionKind::Currency, 100, 100, "JPY", false}, // lexicon default
    {"up 50 cents", "50 cents", MentionKind::Currency, 0.5, 0.5, "USD", false},
    {"it was 3 dollars 50 cents", "3 dollars 50 cents", MentionKind::Currency, 3.5, 3.5, "USD",
     false},
    {"roughly $5 billion in sales", "$5 billion", MentionKind::Currency, 5e9, 5e9, "USD", true},
    {"an estimated $220 million", "$220 million", MentionKind::Currency, 2.2e8, 2.2e8, "USD", true},
    {"costs below <$50K", "<$50K", MentionKind::Currency, kOpen, 5e4, "USD", false},
    {"a sub-$34,000 robotaxi", "$34,000", MentionKind::Currency, kOpen, 34000, "USD", false},
    {"pricing of $0.28 per million input tokens", "$0.28 per million input tokens",
     MentionKind::Currency, 2.8e-7, 2.8e-7, "USD/token", false},
    {"at V2 levels ($0.0007/1000 tokens, unchanged)", "$0.0007/1000 tokens", MentionKind::Currency,
     7e-7, 7e-7, "USD/token", false},
    {"Premium ($2-15/M tokens)", "$2-15/M tokens", MentionKind::Currency, 2e-6, 1.5e-5, "USD/token",
     false},
    {"lost 30 MUSD", "30 MUSD", MentionKind::Currency, 3e7, 3e7, "USD", false},
    {"paid 75 USD million", "75 USD million", MentionKind::Currency, 7.5e7, 7.5e7, "USD", false},
};

const Case kPercent[] = {
    {"a 60% rise", "60%", MentionKind::Percent, 60, 60, "%", false},
    {"at least 60% of it", "60%", MentionKind::Percent, 60, kOpen, "%", false},
    {"98%+ coverage", "98%+", MentionKind::Percent, 98, kOpen, "%", false},
    {"60 percent of users", "60 percent", MentionKind::Percent, 60, 60, "%", false},
    {"60 per cent of users", "60 per cent", MentionKind::Percent, 60, 60, "%", false},
    {"costs are 30-40% lower", "30-40%", MentionKind::Percent, 30, 40, "%", false},
    {"from 30% to 40%", "30% to 40%", MentionKind::Percent, 30, 40, "%", false},
    {"a gap of 3 pp", "3 pp", MentionKind::Percent, 3, 3, "pp", false},
    {"within 5–9 percentage points", "5–9 percentage points", MentionKind::Percent, 5, 9, "pp",
     false},
    {"about 30% of the market", "30%", MentionKind::Percent, 30, 30, "%", true},
    {"under 5% of sales", "5%", MentionKind::Percent, kOpen, 5, "%", false},
    {"no more than 10% of sales", "10%", MentionKind::Percent, kOpen, 10, "%", false},
    {"data center +22% YoY", "+22%", MentionKind::Percent, 22, 22, "%", false},
};

const Case kMeasures[] = {
    {"a 700W card", "700W", MentionKind::Dimension, 700, 700, "W", false},
    {"draws 400-500W", "400-500W", MentionKind::Dimension, 400, 500, "W", false},
    {"a 2 GW campus", "2 GW", MentionKind::Dimension, 2e9, 2e9, "W", false},
    {"80 GB of memory", "80 GB", MentionKind::Dimension, 8e10, 8e10, "B", false},
    {"3.35 TB/s of bandwidth", "3.35 TB/s", MentionKind::Dimension, 3.35e12, 3.35e12, "B/s", false},
    {"989 TFLOPS dense", "989 TFLOPS", MentionKind::Dimension, 9.89e14, 9.89e14, "FLOPS", false},
    {"a 5nm node", "5nm", MentionKind::Dimension, 5e-9, 5e-9, "m", false},
    {"approximately 7nm-equivalent density", "7nm", MentionKind::Dimension, 7e-9, 7e-9, "m", true},
    {"sub-5nm designs", "5nm", MentionKind::Dimension, kOpen, 5e-9, "m", false},
    {"within a 100km radius", "100km", MentionKind::Dimension, 1e5, 1e5, "m", false},
    {"a 3-inch screen", "3-inch", MentionKind::Dimension, 0.0254 * 3, 0.0254 * 3, "m", false},
    {"he is 5 ft 2 in tall", "5 ft 2 in", MentionKind::Dimension, 0.3048 * 5 + 0.0254 * 2,
     0.3048 * 5 + 0.0254 * 2, "m", false},
    {"10 tonnes of steel", "10 tonnes", MentionKind::Dimension, 1e4, 1e4, "kg", false},
    {"ran at 10 kilometers per hour", "10 kilometers per hour", MentionKind::Dimension, 10 / 3.6,
     10 / 3.6, "m/s", false},
    {"the weight is 20 (kg)", "20 (kg)", MentionKind::Dimension, 20, 20, "kg", false},
    {"1,882 EFLOPS of compute", "1,882 EFLOPS", MentionKind::Dimension, 1.882e21, 1.882e21, "FLOPS",
     false},
};

const Case kCountsRatiosRanges[] = {
    {"8 million units last year", "8 million units", MentionKind::Number, 8e6, 8e6, "units", false},
    {"targets of 100,000–350,000 units", "100,000–350,000 units", MentionKind::Number, 1e5, 3.5e5,
     "units", false},
    {"from 5 to 7 million", "5 to 7 million", MentionKind::Number, 5e6, 7e6, "", false},
    {"between 20 and 30 people", "20 and 30", MentionKind::Number, 20, 30, "", false},
    {"roughly 2.87 times the H20", "2.87 times", MentionKind::Number, 2.87, 2.87, "x", true},
    {"an 8x expansion", "8x", MentionKind::Number, 8, 8, "x", false},
    {"a 3-fold rise", "3-fold", MentionKind::Number, 3, 3, "x", false},
    {"a threefold rise", "threefold", MentionKind::Number, 3, 3, "x", false},
    {"nearly 8 million units", "8 million units", MentionKind::Number, 8e6, 8e6, "units", true},
    {"up to 700 workers", "700 workers", MentionKind::Number, kOpen, 700, "employees", false},
};

} // namespace

TEST(QuantityTagger, Numbers) {
    for (const Case &c : kNumbers)
        expectCase(c);
}

TEST(QuantityTagger, Magnitudes) {
    for (const Case &c : kMagnitudes)
        expectCase(c);
}

TEST(QuantityTagger, Money) {
    for (const Case &c : kMoney)
        expectCase(c);
}

TEST(QuantityTagger, Percentages) {
    for (const Case &c : kPercent)
        expectCase(c);
}

TEST(QuantityTagger, Measures) {
    for (const Case &c : kMeasures)
        expectCase(c);
}

TEST(QuantityTagger, CountsRatiosAndRanges) {
    for (const Case &c : kCountsRatiosRanges)
        expectCase(c);
}

// Different spellings of one amount give one value.
TEST(QuantityTagger, SpellingsNormalizeAlike) {
    auto value = [](const char *text) {
        const std::vector<Mention> m = tagger().tag(QString::fromUtf8(text));
        return m.empty() ? cc::Quantity{} : m.front().value.quantity;
    };
    const cc::Quantity words = value("1.6 trillion parameters");
    EXPECT_EQ(words, value("1.6T parameters"));
    cc::Quantity hedged = value("~1.6T params (est.)");
    EXPECT_TRUE(hedged.approximate);
    hedged.approximate = false;
    EXPECT_EQ(words, hedged);
    EXPECT_EQ(value("128K tokens"), value("128,000-token"));
    EXPECT_EQ(value("1 million-token"), value("one-million-token"));
    EXPECT_EQ(value("$5.1B"), value("$5.1 billion"));
    EXPECT_EQ(value("5,000 metres"), value("5 km"));
}

TEST(QuantityTagger, StrayGreekLettersAreSeparators) {
    const QString text = QString::fromUtf8("1.6T β 284B and V4 Pro Β· 1M-token");
    const std::vector<Mention> m = tagger().tag(text);
    ASSERT_EQ(m.size(), 3u) << describe(text, m);
    EXPECT_EQ(text.mid(m[0].start, m[0].end - m[0].start), QStringLiteral("1.6T"));
    EXPECT_EQ(text.mid(m[1].start, m[1].end - m[1].start), QStringLiteral("284B"));
    EXPECT_DOUBLE_EQ(*m[1].value.quantity.low, 284e9);
    EXPECT_EQ(text.mid(m[2].start, m[2].end - m[2].start), QStringLiteral("1M-token"));
    // a micro sign written as Greek mu is still a unit
    expectCase({"120 μg of it", "120 μg", MentionKind::Dimension, 1.2e-7, 1.2e-7, "kg", false});
}

TEST(QuantityTagger, IdentifiersAreNoAmounts) {
    expectNothingAt("trained on H100 clusters", "H100");
    expectNothingAt("the V3 model", "V3");
    expectNothingAt("compared with GPT-5.5 today", "GPT-5.5");
    expectNothingAt("the Ascend 910C chip", "910C");
    expectNothingAt("the 3A6000 processor", "3A6000");
    expectNothingAt("a WSE-2 wafer", "WSE-2");
    expectNothingAt("Qwen3.5 was released", "Qwen3.5");
    expectNothingAt("the A800 board", "A800");
    expectNothingAt("upgrade to v1.2.3 now", "v1.2.3");
    expectNothingAt("a 5G network", "5G");
    expectNothingAt("see https://example.com/q?x=30%25&y=2 now", "30%25");
    expectNothingAt("commit 3f9c2e1a fixed it", "3f9c2e1a");
    expectNothingAt("SMIC N+2 node", "N+2");
    expectNothingAt("on 2026-04-24 it shipped", "2026-04-24");
    expectNothingAt("at 10:30 sharp", "10:30");
    expectNothingAt("the one you mentioned", "one");
    // "a third-party vendor" is no fraction (the ordinal alone may stay)
    for (const Mention &m : tagger().tag(QStringLiteral("a third-party vendor")))
        EXPECT_NE(m.kind, MentionKind::Number);
    expectNothingAt("the Half-Marathon on Sunday", "Half");
}

TEST(QuantityTagger, BoundsNeedNoAmountBefore) {
    // "over" right after an amount joins two amounts; it bounds nothing
    expectCase({"I earn $2000 over 3 years", "3", MentionKind::Number, 3, 3, "", false});
    expectCase(
        {"over 20 users joined", "20 users", MentionKind::Number, 20, kOpen, "users", false});
}

TEST(QuantityTagger, BetweenRangeOption) {
    const QString text = QStringLiteral("between 20 and 30");
    cc::QuantityTagger::Options options;
    options.betweenAsRange = false;
    static const cc::LexiconSet lexicons = cc::LexiconSet::loadDefault();
    const cc::QuantityTagger separate(lexicons, options);
    const std::vector<Mention> two = separate.tag(text);
    ASSERT_EQ(two.size(), 2u) << describe(text, two);
    EXPECT_DOUBLE_EQ(*two[0].value.quantity.high, 20);
    EXPECT_DOUBLE_EQ(*two[1].value.quantity.low, 30);
    const std::vector<Mention> one = tagger().tag(text);
    ASSERT_EQ(one.size(), 1u) << describe(text, one);
}

TEST(QuantityTagger, MentionsAreSortedAndDisjoint) {
    const QString text = QString::fromUtf8(
        "Revenue rose 22% to $5.1B in Q1 2026, 3x the 2024 figure; ~$8-10B capex, 98%+ "
        "coverage, 1.6T params, 400-500W, $0.28 per million tokens, the dollar fell.");
    const std::vector<Mention> m = tagger().tag(text);
    ASSERT_GE(m.size(), 10u) << describe(text, m);
    for (std::size_t i = 1; i < m.size(); ++i)
        EXPECT_LE(m[i - 1].end, m[i].start) << describe(text, m);
    // "the dollar" alone names a currency without an amount: no value
    EXPECT_EQ(m.back().kind, MentionKind::Currency);
    EXPECT_FALSE(m.back().value.quantity.isValid());
}

TEST(QuantityTagger, Utf16OffsetsAfterAstralCharacters) {
    const QString text = QString::fromUtf8("📬 about 30% more");
    const std::vector<Mention> m = tagger().tag(text);
    ASSERT_EQ(m.size(), 1u);
    EXPECT_EQ(text.mid(m[0].start, m[0].end - m[0].start), QStringLiteral("30%"));
    EXPECT_EQ(m[0].start, 9); // the emoji is two UTF-16 units
}
