#include "extract/TimeTagger.h"
#include "lexicon/LexiconSet.h"

#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <optional>

using namespace cc;

namespace {

const LexiconSet &lexicons() {
    static const LexiconSet set = LexiconSet::loadDefault();
    return set;
}

const TimeTagger &tagger() {
    static const TimeTagger t(lexicons());
    return t;
}

QDate d(const char *iso) {
    return iso ? QDate::fromString(QLatin1String(iso), Qt::ISODate) : QDate();
}

// One expected mention: its text, kind and value (nullptr: an open bound; "-": no value at all).
struct Expected {
    const char *text;
    MentionKind kind;
    const char *begin;
    const char *end;
    DatePrecision precision;
    bool ambiguous = false;
};

struct Case {
    const char *reference;
    const char *input;
    std::vector<Expected> mentions;
};

std::string describe(const QString &input, const std::vector<Mention> &got) {
    std::string s = "in \"" + input.toStdString() + "\" got:";
    for (const Mention &m : got) {
        s += " [" + toString(m.kind).toStdString() + " \"" +
             input.mid(m.start, m.end - m.start).toStdString() + "\" " +
             (m.value.type == ClaimValue::Type::Date ? m.value.date.toIso().toStdString()
                                                     : std::string("no value")) +
             "]";
    }
    return s;
}

void check(const Case &c) {
    const QString input = QString::fromUtf8(c.input);
    const std::vector<Mention> got = tagger().tag(input, d(c.reference));
    ASSERT_EQ(got.size(), c.mentions.size()) << describe(input, got);
    for (size_t i = 0; i < got.size(); ++i) {
        const Mention &m = got[i];
        const Expected &e = c.mentions[i];
        const QString text = input.mid(m.start, m.end - m.start);
        EXPECT_EQ(text, QString::fromUtf8(e.text)) << describe(input, got);
        EXPECT_EQ(m.kind, e.kind) << e.text << " " << describe(input, got);
        if (e.begin && QLatin1String(e.begin) == QLatin1String("-")) {
            EXPECT_EQ(m.value.type, ClaimValue::Type::None)
                << e.text << " " << describe(input, got);
            continue;
        }
        ASSERT_EQ(m.value.type, ClaimValue::Type::Date) << e.text << " " << describe(input, got);
        EXPECT_EQ(m.value.date.begin, d(e.begin)) << e.text << " " << describe(input, got);
        EXPECT_EQ(m.value.date.end, d(e.end)) << e.text << " " << describe(input, got);
        EXPECT_EQ(m.value.date.precision, e.precision) << e.text << " " << describe(input, got);
        EXPECT_EQ(m.value.date.ambiguous, e.ambiguous) << e.text << " " << describe(input, got);
    }
}

constexpr auto Date = MentionKind::Date;
constexpr auto Range = MentionKind::DateRange;
constexpr auto Day = DatePrecision::Day;
constexpr auto Week = DatePrecision::Week;
constexpr auto Month = DatePrecision::Month;
constexpr auto Quarter = DatePrecision::Quarter;
constexpr auto Half = DatePrecision::Half;
constexpr auto Season = DatePrecision::Season;
constexpr auto Year = DatePrecision::Year;
constexpr auto Decade = DatePrecision::Decade;

} // namespace

TEST(TimeTaggerTest, DefaultLexiconLoadsCleanly) {
    EXPECT_TRUE(lexicons().errors().isEmpty()) << lexicons().errors().join(u'\n').toStdString();
    EXPECT_TRUE(tagger().lexiconErrors().isEmpty())
        << tagger().lexiconErrors().join(u'\n').toStdString();
}

