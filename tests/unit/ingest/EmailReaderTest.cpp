#include "ingest/EmailReader.h"
#include "ingest/EmailBoilerplate.h"
#include "ingest/MimeHtmlText.h"
#include "ingest/MimeMessageParser.h"
#include "ingest/ReaderRegistry.h"

#include "../../fixtures/formats/Mutations.h"
#include "TestSupport.h"

#include <QRandomGenerator>

// Readable failure messages for QString comparisons.
inline void PrintTo(const QString &text, std::ostream *out) {
    *out << '"' << text.toStdString() << '"';
}

using namespace cc;

namespace {

Document readOne(const QByteArray &bytes) {
    const ReadResult result = EmailReader().read(bytes, QStringLiteral("mail/brief.eml"));
    EXPECT_TRUE(result.error.isEmpty()) << result.error.toStdString();
    EXPECT_EQ(result.documents.size(), 1u);
    return result.documents.empty() ? Document() : result.documents.front();
}

// Windows-1252 quoted-printable: =93 =94 are curly double quotes, =92 an
// apostrophe, =80 the euro sign, =96 an en dash.
const QByteArray kAlternative1252 =
    "Return-Path: <news@gridletter.example>\r\n"
    "From: \"The Grid Letter\" <news@gridletter.example>\r\n"
    "To: reader@example.org\r\n"
    "Subject: =?windows-1252?Q?Storage_prices_fall_=96_=80_per_kWh?=\r\n"
    "Date: Mon, 27 Apr 2026 23:30:00 -0700\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: multipart/alternative; boundary=\"ALT\"\r\n"
    "\r\n"
    "--ALT\r\n"
    "Content-Type: text/plain; charset=windows-1252\r\n"
    "Content-Transfer-Encoding: quoted-printable\r\n"
    "\r\n"
    "View this email in your browser\r\n"
    "\r\n"
    "Cell prices reached =80112 per kWh, a =93record low=94 according to the =\r\n"
    "industry=92s survey.\r\n"
    "\r\n"
    "Analysts expect a further 8% decline.\r\n"
    "\r\n"
    "You are receiving this because you subscribed to The Grid Letter.\r\n"
    "Unsubscribe | Manage your email preferences\r\n"
    "--ALT\r\n"
    "Content-Type: text/html; charset=windows-1252\r\n"
    "Content-Transfer-Encoding: quoted-printable\r\n"
    "\r\n"
    "<html><body><p>Cell prices reached =80112 per kWh, a =93record low=94.</p></body></html>\r\n"
    "--ALT--\r\n";

} // namespace

TEST(EmailReaderTest, Windows1252QuotedPrintableIsDecoded) {
    const Document doc = readOne(kAlternative1252);
    EXPECT_EQ(doc.format, QStringLiteral("eml"));
    EXPECT_EQ(doc.path, QStringLiteral("mail/brief.eml"));
    EXPECT_EQ(doc.title, QString::fromUtf8("Storage prices fall \u2013 \u20ac per kWh"));
    // Soft line break joined, curly quotes, apostrophe and euro sign right.
    EXPECT_TRUE(doc.text.contains(QString::fromUtf8(
        "Cell prices reached \u20ac112 per kWh, a \u201crecord low\u201d according to the "
        "industry\u2019s survey.")))
        << doc.text.toStdString();
    EXPECT_TRUE(doc.text.startsWith(doc.title + QStringLiteral("\n\n")));
    EXPECT_TRUE(doc.text.contains(QStringLiteral("Analysts expect a further 8% decline.")));
    EXPECT_FALSE(doc.text.contains(QChar::ReplacementCharacter));
}

TEST(EmailReaderTest, HeadersGiveDateInSendersZoneAndOutlet) {
    const Document doc = readOne(kAlternative1252);
    ASSERT_TRUE(doc.published.has_value());
    // 23:30 at -07:00 is already the 28th in UTC; the sender's day is the 27th.
    EXPECT_EQ(doc.published->begin, QDate(2026, 4, 27));
    EXPECT_EQ(doc.published->end, QDate(2026, 4, 27));
    EXPECT_EQ(doc.published->precision, DatePrecision::Day);
    EXPECT_EQ(doc.outlet, QStringLiteral("The Grid Letter"));
}

TEST(EmailReaderTest, NewsletterBoilerplateIsDropped) {
    const Document doc = readOne(kAlternative1252);
    for (const char *phrase : {"View this email", "receiving this", "Unsubscribe", "preferences"})
        EXPECT_FALSE(doc.text.contains(QLatin1String(phrase), Qt::CaseInsensitive)) << phrase;
}

