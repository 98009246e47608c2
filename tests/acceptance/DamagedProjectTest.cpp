// Damaged project files through the command line: a truncated, overwritten or
// internally damaged .crosscheck.sqlite, one from a newer version and one
// that cannot be written are refused with a clear message and never
// overwritten; `scan --rebuild` sets a damaged one aside
// (<name>.damaged-YYYYMMDD-HHMMSS, never deleted), rescans into a fresh file
// and carries over the reviews that can still be read. The scan never reads
// its own files, whatever they are called.

#include "CliRunner.h"
#include "RawSqlite.h"
#include "TestSupport.h"

#include "lexicon/LexiconSet.h"
#include "pipeline/ScanPipeline.h"
#include "store/ProjectRecovery.h"
#include "store/ProjectStore.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <sqlite3.h>

namespace {

using cc::test::execRaw;
using cc::test::pagesOf;
using cc::test::parseJson;
using cc::test::readFile;
using cc::test::runCrosscheck;
using cc::test::writeFile;

// The last page of a table or index (dbstat), to know what a cut keeps.
qint64 lastPageOf(const QString &path, const char *name) {
    qint64 last = -1;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) ==
        SQLITE_OK) {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, "SELECT max(pageno) FROM dbstat WHERE name = ?1", -1, &stmt,
                               nullptr) == SQLITE_OK) {
            sqlite3_bind_text(stmt, 1, name, -1, SQLITE_STATIC);
            if (sqlite3_step(stmt) == SQLITE_ROW)
                last = sqlite3_column_int64(stmt, 0);
        }
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return last;
}

// Copies set aside in dir (not their -wal/-shm companions).
QStringList damagedCopies(const QString &dir) {
    static const QRegularExpression copy(QStringLiteral("\\.damaged-\\d{8}-\\d{6}(-\\d+)?$"));
    QStringList copies;
    for (const QString &name : QDir(dir).entryList({QStringLiteral("*.damaged-*")},
                                                   QDir::Files | QDir::Hidden, QDir::Name)) {
        if (copy.match(name).hasMatch())
            copies << name;
    }
    return copies;
}

class DamagedProjectTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        m_folder = m_dir.path() + QStringLiteral("/briefings");
        brief(QStringLiteral("a.txt"), "Harbor Daily\nMonday, March 9, 2026\n\n"
                                       "Velor Dynamics released Quill 4 on March 3, the company "
                                       "said.\n");
        brief(QStringLiteral("b.txt"), "Gulf Tech Notes\nTuesday, March 10, 2026\n\n"
                                       "Velor Dynamics launched Quill 4 on March 5, according to "
                                       "two retailers.\n");
        brief(QStringLiteral("c.md"), "# Coastal Wire\n\nWednesday, March 11, 2026\n\n"
                                      "Weather delayed shipping along the coast for a second "
                                      "day.\n");
        m_project = m_folder + QStringLiteral("/.crosscheck.sqlite");
    }
    void brief(const QString &name, const QByteArray &text) {
        writeFile(m_folder + QLatin1Char('/') + name, text);
    }

    // A first scan and the analyst's reviews: one on a detected conflict when
    // there is one, and one whose conflict is gone.
    void scanAndReview(const QString &project) {
        const auto scan = runCrosscheck(withProject({QStringLiteral("scan"), m_folder}, project));
        ASSERT_EQ(scan.exitCode, 0) << scan.err.toStdString();
        QString error;
        auto store = cc::ProjectStore::open(project, &error);
        ASSERT_TRUE(store) << error.toStdString();
        const std::vector<cc::Conflict> conflicts = store->conflicts();
        if (!conflicts.empty()) {
            cc::Review r;
            r.conflictId = conflicts.front().id;
            r.status = cc::ReviewStatus::Resolved;
            r.chosenSide = 1;
            r.note = QStringLiteral("the retailer count is better sourced");
            ASSERT_TRUE(store->saveReview(r, &error)) << error.toStdString();
        }
        cc::Review orphan;
        orphan.conflictId = QStringLiteral("number-from-an-older-scan");
        orphan.status = cc::ReviewStatus::Dismissed;
        orphan.summary = QStringLiteral("Velor Dynamics: funding — number conflict");
        ASSERT_TRUE(store->saveReview(orphan, &error)) << error.toStdString();
        m_reviews = store->reviews();
    }

    QStringList withProject(QStringList args, const QString &project) const {
        if (project != m_project)
            args << QStringLiteral("--project") << project;
        return args;
    }

    // Every command refuses, says why and where, and leaves the bytes alone.
    void expectRefused(const QString &project, const QByteArray &expect,
                       bool projectReportToo = true) {
        const QByteArray before = readFile(project);
        std::vector<QStringList> commands = {
            withProject({QStringLiteral("scan"), m_folder}, project),
            withProject({QStringLiteral("conflicts"), m_folder}, project),
            withProject({QStringLiteral("claims"), m_folder}, project),
            {QStringLiteral("claims"), QStringLiteral("--project"), project},
        };
        if (projectReportToo)
            commands.push_back({QStringLiteral("conflicts"), QStringLiteral("--project"), project});
        for (const QStringList &args : commands) {
            SCOPED_TRACE(args.join(QLatin1Char(' ')).toStdString());
            const auto r = runCrosscheck(args);
            EXPECT_EQ(r.exitCode, 1);
            EXPECT_TRUE(r.out.isEmpty()) << r.out.left(300).toStdString();
            EXPECT_TRUE(r.err.contains(expect)) << r.err.toStdString();
            EXPECT_TRUE(r.err.contains(QDir::toNativeSeparators(project).toUtf8()))
                << r.err.toStdString();
            EXPECT_EQ(readFile(project), before);
        }
        EXPECT_TRUE(damagedCopies(QFileInfo(project).absolutePath()).isEmpty());
    }

    // scan --rebuild sets the file aside byte for byte and rebuilds the project.
    QString expectRebuilt(const QString &project, const QByteArray &damagedBytes) {
        const auto r = runCrosscheck(
            withProject({QStringLiteral("scan"), m_folder, QStringLiteral("--rebuild")}, project));
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains("moved it aside to")) << r.err.toStdString();
        EXPECT_TRUE(r.out.contains("Documents: 3 (3 read")) << r.out.toStdString();
        const QStringList copies = damagedCopies(QFileInfo(project).absolutePath());
        EXPECT_EQ(copies.size(), 1) << copies.join(QLatin1Char(' ')).toStdString();
        if (copies.size() != 1)
            return {};
        const QString aside = QFileInfo(project).absolutePath() + QLatin1Char('/') + copies[0];
        EXPECT_TRUE(QRegularExpression(QRegularExpression::escape(QFileInfo(project).fileName()) +
                                       QStringLiteral("\\.damaged-\\d{8}-\\d{6}$"))
                        .match(aside)
                        .hasMatch())
            << aside.toStdString();
        EXPECT_TRUE(r.err.contains(QDir::toNativeSeparators(aside).toUtf8()))
            << r.err.toStdString();
        EXPECT_EQ(readFile(aside), damagedBytes);
        QString error;
        auto store = cc::ProjectStore::open(project, &error);
        EXPECT_TRUE(store) << error.toStdString();
        if (store) {
            QString problem;
            EXPECT_TRUE(store->check(&problem, cc::ProjectStore::CheckDepth::Full))
                << problem.toStdString();
            EXPECT_EQ(store->documents().size(), 3u);
        }
        return aside;
    }

    std::vector<cc::Review> reviewsIn(const QString &project) {
        QString error;
        auto store = cc::ProjectStore::open(project, &error);
        EXPECT_TRUE(store) << error.toStdString();
        return store ? store->reviews() : std::vector<cc::Review>{};
    }

    void expectReviewsCarried(const QString &project) {
        const std::vector<cc::Review> now = reviewsIn(project);
        ASSERT_EQ(now.size(), m_reviews.size());
        for (size_t i = 0; i < now.size(); ++i) {
            EXPECT_EQ(now[i].conflictId, m_reviews[i].conflictId);
            EXPECT_EQ(now[i].status, m_reviews[i].status);
            EXPECT_EQ(now[i].chosenSide, m_reviews[i].chosenSide);
            EXPECT_EQ(now[i].note, m_reviews[i].note);
            EXPECT_EQ(now[i].summary, m_reviews[i].summary);
        }
    }

    QTemporaryDir m_dir;
    QString m_folder;
    QString m_project;
    std::vector<cc::Review> m_reviews;
};

