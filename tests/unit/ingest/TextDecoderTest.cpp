#include "IngestPrinters.h"
#include "TestSupport.h"

#include "ingest/TextDecoder.h"

using namespace cc;

namespace {

QByteArray utf16le(const QString &s, bool bom) {
    QByteArray out = bom ? QByteArray("\xFF\xFE", 2) : QByteArray();
    for (QChar c : s) {
        out.append(static_cast<char>(c.unicode() & 0xFF));
        out.append(static_cast<char>(c.unicode() >> 8));
    }
    return out;
}

QByteArray utf16be(const QString &s) {
    QByteArray out("\xFE\xFF", 2);
    for (QChar c : s) {
        out.append(static_cast<char>(c.unicode() >> 8));
        out.append(static_cast<char>(c.unicode() & 0xFF));
    }
    return out;
}

} // namespace

TEST(TextDecoder, Windows1252WithCurlyQuotesAndEuro) {
    // "The ministry said the budget would rise to €4.2 billion, calling it “the largest
    // ever” — a claim the opposition disputed." in Windows-1252.
    const QByteArray bytes =
        "The ministry said the budget would rise to \x80"
        "4.2 billion, calling it \x93the largest "
        "ever\x94 \x97 a claim the opposition\x92s leader disputed. The caf\xE9 owners\x85 were "
        "not consulted.\r\n";
    const DecodedText d = TextDecoder::decode(bytes);
    ASSERT_TRUE(d.ok()) << d.error.toStdString();
    EXPECT_TRUE(d.text.contains(QStringLiteral("€4.2 billion")));
    EXPECT_TRUE(d.text.contains(QStringLiteral("“the largest ever” — a claim")));
    EXPECT_TRUE(d.text.contains(QStringLiteral("opposition’s leader")));
    EXPECT_TRUE(d.text.contains(QStringLiteral("café owners…")));
    EXPECT_EQ(d.encoding, QStringLiteral("windows-1252"));
    EXPECT_TRUE(
        d.warnings.contains(QStringLiteral("decoded as windows-1252 (no encoding declared)")))
        << d.warnings.join(QStringLiteral("; ")).toStdString();
    EXPECT_FALSE(d.text.contains(u'\r'));
}

TEST(TextDecoder, DeclaredEncodingIsTrustedWithoutWarning) {
    const DecodedText d =
        TextDecoder::decode("na\xEFve r\xE9sum\xE9", QStringLiteral("iso-8859-1"));
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(d.text, QStringLiteral("naïve résumé"));
    EXPECT_TRUE(d.warnings.isEmpty());
}

TEST(TextDecoder, Utf8WithBom) {
    const DecodedText d = TextDecoder::decode("\xEF\xBB\xBFPrice: \xE2\x82\xAC"
                                              "5 \xE2\x80\x94 up");
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(d.text, QStringLiteral("Price: €5 — up"));
    EXPECT_EQ(d.encoding, QStringLiteral("UTF-8"));
    EXPECT_TRUE(d.warnings.isEmpty());
}

TEST(TextDecoder, PlainUtf8HasNoWarning) {
    const DecodedText d = TextDecoder::decode("Zürich, 3 May — “quoted”");
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(d.text, QStringLiteral("Zürich, 3 May — “quoted”"));
    EXPECT_TRUE(d.warnings.isEmpty());
}

TEST(TextDecoder, Utf16WithBom) {
    const QString s = QStringLiteral("Grüße — 5 € und “mehr”\r\nzweite Zeile");
    for (const QByteArray &bytes : {utf16le(s, true), utf16be(s)}) {
        const DecodedText d = TextDecoder::decode(bytes);
        ASSERT_TRUE(d.ok()) << d.error.toStdString();
        EXPECT_EQ(d.text, QStringLiteral("Grüße — 5 € und “mehr”\nzweite Zeile"));
        EXPECT_TRUE(d.encoding.startsWith(QLatin1String("UTF-16")));
    }
}

TEST(TextDecoder, Utf16WithoutBomIsNotBinary) {
    const QString s = QStringLiteral("A plain report without a byte order mark, in UTF-16.");
    EXPECT_FALSE(TextDecoder::looksBinary(utf16le(s, false)));
    const DecodedText d = TextDecoder::decode(utf16le(s, false));
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(d.text, s);
}

TEST(TextDecoder, InvalidUtf8BytesReplaced) {
    // Mostly good UTF-8 with two broken bytes.
    const QByteArray bytes = "The r\xC3\xA9sum\xC3\xA9 says \xE2\x80\x9Cyes\xE2\x80\x9D and \xFF "
                             "the caf\xC3\xA9 \xC3 closed.";
    const DecodedText d = TextDecoder::decode(bytes);
    ASSERT_TRUE(d.ok());
    EXPECT_TRUE(d.warnings.contains(QStringLiteral("invalid UTF-8 bytes replaced")));
    EXPECT_TRUE(d.text.contains(QStringLiteral("résumé says “yes”")));
    EXPECT_TRUE(d.text.contains(QChar(QChar::ReplacementCharacter)));
}

