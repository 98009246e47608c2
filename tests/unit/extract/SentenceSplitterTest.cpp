// The sentence splitter on phrases of our own: abbreviations, decimals, initials,
// lists, headings, tables, quotes, damaged text and other languages.
#include "extract/SentenceSplitter.h"
#include "lexicon/LexiconSet.h"

#include <gtest/gtest.h>
#include <ostream>

// Readable QString values in failure messages.
inline void PrintTo(const QString &s, std::ostream *os) {
    *os << '"' << s.toStdString() << '"';
}

using cc::Sentence;

namespace {

const cc::LexiconSet &lexicons() {
    static const cc::LexiconSet set = cc::LexiconSet::loadDefault();
    return set;
}

const cc::SentenceSplitter &splitter() {
    static const cc::SentenceSplitter s(lexicons());
    return s;
}

QStringList texts(const QString &text, const std::vector<Sentence> &sentences) {
    QStringList out;
    for (const Sentence &s : sentences)
        out << text.mid(s.start, s.end - s.start);
    return out;
}

QStringList split(const QString &text) {
    return texts(text, splitter().split(text));
}

} // namespace

TEST(SentenceSplitter, LexiconsLoadWithoutErrors) {
    EXPECT_TRUE(lexicons().errors().isEmpty())
        << lexicons().errors().join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(splitter().errors().isEmpty())
        << splitter().errors().join(QLatin1Char('\n')).toStdString();
}

TEST(SentenceSplitter, PlainSentencesWithSpans) {
    const QString text =
        QStringLiteral("Acme shipped the Z4. Sales rose! Did Zeta answer? Not yet.");
    const std::vector<Sentence> s = splitter().split(text);
    ASSERT_EQ(s.size(), 4u);
    EXPECT_EQ(text.mid(s[0].start, s[0].end - s[0].start), QStringLiteral("Acme shipped the Z4."));
    EXPECT_EQ(s[1].start, 21);
    EXPECT_EQ(text.mid(s[3].start, s[3].end - s[3].start), QStringLiteral("Not yet."));
    for (const Sentence &x : s)
        EXPECT_EQ(x.kind, Sentence::Kind::Prose);
}

// Each row: text, expected number of sentences (the trap: a period that ends nothing).
struct AbbreviationCase {
    const char *text;
    int sentences;
};

class SentenceSplitterAbbreviations : public ::testing::TestWithParam<AbbreviationCase> {};

TEST_P(SentenceSplitterAbbreviations, PeriodsThatEndNothing) {
    const AbbreviationCase c = GetParam();
    const QStringList got = split(QString::fromUtf8(c.text));
    EXPECT_EQ(got.size(), c.sentences)
        << c.text << "\n -> " << got.join(QStringLiteral(" || ")).toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Cases, SentenceSplitterAbbreviations,
    ::testing::Values(AbbreviationCase{"Acme Inc. makes chips in the U.S. and Japan.", 1},
                      AbbreviationCase{
                          "The model has ~1.2T parameters (est.) and costs $0.35 per hour.", 1},
                      AbbreviationCase{"It weighs approx. 3 kg vs. 5 kg for the old one.", 1},
                      AbbreviationCase{"Sales grew 4.5% in Q2. Margins fell.", 2},
                      AbbreviationCase{"J. R. Smith joined Zeta Corp. last week.", 1},
                      AbbreviationCase{"The plant is in the U.S. The next one is in Mexico.", 2},
                      AbbreviationCase{"Revenue was $4.2 billion, e.g. more than forecast.", 1},
                      AbbreviationCase{"Ships from Acme Inc. The order was large.", 2},
                      AbbreviationCase{"Dr. Lee said the Orbit-2.1 release slipped.", 1},
                      AbbreviationCase{"The gap stays open. over: the next item starts here.", 2}));

TEST(SentenceSplitter, ListItemsAreSentences) {
    const QString text = QStringLiteral("Key points:\n- Acme ships the Z4\n- Zeta cut prices\n"
                                        "1. First item here\n2) Second item here\n");
    const std::vector<Sentence> s = splitter().split(text);
    const QStringList t = texts(text, s);
    ASSERT_EQ(t.size(), 5) << t.join(QStringLiteral(" || ")).toStdString();
    EXPECT_EQ(s[0].kind, Sentence::Kind::Heading);
    EXPECT_EQ(t[1], QStringLiteral("Acme ships the Z4"));
    EXPECT_EQ(s[1].kind, Sentence::Kind::ListItem);
    EXPECT_EQ(t[3], QStringLiteral("First item here"));
    EXPECT_EQ(s[4].kind, Sentence::Kind::ListItem);
}

