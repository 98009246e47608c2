// The folder watcher: a new or changed briefing wakes it (once, debounced); the
// project's own files and hidden files do not.
#include "FolderWatcher.h"
#include "UiTestSupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;

class FolderWatcherTest : public QObject {
    Q_OBJECT
private slots:
    void newBriefingWakesItOnce() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(uitest::writeText(dir.filePath(QStringLiteral("a.txt")), QStringLiteral("first")));
        FolderWatcher watcher;
        watcher.setDebounceInterval(200);
        watcher.watch(dir.path());
        QSignalSpy spy(&watcher, &FolderWatcher::changed);
        QVERIFY(uitest::writeText(dir.filePath(QStringLiteral("b.txt")), QStringLiteral("second")));
        QVERIFY(uitest::writeText(dir.filePath(QStringLiteral("c.txt")), QStringLiteral("third")));
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 10000);
        QTest::qWait(600);
        QCOMPARE(spy.count(), 1); // two files, one rescan
    }

    void briefingRewrittenInPlaceWakesIt() {
        QTemporaryDir dir;
        QVERIFY(uitest::writeText(dir.filePath(QStringLiteral("a.txt")), QStringLiteral("first")));
        FolderWatcher watcher;
        watcher.setDebounceInterval(100);
        watcher.watch(dir.path());
        QSignalSpy spy(&watcher, &FolderWatcher::changed);
        QVERIFY(uitest::writeText(dir.filePath(QStringLiteral("a.txt")),
                                  QStringLiteral("first, edited")));
        QTRY_VERIFY_WITH_TIMEOUT(spy.count() >= 1, 10000);
    }

    void newSubfolderIsWatchedToo() {
        QTemporaryDir dir;
        FolderWatcher watcher;
        watcher.setDebounceInterval(100);
        watcher.watch(dir.path());
        QSignalSpy spy(&watcher, &FolderWatcher::changed);
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("sub")));
        QTRY_VERIFY_WITH_TIMEOUT(spy.count() >= 1, 10000);
        spy.clear();
        QTest::qWait(300);
        QVERIFY(uitest::writeText(dir.filePath(QStringLiteral("sub/x.txt")), QStringLiteral("x")));
        QTRY_VERIFY_WITH_TIMEOUT(spy.count() >= 1, 10000);
    }

    void projectFilesAndHiddenFilesAreIgnored() {
        QTemporaryDir dir;
        QVERIFY(uitest::writeText(dir.filePath(QStringLiteral("a.txt")), QStringLiteral("first")));
        FolderWatcher watcher;
        watcher.setDebounceInterval(100);
        watcher.watch(dir.path());
        QSignalSpy spy(&watcher, &FolderWatcher::changed);
        QVERIFY(uitest::writeText(dir.filePath(QStringLiteral(".crosscheck.sqlite")),
                                  QStringLiteral("db")));
        QVERIFY(uitest::writeText(dir.filePath(QStringLiteral(".crosscheck.sqlite-wal")),
                                  QStringLiteral("w")));
        QVERIFY(
            uitest::writeText(dir.filePath(QStringLiteral(".hidden-note")), QStringLiteral("h")));
        QVERIFY(QFile::remove(dir.filePath(QStringLiteral(".crosscheck.sqlite-wal"))));
        QTest::qWait(1000);
        QCOMPARE(spy.count(), 0);
        // A real briefing after them still counts.
        QVERIFY(uitest::writeText(dir.filePath(QStringLiteral("b.txt")), QStringLiteral("b")));
        QTRY_VERIFY_WITH_TIMEOUT(spy.count() >= 1, 10000);
    }
};

QTEST_MAIN(FolderWatcherTest)
#include "FolderWatcherTest.moc"