TEST(TextDecoder, EmptyFile) {
    EXPECT_EQ(TextDecoder::decode(QByteArray()).error, QStringLiteral("empty file"));
    EXPECT_FALSE(TextDecoder::decode("  \r\n\t\n").ok());
}

TEST(TextDecoder, BinaryFile) {
    QByteArray png("\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0", 29);
    png.append(QByteArray(200, '\0'));
    EXPECT_TRUE(TextDecoder::looksBinary(png));
    EXPECT_EQ(TextDecoder::decode(png).error, QStringLiteral("binary file, not read"));
    // Control characters without NUL bytes.
    QByteArray controls;
    for (int i = 0; i < 300; ++i)
        controls.append(static_cast<char>(1 + i % 7)).append('a');
    EXPECT_TRUE(TextDecoder::looksBinary(controls));
    EXPECT_FALSE(TextDecoder::looksBinary("ordinary text\twith a tab\r\nand lines\f"));
}

TEST(TextDecoder, MostlyUndecodableIsAnError) {
    // A UTF-16 mark followed by unpaired surrogates: nothing decodes.
    QByteArray junk("\xFF\xFE", 2);
    for (int i = 0; i < 200; ++i)
        junk.append("\x00\xD8 \x00", 4);
    const DecodedText d = TextDecoder::decode(junk);
    EXPECT_FALSE(d.ok());
    EXPECT_TRUE(d.error.contains(QLatin1String("could not be decoded"))) << d.error.toStdString();
}

TEST(TextDecoder, MislabelledUtf8IsDetected) {
    // Declared UTF-8, yet the bytes are Windows-1252.
    const DecodedText d =
        TextDecoder::decode("The caf\xE9 owners said the \x93new\x94 rules cost \x80"
                            "300 a month \x97 too much.",
                            QStringLiteral("utf-8"));
    ASSERT_TRUE(d.ok());
    EXPECT_TRUE(d.text.contains(QStringLiteral("café owners said the “new” rules cost €300")));
    EXPECT_FALSE(d.text.contains(QChar(QChar::ReplacementCharacter)));
    ASSERT_EQ(d.warnings.size(), 1);
    EXPECT_TRUE(d.warnings[0].contains(QLatin1String("declared UTF-8")))
        << d.warnings[0].toStdString();
}

TEST(TextDecoder, Normalize) {
    const struct {
        QString in;
        QString out;
    } cases[] = {
        {QStringLiteral("a\r\nb\rc"), QStringLiteral("a\nb\nc")},
        {QStringLiteral("trailing   \nspaces\t\n"), QStringLiteral("trailing\nspaces")},
        {QStringLiteral("nul\u0000led\u0007 bell"), QStringLiteral("nulled bell")},
        {QStringLiteral("tab\tkept"), QStringLiteral("tab\tkept")},
        {QStringLiteral("Cafe\u0301"), QStringLiteral("Café")}, // NFC
        {QStringLiteral("9:41\u202FPM on\u00A0May\u00A03"), QStringLiteral("9:41 PM on May 3")},
        {QStringLiteral("soft\u00ADhyphen zero\u200Bwidth"),
         QStringLiteral("softhyphen zerowidth")},
        {QStringLiteral("\n\n\nfirst\n\n\n\nsecond\n\n"), QStringLiteral("first\n\nsecond")},
        {QStringLiteral("page\fbreak"), QStringLiteral("page\nbreak")},
        {QStringLiteral("\uFEFFbom"), QStringLiteral("bom")},
    };
    for (const auto &c : cases)
        EXPECT_EQ(TextDecoder::normalize(c.in), c.out) << c.in.toStdString();
}

TEST(TextDecoder, Utf8Validity) {
    qsizetype invalid = 0, multi = 0;
    EXPECT_TRUE(TextDecoder::isValidUtf8("plain ascii"));
    EXPECT_TRUE(TextDecoder::isValidUtf8("\xE2\x82\xAC \xF0\x9F\x87\xA8", &invalid, &multi));
    EXPECT_EQ(multi, 2);
    EXPECT_FALSE(TextDecoder::isValidUtf8("\xC0\xAF"));           // overlong '/'
    EXPECT_FALSE(TextDecoder::isValidUtf8("\xED\xA0\x80"));       // surrogate
    EXPECT_FALSE(TextDecoder::isValidUtf8("\xE2\x82", &invalid)); // truncated
    EXPECT_EQ(invalid, 2);
}
