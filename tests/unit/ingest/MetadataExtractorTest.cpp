#include "IngestPrinters.h"
#include "TestSupport.h"

#include "ingest/DateLineParser.h"
#include "ingest/MetadataExtractor.h"
#include "lexicon/LexiconSet.h"

using namespace cc;

namespace {

const LexiconSet &lexicons() {
    static const LexiconSet set = LexiconSet::loadDefault();
    return set;
}

QString dateOf(const QString &text) {
    const MetadataExtractor m(&lexicons());
    const auto d = m.findPublicationDate(text);
    return d ? d->toIso() + u'/' + toString(d->precision) : QStringLiteral("none");
}

// The text a citation points at.
QString spanOf(const Document &doc, const Citation &c) {
    return doc.text.mid(c.start, c.end - c.start);
}

Document docWith(const QString &text) {
    Document doc;
    doc.text = text;
    MetadataExtractor(&lexicons()).fillDocument(doc);
    return doc;
}

} // namespace

TEST(DateLineParser, WholeDates) {
    const struct {
        const char *text;
        const char *iso; // empty: not a date
    } cases[] = {
        {"Monday, April 27, 2026", "2026-04-27"},
        {"Saturday, May 2, 2026", "2026-05-02"},
        {"April 29, 2026 at 09:41 PM", "2026-04-29"},
        {"29 April 2026", "2026-04-29"},
        {"3rd of March, 2025", "2025-03-03"},
        {"Sept. 3, 2025", "2025-09-03"},
        {"Dec 31 2025", "2025-12-31"},
        {"2026-04-27", "2026-04-27"},
        {"2026-04-27T23:10:00+08:00", "2026-04-27"},
        {"2026-04-27 09:00:00 +0000", "2026-04-27"},
        {"Mon, 27 Apr 2026 09:41:00 GMT", "2026-04-27"},
        {"2026/04/27", "2026-04-27"},
        {"27.04.2026", "2026-04-27"},
        {"May 2026", "2026-05"},
        {"*June 22, 2026*", "2026-06-22"},
        {"February 30, 2026", ""},  // no such day
        {"04/05/2026", ""},         // day and month could be swapped
        {"April 2026 outlook", ""}, // not only a date
        {"The April 27 release", ""},
        {"2026", ""},
    };
    for (const auto &c : cases) {
        const auto d = DateLineParser::parseDate(QString::fromUtf8(c.text));
        EXPECT_EQ(d ? d->toIso().toStdString() : std::string(), std::string(c.iso)) << c.text;
    }
}

TEST(MetadataExtractor, PublicationDateFromHeaderLines) {
    const struct {
        const char *text;
        const char *expected;
    } cases[] = {
        {"Harbour Weekly\nMonday, April 27, 2026\n\nBody text.", "2026-04-27/day"},
        {"Posted on April 29, 2026 at 09:41 PM\n\nBody.", "2026-04-29/day"},
        {"Markets Brief — 29 April 2026\n\nBody.", "2026-04-29/day"},
        {"Energy Notes · 2026-04-27\nBody.", "2026-04-27/day"},
        {"Title of the piece\nJune 22, 2026·Energy\nBody.", "2026-06-22/day"},
        {"Title\nPublished: 2026-04-27\nBody.", "2026-04-27/day"},
        {"Title\nDate: 3 May 2026\nBody.", "2026-05-03/day"},
        {"Title\nBy Jane Roe | March 3, 2025\nBody.", "2025-03-03/day"},
        {"Title\nBy Jane Roe on March 3, 2025\nBody.", "2025-03-03/day"},
        {"Quarterly Outlook\nMay 2026\n\nBody.", "2026-05/month"},
        // A byline ending with its date after a comma, alone or as the last segment.
        {"# Matchday preview\n\n_Harbour Gazette sport, 15 August 2028_\n\nBody.",
         "2028-08-15/day"},
        {"Title\n\n*Equity research — analyst note, 11 March 2027*\n\nBody.", "2027-03-11/day"},
        {"Title\nPrepared by Lakeshore research, October 20, 2027\n\nBody.", "2027-10-20/day"},
        {"Northgate Securities - Aerospace research 12 March 2029\n\nTitle\n\nBody.",
         "2029-03-12/day"},
        // A wire dateline opening the first paragraph.
        {"Harbour jet delivered\n\nSTOCKHOLM, March 5, 2029 (Reuters) - Halvik Aero said on "
         "Monday it handed over its first jet on March 2, almost two years late.",
         "2029-03-05/day"},
        {"Vote count\n\nVALBORG, 13 May 2030 (AFP) — The alliance won 41 of the 90 seats.",
         "2030-05-13/day"},
        {"Merger\n\nNEW YORK, N.Y., Oct. 12, 2027 /PRNewswire/ -- Arlow Foods agreed to buy "
         "Pember Mills.",
         "2027-10-12/day"},
        // A labelled date wins over a header segment.
        {"Weekly — 1 May 2026\nPublished: 2026-05-02\nBody.", "2026-05-02/day"},
        // "Updated" only when nothing else is stated.
        {"Title\nUpdated: 2026-05-04\nBody.", "2026-05-04/day"},
        {"Title\nPublished: 2026-05-01 · Updated: 2026-05-04\nBody.", "2026-05-01/day"},
        // A closing line.
        {"Title\n\nBody one.\n\nBody two.\n\n*This article was published on June 22, 2026. "
         "For corrections, write to us.*",
         "2026-06-22/day"},
    };
    for (const auto &c : cases)
        EXPECT_EQ(dateOf(QString::fromUtf8(c.text)), QString::fromUtf8(c.expected)) << c.text;
}

