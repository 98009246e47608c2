#include "pipeline/ScanPipeline.h"
#include "ingest/FileAccess.h"
#include "lexicon/LexiconSet.h"
#include "store/ProjectStore.h"

#include "TestSupport.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <atomic>

using namespace cc;

namespace {

// A FileAccess that fails for one file name and can raise the cancel flag when a given file
// is read: the seam through which tests reach "unreadable" (CI runs as root) and "cancel
// inside a file" without timing.
class ScriptedFileAccess : public FileAccess {
public:
    QString failName;
    QString cancelOnName;
    std::atomic_bool *cancel = nullptr;
    mutable std::atomic_int reads{0};
    bool read(const QString &path, qint64 maxBytes, QByteArray *out,
              QString *error) const override {
        ++reads;
        if (!failName.isEmpty() && path.endsWith(failName)) {
            *error = QStringLiteral("cannot open: Permission denied");
            return false;
        }
        if (cancel && !cancelOnName.isEmpty() && path.endsWith(cancelOnName))
            cancel->store(true);
        return FileAccess::read(path, maxBytes, out, error);
    }
};

class ScanPipelineTest : public ::testing::Test {
protected:
    void SetUp() override {
        folder = dir.path() + QStringLiteral("/briefings");
        write(QStringLiteral("a.txt"),
              "Harbor Daily\nMonday, March 9, 2026\n\n"
              "Velor Dynamics released Quill 4 on March 3, the company said.\n");
        write(QStringLiteral("b.txt"),
              "Gulf Tech Notes\nTuesday, March 10, 2026\n\n"
              "Velor Dynamics launched Quill 4 on March 5, according to two retailers.\n");
        write(QStringLiteral("c.txt"),
              "Coastal Wire\nWednesday, March 11, 2026\n\n"
              "Weather delayed shipping along the coast for a second day.\n");
        QString error;
        store = ProjectStore::open(dir.path() + QStringLiteral("/p.sqlite"), &error);
        ASSERT_TRUE(store) << error.toStdString();
    }
    void write(const QString &name, const QByteArray &bytes) {
        test::writeFile(folder + QLatin1Char('/') + name, bytes);
    }
    bool scan(ScanPipeline::Options options, ScanSummary *summary) {
        ScanPipeline pipeline(*store, lexicons);
        QString error;
        const bool ok = pipeline.run(folder, options, summary, &error);
        EXPECT_TRUE(ok) << error.toStdString();
        return ok;
    }

    QTemporaryDir dir;
    QString folder;
    LexiconSet lexicons = LexiconSet::loadDefault();
    std::unique_ptr<ProjectStore> store;
};

} // namespace

TEST_F(ScanPipelineTest, UnreadableFileIsReportedAndTheRestRead) {
    ScriptedFileAccess access;
    access.failName = QStringLiteral("/b.txt");
    ScanPipeline::Options options;
    options.fileAccess = &access;
    ScanSummary summary;
    ASSERT_TRUE(scan(options, &summary));
    EXPECT_EQ(summary.documentsRead, 2);
    ASSERT_EQ(summary.skipped.size(), 1u);
    EXPECT_EQ(summary.skipped[0].path, QStringLiteral("b.txt"));
    EXPECT_TRUE(summary.skipped[0].reason.contains(QStringLiteral("Permission denied")));
}

TEST_F(ScanPipelineTest, CancelBetweenFilesLeavesTheProjectAsItWas) {
    ScanSummary first;
    ASSERT_TRUE(scan({}, &first));
    ASSERT_EQ(store->documents().size(), 3u);
    const QByteArray hashBefore = store->documentStates().at(QStringLiteral("a.txt")).contentHash;
    const auto claimsBefore = store->claims().size();
    write(QStringLiteral("d.txt"), "Late Wire\nMarch 12, 2026\n\nPorts reopened.\n");
    write(QStringLiteral("a.txt"), "Harbor Daily\nMonday, March 9, 2026\n\nEverything changed.\n");

    std::atomic_bool cancel{false};
    ScanPipeline::Options options;
    options.rebuild = true;
    options.cancel = &cancel;
    int calls = 0;
    options.progress = [&](const ScanProgress &p) {
        if (p.stage == QLatin1String("reading") && ++calls == 2)
            cancel = true; // after the first file was handled
    };
    ScanSummary summary;
    ASSERT_TRUE(scan(options, &summary));
    EXPECT_TRUE(summary.cancelled);
    const std::vector<Document> docs = store->documents();
    ASSERT_EQ(docs.size(), 3u); // d.txt not added
    const auto a = store->document(QStringLiteral("a.txt"));
    ASSERT_TRUE(a.has_value());
    EXPECT_TRUE(store->sentences(QStringLiteral("a.txt")).size() > 0);
    // a.txt was re-read before the cancel, but the rolled-back scan left the old version.
    EXPECT_EQ(store->documentStates().at(QStringLiteral("a.txt")).contentHash, hashBefore);
    EXPECT_EQ(store->claims().size(), claimsBefore);
}

