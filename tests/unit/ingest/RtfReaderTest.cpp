// The RTF reader: paragraphs, code-page bytes and Unicode escapes, tables, footnotes,
// fields and the destinations that are not text; damage never loses the rest.
#include "ingest/RtfReader.h"
#include "ingest/ReaderRegistry.h"

#include "../../fixtures/formats/Mutations.h"
#include "TestSupport.h"

#include <QRandomGenerator>

inline void PrintTo(const QString &text, std::ostream *out) {
    *out << '"' << text.toStdString() << '"';
}

using namespace cc;

namespace {

// As WordPad and Word write it: tables of fonts and colours, \info, a generator.
const QByteArray kRtf =
    R"({\rtf1\ansi\ansicpg1252\deff0\nouicompat{\fonttbl{\f0\fnil\fcharset0 Calibri;}}
{\colortbl ;\red0\green0\blue255;}
{\*\generator Riched20 10.0.19041}{\info{\title Template title}{\author A. Writer}
{\creatim\yr2026\mo3\dy9\hr23\min5}{\revtim\yr2027\mo1\dy1}}\viewkind4\uc1
\pard\sa200\sl276\slmult1\b\f0\fs28 Harbour expansion briefing\b0\par
Lakeport Authority will open the terminal on June 3, 2026.{\super\chftn}{\footnote\pard\plain{\super\chftn} Port notice, 2 March 2026.}\par
\trowd\trhdr\cellx3000\cellx6000\pard\intbl Metric\cell Value\cell\row
\trowd\cellx3000\cellx6000\pard\intbl Capacity\cell 1.2 million\par containers\cell\row
\pard The mayor called the \ldblquote expansion\rdblquote  overdue\emdash in Z\'fcrich terms.\par
{\field{\*\fldinst{HYPERLINK "https://example.org/a"}}{\fldrslt{Read the full notice}}}\par
{\pict\pngblip\picw10\pich10 89504e470d0a1a0a}{\header Page header text\par}
\u8364?40 million, \u-3?\bin4 {}}}\par
})";

ReadResult readRtf(const QByteArray &bytes) {
    return RtfReader().read(bytes, QStringLiteral("brief.rtf"));
}

} // namespace

TEST(RtfReaderTest, ReadsTheBodyAndSkipsWhatIsNotText) {
    const ReadResult r = readRtf(kRtf);
    ASSERT_TRUE(r.error.isEmpty()) << r.error.toStdString();
    ASSERT_EQ(r.documents.size(), 1u);
    const Document &doc = r.documents[0];
    EXPECT_EQ(doc.format, QStringLiteral("rtf"));
    // \u-3 is U+FFFD as a signed 16-bit value; the four bytes after \bin4 are data.
    EXPECT_EQ(doc.text, QStringLiteral("Harbour expansion briefing\n\n"
                                       "Lakeport Authority will open the terminal on June 3, "
                                       "2026.\n\n"
                                       "Metric | Value\nCapacity | 1.2 million containers\n\n"
                                       "The mayor called the “expansion” overdue—in Zürich "
                                       "terms.\n\n"
                                       "Read the full notice\n\n"
                                       "€40 million, \uFFFD\n\n"
                                       "Port notice, 2 March 2026."));
    EXPECT_EQ(doc.title, QStringLiteral("Harbour expansion briefing"));
}

TEST(RtfReaderTest, TableRowsKeepCellsAndHeader) {
    const Document doc = readRtf(kRtf).documents.at(0);
    ASSERT_EQ(doc.tableRows.size(), 2u);
    EXPECT_EQ(doc.tableRows[0].cells, QStringList({"Metric", "Value"}));
    EXPECT_TRUE(doc.tableRows[0].header);
    EXPECT_EQ(doc.tableRows[1].cells, QStringList({"Capacity", "1.2 million containers"}));
    EXPECT_FALSE(doc.tableRows[1].header);
}

