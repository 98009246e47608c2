// The project file is never lost or overwritten: files from a newer version,
// files that are not projects, damaged files, read-only projects and projects
// busy in another process are refused with a message a person can act on.

#include "RawSqlite.h"
#include "StoreTestData.h"
#include "TestSupport.h"

#include "store/Database.h"
#include "store/Migrations.h"
#include "store/ProjectStore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <sqlite3.h>

namespace cc {
namespace {

using test::damagePages;
using test::execRaw;
using test::pagesOf;
using test::pragmaRaw;
using test::put;
using test::readFile;
using test::richDocument;
using test::writeFile;

class ProjectFileSafetyTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("project.sqlite"));
    }

    // A closed project file holding two documents, a conflict and a review.
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
        r.status = ReviewStatus::Confirmed;
        ASSERT_TRUE(store->saveReview(r, &error));
    }

    // Opening must fail, the message must name the path and say `expect`, and
    // the file's bytes must be exactly as before.
    void expectRefusedUnchanged(const QString &expect,
                                const ProjectStore::OpenOptions &options = {}) {
        const QByteArray before = readFile(m_path);
        QString error;
        auto store = ProjectStore::open(m_path, &error, options);
        EXPECT_FALSE(store);
        store.reset();
        EXPECT_TRUE(error.contains(QDir::toNativeSeparators(m_path))) << error.toStdString();
        EXPECT_TRUE(error.contains(expect)) << error.toStdString();
        EXPECT_EQ(readFile(m_path), before);
    }

    QTemporaryDir m_dir;
    QString m_path;
};

TEST_F(ProjectFileSafetyTest, NewFileIsCreatedAndMigrated) {
    QString error;
    {
        auto store = ProjectStore::open(m_path, &error);
        ASSERT_TRUE(store) << error.toStdString();
        EXPECT_FALSE(store->isReadOnly());
        EXPECT_EQ(store->path(), m_path);
    }
    EXPECT_EQ(pragmaRaw(m_path, "PRAGMA user_version"), ProjectStore::kSchemaVersion);
    EXPECT_EQ(pragmaRaw(m_path, "PRAGMA foreign_keys"), 0); // a fresh connection's default...
    {
        auto store = ProjectStore::open(m_path, &error); // ...while the store turns them on
        ASSERT_TRUE(store) << error.toStdString();
        EXPECT_TRUE(store->documents().empty());
    }
}

TEST_F(ProjectFileSafetyTest, EmptyFileIsMigratedAndReopened) {
    writeFile(m_path, QByteArray());
    QString error;
    {
        auto store = ProjectStore::open(m_path, &error);
        ASSERT_TRUE(store) << error.toStdString();
        ASSERT_TRUE(put(*store, richDocument(QStringLiteral("a.md"), true)));
    }
    EXPECT_EQ(pragmaRaw(m_path, "PRAGMA user_version"), ProjectStore::kSchemaVersion);
    const QByteArray magic("SQLite format 3\0", 16);
    EXPECT_TRUE(readFile(m_path).startsWith(magic));
    auto store = ProjectStore::open(m_path, &error);
    ASSERT_TRUE(store) << error.toStdString();
    EXPECT_EQ(store->documents().size(), 1u);
    EXPECT_EQ(store->claims().size(), 5u);
}

TEST_F(ProjectFileSafetyTest, FileFromANewerVersionIsRefusedAndNotWritten) {
    makeProject();
    execRaw(m_path, "PRAGMA user_version = 99");
    ASSERT_EQ(pragmaRaw(m_path, "PRAGMA user_version"), 99);
    expectRefusedUnchanged(
        QStringLiteral("was written by a newer Crosscheck (schema 99; this build reads up to %1)")
            .arg(Migrations::latestVersion()));
    QString error;
    ProjectStore::open(m_path, &error);
    EXPECT_TRUE(error.endsWith(QStringLiteral("it was not changed"))) << error.toStdString();
    // Read-only is no way round it either.
    expectRefusedUnchanged(QStringLiteral("newer Crosscheck"), {.readOnly = true});
}