TEST_F(ScanPipelineTest, CancelInsideAFileLeavesTheProjectAsItWas) {
    ScanSummary first;
    ASSERT_TRUE(scan({}, &first));
    const auto claimsBefore = store->claims().size();
    const auto statesBefore = store->documentStates();

    std::atomic_bool cancel{false};
    ScriptedFileAccess access;
    access.cancel = &cancel;
    access.cancelOnName = QStringLiteral("/b.txt"); // raised while b.txt is being handled
    ScanPipeline::Options options;
    options.rebuild = true;
    options.cancel = &cancel;
    options.fileAccess = &access;
    ScanSummary summary;
    ASSERT_TRUE(scan(options, &summary));
    EXPECT_TRUE(summary.cancelled);
    // a.txt is read beside b.txt on another thread and may or may not finish first;
    // b.txt and c.txt never are.
    EXPECT_LE(summary.documentsRead, 1);
    EXPECT_EQ(store->claims().size(), claimsBefore);
    EXPECT_EQ(store->documentStates().size(), statesBefore.size());
}

TEST_F(ScanPipelineTest, RescanKeepsReviewsAndMarksChangedOnes) {
    ScanSummary summary;
    ASSERT_TRUE(scan({}, &summary));
    const std::vector<Conflict> conflicts = store->conflicts();
    ASSERT_FALSE(conflicts.empty()) << "the planted release-date conflict was not detected";
    const Conflict &c = conflicts.front();
    Review review;
    review.conflictId = c.id;
    review.status = ReviewStatus::Confirmed;
    review.note = QStringLiteral("checked with the retailer");
    review.sidesFingerprint = c.sidesFingerprint();
    QString error;
    ASSERT_TRUE(store->saveReview(review, &error)) << error.toStdString();

    // An unrelated briefing changes: the review stands, unchanged.
    write(QStringLiteral("c.txt"),
          "Coastal Wire\nWednesday, March 11, 2026\n\nFog closed the harbor.\n");
    ASSERT_TRUE(scan({}, &summary));
    EXPECT_EQ(summary.documentsRead, 1);
    auto after = store->conflicts();
    auto it =
        std::find_if(after.begin(), after.end(), [&](const Conflict &x) { return x.id == c.id; });
    ASSERT_NE(it, after.end());
    EXPECT_EQ(it->status, ReviewStatus::Confirmed);
    EXPECT_EQ(it->note, QStringLiteral("checked with the retailer"));
    EXPECT_FALSE(it->changedSinceReview);

    // A briefing behind the conflict changes its side: same id, marked changed since review.
    write(QStringLiteral("b.txt"),
          "Gulf Tech Notes\nTuesday, March 10, 2026\n\n"
          "Velor Dynamics launched Quill 4 on March 6, according to two retailers.\n");
    ASSERT_TRUE(scan({}, &summary));
    after = store->conflicts();
    it = std::find_if(after.begin(), after.end(), [&](const Conflict &x) { return x.id == c.id; });
    ASSERT_NE(it, after.end());
    EXPECT_EQ(it->status, ReviewStatus::Confirmed);
    EXPECT_TRUE(it->changedSinceReview);

    // The conflict disappears: the review is kept and listed.
    write(QStringLiteral("b.txt"),
          "Gulf Tech Notes\nTuesday, March 10, 2026\n\nNothing about launches.\n");
    ASSERT_TRUE(scan({}, &summary));
    const std::vector<Review> orphans = store->orphanReviews();
    ASSERT_EQ(orphans.size(), 1u);
    EXPECT_EQ(orphans[0].conflictId, c.id);
}