TEST(TimeTaggerTest, AbsoluteDays) {
    const std::vector<Case> cases = {
        {"2026-04-27",
         "The model was released on April 25.",
         {{"April 25", Date, "2026-04-25", "2026-04-25", Day}}},
        {"2026-04-27",
         "It shipped April 25, 2026 in China.",
         {{"April 25, 2026", Date, "2026-04-25", "2026-04-25", Day}}},
        {"2026-04-27",
         "Filed 25 April 2026 and 29 Apr 2026.",
         {{"25 April 2026", Date, "2026-04-25", "2026-04-25", Day},
          {"29 Apr 2026", Date, "2026-04-29", "2026-04-29", Day}}},
        {"2026-04-27",
         "Reported Apr. 29 by wire services.",
         {{"Apr. 29", Date, "2026-04-29", "2026-04-29", Day}}},
        {"2026-04-27",
         "Header: 2026-04-24",
         {{"2026-04-24", Date, "2026-04-24", "2026-04-24", Day}}},
        {"2026-04-20",
         "Monday, April 27 is the launch.",
         {{"Monday, April 27", Date, "2026-04-27", "2026-04-27", Day}}},
        {"2026-04-27",
         "It came out on April 25th, not on the 25th of April.",
         {{"April 25th", Date, "2026-04-25", "2026-04-25", Day},
          {"the 25th of April", Date, "2026-04-25", "2026-04-25", Day}}},
        {"2026-04-27",
         "The filing (20260424) was late.",
         {{"20260424", Date, "2026-04-24", "2026-04-24", Day}}},
        {"2026-04-27",
         "Easter 2026 fell early.",
         {{"Easter 2026", Date, "2026-04-05", "2026-04-05", Day}}},
    };
    for (const Case &c : cases)
        check(c);
}

TEST(TimeTaggerTest, PartialDates) {
    const std::vector<Case> cases = {
        {"2026-04-27",
         "Sales in May 2026 rose.",
         {{"May 2026", Range, "2026-05-01", "2026-05-31", Month}}},
        {"2026-04-27", "Expect it in May.", {{"May", Range, "2026-05-01", "2026-05-31", Month}}},
        {"2026-04-27",
         "Revenue in 2026 doubled.",
         {{"2026", Range, "2026-01-01", "2026-12-31", Year}}},
        {"2026-04-27",
         "Q1 2026 earnings beat; Q3 guidance was cut.",
         {{"Q1 2026", Range, "2026-01-01", "2026-03-31", Quarter},
          {"Q3", Range, "2026-07-01", "2026-09-30", Quarter}}},
        {"2026-04-27",
         "In the first quarter of 2026 demand grew.",
         {{"the first quarter of 2026", Range, "2026-01-01", "2026-03-31", Quarter}}},
        {"2026-04-27",
         "Shipments in H2 and H1 2027, then the second half of 2028.",
         {{"H2", Range, "2026-07-01", "2026-12-31", Half},
          {"H1 2027", Range, "2027-01-01", "2027-06-30", Half},
          {"the second half of 2028", Range, "2028-07-01", "2028-12-31", Half}}},
        {"2026-04-27",
         "Results for 1H26 and 3Q25 beat estimates.",
         {{"1H26", Range, "2026-01-01", "2026-06-30", Half},
          {"3Q25", Range, "2025-07-01", "2025-09-30", Quarter}}},
        {"2026-04-27",
         "A launch in spring 2026 is planned.",
         {{"spring 2026", Range, "2026-03-01", "2026-05-31", Season}}},
        {"2026-04-27",
         "Rollout in early March 2026 and late 2026.",
         {{"early March 2026", Range, "2026-03-01", "2026-03-10", Month},
          {"late 2026", Range, "2026-09-01", "2026-12-31", Year}}},
        {"2026-04-27",
         "Expected by the end of 2026.",
         {{"by the end of 2026", Range, nullptr, "2026-12-31", Year}}},
        {"2026-04-27",
         "Chips of the 1990s were slower.",
         {{"1990s", Range, "1990-01-01", "1999-12-31", Decade}}},
        {"2026-04-27",
         "In mid-November the plant opened.",
         {{"mid-November", Range, "2025-11-11", "2025-11-20", Month}}},
    };
    for (const Case &c : cases)
        check(c);
}

