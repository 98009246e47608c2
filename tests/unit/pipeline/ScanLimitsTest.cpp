// Limits of a scan: the per-file size cap (configurable; a 2 GB sparse file is
// skipped with its reason, a file that grows past the cap after listing too),
// symbolic links leaving the folder are not followed, and the project's own
// files are never read whatever they are called.

#include "ingest/FileAccess.h"
#include "lexicon/LexiconSet.h"
#include "pipeline/ScanPipeline.h"
#include "store/ProjectStore.h"

#include "TestSupport.h"

#include <QFile>
#include <QTemporaryDir>

using namespace cc;

namespace {

// Appends to a file just before it is read: it grew after it was listed.
class GrowingFileAccess : public FileAccess {
public:
    QString growName;
    qint64 growBy = 0;
    mutable qint64 largestRequest = 0;
    bool read(const QString &path, qint64 maxBytes, QByteArray *out,
              QString *error) const override {
        largestRequest = std::max(largestRequest, maxBytes);
        if (!growName.isEmpty() && path.endsWith(growName)) {
            QFile f(path);
            if (f.open(QIODevice::Append))
                f.write(QByteArray(growBy, 'x'));
        }
        return FileAccess::read(path, maxBytes, out, error);
    }
};

class ScanLimitsTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir.isValid());
        folder = dir.path() + QStringLiteral("/briefings");
        write(QStringLiteral("a.txt"), "Harbor Daily\nMonday, March 9, 2026\n\n"
                                       "Velor Dynamics released Quill 4 on March 3.\n");
        QString error;
        store = ProjectStore::open(dir.path() + QStringLiteral("/p.sqlite"), &error);
        ASSERT_TRUE(store) << error.toStdString();
    }
    void write(const QString &name, const QByteArray &bytes) {
        test::writeFile(folder + QLatin1Char('/') + name, bytes);
    }
    ScanSummary scan(const ScanPipeline::Options &options = {}) {
        ScanPipeline pipeline(*store, lexicons);
        ScanSummary summary;
        QString error;
        EXPECT_TRUE(pipeline.run(folder, options, &summary, &error)) << error.toStdString();
        return summary;
    }
    static QString reasonFor(const ScanSummary &summary, const QString &path) {
        for (const SkippedFile &s : summary.skipped) {
            if (s.path == path)
                return s.reason;
        }
        return {};
    }
    QStringList documentPaths() const {
        QStringList paths;
        for (const Document &d : store->documents())
            paths << d.path;
        return paths;
    }

    QTemporaryDir dir;
    QString folder;
    LexiconSet lexicons = LexiconSet::loadDefault();
    std::unique_ptr<ProjectStore> store;
};

} // namespace

TEST_F(ScanLimitsTest, SparseFileOfTwoGigabytesIsSkippedWithItsSize) {
    QFile big(folder + QStringLiteral("/huge.txt"));
    ASSERT_TRUE(big.open(QIODevice::WriteOnly));
    // Sparse: the size is recorded, no block is written, so the test stays cheap.
    ASSERT_TRUE(big.resize(2ll * 1024 * 1024 * 1024));
    big.close();
    GrowingFileAccess access;
    ScanPipeline::Options options;
    options.fileAccess = &access;
    const ScanSummary summary = scan(options);
    EXPECT_EQ(reasonFor(summary, QStringLiteral("huge.txt")),
              QStringLiteral("over the size cap (2 GB > 64 MB)"));
    EXPECT_EQ(summary.documentsRead, 1);
    EXPECT_EQ(documentPaths(), QStringList{QStringLiteral("a.txt")});
    // Nothing near the big file's size was ever asked of the file system.
    EXPECT_LE(access.largestRequest, 64ll * 1024 * 1024 + 1);
}

