// Two processes scanning the same folder at once: one waits for the other or
// refuses with a clear message; the project is never corrupted and ends as one
// complete scan left it.

#include "CliRunner.h"
#include "TestSupport.h"

#include "store/ProjectStore.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

namespace {

using cc::test::runCrosscheck;
using cc::test::runProgram;

const QByteArray kBusy("the project is being updated by another Crosscheck process");

struct Outcome {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Starts every command at once and collects each one's result.
std::vector<Outcome> runTogether(const std::vector<QStringList> &commands) {
    std::vector<std::unique_ptr<QProcess>> processes;
    for (const QStringList &args : commands) {
        processes.push_back(std::make_unique<QProcess>());
        processes.back()->start(QStringLiteral(CROSSCHECK_EXECUTABLE), args);
    }
    std::vector<Outcome> outcomes;
    for (auto &p : processes) {
        Outcome o;
        if (p->waitForStarted(30000) && p->waitForFinished(600000) &&
            p->exitStatus() == QProcess::NormalExit)
            o.exitCode = p->exitCode();
        o.out = p->readAllStandardOutput();
        o.err = p->readAllStandardError();
        outcomes.push_back(o);
    }
    return outcomes;
}

class ConcurrentScanTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        m_folder = m_dir.path() + QStringLiteral("/briefings");
        m_project = m_dir.path() + QStringLiteral("/project.sqlite");
        const auto made =
            runProgram(QStringLiteral("python3"),
                       {cc::test::sourceDir() + QStringLiteral("/tests/bench/make_corpus"),
                        QString::number(kBriefings), m_folder});
        if (!made.finished || made.exitCode != 0)
            GTEST_SKIP() << "python3 tests/bench/make_corpus could not run: "
                         << made.err.toStdString();
    }

    QStringList scanArgs(bool rebuild = false) const {
        QStringList args{QStringLiteral("scan"), m_folder, QStringLiteral("--project"), m_project};
        if (rebuild)
            args << QStringLiteral("--rebuild");
        return args;
    }

    // Each process either completed or refused with the clear message; at
    // least one completed; the file is sound and holds the whole folder.
    void expectOneCompleteScan(const std::vector<Outcome> &outcomes) {
        int completed = 0;
        for (const Outcome &o : outcomes) {
            if (o.exitCode == 0) {
                ++completed;
                EXPECT_TRUE(o.out.contains(QByteArray("Documents: 150 ")))
                    << o.out.left(200).toStdString();
            } else {
                EXPECT_EQ(o.exitCode, 1);
                EXPECT_TRUE(o.err.contains(kBusy)) << o.err.toStdString();
            }
        }
        EXPECT_GE(completed, 1);
        QString error;
        auto store = cc::ProjectStore::open(m_project, &error);
        ASSERT_TRUE(store) << error.toStdString();
        QString problem;
        EXPECT_TRUE(store->check(&problem, cc::ProjectStore::CheckDepth::Full))
            << problem.toStdString();
        EXPECT_EQ(store->documents().size(), static_cast<size_t>(kBriefings));
    }

    static constexpr int kBriefings = 150; // the counts in the expected summaries say 150
    QTemporaryDir m_dir;
    QString m_folder;
    QString m_project;
};

TEST_F(ConcurrentScanTest, TwoFirstScansCreatingTheProjectAtOnce) {
    expectOneCompleteScan(runTogether({scanArgs(), scanArgs()}));
    // And the project is usable afterwards: nothing left to read.
    const auto again = runCrosscheck(scanArgs());
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_TRUE(again.out.contains(QByteArray("(0 read, 150 unchanged")))
        << again.out.left(200).toStdString();
}

TEST_F(ConcurrentScanTest, TwoRebuildsAtOnceKeepTheReviews) {
    ASSERT_EQ(runCrosscheck(scanArgs()).exitCode, 0);
    std::vector<cc::Review> saved;
    {
        QString error;
        auto store = cc::ProjectStore::open(m_project, &error);
        ASSERT_TRUE(store) << error.toStdString();
        cc::Review r;
        r.conflictId = QStringLiteral("date-reviewed-before-the-race");
        r.status = cc::ReviewStatus::Confirmed;
        r.note = QStringLiteral("survives two rebuilds at once");
        ASSERT_TRUE(store->saveReview(r, &error)) << error.toStdString();
        saved = store->reviews();
    }
    expectOneCompleteScan(runTogether({scanArgs(true), scanArgs(true), scanArgs()}));
    QString error;
    auto store = cc::ProjectStore::open(m_project, &error);
    ASSERT_TRUE(store);
    ASSERT_EQ(store->reviews().size(), saved.size());
    EXPECT_EQ(store->reviews()[0].note, saved[0].note);
    // Nothing was set aside: a busy project is not a damaged one.
    EXPECT_EQ(QDir(m_dir.path()).entryList({QStringLiteral("*.damaged-*")}, QDir::Files),
              QStringList());
}

TEST_F(ConcurrentScanTest, ScanRefusesWhileAnotherHoldsTheProject) {
    ASSERT_EQ(runCrosscheck(scanArgs()).exitCode, 0);
    QString error;
    auto holder = cc::ProjectStore::open(m_project, &error);
    ASSERT_TRUE(holder) << error.toStdString();
    const auto documentsBefore = holder->documents().size();
    // Another Crosscheck process in the middle of a long scan.
    ASSERT_TRUE(holder->beginScan(&error)) << error.toStdString();

    const auto refused = runCrosscheck(scanArgs(true));
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(kBusy)) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains("try again when it finishes")) << refused.err.toStdString();
    // Reports wait the same way (they bring the project up to date first).
    const auto report = runCrosscheck(
        {QStringLiteral("conflicts"), m_folder, QStringLiteral("--project"), m_project});
    EXPECT_EQ(report.exitCode, 1);
    EXPECT_TRUE(report.err.contains(kBusy)) << report.err.toStdString();

    holder->rollbackScan();
    EXPECT_EQ(holder->documents().size(), documentsBefore);
    QString problem;
    EXPECT_TRUE(holder->check(&problem, cc::ProjectStore::CheckDepth::Full))
        << problem.toStdString();
    holder.reset();
    EXPECT_EQ(runCrosscheck(scanArgs()).exitCode, 0);
}

TEST_F(ConcurrentScanTest, ScanWaitsForAShortUpdateToFinish) {
    ASSERT_EQ(runCrosscheck(scanArgs()).exitCode, 0);
    QString error;
    auto holder = cc::ProjectStore::open(m_project, &error);
    ASSERT_TRUE(holder) << error.toStdString();
    ASSERT_TRUE(holder->beginScan(&error)) << error.toStdString();
    QProcess waiting;
    waiting.start(QStringLiteral(CROSSCHECK_EXECUTABLE), scanArgs());
    ASSERT_TRUE(waiting.waitForStarted(30000));
    // Well inside the five seconds a scan waits for the lock.
    QThread::msleep(1500);
    ASSERT_TRUE(holder->commitScan(&error)) << error.toStdString();
    ASSERT_TRUE(waiting.waitForFinished(600000));
    EXPECT_EQ(waiting.exitCode(), 0) << waiting.readAllStandardError().toStdString();
}

} // namespace