TEST(EmailReaderTest, HtmlOnlyMessageIsRendered) {
    const QByteArray html =
        "<html><head><title>ignored</title><style>p{color:red}</style></head><body>"
        "<div style=\"display: none; max-height: 0\">Preview text for the inbox</div>"
        "<table><tr><td><a href=\"https://x.example/web\">View in browser</a></td></tr></table>"
        "<h1>Weekly&nbsp;Brief</h1><p>The port handled <b>1.2 million</b> containers.</p>"
        "<p>Second&#8217;s paragraph.<br>Same paragraph, new line.</p>"
        "<script>var tracking = 1;</script>"
        "<p style=\"font-size:10px\">You received this email because you signed up. "
        "<a href=\"#\">Unsubscribe</a></p></body></html>";
    const QByteArray mail = "From: Port Weekly <weekly@port.example>\n"
                            "Subject: Weekly brief\n"
                            "Date: Tue, 5 May 2026 08:00:00 +0000\n"
                            "MIME-Version: 1.0\n"
                            "Content-Type: text/html; charset=utf-8\n"
                            "Content-Transfer-Encoding: base64\n\n" +
                            html.toBase64() + "\n";
    const Document doc = readOne(mail);
    EXPECT_EQ(doc.text, QString::fromUtf8("Weekly brief\n\nWeekly Brief\n\nThe port handled 1.2 "
                                          "million containers.\n\nSecond\u2019s paragraph.\nSame "
                                          "paragraph, new line."));
}

TEST(EmailReaderTest, PlainStubGivesWayToHtml) {
    const QByteArray mail =
        "From: Desk <desk@example.org>\nSubject: Stub\nMIME-Version: 1.0\n"
        "Content-Type: multipart/alternative; boundary=b\n\n"
        "--b\nContent-Type: text/plain\n\nThis message is best read in HTML.\n"
        "--b\nContent-Type: text/html\n\n<p>The full story has three paragraphs of detail about "
        "the reservoir levels, which fell below the seasonal average for the first time since "
        "records began, according to the water authority.</p>\n--b--\n";
    const Document doc = readOne(mail);
    EXPECT_TRUE(doc.text.contains(QStringLiteral("reservoir levels"))) << doc.text.toStdString();
    EXPECT_FALSE(doc.text.contains(QStringLiteral("best read in HTML")));
}

TEST(EmailReaderTest, AttachmentsAreListedNotRead) {
    const QByteArray mail =
        "From: Analyst <a@example.org>\nSubject: Figures\nDate: 2 Mar 2025 10:00:00 +0100\n"
        "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=mix\n\n"
        "--mix\nContent-Type: text/plain; charset=us-ascii\n\nSee the attached report.\n"
        "--mix\nContent-Type: application/pdf; name=report.pdf\n"
        "Content-Disposition: attachment; filename=\"report.pdf\"\n"
        "Content-Transfer-Encoding: base64\n\nJVBERi0xLjQKJcfsj6IKNSAwIG9iago=\n"
        "--mix\nContent-Type: text/csv\nContent-Disposition: attachment; filename=data.csv\n\n"
        "a,b\n1,2\n--mix\nContent-Type: application/octet-stream\n\n\x01\x02\n--mix--\n";
    const Document doc = readOne(mail);
    EXPECT_EQ(doc.text, QStringLiteral("Figures\n\nSee the attached report."));
    EXPECT_TRUE(doc.warnings.contains(QStringLiteral(
        "attachments not read: report.pdf, data.csv, unnamed application/octet-stream")))
        << doc.warnings.join(QLatin1Char('|')).toStdString();
    EXPECT_EQ(doc.outlet, QStringLiteral("Analyst"));
}

TEST(EmailReaderTest, UndeclaredEightBitBodyIsReadAsWindows1252WithWarning) {
    const QByteArray mail = "From: x@example.org\nSubject: Prices\n\nA \x93quoted\x94 price of "
                            "\x80"
                            "5.\n";
    const Document doc = readOne(mail);
    EXPECT_TRUE(doc.text.contains(QString::fromUtf8("A \u201cquoted\u201d price of \u20ac5.")))
        << doc.text.toStdString();
    EXPECT_FALSE(doc.warnings.isEmpty());
    // Without a display name the sender's domain stands for the outlet.
    EXPECT_EQ(doc.outlet, QStringLiteral("example.org"));
}

TEST(EmailReaderTest, GarbageIsAnErrorNotAnEmptyDocument) {
    QByteArray random(2048, '\0');
    QRandomGenerator rng(11);
    for (char &c : random)
        c = static_cast<char>(rng.bounded(256));
    for (const QByteArray &bytes :
         {random, QByteArray("just some words\nwithout any header\n"), QByteArray()}) {
        const ReadResult r = EmailReader().read(bytes, QStringLiteral("x.eml"));
        EXPECT_TRUE(r.documents.empty());
        EXPECT_EQ(r.error, QStringLiteral("not an e-mail message (no mail headers)"));
    }
}

TEST(EmailReaderTest, SniffRecognisesMessageHeaders) {
    EmailReader reader;
    EXPECT_TRUE(reader.sniff("Received: from x\nFrom: a@b.c\nSubject: s\n\nbody"));
    EXPECT_TRUE(reader.sniff("From: a@b.c\nDate: Mon, 1 Jan 2024 00:00:00 +0000\n"));
    EXPECT_FALSE(reader.sniff("Title: notes\nFrom: nobody\n"));
    EXPECT_FALSE(reader.sniff("<html><body>From: a</body></html>"));
}

