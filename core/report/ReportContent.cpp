#include "report/ReportContent.h"

#include <QLocale>
#include <QRegularExpression>
#include <algorithm>
#include <limits>

namespace cc::ReportContent {

namespace {

int severityRank(Severity s) {
    switch (s) {
    case Severity::High:
        return 0;
    case Severity::Medium:
        return 1;
    case Severity::Low:
        return 2;
    }
    return 1;
}

// Index in UTF-16 units of the code point `cp` of `s`, or -1 past the end.
qsizetype utf16Index(const QString &s, qsizetype cp) {
    qsizetype i = 0;
    for (qsizetype n = 0; n < cp; ++n) {
        if (i >= s.size())
            return -1;
        i += (s[i].isHighSurrogate() && i + 1 < s.size() && s[i + 1].isLowSurrogate()) ? 2 : 1;
    }
    return i <= s.size() ? i : -1;
}

} // namespace

std::vector<const Conflict *> readingOrder(const std::vector<Conflict> &conflicts) {
    std::vector<const Conflict *> out;
    out.reserve(conflicts.size());
    for (const Conflict &c : conflicts)
        out.push_back(&c);
    std::sort(out.begin(), out.end(), [](const Conflict *a, const Conflict *b) {
        if (a->severity != b->severity)
            return severityRank(a->severity) < severityRank(b->severity);
        // Case-folded, not locale-aware: the order must not depend on the machine.
        const QString sa = a->subject.toCaseFolded(), sb = b->subject.toCaseFolded();
        if (sa != sb)
            return sa < sb;
        if (a->subject != b->subject)
            return a->subject < b->subject;
        if (a->attributeLabel != b->attributeLabel)
            return a->attributeLabel < b->attributeLabel;
        if (a->kind != b->kind)
            return a->kind < b->kind;
        return a->id < b->id;
    });
    return out;
}

QStringList kindNames() {
    return {QStringLiteral("date"), QStringLiteral("number"), QStringLiteral("category"),
            QStringLiteral("certainty"), QStringLiteral("negation")};
}

QStringList severityNames() {
    return {QStringLiteral("high"), QStringLiteral("medium"), QStringLiteral("low")};
}

QStringList statusNames() {
    return {QStringLiteral("open"), QStringLiteral("confirmed"), QStringLiteral("dismissed"),
            QStringLiteral("resolved")};
}

Counts count(const std::vector<Conflict> &conflicts) {
    Counts c;
    for (const QString &k : kindNames())
        c.byKind[k] = 0;
    for (const QString &s : severityNames())
        c.bySeverity[s] = 0;
    for (const QString &s : statusNames())
        c.byStatus[s] = 0;
    for (const Conflict &x : conflicts) {
        ++c.total;
        ++c.byKind[toString(x.kind)];
        ++c.bySeverity[toString(x.severity)];
        ++c.byStatus[toString(x.status)];
        c.intraDocument += x.intraDocument ? 1 : 0;
        c.changedSinceReview += x.changedSinceReview ? 1 : 0;
    }
    return c;
}

QuoteParts splitQuote(const Claim &claim) {
    QuoteParts parts;
    const qsizetype relStart = claim.cpValueStart - claim.cpSentenceStart;
    const qsizetype relEnd = claim.cpValueEnd - claim.cpSentenceStart;
    if (relStart >= 0 && relEnd > relStart) {
        const qsizetype a = utf16Index(claim.quote, relStart);
        const qsizetype b = utf16Index(claim.quote, relEnd);
        if (a >= 0 && b > a) {
            parts.before = claim.quote.left(a);
            parts.value = claim.quote.mid(a, b - a);
            parts.after = claim.quote.mid(b);
            return parts;
        }
    }
    parts.before = claim.quote;
    return parts;
}

QString sideLetter(size_t index) {
    QString out;
    size_t n = index + 1;
    while (n > 0) {
        const size_t r = (n - 1) % 26;
        out.prepend(QChar(char16_t(u'A' + r)));
        n = (n - 1) / 26;
    }
    return out;
}

QString isoOrDash(const QDate &date) {
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("—");
}

QString publishedText(const Document &doc) {
    return doc.published ? doc.published->toIso() : QStringLiteral("no date");
}

QHash<QString, const Document *> documentsByPath(const std::vector<Document> &documents) {
    QHash<QString, const Document *> out;
    for (const Document &d : documents)
        out.insert(d.path, &d);
    return out;
}

std::vector<const Document *> sortedDocuments(const std::vector<Document> &documents) {
    std::vector<const Document *> out;
    for (const Document &d : documents)
        out.push_back(&d);
    std::sort(out.begin(), out.end(), [](const Document *a, const Document *b) {
        if (a->path != b->path)
            return a->path < b->path;
        return a->partIndex < b->partIndex;
    });
    return out;
}

QString conflictTitle(const Conflict &c) {
    const QString attr = c.attributeLabel.isEmpty() ? c.attribute : c.attributeLabel;
    QString t = attr + QStringLiteral(" of ") + c.subject;
    if (!c.scope.isEmpty())
        t += QStringLiteral(" (") + c.scope + QLatin1Char(')');
    return t;
}

QString html(const QString &text) {
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'&':
            out += QStringLiteral("&amp;");
            break;
        case u'<':
            out += QStringLiteral("&lt;");
            break;
        case u'>':
            out += QStringLiteral("&gt;");
            break;
        case u'"':
            out += QStringLiteral("&quot;");
            break;
        case u'\'':
            out += QStringLiteral("&#39;");
            break;
        default:
            // Control characters other than white space have no place in HTML.
            if (c.unicode() < 0x20 && c != u'\n' && c != u'\t')
                out += QChar(0xfffd);
            else
                out += c;
        }
    }
    return out;
}

