// The analyst's desktop end to end: open a folder of invented briefings with a
// planted release-date contradiction, wait for the scan (off the UI thread),
// select the conflict, read its sides in the evidence panel, confirm, undo,
// dismiss, and check the decision in the project file through a second store.
// Screenshots of the window, the timeline and the evidence panel go to the build folder.
#include "MainWindow.h"
#include "ConflictFilterProxy.h"
#include "ConflictTreeModel.h"
#include "ConflictsPanel.h"
#include "DocumentViewer.h"
#include "EvidenceModel.h"
#include "EvidencePanel.h"
#include "FolderWatcher.h"
#include "ProjectSession.h"
#include "Roles.h"
#include "TimelineView.h"
#include "UiTestSupport.h"
#include "store/ProjectStore.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

using namespace cc;

namespace {
constexpr int kScanTimeoutMs = 120000;

// The conflict about the planted release dates, or nullptr.
const Conflict *releaseConflict(const ProjectSession &session) {
    for (const Conflict &c : session.conflicts()) {
        if (c.kind != ConflictKind::Date || c.sides.size() < 2)
            continue;
        bool third = false, fifth = false;
        for (const ConflictSide &s : c.sides)
            for (const Claim &claim : s.claims) {
                third = third || claim.quote.contains(QStringLiteral("March 3"));
                fifth = fifth || claim.quote.contains(QStringLiteral("March 5"));
            }
        if (third && fifth)
            return &c;
    }
    return nullptr;
}

ReviewStatus storedStatus(const QString &projectPath, const QString &conflictId) {
    QString error;
    std::unique_ptr<ProjectStore> store = ProjectStore::open(projectPath, &error);
    if (!store)
        qFatal("cannot open the project a second time: %s", qPrintable(error));
    const std::optional<Review> review = store->review(conflictId);
    return review ? review->status : ReviewStatus::Open;
}

} // namespace

class MainWindowTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { uitest::isolateSettings("MainWindowTest"); }

    void welcomeScreenWhenNothingIsOpen() {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.session()->isOpen());
        QVERIFY(window.findChild<QWidget *>(QStringLiteral("welcome"))->isVisible());
        QVERIFY(!window.dock(QStringLiteral("conflictsDock"))->isVisible());
        QVERIFY(!window.action(QStringLiteral("actionConfirm"))->isEnabled());
        QVERIFY(!window.openFolder(QStringLiteral("/no/such/folder/anywhere")));
        QVERIFY(!window.session()->isOpen());
        uitest::saveScreenshot(&window, QStringLiteral("welcome"));
    }

    void aboutBoxNamesVersionAndNotices() {
        MainWindow window;
        window.show();
        QString text;
        // The box is modal: read and close it from the event loop it runs.
        QTimer::singleShot(300, [&text] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                text = box->text();
                uitest::saveScreenshot(box, QStringLiteral("about"));
                box->accept();
            }
        });
        window.action(QStringLiteral("actionAbout"))->trigger();
        QVERIFY2(text.contains(QStringLiteral(CROSSCHECK_TEST_VERSION)), qPrintable(text));
        for (const char *name : {"GPL-3.0-or-later", "Qt Charts", "SQLite", "Gumbo", "uchardet",
                                 "Poppler", "GMime", "libzip", "pugixml"})
            QVERIFY2(text.contains(QLatin1String(name)), name);
    }

    void reviewReleaseDateConflict() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(uitest::writeSampleBriefings(dir.path()));

        MainWindow window;
        window.resize(1500, 950);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy finished(&window, &MainWindow::scanFinished);
        QVERIFY(window.openFolder(dir.path()));
        QVERIFY(window.session()->isOpen());
        QCOMPARE(window.session()->projectPath(), ProjectStore::defaultPathFor(dir.path()));
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1, kScanTimeoutMs);
        QCOMPARE(finished.first().at(0).toBool(), true);  // ok
        QCOMPARE(finished.first().at(1).toBool(), false); // not cancelled
        QVERIFY(!window.isScanning());

        ProjectSession *session = window.session();
        QCOMPARE(static_cast<int>(session->documents().size()), 4);
        QVERIFY(session->claimCount() > 0);
        const Conflict *planted = releaseConflict(*session);
        QVERIFY2(planted, "the planted release-date contradiction was not detected");
        const QString id = planted->id;
        QCOMPARE(toString(planted->status), toString(ReviewStatus::Open));

        // The conflicts panel lists it under its subject; select it there.
        ConflictsPanel *panel = window.conflictsPanel();
        QVERIFY(panel->proxy()->acceptedConflictIds().contains(id));
        const QModelIndex sourceIndex = panel->model()->indexOf(id);
        QVERIFY(sourceIndex.isValid());
        const QModelIndex proxyIndex = panel->proxy()->mapFromSource(sourceIndex);
        panel->view()->setCurrentIndex(proxyIndex);
        QCOMPARE(window.currentConflictId(), id);

        // The evidence panel shows both sides with their claims, value highlighted.
        EvidencePanel *evidence = window.evidencePanel();
        QVERIFY(evidence->conflict().has_value());
        QCOMPARE(evidence->conflict()->id, id);
        EvidenceModel *model = evidence->model();
        QCOMPARE(model->rowCount(), static_cast<int>(planted->sides.size()));
        QStringList sideLabels;
        for (int s = 0; s < model->rowCount(); ++s) {
            const QModelIndex side = model->index(s, 0);
            sideLabels << side.data().toString();
            QVERIFY(model->rowCount(side) >= 1);
            const QString html = model->index(0, 0, side).data(Roles::RichTextRole).toString();
            QVERIFY2(html.contains(QStringLiteral("<span")), qPrintable(html));
        }
        QVERIFY2(sideLabels.join(QLatin1Char(' ')).contains(QStringLiteral("3")) &&
                     sideLabels.join(QLatin1Char(' ')).contains(QStringLiteral("5")),
                 qPrintable(sideLabels.join(QStringLiteral(" | "))));

        // Clicking a claim opens the document viewer at its sentence.
        const QModelIndex firstClaim = model->index(0, 0, model->index(0, 0));
        const QRect claimRect = evidence->view()->visualRect(firstClaim);
        QVERIFY(!claimRect.isEmpty());
        QTest::mouseClick(evidence->view()->viewport(), Qt::LeftButton, Qt::NoModifier,
                          claimRect.center());
        DocumentViewer *viewer = window.documentViewer();
        QCOMPARE(viewer->documentPath(), firstClaim.data(Roles::DocumentPathRole).toString());
        QCOMPARE(viewer->focusStart(), firstClaim.data(Roles::SentenceStartRole).toLongLong());
        QVERIFY(viewer->editor()->toPlainText().contains(QStringLiteral("Quorra-3")));
        QVERIFY(!viewer->editor()->extraSelections().isEmpty());

        // The timeline shows the conflict's lane. It is rebuilt on the next turn of the event
        // loop after the conflict list changes (one rebuild for a burst of model signals), so
        // wait for that turn rather than assume it has come.
        QTRY_VERIFY_WITH_TIMEOUT(window.timeline()->laneCount() >= 1, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(window.timeline()->pointCount() >= 2, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(window.timeline()->selectedConflict(), id, 5000);

        QTest::qWait(200); // let the layout settle before the pictures
        uitest::saveScreenshot(&window, QStringLiteral("mainwindow"));
        uitest::saveScreenshot(window.timeline(), QStringLiteral("timeline"));
        uitest::saveScreenshot(evidence, QStringLiteral("evidence"));

        // Confirm with its shortcut (C), as the analyst does.
        const QString projectPath = session->projectPath();
        panel->view()->setFocus();
        QTest::keyClick(&window, Qt::Key_C);
        QCOMPARE(toString(session->conflict(id)->status), toString(ReviewStatus::Confirmed));
        QCOMPARE(toString(storedStatus(projectPath, id)), toString(ReviewStatus::Confirmed));
        QVERIFY(panel->model()
                    ->indexOf(id, ConflictTreeModel::StatusColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Confirmed")));
        QCOMPARE(window.undoStack()->count(), 1);

        // Undo (Ctrl+Z): open again, in the store too.
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(toString(session->conflict(id)->status), toString(ReviewStatus::Open));
        QCOMPARE(toString(storedStatus(projectPath, id)), toString(ReviewStatus::Open));
        // Redo (Ctrl+Shift+Z) and undo again through the stack.
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(toString(storedStatus(projectPath, id)), toString(ReviewStatus::Confirmed));
        window.undoStack()->undo();
        QCOMPARE(toString(storedStatus(projectPath, id)), toString(ReviewStatus::Open));

        // Dismiss; a note; choose a side.
        window.dismissCurrent();
        QCOMPARE(toString(storedStatus(projectPath, id)), toString(ReviewStatus::Dismissed));
        window.setNote(QStringLiteral("Checked with the vendor."));
        {
            QString error;
            auto store = ProjectStore::open(projectPath, &error);
            QVERIFY2(store, qPrintable(error));
            const std::optional<Review> review = store->review(id);
            QVERIFY(review.has_value());
            QCOMPARE(toString(review->status), toString(ReviewStatus::Dismissed));
            QCOMPARE(review->note, QStringLiteral("Checked with the vendor."));
            QCOMPARE(review->sidesFingerprint, planted->sidesFingerprint());
            QVERIFY(!review->summary.isEmpty());
        }
        window.chooseSide(1);
        QCOMPARE(session->conflict(id)->chosenSide, std::optional<int>(1));
        QCOMPARE(toString(storedStatus(projectPath, id)), toString(ReviewStatus::Resolved));
        window.undoStack()->undo();
        QCOMPARE(toString(storedStatus(projectPath, id)), toString(ReviewStatus::Dismissed));
        uitest::saveScreenshot(&window, QStringLiteral("mainwindow-reviewed"));
    }

    void darkPaletteScreenshot() {
        // The desktop on a dark palette: colours come from palette roles, side colours
        // work on both. The picture is for a person to look at.
        QTemporaryDir dir;
        QVERIFY(uitest::writeSampleBriefings(dir.path()));
        const QPalette light = QApplication::palette();
        QApplication::setStyle(QStringLiteral("Fusion"));
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xdd, 0xdd, 0xdd));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        dark.setColor(QPalette::Text, QColor(0xdd, 0xdd, 0xdd));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, QColor(0xdd, 0xdd, 0xdd));
        dark.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x55));
        dark.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ToolTipText, QColor(0xdd, 0xdd, 0xdd));
        dark.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
        dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
        QApplication::setPalette(dark);
        {
            MainWindow window;
            window.resize(1500, 950);
            window.show();
            QSignalSpy finished(&window, &MainWindow::scanFinished);
            QVERIFY(window.openFolder(dir.path()));
            QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1, kScanTimeoutMs);
            if (const Conflict *planted = releaseConflict(*window.session()))
                window.selectConflict(planted->id);
            QTest::qWait(300);
            uitest::saveScreenshot(&window, QStringLiteral("mainwindow-dark"));
        }
        QApplication::setPalette(light);
    }

    void watchedFolderRescansAndMarksChanges() {
        QTemporaryDir dir;
        QVERIFY(uitest::writeSampleBriefings(dir.path()));
        MainWindow window;
        window.show();
        window.folderWatcher()->setDebounceInterval(200);
        QSignalSpy finished(&window, &MainWindow::scanFinished);
        QVERIFY(window.openFolder(dir.path()));
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1, kScanTimeoutMs);
        ProjectSession *session = window.session();
        const Conflict *planted = releaseConflict(*session);
        QVERIFY(planted);
        const QString id = planted->id;
        window.selectConflict(id);
        window.confirmCurrent();
        QCOMPARE(toString(session->conflict(id)->status), toString(ReviewStatus::Confirmed));
        QVERIFY(!session->conflict(id)->changedSinceReview);

        // On disk: one briefing rewritten with another date, one removed, one added.
        finished.clear();
        QTest::qWait(1100); // a new modification time, even on coarse file systems
        QVERIFY(uitest::writeText(
            dir.filePath(QStringLiteral("02_weekly_review.txt")),
            QStringLiteral(
                "Weekly Model Review — March 12, 2026\n\nPosted on March 12, 2026\n\n"
                "Quorra-3 was released on March 6, 2026 by Veltrona Labs. "
                "Early users praised its long context window.\n\nSources: Bloomberg\n")));
        QVERIFY(QFile::remove(dir.filePath(QStringLiteral("04_market_wrap.txt"))));
        QVERIFY(
            uitest::writeText(dir.filePath(QStringLiteral("05_late_note.txt")),
                              QStringLiteral("Late Note — March 20, 2026\n\nPosted on March 20, "
                                             "2026\n\nNothing new to report on prices.\n")));
        // The watcher notices and rescans by itself.
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1 && !window.isScanning(), kScanTimeoutMs);
        QVERIFY(finished.last().at(0).toBool());

        auto change = [&](const QString &path) {
            const DocumentRow *row = session->documentRow(path);
            return row ? static_cast<int>(row->change) : -1;
        };
        QCOMPARE(change(QStringLiteral("02_weekly_review.txt")),
                 static_cast<int>(DocumentChange::Changed));
        QCOMPARE(change(QStringLiteral("05_late_note.txt")), static_cast<int>(DocumentChange::New));
        QCOMPARE(change(QStringLiteral("04_market_wrap.txt")),
                 static_cast<int>(DocumentChange::Gone));
        QCOMPARE(change(QStringLiteral("01_morning_digest.txt")),
                 static_cast<int>(DocumentChange::Unchanged));

        // The review survived the rescan, and says the sides changed under it.
        const Conflict *after = session->conflict(id);
        QVERIFY(after);
        QCOMPARE(toString(after->status), toString(ReviewStatus::Confirmed));
        QVERIFY(after->changedSinceReview);
        QVERIFY(window.conflictsPanel()
                    ->model()
                    ->indexOf(id, ConflictTreeModel::StatusColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("changed since review")));
        QTest::qWait(200);
        window.dock(QStringLiteral("documentsDock"))->raise();
        uitest::saveScreenshot(&window, QStringLiteral("mainwindow-rescanned"));
    }

    void seedBriefingsScreenshots() {
        // The shared seed briefings, copied (never scanned in place): pictures for a person.
        const QString seeds = QStringLiteral(CROSSCHECK_SHARED_DIR "/corpus/seeds");
        if (!QFileInfo(seeds).isDir())
            QSKIP("../shared/corpus/seeds is absent: no seed screenshots");
        QTemporaryDir dir;
        for (const QFileInfo &f : QDir(seeds).entryInfoList(QDir::Files))
            QVERIFY(QFile::copy(f.absoluteFilePath(), dir.filePath(f.fileName())));
        MainWindow window;
        window.resize(1600, 1000);
        window.show();
        QSignalSpy finished(&window, &MainWindow::scanFinished);
        QVERIFY(window.openFolder(dir.path()));
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1, kScanTimeoutMs);
        QVERIFY(finished.first().at(0).toBool());
        // The seed folder's date contradiction is found and shown first (most severe).
        const Conflict *date = nullptr;
        for (const Conflict &c : window.session()->conflicts())
            if (c.kind == ConflictKind::Date && c.sides.size() >= 2)
                date = &c;
        QVERIFY2(date, "no date conflict in the seed briefings");
        window.selectConflict(date->id);
        QCOMPARE(window.evidencePanel()->model()->rowCount(), static_cast<int>(date->sides.size()));
        QTest::qWait(300);
        uitest::saveScreenshot(&window, QStringLiteral("seeds-mainwindow"));
        uitest::saveScreenshot(window.timeline(), QStringLiteral("seeds-timeline"));
        uitest::saveScreenshot(window.evidencePanel(), QStringLiteral("seeds-evidence"));
        window.dock(QStringLiteral("documentsDock"))->raise();
        QTest::qWait(100);
        uitest::saveScreenshot(window.dock(QStringLiteral("documentsDock")),
                               QStringLiteral("seeds-documents"));
    }

    void searchJumpsToTheSentence() {
        QTemporaryDir dir;
        QVERIFY(uitest::writeSampleBriefings(dir.path()));
        MainWindow window;
        window.show();
        QSignalSpy finished(&window, &MainWindow::scanFinished);
        QVERIFY(window.openFolder(dir.path()));
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1, kScanTimeoutMs);
        QVERIFY(window.search(QStringLiteral("stores")) >= 1);
        QCOMPARE(window.documentViewer()->documentPath(), QStringLiteral("04_market_wrap.txt"));
        const QString text = window.documentViewer()->editor()->toPlainText();
        QVERIFY(window.documentViewer()->focusStart() >= 0);
        QVERIFY(
            text.mid(window.documentViewer()->focusStart()).startsWith(QStringLiteral("Marivel")));
        QCOMPARE(window.search(QStringLiteral("zzzzunknownword")), 0);
    }

    void exportCurrentFilterOnly() {
        QTemporaryDir dir;
        QVERIFY(uitest::writeSampleBriefings(dir.path()));
        MainWindow window;
        window.show();
        QSignalSpy finished(&window, &MainWindow::scanFinished);
        QVERIFY(window.openFolder(dir.path()));
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1, kScanTimeoutMs);
        const Conflict *planted = releaseConflict(*window.session());
        QVERIFY(planted);
        const QString out = dir.filePath(QStringLiteral("report.json"));
        QString error;
        // A filter that hides every conflict exports none of them.
        window.conflictsPanel()->proxy()->setTextFilter(QStringLiteral("nothingmatchesthis"));
        QVERIFY2(window.exportReport(ReportFormat::Json, out, true, &error), qPrintable(error));
        QJsonObject json = QJsonDocument::fromJson(uitest::readAll(out)).object();
        QCOMPARE(json.value(QStringLiteral("schema")).toString(),
                 QStringLiteral("crosscheck.conflicts/1"));
        QCOMPARE(json.value(QStringLiteral("conflicts")).toArray().size(), 0);
        // All conflicts: the planted one is there.
        QVERIFY2(window.exportReport(ReportFormat::Json, out, false, &error), qPrintable(error));
        json = QJsonDocument::fromJson(uitest::readAll(out)).object();
        bool found = false;
        for (const QJsonValue &c : json.value(QStringLiteral("conflicts")).toArray())
            found = found || c.toObject().value(QStringLiteral("id")).toString() == planted->id;
        QVERIFY(found);
        // The other formats through the same path.
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        QVERIFY2(window.exportReport(ReportFormat::Pdf, pdf, false, &error), qPrintable(error));
        QVERIFY(uitest::readAll(pdf).startsWith("%PDF"));
        const QString html = dir.filePath(QStringLiteral("report.html"));
        QVERIFY2(window.exportReport(ReportFormat::Html, html, false, &error), qPrintable(error));
        QVERIFY(uitest::readAll(html).contains("Quorra-3"));
        const QString md = dir.filePath(QStringLiteral("report.md"));
        QVERIFY2(window.exportReport(ReportFormat::Markdown, md, false, &error), qPrintable(error));
        QVERIFY(uitest::readAll(md).contains("Quorra-3"));
        const QString csv = dir.filePath(QStringLiteral("report.csv"));
        QVERIFY2(window.exportReport(ReportFormat::Csv, csv, false, &error), qPrintable(error));
        QVERIFY(uitest::readAll(csv).contains("Quorra-3"));
        // A folder that cannot be written to fails with a message, not a crash.
        QVERIFY(!window.exportReport(
            ReportFormat::Json, dir.filePath(QStringLiteral("no/such/dir/r.json")), false, &error));
        QVERIFY(!error.isEmpty());
    }

    void rejectAndMergeAreUndoable() {
        QTemporaryDir dir;
        QVERIFY(uitest::writeSampleBriefings(dir.path()));
        MainWindow window;
        window.show();
        QSignalSpy finished(&window, &MainWindow::scanFinished);
        QVERIFY(window.openFolder(dir.path()));
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1, kScanTimeoutMs);
        ProjectSession *session = window.session();
        const Conflict *planted = releaseConflict(*session);
        QVERIFY(planted);
        const QString id = planted->id;
        // Reject the lone claim of the side with one claim: the conflict goes away.
        const ConflictSide *lone = nullptr;
        for (const ConflictSide &s : planted->sides)
            if (s.claims.size() == 1 && (!lone || planted->sides.size() == 2))
                lone = &s;
        QVERIFY(lone);
        const Claim claim = lone->claims.front();
        // The session reloads its conflicts on every change: keep no pointer into them.
        const size_t sidesBefore = planted->sides.size();
        planted = nullptr;
        lone = nullptr;
        window.rejectClaim(claim, true);
        QCOMPARE(window.undoStack()->count(), 1);
        if (sidesBefore == 2)
            QVERIFY(session->conflict(id) == nullptr);
        window.undoStack()->undo();
        QVERIFY(session->conflict(id) != nullptr);
        QCOMPARE(static_cast<int>(session->conflict(id)->sides.size()), 2);

        // Merge the product's name into another entity: its claims, and the conflict, move
        // there; undo brings them back.
        const QString surface =
            claim.subjectSurface.isEmpty() ? claim.subject : claim.subjectSurface;
        const QString other = QStringLiteral("Hollowmere Systems");
        window.mergeNames(surface, other);
        QCOMPARE(window.undoStack()->count(), 1); // the undone rejection left the stack
        QCOMPARE(static_cast<int>(session->aliases().size()), 1);
        QVERIFY(session->conflict(id) == nullptr);
        bool moved = false;
        for (const Conflict &c : session->conflicts())
            moved = moved || (c.subject == other && c.kind == ConflictKind::Date);
        QVERIFY(moved);
        window.undoStack()->undo();
        QVERIFY(session->aliases().empty());
        QVERIFY(session->conflict(id) != nullptr);
    }
};

QTEST_MAIN(MainWindowTest)
#include "MainWindowTest.moc"