TEST_F(DamagedProjectTest, TruncatedProjectIsRefusedThenRebuiltKeepingItsReviews) {
    scanAndReview(m_project);
    const QByteArray whole = readFile(m_project);
    // Cut inside a page after the reviews' last page, so they can be carried over.
    const qsizetype cut =
        std::max<qsizetype>(whole.size() / 2, lastPageOf(m_project, "reviews") * 4096 + 2048);
    ASSERT_LT(cut, whole.size() - 4096);
    writeFile(m_project, whole.left(cut));
    expectRefused(m_project, "is damaged (cut short");
    const QString aside = expectRebuilt(m_project, whole.left(cut));
    expectReviewsCarried(m_project);

    // The copy set aside is never read as a briefing, and stays.
    const auto again = runCrosscheck({QStringLiteral("scan"), m_folder});
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_TRUE(again.out.contains("Documents: 3 (0 read, 3 unchanged")) << again.out.toStdString();
    EXPECT_FALSE(again.out.contains("damaged")) << again.out.toStdString();
    EXPECT_TRUE(QFile::exists(aside));
}

TEST_F(DamagedProjectTest, ProjectCutToAFewBytesIsRebuiltAndTheLossReported) {
    scanAndReview(m_project);
    const QByteArray stub = readFile(m_project).left(40);
    writeFile(m_project, stub);
    expectRefused(m_project, "is damaged (cut short)");
    expectRebuilt(m_project, stub);
    const auto r = runCrosscheck({QStringLiteral("conflicts"), m_folder});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(reviewsIn(m_project).empty());
}

TEST_F(DamagedProjectTest, OverwrittenProjectInsideTheFolderUnderItsOwnName) {
    // A project kept inside the folder under a name the folder scanner does not know.
    const QString project = m_folder + QStringLiteral("/analysis.sqlite");
    scanAndReview(project);
    QByteArray garbage = readFile(project);
    for (qsizetype i = 0; i < garbage.size(); ++i)
        garbage[i] = static_cast<char>((i * 131 + 17) % 251);
    writeFile(project, garbage);
    expectRefused(project,
                  "is not a Crosscheck project (not an SQLite database); it was not changed");

    const auto r = runCrosscheck({QStringLiteral("scan"), m_folder, QStringLiteral("--project"),
                                  project, QStringLiteral("--rebuild")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains("carried over 0 review(s)")) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains("could not carry over reviews: could not be read"))
        << r.err.toStdString();
    const QStringList copies = damagedCopies(m_folder);
    ASSERT_EQ(copies.size(), 1);
    EXPECT_EQ(readFile(m_folder + QLatin1Char('/') + copies[0]), garbage);
    // Neither the project, its -wal/-shm nor the copy set aside is a briefing.
    EXPECT_TRUE(r.out.contains("Documents: 3 (3 read")) << r.out.toStdString();
    EXPECT_FALSE(r.out.contains("analysis.sqlite")) << r.out.toStdString();
    const auto claims =
        runCrosscheck({QStringLiteral("claims"), m_folder, QStringLiteral("--project"), project});
    ASSERT_EQ(claims.exitCode, 0) << claims.err.toStdString();
    for (const QJsonValue &d :
         parseJson(claims.out).object().value(QLatin1String("documents")).toArray())
        EXPECT_FALSE(
            d.toObject().value(QLatin1String("path")).toString().contains(QLatin1String("sqlite")));
    EXPECT_FALSE(claims.err.contains("analysis.sqlite")) << claims.err.toStdString();
}

