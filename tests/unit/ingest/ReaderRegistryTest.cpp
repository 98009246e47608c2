#include "IngestPrinters.h"
#include "TestSupport.h"

#include "ingest/ReaderRegistry.h"
#include "ingest/TextReader.h"

using namespace cc;

namespace {

QString formatFor(const QString &name, const QByteArray &head) {
    const DocumentReader *r = ReaderRegistry::standard().readerFor(name, head);
    return r ? r->format() : QStringLiteral("(none)");
}

} // namespace

TEST(ReaderRegistry, ChoosesByExtensionFirst) {
    EXPECT_EQ(formatFor(QStringLiteral("a.txt"), "text"), QStringLiteral("txt"));
    EXPECT_EQ(formatFor(QStringLiteral("dir/B.TXT"), "text"), QStringLiteral("txt"));
    EXPECT_EQ(formatFor(QStringLiteral("notes.md"), "# x"), QStringLiteral("md"));
    EXPECT_EQ(formatFor(QStringLiteral("notes.markdown"), "# x"), QStringLiteral("md"));
    EXPECT_EQ(formatFor(QStringLiteral("page.htm"), "<p>x"), QStringLiteral("html"));
    EXPECT_EQ(formatFor(QStringLiteral("page.HTML"), "<p>x"), QStringLiteral("html"));
    // An extension wins over the content: a .txt holding markup is read as text.
    EXPECT_EQ(formatFor(QStringLiteral("saved.txt"), "<!DOCTYPE html><html>"),
              QStringLiteral("txt"));
}

TEST(ReaderRegistry, SniffsFilesWithoutExtension) {
    EXPECT_EQ(formatFor(QStringLiteral("page"), "<!DOCTYPE html>\n<html><body>x"),
              QStringLiteral("html"));
    EXPECT_EQ(formatFor(QStringLiteral("page"), "  <html lang=\"en\">"), QStringLiteral("html"));
    EXPECT_EQ(formatFor(QStringLiteral("README"), "Plain words, nothing else."),
              QStringLiteral("txt"));
    EXPECT_EQ(formatFor(QStringLiteral("Brief 29.04.2026"), "Plain words."), QStringLiteral("txt"));
    // A page saved under a server's extension is still a page.
    EXPECT_EQ(formatFor(QStringLiteral("article.php"), "<!doctype html><html>"),
              QStringLiteral("html"));
}

TEST(ReaderRegistry, BinaryFilesGetAClearReason) {
    QByteArray png("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16);
    png.append(QByteArray(64, '\0'));
    for (const QString &name : {QStringLiteral("image.png"), QStringLiteral("blob")}) {
        const DocumentReader *r = ReaderRegistry::standard().readerFor(name, png);
        ASSERT_NE(r, nullptr) << name.toStdString();
        const ReadResult result = r->read(png, name);
        EXPECT_TRUE(result.documents.empty());
        EXPECT_EQ(result.error, QStringLiteral("binary file, not read"));
    }
    // A .txt full of NUL bytes says the same through the text reader.
    const DocumentReader *txt = ReaderRegistry::standard().readerFor(QStringLiteral("x.txt"), png);
    EXPECT_EQ(txt->read(png, QStringLiteral("x.txt")).error,
              QStringLiteral("binary file, not read"));
}

TEST(ReaderRegistry, UnknownTextFormatIsUnsupported) {
    EXPECT_EQ(ReaderRegistry::standard().readerFor(QStringLiteral("data.json"), "{\"a\": 1}"),
              nullptr);
}

TEST(ReaderRegistry, EmptyFileWithoutExtension) {
    const DocumentReader *r =
        ReaderRegistry::standard().readerFor(QStringLiteral("empty"), QByteArray());
    ASSERT_NE(r, nullptr);
    EXPECT_EQ(r->read(QByteArray(), QStringLiteral("empty")).error, QStringLiteral("empty file"));
}

TEST(ReaderRegistry, FormatsAndExtensions) {
    const QStringList formats = ReaderRegistry::standard().formats();
    for (const char *f : {"txt", "md", "html"})
        EXPECT_TRUE(formats.contains(QLatin1String(f))) << f;
    EXPECT_FALSE(formats.contains(QStringLiteral("binary")));
    EXPECT_EQ(ReaderRegistry::extensionOf(QStringLiteral("a/b.tar.GZ")), QStringLiteral("gz"));
    EXPECT_EQ(ReaderRegistry::extensionOf(QStringLiteral("a.b/README")), QString());
    EXPECT_EQ(ReaderRegistry::extensionOf(QStringLiteral("Dr. Who notes")), QString());
}

TEST(ReaderRegistry, AddedReaderIsUsed) {
    ReaderRegistry registry;
    EXPECT_EQ(registry.readerFor(QStringLiteral("a.txt"), "x"), nullptr);
    registry.add(std::make_unique<TextReader>());
    ASSERT_NE(registry.readerFor(QStringLiteral("a.txt"), "x"), nullptr);
    EXPECT_EQ(registry.readerFor(QStringLiteral("noext"), "x")->format(), QStringLiteral("txt"));
}