TEST(TimeTaggerTest, Ranges) {
    const std::vector<Case> cases = {
        {"2026-04-27",
         "The show ran April 23-25 in Shenzhen.",
         {{"April 23-25", Range, "2026-04-23", "2026-04-25", Day}}},
        {"2026-04-27",
         "Open April 25-May 3.",
         {{"April 25-May 3", Range, "2026-04-25", "2026-05-03", Day}}},
        {"2026-04-27",
         "Talks were held between March 9 and 11.",
         {{"between March 9 and 11", Range, "2026-03-09", "2026-03-11", Day}}},
        {"2026-04-27",
         "Growth from 2024 to 2026 and in 2024–2026 alike.",
         {{"from 2024 to 2026", Range, "2024-01-01", "2026-12-31", Year},
          {"2024–2026", Range, "2024-01-01", "2026-12-31", Year}}},
        {"2026-04-27",
         "Held 28–29 Apr 2026 in Geneva.",
         {{"28–29 Apr 2026", Range, "2026-04-28", "2026-04-29", Day}}},
        {"2026-04-27",
         "From Nov 18-Dec 19, 2015 prices fell.",
         {{"From Nov 18-Dec 19, 2015", Range, "2015-11-18", "2015-12-19", Day}}},
    };
    for (const Case &c : cases)
        check(c);
}

TEST(TimeTaggerTest, BoundsLeaveOneSideOpen) {
    const std::vector<Case> cases = {
        {"2026-04-27", "Deliveries by June.", {{"by June", Range, nullptr, "2026-06-30", Month}}},
        {"2026-04-27", "Not before May.", {{"before May", Range, nullptr, "2026-04-30", Month}}},
        {"2026-04-27",
         "Shipping since April 2025.",
         {{"since April 2025", Range, "2025-04-01", nullptr, Month}}},
        {"2026-04-27", "Only after March.", {{"after March", Range, "2026-04-01", nullptr, Month}}},
        {"2026-04-27",
         "Closed until Friday.",
         {{"until Friday", Range, nullptr, "2026-05-01", Day}}},
        {"2026-04-27",
         "Funded through 2027.",
         {{"through 2027", Range, nullptr, "2027-12-31", Year}}},
        {"2026-04-27",
         "Models from 2018 or later.",
         {{"2018 or later", Range, "2018-01-01", nullptr, Year}}},
        // A date naming an event keeps its own value; the bound governs the event.
        {"2026-04-30",
         "Since the April 27 V4 release, demand grew.",
         {{"April 27", Date, "2026-04-27", "2026-04-27", Day}}},
        // Without a year "since" looks back and "by" ahead, whatever is nearer.
        {"2026-02-10",
         "Up since March, due by June.",
         {{"since March", Range, "2025-03-01", nullptr, Month},
          {"by June", Range, nullptr, "2026-06-30", Month}}},
    };
    for (const Case &c : cases)
        check(c);
}

TEST(TimeTaggerTest, RelativeToTheDocumentDate) {
    const std::vector<Case> cases = {
        {"2026-04-27",
         "Today, yesterday and tomorrow.",
         {{"Today", Date, "2026-04-27", "2026-04-27", Day},
          {"yesterday", Date, "2026-04-26", "2026-04-26", Day},
          {"tomorrow", Date, "2026-04-28", "2026-04-28", Day}}},
        // 2026-04-30 is a Thursday: "last Tuesday" is the Tuesday of the week before.
        {"2026-04-30",
         "It was announced last Tuesday.",
         {{"last Tuesday", Date, "2026-04-21", "2026-04-21", Day}}},
        {"2026-04-30", "Due next week.", {{"next week", Range, "2026-05-04", "2026-05-10", Week}}},
        {"2026-04-30",
         "Sales this month and last year.",
         {{"this month", Range, "2026-04-01", "2026-04-30", Month},
          {"last year", Range, "2025-01-01", "2025-12-31", Year}}},
        {"2026-04-30",
         "It launched two weeks ago and ships in three days.",
         {{"two weeks ago", Date, "2026-04-16", "2026-04-16", Week},
          {"in three days", Date, "2026-05-03", "2026-05-03", Day}}},
        {"2026-04-30",
         "A memo earlier this month said so.",
         {{"earlier this month", Range, "2026-04-01", "2026-04-29", Month}}},
        {"2026-04-30",
         "Revenue over the past year and in the next 3 days.",
         {{"past year", Range, "2025-04-30", "2026-04-29", Year},
          {"next 3 days", Range, "2026-05-01", "2026-05-03", Day}}},
    };
    for (const Case &c : cases)
        check(c);
}

