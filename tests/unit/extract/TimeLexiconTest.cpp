#include "extract/TimeLexicon.h"
#include "extract/TimeTagger.h"
#include "lexicon/LexiconSet.h"

#include "TestSupport.h"

using namespace cc;

namespace {

// A "time" lexicon file whose entries are given one per line, starting on line 3.
QByteArray lexiconFile(const QStringList &entries) {
    QByteArray data =
        "{\"schema\": \"crosscheck.lexicon/1\", \"name\": \"time\", \"description\": \"test\",\n"
        "\"entries\": [\n";
    for (qsizetype i = 0; i < entries.size(); ++i)
        data += entries[i].toUtf8() + (i + 1 < entries.size() ? ",\n" : "\n");
    data += "]}\n";
    return data;
}

} // namespace

TEST(TimeLexiconTest, BrokenEntriesNameFileAndLine) {
    struct Broken {
        QString entry;
        QString problem;
    };
    const std::vector<Broken> broken = {
        {QStringLiteral(R"({"key": "smarch", "type": "month", "month": 13})"),
         QStringLiteral("\"month\"")},
        {QStringLiteral(R"({"key": "blursday", "type": "weekdays", "weekday": 3})"),
         QStringLiteral("unknown \"type\"")},
        {QStringLiteral(R"({"key": "soon", "type": "shift", "shift": 1})"),
         QStringLiteral("\"mode\"")},
        {QStringLiteral(R"({"key": "4ever", "type": "unit", "unit": "year"})"),
         QStringLiteral("digit")},
        {QStringLiteral(R"({"key": "eon", "type": "unit", "unit": "eon"})"),
         QStringLiteral("\"unit\"")},
        {QStringLiteral(R"({"key": "x", "type": "month", "month": 2, "words": "x"})"),
         QStringLiteral("list of strings")},
        {QStringLiteral(R"({"type": "month", "month": 2})"), QStringLiteral("missing \"key\"")},
    };
    for (const Broken &b : broken) {
        LexiconSet set;
        // Line 3 holds a good entry, line 4 the broken one.
        ASSERT_TRUE(set.addData(
            lexiconFile(
                {QStringLiteral(R"({"key": "june", "type": "month", "month": 6})"), b.entry}),
            QStringLiteral("time-test.json")));
        const TimeLexicon lexicon(set);
        ASSERT_EQ(lexicon.errors().size(), 1) << b.entry.toStdString();
        const QString error = lexicon.errors().first();
        EXPECT_TRUE(error.startsWith(QStringLiteral("time-test.json:4:"))) << error.toStdString();
        EXPECT_TRUE(error.contains(b.problem)) << error.toStdString();
        // The good entry still loads.
        const TimeWord *june = lexicon.word(QStringLiteral("June"));
        ASSERT_NE(june, nullptr);
        EXPECT_EQ(june->month, 6);
    }
}

TEST(TimeLexiconTest, TaggerReportsLexiconErrors) {
    LexiconSet set = LexiconSet::loadDefault();
    ASSERT_TRUE(
        set.addData(lexiconFile({QStringLiteral(R"({"key": "someday", "type": "relative-day"})")}),
                    QStringLiteral("analyst-time.json")));
    const TimeTagger tagger(set);
    ASSERT_EQ(tagger.lexiconErrors().size(), 1);
    EXPECT_TRUE(tagger.lexiconErrors().first().startsWith(QStringLiteral("analyst-time.json:3:")));
}

TEST(TimeLexiconTest, FormsAreCaseInsensitiveAndShareRoles) {
    const LexiconSet set = LexiconSet::loadDefault();
    const TimeLexicon lexicon(set);
    ASSERT_TRUE(lexicon.errors().isEmpty()) << lexicon.errors().join(u'\n').toStdString();
    const TimeWord *may = lexicon.word(QStringLiteral("MAY"));
    ASSERT_NE(may, nullptr);
    EXPECT_EQ(may->month, 5);
    EXPECT_TRUE(may->monthGuarded); // also a modal verb
    const TimeWord *april = lexicon.word(QStringLiteral("april"));
    ASSERT_NE(april, nullptr);
    EXPECT_FALSE(april->monthGuarded);
    const TimeWord *last = lexicon.word(QStringLiteral("Last"));
    ASSERT_NE(last, nullptr);
    EXPECT_TRUE(last->hasShift);
    EXPECT_EQ(last->ordinal, -1);
    EXPECT_EQ(lexicon.word(QStringLiteral("banana")), nullptr);
    EXPECT_NE(lexicon.phrasesStartingWith(QStringLiteral("prior")), nullptr);
}

TEST(TimeLexiconTest, AnalystLayerAddsVocabulary) {
    LexiconSet set = LexiconSet::loadDefault();
    ASSERT_TRUE(
        set.addData(lexiconFile({QStringLiteral(
                        R"({"key": "midsummer day", "type": "holiday", "month": 6, "day": 24})")}),
                    QStringLiteral("analyst-time.json")));
    const TimeTagger tagger(set);
    EXPECT_TRUE(tagger.lexiconErrors().isEmpty());
    const QString text = QStringLiteral("The festival opens on Midsummer Day 2027.");
    const std::vector<Mention> got = tagger.tag(text, QDate(2026, 4, 27));
    ASSERT_EQ(got.size(), 1u);
    EXPECT_EQ(text.mid(got[0].start, got[0].length()), QStringLiteral("Midsummer Day 2027"));
    EXPECT_EQ(got[0].value.date.begin, QDate(2027, 6, 24));
}
