// The scan controller: one finished signal per scan, and a scan ended by cancel() and
// wait() (the window opening another folder) says nothing more, however its signals
// were queued.
#include "ScanController.h"
#include "UiTestSupport.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;

namespace {

constexpr int kScanTimeoutMs = 600000;

void writeBriefings(const QString &folder, int count) {
    QDir().mkpath(folder);
    for (int i = 0; i < count; ++i) {
        QFile f(QStringLiteral("%1/brief%2.txt").arg(folder).arg(i));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("Port note %1\n\nPublished: 2026-03-02\n\nHarbour Authority will "
                               "open terminal %1 on June 3, 2026, the authority said.\n")
                    .arg(i)
                    .toUtf8());
    }
}

} // namespace

class ScanControllerTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { uitest::isolateSettings("ScanControllerTest"); }

    void aScanEndsWithOneFinishedSignal() {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("a"));
        writeBriefings(folder, 3);
        ScanController controller;
        QSignalSpy finished(&controller, &ScanController::finished);
        QVERIFY(controller.start(folder, dir.filePath(QStringLiteral("a.sqlite"))));
        QVERIFY(controller.isRunning());
        QVERIFY(!controller.start(folder, dir.filePath(QStringLiteral("a.sqlite")))); // busy
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1, kScanTimeoutMs);
        QTest::qWait(100); // nothing more is on its way
        QCOMPARE(finished.count(), 1);
        QVERIFY(finished.first().at(1).toBool());
        QCOMPARE(finished.first().at(0).value<ScanSummary>().documentsRead, 3);
        QVERIFY(!controller.isRunning());
    }

    // The window's openFolder: cancel(), wait(), then the next folder's scan. The first
    // scan's finished signal was queued before wait() returned; it must not end the second
    // scan (nor block the UI thread on it) nor be reported as the second's.
    void aScanEndedByWaitSaysNothingAfterTheNextStarts() {
        QTemporaryDir dir;
        const QString big = dir.filePath(QStringLiteral("big"));
        const QString small = dir.filePath(QStringLiteral("small"));
        writeBriefings(big, 300);
        writeBriefings(small, 2);
        ScanController controller;
        QSignalSpy finished(&controller, &ScanController::finished);
        QSignalSpy progress(&controller, &ScanController::progress);
        QVERIFY(controller.start(big, dir.filePath(QStringLiteral("big.sqlite"))));
        controller.cancel();
        QVERIFY(controller.wait());
        QVERIFY(!controller.isRunning());
        progress.clear();
        QVERIFY(controller.start(small, dir.filePath(QStringLiteral("small.sqlite"))));
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1, kScanTimeoutMs);
        QTest::qWait(200);
        QCOMPARE(finished.count(), 1);
        const auto summary = finished.first().at(0).value<ScanSummary>();
        QVERIFY(!summary.cancelled);
        QCOMPARE(summary.filesSeen, 2);
        for (const QList<QVariant> &p : std::as_const(progress))
            QVERIFY(p.at(0).value<ScanProgress>().total <= 2);
    }
};

QTEST_MAIN(ScanControllerTest)
#include "ScanControllerTest.moc"
