#include "IngestPrinters.h"
#include "TestSupport.h"

#include "ingest/HtmlReader.h"

using namespace cc;

namespace {

Document readHtml(const QByteArray &bytes, const QString &path = QStringLiteral("page.html")) {
    const HtmlReader reader;
    ReadResult r = reader.read(bytes, path);
    EXPECT_TRUE(r.error.isEmpty()) << r.error.toStdString();
    EXPECT_EQ(r.documents.size(), 1u);
    return r.documents.empty() ? Document() : r.documents.front();
}

const QByteArray kPage = R"(<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Terminal approved | Harbour Ledger</title>
  <meta property="og:site_name" content="Harbour Ledger">
  <meta property="article:published_time" content="2026-04-27T23:15:00+08:00">
  <meta name="date" content="2025-01-01">
  <style>body { color: red; } .secret { display: none }</style>
  <script>var notText = "script text must not appear";</script>
  <script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2024-02-02"}</script>
</head>
<body>
  <nav><a href="/">Home</a> <a href="/world">World news menu</a></nav>
  <header><h1>Terminal approved after long review</h1>
    <time datetime="2023-03-03">March 3</time></header>
  <div role="navigation">Breadcrumb trail</div>
  <article>
    <p>The port   authority approved the
       terminal on <b>Monday</b>, according to <a href="https://www.reuters.com/world/x">a wire report</a>.</p>
    <p>Second paragraph.<br>After a line break.</p>
    <p hidden>Hidden paragraph.</p>
    <p style="display: none">Invisible paragraph.</p>
    <ul><li>First point</li><li><p>Second point</p></li></ul>
    <table>
      <caption>Volumes</caption>
      <thead><tr><th>Quarter</th><th>Containers</th></tr></thead>
      <tbody>
        <tr><td>Q2 2025</td><td>1.1 <i>million</i></td></tr>
        <tr><td>Q3 2025</td><td>1.2 million</td></tr>
      </tbody>
    </table>
    <noscript>Enable JavaScript</noscript>
    <template><p>Template text</p></template>
    <svg><title>Icon title</title><text>svg text</text></svg>
    <iframe src="https://ads.example.org"></iframe>
    <form><label>Subscribe</label><input name="email"></form>
    <pre>line one
    indented line two</pre>
    <p>Caf&eacute; &amp; bar &mdash; entities&nbsp;decoded.</p>
  </article>
  <aside>Related stories sidebar</aside>
  <div role="contentinfo">Contact us</div>
  <div role="dialog" aria-label="cookies">We use cookies</div>
  <footer>Copyright footer</footer>
</body>
</html>
)";

} // namespace

TEST(HtmlReader, DropsFurnitureAndKeepsTheArticle) {
    const Document d = readHtml(kPage);
    for (const char *gone :
         {"script text", "color: red", "World news menu", "Breadcrumb", "Hidden paragraph",
          "Invisible paragraph", "Enable JavaScript", "Template text", "Icon title", "svg text",
          "Subscribe", "Related stories", "Contact us", "Copyright footer", "Home"})
        EXPECT_FALSE(d.text.contains(QLatin1String(gone))) << gone << "\n" << d.text.toStdString();
    EXPECT_TRUE(d.text.contains(QStringLiteral(
        "The port authority approved the terminal on Monday, according to a wire report.")))
        << d.text.toStdString();
    EXPECT_TRUE(d.text.contains(QStringLiteral("\n\nSecond paragraph.\nAfter a line break.\n\n")));
    EXPECT_TRUE(d.text.contains(QStringLiteral("- First point\n- Second point")));
    EXPECT_TRUE(d.text.contains(QStringLiteral("line one\n    indented line two")));
    EXPECT_TRUE(d.text.contains(QStringLiteral("Café & bar — entities decoded.")));
    EXPECT_FALSE(d.text.contains(QLatin1String("\n\n\n")));
    EXPECT_FALSE(d.text.contains(QLatin1String("https://")));
    EXPECT_TRUE(d.text.startsWith(QLatin1String("Terminal approved after long review")))
        << d.text.toStdString();
}

