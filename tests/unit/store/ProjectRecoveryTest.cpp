// A damaged project file is set aside (never deleted, never overwritten) and
// the analyst's work that can still be read is carried into a fresh file;
// what cannot be read is reported. Files that are not damaged but not ours to
// replace (newer version, another program's database, read-only) are refused.

#include "RawSqlite.h"
#include "StoreTestData.h"
#include "TestSupport.h"

#include "store/ProjectRecovery.h"
#include "store/ProjectStore.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <sqlite3.h>

namespace cc {
namespace {

using test::damagePages;
using test::execRaw;
using test::pagesOf;
using test::put;
using test::readFile;
using test::richDocument;
using test::writeFile;

class ProjectRecoveryTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral(".crosscheck.sqlite"));
    }

    // A closed project with documents, a conflict, two reviews (one orphan),
    // an alias and a rejected claim.
    void makeProject() {
        QString error;
        auto store = ProjectStore::open(m_path, &error);
        ASSERT_TRUE(store) << error.toStdString();
        ASSERT_TRUE(put(*store, richDocument(QStringLiteral("a.md"), true)));
        ASSERT_TRUE(put(*store, richDocument(QStringLiteral("b.md"), false)));
        const Conflict c =
            test::releaseConflict({{QStringLiteral("2026-04-25"), QStringLiteral("one")},
                                   {QStringLiteral("2026-04-24"), QStringLiteral("two")}});
        ASSERT_TRUE(store->replaceConflicts({c}, &error));
        Review r;
        r.conflictId = c.id;
        r.status = ReviewStatus::Resolved;
        r.chosenSide = 1;
        r.note = QStringLiteral("the later briefing corrects the earlier one");
        ASSERT_TRUE(store->saveReview(r, &error)) << error.toStdString();
        Review orphan;
        orphan.conflictId = QStringLiteral("number-gone");
        orphan.status = ReviewStatus::Dismissed;
        orphan.summary = QStringLiteral("Acme: funding — number conflict");
        ASSERT_TRUE(store->saveReview(orphan, &error)) << error.toStdString();
        ASSERT_TRUE(store->setAlias({QStringLiteral("Acme"), QStringLiteral("Acme Corp")}, &error));
        ASSERT_TRUE(store->setClaimRejected(store->claims().front(), true, &error));
        m_reviews = store->reviews();
        m_rejected = store->rejectedClaimKeys();
        ASSERT_EQ(m_reviews.size(), 2u);
    }

    void expectReviewsCarried(ProjectStore &store) {
        const std::vector<Review> now = store.reviews();
        ASSERT_EQ(now.size(), m_reviews.size());
        for (size_t i = 0; i < now.size(); ++i) {
            EXPECT_EQ(now[i].conflictId, m_reviews[i].conflictId);
            EXPECT_EQ(now[i].status, m_reviews[i].status);
            EXPECT_EQ(now[i].chosenSide, m_reviews[i].chosenSide);
            EXPECT_EQ(now[i].note, m_reviews[i].note);
            EXPECT_EQ(now[i].sidesFingerprint, m_reviews[i].sidesFingerprint);
            EXPECT_EQ(now[i].summary, m_reviews[i].summary);
            EXPECT_EQ(now[i].updated, m_reviews[i].updated);
        }
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::vector<Review> m_reviews;
    QStringList m_rejected;
};

TEST_F(ProjectRecoveryTest, AsideNameCarriesTheTimeAndNeverReusesAName) {
    const QDateTime when(QDate(2031, 2, 3), QTime(4, 5, 6));
    const QString first = ProjectRecovery::asidePathFor(m_path, when);
    EXPECT_EQ(first, m_path + QStringLiteral(".damaged-20310203-040506"));
    writeFile(first, "taken");
    const QString second = ProjectRecovery::asidePathFor(m_path, when);
    EXPECT_EQ(second, first + QStringLiteral("-2"));
    // A companion alone also takes the name.
    writeFile(second + QStringLiteral("-wal"), "taken");
    EXPECT_EQ(ProjectRecovery::asidePathFor(m_path, when), first + QStringLiteral("-3"));
}