TEST(MetadataExtractor, DatesThatAreNotThePublicationDate) {
    const char *cases[] = {
        // A month in a title.
        "The April 2026 Inflection Point in the Chip Industry\n\nThis briefing examines three "
        "trends.",
        "Port Strategy: The May 2026 Reset\nBody.",
        // A date inside a sentence near the top.
        "Harbour expansion approved\nThe authority approved the plan on April 24, 2026, after a "
        "long review.\nIt said work would start in June.",
        "On April 24, the company launched the product.",
        // A list item (a table of contents) with a date in it.
        "Contents\n- Talks resume — April 24, 2026\n- Rates on hold",
        // A date far below the top.
        "Title\n1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n16\nApril 27, 2026\nmore",
        // Nothing at all.
        "Just a title\n\nAnd a paragraph with no date.",
        // A product release is not a publication.
        "Spec sheet\nReleased: April 24, 2026\nBody.",
        // A sentence that ends with a date after a comma is not a byline.
        "Harbour expansion\nThe authority said on Monday that the plan, which was delayed, "
        "would be approved, June 3, 2026.\nBody.",
        "Harbour expansion\nIn a statement the authority confirmed the opening, June 3, 2026\n",
        // A dateline without a year, and a sentence that starts with a capitalised place.
        "Port news\n\nLONDON, March 5 (Reuters) - The port said it would open on June 3, 2026.",
        "Port news\n\nLondon, the port said on March 5, 2029 - a Monday - it would open.",
    };
    for (const char *c : cases)
        EXPECT_EQ(dateOf(QString::fromUtf8(c)), QStringLiteral("none")) << c;
}

TEST(MetadataExtractor, Title) {
    const MetadataExtractor m(&lexicons());
    const struct {
        const char *text;
        const char *title;
    } cases[] = {
        {"Harbour Weekly · 2026-04-27\nMonday, April 27, 2026\nBody.",
         "Harbour Weekly · 2026-04-27"},
        {"Monday, April 27, 2026\nThe Real Headline\nBody.", "The Real Headline"},
        {"Energy15 min read\n\nThe Grid Is Changing: What Comes Next\n\nBody.",
         "The Grid Is Changing: What Comes Next"},
        {"# A Markdown Heading\nBody.", "A Markdown Heading"},
        {"🔬 Lab Notes: Week 12\nBody.", "Lab Notes: Week 12"},
        // A masthead is not the story's title.
        {"Reuters · 3 May 2026\nPort strike ends after talks\nBody.",
         "Port strike ends after talks"},
        {"- a list item\n- another\nNot a title either because it is a long sentence that ends "
         "with a period and goes on and on for many words.",
         ""},
    };
    for (const auto &c : cases)
        EXPECT_EQ(m.findTitle(QString::fromUtf8(c.text)), QString::fromUtf8(c.title)) << c.text;
}