TEST(SentenceSplitter, HeadingsWithoutFinalStop) {
    const QString text = QStringLiteral("Acme Launches Z4 Pro\nAcme released the Z4 Pro today. "
                                        "It is fast.\n\nMarket Outlook\n\nShares rose.");
    const std::vector<Sentence> s = splitter().split(text);
    const QStringList t = texts(text, s);
    ASSERT_EQ(t.size(), 5) << t.join(QStringLiteral(" || ")).toStdString();
    EXPECT_EQ(s[0].kind, Sentence::Kind::Heading);
    EXPECT_EQ(t[0], QStringLiteral("Acme Launches Z4 Pro"));
    EXPECT_EQ(s[1].kind, Sentence::Kind::Prose);
    EXPECT_EQ(s[3].kind, Sentence::Kind::Heading);
    EXPECT_EQ(t[3], QStringLiteral("Market Outlook"));
}

TEST(SentenceSplitter, HardWrappedLinesJoin) {
    const QString text = QStringLiteral("Acme said the Z4 would ship with a new sensor and\n"
                                        "a larger battery, according to the\n"
                                        "company. Zeta declined to comment.");
    const QStringList t = split(text);
    ASSERT_EQ(t.size(), 2) << t.join(QStringLiteral(" || ")).toStdString();
    EXPECT_TRUE(t[0].startsWith(QStringLiteral("Acme said")));
    EXPECT_TRUE(t[0].endsWith(QStringLiteral("company.")));
}

TEST(SentenceSplitter, QuotedSpeechStaysWhole) {
    const QString text = QStringLiteral(
        "The CEO said: \"We will ship. Nobody can stop us.\" Analysts were unconvinced.");
    const QStringList t = split(text);
    ASSERT_EQ(t.size(), 2) << t.join(QStringLiteral(" || ")).toStdString();
    EXPECT_TRUE(t[0].endsWith(QStringLiteral("stop us.\"")));
    const QString quote = QStringLiteral("\"It works. It ships.\"");
    const std::vector<Sentence> s = splitter().split(quote);
    ASSERT_EQ(s.size(), 1u);
    EXPECT_EQ(s[0].kind, Sentence::Kind::Quote);
}

TEST(SentenceSplitter, StrayCodePageLettersArePunctuation) {
    // "β" stands where a dash was: it separates clauses, it does not end the sentence.
    const QString text = QString::fromUtf8("Acme released the Z4 β the largest model yet β in May. "
                                           "π¨π³ Zeta Update β 2026-03-01\nShares rose.");
    const std::vector<Sentence> s = splitter().split(text);
    const QStringList t = texts(text, s);
    ASSERT_EQ(t.size(), 3) << t.join(QStringLiteral(" || ")).toStdString();
    EXPECT_EQ(t[0], QString::fromUtf8("Acme released the Z4 β the largest model yet β in May."));
    // The damaged emoji before the heading is not part of it.
    EXPECT_EQ(t[1], QString::fromUtf8("Zeta Update β 2026-03-01"));
    for (const Sentence &x : s)
        EXPECT_TRUE(x.language.isEmpty()) << "stray Greek letters must not make English Greek";
}

TEST(SentenceSplitter, VeryLongLinesSplitAtSentenceEnds) {
    QString line;
    for (int i = 0; i < 200; ++i)
        line += QStringLiteral("Acme sold %1 units in region %2. ").arg(i * 10).arg(i);
    const std::vector<Sentence> s = splitter().split(line);
    EXPECT_EQ(s.size(), 200u);
    // A line without any sentence end is still cut into bounded pieces.
    QString endless;
    for (int i = 0; i < 1500; ++i)
        endless += QStringLiteral("word ");
    for (const Sentence &x : splitter().split(endless))
        EXPECT_LE(x.end - x.start, 2600);
}

