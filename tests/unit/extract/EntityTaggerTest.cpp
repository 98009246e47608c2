// Candidate names in sentences of our own.
#include "extract/EntityTagger.h"
#include "extract/EntityWords.h"
#include "extract/WordTokenizer.h"
#include "lexicon/LexiconSet.h"

#include <gtest/gtest.h>
#include <ostream>

// Readable QString values in failure messages.
inline void PrintTo(const QString &s, std::ostream *os) {
    *os << '"' << s.toStdString() << '"';
}

namespace {

const cc::LexiconSet &lexicons() {
    static const cc::LexiconSet set = cc::LexiconSet::loadDefault();
    return set;
}

const cc::EntityWords &words() {
    static const cc::EntityWords w(lexicons());
    return w;
}

QStringList names(const QString &text, bool titleCase = false,
                  cc::EntityTagger::DocumentContext context = {}) {
    const cc::EntityTagger tagger(words());
    const std::vector<cc::Token> tokens = cc::WordTokenizer::tokenize(text);
    QStringList out;
    for (const cc::EntityMention &m : tagger.tag(tokens, text, context, titleCase))
        out << m.name;
    return out;
}

} // namespace

TEST(EntityTagger, WordListsLoadWithoutErrors) {
    EXPECT_TRUE(words().errors().isEmpty())
        << words().errors().join(QLatin1Char('\n')).toStdString();
}

struct NameCase {
    const char *sentence;
    const char *expected; // names joined with "|"
};

class EntityTaggerNames : public ::testing::TestWithParam<NameCase> {};

TEST_P(EntityTaggerNames, FindsTheNames) {
    const NameCase c = GetParam();
    const QString expected = QString::fromUtf8(c.expected);
    EXPECT_EQ(names(QString::fromUtf8(c.sentence)).join(QLatin1Char('|')), expected) << c.sentence;
}

INSTANTIATE_TEST_SUITE_P(
    Cases, EntityTaggerNames,
    ::testing::Values(
        NameCase{"Last week Acme Robotics unveiled the X-7 in Berlin.", "Acme Robotics|X-7|Berlin"},
        NameCase{"The Vela 3 beat the Orbit-2.1 on every test.", "Vela 3|Orbit-2.1"},
        NameCase{"Buyers preferred the Z4 Pro over the older DeepWave model.", "Z4 Pro|DeepWave"},
        // Possessives before a model name fold into it; before a plain name they do not.
        NameCase{"Analysts praised Acme's Z4 and Zeta's pricing.", "Acme Z4|Zeta"},
        NameCase{"Japan's Z9 sold well.", "Japan|Z9"},
        // Months, generic acronyms and titles are no names; a title marks a person.
        NameCase{"In March the AI team met CEO Jane Roe at Nova Labs.", "Jane Roe|Nova Labs"},
        // A capital that only opens the sentence proves nothing.
        NameCase{"Surpassing Orbit X2 was hard.", "Orbit X2"},
        // Quantities glued to digits are not model numbers; quarters are not names.
        NameCase{"Last year Zeta earned 12B in Q3 on 7nm chips.", "Zeta"},
        NameCase{"Sales of the Helix 900B rose.", "Helix 900B"}));

TEST(EntityTagger, TitleCaseLinesKeepOnlyKnownOrStrongNames) {
    cc::EntityTagger::DocumentContext context;
    context.knownNames.insert(QStringLiteral("nova labs"));
    context.knownNames.insert(QStringLiteral("orbit x2"));
    const QStringList got =
        names(QStringLiteral("Nova Labs Unveils Orbit X2 With Record Battery Life"), true, context);
    EXPECT_EQ(got, (QStringList{QStringLiteral("Nova Labs"), QStringLiteral("Orbit X2")}));
    // Unknown capitalized words of a title are dropped; a model number stands on its own.
    EXPECT_EQ(
        names(QStringLiteral("Nova Labs Unveils Helix X9 With Record Battery Life"), true, context),
        (QStringList{QStringLiteral("Nova Labs"), QStringLiteral("X9")}));
}

TEST(EntityTagger, TitleCaseDetection) {
    const QString title = QStringLiteral("Acme Unveils Faster Chips For Data Centers");
    const QString prose = QStringLiteral("Acme unveils faster chips for data centers.");
    EXPECT_TRUE(cc::EntityTagger::isTitleCase(cc::WordTokenizer::tokenize(title), title));
    EXPECT_FALSE(cc::EntityTagger::isTitleCase(cc::WordTokenizer::tokenize(prose), prose));
    // Short sentences full of names are still prose; a heading with a stop is still a heading.
    for (const char *line : {"Veltrona Labs released Quorra-3 on March 3, 2026.",
                             "Melkor Systems launched Arden Beta in Berlin."}) {
        const QString s = QString::fromUtf8(line);
        EXPECT_FALSE(cc::EntityTagger::isTitleCase(cc::WordTokenizer::tokenize(s), s)) << line;
    }
    const QString stopped = QStringLiteral("Market Outlook And Pricing Across Regions.");
    EXPECT_TRUE(cc::EntityTagger::isTitleCase(cc::WordTokenizer::tokenize(stopped), stopped));
}

TEST(EntityTagger, MarksPlacesPersonsAndOutlets) {
    const QString text = QStringLiteral("Reuters reported that Minister Ana Diaz visited China.");
    const cc::EntityTagger tagger(words());
    const std::vector<cc::Token> tokens = cc::WordTokenizer::tokenize(text);
    const std::vector<cc::EntityMention> m = tagger.tag(tokens, text, {}, false);
    ASSERT_EQ(m.size(), 3u);
    EXPECT_TRUE(m[0].outlet);
    EXPECT_TRUE(m[1].person);
    EXPECT_TRUE(m[2].place);
}

TEST(EntityTagger, FoldKeyIgnoresCaseHyphensPossessivesAndSuffixes) {
    EXPECT_EQ(cc::entityFoldKey(QStringLiteral("Acme-Z4"), words()), QStringLiteral("acme z4"));
    EXPECT_EQ(cc::entityFoldKey(QStringLiteral("Acme's"), words()), QStringLiteral("acme"));
    EXPECT_EQ(cc::entityFoldKey(QStringLiteral("Acme Inc."), words()), QStringLiteral("acme"));
    EXPECT_EQ(cc::entityFoldKey(QStringLiteral("Acme  Z4   Pro"), words()),
              QStringLiteral("acme z4 pro"));
}