TEST_F(ScanPipelineTest, MessagesOfOneMailboxAreSeparateOrigins) {
    // Two newsletters from different senders, saved in one mbox, agree on March 5; a third
    // briefing says March 3. The March 5 side has two independent origins, not one file.
    write(QStringLiteral("a.txt"),
          "Harbor Daily\nMonday, March 9, 2026\n\n"
          "Velor Dynamics released Quill 4 on March 3, the company said.\n");
    QFile::remove(folder + QStringLiteral("/b.txt"));
    write(QStringLiteral("letters.mbox"),
          "From alerts@gulfnotes.example Tue Mar 10 08:00:00 2026\n"
          "From: Gulf Tech Notes <alerts@gulfnotes.example>\n"
          "Subject: Quill 4 ships\n"
          "Date: Tue, 10 Mar 2026 08:00:00 +0000\n"
          "Content-Type: text/plain; charset=utf-8\n\n"
          "Velor Dynamics launched Quill 4 on March 5, according to two retailers.\n\n"
          "From desk@northledger.example Wed Mar 11 09:00:00 2026\n"
          "From: North Ledger <desk@northledger.example>\n"
          "Subject: Quill 4 on shelves\n"
          "Date: Wed, 11 Mar 2026 09:00:00 +0000\n"
          "Content-Type: text/plain; charset=utf-8\n\n"
          "Velor Dynamics released Quill 4 on March 5, a distributor said.\n");
    ScanSummary summary;
    ASSERT_TRUE(scan({}, &summary));
    EXPECT_EQ(summary.documentsRead, 4) << "a.txt, c.txt and the two messages";
    const std::vector<Conflict> conflicts = store->conflicts();
    ASSERT_FALSE(conflicts.empty()) << "the release-date conflict was not detected";
    const Conflict &c = conflicts.front();
    ASSERT_EQ(c.sides.size(), 2u);
    int mailboxSide = -1;
    for (size_t i = 0; i < c.sides.size(); ++i) {
        for (const Claim &claim : c.sides[i].claims)
            if (claim.document.startsWith(QStringLiteral("letters.mbox")))
                mailboxSide = static_cast<int>(i);
    }
    ASSERT_GE(mailboxSide, 0);
    EXPECT_EQ(c.sides[size_t(mailboxSide)].claims.size(), 2u);
    EXPECT_EQ(c.sides[size_t(mailboxSide)].independentSources, 2);

    // Unchanged on the next scan: nothing is read again.
    ASSERT_TRUE(scan({}, &summary));
    EXPECT_EQ(summary.documentsRead, 0);
    EXPECT_EQ(summary.documentsRemoved, 0);
}

TEST_F(ScanPipelineTest, ReadersKnowTheOutletsOfTheProjectLexicons) {
    // An analyst's outlet, known by its web host only through the project's lexicons.
    ASSERT_TRUE(lexicons.addData(R"({"schema": "crosscheck.lexicon/1", "name": "outlets",
        "entries": [{"key": "Tidewater Ledger", "aliases": ["TWL"],
                     "hosts": ["twledger.example"]}]})",
                                 QStringLiteral("outlets-local.json")))
        << lexicons.errors().join(QLatin1Char('\n')).toStdString();
    write(QStringLiteral("d.txt"), "TWL | Thursday, March 12, 2026\n\n"
                                   "Quill 4 ships early\n\n"
                                   "Velor Dynamics released Quill 4 on March 5.\n");
    ScanSummary summary;
    ASSERT_TRUE(scan({}, &summary));
    bool found = false;
    for (const Document &d : store->documents()) {
        if (d.path == QLatin1String("d.txt")) {
            found = true;
            EXPECT_EQ(d.outlet, QStringLiteral("Tidewater Ledger"));
        }
    }
    EXPECT_TRUE(found);
}

TEST_F(ScanPipelineTest, UnchangedSizeAndTimeSpareReading) {
    // Files last modified an hour ago: a re-scan trusts their size and time.
    const QDateTime hourAgo = QDateTime::currentDateTimeUtc().addSecs(-3600);
    auto age = [&](const QString &name, const QDateTime &when) {
        QFile f(folder + QLatin1Char('/') + name);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        ASSERT_TRUE(f.setFileTime(when, QFileDevice::FileModificationTime));
    };
    for (const char *name : {"a.txt", "b.txt", "c.txt"})
        age(QString::fromLatin1(name), hourAgo);
    ScanSummary summary;
    ASSERT_TRUE(scan({}, &summary));
    ASSERT_EQ(summary.documentsRead, 3);

    ScriptedFileAccess access;
    ScanPipeline::Options options;
    options.fileAccess = &access;
    ASSERT_TRUE(scan(options, &summary));
    EXPECT_EQ(access.reads.load(), 0) << "no file changed, none is read";
    EXPECT_EQ(summary.documentsUnchanged, 3);

    // A same-size edit with a new time is read; the others still are not.
    write(QStringLiteral("b.txt"),
          "Gulf Tech Notes\nTuesday, March 10, 2026\n\n"
          "Velor Dynamics launched Quill 4 on March 6, according to two retailers.\n");
    age(QStringLiteral("b.txt"), hourAgo.addSecs(60));
    ASSERT_TRUE(scan(options, &summary));
    EXPECT_EQ(access.reads.load(), 1);
    EXPECT_EQ(summary.documentsRead, 1);
    EXPECT_EQ(summary.documentsUnchanged, 2);

    // A rebuild reads everything whatever the times say.
    options.rebuild = true;
    ASSERT_TRUE(scan(options, &summary));
    EXPECT_EQ(access.reads.load(), 4);
    EXPECT_EQ(summary.documentsRead, 3);
}
