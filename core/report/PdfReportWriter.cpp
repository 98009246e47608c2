#include "report/PdfReportWriter.h"

#include "report/HtmlReport.h"
#include "report/ReportContent.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHashFunctions>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextObjectInterface>

namespace cc {

namespace {

using namespace ReportContent;

constexpr int kTimelineObject = QTextFormat::UserObject + 1;

QFont reportFont(qreal pointSize) {
    QFont f;
    // DejaVu for Latin, Greek and Cyrillic; the CJK face for Chinese, Japanese and Korean quotes.
    f.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC")});
    f.setPointSizeF(pointSize);
    return f;
}

// Draws the timeline as vector graphics inside the text flow, so the PDF keeps it sharp.
class TimelineObject : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    TimelineObject(Timeline timeline, qreal width, qreal unit)
        : m_timeline(std::move(timeline)), m_width(width), m_unit(unit) {}

    QSizeF intrinsicSize(QTextDocument *, int, const QTextFormat &) override {
        return {m_width, height()};
    }

    void drawObject(QPainter *p, const QRectF &rect, QTextDocument *, int,
                    const QTextFormat &) override {
        const Timeline &t = m_timeline;
        const qreal u = m_unit; // one "point" of the drawing in device units
        const qreal labelW = 150 * u, top = 22 * u, laneH = 18 * u;
        const qreal axisW = rect.width() - labelW - 8 * u;
        auto x = [&](const QDate &d) { return rect.left() + labelW + axisW * t.position(d); };
        p->save();
        p->setRenderHint(QPainter::Antialiasing);
        QFont font = reportFont(7);
        p->setFont(font);
        const QColor muted(0x5b, 0x64, 0x75);
        p->setPen(QColor(0xd9, 0xdd, 0xe5));
        p->drawRect(rect);
        for (size_t i = 0; i < t.lanes.size(); ++i) {
            const QRectF lane(rect.left(), rect.top() + top + laneH * qreal(i), rect.width(),
                              laneH);
            if (i % 2 == 0)
                p->fillRect(lane, QColor(0xf5, 0xf7, 0xfa));
            p->setPen(QColor(0x1d, 0x23, 0x30));
            const QString text =
                p->fontMetrics().elidedText(t.lanes[i], Qt::ElideRight, int(labelW - 8 * u));
            p->drawText(lane.adjusted(4 * u, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft, text);
        }
        for (const TimelineTick &tick : t.ticks) {
            const qreal tx = x(tick.date);
            p->setPen(QPen(QColor(0xd9, 0xdd, 0xe5), 0.5 * u));
            p->drawLine(QPointF(tx, rect.top() + top - 4 * u), QPointF(tx, rect.bottom() - 2 * u));
            p->setPen(muted);
            p->drawText(QRectF(tx - 40 * u, rect.top() + 4 * u, 80 * u, 12 * u), Qt::AlignCenter,
                        tick.label);
        }
        for (const TimelineMark &m : t.marks) {
            // Claimed dates on the upper half of the lane, first reports on the lower half.
            const qreal cy =
                rect.top() + top + laneH * qreal(m.lane) + laneH / 2 + (m.claimed ? -2.6 : 3.6) * u;
            const QColor color(sideColor(m.side));
            if (!m.claimed) {
                const qreal cx = x(m.begin), r = 2.8 * u;
                QPainterPath diamond;
                diamond.moveTo(cx, cy - r);
                diamond.lineTo(cx + r, cy);
                diamond.lineTo(cx, cy + r);
                diamond.lineTo(cx - r, cy);
                diamond.closeSubpath();
                p->setPen(QPen(color, 1.1 * u));
                p->setBrush(Qt::white);
                p->drawPath(diamond);
            } else if (m.begin.isValid() && m.begin == m.end) {
                p->setPen(QPen(Qt::white, 0.8 * u));
                p->setBrush(color);
                p->drawEllipse(QPointF(x(m.begin), cy), 3.2 * u, 3.2 * u);
            } else {
                const qreal x1 = m.begin.isValid() ? x(m.begin) : rect.left() + labelW;
                const qreal x2 =
                    m.end.isValid() ? x(m.end.addDays(1)) : rect.left() + labelW + axisW;
                QColor fill = color;
                fill.setAlphaF(0.45);
                QPen pen(color, 0.8 * u);
                if (!m.begin.isValid() || !m.end.isValid())
                    pen.setStyle(Qt::DashLine);
                p->setPen(pen);
                p->setBrush(fill);
                p->drawRoundedRect(QRectF(x1, cy - 3.2 * u, std::max(2 * u, x2 - x1), 6.4 * u),
                                   1.5 * u, 1.5 * u);
            }
        }
        p->restore();
    }

private:
    qreal height() const { return (22 + 18 * qreal(m_timeline.lanes.size()) + 6) * m_unit; }

    Timeline m_timeline;
    qreal m_width;
    qreal m_unit;
};

// QPdfWriter stamps the wall-clock time; the report instead carries the newest
// publication date of its documents (2000-01-01 when none), so exports stay
// byte-identical. The stamp keeps its length, so the cross-reference table holds.
bool fixCreationDate(const QString &path, const ReportInput &input) {
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite))
        return false;
    QByteArray bytes = f.readAll();
    const QByteArray key = "/CreationDate (D:";
    const qsizetype at = bytes.indexOf(key);
    if (at < 0)
        return true;
    const qsizetype start = at + key.size();
    const qsizetype end = bytes.indexOf(')', start);
    if (end < 0)
        return true;
    QDate newest(2000, 1, 1);
    for (const Document &d : input.documents)
        if (d.published && d.published->begin.isValid() && d.published->begin > newest)
            newest = d.published->begin;
    const QByteArray stamp = newest.toString(QStringLiteral("yyyyMMdd")).toLatin1() + "000000";
    const qsizetype length = end - start;
    QByteArray replacement;
    if (length == stamp.size() + 1)
        replacement = stamp + 'Z';
    else if (length == stamp.size() + 7)
        replacement = stamp + "+00'00'";
    else
        return true; // an unknown form: leave it
    bytes.replace(start, length, replacement);
    return f.seek(0) && f.write(bytes) == bytes.size();
}

} // namespace

