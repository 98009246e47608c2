#include "IngestPrinters.h"
#include "TestSupport.h"

#include "ingest/TextReader.h"

using namespace cc;

TEST(TextReader, ReadsTextAndMetadata) {
    const QByteArray bytes = "Harbour Weekly \xC2\xB7 2026-04-27\r\n"
                             "Monday, April 27, 2026\r\n\r\n"
                             "The port authority approved the terminal.   \r\n"
                             "Source: Reuters \xE2\x80\x94 27 Apr 2026\r\n";
    const TextReader reader;
    const ReadResult r = reader.read(bytes, QStringLiteral("sub/brief.txt"));
    ASSERT_TRUE(r.error.isEmpty());
    ASSERT_EQ(r.documents.size(), 1u);
    const Document &d = r.documents.front();
    EXPECT_EQ(d.path, QStringLiteral("sub/brief.txt"));
    EXPECT_EQ(d.format, QStringLiteral("txt"));
    EXPECT_EQ(
        d.text,
        QStringLiteral("Harbour Weekly · 2026-04-27\nMonday, April 27, 2026\n\n"
                       "The port authority approved the terminal.\nSource: Reuters — 27 Apr 2026"));
    EXPECT_EQ(d.title, QStringLiteral("Harbour Weekly · 2026-04-27"));
    ASSERT_TRUE(d.published.has_value());
    EXPECT_EQ(d.published->toIso(), QStringLiteral("2026-04-27"));
    EXPECT_EQ(d.citedSources, QStringList{QStringLiteral("Reuters")});
    EXPECT_TRUE(d.warnings.isEmpty());
    EXPECT_TRUE(d.tableRows.empty());
    EXPECT_TRUE(d.pageStarts.empty());
}

TEST(TextReader, NoDateStatedMeansNone) {
    const TextReader reader;
    const ReadResult r = reader.read("A title\n\nIt happened on April 24, 2026, they said.\n",
                                     QStringLiteral("x.txt"));
    ASSERT_EQ(r.documents.size(), 1u);
    EXPECT_FALSE(r.documents.front().published.has_value());
}

TEST(TextReader, Errors) {
    const TextReader reader;
    EXPECT_EQ(reader.read(QByteArray(), QStringLiteral("e.txt")).error,
              QStringLiteral("empty file"));
    EXPECT_EQ(reader
                  .read(QByteArray("\x7F"
                                   "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0",
                                   16),
                        QStringLiteral("b.txt"))
                  .error,
              QStringLiteral("binary file, not read"));
}