TEST(TimeTaggerTest, AnchoredRelativesHaveNoValue) {
    const std::vector<Case> cases = {
        {"2026-04-27",
         "Testing began four days after the launch.",
         {{"four days after", Date, "-", nullptr, Day}}},
        {"2026-04-27",
         "Two months later, a rival followed.",
         {{"Two months later", Date, "-", nullptr, Day}}},
        {"2026-04-27",
         "They met again the following week.",
         {{"following week", Range, "-", nullptr, Day}}},
    };
    for (const Case &c : cases)
        check(c);
}

TEST(TimeTaggerTest, NumericDatesMarkSwappableDayAndMonth) {
    const std::vector<Case> cases = {
        {"2026-04-27",
         "Signed 4/5/2026.",
         {{"4/5/2026", Date, "2026-04-05", "2026-04-05", Day, true}}},
        {"2026-04-27",
         "Signed 13/5/2026.",
         {{"13/5/2026", Date, "2026-05-13", "2026-05-13", Day, false}}},
        {"2026-04-27",
         "Signed 5/5/2026.",
         {{"5/5/2026", Date, "2026-05-05", "2026-05-05", Day, false}}},
        {"2026-04-27",
         "Logged 23.04.2026 in Berlin.",
         {{"23.04.2026", Date, "2026-04-23", "2026-04-23", Day, false}}},
        {"2026-04-27",
         "Stamped 2026-04-27T10:30:00Z by the server.",
         {{"2026-04-27T10:30:00Z", MentionKind::DateTime, "2026-04-27", "2026-04-27", Day}}},
    };
    for (const Case &c : cases)
        check(c);
}

TEST(TimeTaggerTest, MissingYearIsTheNearestOne) {
    const std::vector<Case> cases = {
        {"2026-04-27", "Launched April 25.", {{"April 25", Date, "2026-04-25", "2026-04-25", Day}}},
        {"2026-01-03",
         "Launched December 30.",
         {{"December 30", Date, "2025-12-30", "2025-12-30", Day}}},
        {"2025-12-28", "Due January 4.", {{"January 4", Date, "2026-01-04", "2026-01-04", Day}}},
        {"2026-01-10",
         "Sales in December.",
         {{"December", Range, "2025-12-01", "2025-12-31", Month}}},
    };
    for (const Case &c : cases)
        check(c);
}

TEST(TimeTaggerTest, TrapsAreNotDates) {
    const char *inputs[] = {
        "Prices may rise.",
        "It may well be true. May I ask why?",
        "Protesters march on the capital.",
        "Throughput rose 2.87 times.",
        "V3 and R1 ran on H100 clusters at 7nm.",
        "It raised $12 billion.",
        "3 of 10 analysts agreed.",
        "The plant made 2026 units.",
        "Model 2026X is a product.",
        "Q1: What should developers do?",
        "A 3D printer draws 500W.",
        "Call 138-2010-2015 for details.",
        "Loongson 3A6000 chips.",
        "It is now available to 1/2 of users, 24/7.",
        "daily active users and annual revenue",
        "green H2 production",
        "after the fall of the empire, hot spring water",
        "Sun Microsystems sat on it; March on, they said.",
    };
    for (const char *input : inputs) {
        const QString text = QString::fromUtf8(input);
        const std::vector<Mention> got = tagger().tag(text, d("2026-04-27"));
        EXPECT_TRUE(got.empty()) << describe(text, got);
    }
}