TEST_F(ProjectRecoveryTest, SetAsideMovesTheFileWithItsCompanions) {
    writeFile(m_path, "main");
    writeFile(m_path + QStringLiteral("-wal"), "log");
    writeFile(m_path + QStringLiteral("-shm"), "index");
    QString aside, error;
    ASSERT_TRUE(ProjectRecovery::setAside(m_path, &aside, &error)) << error.toStdString();
    EXPECT_TRUE(
        QRegularExpression(QStringLiteral("\\.crosscheck\\.sqlite\\.damaged-\\d{8}-\\d{6}$"))
            .match(aside)
            .hasMatch())
        << aside.toStdString();
    EXPECT_FALSE(QFile::exists(m_path));
    EXPECT_FALSE(QFile::exists(m_path + QStringLiteral("-wal")));
    EXPECT_FALSE(QFile::exists(m_path + QStringLiteral("-shm")));
    EXPECT_EQ(readFile(aside), QByteArray("main"));
    EXPECT_EQ(readFile(aside + QStringLiteral("-wal")), QByteArray("log"));
    EXPECT_EQ(readFile(aside + QStringLiteral("-shm")), QByteArray("index"));
}

TEST_F(ProjectRecoveryTest, SetAsideOfAMissingFileFailsAndSaysSo) {
    QString aside, error;
    EXPECT_FALSE(ProjectRecovery::setAside(m_path, &aside, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("could not move"))) << error.toStdString();
    EXPECT_TRUE(aside.isEmpty());
}

TEST_F(ProjectRecoveryTest, SalvageReadsEverythingFromASoundFile) {
    makeProject();
    const SalvagedProject s = ProjectRecovery::salvage(m_path);
    EXPECT_TRUE(s.problems.isEmpty()) << s.problems.join(QStringLiteral("\n")).toStdString();
    EXPECT_EQ(s.reviews.size(), 2u);
    ASSERT_EQ(s.aliases.size(), 1u);
    EXPECT_EQ(s.aliases[0].canonical, QStringLiteral("Acme Corp"));
    EXPECT_EQ(s.rejectedClaimKeys, m_rejected);
}

TEST_F(ProjectRecoveryTest, SalvageReadsReviewsStillInTheWriteAheadLog) {
    makeProject();
    // A second connection keeps the log from being checkpointed into the file
    // when the writer closes (as a crash would leave it).
    sqlite3 *reader = nullptr;
    ASSERT_EQ(sqlite3_open(QFile::encodeName(m_path).constData(), &reader), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(reader, "SELECT count(*) FROM reviews", nullptr, nullptr, nullptr),
              SQLITE_OK);
    {
        QString error;
        auto store = ProjectStore::open(m_path, &error);
        ASSERT_TRUE(store);
        Review late;
        late.conflictId = QStringLiteral("date-late");
        late.note = QStringLiteral("only in the log");
        ASSERT_TRUE(store->saveReview(late, &error));
    }
    ASSERT_GT(QFileInfo(m_path + QStringLiteral("-wal")).size(), 0);
    QString aside, error;
    ASSERT_TRUE(ProjectRecovery::setAside(m_path, &aside, &error)) << error.toStdString();
    const SalvagedProject s = ProjectRecovery::salvage(aside);
    sqlite3_close(reader);
    EXPECT_EQ(s.reviews.size(), 3u) << s.problems.join(QStringLiteral("\n")).toStdString();
}

TEST_F(ProjectRecoveryTest, SalvageOfGarbageReportsEveryTable) {
    writeFile(m_path, QByteArray(10000, 'x'));
    const QByteArray before = readFile(m_path);
    const SalvagedProject s = ProjectRecovery::salvage(m_path);
    EXPECT_TRUE(s.reviews.empty());
    ASSERT_EQ(s.problems.size(), 3);
    EXPECT_TRUE(s.problems[0].startsWith(QStringLiteral("reviews: could not be read")))
        << s.problems[0].toStdString();
    EXPECT_EQ(readFile(m_path), before);
}

TEST_F(ProjectRecoveryTest, RebuildOfASoundProjectKeepsIt) {
    makeProject();
    QString error;
    RecoveryReport report;
    auto store = ProjectRecovery::openForRebuild(m_path, &error, &report);
    ASSERT_TRUE(store) << error.toStdString();
    EXPECT_FALSE(report.setAside);
    EXPECT_EQ(store->documents().size(), 2u);
    expectReviewsCarried(*store);
    EXPECT_EQ(
        QDir(m_dir.path()).entryList({QStringLiteral("*.damaged-*")}, QDir::Hidden | QDir::Files),
        QStringList());
}

