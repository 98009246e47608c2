#include "TimelineView.h"

#include "UiStyle.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QDateTimeAxis>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QMouseEvent>
#include <QPainter>
#include <QScatterSeries>
#include <QScrollBar>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <algorithm>
#include <functional>
#include <map>
#include <set>

namespace cc {

namespace {

constexpr int kLaneHeight = 36; // pixels per lane
constexpr qint64 kDay = 24ll * 3600 * 1000;
constexpr int kMaxSideSeries = 7; // side colours cycle beyond this

qint64 msecsOf(const QDate &date) {
    // Noon, so that a day's point sits in the middle of its day on the axis.
    return date.startOfDay().addSecs(12 * 3600).toMSecsSinceEpoch();
}

// Where a claim sits in time: its claimed date for date values, else when it was reported.
std::optional<qint64> claimTime(const Claim &claim, const Document *doc) {
    if (claim.value.type == ClaimValue::Type::Date && claim.value.date.isValid()) {
        const DateInterval &d = claim.value.date;
        if (d.begin.isValid() && d.end.isValid())
            return (msecsOf(d.begin) + msecsOf(d.end)) / 2;
        return msecsOf(d.begin.isValid() ? d.begin : d.end);
    }
    if (claim.claimDate.isValid())
        return msecsOf(claim.claimDate);
    if (doc && doc->published && doc->published->begin.isValid())
        return msecsOf(doc->published->begin);
    return std::nullopt;
}

std::optional<qint64> publishedTime(const Document *doc) {
    if (!doc || !doc->published || !doc->published->isValid())
        return std::nullopt;
    const DateInterval &d = *doc->published;
    return msecsOf(d.begin.isValid() ? d.begin : d.end);
}

QString laneKeyLabel(const Conflict &c) {
    QString label = c.subject + QStringLiteral(" · ") +
                    (c.attributeLabel.isEmpty() ? c.attribute : c.attributeLabel);
    if (!c.scope.isEmpty())
        label += QStringLiteral(" (") + c.scope + QLatin1Char(')');
    return label;
}

QString documentName(const Document *doc, const QString &path) {
    if (!doc)
        return path;
    return doc->title.isEmpty() ? path : doc->title;
}

// A tick mark image for publication dates (QXYSeries light marker).
QImage tickImage(const QColor &color) {
    QImage image(32, 32, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawRect(QRectF(13, 0, 6, 32));
    return image;
}

} // namespace

// The chart view: wheel zooms time around the pointer, a drag pans it, Shift+wheel scrolls lanes.
class TimelineChartView : public QChartView {
public:
    std::function<void(qreal factor, qreal anchorX)> onZoom;
    std::function<void(qreal dx)> onPan;
    std::function<void(int steps)> onLaneScroll;
    std::function<void()> onResized;

    explicit TimelineChartView(QChart *chart, QWidget *parent) : QChartView(chart, parent) {
        setRenderHint(QPainter::Antialiasing);
        setRubberBand(QChartView::NoRubberBand);
        setMouseTracking(true);
    }

protected:
    void wheelEvent(QWheelEvent *event) override {
        const QPoint delta = event->angleDelta();
        if (event->modifiers() & Qt::ShiftModifier || delta.x() != 0) {
            // Shift+wheel (or a horizontal wheel, some mice report Shift that way): lanes.
            const int d = delta.y() != 0 ? delta.y() : delta.x();
            if (onLaneScroll)
                onLaneScroll(d > 0 ? -1 : 1);
        } else if (delta.y() != 0 && onZoom) {
            const QPointF value = chart()->mapToValue(event->position());
            onZoom(delta.y() > 0 ? 0.8 : 1.25, value.x());
        }
        event->accept();
    }
    void mousePressEvent(QMouseEvent *event) override {
        if (event->button() == Qt::LeftButton) {
            m_pressPos = event->position();
            m_lastPos = m_pressPos;
            m_dragging = false;
        }
        QChartView::mousePressEvent(event);
    }
    void mouseMoveEvent(QMouseEvent *event) override {
        if (event->buttons() & Qt::LeftButton) {
            if (!m_dragging && (event->position() - m_pressPos).manhattanLength() > 4) {
                m_dragging = true;
                setCursor(Qt::ClosedHandCursor);
            }
            if (m_dragging) {
                if (onPan)
                    onPan(event->position().x() - m_lastPos.x());
                m_lastPos = event->position();
                event->accept();
                return;
            }
        }
        QChartView::mouseMoveEvent(event);
    }
    void mouseReleaseEvent(QMouseEvent *event) override {
        if (m_dragging) {
            m_dragging = false;
            unsetCursor();
            event->accept();
            return;
        }
        QChartView::mouseReleaseEvent(event);
    }
    void resizeEvent(QResizeEvent *event) override {
        QChartView::resizeEvent(event);
        if (onResized)
            onResized();
    }

private:
    QPointF m_pressPos;
    QPointF m_lastPos;
    bool m_dragging = false;
};

TimelineView::TimelineView(QWidget *parent) : QWidget(parent) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(2);