TEST_F(ScanLimitsTest, CapIsConfigurable) {
    write(QStringLiteral("b.txt"), "Gulf Notes\nMarch 10, 2026\n\n" + QByteArray(3000, 'w') + "\n");
    ScanPipeline::Options small;
    small.maxFileSize = 1024;
    const ScanSummary capped = scan(small);
    EXPECT_TRUE(
        reasonFor(capped, QStringLiteral("b.txt")).startsWith(QStringLiteral("over the size cap")))
        << reasonFor(capped, QStringLiteral("b.txt")).toStdString();
    EXPECT_EQ(documentPaths(), QStringList{QStringLiteral("a.txt")});

    ScanPipeline::Options larger;
    larger.maxFileSize = 64 * 1024;
    const ScanSummary read = scan(larger);
    EXPECT_TRUE(reasonFor(read, QStringLiteral("b.txt")).isEmpty());
    EXPECT_EQ(documentPaths(), (QStringList{QStringLiteral("a.txt"), QStringLiteral("b.txt")}));
}

TEST_F(ScanLimitsTest, FileThatGrowsPastTheCapAfterListingIsSkipped) {
    write(QStringLiteral("b.txt"), "Gulf Notes\nMarch 10, 2026\n\nShort at first.\n");
    GrowingFileAccess access;
    access.growName = QStringLiteral("/b.txt");
    access.growBy = 4096;
    ScanPipeline::Options options;
    options.maxFileSize = 2048;
    options.fileAccess = &access;
    const ScanSummary summary = scan(options);
    EXPECT_TRUE(reasonFor(summary, QStringLiteral("b.txt")).contains(QStringLiteral("grew after")))
        << reasonFor(summary, QStringLiteral("b.txt")).toStdString();
    EXPECT_EQ(documentPaths(), QStringList{QStringLiteral("a.txt")});
    // One byte over the cap is all it takes to tell.
    EXPECT_EQ(access.largestRequest, 2049);
}

TEST_F(ScanLimitsTest, SymbolicLinksLeavingTheFolderAreNotFollowed) {
    const QString outside = dir.path() + QStringLiteral("/outside");
    test::writeFile(outside + QStringLiteral("/secret.txt"),
                    "Private Notes\nMarch 1, 2026\n\nThe outside file was released on March 2.\n");
    ASSERT_TRUE(QFile::link(outside + QStringLiteral("/secret.txt"),
                            folder + QStringLiteral("/linked.txt")));
    ASSERT_TRUE(QFile::link(outside, folder + QStringLiteral("/linked-folder")));
    // A link inside the folder to a briefing inside it adds nothing.
    ASSERT_TRUE(
        QFile::link(folder + QStringLiteral("/a.txt"), folder + QStringLiteral("/same.txt")));
    const ScanSummary summary = scan();
    EXPECT_EQ(reasonFor(summary, QStringLiteral("linked.txt")),
              QStringLiteral("symbolic link to outside the folder, not followed"));
    EXPECT_EQ(reasonFor(summary, QStringLiteral("linked-folder")),
              QStringLiteral("symbolic link to outside the folder, not followed"));
    EXPECT_EQ(documentPaths(), QStringList{QStringLiteral("a.txt")});
    for (const Claim &c : store->claims())
        EXPECT_FALSE(c.quote.contains(QStringLiteral("outside file"))) << c.quote.toStdString();
}

TEST_F(ScanLimitsTest, ProjectsOwnFilesAreNeverReadWhateverTheirName) {
    // The project inside the folder under a name of the analyst's choosing,
    // with its log and a copy set aside after damage.
    QString error;
    store = ProjectStore::open(folder + QStringLiteral("/analysis.db"), &error);
    ASSERT_TRUE(store) << error.toStdString();
    write(QStringLiteral("analysis.db.damaged-20300101-101010"), "old project");
    write(QStringLiteral("analysis.db.damaged-20300101-101010-wal"), "old log");
    write(QStringLiteral("analysis.db-journal"), "journal");
    const ScanSummary summary = scan();
    EXPECT_EQ(documentPaths(), QStringList{QStringLiteral("a.txt")});
    for (const SkippedFile &s : summary.skipped)
        EXPECT_FALSE(s.path.startsWith(QStringLiteral("analysis.db"))) << s.path.toStdString();
    EXPECT_EQ(summary.filesSeen, 1);
    // A briefing whose name merely starts like the project's is read.
    write(QStringLiteral("analysis.db notes.txt"),
          "Notes\nMarch 4, 2026\n\nVelor Dynamics shipped Quill 4 on March 4.\n");
    scan();
    EXPECT_EQ(documentPaths(),
              (QStringList{QStringLiteral("a.txt"), QStringLiteral("analysis.db notes.txt")}));
}
