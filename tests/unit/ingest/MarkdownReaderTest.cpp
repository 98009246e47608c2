#include "IngestPrinters.h"
#include "TestSupport.h"

#include "ingest/MarkdownReader.h"

using namespace cc;

namespace {

Document readMd(const QByteArray &bytes) {
    const MarkdownReader reader;
    ReadResult r = reader.read(bytes, QStringLiteral("notes/brief.md"));
    EXPECT_TRUE(r.error.isEmpty()) << r.error.toStdString();
    EXPECT_EQ(r.documents.size(), 1u);
    return r.documents.empty() ? Document() : r.documents.front();
}

const QByteArray kBrief = R"(---
title: "Harbour Weekly: Terminal Approved"
date: 2026-04-27
outlet: SCMP
tags: [ports, shipping]
---

# Terminal approved

The **port authority** approved the *new* terminal on Monday, according to
[Reuters](https://www.reuters.com/world/port) and __local__ press.
Work starts in `Q3`.  
A new line after a hard break.

## Volumes

| Quarter | Containers | Change |
|---------|-----------:|:------:|
| Q2 2025 | 1.1 million | +4% |
| Q3 2025 | 1.2 million | +9% |

- first point with ~~old~~ new figures
- second point ![chart](img/chart.png)
  continued on the next line

1. numbered item

> A quoted remark by the mayor.

Snake_case_names and 2*3 stay as written; an escaped \*star\* too.

[ref]: https://example.org/ignored
)";

} // namespace

TEST(MarkdownReader, FrontMatter) {
    const Document d = readMd(kBrief);
    EXPECT_EQ(d.format, QStringLiteral("md"));
    EXPECT_EQ(d.path, QStringLiteral("notes/brief.md"));
    EXPECT_EQ(d.title, QStringLiteral("Harbour Weekly: Terminal Approved"));
    ASSERT_TRUE(d.published.has_value());
    EXPECT_EQ(d.published->toIso(), QStringLiteral("2026-04-27"));
    EXPECT_EQ(d.published->precision, DatePrecision::Day);
    EXPECT_EQ(d.outlet, QStringLiteral("South China Morning Post"));
    EXPECT_FALSE(d.text.contains(QLatin1String("tags:")));
    EXPECT_FALSE(d.text.contains(QLatin1String("---")));
}

TEST(MarkdownReader, MarkupStripped) {
    const Document d = readMd(kBrief);
    EXPECT_TRUE(d.text.startsWith(QLatin1String("Terminal approved\n\n"))) << d.text.toStdString();
    EXPECT_FALSE(d.text.contains(u'#'));
    EXPECT_TRUE(d.text.contains(QStringLiteral(
        "The port authority approved the new terminal on Monday, according to Reuters and local "
        "press. Work starts in Q3.\nA new line after a hard break.")))
        << d.text.toStdString();
    EXPECT_FALSE(d.text.contains(QLatin1String("https://")));
    EXPECT_FALSE(d.text.contains(QLatin1String("**")));
    EXPECT_TRUE(d.text.contains(QStringLiteral("\n\nVolumes\n\n")));
    EXPECT_TRUE(d.text.contains(QStringLiteral("- first point with old new figures")));
    EXPECT_TRUE(d.text.contains(QStringLiteral("- second point continued on the next line")));
    EXPECT_FALSE(d.text.contains(QLatin1String("chart")));
    EXPECT_TRUE(d.text.contains(QStringLiteral("1. numbered item")));
    EXPECT_TRUE(d.text.contains(QStringLiteral("A quoted remark by the mayor.")));
    EXPECT_FALSE(d.text.contains(u'>'));
    EXPECT_TRUE(d.text.contains(
        QStringLiteral("Snake_case_names and 2*3 stay as written; an escaped *star* too.")));
    EXPECT_FALSE(d.text.contains(QLatin1String("example.org")));
    EXPECT_FALSE(d.text.contains(QLatin1String("\n\n\n")));
}

TEST(MarkdownReader, TableRows) {
    const Document d = readMd(kBrief);
    ASSERT_EQ(d.tableRows.size(), 3u);
    const TableRow &head = d.tableRows[0];
    EXPECT_TRUE(head.header);
    EXPECT_EQ(head.cells, (QStringList{QStringLiteral("Quarter"), QStringLiteral("Containers"),
                                       QStringLiteral("Change")}));
    EXPECT_EQ(d.text.mid(head.start, head.end - head.start),
              QStringLiteral("Quarter | Containers | Change"));
    const TableRow &row = d.tableRows[2];
    EXPECT_FALSE(row.header);
    EXPECT_EQ(row.table, 0);
    EXPECT_EQ(row.cells, (QStringList{QStringLiteral("Q3 2025"), QStringLiteral("1.2 million"),
                                      QStringLiteral("+9%")}));
    EXPECT_EQ(d.text.mid(row.start, row.end - row.start),
              QStringLiteral("Q3 2025 | 1.2 million | +9%"));
    EXPECT_FALSE(d.text.contains(QLatin1String("---|")));
}

TEST(MarkdownReader, LinkBecomesCitationWithItsSpan) {
    const Document d = readMd(kBrief);
    ASSERT_FALSE(d.citations.empty());
    EXPECT_TRUE(d.citedSources.contains(QStringLiteral("Reuters")));
    bool found = false;
    for (const Citation &c : d.citations)
        found = found || (c.source == QLatin1String("Reuters") &&
                          d.text.mid(c.start, c.end - c.start) == u"Reuters");
    EXPECT_TRUE(found);
}

TEST(MarkdownReader, WithoutFrontMatterMetadataComesFromText) {
    const Document d = readMd("# Port Notes\n\nPublished: 2026-05-02\n\nBody text here.\n");
    EXPECT_EQ(d.title, QStringLiteral("Port Notes"));
    ASSERT_TRUE(d.published.has_value());
    EXPECT_EQ(d.published->toIso(), QStringLiteral("2026-05-02"));
}

TEST(MarkdownReader, FrontMatterSourceUrlGivesOutletByHost) {
    const Document d =
        readMd("---\ntitle: X\nsource: https://www.ft.com/content/abc\n---\nBody.\n");
    EXPECT_EQ(d.outlet, QStringLiteral("Financial Times"));
}

TEST(MarkdownReader, InlineRendering) {
    const struct {
        const char *in;
        const char *out;
    } cases[] = {
        {"**bold** and *em* and _under_", "bold and em and under"},
        {"a * b * c", "a * b * c"},
        {"`code *not em*`", "code *not em*"},
        {"[text **strong**](http://x.org \"title\")", "text strong"},
        {"<span class=\"x\">tag</span> kept<br>text", "tag kept text"},
        {"<https://example.org/page>", "https://example.org/page"},
        {"footnote[^1] marker", "footnote marker"},
        {"unclosed *emphasis stays", "unclosed *emphasis stays"},
    };
    for (const auto &c : cases)
        EXPECT_EQ(MarkdownReader::renderInline(QString::fromUtf8(c.in)).text,
                  QString::fromUtf8(c.out))
            << c.in;
}

TEST(MarkdownReader, EmptyAndBinary) {
    const MarkdownReader reader;
    EXPECT_EQ(reader.read(QByteArray(), QStringLiteral("e.md")).error,
              QStringLiteral("empty file"));
    EXPECT_EQ(reader.read(QByteArray("\0\x01\x02\x03\0\0\x05", 7), QStringLiteral("b.md")).error,
              QStringLiteral("binary file, not read"));
}