TEST(TimeTaggerTest, DamagedPunctuationStillSeparates) {
    const std::vector<Case> cases = {
        // A dash decoded with the wrong code page reads "β"; a middle dot "Β·".
        {"2026-04-27",
         "China AI β 2026-04-27 β Monday",
         {{"2026-04-27", Date, "2026-04-27", "2026-04-27", Day},
          {"Monday", Date, "2026-04-27", "2026-04-27", Day}}},
        {"2026-04-27",
         "launched April 25 β the first",
         {{"April 25", Date, "2026-04-25", "2026-04-25", Day}}},
        {"2026-04-27",
         "π¨π³ China AI Β· 2026-04-27",
         {{"2026-04-27", Date, "2026-04-27", "2026-04-27", Day}}},
        {"2026-04-27",
         "released in June 2024β meaning",
         {{"June 2024", Range, "2024-06-01", "2024-06-30", Month}}},
    };
    for (const Case &c : cases)
        check(c);
}

TEST(TimeTaggerTest, OffsetsAreUtf16AndMentionsOrdered) {
    // An emoji (a surrogate pair) before the date shifts UTF-16 offsets by two.
    const QString text = QStringLiteral("🇨🇳 On April 25 and May 1, 2026 at 10:00 GMT.");
    const std::vector<Mention> got = tagger().tag(text, d("2026-04-27"));
    ASSERT_GE(got.size(), 2u) << describe(text, got);
    EXPECT_EQ(text.mid(got[0].start, got[0].length()), QStringLiteral("April 25"));
    EXPECT_EQ(got[0].start, text.indexOf(QStringLiteral("April")));
    for (size_t i = 1; i < got.size(); ++i)
        EXPECT_LE(got[i - 1].end, got[i].start) << describe(text, got);
}

TEST(TimeTaggerTest, TimesDurationsAndSets) {
    const QString text =
        QStringLiteral("The call is at 3 p.m. tomorrow, lasts 2 hours and repeats every Monday.");
    const std::vector<Mention> got = tagger().tag(text, d("2026-04-27"));
    ASSERT_EQ(got.size(), 3u) << describe(text, got);
    EXPECT_EQ(got[0].kind, MentionKind::DateTime);
    EXPECT_EQ(got[0].value.date.begin, d("2026-04-28"));
    EXPECT_EQ(got[1].kind, MentionKind::Duration);
    EXPECT_EQ(text.mid(got[1].start, got[1].length()), QStringLiteral("2 hours"));
    EXPECT_EQ(got[2].kind, MentionKind::Set);
    EXPECT_EQ(text.mid(got[2].start, got[2].length()), QStringLiteral("every Monday"));
}

TEST(TimeTaggerTest, SeedBriefingsTagCleanly) {
    CC_REQUIRE_SEEDS();
    const QDir dir(cc::test::seedsDir());
    int dated = 0;
    for (const QString &name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files)) {
        const QString text = QString::fromUtf8(cc::test::readFile(dir.filePath(name)));
        const std::vector<Mention> got = tagger().tag(text, d("2026-04-27"));
        for (size_t i = 0; i < got.size(); ++i) {
            EXPECT_LT(got[i].start, got[i].end) << name.toStdString();
            EXPECT_LE(got[i].end, text.size()) << name.toStdString();
            if (i > 0) {
                EXPECT_LE(got[i - 1].end, got[i].start) << name.toStdString();
            }
            if (got[i].kind == MentionKind::Date && got[i].value.type == ClaimValue::Type::Date)
                ++dated;
        }
    }
    EXPECT_GT(dated, 20);
}