TEST_F(ProjectRecoveryTest, RebuildOfDamagedDerivedTablesCarriesEverythingOver) {
    makeProject();
    damagePages(m_path, pagesOf(m_path, "claims"));
    const QByteArray damaged = readFile(m_path);
    QString error;
    RecoveryReport report;
    auto store = ProjectRecovery::openForRebuild(m_path, &error, &report);
    ASSERT_TRUE(store) << error.toStdString();
    EXPECT_TRUE(report.setAside);
    EXPECT_TRUE(report.damage.contains(QStringLiteral("is damaged")))
        << report.damage.toStdString();
    EXPECT_EQ(readFile(report.asidePath), damaged);
    EXPECT_TRUE(report.problems.isEmpty())
        << report.problems.join(QStringLiteral("\n")).toStdString();
    EXPECT_EQ(report.reviews, 2);
    EXPECT_EQ(report.aliases, 1);
    EXPECT_EQ(report.rejectedClaims, 1);
    // The new file is empty of documents (the scan refills it) but holds the analyst's work.
    EXPECT_TRUE(store->documents().empty());
    expectReviewsCarried(*store);
    EXPECT_EQ(store->rejectedClaimKeys(), m_rejected);
    ASSERT_EQ(store->aliases().size(), 1u);
    QString problem;
    EXPECT_TRUE(store->check(&problem, ProjectStore::CheckDepth::Full)) << problem.toStdString();
}

TEST_F(ProjectRecoveryTest, RebuildOfAFileCutShortKeepsWhatCanBeRead) {
    makeProject();
    const QByteArray whole = readFile(m_path);
    writeFile(m_path, whole.left(60));
    QString error;
    RecoveryReport report;
    auto store = ProjectRecovery::openForRebuild(m_path, &error, &report);
    ASSERT_TRUE(store) << error.toStdString();
    EXPECT_TRUE(report.setAside);
    EXPECT_TRUE(report.damage.contains(QStringLiteral("cut short"))) << report.damage.toStdString();
    EXPECT_EQ(readFile(report.asidePath), whole.left(60));
    EXPECT_EQ(report.reviews, 0);
    EXPECT_EQ(report.problems.size(), 3)
        << report.problems.join(QStringLiteral("\n")).toStdString();
    EXPECT_TRUE(store->reviews().empty());
}

TEST_F(ProjectRecoveryTest, RebuildOfAnOverwrittenFileSetsItAside) {
    const QByteArray garbage(20000, '\x07');
    writeFile(m_path, garbage);
    QString error;
    RecoveryReport report;
    auto store = ProjectRecovery::openForRebuild(m_path, &error, &report);
    ASSERT_TRUE(store) << error.toStdString();
    EXPECT_TRUE(report.setAside);
    EXPECT_TRUE(report.damage.contains(QStringLiteral("not an SQLite database")))
        << report.damage.toStdString();
    EXPECT_EQ(readFile(report.asidePath), garbage);
}

TEST_F(ProjectRecoveryTest, RebuildNeverMovesWhatIsNotDamaged) {
    makeProject();
    execRaw(m_path, "PRAGMA user_version = 42");
    const QByteArray newer = readFile(m_path);
    QString error;
    RecoveryReport report;
    EXPECT_FALSE(ProjectRecovery::openForRebuild(m_path, &error, &report));
    EXPECT_TRUE(error.contains(QStringLiteral("newer Crosscheck"))) << error.toStdString();
    EXPECT_FALSE(report.setAside);
    EXPECT_EQ(readFile(m_path), newer);

    QFile::remove(m_path);
    execRaw(m_path, "CREATE TABLE recipes (name TEXT)");
    const QByteArray foreign = readFile(m_path);
    EXPECT_FALSE(ProjectRecovery::openForRebuild(m_path, &error, &report));
    EXPECT_TRUE(error.contains(QStringLiteral("another program"))) << error.toStdString();
    EXPECT_EQ(readFile(m_path), foreign);
    EXPECT_EQ(
        QDir(m_dir.path()).entryList({QStringLiteral("*.damaged-*")}, QDir::Hidden | QDir::Files),
        QStringList());
}

TEST_F(ProjectRecoveryTest, ReadOnlyDamagedProjectIsNeitherMovedNorChanged) {
    makeProject();
    damagePages(m_path, pagesOf(m_path, "claims"));
    const QByteArray damaged = readFile(m_path);
    QString error;
    RecoveryReport report;
    EXPECT_FALSE(ProjectRecovery::openForRebuild(m_path, &error, &report, {.readOnly = true}));
    EXPECT_TRUE(error.contains(QStringLiteral("read-only"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("not changed"))) << error.toStdString();
    EXPECT_FALSE(report.setAside);
    EXPECT_EQ(readFile(m_path), damaged);
}

TEST_F(ProjectRecoveryTest, ImportIsRefusedByAReadOnlyStore) {
    makeProject();
    QString error;
    auto store = ProjectStore::open(m_path, &error, {.readOnly = true});
    ASSERT_TRUE(store);
    EXPECT_FALSE(store->importAnalystData(m_reviews, {}, {}, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("read-only"))) << error.toStdString();
}

} // namespace
} // namespace cc
