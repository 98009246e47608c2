#pragma once

#include "model/Conflict.h"
#include "model/Document.h"

#include <QHash>
#include <QPoint>
#include <QWidget>
#include <optional>
#include <vector>

class QChart;
class QChartView;
class QComboBox;
class QDateTimeAxis;
class QCategoryAxis;
class QLabel;
class QScrollBar;
class QToolButton;
class QXYSeries;

namespace cc {

class TimelineChartView;

// The conflicts on a time axis (QtCharts). One lane per subject/attribute (or
// per source); claimed dates as points coloured by side, publication dates as
// ticks, each conflict as a span between its disjoint values. Only the lanes
// of the conflicts given (the filtered ones) are shown, a screenful at a time,
// with a scroll bar: hundreds of lanes scroll instead of being crammed.
// Wheel zooms time around the pointer, dragging pans, Shift+wheel scrolls lanes.
class TimelineView : public QWidget {
    Q_OBJECT
public:
    enum class LaneMode { SubjectAttribute, Source };

    explicit TimelineView(QWidget *parent = nullptr);
    ~TimelineView() override;

    // The conflicts to show, in lane order; documents give publication dates and outlets.
    void setData(std::vector<cc::Conflict> conflicts, const std::vector<Document> &documents);
    void setSelectedConflict(const QString &conflictId);
    QString selectedConflict() const { return m_selected; }
    void setLaneMode(LaneMode mode);
    LaneMode laneMode() const { return m_mode; }
    void resetZoom();
    // Fits the time axis to the selected conflict's claims and publication ticks.
    void zoomToSelection();

    int laneCount() const { return static_cast<int>(m_lanes.size()); }
    int firstVisibleLane() const;
    int visibleLaneCount() const;
    QStringList laneLabels() const;
    int pointCount() const { return static_cast<int>(m_marks.size()); }
    QChartView *chartView() const;
    // Where the first claim of a conflict's side is drawn, in the chart view's viewport
    // coordinates; nullopt when it is not in view.
    std::optional<QPoint> claimPointInView(const QString &conflictId, int side) const;
    // The time range shown (msecs since the epoch).
    std::pair<qint64, qint64> visibleRange() const;

signals:
    void conflictClicked(const QString &conflictId);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Lane {
        QString label;
        QString tooltip;
    };
    struct Mark { // a claim
        qint64 x = 0;
        int lane = 0;
        int side = 0;
        QString conflictId;
        QString tooltip;
    };
    struct Tick { // a publication date
        qint64 x = 0;
        int lane = 0;
        QString tooltip;
    };
    struct Span { // a conflict, between its extreme values
        qint64 x0 = 0;
        qint64 x1 = 0;
        int lane = 0;
        QString conflictId;
        QString tooltip;
    };

    void buildLanes();
    void render();
    void applyStyle();
    void updateScrollBar();
    void updateAxisFormat();
    void zoomAt(qreal factor, qreal anchorX);
    void panBy(qreal pixels);
    void showTooltip(int kind, const QPointF &point, bool state, int seriesLane);
    std::pair<qint64, qint64> fullRange() const;
    static std::pair<qint64, qint64> padded(qint64 lo, qint64 hi);

    std::vector<cc::Conflict> m_conflicts;
    QHash<QString, Document> m_documents;
    LaneMode m_mode = LaneMode::SubjectAttribute;
    QString m_selected;

    std::vector<Lane> m_lanes;
    std::vector<Mark> m_marks;
    std::vector<Tick> m_ticks;
    std::vector<Span> m_spans;

    QComboBox *m_modeBox;
    QToolButton *m_resetButton;
    QToolButton *m_fitButton;
    QLabel *m_legend;
    TimelineChartView *m_view;
    QChart *m_chart;
    QDateTimeAxis *m_axisX;
    QCategoryAxis *m_axisY;
    QScrollBar *m_laneBar;
    bool m_rangeSet = false;
};

} // namespace cc
