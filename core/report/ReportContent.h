#pragma once

#include "report/ReportInput.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <map>
#include <vector>

namespace cc {

// What the people-facing reports (Markdown, HTML, PDF) share: reading order,
// summary counts, the quote split around its value, the timeline's geometry,
// and the escaping of untrusted briefing text.
namespace ReportContent {

// Severity first (high to low), then subject, attribute, kind and id.
std::vector<const Conflict *> readingOrder(const std::vector<Conflict> &conflicts);

struct Counts {
    int total = 0;
    std::map<QString, int> byKind;     // every kind, zero included, in kind order
    std::map<QString, int> bySeverity; // "high", "medium", "low"
    std::map<QString, int> byStatus;   // every status
    int intraDocument = 0;
    int changedSinceReview = 0;
};
Counts count(const std::vector<Conflict> &conflicts);
QStringList kindNames();     // date, number, category, certainty, negation
QStringList severityNames(); // high, medium, low
QStringList statusNames();   // open, confirmed, dismissed, resolved

// The quote cut around the claim's value (code-point offsets relative to the
// sentence). `value` is empty when the offsets do not fall inside the quote.
struct QuoteParts {
    QString before;
    QString value;
    QString after;
};
QuoteParts splitQuote(const Claim &claim);

// "A", "B", ... "Z", "AA".
QString sideLetter(size_t index);
QString isoOrDash(const QDate &date);
QString publishedText(const Document &doc);
QHash<QString, const Document *> documentsByPath(const std::vector<Document> &documents);
// Documents in path order.
std::vector<const Document *> sortedDocuments(const std::vector<Document> &documents);
QString conflictTitle(const Conflict &c); // "release date of Acme Z4 (2031)"

// Escaping of untrusted text.
QString html(const QString &text);
QString markdown(const QString &text); // inline text, one line
QString csvField(const QString &text);

// Geometry-free timeline: one lane per conflict; marks are claimed dates (date
// conflicts) and the day each side was first reported (every conflict).
struct TimelineMark {
    size_t lane = 0;
    size_t side = 0;
    QDate begin;          // invalid: open before the axis
    QDate end;            // invalid: open after the axis
    bool claimed = false; // a claimed date; false = first reported
    QString label;
};
struct TimelineTick {
    QDate date;
    QString label;
};
struct Timeline {
    QDate from;
    QDate to;
    std::vector<QString> lanes; // conflict titles
    std::vector<QString> laneIds;
    std::vector<TimelineMark> marks;
    std::vector<TimelineTick> ticks;
    bool isEmpty() const { return marks.empty(); }
    // 0..1 along the axis.
    double position(const QDate &d) const;
};
Timeline timeline(const std::vector<const Conflict *> &conflicts);

// Side colours, cycling; readable in print.
QString sideColor(size_t index);

} // namespace ReportContent

} // namespace cc