    auto *bar = new QHBoxLayout;
    bar->setSpacing(6);
    bar->addWidget(new QLabel(tr("Lanes:"), this));
    m_modeBox = new QComboBox(this);
    m_modeBox->setObjectName(QStringLiteral("timelineLaneMode"));
    m_modeBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_modeBox->addItem(tr("Subject and attribute"));
    m_modeBox->addItem(tr("Source"));
    bar->addWidget(m_modeBox);
    m_resetButton = new QToolButton(this);
    m_resetButton->setText(tr("Reset zoom"));
    m_resetButton->setToolTip(
        tr("Show the whole time range (wheel zooms, drag pans, Shift+wheel scrolls lanes)"));
    bar->addWidget(m_resetButton);
    m_fitButton = new QToolButton(this);
    m_fitButton->setObjectName(QStringLiteral("timelineFitSelection"));
    m_fitButton->setText(tr("Fit conflict"));
    m_fitButton->setToolTip(tr("Zoom to the selected conflict's dates"));
    m_fitButton->setEnabled(false);
    bar->addWidget(m_fitButton);
    m_legend = new QLabel(this);
    m_legend->setTextFormat(Qt::RichText);
    // The legend may be clipped; it must not hold the timeline (and the docks beside it) wide.
    m_legend->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_legend->setMinimumWidth(0);
    bar->addWidget(m_legend, 1);
    layout->addLayout(bar);

    m_chart = new QChart;
    m_chart->legend()->hide();
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(4, 4, 8, 4));
    m_axisX = new QDateTimeAxis(m_chart);
    m_axisY = new QCategoryAxis(m_chart);
    m_axisY->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    m_axisY->setReverse(true); // the first lane on top
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);

    auto *row = new QHBoxLayout;
    row->setSpacing(0);
    m_view = new TimelineChartView(m_chart, this);
    m_view->setObjectName(QStringLiteral("timelineChart"));
    m_view->setMinimumHeight(160);
    row->addWidget(m_view, 1);
    m_laneBar = new QScrollBar(Qt::Vertical, this);
    m_laneBar->setObjectName(QStringLiteral("timelineLaneScroll"));
    row->addWidget(m_laneBar);
    layout->addLayout(row, 1);

    m_view->onZoom = [this](qreal f, qreal x) { zoomAt(f, x); };
    m_view->onPan = [this](qreal dx) { panBy(dx); };
    m_view->onLaneScroll = [this](int steps) { m_laneBar->setValue(m_laneBar->value() + steps); };
    m_view->onResized = [this] {
        updateScrollBar();
        render();
    };
    connect(m_laneBar, &QScrollBar::valueChanged, this, [this] { render(); });
    connect(m_modeBox, &QComboBox::currentIndexChanged, this,
            [this](int i) { setLaneMode(i == 1 ? LaneMode::Source : LaneMode::SubjectAttribute); });
    connect(m_resetButton, &QToolButton::clicked, this, &TimelineView::resetZoom);
    connect(m_fitButton, &QToolButton::clicked, this, &TimelineView::zoomToSelection);
    connect(m_axisX, &QDateTimeAxis::rangeChanged, this, [this] { updateAxisFormat(); });

    applyStyle();
    render();
}

