#include "IngestPrinters.h"
#include "TestSupport.h"

#include "ingest/FolderScanner.h"

#include <sys/stat.h>
#include <unistd.h>

using namespace cc;

namespace {

QStringList relativePaths(const std::vector<FoundFile> &files) {
    QStringList out;
    for (const FoundFile &f : files)
        out << f.relativePath;
    return out;
}

QString reasonFor(const std::vector<SkippedFile> &skipped, const QString &path) {
    for (const SkippedFile &s : skipped) {
        if (s.path == path)
            return s.reason;
    }
    return QString();
}

} // namespace

TEST(FolderScanner, ListsBriefingsSortedAndSkipsHiddenAndProjectFiles) {
    QTemporaryDir tmp;
    ASSERT_TRUE(tmp.isValid());
    const QString root = tmp.path();
    test::writeFile(root + QStringLiteral("/b.md"), "b");
    test::writeFile(root + QStringLiteral("/A.txt"), "a");
    test::writeFile(root + QStringLiteral("/sub/c.txt"), "c");
    test::writeFile(root + QStringLiteral("/sub/deeper/d.html"), "<p>d");
    test::writeFile(root + QStringLiteral("/sub-2/e.txt"), "e");
    test::writeFile(root + QStringLiteral("/sub/.hidden.txt"), "h");
    test::writeFile(root + QStringLiteral("/.hiddendir/x.txt"), "x");
    for (const char *own :
         {".crosscheck.sqlite", ".crosscheck.sqlite-wal", ".crosscheck.sqlite-shm",
          ".crosscheck.sqlite-journal", ".crosscheck.sqlite.damaged-20260427-101500",
          "sub/.crosscheck.sqlite", "~$lock.docx", "draft.txt~"})
        test::writeFile(root + u'/' + QLatin1String(own), "own");

    std::vector<SkippedFile> skipped;
    const std::vector<FoundFile> files = FolderScanner().list(root, &skipped);
    EXPECT_EQ(
        relativePaths(files),
        (QStringList{QStringLiteral("A.txt"), QStringLiteral("b.md"), QStringLiteral("sub/c.txt"),
                     QStringLiteral("sub/deeper/d.html"), QStringLiteral("sub-2/e.txt")}));
    EXPECT_TRUE(skipped.empty());
    for (const FoundFile &f : files) {
        EXPECT_TRUE(QFileInfo(f.absolutePath).isFile()) << f.absolutePath.toStdString();
        EXPECT_EQ(f.size, 1 + (f.relativePath.endsWith(QLatin1String(".html")) ? 3 : 0));
        EXPECT_TRUE(f.modified.isValid());
    }
}

TEST(FolderScanner, IgnoredNames) {
    for (const char *name :
         {".hidden", ".crosscheck.sqlite", ".crosscheck.sqlite-wal", ".crosscheck.sqlite-shm",
          ".crosscheck.sqlite-journal", ".crosscheck.sqlite.damaged-1", "~$report.docx",
          "notes.txt~", "Thumbs.db"})
        EXPECT_TRUE(FolderScanner::isIgnoredName(QLatin1String(name))) << name;
    for (const char *name : {"brief.txt", "crosscheck notes.md", "sqlite.txt", "a.b.c"})
        EXPECT_FALSE(FolderScanner::isIgnoredName(QLatin1String(name))) << name;
}

TEST(FolderScanner, SurvivesSymlinkLoopsAndNeverLeavesTheFolder) {
    QTemporaryDir tmp, outside;
    ASSERT_TRUE(tmp.isValid() && outside.isValid());
    const QString root = tmp.path();
    test::writeFile(root + QStringLiteral("/a.txt"), "a");
    test::writeFile(root + QStringLiteral("/sub/b.txt"), "b");
    test::writeFile(outside.path() + QStringLiteral("/secret.txt"), "outside");
    ASSERT_TRUE(QFile::link(root, root + QStringLiteral("/sub/loop"))); // back to the top
    ASSERT_TRUE(QFile::link(root + QStringLiteral("/sub"), root + QStringLiteral("/sub/self")));
    ASSERT_TRUE(QFile::link(root + QStringLiteral("/a.txt"), root + QStringLiteral("/alias.txt")));
    ASSERT_TRUE(QFile::link(outside.path(), root + QStringLiteral("/out")));
    ASSERT_TRUE(QFile::link(outside.path() + QStringLiteral("/secret.txt"),
                            root + QStringLiteral("/secret.txt")));
    ASSERT_TRUE(
        QFile::link(root + QStringLiteral("/nowhere"), root + QStringLiteral("/broken.txt")));

    std::vector<SkippedFile> skipped;
    const std::vector<FoundFile> files = FolderScanner().list(root, &skipped);
    // Every file once, under its own path.
    EXPECT_EQ(relativePaths(files),
              (QStringList{QStringLiteral("a.txt"), QStringLiteral("sub/b.txt")}));
    EXPECT_EQ(reasonFor(skipped, QStringLiteral("out")),
              QStringLiteral("symbolic link to outside the folder, not followed"));
    EXPECT_EQ(reasonFor(skipped, QStringLiteral("secret.txt")),
              QStringLiteral("symbolic link to outside the folder, not followed"));
    EXPECT_EQ(reasonFor(skipped, QStringLiteral("broken.txt")),
              QStringLiteral("broken symbolic link"));
    for (const FoundFile &f : files)
        EXPECT_FALSE(f.absolutePath.startsWith(outside.path()));
}