QString markdown(const QString &text) {
    // One line, and every character Markdown (or HTML inside Markdown) could act on escaped.
    // White space collapsed but kept at the ends, so pieces can be joined.
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const QString flat = QString(text).replace(space, QStringLiteral(" "));
    static const QString anywhere = QStringLiteral("\\`*_[]<>|~&${}");
    static const QString atLineStart = QStringLiteral("#+-=!");
    QString out;
    out.reserve(flat.size() + 8);
    qsizetype leadingDigits = 0;
    while (leadingDigits < flat.size() && flat[leadingDigits].isDigit())
        ++leadingDigits;
    for (qsizetype i = 0; i < flat.size(); ++i) {
        const QChar c = flat[i];
        const bool orderedListDot = i > 0 && i == leadingDigits && (c == u'.' || c == u')');
        if (anywhere.contains(c) || (i == 0 && atLineStart.contains(c)) || orderedListDot)
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

QString csvField(const QString &text) {
    QString t = text;
    // A spreadsheet would run a cell starting with these as a formula.
    if (!t.isEmpty() &&
        (t[0] == u'=' || t[0] == u'+' || t[0] == u'@' || t[0] == u'\t' || t[0] == u'\r'))
        t.prepend(QLatin1Char('\''));
    const bool needsQuotes = t.contains(QLatin1Char(',')) || t.contains(QLatin1Char('"')) ||
                             t.contains(QLatin1Char('\n')) || t.contains(QLatin1Char('\r')) ||
                             t.startsWith(QLatin1Char(' ')) || t.endsWith(QLatin1Char(' '));
    if (!needsQuotes)
        return t;
    t.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + t + QLatin1Char('"');
}

double Timeline::position(const QDate &d) const {
    if (!from.isValid() || !to.isValid() || from >= to)
        return 0.5;
    if (!d.isValid())
        return 0;
    const double span = double(from.daysTo(to));
    return std::clamp(double(from.daysTo(d)) / span, 0.0, 1.0);
}

Timeline timeline(const std::vector<const Conflict *> &conflicts) {
    Timeline t;
    QDate lo, hi;
    auto extend = [&](const QDate &d) {
        if (!d.isValid())
            return;
        if (!lo.isValid() || d < lo)
            lo = d;
        if (!hi.isValid() || d > hi)
            hi = d;
    };
    const QLocale c = QLocale::c();
    for (const Conflict *conflict : conflicts) {
        const size_t lane = t.lanes.size();
        bool any = false;
        for (size_t s = 0; s < conflict->sides.size(); ++s) {
            const ConflictSide &side = conflict->sides[s];
            if (conflict->kind == ConflictKind::Date) {
                // The side's claimed date: its narrowest stated interval.
                const DateInterval *best = nullptr;
                auto width = [](const DateInterval &d) {
                    return d.begin.isValid() && d.end.isValid()
                               ? d.begin.daysTo(d.end)
                               : std::numeric_limits<qint64>::max();
                };
                for (const Claim &cl : side.claims) {
                    if (cl.value.type != ClaimValue::Type::Date || !cl.value.date.isValid())
                        continue;
                    if (!best || width(cl.value.date) < width(*best))
                        best = &cl.value.date;
                }
                if (best) {
                    TimelineMark m;
                    m.lane = lane;
                    m.side = s;
                    m.begin = best->begin;
                    m.end = best->end;
                    m.claimed = true;
                    m.label = sideLetter(s) + QStringLiteral(": ") + side.label;
                    extend(m.begin);
                    extend(m.end);
                    t.marks.push_back(m);
                    any = true;
                }
            }
            if (side.firstReported.isValid()) {
                TimelineMark m;
                m.lane = lane;
                m.side = s;
                m.begin = m.end = side.firstReported;
                m.label = sideLetter(s) + QStringLiteral(" first reported ") +
                          side.firstReported.toString(Qt::ISODate);
                extend(side.firstReported);
                t.marks.push_back(m);
                any = true;
            }
        }
        if (any) {
            t.lanes.push_back(conflictTitle(*conflict));
            t.laneIds.push_back(conflict->id);
        }
    }
    if (t.marks.empty())
        return t;
    // A little room either side; a single day gets a week.
    const qint64 span = std::max<qint64>(lo.daysTo(hi), 6);
    const qint64 pad = std::max<qint64>(1, span / 20);
    t.from = lo.addDays(-pad);
    t.to = hi.addDays(pad);
    if (t.from.daysTo(t.to) < 7)
        t.to = t.from.addDays(7);
    const qint64 total = t.from.daysTo(t.to);
    if (total <= 120) {
        for (QDate d = t.from; d <= t.to; d = d.addDays(total <= 21 ? 2 : 7))
            t.ticks.push_back({d, c.toString(d, QStringLiteral("MMM d"))});
    } else if (total <= 3 * 366) {
        QDate d(t.from.year(), t.from.month(), 1);
        if (d < t.from)
            d = d.addMonths(1);
        const int step = total <= 366 ? 1 : 3;
        for (; d <= t.to; d = d.addMonths(step))
            t.ticks.push_back({d, c.toString(d, QStringLiteral("MMM yyyy"))});
    } else {
        QDate d(t.from.year() + 1, 1, 1);
        const int step = std::max(1, int(total / 366 / 10));
        for (; d <= t.to; d = d.addYears(step))
            t.ticks.push_back({d, QString::number(d.year())});
    }
    return t;
}

QString sideColor(size_t index) {
    static const char *const palette[] = {"#1f77b4", "#d62728", "#2ca02c",
                                          "#9467bd", "#ff7f0e", "#17becf"};
    return QString::fromLatin1(palette[index % (sizeof(palette) / sizeof(palette[0]))]);
}

} // namespace cc::ReportContent