TimelineView::~TimelineView() = default;

QChartView *TimelineView::chartView() const {
    return m_view;
}

void TimelineView::setData(std::vector<cc::Conflict> conflicts,
                           const std::vector<Document> &documents) {
    m_conflicts = std::move(conflicts);
    m_documents.clear();
    for (const Document &d : documents)
        m_documents.insert(d.path, d);
    const bool hadLanes = !m_lanes.empty();
    buildLanes();
    updateScrollBar();
    if (!m_rangeSet || !hadLanes)
        resetZoom();
    else
        render();
}

void TimelineView::setLaneMode(LaneMode mode) {
    if (m_mode == mode)
        return;
    m_mode = mode;
    const QSignalBlocker block(m_modeBox);
    m_modeBox->setCurrentIndex(mode == LaneMode::Source ? 1 : 0);
    buildLanes();
    m_laneBar->setValue(0);
    updateScrollBar();
    render();
}

void TimelineView::setSelectedConflict(const QString &conflictId) {
    m_selected = conflictId;
    m_fitButton->setEnabled(!conflictId.isEmpty());
    // Bring the conflict's lane into view.
    int lane = -1;
    for (const Span &s : m_spans)
        if (s.conflictId == conflictId) {
            lane = s.lane;
            break;
        }
    if (lane < 0)
        for (const Mark &m : m_marks)
            if (m.conflictId == conflictId) {
                lane = m.lane;
                break;
            }
    const int first = firstVisibleLane();
    if (lane >= 0 && (lane < first || lane >= first + visibleLaneCount()))
        m_laneBar->setValue(std::max(0, lane - visibleLaneCount() / 3));
    render();
}

int TimelineView::firstVisibleLane() const {
    return m_laneBar->value();
}

int TimelineView::visibleLaneCount() const {
    const qreal plot =
        m_chart->plotArea().height() > 0 ? m_chart->plotArea().height() : m_view->height() - 60;
    const int fit = std::max(1, static_cast<int>(plot / kLaneHeight));
    return std::max(1, std::min(fit, laneCount()));
}

QStringList TimelineView::laneLabels() const {
    QStringList labels;
    for (const Lane &l : m_lanes)
        labels << l.label;
    return labels;
}

std::pair<qint64, qint64> TimelineView::visibleRange() const {
    return {m_axisX->min().toMSecsSinceEpoch(), m_axisX->max().toMSecsSinceEpoch()};
}

std::optional<QPoint> TimelineView::claimPointInView(const QString &conflictId, int side) const {
    const int first = firstVisibleLane();
    for (const Mark &m : m_marks) {
        if (m.conflictId != conflictId || m.side != side)
            continue;
        if (m.lane < first || m.lane >= first + visibleLaneCount())
            return std::nullopt;
        const QPointF inChart = m_chart->mapToPosition(QPointF(static_cast<qreal>(m.x), m.lane));
        const QPoint inView = m_view->mapFromScene(m_chart->mapToScene(inChart));
        if (!m_view->viewport()->rect().contains(inView))
            return std::nullopt;
        return inView;
    }
    return std::nullopt;
}