TEST(FolderScanner, ScannedFolderGivenThroughASymlink) {
    QTemporaryDir tmp, links;
    test::writeFile(tmp.path() + QStringLiteral("/real/a.txt"), "a");
    ASSERT_TRUE(
        QFile::link(tmp.path() + QStringLiteral("/real"), links.path() + QStringLiteral("/view")));
    const std::vector<FoundFile> files =
        FolderScanner().list(links.path() + QStringLiteral("/view"), nullptr);
    EXPECT_EQ(relativePaths(files), QStringList{QStringLiteral("a.txt")});
}

TEST(FolderScanner, ReportsFilesOverTheSizeCapWithTheirSize) {
    QTemporaryDir tmp;
    test::writeFile(tmp.path() + QStringLiteral("/small.txt"), QByteArray(100, 'a'));
    test::writeFile(tmp.path() + QStringLiteral("/big.txt"), QByteArray(3 * 1024 + 512, 'b'));
    FolderScanner::Options options;
    options.maxFileSize = 2048;
    std::vector<SkippedFile> skipped;
    const std::vector<FoundFile> files = FolderScanner(options).list(tmp.path(), &skipped);
    EXPECT_EQ(relativePaths(files), QStringList{QStringLiteral("small.txt")});
    EXPECT_EQ(reasonFor(skipped, QStringLiteral("big.txt")),
              QStringLiteral("over the size cap (3.5 KB > 2 KB)"));
}

TEST(FolderScanner, ReportsSpecialFiles) {
    QTemporaryDir tmp;
    test::writeFile(tmp.path() + QStringLiteral("/a.txt"), "a");
    const QByteArray fifo = QFile::encodeName(tmp.path() + QStringLiteral("/pipe"));
    ASSERT_EQ(::mkfifo(fifo.constData(), 0600), 0);
    std::vector<SkippedFile> skipped;
    const std::vector<FoundFile> files = FolderScanner().list(tmp.path(), &skipped);
    EXPECT_EQ(relativePaths(files), QStringList{QStringLiteral("a.txt")});
    EXPECT_TRUE(
        reasonFor(skipped, QStringLiteral("pipe")).startsWith(QLatin1String("not a regular file")));
}

TEST(FolderScanner, UnreadableFolderIsReportedNotFatal) {
    if (::geteuid() == 0)
        GTEST_SKIP() << "running as root: permissions do not stop reading (the FileAccess seam "
                        "covers files)";
    QTemporaryDir tmp;
    test::writeFile(tmp.path() + QStringLiteral("/a.txt"), "a");
    test::writeFile(tmp.path() + QStringLiteral("/locked/b.txt"), "b");
    QFile::setPermissions(tmp.path() + QStringLiteral("/locked"), QFileDevice::Permissions());
    std::vector<SkippedFile> skipped;
    const std::vector<FoundFile> files = FolderScanner().list(tmp.path(), &skipped);
    QFile::setPermissions(tmp.path() + QStringLiteral("/locked"),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    EXPECT_EQ(relativePaths(files), QStringList{QStringLiteral("a.txt")});
    EXPECT_EQ(reasonFor(skipped, QStringLiteral("locked/")),
              QStringLiteral("unreadable folder: permission denied"));
}

TEST(FolderScanner, MissingFolder) {
    std::vector<SkippedFile> skipped;
    EXPECT_TRUE(FolderScanner().list(QStringLiteral("/nonexistent/folder/xyz"), &skipped).empty());
    ASSERT_EQ(skipped.size(), 1u);
    EXPECT_EQ(skipped[0].reason, QStringLiteral("not a folder"));
}