TEST(SentenceSplitter, OtherLanguagesAreMarked) {
    const QString text =
        QString::fromUtf8("Acme released the Z4 on Monday.\n"
                          "阿克米公司周一发布了新款芯片，性能提升了百分之三十。\n"
                          "Акме выпустила новый чип в понедельник.\n"
                          "Die Firma hat den neuen Chip am Montag vorgestellt und "
                          "die Preise nicht genannt.\n"
                          "La empresa presentó el nuevo chip el lunes y no dio los "
                          "precios.\n");
    const std::vector<Sentence> s = splitter().split(text);
    ASSERT_EQ(s.size(), 5u);
    EXPECT_EQ(s[0].language, QString());
    EXPECT_EQ(s[1].language, QStringLiteral("zh"));
    EXPECT_EQ(s[2].language, QStringLiteral("ru"));
    EXPECT_EQ(s[3].language, QStringLiteral("de"));
    EXPECT_EQ(s[4].language, QStringLiteral("es"));
}

TEST(SentenceSplitter, DocumentTableRowsKeepTheirCells) {
    cc::Document doc;
    doc.text = QStringLiteral("Specs follow.\nModel\tParameters\nZ4\t12B\nAfter the table.");
    const qsizetype h = doc.text.indexOf(QStringLiteral("Model"));
    const qsizetype r = doc.text.indexOf(QStringLiteral("Z4\t"));
    doc.tableRows.push_back(
        {h, h + 16, {QStringLiteral("Model"), QStringLiteral("Parameters")}, true, 0});
    doc.tableRows.push_back({r, r + 6, {QStringLiteral("Z4"), QStringLiteral("12B")}, false, 0});
    const std::vector<Sentence> s = splitter().split(doc);
    ASSERT_EQ(s.size(), 4u);
    EXPECT_EQ(s[1].kind, Sentence::Kind::TableRow);
    EXPECT_EQ(s[1].cells, (QStringList{QStringLiteral("Model"), QStringLiteral("Parameters")}));
    EXPECT_EQ(s[2].cells, (QStringList{QStringLiteral("Z4"), QStringLiteral("12B")}));
    EXPECT_EQ(s[3].kind, Sentence::Kind::Prose);
}

TEST(SentenceSplitter, GluedPlainTextTableIsReadBackIntoCells) {
    // A table pasted as text lost its separators.
    const QString text = QStringLiteral("Table 1: Chips\n\nChipFoundryProcess node\n"
                                        "Acme Z4Zeta Fab~7nm\nOrbit X2Nova Works~5nm\n\nAfter it.");
    const std::vector<Sentence> s = splitter().split(text);
    std::vector<Sentence> rows;
    for (const Sentence &x : s) {
        if (x.kind == Sentence::Kind::TableRow)
            rows.push_back(x);
    }
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[0].cells, (QStringList{QStringLiteral("Chip"), QStringLiteral("Foundry"),
                                          QStringLiteral("Process node")}));
    EXPECT_EQ(rows[1].cells, (QStringList{QStringLiteral("Acme Z4"), QStringLiteral("Zeta Fab"),
                                          QStringLiteral("~7nm")}));
}

TEST(SentenceSplitter, CodeLinesAreRecognised) {
    EXPECT_TRUE(cc::SentenceSplitter::looksLikeCode(QStringLiteral("export MODEL=acme-z4")));
    EXPECT_TRUE(cc::SentenceSplitter::looksLikeCode(QStringLiteral("metrics = {")));
    EXPECT_TRUE(
        cc::SentenceSplitter::looksLikeCode(QStringLiteral("\"params\": \"12B\",  # size")));
    EXPECT_FALSE(
        cc::SentenceSplitter::looksLikeCode(QStringLiteral("Acme released the Z4 in May.")));
    EXPECT_FALSE(cc::SentenceSplitter::looksLikeCode(
        QStringLiteral("The Z4 (a phone) sold 3 million units in 2025.")));
}

TEST(SentenceSplitter, EmptyAndWhitespaceOnly) {
    EXPECT_TRUE(splitter().split(QString()).empty());
    EXPECT_TRUE(splitter().split(QStringLiteral("   \n\n  \t\n")).empty());
    EXPECT_TRUE(splitter().split(QStringLiteral("----\n****")).empty());
}