void TimelineView::buildLanes() {
    m_lanes.clear();
    m_marks.clear();
    m_ticks.clear();
    m_spans.clear();

    std::map<QString, int> laneOf;
    auto laneFor = [&](const QString &key, const QString &label, const QString &tooltip) {
        const auto it = laneOf.find(key);
        if (it != laneOf.end())
            return it->second;
        const int lane = static_cast<int>(m_lanes.size());
        m_lanes.push_back({label, tooltip});
        laneOf.emplace(key, lane);
        return lane;
    };
    // Publication ticks once per document and lane.
    std::set<std::pair<int, QString>> ticked;
    auto addTick = [&](int lane, const QString &path) {
        if (!ticked.insert({lane, path}).second)
            return;
        const Document *doc = m_documents.contains(path) ? &m_documents[path] : nullptr;
        if (const auto x = publishedTime(doc))
            m_ticks.push_back(
                {*x, lane,
                 tr("%1\npublished %2").arg(documentName(doc, path), doc->published->toLabel())});
    };

    for (const Conflict &c : m_conflicts) {
        const QString summary = UiStyle::conflictSummary(c);
        int conflictLane = -1;
        if (m_mode == LaneMode::SubjectAttribute) {
            const QString key =
                c.subject.toCaseFolded() + QChar(0x1f) + c.attribute + QChar(0x1f) + c.scope;
            conflictLane = laneFor(key, laneKeyLabel(c), summary);
        }
        qint64 lo = std::numeric_limits<qint64>::max();
        qint64 hi = std::numeric_limits<qint64>::min();
        for (size_t s = 0; s < c.sides.size(); ++s) {
            const ConflictSide &side = c.sides[s];
            for (const Claim &claim : side.claims) {
                const Document *doc =
                    m_documents.contains(claim.document) ? &m_documents[claim.document] : nullptr;
                int lane = conflictLane;
                if (m_mode == LaneMode::Source) {
                    const QString source = doc && !doc->outlet.isEmpty()
                                               ? doc->outlet
                                               : documentName(doc, claim.document);
                    lane = laneFor(source.toCaseFolded(), source,
                                   doc && !doc->outlet.isEmpty() ? doc->outlet : claim.document);
                }
                addTick(lane, claim.document);
                const auto x = claimTime(claim, doc);
                if (!x)
                    continue;
                lo = std::min(lo, *x);
                hi = std::max(hi, *x);
                QString tip =
                    tr("Side %1: %2\n%3 — %4\n“%5”\n%6 · %7")
                        .arg(s + 1)
                        .arg(side.label, c.subject,
                             c.attributeLabel.isEmpty() ? c.attribute : c.attributeLabel,
                             claim.quote.simplified().left(220), documentName(doc, claim.document),
                             UiStyle::certaintyLabel(claim.certainty));
                m_marks.push_back({*x, lane, static_cast<int>(s), c.id, tip});
            }
        }
        if (conflictLane >= 0 && lo <= hi)
            m_spans.push_back({lo, hi, conflictLane, c.id, summary + QLatin1Char('\n') + c.why});
    }
}

std::pair<qint64, qint64> TimelineView::fullRange() const {
    qint64 lo = std::numeric_limits<qint64>::max();
    qint64 hi = std::numeric_limits<qint64>::min();
    for (const Mark &m : m_marks) {
        lo = std::min(lo, m.x);
        hi = std::max(hi, m.x);
    }
    for (const Tick &t : m_ticks) {
        lo = std::min(lo, t.x);
        hi = std::max(hi, t.x);
    }
    return padded(lo, hi);
}

std::pair<qint64, qint64> TimelineView::padded(qint64 lo, qint64 hi) {
    if (lo > hi) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        return {now - 30 * kDay, now + 30 * kDay};
    }
    const qint64 pad = std::max<qint64>((hi - lo) / 12, 3 * kDay);
    return {lo - pad, hi + pad};
}