TEST(HtmlReader, Tables) {
    const Document d = readHtml(kPage);
    ASSERT_EQ(d.tableRows.size(), 3u);
    EXPECT_TRUE(d.tableRows[0].header);
    EXPECT_FALSE(d.tableRows[1].header);
    EXPECT_EQ(d.tableRows[1].cells,
              (QStringList{QStringLiteral("Q2 2025"), QStringLiteral("1.1 million")}));
    for (const TableRow &r : d.tableRows)
        EXPECT_EQ(d.text.mid(r.start, r.end - r.start), r.cells.join(QStringLiteral(" | ")));
    EXPECT_TRUE(
        d.text.contains(QStringLiteral("Volumes\nQuarter | Containers\nQ2 2025 | 1.1 million\n")));
}

TEST(HtmlReader, Metadata) {
    const Document d = readHtml(kPage);
    EXPECT_EQ(d.format, QStringLiteral("html"));
    // <title> without the site's name (no og:title on this page).
    EXPECT_EQ(d.title, QStringLiteral("Terminal approved"));
    ASSERT_TRUE(d.published.has_value());
    // article:published_time wins over JSON-LD, <meta name=date> and <time>; the date is the one
    // written.
    EXPECT_EQ(d.published->toIso(), QStringLiteral("2026-04-27"));
    EXPECT_EQ(d.outlet, QStringLiteral("Harbour Ledger"));
    EXPECT_TRUE(d.citedSources.contains(QStringLiteral("Reuters")));
}

TEST(HtmlReader, DateSourcesInOrder) {
    const struct {
        const char *head;
        const char *body;
        const char *iso;
    } cases[] = {
        {R"(<meta property="og:published_time" content="2026-01-05">)", "", "2026-01-05"},
        {R"(<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2026-01-06T10:00:00Z"}]}</script>)",
         "", "2026-01-06"},
        {"", R"(<span itemprop="datePublished" content="2026-01-07">Jan 7</span>)", "2026-01-07"},
        {R"(<meta name="DC.date" content="2026-01-08">)", "", "2026-01-08"},
        {R"(<meta name="pubdate" content="2026-01-09">)", "", "2026-01-09"},
        {"", R"(<p>Byline</p><time datetime="2026-01-10T08:00">Jan 10</time>)", "2026-01-10"},
        {"", "<p>Published: January 11, 2026</p>", "2026-01-11"},
        {"", "<p>Nothing dated here, although the plan dates from April 3, 2026.</p>", ""},
    };
    for (const auto &c : cases) {
        const QByteArray page = QByteArray("<html><head><title>T</title>") + c.head +
                                "</head><body><p>Body text of the page.</p>" + c.body +
                                "</body></html>";
        const Document d = readHtml(page);
        EXPECT_EQ(d.published ? d.published->toIso().toStdString() : std::string(),
                  std::string(c.iso))
            << page.constData();
    }
}

TEST(HtmlReader, TitlePreference) {
    EXPECT_EQ(
        readHtml(
            R"(<html><head><title>Page | Site</title><meta property="og:title" content="OG headline"></head><body><h1>H1</h1></body></html>)")
            .title,
        QStringLiteral("OG headline"));
    EXPECT_EQ(
        readHtml("<html><head></head><body><h1>Only a heading</h1><p>x</p></body></html>").title,
        QStringLiteral("Only a heading"));
    EXPECT_EQ(
        readHtml(
            "<html><head><title>Plain title - Reuters</title></head><body><p>x</p></body></html>")
            .title,
        QStringLiteral("Plain title"));
}

TEST(HtmlReader, SourcesHeadingWithLinkedItems) {
    const Document d = readHtml(R"(<html><body><p>Volumes rose.</p><h3>Sources</h3><ul>
        <li><a href="https://www.reuters.com/x">Port volumes rise in March</a></li>
        <li>Harbour Ledger: monthly data</li>
        <li><a href="https://example.org/blog">A blog post</a></li></ul>
        <p>After the list: Bloomberg is mentioned in passing.</p></body></html>)");
    EXPECT_EQ(d.citedSources,
              (QStringList{QStringLiteral("Reuters"), QStringLiteral("Harbour Ledger"),
                           QStringLiteral("example.org")}));
}

