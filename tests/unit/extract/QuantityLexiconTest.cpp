// The quantity lexicons: the shipped ones compile cleanly, broken entries are
// reported with their file and line, and an analyst's layer can move a default.
#include "extract/QuantityTagger.h"
#include "lexicon/LexiconSet.h"

#include <gtest/gtest.h>

namespace {

QByteArray lexicon(const char *name, const char *entries) {
    return QByteArray("{\n  \"schema\": \"crosscheck.lexicon/1\",\n  \"name\": \"") + name +
           "\",\n  \"description\": \"test\",\n  \"entries\": [\n" + entries + "\n  ]\n}\n";
}

bool anyContains(const QStringList &errors, const QString &needle) {
    for (const QString &e : errors)
        if (e.contains(needle))
            return true;
    return false;
}

} // namespace

TEST(QuantityLexicon, ShippedLexiconsCompileWithoutErrors) {
    const cc::LexiconSet set = cc::LexiconSet::loadDefault();
    const cc::QuantityTagger tagger(set);
    EXPECT_TRUE(tagger.errors().isEmpty()) << tagger.errors().join(QLatin1Char('\n')).toStdString();
}

TEST(QuantityLexicon, BrokenUnitEntryNamesFileAndLine) {
    cc::LexiconSet set;
    ASSERT_TRUE(
        set.addData(lexicon("units", "    {\"key\": \"metre\", \"base\": \"m\", \"factor\": 1, "
                                     "\"dimension\": \"length\", \"kind\": \"dimension\", "
                                     "\"symbols\": [\"m\"]},\n"
                                     "    {\"key\": \"furlong\", \"base\": \"m\", \"factor\": "
                                     "\"long\", \"dimension\": \"length\", \"kind\": "
                                     "\"dimension\", \"names\": [\"furlong\"]},\n"
                                     "    {\"key\": \"cubit\", \"base\": \"m\", \"factor\": 0.45, "
                                     "\"dimension\": \"length\", \"kind\": \"size\", \"names\": "
                                     "[\"cubit\"]}"),
                    QStringLiteral("units.json")));
    const cc::QuantityTagger tagger(set);
    const QStringList errors = tagger.errors();
    EXPECT_TRUE(anyContains(errors, QStringLiteral("units.json:7: units entry \"furlong\": "
                                                   "'factor' must be a positive number")))
        << errors.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(anyContains(errors, QStringLiteral("units.json:8: units entry \"cubit\": 'kind'")))
        << errors.join(QLatin1Char('\n')).toStdString();
    // the good entry still works, the broken ones are skipped
    const std::vector<cc::Mention> m = tagger.tag(QStringLiteral("5 m and 3 furlong"));
    ASSERT_EQ(m.size(), 2u);
    EXPECT_EQ(m[0].kind, cc::MentionKind::Dimension);
    EXPECT_EQ(m[1].kind, cc::MentionKind::Number);
}

TEST(QuantityLexicon, OtherLexiconsAreValidatedToo) {
    cc::LexiconSet set;
    ASSERT_TRUE(set.addData(lexicon("magnitudes", "    {\"key\": \"million\", \"factor\": -1, "
                                                  "\"words\": [\"million\"]}"),
                            QStringLiteral("magnitudes.json")));
    ASSERT_TRUE(
        set.addData(lexicon("number_words", "    {\"key\": \"one\", \"class\": \"digit\"},\n"
                                            "    {\"key\": \"two\", \"class\": \"numeral\", "
                                            "\"value\": 2}"),
                    QStringLiteral("number_words.json")));
    ASSERT_TRUE(set.addData(lexicon("quantity_modifiers",
                                    "    {\"key\": \"about\", \"effect\": \"roughly\", "
                                    "\"position\": \"before\"}"),
                            QStringLiteral("quantity_modifiers.json")));
    const QStringList errors = cc::QuantityTagger(set).errors();
    const std::string all = errors.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(anyContains(errors, QStringLiteral("magnitudes.json:6:"))) << all;
    EXPECT_TRUE(anyContains(errors, QStringLiteral("number_words.json:6: number_words entry "
                                                   "\"one\": 'value'")))
        << all;
    EXPECT_TRUE(anyContains(errors, QStringLiteral("number_words.json:7:"))) << all;
    EXPECT_TRUE(anyContains(errors, QStringLiteral("quantity_modifiers.json:6:"))) << all;
}

TEST(QuantityLexicon, SharedSymbolWithoutDefaultIsReported) {
    cc::LexiconSet set;
    ASSERT_TRUE(set.addData(lexicon("currencies", "    {\"key\": \"JPY\", \"symbols\": [\"¥\"]},\n"
                                                  "    {\"key\": \"CNY\", \"symbols\": [\"¥\"]}"),
                            QStringLiteral("currencies.json")));
    const cc::QuantityTagger tagger(set);
    EXPECT_TRUE(anyContains(tagger.errors(), QStringLiteral("\"¥\" is listed by JPY")))
        << tagger.errors().join(QLatin1Char('\n')).toStdString();
    const std::vector<cc::Mention> m = tagger.tag(QStringLiteral("¥100"));
    ASSERT_EQ(m.size(), 1u);
    EXPECT_EQ(m[0].value.quantity.unit, QStringLiteral("JPY")); // the first listing wins
}

TEST(QuantityLexicon, AnalystLayerMovesTheYenSignDefault) {
    cc::LexiconSet set = cc::LexiconSet::loadDefault();
    const cc::QuantityTagger shipped(set);
    EXPECT_EQ(shipped.tag(QStringLiteral("¥100")).at(0).value.quantity.unit, QStringLiteral("JPY"));
    ASSERT_TRUE(set.addData(lexicon("currencies",
                                    "    {\"key\": \"JPY\", \"names\": [\"yen\"], \"symbols\": "
                                    "[\"¥\"]},\n"
                                    "    {\"key\": \"CNY\", \"names\": [\"yuan\"], \"symbols\": "
                                    "[\"¥\"], \"defaults\": [\"¥\"]}"),
                            QStringLiteral("analyst/currencies.json")));
    const cc::QuantityTagger analyst(set);
    EXPECT_TRUE(analyst.errors().isEmpty())
        << analyst.errors().join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(analyst.tag(QStringLiteral("¥100")).at(0).value.quantity.unit, QStringLiteral("CNY"));
}
