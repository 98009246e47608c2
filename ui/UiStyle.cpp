#include "UiStyle.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>
#include <array>

namespace cc::UiStyle {

namespace {

// Okabe-Ito: orange, sky blue, bluish green, vermillion, reddish purple, blue, yellow.
constexpr std::array<QRgb, 7> kSideColors = {0xE69F00, 0x56B4E9, 0x009E73, 0xD55E00,
                                             0xCC79A7, 0x0072B2, 0xF0E442};

QString tr(const char *text) {
    return QCoreApplication::translate("UiStyle", text);
}

// Draws an icon at 16 and 32 logical pixels (HiDPI screens pick the larger one).
template <typename Paint> QIcon drawnIcon(Paint paint) {
    QIcon icon;
    for (int size : {16, 32, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.scale(size / 16.0, size / 16.0);
        paint(p);
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QIcon disc(const QColor &fill, const QColor &mark, int glyph) {
    return drawnIcon([&](QPainter &p) {
        p.setPen(QPen(fill.darker(140), 1.0));
        p.setBrush(fill);
        p.drawEllipse(QRectF(1.5, 1.5, 13, 13));
        QPen pen(mark, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        switch (glyph) {
        case 1: // check
            p.drawPolyline(QPolygonF({QPointF(4.5, 8.2), QPointF(7, 10.8), QPointF(11.5, 5.2)}));
            break;
        case 2: // cross
            p.drawLine(QPointF(5.2, 5.2), QPointF(10.8, 10.8));
            p.drawLine(QPointF(10.8, 5.2), QPointF(5.2, 10.8));
            break;
        case 3: // flag: resolved
            p.drawLine(QPointF(5.5, 4), QPointF(5.5, 12));
            p.setBrush(mark);
            p.drawPolygon(QPolygonF({QPointF(5.5, 4), QPointF(11, 6), QPointF(5.5, 8)}));
            break;
        case 4: // exclamation
            p.drawLine(QPointF(8, 4.2), QPointF(8, 9));
            p.drawPoint(QPointF(8, 11.6));
            break;
        default: // open: a hollow ring
            break;
        }
    });
}

} // namespace

QColor sideColor(int sideIndex) {
    const size_t i = static_cast<size_t>(sideIndex < 0 ? 0 : sideIndex) % kSideColors.size();
    return QColor::fromRgb(kSideColors[i]);
}

QColor sideHighlight(int sideIndex, int alpha) {
    QColor c = sideColor(sideIndex);
    c.setAlpha(alpha);
    return c;
}

bool isDark(const QPalette &palette) {
    return palette.color(QPalette::Window).lightness() < 128;
}

QString kindLabel(ConflictKind kind) {
    switch (kind) {
    case ConflictKind::Date:
        return tr("Date");
    case ConflictKind::Number:
        return tr("Number");
    case ConflictKind::Category:
        return tr("Category");
    case ConflictKind::Certainty:
        return tr("Certainty");
    case ConflictKind::Negation:
        return tr("Negation");
    }
    return QString();
}

QString statusLabel(ReviewStatus status) {
    switch (status) {
    case ReviewStatus::Open:
        return tr("Open");
    case ReviewStatus::Confirmed:
        return tr("Confirmed");
    case ReviewStatus::Dismissed:
        return tr("Dismissed");
    case ReviewStatus::Resolved:
        return tr("Resolved");
    }
    return QString();
}

QString severityLabel(Severity severity) {
    switch (severity) {
    case Severity::Low:
        return tr("Low");
    case Severity::Medium:
        return tr("Medium");
    case Severity::High:
        return tr("High");
    }
    return QString();
}

QString certaintyLabel(Certainty certainty) {
    switch (certainty) {
    case Certainty::Asserted:
        return tr("asserted");
    case Certainty::Hedged:
        return tr("hedged");
    case Certainty::Unverified:
        return tr("unverified");
    case Certainty::Negated:
        return tr("denied");
    }
    return QString();
}

QIcon statusIcon(ReviewStatus status) {
    switch (status) {
    case ReviewStatus::Open:
        return drawnIcon([](QPainter &p) {
            p.setPen(QPen(QColor(0x80, 0x80, 0x80), 1.6));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(QRectF(2, 2, 12, 12));
        });
    case ReviewStatus::Confirmed:
        return disc(QColor(0xD5, 0x5E, 0x00), Qt::white, 1);
    case ReviewStatus::Dismissed:
        return disc(QColor(0x88, 0x88, 0x88), Qt::white, 2);
    case ReviewStatus::Resolved:
        return disc(QColor(0x00, 0x9E, 0x73), Qt::white, 3);
    }
    return QIcon();
}

QIcon severityIcon(Severity severity) {
    const int bars = severity == Severity::High ? 3 : severity == Severity::Medium ? 2 : 1;
    return drawnIcon([bars](QPainter &p) {
        for (int i = 0; i < 3; ++i) {
            const QColor on = bars == 3 ? QColor(0xD5, 0x5E, 0x00) : QColor(0xE6, 0x9F, 0x00);
            p.setPen(Qt::NoPen);
            p.setBrush(i < bars ? on : QColor(0x88, 0x88, 0x88, 90));
            const double h = 4 + 3.5 * i;
            p.drawRoundedRect(QRectF(2 + 4.3 * i, 14 - h, 3.2, h), 0.8, 0.8);
        }
    });
}

QIcon sideIcon(int sideIndex) {
    const QColor c = sideColor(sideIndex);
    return drawnIcon([c](QPainter &p) {
        p.setPen(QPen(c.darker(150), 1.0));
        p.setBrush(c);
        p.drawRoundedRect(QRectF(2.5, 2.5, 11, 11), 2.5, 2.5);
    });
}

QIcon changedIcon() {
    return disc(QColor(0xE6, 0x9F, 0x00), Qt::black, 4);
}

QString conflictSummary(const Conflict &conflict) {
    QStringList labels;
    for (const ConflictSide &side : conflict.sides)
        labels << side.label;
    const QString attribute =
        conflict.attributeLabel.isEmpty() ? conflict.attribute : conflict.attributeLabel;
    QString summary = conflict.subject + QStringLiteral(" — ") + attribute;
    if (!conflict.scope.isEmpty())
        summary += QStringLiteral(" (") + conflict.scope + QLatin1Char(')');
    return summary + QStringLiteral(": ") + labels.join(QStringLiteral(" vs "));
}

QString count(qsizetype n, const QString &one, const QString &many) {
    return QString::number(n) + QLatin1Char(' ') + (n == 1 ? one : many);
}

QString dateLabel(const QDate &date) {
    if (!date.isValid())
        return QStringLiteral("—");
    // ISO dates read the same in every locale and sort as text.
    return date.toString(Qt::ISODate);
}

} // namespace cc::UiStyle