TEST(HtmlReader, OutletFromApplicationName) {
    const Document d = readHtml(
        R"(<html><head><meta name="application-name" content="FT"></head><body><p>x</p></body></html>)");
    EXPECT_EQ(d.outlet, QStringLiteral("Financial Times"));
}

TEST(HtmlReader, DeclaredAndUndeclaredEncodings) {
    const Document declared = readHtml(
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"
        "</head><body><p>Caf\xE9 cr\xE8me</p></body></html>");
    EXPECT_TRUE(declared.text.contains(QStringLiteral("Café crème")));
    EXPECT_TRUE(declared.warnings.isEmpty());
    const Document undeclared =
        readHtml("<html><body><p>The caf\xE9 owners said the \x93new\x94 rules cost \x80"
                 "300 a month "
                 "\x97 too much for a small business in the old town.</p></body></html>");
    EXPECT_TRUE(
        undeclared.text.contains(QStringLiteral("café owners said the “new” rules cost €300")))
        << undeclared.text.toStdString();
    EXPECT_FALSE(undeclared.warnings.isEmpty());
}

TEST(HtmlReader, LayoutTablesAreReadAsBlocks) {
    QByteArray long_(600, 'x');
    const QByteArray page = "<html><body><table><tr><td><h2>Story</h2><p>" + long_ +
                            "</p></td><td><p>Side</p></td></tr></table></body></html>";
    const Document d = readHtml(page);
    EXPECT_TRUE(d.tableRows.empty());
    EXPECT_TRUE(d.text.contains(QStringLiteral("Story\n\n")));
}

TEST(HtmlReader, Sniff) {
    const HtmlReader reader;
    EXPECT_TRUE(reader.sniff("<!DOCTYPE html><html>"));
    EXPECT_TRUE(reader.sniff("\xEF\xBB\xBF  \n<!doctype HTML>"));
    EXPECT_TRUE(reader.sniff("<html lang=en>"));
    EXPECT_TRUE(reader.sniff("<!-- saved from url=(0042)https://example.org -->\n<html>"));
    EXPECT_FALSE(reader.sniff("Plain text mentioning <html> later"));
    EXPECT_FALSE(reader.sniff("<?xml version=\"1.0\"?><rss>"));
}

TEST(HtmlReader, EmptyPageIsAnError) {
    const HtmlReader reader;
    EXPECT_FALSE(
        reader.read("<html><body><script>x()</script></body></html>", QStringLiteral("e.html"))
            .error.isEmpty());
    EXPECT_EQ(reader.read(QByteArray(), QStringLiteral("e.html")).error,
              QStringLiteral("empty file"));
}

TEST(HtmlReader, RefusesPagesNestedTooDeeply) {
    const HtmlReader reader;
    const QByteArray deep = QByteArray("<html><body>") + QByteArray("<div>").repeated(20000) + "x" +
                            QByteArray("</div>").repeated(20000) + "</body></html>";
    const ReadResult r = reader.read(deep, QStringLiteral("deep.html"));
    EXPECT_TRUE(r.documents.empty());
    EXPECT_TRUE(r.error.startsWith(QLatin1String("page nested too deeply")))
        << r.error.toStdString();
    // Old-style pages that never close <p> or <li> are flat, however long.
    const QByteArray flat = QByteArray("<html><body><ul>") +
                            QByteArray("<li>item <p>para ").repeated(10000) + "</ul></body></html>";
    EXPECT_LT(HtmlReader::estimateNestingDepth(flat), 10);
    const QByteArray script =
        "<html><body><script>if (a<b && c<d) { x = '<div><div>'; }</script><p>t</p></body></html>";
    EXPECT_LE(HtmlReader::estimateNestingDepth(script), 3);
    const ReadResult ok =
        reader.read(QByteArray("<html><body>") + QByteArray("<div>").repeated(300) + "deep text",
                    QStringLiteral("ok.html"));
    ASSERT_EQ(ok.documents.size(), 1u);
    EXPECT_EQ(ok.documents.front().text, QStringLiteral("deep text"));
}
