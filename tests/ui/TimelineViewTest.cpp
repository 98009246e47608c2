// The timeline: lanes per subject/attribute or per source, points per claim,
// a screenful of lanes with a scroll bar, zoom and pan, clicks select conflicts.
#include "TimelineView.h"
#include "UiTestSupport.h"

#include <QChartView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>
#include <QWheelEvent>

using namespace cc;

namespace {

Claim claim(const QString &doc, const QString &subject, QDate date) {
    Claim c;
    c.document = doc;
    c.subject = subject;
    c.attribute = QStringLiteral("release_date");
    c.value = ClaimValue::fromDate(DateInterval::day(date));
    c.label = date.toString(Qt::ISODate);
    c.quote = QStringLiteral("%1 came out on %2.").arg(subject, c.label);
    c.claimDate = date.addDays(5);
    return c;
}

Conflict dateConflict(const QString &subject, QDate a, QDate b, const QString &docA,
                      const QString &docB) {
    Conflict c;
    c.subject = subject;
    c.attribute = QStringLiteral("release_date");
    c.attributeLabel = QStringLiteral("release date");
    c.kind = ConflictKind::Date;
    c.id = Conflict::makeId(subject, c.attribute, QString(), c.kind);
    ConflictSide s1;
    s1.label = a.toString(Qt::ISODate);
    s1.claims.push_back(claim(docA, subject, a));
    ConflictSide s2;
    s2.label = b.toString(Qt::ISODate);
    s2.claims.push_back(claim(docB, subject, b));
    c.sides = {s1, s2};
    return c;
}

std::vector<Document> documents() {
    std::vector<Document> docs;
    for (int i = 0; i < 4; ++i) {
        Document d;
        d.path = QStringLiteral("doc%1.txt").arg(i);
        d.title = QStringLiteral("Briefing %1").arg(i);
        d.outlet = i % 2 ? QStringLiteral("Wire One") : QStringLiteral("Paper Two");
        d.published = DateInterval::day(QDate(2026, 3, 20 + i));
        docs.push_back(d);
    }
    return docs;
}

} // namespace

class TimelineViewTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { uitest::isolateSettings("TimelineViewTest"); }

    void laneForEachSubjectAttribute() {
        TimelineView view;
        view.resize(900, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        std::vector<Conflict> conflicts{
            dateConflict(QStringLiteral("Orbis"), QDate(2026, 3, 3), QDate(2026, 3, 5),
                         QStringLiteral("doc0.txt"), QStringLiteral("doc1.txt")),
            dateConflict(QStringLiteral("Zentrix"), QDate(2026, 2, 1), QDate(2026, 2, 20),
                         QStringLiteral("doc2.txt"), QStringLiteral("doc3.txt"))};
        view.setData(conflicts, documents());
        QCOMPARE(view.laneCount(), 2);
        QVERIFY(view.laneLabels().value(0).startsWith(QStringLiteral("Orbis")));
        QCOMPARE(view.pointCount(), 4);
        // The whole range shows both conflicts' dates and every publication tick.
        const auto [lo, hi] = view.visibleRange();
        QVERIFY(lo < QDate(2026, 2, 1).startOfDay().toMSecsSinceEpoch());
        QVERIFY(hi > QDate(2026, 3, 23).startOfDay().toMSecsSinceEpoch());

        // Fitting the selection narrows the axis to that conflict (and its publication ticks).
        view.setSelectedConflict(conflicts[0].id);
        view.zoomToSelection();
        const auto [fitLo, fitHi] = view.visibleRange();
        QVERIFY(fitLo > QDate(2026, 2, 20).startOfDay().toMSecsSinceEpoch());
        QVERIFY(fitLo < QDate(2026, 3, 3).startOfDay().toMSecsSinceEpoch());
        QVERIFY(fitHi > QDate(2026, 3, 21).startOfDay().toMSecsSinceEpoch());
        view.resetZoom();

        view.setLaneMode(TimelineView::LaneMode::Source);
        QCOMPARE(view.laneCount(), 2); // two outlets
        QVERIFY(view.laneLabels().contains(QStringLiteral("Wire One")));
        QCOMPARE(view.pointCount(), 4);
        QTest::qWait(200); // the chart lays itself out on the next turns of the event loop
        uitest::saveScreenshot(&view, QStringLiteral("timeline-sources"));
    }

    void hundredsOfLanesScrollInsteadOfCramming() {
        TimelineView view;
        view.resize(900, 420);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        std::vector<Conflict> conflicts;
        for (int i = 0; i < 300; ++i)
            conflicts.push_back(
                dateConflict(QStringLiteral("Entity %1").arg(i, 3, 10, QLatin1Char('0')),
                             QDate(2026, 1, 1).addDays(i), QDate(2026, 1, 10).addDays(i),
                             QStringLiteral("doc0.txt"), QStringLiteral("doc1.txt")));
        view.setData(conflicts, documents());
        QTest::qWait(200);
        QCOMPARE(view.laneCount(), 300);
        QVERIFY(view.visibleLaneCount() < 30);
        QVERIFY(view.visibleLaneCount() >= 3);
        auto *bar = view.findChild<QScrollBar *>(QStringLiteral("timelineLaneScroll"));
        QVERIFY(bar);
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->maximum(), 300 - view.visibleLaneCount());
        QCOMPARE(view.firstVisibleLane(), 0);

        // Selecting a conflict far down scrolls its lane into view.
        view.setSelectedConflict(conflicts[250].id);
        QVERIFY(view.firstVisibleLane() <= 250);
        QVERIFY(view.firstVisibleLane() + view.visibleLaneCount() > 250);

        // Shift+wheel scrolls lanes; the wheel alone zooms time.
        const int before = view.firstVisibleLane();
        QWidget *chart = view.chartView()->viewport();
        const QPointF at(chart->width() / 2.0, chart->height() / 2.0);
        QWheelEvent down(at, chart->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                         Qt::ShiftModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(chart, &down);
        QCOMPARE(view.firstVisibleLane(), std::min(before + 1, bar->maximum()));

        const auto [lo, hi] = view.visibleRange();
        QWheelEvent zoomIn(at, chart->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton,
                           Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(chart, &zoomIn);
        const auto [lo2, hi2] = view.visibleRange();
        QVERIFY(hi2 - lo2 < hi - lo);
        // Drag pans: the range keeps its width and moves.
        QTest::mousePress(chart, Qt::LeftButton, Qt::NoModifier, at.toPoint());
        QTest::mouseMove(chart, at.toPoint() + QPoint(40, 0));
        QTest::mouseMove(chart, at.toPoint() + QPoint(120, 0));
        QTest::mouseRelease(chart, Qt::LeftButton, Qt::NoModifier, at.toPoint() + QPoint(120, 0));
        const auto [lo3, hi3] = view.visibleRange();
        QVERIFY(lo3 < lo2);
        QVERIFY(std::llabs((hi3 - lo3) - (hi2 - lo2)) < 60 * 1000);
        view.resetZoom();
        QCOMPARE(view.visibleRange(), std::make_pair(lo, hi));
        QTest::qWait(200);
        uitest::saveScreenshot(&view, QStringLiteral("timeline-many-lanes"));
    }

    void hoverShowsTheClaimAndClickSelects() {
        TimelineView view;
        view.resize(900, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        std::vector<Conflict> conflicts{
            dateConflict(QStringLiteral("Orbis"), QDate(2026, 3, 3), QDate(2026, 3, 12),
                         QStringLiteral("doc0.txt"), QStringLiteral("doc1.txt")),
            dateConflict(QStringLiteral("Zentrix"), QDate(2026, 2, 1), QDate(2026, 2, 20),
                         QStringLiteral("doc2.txt"), QStringLiteral("doc3.txt"))};
        view.setData(conflicts, documents());
        QTest::qWait(200);
        QSignalSpy clicked(&view, &TimelineView::conflictClicked);
        const std::optional<QPoint> at = view.claimPointInView(conflicts[1].id, 1);
        QVERIFY(at.has_value());
        QWidget *viewport = view.chartView()->viewport();
        QTest::mouseMove(viewport, *at - QPoint(30, 30));
        QTest::mouseMove(viewport, *at);
        QTRY_VERIFY_WITH_TIMEOUT(QToolTip::isVisible(), 3000);
        QVERIFY2(QToolTip::text().contains(QStringLiteral("Side 2")), qPrintable(QToolTip::text()));
        QVERIFY(QToolTip::text().contains(QStringLiteral("Zentrix came out on 2026-02-20")));
        QTest::mouseClick(viewport, Qt::LeftButton, Qt::NoModifier, *at);
        QTRY_COMPARE_WITH_TIMEOUT(clicked.count(), 1, 3000);
        QCOMPARE(clicked.first().first().toString(), conflicts[1].id);
    }

    void emptyTimelineSaysSo() {
        TimelineView view;
        view.setData({}, {});
        QCOMPARE(view.laneCount(), 0);
        QCOMPARE(view.pointCount(), 0);
    }
};

QTEST_MAIN(TimelineViewTest)
#include "TimelineViewTest.moc"