void TimelineView::zoomToSelection() {
    qint64 lo = std::numeric_limits<qint64>::max();
    qint64 hi = std::numeric_limits<qint64>::min();
    std::set<int> lanes;
    for (const Mark &m : m_marks) {
        if (m.conflictId != m_selected)
            continue;
        lo = std::min(lo, m.x);
        hi = std::max(hi, m.x);
        lanes.insert(m.lane);
    }
    if (lo > hi)
        return;
    // The publication ticks on its lanes belong to the picture too.
    for (const Tick &t : m_ticks) {
        if (lanes.count(t.lane)) {
            lo = std::min(lo, t.x);
            hi = std::max(hi, t.x);
        }
    }
    const auto [from, to] = padded(lo, hi);
    m_axisX->setRange(QDateTime::fromMSecsSinceEpoch(from), QDateTime::fromMSecsSinceEpoch(to));
}

void TimelineView::resetZoom() {
    const auto [lo, hi] = fullRange();
    m_axisX->setRange(QDateTime::fromMSecsSinceEpoch(lo), QDateTime::fromMSecsSinceEpoch(hi));
    m_rangeSet = true;
    render();
}

void TimelineView::zoomAt(qreal factor, qreal anchorX) {
    const qint64 min = m_axisX->min().toMSecsSinceEpoch();
    const qint64 max = m_axisX->max().toMSecsSinceEpoch();
    const qreal anchor =
        std::clamp<qreal>(anchorX, static_cast<qreal>(min), static_cast<qreal>(max));
    qint64 newMin = static_cast<qint64>(anchor - (anchor - min) * factor);
    qint64 newMax = static_cast<qint64>(anchor + (max - anchor) * factor);
    // Neither a single hour nor a century: both are useless on a briefing timeline.
    if (newMax - newMin < kDay / 2 || newMax - newMin > 200ll * 365 * kDay)
        return;
    m_axisX->setRange(QDateTime::fromMSecsSinceEpoch(newMin),
                      QDateTime::fromMSecsSinceEpoch(newMax));
}

void TimelineView::panBy(qreal pixels) {
    const qreal width = m_chart->plotArea().width();
    if (width <= 0)
        return;
    const qint64 min = m_axisX->min().toMSecsSinceEpoch();
    const qint64 max = m_axisX->max().toMSecsSinceEpoch();
    const qint64 shift = static_cast<qint64>(-pixels / width * static_cast<qreal>(max - min));
    m_axisX->setRange(QDateTime::fromMSecsSinceEpoch(min + shift),
                      QDateTime::fromMSecsSinceEpoch(max + shift));
}

void TimelineView::updateAxisFormat() {
    const qint64 span = m_axisX->max().toMSecsSinceEpoch() - m_axisX->min().toMSecsSinceEpoch();
    if (span <= 4 * kDay)
        m_axisX->setFormat(QStringLiteral("MMM d hh:mm"));
    else if (span <= 200 * kDay)
        m_axisX->setFormat(QStringLiteral("MMM d"));
    else if (span <= 6 * 365 * kDay)
        m_axisX->setFormat(QStringLiteral("MMM yyyy"));
    else
        m_axisX->setFormat(QStringLiteral("yyyy"));
    const int width = static_cast<int>(m_chart->plotArea().width());
    m_axisX->setTickCount(std::clamp(width / 95, 2, 14));
}

void TimelineView::updateScrollBar() {
    const int visible = visibleLaneCount();
    m_laneBar->setRange(0, std::max(0, laneCount() - visible));
    m_laneBar->setPageStep(visible);
    m_laneBar->setSingleStep(1);
    m_laneBar->setVisible(laneCount() > visible);
}