TEST(MetadataExtractor, SentencesAreNotTitles) {
    const MetadataExtractor m(&lexicons());
    const struct {
        const char *text;
        const char *title;
    } cases[] = {
        // A sentence of running text, even a short one, is not a headline.
        {"The partner expects a second shipment to follow before the winter.\nMore text.",
         "More text."},
        {"Freight volumes are expected to recover within a week.\n"
         "Ferry Crossings Resume After the Storm\nBody.",
         "Ferry Crossings Resume After the Storm"},
        // A few words ending with a period, or a headline closing on an abbreviation.
        {"Markets steady.\nBody.", "Markets steady."},
        {"Port operators agree on new shipping rules with the U.S.\nBody.",
         "Port operators agree on new shipping rules with the U.S."},
        {"Regulators open an inquiry into three freight brokers, Inc.\nBody.",
         "Regulators open an inquiry into three freight brokers, Inc."},
    };
    for (const auto &c : cases)
        EXPECT_EQ(m.findTitle(QString::fromUtf8(c.text)), QString::fromUtf8(c.title)) << c.text;
}

TEST(MetadataExtractor, TableRowsAreNotTitles) {
    Document doc;
    doc.text = QStringLiteral("Depot | Country | Units\nHarbour | Norway | 400\n\n"
                              "Stock Count at the Northern Depots\nBody.");
    doc.tableRows = {{0,
                      23,
                      {QStringLiteral("Depot"), QStringLiteral("Country"), QStringLiteral("Units")},
                      true,
                      0},
                     {24,
                      46,
                      {QStringLiteral("Harbour"), QStringLiteral("Norway"), QStringLiteral("400")},
                      false,
                      0}};
    MetadataExtractor(&lexicons()).fillDocument(doc);
    EXPECT_EQ(doc.title, QStringLiteral("Stock Count at the Northern Depots"));
    // Without the rows the same line is a title candidate.
    EXPECT_EQ(MetadataExtractor(&lexicons()).findTitle(doc.text),
              QStringLiteral("Depot | Country | Units"));
}

TEST(MetadataExtractor, OutletFromHeaderLine) {
    const MetadataExtractor m(&lexicons());
    EXPECT_EQ(m.findOutlet(QStringLiteral("Reuters · 3 May 2026\nTitle")),
              QStringLiteral("Reuters"));
    EXPECT_EQ(m.findOutlet(QStringLiteral("Headline\nBy AP\nBody")),
              QStringLiteral("Associated Press"));
    EXPECT_EQ(m.findOutlet(QStringLiteral("Headline\nSCMP | May 3, 2026")),
              QStringLiteral("South China Morning Post"));
    // A known outlet inside a headline is a subject, not the publisher.
    EXPECT_EQ(m.findOutlet(QStringLiteral("Reuters reports record profit\nBody")), QString());
}

TEST(MetadataExtractor, SourceLineWithSeveralOutlets) {
    const Document doc = docWith(QStringLiteral("Top story\n\nSource: Reuters / Business Times — "
                                                "29 Apr 2026 Summary: Firms are buying.\n"));
    ASSERT_EQ(doc.citedSources,
              (QStringList{QStringLiteral("Reuters"), QStringLiteral("Business Times")}));
    ASSERT_EQ(doc.citations.size(), 2u);
    EXPECT_EQ(spanOf(doc, doc.citations[0]), QStringLiteral("Reuters"));
    EXPECT_EQ(spanOf(doc, doc.citations[1]), QStringLiteral("Business Times"));
}

TEST(MetadataExtractor, SourcesList) {
    const Document doc =
        docWith(QStringLiteral("Story one text.\n"
                               "Sources:\n"
                               "- SCMP: Port operator wins approval (April 25, 2026)\n"
                               "- Tidal Analytics: Container volumes Q3\n"
                               "- Quarterly shipping report (via Lloyd's List)\n"
                               "- Harbour modelling paper (arXiv, April 20, 2026)\n"
                               "- Official statement\n"
                               "Next section starts here: not a source.\n"));
    EXPECT_EQ(
        doc.citedSources,
        (QStringList{QStringLiteral("South China Morning Post"), QStringLiteral("Tidal Analytics"),
                     QStringLiteral("Lloyd's List"), QStringLiteral("arXiv")}));
    for (const Citation &c : doc.citations)
        EXPECT_FALSE(spanOf(doc, c).isEmpty());
    EXPECT_EQ(spanOf(doc, doc.citations[0]), QStringLiteral("SCMP"));
}