bool PdfReportWriter::write(const ReportInput &input, const QString &path, QString *error) {
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(QStringLiteral("PDF export needs a QGuiApplication (the offscreen platform "
                                   "will do)"));
    const QFileInfo info(path);
    if (info.exists() && !info.isWritable())
        return fail(QStringLiteral("cannot write ") + path + QStringLiteral(": permission denied"));

    // Qt's PDF engine writes its fonts in hash order, and QHash is seeded per process:
    // a fixed seed while writing makes the same report give the same bytes.
    struct DeterministicHashes {
        DeterministicHashes() { QHashSeed::setDeterministicGlobalSeed(); }
        ~DeterministicHashes() { QHashSeed::resetRandomGlobalSeed(); }
    } deterministic;

    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(16, 16, 16, 12), QPageLayout::Millimeter);
    writer.setTitle(QStringLiteral("Crosscheck conflict report — ") + input.folder);
    writer.setCreator(QStringLiteral("Crosscheck"));

    QPainter painter;
    if (!painter.begin(&writer))
        return fail(QStringLiteral("cannot write ") + path);

    const qreal dpi = writer.resolution();
    const QRect page = writer.pageLayout().paintRectPixels(int(dpi));
    const qreal footerHeight = 9.0 / 25.4 * dpi; // 9 mm under the text for the page number
    const QSizeF body(page.width(), page.height() - footerHeight);

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&writer); // measure text at the printer's resolution
    doc.setDefaultFont(reportFont(9.5));
    doc.setDocumentMargin(0);
    doc.setPageSize(body);

    const std::vector<const Conflict *> order = readingOrder(input.conflicts);
    TimelineObject timeline(ReportContent::timeline(order), body.width(), dpi / 72.0);
    doc.documentLayout()->registerHandler(kTimelineObject, &timeline);
    doc.setHtml(HtmlReport::render(input, HtmlReport::Flavor::RichText));
    // Swap the placeholder paragraph's text for the drawn timeline.
    QTextCursor found = doc.find(QLatin1String(HtmlReport::kTimelinePlaceholder));
    if (!found.isNull()) {
        QTextCharFormat object;
        object.setObjectType(kTimelineObject);
        found.insertText(QString(QChar::ObjectReplacementCharacter), object);
    }
    doc.setPageSize(body); // re-layout with the object in place

    const int pages = doc.pageCount();
    const QString footerLeft = QStringLiteral("Crosscheck conflict report — ") + input.folder;
    for (int i = 0; i < pages; ++i) {
        if (i > 0 && !writer.newPage())
            return fail(QStringLiteral("cannot add a page to ") + path);
        painter.save();
        painter.setClipRect(QRectF(0, 0, body.width(), body.height()));
        painter.translate(0, -body.height() * i);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, body.height() * i, body.width(), body.height());
        context.palette.setColor(QPalette::Text, Qt::black);
        doc.documentLayout()->draw(&painter, context);
        painter.restore();

        painter.save();
        painter.setFont(reportFont(7.5));
        painter.setPen(QColor(0x5b, 0x64, 0x75));
        const QRectF footer(0, body.height() + footerHeight * 0.35, body.width(),
                            footerHeight * 0.65);
        painter.drawLine(QPointF(0, body.height() + footerHeight * 0.25),
                         QPointF(body.width(), body.height() + footerHeight * 0.25));
        const QString left =
            painter.fontMetrics().elidedText(footerLeft, Qt::ElideMiddle, int(body.width() * 0.7));
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, left);
        painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                         QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages));
        painter.restore();
    }
    if (!painter.end())
        return fail(QStringLiteral("cannot finish ") + path);
    return fixCreationDate(path, input) ? true : fail(QStringLiteral("cannot finish ") + path);
}

} // namespace cc

#include "PdfReportWriter.moc"