void TimelineView::applyStyle() {
    const QPalette pal = palette();
    m_chart->setTheme(UiStyle::isDark(pal) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    m_chart->setBackgroundBrush(pal.brush(QPalette::Base));
    m_chart->setBackgroundPen(Qt::NoPen);
    m_chart->setBackgroundRoundness(0);
    m_chart->setTitleBrush(pal.brush(QPalette::Text));
    m_chart->legend()->hide();
    QColor grid = pal.color(QPalette::Text);
    grid.setAlpha(40);
    for (QAbstractAxis *axis :
         {static_cast<QAbstractAxis *>(m_axisX), static_cast<QAbstractAxis *>(m_axisY)}) {
        axis->setLabelsBrush(pal.brush(QPalette::Text));
        axis->setLinePenColor(pal.color(QPalette::Mid));
        axis->setGridLineColor(grid);
        axis->setTitleBrush(pal.brush(QPalette::Text));
    }
    m_axisY->setGridLineVisible(true);
    m_view->setBackgroundBrush(pal.brush(QPalette::Base));

    QStringList legend;
    for (int i = 0; i < 3; ++i)
        legend << QStringLiteral("<span style=\"color:%1\">●</span> %2")
                      .arg(UiStyle::sideColor(i).name(), tr("side %1").arg(i + 1));
    legend << tr("│ published") << tr("▬ conflict span");
    m_legend->setText(legend.join(QStringLiteral(" &nbsp; ")));
}

void TimelineView::changeEvent(QEvent *event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        applyStyle();
        render();
    }
}

void TimelineView::resizeEvent(QResizeEvent *event) {
    QWidget::resizeEvent(event);
    updateScrollBar();
}

void TimelineView::showTooltip(int kind, const QPointF &point, bool state, int) {
    if (!state) {
        QToolTip::hideText();
        return;
    }
    // The nearest item of that kind to the hovered point.
    const qint64 x = static_cast<qint64>(point.x());
    const int lane = static_cast<int>(std::lround(point.y()));
    QString tip;
    qint64 best = std::numeric_limits<qint64>::max();
    if (kind == 0) {
        for (const Mark &m : m_marks)
            if (m.lane == lane && std::llabs(m.x - x) < best) {
                best = std::llabs(m.x - x);
                tip = m.tooltip;
            }
    } else if (kind == 1) {
        for (const Tick &t : m_ticks)
            if (t.lane == lane && std::llabs(t.x - x) < best) {
                best = std::llabs(t.x - x);
                tip = t.tooltip;
            }
    } else {
        for (const Span &s : m_spans)
            if (s.lane == lane && x >= s.x0 - kDay && x <= s.x1 + kDay) {
                tip = s.tooltip;
                break;
            }
    }
    if (!tip.isEmpty())
        QToolTip::showText(QCursor::pos(), tip, m_view);
}