TEST_F(ProjectFileSafetyTest, GarbageFileIsRefusedAndNotWritten) {
    QByteArray garbage;
    for (int i = 0; i < 5000; ++i)
        garbage.append(static_cast<char>((i * 37 + 11) % 256));
    writeFile(m_path, garbage);
    expectRefusedUnchanged(QStringLiteral("not an SQLite database"));

    writeFile(m_path, QByteArray("notes the analyst keeps here\n"));
    expectRefusedUnchanged(QStringLiteral("not a Crosscheck project"));
}

TEST_F(ProjectFileSafetyTest, FileWithTheHeaderButGarbageAfterIsRefused) {
    QByteArray bytes("SQLite format 3\0", 16);
    for (int i = 0; i < 8192; ++i)
        bytes.append(static_cast<char>((i * 131 + 7) % 256));
    writeFile(m_path, bytes);
    const QByteArray before = readFile(m_path);
    QString error;
    EXPECT_FALSE(ProjectStore::open(m_path, &error));
    EXPECT_TRUE(error.contains(QDir::toNativeSeparators(m_path))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("not changed"))) << error.toStdString();
    EXPECT_EQ(readFile(m_path), before);
}

TEST_F(ProjectFileSafetyTest, TruncatedProjectIsReportedDamaged) {
    makeProject();
    QByteArray bytes = readFile(m_path);
    ASSERT_GT(bytes.size(), 4 * 4096) << "the project should span several pages";
    for (const qsizetype keep : {bytes.size() / 2, qsizetype(50)}) {
        SCOPED_TRACE(keep);
        writeFile(m_path, bytes.left(keep));
        expectRefusedUnchanged(QStringLiteral("damaged"));
    }
}

TEST_F(ProjectFileSafetyTest, SQLiteFileOfAnotherProgramIsRefused) {
    execRaw(m_path, "CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('soup');");
    expectRefusedUnchanged(QStringLiteral("another program"));
}

TEST_F(ProjectFileSafetyTest, ReadOnlyProjectReadsButNeverWrites) {
    makeProject();
    const QByteArray before = readFile(m_path);
    QString error;
    {
        auto store = ProjectStore::open(m_path, &error, {.readOnly = true});
        ASSERT_TRUE(store) << error.toStdString();
        EXPECT_TRUE(store->isReadOnly());
        EXPECT_EQ(store->documents().size(), 2u);
        EXPECT_EQ(store->conflicts().size(), 1u);
        EXPECT_EQ(store->search(QStringLiteral("trillion")).size(), 2u);

        const QString readOnly = QStringLiteral("is read-only");
        auto expectReadOnly = [&](bool ok) {
            EXPECT_FALSE(ok);
            EXPECT_TRUE(error.contains(readOnly)) << error.toStdString();
            EXPECT_TRUE(error.contains(QDir::toNativeSeparators(m_path))) << error.toStdString();
            error.clear();
        };
        expectReadOnly(store->beginScan(&error));
        expectReadOnly(put(*store, richDocument(QStringLiteral("c.md"), true), &error));
        expectReadOnly(store->removeDocument(QStringLiteral("a.md"), &error));
        Review r;
        r.conflictId = store->conflicts()[0].id;
        expectReadOnly(store->saveReview(r, &error));
        expectReadOnly(store->removeReview(r.conflictId, &error));
        expectReadOnly(store->setAlias({QStringLiteral("a"), QStringLiteral("b")}, &error));
        expectReadOnly(store->removeAlias(QStringLiteral("a"), &error));
        expectReadOnly(store->setSetting(QStringLiteral("k"), QStringLiteral("v"), &error));
        expectReadOnly(store->replaceConflicts({}, &error));
        expectReadOnly(store->updateClaimSubjects(store->claims(), &error));
        expectReadOnly(store->setClaimRejected(store->claims()[0], true, &error));
        EXPECT_EQ(store->documents().size(), 2u);
    }
    EXPECT_EQ(readFile(m_path), before);
}

