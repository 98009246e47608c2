#include "ingest/DocxReader.h"
#include "ingest/ReaderRegistry.h"

#include "../../fixtures/formats/Mutations.h"
#include "TestSupport.h"
#include "ZipBuilder.h"

#include <QRandomGenerator>
#include <QTemporaryDir>

#include <utility>
#include <vector>

// Readable failure messages for QString comparisons.
inline void PrintTo(const QString &text, std::ostream *out) {
    *out << '"' << text.toStdString() << '"';
}

using namespace cc;

namespace {

using Members = cc::test::ZipMembers;
using cc::test::makeZip;

const char *kNamespaces =
    R"(xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main")";

QByteArray documentXml(const QByteArray &body) {
    return QByteArray(R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document )") +
           kNamespaces + "><w:body>" + body + "<w:sectPr/></w:body></w:document>";
}

QByteArray paragraph(const QByteArray &text, const QByteArray &style = {}) {
    QByteArray p = "<w:p>";
    if (!style.isEmpty())
        p += R"(<w:pPr><w:pStyle w:val=")" + style + R"("/></w:pPr>)";
    return p + "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
}

QByteArray cell(const QByteArray &text) {
    return "<w:tc><w:tcPr><w:tcW w:w=\"2000\"/></w:tcPr>" + paragraph(text) + "</w:tc>";
}

const QByteArray kCoreXml =
    R"(<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties )"
    R"(xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" )"
    R"(xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" )"
    R"(xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">)"
    R"(<dc:title>Quarterly Grid Storage Review</dc:title><dc:creator>Analyst</dc:creator>)"
    R"(<dcterms:created xsi:type="dcterms:W3CDTF">2025-03-14T23:30:00-05:00</dcterms:created>)"
    R"(</cp:coreProperties>)";

QByteArray sampleBody() {
    return paragraph("Battery Storage Outlook", "Heading1") +
           paragraph("Installed capacity grew by 40% last year, the ministry said.") +
           "<w:p><w:r><w:t>Second</w:t></w:r><w:r><w:tab/><w:t>paragraph</w:t></w:r>"
           "<w:r><w:br/><w:t>after a break.</w:t></w:r>"
           "<w:del><w:r><w:delText>withdrawn words</w:delText></w:r></w:del>"
           "<w:hyperlink><w:r><w:t xml:space=\"preserve\"> Linked text.</w:t></w:r></w:hyperlink>"
           "</w:p>" +
           "<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
           "<w:tr><w:trPr><w:tblHeader/></w:trPr>" +
           cell("Region") + cell("Capacity") + cell("Year") + "</w:tr><w:tr>" + cell("North") +
           cell("1.2 GW") + cell("2024") + "</w:tr><w:tr>" + cell("South") + cell("") + "<w:tc>" +
           paragraph("2023") + paragraph("revised") + "</w:tc></w:tr></w:tbl>" +
           paragraph("Closing remark after the table.");
}

QByteArray sampleDocx(const QByteArray &body = sampleBody(), bool withCore = true) {
    Members members{{QStringLiteral("[Content_Types].xml"), QByteArray("<Types/>")},
                    {QStringLiteral("word/document.xml"), documentXml(body)}};
    if (withCore)
        members.push_back({QStringLiteral("docProps/core.xml"), kCoreXml});
    return makeZip(members);
}

ReadResult readDocx(const QByteArray &bytes) {
    return DocxReader().read(bytes, "brief.docx");
}

} // namespace

TEST(DocxReaderTest, ReadsHeadingParagraphsAndTableInOrder) {
    const QByteArray bytes = sampleDocx();
    ASSERT_FALSE(bytes.isEmpty());
    const ReadResult result = readDocx(bytes);
    ASSERT_TRUE(result.error.isEmpty()) << result.error.toStdString();
    ASSERT_EQ(result.documents.size(), 1u);
    const Document &doc = result.documents.front();
    EXPECT_EQ(doc.format, QStringLiteral("docx"));
    EXPECT_EQ(doc.path, QStringLiteral("brief.docx"));
    const QString expected = QStringLiteral(
        "Battery Storage Outlook\n\n"
        "Installed capacity grew by 40% last year, the ministry said.\n\n"
        "Second\tparagraph\nafter a break. Linked text.\n\n"
        "Region | Capacity | Year\nNorth | 1.2 GW | 2024\nSouth |  | 2023 revised\n\n"
        "Closing remark after the table.");
    EXPECT_EQ(doc.text, expected);
    EXPECT_FALSE(doc.text.contains(QStringLiteral("withdrawn")));
}

