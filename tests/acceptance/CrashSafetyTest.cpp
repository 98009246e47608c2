// Crash safety: a `scan --rebuild` killed with SIGKILL at a random moment
// (seeded, spread over a scan's duration) leaves the project as the last
// complete scan made it: PRAGMA integrity_check passes, the documents and
// claims are those of the last complete scan, every review is intact, and the
// next scan completes. scripts/crash-test.sh runs the same loop N times.
//
// Environment (for scripts/crash-test.sh): CROSSCHECK_CRASH_ITERATIONS (20, as CI runs it),
// CROSSCHECK_CRASH_SEED (1), CROSSCHECK_CRASH_BRIEFINGS (100 here: a sanitizer build's
// rebuild of 150 briefings took 15-25 s on a busy 2-core machine, and ctest gives the whole
// test 900 s; scripts/crash-test.sh uses 150).

#include "CliRunner.h"
#include "TestSupport.h"

#include "store/ProjectStore.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <iostream>
#include <map>
#include <random>

namespace {

using cc::Review;
using cc::test::runCrosscheck;
using cc::test::runProgram;

int envInt(const char *name, int fallback) {
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

// What a project holds that a killed scan must not have disturbed.
struct ProjectState {
    bool opened = false;
    QString problem; // the open error or the integrity_check findings
    bool sound = false;
    std::map<QString, QByteArray> hashes; // document -> content hash
    qsizetype claims = 0;
    QByteArray claimsDigest; // every claim's key and canonical subject, in order
    std::vector<Review> reviews;
};

ProjectState readState(const QString &project) {
    ProjectState state;
    QString error;
    // Opened as the application opens it: a read-write open recovers the log.
    std::unique_ptr<cc::ProjectStore> store = cc::ProjectStore::open(project, &error);
    if (!store) {
        state.problem = error;
        return state;
    }
    state.opened = true;
    state.sound = store->check(&state.problem, cc::ProjectStore::CheckDepth::Full);
    for (const auto &[path, s] : store->documentStates())
        state.hashes[path] = s.contentHash;
    QCryptographicHash digest(QCryptographicHash::Sha256);
    const std::vector<cc::Claim> claims = store->claims();
    state.claims = static_cast<qsizetype>(claims.size());
    for (const cc::Claim &c : claims) {
        digest.addData(cc::ProjectStore::claimKey(c).toUtf8());
        digest.addData(c.subject.toUtf8());
    }
    state.claimsDigest = digest.result().toHex();
    state.reviews = store->reviews();
    return state;
}

// The content hash of every briefing in the folder, as the scan computes it.
std::map<QString, QByteArray> folderHashes(const QString &folder) {
    std::map<QString, QByteArray> hashes;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        hashes[QDir(folder).relativeFilePath(path)] =
            QCryptographicHash::hash(cc::test::readFile(path), QCryptographicHash::Sha256).toHex();
    }
    return hashes;
}

void expectSameReviews(const std::vector<Review> &now, const std::vector<Review> &saved) {
    ASSERT_EQ(now.size(), saved.size());
    for (size_t i = 0; i < now.size(); ++i) {
        SCOPED_TRACE(saved[i].conflictId.toStdString());
        EXPECT_EQ(now[i].conflictId, saved[i].conflictId);
        EXPECT_EQ(now[i].status, saved[i].status);
        EXPECT_EQ(now[i].chosenSide, saved[i].chosenSide);
        EXPECT_EQ(now[i].note, saved[i].note);
        EXPECT_EQ(now[i].sidesFingerprint, saved[i].sidesFingerprint);
        EXPECT_EQ(now[i].summary, saved[i].summary);
        EXPECT_EQ(now[i].updated, saved[i].updated);
    }
}

// The analyst's work, saved straight through the store: a decision on each of
// the first two conflicts and one review whose conflict no longer exists.
std::vector<Review> saveReviews(const QString &project) {
    QString error;
    std::unique_ptr<cc::ProjectStore> store = cc::ProjectStore::open(project, &error);
    EXPECT_TRUE(store) << error.toStdString();
    if (!store)
        return {};
    // Reviews are committed with synchronous=FULL.
    EXPECT_EQ(store->synchronousLevel(), 2);
    const std::vector<cc::Conflict> conflicts = store->conflicts();
    for (size_t i = 0; i < conflicts.size() && i < 2; ++i) {
        Review r;
        r.conflictId = conflicts[i].id;
        r.status = i == 0 ? cc::ReviewStatus::Resolved : cc::ReviewStatus::Dismissed;
        if (i == 0)
            r.chosenSide = 0;
        r.note = QStringLiteral("checked against the filing, review %1").arg(i);
        EXPECT_TRUE(store->saveReview(r, &error)) << error.toStdString();
    }
    Review orphan;
    orphan.conflictId = QStringLiteral("date-no-longer-detected");
    orphan.status = cc::ReviewStatus::Confirmed;
    orphan.summary = QStringLiteral("an earlier conflict — date conflict");
    orphan.note = QStringLiteral("kept although its conflict is gone");
    EXPECT_TRUE(store->saveReview(orphan, &error)) << error.toStdString();
    return store->reviews();
}

// Changes a few briefings so that the next scan has something new to commit.
void editBriefings(const QString &folder, std::mt19937 &rng, int round) {
    QStringList files = QDir(folder).entryList(QDir::Files, QDir::Name);
    std::uniform_int_distribution<qsizetype> pick(0, files.size() - 1);
    for (int k = 0; k < 3; ++k) {
        const QString path = folder + QLatin1Char('/') + files[pick(rng)];
        QByteArray bytes = cc::test::readFile(path);
        bytes += QStringLiteral("\n\nUpdate %1.%2: the regional office said on March %3, 2026 "
                                "that about %4 units shipped.\n")
                     .arg(round)
                     .arg(k)
                     .arg(1 + (round + k) % 27)
                     .arg(100 + round * 7 + k)
                     .toUtf8();
        cc::test::writeFile(path, bytes);
    }
}

} // namespace