TEST_F(ProjectFileSafetyTest, ReadOnlyRefusesWhatWouldNeedAWrite) {
    QString error;
    EXPECT_FALSE(ProjectStore::open(m_path, &error, {.readOnly = true}));
    EXPECT_TRUE(error.contains(QStringLiteral("no project file"))) << error.toStdString();
    EXPECT_FALSE(QFile::exists(m_path));

    // An empty file would have to be created as a project: that is a write.
    writeFile(m_path, QByteArray());
    expectRefusedUnchanged(QStringLiteral("read-only"), {.readOnly = true});
    EXPECT_EQ(QFileInfo(m_path).size(), 0);
}

TEST_F(ProjectFileSafetyTest, SecondProcessCannotScanWhileTheFirstDoes) {
    makeProject();
    QString error;
    auto first = ProjectStore::open(m_path, &error);
    ASSERT_TRUE(first) << error.toStdString();
    auto second = ProjectStore::open(m_path, &error, {.busyTimeoutMs = 50});
    ASSERT_TRUE(second) << error.toStdString();

    ASSERT_TRUE(first->beginScan(&error)) << error.toStdString();
    ASSERT_TRUE(first->removeDocument(QStringLiteral("a.md"), &error));

    EXPECT_FALSE(second->beginScan(&error));
    EXPECT_EQ(error, QStringLiteral("the project is being updated by another Crosscheck process; "
                                    "try again when it finishes"));
    EXPECT_FALSE(second->inScan());
    // Other writes wait and fail the same way; reads see the last committed state.
    error.clear();
    EXPECT_FALSE(second->setSetting(QStringLiteral("k"), QStringLiteral("v"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("another Crosscheck process")))
        << error.toStdString();
    EXPECT_EQ(second->documents().size(), 2u);
    // A third process opening the busy project is not turned away.
    EXPECT_TRUE(ProjectStore::open(m_path, &error, {.busyTimeoutMs = 50})) << error.toStdString();

    ASSERT_TRUE(first->commitScan(&error)) << error.toStdString();
    EXPECT_EQ(second->documents().size(), 1u);
    ASSERT_TRUE(second->beginScan(&error)) << error.toStdString();
    second->rollbackScan();
}

TEST_F(ProjectFileSafetyTest, ReviewIsCommittedWhenSaveReturns) {
    makeProject();
    QString error;
    auto store = ProjectStore::open(m_path, &error);
    ASSERT_TRUE(store);
    Review r;
    r.conflictId = QStringLiteral("date-1234");
    r.note = QStringLiteral("durable");
    ASSERT_TRUE(store->saveReview(r, &error));
    // Another connection sees it while the first is still open: it is committed.
    auto other = ProjectStore::open(m_path, &error, {.readOnly = true});
    ASSERT_TRUE(other) << error.toStdString();
    ASSERT_TRUE(other->review(r.conflictId));
    EXPECT_EQ(other->review(r.conflictId)->note, QStringLiteral("durable"));
}

TEST_F(ProjectFileSafetyTest, DamageOutsideTheAnalystTablesIsFoundWhenReadAndNothingIsWritten) {
    makeProject();
    ASSERT_EQ(pragmaRaw(m_path, "PRAGMA page_size"), 4096);
    const std::vector<qint64> claimPages = pagesOf(m_path, "claims");
    ASSERT_FALSE(claimPages.empty());
    const QByteArray damaged = damagePages(m_path, claimPages);

    // Opening is cheap: the claims table is not read, so the file opens...
    QString error;
    auto store = ProjectStore::open(m_path, &error);
    ASSERT_TRUE(store) << error.toStdString();
    EXPECT_FALSE(store->isDamaged());
    EXPECT_EQ(store->reviews().size(), 1u); // the analyst's table is sound
    // ...and the first read of a damaged page marks it damaged.
    (void)store->claims();
    EXPECT_TRUE(store->isDamaged());
    EXPECT_TRUE(store->damageMessage().contains(QStringLiteral("is damaged")))
        << store->damageMessage().toStdString();
    EXPECT_TRUE(store->damageMessage().contains(QDir::toNativeSeparators(m_path)));
    // From then on nothing is written, not even to the sound tables.
    Review r;
    r.conflictId = QStringLiteral("date-after-damage");
    EXPECT_FALSE(store->saveReview(r, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("is damaged"))) << error.toStdString();
    EXPECT_FALSE(store->beginScan(&error));
    EXPECT_TRUE(error.contains(QStringLiteral("is damaged"))) << error.toStdString();
    QString problem;
    EXPECT_FALSE(store->check(&problem));
    EXPECT_FALSE(problem.isEmpty());
    store.reset();
    EXPECT_EQ(readFile(m_path), damaged);
}

TEST_F(ProjectFileSafetyTest, ScanThatMeetsDamageIsNotCommitted) {
    makeProject();
    const QByteArray damaged = damagePages(m_path, pagesOf(m_path, "claims"));
    QString error;
    auto store = ProjectStore::open(m_path, &error);
    ASSERT_TRUE(store) << error.toStdString();
    ASSERT_TRUE(store->beginScan(&error)) << error.toStdString();
    (void)store->claims();
    EXPECT_FALSE(store->commitScan(&error));
    EXPECT_TRUE(error.contains(QStringLiteral("is damaged"))) << error.toStdString();
    EXPECT_FALSE(store->inScan());
    store.reset();
    EXPECT_EQ(readFile(m_path), damaged);
}

TEST_F(ProjectFileSafetyTest, DamagedReviewsAreRefusedOnOpen) {
    makeProject();
    const std::vector<qint64> reviewPages = pagesOf(m_path, "reviews");
    ASSERT_FALSE(reviewPages.empty());
    damagePages(m_path, reviewPages);
    expectRefusedUnchanged(QStringLiteral("is damaged"));
    ProjectStore::OpenFailure why = ProjectStore::OpenFailure::None;
    QString error;
    EXPECT_FALSE(ProjectStore::open(m_path, &error, {}, &why));
    EXPECT_EQ(why, ProjectStore::OpenFailure::Damaged);
}

TEST_F(ProjectFileSafetyTest, MissingTableIsRefusedAsDamaged) {
    makeProject();
    execRaw(m_path, "DROP TABLE rejected_claims");
    expectRefusedUnchanged(QStringLiteral("the table rejected_claims is missing"));
}

TEST_F(ProjectFileSafetyTest, FileCutAtAPageBoundaryIsRefusedWithoutSQLite) {
    makeProject();
    const QByteArray bytes = readFile(m_path);
    ASSERT_EQ(bytes.size() % 4096, 0);
    writeFile(m_path, bytes.left(bytes.size() - 2 * 4096));
    expectRefusedUnchanged(QStringLiteral("2 of its"));
    // No -wal or -shm was created beside it: SQLite never opened it.
    EXPECT_FALSE(QFile::exists(m_path + QStringLiteral("-wal")));
    EXPECT_FALSE(QFile::exists(m_path + QStringLiteral("-shm")));
}

TEST_F(ProjectFileSafetyTest, OpenFailureSaysWhy) {
    auto why = [&]() {
        ProjectStore::OpenFailure kind = ProjectStore::OpenFailure::None;
        QString error;
        auto store = ProjectStore::open(m_path, &error, {}, &kind);
        return kind;
    };
    writeFile(m_path, QByteArray("an analyst's notes, not a project\n"));
    EXPECT_EQ(why(), ProjectStore::OpenFailure::NotADatabase);
    QFile::remove(m_path);
    makeProject();
    EXPECT_EQ(why(), ProjectStore::OpenFailure::None);
    execRaw(m_path, "PRAGMA user_version = 7");
    EXPECT_EQ(why(), ProjectStore::OpenFailure::NewerVersion);
    QFile::remove(m_path);
    execRaw(m_path, "CREATE TABLE recipes (name TEXT)");
    EXPECT_EQ(why(), ProjectStore::OpenFailure::ForeignDatabase);
}

// Two processes creating one project both read version 0 before either holds
// the write lock; the second must find the step done, not fail on it.
TEST_F(ProjectFileSafetyTest, MigrationFromAStaleVersionSkipsStepsAlreadyDone) {
    makeProject();
    QString error;
    std::unique_ptr<Database> db = Database::open(m_path, false, &error);
    ASSERT_TRUE(db) << error.toStdString();
    EXPECT_TRUE(Migrations::migrate(*db, 0, &error)) << error.toStdString();
    db.reset();
    EXPECT_EQ(pragmaRaw(m_path, "PRAGMA user_version"), ProjectStore::kSchemaVersion);
    auto store = ProjectStore::open(m_path, &error);
    ASSERT_TRUE(store) << error.toStdString();
    EXPECT_EQ(store->documents().size(), 2u);
    EXPECT_EQ(store->reviews().size(), 1u);
}

TEST_F(ProjectFileSafetyTest, FullCheckPassesOnASoundProject) {
    makeProject();
    QString error;
    auto store = ProjectStore::open(m_path, &error);
    ASSERT_TRUE(store) << error.toStdString();
    QString problem;
    EXPECT_TRUE(store->check(&problem)) << problem.toStdString();
    EXPECT_TRUE(store->check(&problem, ProjectStore::CheckDepth::Full)) << problem.toStdString();
    EXPECT_FALSE(store->isDamaged());
}

TEST_F(ProjectFileSafetyTest, StoreSynchronisesFullyOutsideAScanOnly) {
    makeProject();
    QString error;
    auto store = ProjectStore::open(m_path, &error);
    ASSERT_TRUE(store);
    // synchronous is per connection: FULL (2) for reviews, NORMAL (1) inside a scan.
    EXPECT_EQ(store->synchronousLevel(), 2);
    ASSERT_TRUE(store->beginScan(&error));
    EXPECT_EQ(store->synchronousLevel(), 1);
    store->rollbackScan();
    EXPECT_EQ(store->synchronousLevel(), 2);
}

// A project of schema 1 (before the documents' covering indexes): read as it is when
// opened read-only, upgraded with its data and reviews when opened for writing; the
// document list then reads from the index, not through every document's text.
TEST_F(ProjectFileSafetyTest, SchemaOneIsReadAndUpgraded) {
    makeProject();
    execRaw(m_path, "DROP INDEX documents_states; DROP INDEX documents_metadata; "
                    "PRAGMA user_version = 1");
    QString error;
    {
        auto store = ProjectStore::open(m_path, &error, {.readOnly = true});
        ASSERT_TRUE(store) << error.toStdString();
        EXPECT_EQ(store->documents().size(), 2u);
    }
    EXPECT_EQ(pragmaRaw(m_path, "PRAGMA user_version"), 1);
    {
        auto store = ProjectStore::open(m_path, &error);
        ASSERT_TRUE(store) << error.toStdString();
        EXPECT_EQ(store->documents().size(), 2u);
        EXPECT_EQ(store->documentStates().size(), 2u);
        EXPECT_EQ(store->reviews().size(), 1u);
    }
    EXPECT_EQ(pragmaRaw(m_path, "PRAGMA user_version"), 2);
    EXPECT_EQ(pragmaRaw(m_path, "SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND "
                                "name IN ('documents_states', 'documents_metadata')"),
              2);
    // The planner reads the document list from the covering index.
    sqlite3 *db = nullptr;
    ASSERT_EQ(
        sqlite3_open_v2(QFile::encodeName(m_path).constData(), &db, SQLITE_OPEN_READONLY, nullptr),
        SQLITE_OK);
    sqlite3_stmt *stmt = nullptr;
    ASSERT_EQ(sqlite3_prepare_v2(db,
                                 "EXPLAIN QUERY PLAN SELECT path, content_hash, engine_version, "
                                 "lexicon_hash, file_size, file_modified FROM documents",
                                 -1, &stmt, nullptr),
              SQLITE_OK);
    QString plan;
    while (sqlite3_step(stmt) == SQLITE_ROW)
        plan += QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 3)));
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    EXPECT_TRUE(plan.contains(QStringLiteral("COVERING INDEX"))) << plan.toStdString();
}

} // namespace
} // namespace cc