TEST(DocxReaderTest, TableRowsKeepCellsAndSpans) {
    const Document doc = readDocx(sampleDocx()).documents.at(0);
    ASSERT_EQ(doc.tableRows.size(), 3u);
    EXPECT_EQ(doc.tableRows[0].cells,
              QStringList(
                  {QStringLiteral("Region"), QStringLiteral("Capacity"), QStringLiteral("Year")}));
    EXPECT_TRUE(doc.tableRows[0].header);
    EXPECT_FALSE(doc.tableRows[1].header);
    EXPECT_EQ(doc.tableRows[2].cells,
              QStringList({QStringLiteral("South"), QString(), QStringLiteral("2023 revised")}));
    for (const TableRow &row : doc.tableRows) {
        EXPECT_EQ(row.table, 0);
        EXPECT_EQ(doc.text.mid(row.start, row.end - row.start),
                  row.cells.join(QStringLiteral(" | ")));
    }
}

TEST(DocxReaderTest, CorePropertiesAreFallbacksForTitleAndDate) {
    // The text's own heading is its title; the properties' title is not needed.
    EXPECT_EQ(readDocx(sampleDocx()).documents.at(0).title,
              QStringLiteral("Battery Storage Outlook"));

    const QByteArray prose =
        paragraph("installed capacity grew by 40% last year, the ministry said in a statement "
                  "published on its website, and it expects further growth.");
    const Document doc = readDocx(sampleDocx(prose)).documents.at(0);
    EXPECT_EQ(doc.title, QStringLiteral("Quarterly Grid Storage Review"));
    ASSERT_TRUE(doc.published.has_value());
    // The date as written, not moved to the next day by a UTC conversion.
    EXPECT_EQ(doc.published->begin, QDate(2025, 3, 14));
    EXPECT_EQ(doc.published->precision, DatePrecision::Day);

    const Document bare = readDocx(sampleDocx(prose, false)).documents.at(0);
    EXPECT_FALSE(bare.published.has_value());
}

TEST(DocxReaderTest, TitleStyledParagraphWinsOverProperties) {
    const QByteArray body =
        paragraph("Storage Markets in Review", "Title") + paragraph("Body text.");
    const Document doc = readDocx(sampleDocx(body)).documents.at(0);
    EXPECT_EQ(doc.title, QStringLiteral("Storage Markets in Review"));
    EXPECT_TRUE(doc.text.startsWith(QStringLiteral("Storage Markets in Review\n\nBody text.")));
}

TEST(DocxReaderTest, FootnotesFollowTheBody) {
    const QByteArray footnotes =
        QByteArray("<w:footnotes ") + kNamespaces +
        "><w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p>"
        "</w:footnote><w:footnote w:id=\"1\">" +
        paragraph("Source: Wire report, 2 March 2025") + "</w:footnote></w:footnotes>";
    const QByteArray bytes =
        makeZip({{QStringLiteral("word/document.xml"), documentXml(paragraph("Body."))},
                 {QStringLiteral("word/footnotes.xml"), footnotes}});
    const Document doc = readDocx(bytes).documents.at(0);
    EXPECT_EQ(doc.text, QStringLiteral("Body.\n\nSource: Wire report, 2 March 2025"));
}

TEST(DocxReaderTest, LocalizedHeadingStyleIsResolvedThroughStylesXml) {
    const QByteArray styles = QByteArray("<w:styles ") + kNamespaces +
                              "><w:style w:type=\"paragraph\" w:styleId=\"Titel\">"
                              "<w:name w:val=\"Title\"/></w:style></w:styles>";
    const QByteArray bytes =
        makeZip({{QStringLiteral("word/document.xml"),
                  documentXml(paragraph("Netzausbau", "Titel") + paragraph("Text."))},
                 {QStringLiteral("word/styles.xml"), styles}});
    EXPECT_EQ(readDocx(bytes).documents.at(0).title, QStringLiteral("Netzausbau"));
}