TEST(RtfReaderTest, InfoIsAFallbackForTitleAndDate) {
    const QByteArray rtf = R"({\rtf1\ansi{\info{\title Template title})"
                           R"({\creatim\yr2026\mo3\dy9\hr23}{\printim\yr2020\mo1\dy1}})"
                           R"(\pard the port said little more than that on the day.\par})";
    const Document doc = readRtf(rtf).documents.at(0);
    EXPECT_EQ(doc.title, QStringLiteral("Template title"));
    ASSERT_TRUE(doc.published.has_value());
    EXPECT_EQ(doc.published->begin, QDate(2026, 3, 9));
}

TEST(RtfReaderTest, CodePageBytesAreDecodedInTheDeclaredCodePage) {
    // Windows-1251 (Cyrillic) and GBK, whose characters take two \'hh each.
    const Document cyrillic =
        readRtf(R"({\rtf1\ansi\ansicpg1251\pard \'cf\'f0\'e8\'e2\'e5\'f2\par})").documents.at(0);
    EXPECT_EQ(cyrillic.text, QStringLiteral("Привет"));
    const Document chinese =
        readRtf(R"({\rtf1\ansi\ansicpg936\pard \'d6\'d0\'ce\'c4\par})").documents.at(0);
    EXPECT_EQ(chinese.text, QStringLiteral("中文"));
    // \uc2: two fallback characters follow each \u; \uc0: none.
    const Document fallback =
        readRtf(R"({\rtf1\ansi\uc2\pard \u8364\'80\'80 5{\uc0\u8364 6}\par})").documents.at(0);
    EXPECT_EQ(fallback.text, QStringLiteral("€ 5€6"));
}

TEST(RtfReaderTest, RegisteredByExtensionAndByContent) {
    for (const QString &name : {QStringLiteral("brief.rtf"), QStringLiteral("saved-briefing")}) {
        const DocumentReader *r = ReaderRegistry::standard().readerFor(name, kRtf.left(4096));
        ASSERT_NE(r, nullptr) << name.toStdString();
        EXPECT_EQ(r->format(), QStringLiteral("rtf")) << name.toStdString();
    }
}

TEST(RtfReaderTest, UnbalancedAndDeepGroupsLoseNothingBefore) {
    // Cut in the middle: what was read stands.
    const ReadResult cut = readRtf(kRtf.left(kRtf.indexOf("Capacity")));
    ASSERT_EQ(cut.documents.size(), 1u);
    EXPECT_TRUE(cut.documents[0].text.contains(QStringLiteral("June 3, 2026")));
    // A million braces: read as plain text of the deepest group kept.
    QByteArray deep = R"({\rtf1\ansi top\par )";
    deep += QByteArray(1000000, '{') + "deep" + QByteArray(1000000, '}') + "}";
    const ReadResult d = readRtf(deep);
    ASSERT_EQ(d.documents.size(), 1u);
    EXPECT_EQ(d.documents[0].text, QStringLiteral("top\n\ndeep"));
    // Not RTF at all.
    const ReadResult other = readRtf("plain words");
    EXPECT_TRUE(other.documents.empty());
    EXPECT_FALSE(other.error.isEmpty());
}

TEST(RtfReaderTest, MutatedFilesNeverCrashOrComeBackSilentlyEmpty) {
    QRandomGenerator rng(41);
    for (int i = 0; i < 300; ++i) {
        QByteArray bytes = cc::test::mutate(kRtf, rng,
                                            {"{", "}", "\\par ", "\\cell ", "\\row ", "\\'", "\\u-",
                                             "\\bin999999999 ", "{\\*\\x ", "\\uc8 ",
                                             "{\\footnote ", "\\trowd\\intbl ", "\\", "\xff"});
        if (!bytes.startsWith("{\\rtf"))
            bytes.prepend("{\\rtf1 ");
        const ReadResult r = readRtf(bytes);
        EXPECT_TRUE(!r.documents.empty() || !r.error.isEmpty()) << "mutation " << i;
    }
}