TEST(EmailReaderTest, CharsetLabelsAreReadAsMailersMeanThem) {
    QString warning;
    // Latin-1 labels carry Windows-1252 bytes in practice.
    EXPECT_EQ(MimeMessageParser::decodeText("\x80 \x93x\x94", "ISO-8859-1", &warning),
              QString::fromUtf8("\u20ac \u201cx\u201d"));
    EXPECT_TRUE(warning.isEmpty());
    EXPECT_EQ(MimeMessageParser::decodeText("caf\xc3\xa9", "us-ascii", &warning),
              QString::fromUtf8("caf\u00e9"));
    EXPECT_EQ(MimeMessageParser::decodeText("\xe8\xee\xf2", "koi8-r", &warning),
              QString::fromUtf8("\u0425\u041d\u0420"));
    warning.clear();
    EXPECT_EQ(MimeMessageParser::decodeText("plain", "x-no-such-charset", &warning),
              QStringLiteral("plain"));
    EXPECT_TRUE(warning.contains(QStringLiteral("unknown charset"))) << warning.toStdString();
}

TEST(EmailBoilerplateTest, PhrasesOfMailingListsAreRecognised) {
    const char *boilerplate[] = {
        "Unsubscribe",
        "View this email in your browser",
        "View in browser",
        "Having trouble viewing this email? Click here",
        "You are receiving this because you opted in at our website.",
        "You\u2019re receiving this email as a subscriber.",
        "Manage preferences | Update your subscription",
        "If you no longer wish to receive these emails, click here.",
        "This email was sent to reader@example.org",
        "Forward this to a friend",
        "Was this newsletter forwarded to you? Sign up here.",
        "Add us to your address book",
    };
    for (const char *text : boilerplate)
        EXPECT_TRUE(EmailBoilerplate::isBoilerplate(QString::fromUtf8(text))) << text;
    const char *content[] = {
        "The ministry said it would review the tariff schedule in June.",
        "Shareholders may opt out of the dividend reinvestment plan.",
        "The browser market grew 4% in the quarter.",
        "Prices were updated on Monday.",
    };
    for (const char *text : content)
        EXPECT_FALSE(EmailBoilerplate::isBoilerplate(QString::fromUtf8(text))) << text;
}

TEST(EmailBoilerplateTest, LongNewsParagraphMentioningUnsubscribingIsKept) {
    const QString head = QStringLiteral("Opening paragraph of the briefing.\n\n");
    QString news = QStringLiteral("Regulators said the service made it hard to unsubscribe, ");
    while (news.size() < 600)
        news += QStringLiteral("and the inquiry heard evidence from users across the region, ");
    news += QStringLiteral("the report concluded.");
    const QString tail = QStringLiteral(
        "\n\nMore analysis follows in the next section of this briefing, which covers the "
        "remaining quarterly figures in detail.\n\n"
        "Closing paragraph with further reading and a summary of the key developments covered "
        "in this issue, written for readers who skimmed the earlier sections.\n\n"
        "Unsubscribe here.\n\n-- \nJane Editor\nDesk phone 555 0100");
    const QString stripped = EmailBoilerplate::strip(head + news + tail);
    EXPECT_TRUE(stripped.contains(news));
    EXPECT_TRUE(stripped.contains(QStringLiteral("Closing paragraph")));
    EXPECT_FALSE(stripped.contains(QStringLiteral("Unsubscribe here")));
    EXPECT_FALSE(stripped.contains(QStringLiteral("Jane Editor")));
}

TEST(MimeHtmlTextTest, DeepNestingFallsBackToStrippingTags) {
    QString html;
    for (int i = 0; i < 50000; ++i)
        html += QStringLiteral("<div>");
    html += QStringLiteral("deep text");
    const QString text = MimeHtmlText::render(html);
    EXPECT_EQ(text, QStringLiteral("deep text"));
}

TEST(EmailReaderTest, RegisteredForEmlFiles) {
    const DocumentReader *r =
        ReaderRegistry::standard().readerFor(QStringLiteral("in/Brief.EML"), kAlternative1252);
    ASSERT_NE(r, nullptr);
    EXPECT_EQ(r->format(), QStringLiteral("eml"));
}

// Arbitrary bytes never crash the reader, never hang it, and never come back
// as nothing: either documents or an error that says why.
TEST(EmailReaderTest, MutatedFilesNeverCrashOrComeBackSilentlyEmpty) {
    const QByteArray seed = kAlternative1252;
    QRandomGenerator rng(20260427);
    for (int i = 0; i < 300; ++i) {
        const QByteArray bytes =
            cc::test::mutate(seed, rng,
                             {"--ALT\r\n", "--ALT--", "=?windows-1252?Q?=", "=?utf-8?B?",
                              "Content-Type: multipart/mixed; boundary=Z\r\n\r\n--Z\r\n", "=\r\n",
                              "=9", "charset=", "<p>", "\r\n\r\n"});
        const ReadResult r = EmailReader().read(bytes, QStringLiteral("mutated.eml"));
        EXPECT_TRUE(!r.documents.empty() || !r.error.isEmpty()) << "mutation " << i;
    }
}