void TimelineView::render() {
    m_chart->removeAllSeries();
    const int first = firstVisibleLane();
    const int count = visibleLaneCount();
    const int last = std::min(laneCount(), first + count); // exclusive

    // Lane labels: elided to keep the plot wide, unique as QCategoryAxis requires.
    for (const QString &label : m_axisY->categoriesLabels())
        m_axisY->remove(label);
    m_axisY->setStartValue(first - 0.5);
    const QFontMetrics fm(m_axisY->labelsFont());
    QSet<QString> used;
    for (int lane = first; lane < last; ++lane) {
        QString label =
            fm.elidedText(m_lanes[static_cast<size_t>(lane)].label, Qt::ElideMiddle, 240);
        while (used.contains(label))
            label += QChar(0x200B);
        used.insert(label);
        m_axisY->append(label, lane + 0.5);
    }
    m_axisY->setRange(first - 0.5, first + std::max(1, count) - 0.5);

    if (m_lanes.empty()) {
        m_chart->setTitle(m_conflicts.empty() ? tr("No conflicts to show")
                                              : tr("These conflicts have no dated claims"));
        return;
    }
    m_chart->setTitle(QString());
    const QPalette pal = palette();
    auto attach = [this](QXYSeries *series) {
        m_chart->addSeries(series);
        series->attachAxis(m_axisX);
        series->attachAxis(m_axisY);
    };
    auto visible = [first, last](int lane) { return lane >= first && lane < last; };

    // The selected conflict's lane gets a band, drawn first, under everything.
    for (const Span &s : m_spans) {
        if (s.conflictId != m_selected || !visible(s.lane))
            continue;
        const auto [lo, hi] = fullRange();
        const qreal far = static_cast<qreal>(hi - lo) * 50; // wide enough for any pan
        auto *upper = new QLineSeries;
        auto *lower = new QLineSeries;
        upper->append(static_cast<qreal>(lo) - far, s.lane - 0.5);
        upper->append(static_cast<qreal>(hi) + far, s.lane - 0.5);
        lower->append(static_cast<qreal>(lo) - far, s.lane + 0.5);
        lower->append(static_cast<qreal>(hi) + far, s.lane + 0.5);
        auto *band = new QAreaSeries(upper, lower);
        upper->setParent(band);
        lower->setParent(band);
        QColor fill = pal.color(QPalette::Highlight);
        fill.setAlpha(28);
        band->setBrush(fill);
        band->setPen(Qt::NoPen);
        m_chart->addSeries(band);
        band->attachAxis(m_axisX);
        band->attachAxis(m_axisY);
        break;
    }

    // Spans first, so points and ticks are drawn over them.
    for (const Span &s : m_spans) {
        if (!visible(s.lane))
            continue;
        auto *line = new QLineSeries;
        const bool selected = s.conflictId == m_selected;
        QColor color = selected ? pal.color(QPalette::Highlight) : pal.color(QPalette::Text);
        color.setAlpha(selected ? 170 : 55);
        QPen pen(color, selected ? 10 : 8, Qt::SolidLine, Qt::RoundCap);
        line->setPen(pen);
        line->append(static_cast<qreal>(s.x0), s.lane);
        line->append(static_cast<qreal>(s.x1), s.lane);
        attach(line);
        const QString id = s.conflictId;
        // Queued: the selection re-renders the chart, which deletes this series.
        connect(line, &QLineSeries::clicked, this, [this, id] {
            QMetaObject::invokeMethod(
                this, [this, id] { emit conflictClicked(id); }, Qt::QueuedConnection);
        });
        connect(line, &QLineSeries::hovered, this,
                [this](const QPointF &p, bool state) { showTooltip(2, p, state, 0); });
    }

    auto *ticks = new QScatterSeries;
    QColor tickColor = pal.color(QPalette::Text);
    tickColor.setAlpha(150);
    ticks->setLightMarker(tickImage(tickColor));
    ticks->setMarkerSize(18);
    for (const Tick &t : m_ticks)
        if (visible(t.lane))
            ticks->append(static_cast<qreal>(t.x), t.lane);
    attach(ticks);
    connect(ticks, &QScatterSeries::hovered, this,
            [this](const QPointF &p, bool state) { showTooltip(1, p, state, 0); });

    std::vector<QScatterSeries *> sides;
    for (int s = 0; s < kMaxSideSeries; ++s) {
        auto *points = new QScatterSeries;
        points->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        points->setMarkerSize(12);
        points->setColor(UiStyle::sideColor(s));
        points->setBorderColor(pal.color(QPalette::Base));
        sides.push_back(points);
    }
    for (const Mark &m : m_marks)
        if (visible(m.lane))
            sides[static_cast<size_t>(m.side % kMaxSideSeries)]->append(static_cast<qreal>(m.x),
                                                                        m.lane);
    for (QScatterSeries *points : sides) {
        if (points->count() == 0) {
            delete points;
            continue;
        }
        attach(points);
        connect(points, &QScatterSeries::hovered, this,
                [this](const QPointF &p, bool state) { showTooltip(0, p, state, 0); });
        connect(points, &QScatterSeries::clicked, this, [this](const QPointF &p) {
            const qint64 x = static_cast<qint64>(p.x());
            const int lane = static_cast<int>(std::lround(p.y()));
            for (const Mark &m : m_marks)
                if (m.lane == lane && std::llabs(m.x - x) < kDay / 2) {
                    const QString id = m.conflictId;
                    QMetaObject::invokeMethod(
                        this, [this, id] { emit conflictClicked(id); }, Qt::QueuedConnection);
                    return;
                }
        });
    }
    updateAxisFormat();
}

} // namespace cc
