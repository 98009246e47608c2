// The command-line contract of DESIGN.md, exercised on the real binary.
#include "CliRunner.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using cc::test::parseJson;
using cc::test::runCrosscheck;

TEST(CommandLine, HelpAndVersionSucceed) {
    const auto help = runCrosscheck({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains("crosscheck conflicts"));
    const auto version = runCrosscheck({QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.startsWith("crosscheck "));
}

TEST(CommandLine, UsageErrorsExitTwo) {
    // A bare word is a FOLDER for the GUI; an unknown option is a usage error.
    EXPECT_EQ(runCrosscheck({QStringLiteral("--frobnicate")}).exitCode, 2);
    EXPECT_EQ(runCrosscheck({QStringLiteral("scan")}).exitCode, 2);
    EXPECT_EQ(runCrosscheck({QStringLiteral("conflicts")}).exitCode, 2);
    EXPECT_EQ(runCrosscheck({QStringLiteral("scan"), QStringLiteral("--bogus")}).exitCode, 2);
    QTemporaryDir dir;
    EXPECT_EQ(runCrosscheck({QStringLiteral("conflicts"), dir.path(), QStringLiteral("--format"),
                             QStringLiteral("docx")})
                  .exitCode,
              2);
}

TEST(CommandLine, RuntimeFailuresExitOneWithMessage) {
    QTemporaryDir dir;
    const auto missing = runCrosscheck({QStringLiteral("scan"), dir.path() + QStringLiteral("/nope")});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_FALSE(missing.err.isEmpty());
    const auto noProject = runCrosscheck({QStringLiteral("conflicts"), QStringLiteral("--project"),
                                          dir.path() + QStringLiteral("/absent.sqlite")});
    EXPECT_EQ(noProject.exitCode, 1);
    EXPECT_TRUE(noProject.err.contains("no project file"));
}

TEST(CommandLine, BrokenFilesAreNamedAndTheRestIsRead) {
    QTemporaryDir dir;
    const QString folder = dir.path() + QStringLiteral("/folder");
    cc::test::writeFile(folder + QStringLiteral("/good.txt"),
                        "Daily Brief\nMonday, March 2, 2026\n\nThe port reopened on March 1.\n");
    cc::test::writeFile(folder + QStringLiteral("/empty.txt"), QByteArray());
    QByteArray binary(4096, '\0');
    for (int i = 0; i < binary.size(); ++i)
        binary[i] = static_cast<char>((i * 37) % 256);
    cc::test::writeFile(folder + QStringLiteral("/blob.txt"), binary);
    cc::test::writeFile(folder + QStringLiteral("/.hidden.txt"), "never read");

    const QString project = dir.path() + QStringLiteral("/p.sqlite");
    const auto scan = runCrosscheck({QStringLiteral("scan"), folder, QStringLiteral("--project"), project});
    ASSERT_EQ(scan.exitCode, 0) << scan.err.toStdString();
    EXPECT_TRUE(scan.out.contains("good.txt"));
    EXPECT_TRUE(scan.out.contains("2026-03-02"));
    EXPECT_TRUE(scan.out.contains("empty.txt:")) << scan.out.toStdString();
    EXPECT_TRUE(scan.out.contains("blob.txt:")) << scan.out.toStdString();
    EXPECT_FALSE(scan.out.contains(".hidden.txt"));

    const auto report = runCrosscheck({QStringLiteral("conflicts"), QStringLiteral("--project"), project});
    ASSERT_EQ(report.exitCode, 0) << report.err.toStdString();
    const QJsonObject root = parseJson(report.out).object();
    EXPECT_EQ(root.value(QLatin1String("schema")).toString(), QStringLiteral("crosscheck.conflicts/1"));
    ASSERT_EQ(root.value(QLatin1String("documents")).toArray().size(), 1);
}

TEST(CommandLine, RescanReadsOnlyWhatChanged) {
    QTemporaryDir dir;
    const QString folder = dir.path() + QStringLiteral("/folder");
    cc::test::writeFile(folder + QStringLiteral("/a.txt"), "Brief A\nMarch 2, 2026\n\nThe bridge opened on March 1.\n");
    cc::test::writeFile(folder + QStringLiteral("/b.txt"), "Brief B\nMarch 3, 2026\n\nThe tunnel opened on March 2.\n");
    const QString project = dir.path() + QStringLiteral("/p.sqlite");
    const QStringList args{QStringLiteral("scan"), folder, QStringLiteral("--project"), project};
    ASSERT_EQ(runCrosscheck(args).exitCode, 0);
    const auto again = runCrosscheck(args);
    ASSERT_EQ(again.exitCode, 0);
    EXPECT_TRUE(again.out.contains("0 read, 2 unchanged")) << again.out.toStdString();

    cc::test::writeFile(folder + QStringLiteral("/b.txt"), "Brief B\nMarch 3, 2026\n\nThe tunnel opened on March 3.\n");
    QFile::remove(folder + QStringLiteral("/a.txt"));
    const auto third = runCrosscheck(args);
    ASSERT_EQ(third.exitCode, 0);
    EXPECT_TRUE(third.out.contains("1 read, 0 unchanged, 1 removed")) << third.out.toStdString();
}

TEST(CommandLine, ReportsAreDeterministic) {
    QTemporaryDir dir;
    const QString project = dir.path() + QStringLiteral("/p.sqlite");
    const QString samples = cc::test::sourceDir() + QStringLiteral("/resources/samples/briefings");
    const QStringList args{QStringLiteral("conflicts"), samples, QStringLiteral("--project"), project};
    const auto first = runCrosscheck(args);
    const auto second = runCrosscheck(args);
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    ASSERT_EQ(second.exitCode, 0);
    EXPECT_EQ(first.out, second.out);
    QTemporaryDir other;
    const auto fresh = runCrosscheck({QStringLiteral("conflicts"), samples, QStringLiteral("--project"),
                                      other.path() + QStringLiteral("/q.sqlite")});
    EXPECT_EQ(first.out, fresh.out);
}

TEST(CommandLine, TagHarnessAnswersEveryLine) {
    const QByteArray input = "{\"id\": \"x\", \"input\": \"It shipped on April 25, 2026.\", "
                             "\"reference\": \"2026-04-27T00:00:00\"}\nplain text line\n\n";
    const auto r = runCrosscheck({QStringLiteral("tag"), QStringLiteral("--reference"),
                                  QStringLiteral("2026-05-01")},
                                 input);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    ASSERT_EQ(lines.size(), 3);
    const QJsonObject first = parseJson(lines[0]).object();
    EXPECT_EQ(first.value(QLatin1String("input")).toString(),
              QStringLiteral("It shipped on April 25, 2026."));
    EXPECT_TRUE(first.value(QLatin1String("mentions")).isArray());
}
