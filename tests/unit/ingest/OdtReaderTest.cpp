// The OpenDocument reader: paragraphs, headings, lists, tables, notes and properties,
// in the packaged (.odt) and flat XML (.fodt) forms; damage gives a clear error.
#include "ingest/OdtReader.h"
#include "ingest/ReaderRegistry.h"

#include "../../fixtures/formats/Mutations.h"
#include "TestSupport.h"
#include "ZipBuilder.h"

#include <QRandomGenerator>

inline void PrintTo(const QString &text, std::ostream *out) {
    *out << '"' << text.toStdString() << '"';
}

using namespace cc;

namespace {

using cc::test::makeZip;

const QByteArray kMime = "application/vnd.oasis.opendocument.text";
const QByteArray kNamespaces = R"(xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" )"
                               R"(xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" )"
                               R"(xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" )"
                               R"(xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" )"
                               R"(xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" )"
                               R"(xmlns:dc="http://purl.org/dc/elements/1.1/")";

QByteArray contentXml(const QByteArray &body) {
    return R"(<?xml version="1.0" encoding="UTF-8"?><office:document-content )" + kNamespaces +
           "><office:body><office:text>" + body +
           "</office:text></office:body></office:document-content>";
}

QByteArray metaXml(const QByteArray &title, const QByteArray &created) {
    return R"(<?xml version="1.0" encoding="UTF-8"?><office:document-meta )" + kNamespaces +
           "><office:meta><dc:title>" + title + "</dc:title><meta:creation-date>" + created +
           "</meta:creation-date></office:meta></office:document-meta>";
}

QByteArray odt(const QByteArray &body, const QByteArray &meta = {}) {
    cc::test::ZipMembers members = {{QStringLiteral("mimetype"), kMime},
                                    {QStringLiteral("content.xml"), contentXml(body)}};
    if (!meta.isEmpty())
        members.push_back({QStringLiteral("meta.xml"), meta});
    return makeZip(members);
}

const QByteArray kBody =
    R"(<text:sequence-decls><text:sequence-decl text:name="Table"/></text:sequence-decls>)"
    R"(<text:table-of-content><text:index-body><text:p>Contents ........ 1</text:p>)"
    R"(</text:index-body></text:table-of-content>)"
    R"(<text:h text:outline-level="1">Harbour expansion <text:span>briefing</text:span></text:h>)"
    R"(<text:p><text:span>Lakeport</text:span> <text:span>Authority</text:span> will open the )"
    R"(terminal on<text:s text:c="3"/>June 3, 2026.<text:note text:note-class="footnote">)"
    R"(<text:note-citation>1</text:note-citation><text:note-body><text:p>Port notice, )"
    R"(2 March 2026.</text:p></text:note-body></text:note></text:p>)"
    R"(<table:table><table:table-header-rows><table:table-row><table:table-cell>)"
    R"(<text:p>Metric</text:p></table:table-cell><table:table-cell><text:p>Value</text:p>)"
    R"(</table:table-cell></table:table-row></table:table-header-rows><table:table-row>)"
    R"(<table:table-cell><text:p>Capacity</text:p></table:table-cell><table:table-cell>)"
    R"(<text:p>1.2 million</text:p><text:p>containers</text:p></table:table-cell>)"
    R"(<table:table-cell table:number-columns-repeated="1000"/></table:table-row></table:table>)"
    R"(<text:list><text:list-item><text:p>Dredging starts in May.</text:p></text:list-item>)"
    R"(<text:list-item><text:p>Cost is <office:annotation><text:p>check</text:p>)"
    R"(</office:annotation>unconfirmed.</text:p></text:list-item></text:list>)"
    R"(<text:p>Said the mayor:<text:line-break/>“It is done.”<text:tab/>Again.</text:p>)";

ReadResult readOdt(const QByteArray &bytes) {
    return OdtReader().read(bytes, QStringLiteral("brief.odt"));
}

} // namespace

TEST(OdtReaderTest, ReadsBlocksInOrderWithNotesLast) {
    const ReadResult r = readOdt(odt(kBody));
    ASSERT_TRUE(r.error.isEmpty()) << r.error.toStdString();
    ASSERT_EQ(r.documents.size(), 1u);
    const Document &doc = r.documents[0];
    EXPECT_EQ(doc.format, QStringLiteral("odt"));
    EXPECT_EQ(doc.text, QStringLiteral("Harbour expansion briefing\n\n"
                                       "Lakeport Authority will open the terminal on June 3, "
                                       "2026.\n\n"
                                       "Metric | Value\nCapacity | 1.2 million containers\n\n"
                                       "Dredging starts in May.\n\n"
                                       "Cost is unconfirmed.\n\n"
                                       "Said the mayor:\n“It is done.” Again.\n\n"
                                       "Port notice, 2 March 2026."));
    EXPECT_EQ(doc.title, QStringLiteral("Harbour expansion briefing"));
}

TEST(OdtReaderTest, TableRowsKeepCellsAndHeader) {
    const Document doc = readOdt(odt(kBody)).documents.at(0);
    ASSERT_EQ(doc.tableRows.size(), 2u);
    EXPECT_EQ(doc.tableRows[0].cells, QStringList({"Metric", "Value"}));
    EXPECT_TRUE(doc.tableRows[0].header);
    EXPECT_EQ(doc.tableRows[1].cells, QStringList({"Capacity", "1.2 million containers"}));
    EXPECT_FALSE(doc.tableRows[1].header);
    EXPECT_EQ(doc.text.mid(doc.tableRows[1].start, doc.tableRows[1].end - doc.tableRows[1].start),
              QStringLiteral("Capacity | 1.2 million containers"));
}