TEST(DocxReaderTest, DamagedFilesGiveClearErrors) {
    QByteArray random(4096, '\0');
    QRandomGenerator rng(7);
    for (char &c : random)
        c = static_cast<char>(rng.bounded(256));
    ReadResult r = readDocx(random);
    EXPECT_TRUE(r.documents.empty());
    EXPECT_TRUE(r.error.startsWith(QStringLiteral("damaged Word file: "))) << r.error.toStdString();

    const QByteArray good = sampleDocx();
    r = readDocx(good.left(good.size() / 2));
    EXPECT_TRUE(r.documents.empty());
    EXPECT_TRUE(r.error.startsWith(QStringLiteral("damaged Word file: "))) << r.error.toStdString();

    r = readDocx(makeZip({{QStringLiteral("word/other.xml"), QByteArray("<x/>")}}));
    EXPECT_TRUE(r.documents.empty());
    EXPECT_EQ(r.error, QStringLiteral("damaged Word file: word/document.xml missing"));

    r = readDocx(
        makeZip({{QStringLiteral("word/document.xml"), QByteArray("<w:document><w:body>")}}));
    EXPECT_TRUE(r.documents.empty());
    EXPECT_TRUE(r.error.startsWith(QStringLiteral("damaged Word file: word/document.xml: ")))
        << r.error.toStdString();

    r = readDocx(QByteArray());
    EXPECT_TRUE(r.documents.empty());
    EXPECT_FALSE(r.error.isEmpty());
}

TEST(DocxReaderTest, DeepNestingAndZipBombsAreCapped) {
    QByteArray deep;
    for (int i = 0; i < 20000; ++i)
        deep += "<w:sdt><w:sdtContent>";
    deep += paragraph("deep");
    for (int i = 0; i < 20000; ++i)
        deep += "</w:sdtContent></w:sdt>";
    const ReadResult r = readDocx(sampleDocx(paragraph("top") + deep));
    ASSERT_EQ(r.documents.size(), 1u);
    EXPECT_TRUE(r.documents[0].text.startsWith(QStringLiteral("top")));
    EXPECT_FALSE(r.documents[0].warnings.isEmpty());

    // 80 MB of zeros compresses to about 80 KB: refused, not inflated.
    const QByteArray bomb =
        makeZip({{QStringLiteral("word/document.xml"), QByteArray(80 * 1024 * 1024, ' ')}});
    const ReadResult b = readDocx(bomb);
    EXPECT_TRUE(b.documents.empty());
    EXPECT_TRUE(b.error.contains(QStringLiteral("larger than"))) << b.error.toStdString();
}

TEST(DocxReaderTest, RegisteredForDocxFiles) {
    const QByteArray bytes = sampleDocx();
    const DocumentReader *r =
        ReaderRegistry::standard().readerFor(QStringLiteral("x/notes.docx"), bytes.left(4096));
    ASSERT_NE(r, nullptr);
    EXPECT_EQ(r->format(), QStringLiteral("docx"));
}

// Arbitrary bytes never crash the reader, never hang it, and never come back
// as nothing: either documents or an error that says why.
TEST(DocxReaderTest, MutatedFilesNeverCrashOrComeBackSilentlyEmpty) {
    const QByteArray seed = sampleDocx();
    QRandomGenerator rng(20260427);
    for (int i = 0; i < 300; ++i) {
        const QByteArray bytes = cc::test::mutate(
            seed, rng, {"PK\x03\x04", "PK\x01\x02", "PK\x05\x06", "word/document.xml"});
        const ReadResult r = DocxReader().read(bytes, QStringLiteral("mutated.docx"));
        EXPECT_TRUE(!r.documents.empty() || !r.error.isEmpty()) << "mutation " << i;
    }
}

// The same inside a sound archive: damaged WordprocessingML.
TEST(DocxReaderTest, MutatedXmlNeverCrashesOrComesBackSilentlyEmpty) {
    const QByteArray xml = documentXml(sampleBody());
    QRandomGenerator rng(25);
    for (int i = 0; i < 120; ++i) {
        const QByteArray mutated = cc::test::mutate(
            xml, rng,
            {"<w:p>", "</w:p>", "<w:tbl><w:tr><w:tc>", "</w:tc></w:tr>", "<w:t>", "</w:t>",
             "<w:br/>", "&#1;", "&amp;", "<w:sdt><w:sdtContent>", "\xff", "<w:del>"});
        const QByteArray bytes = makeZip({{QStringLiteral("word/document.xml"), mutated},
                                          {QStringLiteral("word/styles.xml"), mutated},
                                          {QStringLiteral("docProps/core.xml"), kCoreXml.left(i)}});
        const ReadResult r = readDocx(bytes);
        EXPECT_TRUE(!r.documents.empty() || !r.error.isEmpty()) << "mutation " << i;
    }
}