TEST_F(DamagedProjectTest, DamageInsideIsFoundOnUseAndRebuiltWithEveryReview) {
    scanAndReview(m_project);
    ASSERT_EQ(readFile(m_project).size() % 4096, 0);
    // Pages of the claims table: the header, schema and reviews are sound, so
    // the project opens, and the damage is met by the first read of a claim.
    QByteArray bytes = readFile(m_project);
    const std::vector<qint64> pages = pagesOf(m_project, "claims");
    ASSERT_FALSE(pages.empty());
    for (qint64 page : pages)
        bytes.replace((page - 1) * 4096, 4096, QByteArray(4096, '\xA5'));
    writeFile(m_project, bytes);
    expectRefused(m_project, "is damaged", false);
    // A conflicts report from the project alone reads no claim, and every page
    // it reads is checked as it is read: it is given, from sound pages only.
    const auto report =
        runCrosscheck({QStringLiteral("conflicts"), QStringLiteral("--project"), m_project});
    EXPECT_EQ(report.exitCode, 0) << report.err.toStdString();
    EXPECT_EQ(parseJson(report.out).object().value(QLatin1String("documents")).toArray().size(), 3);
    EXPECT_EQ(readFile(m_project), bytes);
    expectRebuilt(m_project, bytes);
    expectReviewsCarried(m_project);
}

TEST_F(DamagedProjectTest, ProjectFromANewerVersionIsNeverTouched) {
    scanAndReview(m_project);
    execRaw(m_project, "PRAGMA user_version = 9");
    expectRefused(m_project, "was written by a newer Crosscheck (schema 9");
    const QByteArray before = readFile(m_project);
    const auto r = runCrosscheck({QStringLiteral("scan"), m_folder, QStringLiteral("--rebuild")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("newer Crosscheck")) << r.err.toStdString();
    EXPECT_EQ(readFile(m_project), before);
    EXPECT_TRUE(damagedCopies(m_folder).isEmpty());
}

TEST_F(DamagedProjectTest, AnotherProgramsDatabaseIsNeverTouched) {
    const QString project = m_dir.path() + QStringLiteral("/recipes.sqlite");
    execRaw(project, "CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('soup');");
    expectRefused(project, "an SQLite database of another program");
    const QByteArray before = readFile(project);
    const auto r = runCrosscheck({QStringLiteral("scan"), m_folder, QStringLiteral("--project"),
                                  project, QStringLiteral("--rebuild")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(readFile(project), before);
    EXPECT_TRUE(damagedCopies(m_dir.path()).isEmpty());
}

// CI runs as root, so chmod proves nothing: the store's read-only seam stands
// for a file the process cannot write.
TEST_F(DamagedProjectTest, ProjectThatCannotBeWrittenIsNeverChanged) {
    scanAndReview(m_project);
    brief(QStringLiteral("d.txt"), "Late Wire\nMarch 12, 2026\n\nPorts reopened on March 12.\n");
    const QByteArray before = readFile(m_project);
    QString error;
    auto store = cc::ProjectStore::open(m_project, &error, {.readOnly = true});
    ASSERT_TRUE(store) << error.toStdString();
    const cc::LexiconSet lexicons = cc::LexiconSet::loadDefault();
    cc::ScanPipeline pipeline(*store, lexicons);
    cc::ScanSummary summary;
    EXPECT_FALSE(pipeline.run(m_folder, {}, &summary, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("is read-only; nothing was changed")))
        << error.toStdString();
    EXPECT_TRUE(error.contains(QDir::toNativeSeparators(m_project))) << error.toStdString();
    cc::ScanPipeline::Options rebuild;
    rebuild.rebuild = true;
    EXPECT_FALSE(pipeline.run(m_folder, rebuild, &summary, &error));
    EXPECT_EQ(store->documents().size(), 3u);
    store.reset();
    EXPECT_EQ(readFile(m_project), before);

    // Damaged as well: a rebuild may not move it either.
    writeFile(m_project, before.left(before.size() / 2));
    const QByteArray cut = readFile(m_project);
    cc::RecoveryReport report;
    EXPECT_FALSE(
        cc::ProjectRecovery::openForRebuild(m_project, &error, &report, {.readOnly = true}));
    EXPECT_TRUE(error.contains(QStringLiteral("read-only"))) << error.toStdString();
    EXPECT_FALSE(report.setAside);
    EXPECT_EQ(readFile(m_project), cut);
    EXPECT_TRUE(damagedCopies(m_folder).isEmpty());
}

} // namespace