TEST(OdtReaderTest, PropertiesAreFallbacksForTitleAndDate) {
    const QByteArray meta = metaXml("Template title", "2026-03-10T23:30:00");
    // The text states neither: the properties stand in.
    const Document plain =
        readOdt(odt("<text:p>the port said little more than that on the day.</text:p>", meta))
            .documents.at(0);
    EXPECT_EQ(plain.title, QStringLiteral("Template title"));
    ASSERT_TRUE(plain.published.has_value());
    EXPECT_EQ(plain.published->begin, QDate(2026, 3, 10)); // the day as written, not UTC
    // The text's own date line wins.
    const Document dated =
        readOdt(odt("<text:h>Port update</text:h><text:p>Published 12 March 2026</text:p>", meta))
            .documents.at(0);
    ASSERT_TRUE(dated.published.has_value());
    EXPECT_EQ(dated.published->begin, QDate(2026, 3, 12));
    EXPECT_EQ(dated.title, QStringLiteral("Port update"));
}

TEST(OdtReaderTest, FlatXmlIsReadToo) {
    const QByteArray flat =
        R"(<?xml version="1.0" encoding="UTF-8"?><office:document )" + kNamespaces +
        R"( office:mimetype="application/vnd.oasis.opendocument.text"><office:meta>)"
        R"(<dc:title>Flat</dc:title></office:meta><office:body><office:text>)"
        R"(<text:p>The fund raised $40 million, a filing showed.</text:p>)"
        R"(</office:text></office:body></office:document>)";
    const DocumentReader *reader =
        ReaderRegistry::standard().readerFor(QStringLiteral("a/brief.fodt"), flat.left(4096));
    ASSERT_NE(reader, nullptr);
    EXPECT_EQ(reader->format(), QStringLiteral("odt"));
    const ReadResult r = reader->read(flat, QStringLiteral("brief.fodt"));
    ASSERT_EQ(r.documents.size(), 1u);
    EXPECT_EQ(r.documents[0].text, QStringLiteral("The fund raised $40 million, a filing showed."));
    EXPECT_EQ(r.documents[0].title, QStringLiteral("Flat"));
}

TEST(OdtReaderTest, RegisteredByExtensionAndByContent) {
    const QByteArray bytes = odt(kBody);
    for (const QString &name : {QStringLiteral("brief.odt"), QStringLiteral("no-extension")}) {
        const DocumentReader *r = ReaderRegistry::standard().readerFor(name, bytes.left(4096));
        ASSERT_NE(r, nullptr) << name.toStdString();
        EXPECT_EQ(r->format(), QStringLiteral("odt")) << name.toStdString();
    }
}

TEST(OdtReaderTest, DamagedAndForeignFilesGiveClearErrors) {
    const QByteArray good = odt(kBody);
    ReadResult r = readOdt(good.left(good.size() / 2));
    EXPECT_TRUE(r.documents.empty());
    EXPECT_TRUE(r.error.startsWith(QStringLiteral("damaged OpenDocument file: ")))
        << r.error.toStdString();

    r = readOdt(makeZip({{QStringLiteral("mimetype"), kMime},
                         {QStringLiteral("content.xml"), "<office:document-content><office:"}}));
    EXPECT_TRUE(r.documents.empty());
    EXPECT_TRUE(r.error.startsWith(QStringLiteral("damaged OpenDocument file: content.xml: ")))
        << r.error.toStdString();

    // A spreadsheet saved with the wrong extension has no text body.
    r = readOdt(makeZip({{QStringLiteral("content.xml"),
                          "<office:document-content><office:body><office:spreadsheet/>"
                          "</office:body></office:document-content>"}}));
    EXPECT_TRUE(r.documents.empty());
    EXPECT_TRUE(r.error.contains(QStringLiteral("no office:text body"))) << r.error.toStdString();
}

TEST(OdtReaderTest, DeepNestingIsCappedWithAWarning) {
    QByteArray deep = "<text:p>top</text:p>";
    for (int i = 0; i < 20000; ++i)
        deep += "<text:section>";
    deep += "<text:p>deep</text:p>";
    for (int i = 0; i < 20000; ++i)
        deep += "</text:section>";
    const ReadResult r = readOdt(odt(deep));
    ASSERT_EQ(r.documents.size(), 1u);
    EXPECT_TRUE(r.documents[0].text.startsWith(QStringLiteral("top")));
    EXPECT_FALSE(r.documents[0].warnings.isEmpty());
}

TEST(OdtReaderTest, MutatedXmlNeverCrashesOrComesBackSilentlyEmpty) {
    const QByteArray xml = contentXml(kBody);
    QRandomGenerator rng(31);
    for (int i = 0; i < 150; ++i) {
        const QByteArray mutated = cc::test::mutate(
            xml, rng,
            {"<text:p>", "</text:p>", "<table:table><table:table-row><table:table-cell>",
             "</table:table-cell></table:table-row>", "<text:note><text:note-body>",
             "<text:s text:c=\"99999999\"/>", "&#1;", "&amp;", "\xff",
             "<table:table-cell table:number-columns-repeated=\"2147483647\">x"});
        const ReadResult r = readOdt(makeZip({{QStringLiteral("content.xml"), mutated}}));
        EXPECT_TRUE(!r.documents.empty() || !r.error.isEmpty()) << "mutation " << i;
    }
}
