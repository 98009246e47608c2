#include "ingest/MboxReader.h"
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

const QByteArray kMailbox = "From news@harbour.example Mon Apr  6 09:12:44 2026\n"
                            "From: Harbour Notes <news@harbour.example>\n"
                            "Subject: Tonnage up in March\n"
                            "Date: Mon, 6 Apr 2026 09:12:00 +0200\n"
                            "\n"
                            "Throughput rose 3% in March.\n"
                            ">From the archive: the same month last year was flat.\n"
                            ">>From quoted twice stays quoted once.\n"
                            "\n"
                            "From here on the figures are provisional.\n"
                            "\n"
                            "From desk@harbour.example Tue Apr 14 18:00:01 2026\n"
                            "From: Harbour Notes <news@harbour.example>\n"
                            "Subject: Second issue\n"
                            "Date: Tue, 14 Apr 2026 18:00:00 +0000\n"
                            "Content-Type: text/plain; charset=utf-8\n"
                            "Content-Transfer-Encoding: quoted-printable\n"
                            "\n"
                            "Caf=C3=A9 owners near the quay reported more visitors.\n"
                            "\n"
                            "From - Wed Apr 22 07:30:00 2026\n"
                            "From: Dock Wire <wire@dock.example>\n"
                            "Subject: Third issue, no Date header\n"
                            "\n"
                            "Crane count unchanged.\n";

} // namespace

TEST(MboxReaderTest, ThreeMessagesGiveThreeDocuments) {
    const ReadResult r = MboxReader().read(kMailbox, QStringLiteral("inbox/port.mbox"));
    ASSERT_TRUE(r.error.isEmpty()) << r.error.toStdString();
    ASSERT_EQ(r.documents.size(), 3u);
    const QStringList subjects = {QStringLiteral("Tonnage up in March"),
                                  QStringLiteral("Second issue"),
                                  QStringLiteral("Third issue, no Date header")};
    const QList<QDate> dates = {QDate(2026, 4, 6), QDate(2026, 4, 14), QDate(2026, 4, 22)};
    for (int i = 0; i < 3; ++i) {
        const Document &doc = r.documents[static_cast<size_t>(i)];
        EXPECT_EQ(doc.title, subjects[i]);
        EXPECT_EQ(doc.partIndex, i);
        EXPECT_EQ(doc.path, i == 0 ? QStringLiteral("inbox/port.mbox")
                                   : QStringLiteral("inbox/port.mbox#") + QString::number(i));
        EXPECT_EQ(doc.format, QStringLiteral("mbox"));
        ASSERT_TRUE(doc.published.has_value()) << i;
        EXPECT_EQ(doc.published->begin, dates[i]) << i;
    }
    EXPECT_EQ(r.documents[2].outlet, QStringLiteral("Dock Wire"));
    EXPECT_TRUE(r.documents[1].text.contains(QString::fromUtf8("Caf\u00e9 owners")));
}

TEST(MboxReaderTest, EscapedFromLinesAreUnescapedAndBodyFromLinesDoNotSplit) {
    const Document doc = MboxReader().read(kMailbox, QStringLiteral("port.mbox")).documents.at(0);
    EXPECT_TRUE(doc.text.contains(
        QStringLiteral("\nFrom the archive: the same month last year was flat.\n")))
        << doc.text.toStdString();
    EXPECT_TRUE(doc.text.contains(QStringLiteral("\n>From quoted twice stays quoted once.")));
    EXPECT_TRUE(doc.text.contains(QStringLiteral("From here on the figures are provisional.")));
    EXPECT_FALSE(doc.text.contains(QStringLiteral("Second issue")));
}

TEST(MboxReaderTest, CrLfMailboxSplitsToo) {
    QByteArray crlf = kMailbox;
    crlf.replace("\n", "\r\n");
    const ReadResult r = MboxReader().read(crlf, QStringLiteral("port.mbox"));
    ASSERT_EQ(r.documents.size(), 3u);
    EXPECT_EQ(r.documents[1].title, QStringLiteral("Second issue"));
}

TEST(MboxReaderTest, GarbageIsAnError) {
    QByteArray random(4096, '\0');
    QRandomGenerator rng(5);
    for (char &c : random)
        c = static_cast<char>(rng.bounded(256));
    for (const QByteArray &bytes : {random, QByteArray(), QByteArray("\n\n\n"),
                                    QByteArray("From x Mon Jan  1 00:00:00 2024\n\n")}) {
        const ReadResult r = MboxReader().read(bytes, QStringLiteral("junk.mbox"));
        EXPECT_TRUE(r.documents.empty());
        EXPECT_TRUE(r.error.startsWith(QStringLiteral("not a mailbox"))) << r.error.toStdString();
    }
}

TEST(MboxReaderTest, BadMessageIsSkippedWithAWarning) {
    const QByteArray box = "From a@x.example Mon Jan  5 10:00:00 2026\n"
                           "no headers here at all\n\n"
                           "From b@x.example Tue Jan  6 10:00:00 2026\n"
                           "From: B <b@x.example>\nSubject: Good one\n\nBody.\n";
    const ReadResult r = MboxReader().read(box, QStringLiteral("m.mbox"));
    ASSERT_EQ(r.documents.size(), 1u);
    EXPECT_EQ(r.documents[0].partIndex, 1);
    EXPECT_EQ(r.documents[0].path, QStringLiteral("m.mbox#1"));
    EXPECT_EQ(r.documents[0].published->begin, QDate(2026, 1, 6)); // from the postmark
    EXPECT_TRUE(r.documents[0]
                    .warnings.join(QLatin1Char('|'))
                    .contains(QStringLiteral("message 1 not read")));
}

TEST(MboxReaderTest, Sniff) {
    MboxReader reader;
    EXPECT_TRUE(reader.sniff(kMailbox.left(200)));
    EXPECT_FALSE(reader.sniff("From here on, notes.\nplain text"));
    EXPECT_FALSE(reader.sniff("Subject: x\n"));
}

TEST(MboxReaderTest, RegisteredForMboxFiles) {
    const DocumentReader *r =
        ReaderRegistry::standard().readerFor(QStringLiteral("port.mbox"), kMailbox);
    ASSERT_NE(r, nullptr);
    EXPECT_EQ(r->format(), QStringLiteral("mbox"));
}

// Arbitrary bytes never crash the reader, never hang it, and never come back
// as nothing: either documents or an error that says why.
TEST(MboxReaderTest, MutatedFilesNeverCrashOrComeBackSilentlyEmpty) {
    const QByteArray seed = kMailbox;
    QRandomGenerator rng(20260427);
    for (int i = 0; i < 300; ++i) {
        const QByteArray bytes =
            cc::test::mutate(seed, rng,
                             {"\nFrom a@b Mon Jan  1 00:00:00 2024\n", ">From ", "\n\n",
                              "Subject: ", "Date: ", "Content-Transfer-Encoding: base64\n"});
        const ReadResult r = MboxReader().read(bytes, QStringLiteral("mutated.mbox"));
        EXPECT_TRUE(!r.documents.empty() || !r.error.isEmpty()) << "mutation " << i;
    }
}