TEST(MetadataExtractor, SourcesWithoutBulletsAndMidLine) {
    const Document doc =
        docWith(QStringLiteral("Volumes rose 5% in March. Source: Lloyd's List.\n\n"
                               "Sources:\nBloomberg\nHarbour Ledger: Port data (May 2, 2026)\n\n"
                               "The Economist said the plan was bold.\n"));
    EXPECT_EQ(doc.citedSources,
              (QStringList{QStringLiteral("Lloyd's List"), QStringLiteral("Bloomberg"),
                           QStringLiteral("Harbour Ledger")}));
}

TEST(MetadataExtractor, CitationUrls) {
    const Document doc = docWith(
        QStringLiteral("Summary text. Citation URL: https://www.reuters.com/world/port-2026-04-29/ "
                       "(Also confirmed: https://news.example-harbour.org/item?id=7)\n"));
    EXPECT_EQ(doc.citedSources,
              (QStringList{QStringLiteral("Reuters"), QStringLiteral("news.example-harbour.org")}));
    EXPECT_EQ(spanOf(doc, doc.citations[0]),
              QStringLiteral("https://www.reuters.com/world/port-2026-04-29/"));
    EXPECT_EQ(spanOf(doc, doc.citations[1]),
              QStringLiteral("https://news.example-harbour.org/item?id=7"));
}

TEST(MetadataExtractor, HostMatchesNamedSource) {
    const Document doc = docWith(QStringLiteral("Source: Harbour Ledger — Apr 2026 Summary: x. "
                                                "Citation URL: https://harbourledger.com/a/b\n"));
    EXPECT_EQ(doc.citedSources, QStringList{QStringLiteral("Harbour Ledger")});
}

TEST(MetadataExtractor, DatelinesAndCredits) {
    const Document doc =
        docWith(QStringLiteral("ROTTERDAM (Reuters) - The port said volumes rose.\n"
                               "Unions disagreed with the forecast. — AP\n"
                               "The company (Harbour Group) declined to comment.\n"));
    EXPECT_EQ(doc.citedSources,
              (QStringList{QStringLiteral("Reuters"), QStringLiteral("Associated Press")}));
}

TEST(MetadataExtractor, ParenthesisedSourceAndDataSources) {
    const Document doc = docWith(QStringLiteral(
        "Volumes rose 5% (Source: Bloomberg) in March.\n"
        "*Data sources: Financial Times, Port Authority Reports, company disclosures, industry "
        "interviews. Figures are estimates.*\n"));
    EXPECT_EQ(doc.citedSources,
              (QStringList{QStringLiteral("Bloomberg"), QStringLiteral("Financial Times"),
                           QStringLiteral("Port Authority Reports")}));
}

TEST(MetadataExtractor, FillKeepsWhatTheFormatSet) {
    Document doc;
    doc.text = QStringLiteral("Text Title\nMonday, April 27, 2026\nBody.");
    doc.title = QStringLiteral("Format Title");
    doc.published = DateInterval::day(QDate(2025, 1, 2));
    doc.outlet = QStringLiteral("FT");
    MetadataExtractor::fill(doc, &lexicons());
    EXPECT_EQ(doc.title, QStringLiteral("Format Title"));
    EXPECT_EQ(doc.published->toIso(), QStringLiteral("2025-01-02"));
    EXPECT_EQ(doc.outlet, QStringLiteral("Financial Times")); // canonical
}

TEST(MetadataExtractor, LinksLeadingToKnownOutletsAreCitations) {
    Document doc;
    doc.text =
        QStringLiteral("As first reported by the wire, the port reopened. See also our map.");
    const qsizetype at = doc.text.indexOf(QLatin1String("the wire"));
    const qsizetype map = doc.text.indexOf(QLatin1String("our map"));
    MetadataExtractor(&lexicons())
        .fillDocument(doc, {{at, at + 8, QStringLiteral("https://apnews.com/article/x")},
                            {map, map + 7, QStringLiteral("https://maps.example.org/p")}});
    EXPECT_EQ(doc.citedSources, QStringList{QStringLiteral("Associated Press")});
    EXPECT_EQ(spanOf(doc, doc.citations[0]), QStringLiteral("the wire"));
}