TEST(CrashSafety, KilledRebuildsNeverDamageTheProject) {
    const int iterations = envInt("CROSSCHECK_CRASH_ITERATIONS", 20);
    const int seed = envInt("CROSSCHECK_CRASH_SEED", 1);
    const int briefings = envInt("CROSSCHECK_CRASH_BRIEFINGS", 100);
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString folder = dir.path() + QStringLiteral("/briefings");
    const QString project = dir.path() + QStringLiteral("/project.sqlite");

    const auto made =
        runProgram(QStringLiteral("python3"),
                   {cc::test::sourceDir() + QStringLiteral("/tests/bench/make_corpus"),
                    QString::number(briefings), folder});
    if (!made.finished || made.exitCode != 0)
        GTEST_SKIP() << "python3 tests/bench/make_corpus could not run: " << made.err.toStdString();

    const QStringList rebuild{QStringLiteral("scan"), folder, QStringLiteral("--project"), project,
                              QStringLiteral("--rebuild")};
    const auto first =
        runCrosscheck({QStringLiteral("scan"), folder, QStringLiteral("--project"), project});
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    const std::vector<Review> saved = saveReviews(project);
    ASSERT_FALSE(saved.empty());
    // One whole rebuild gives the duration the kills are spread over.
    QElapsedTimer timer;
    timer.start();
    const auto calibration = runCrosscheck(rebuild);
    const qint64 scanMs = timer.elapsed();
    ASSERT_EQ(calibration.exitCode, 0) << calibration.err.toStdString();

    ProjectState before = readState(project);
    ASSERT_TRUE(before.sound) << before.problem.toStdString();
    ASSERT_EQ(before.hashes.size(), static_cast<size_t>(briefings));

    std::mt19937 rng(static_cast<std::mt19937::result_type>(seed));
    // Kills are spread over how long a rebuild takes now: the calibration's duration, cut
    // down to any round's scan that finished sooner. The machine's load changes while the
    // test runs (ctest -j2 runs another test beside it); a window fixed by a slow calibration
    // would let most scans of a quieter moment finish before their kill.
    qint64 windowMs = scanMs;
    int killed = 0;
    int killedAfterCommit = 0;
    for (int round = 1; round <= iterations; ++round) {
        SCOPED_TRACE(QStringLiteral("round %1 of %2, seed %3")
                         .arg(round)
                         .arg(iterations)
                         .arg(seed)
                         .toStdString());
        editBriefings(folder, rng, round);
        const std::map<QString, QByteArray> edited = folderHashes(folder);

        const qint64 delay = std::uniform_int_distribution<qint64>(0, windowMs)(rng);
        QProcess scan;
        QElapsedTimer running;
        running.start();
        scan.start(QStringLiteral(CROSSCHECK_EXECUTABLE), rebuild);
        ASSERT_TRUE(scan.waitForStarted(30000));
        const bool finished = scan.waitForFinished(static_cast<int>(delay));
        if (finished) {
            EXPECT_EQ(scan.exitCode(), 0) << scan.readAllStandardError().toStdString();
            windowMs = std::max<qint64>(1, std::min(windowMs, running.elapsed()));
        } else {
            scan.kill(); // SIGKILL: no handler, no cleanup, as in a crash
            scan.waitForFinished(30000);
            ++killed;
        }

        // The project is sound and exactly as one complete scan left it.
        const ProjectState after = readState(project);
        ASSERT_TRUE(after.opened) << after.problem.toStdString();
        ASSERT_TRUE(after.sound) << "integrity_check: " << after.problem.toStdString();
        expectSameReviews(after.reviews, saved);
        ASSERT_EQ(after.hashes.size(), static_cast<size_t>(briefings));
        const bool committed = after.hashes != before.hashes;
        if (!committed) {
            EXPECT_EQ(after.claims, before.claims);
            EXPECT_EQ(after.claimsDigest, before.claimsDigest);
        } else {
            // Finished, or killed after its commit: all of the new scan, none of it half.
            if (!finished)
                ++killedAfterCommit;
            EXPECT_EQ(after.hashes, edited);
        }

        // The next scan completes and sees the edits.
        const auto next =
            runCrosscheck({QStringLiteral("scan"), folder, QStringLiteral("--project"), project});
        ASSERT_EQ(next.exitCode, 0) << next.err.toStdString();
        const ProjectState now = readState(project);
        ASSERT_TRUE(now.sound) << now.problem.toStdString();
        EXPECT_EQ(now.hashes, edited);
        expectSameReviews(now.reviews, saved);
        if (committed) {
            EXPECT_EQ(now.claimsDigest, after.claimsDigest);
        }
        before = now;
    }
    std::cout << "[ crash    ] " << iterations << " rounds, seed " << seed << ", scan " << scanMs
              << " ms (kill window at the end " << windowMs << " ms): " << killed << " killed ("
              << killedAfterCommit << " of them after the commit), " << iterations - killed
              << " finished before the kill\n";
    // Most kills must land inside the scan, or the test proves little.
    EXPECT_GE(killed * 2, iterations);
}
