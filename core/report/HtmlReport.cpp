#include "report/HtmlReport.h"

#include <QStringList>
#include <algorithm>

namespace cc {

namespace {

using namespace ReportContent;

const char *const kBrowserCss = R"(
:root { --ink:#1d2330; --muted:#5b6475; --line:#d9dde5; --paper:#ffffff; --wash:#f5f7fa;
        --high:#b3261e; --medium:#b26a00; --low:#4a6b8a; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--wash); color: var(--ink);
       font: 15px/1.5 "Noto Sans", "DejaVu Sans", "Noto Sans CJK SC", system-ui, sans-serif; }
main { max-width: 1080px; margin: 0 auto; padding: 24px 28px 48px; background: var(--paper); }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 19px; margin: 32px 0 12px; padding-bottom: 4px; border-bottom: 2px solid var(--line); }
h3 { font-size: 17px; margin: 0; }
.meta, .muted { color: var(--muted); }
.cards { display: flex; gap: 12px; flex-wrap: wrap; margin: 16px 0; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: 10px 16px; min-width: 110px; }
.card b { display: block; font-size: 24px; }
.card.high b { color: var(--high); } .card.medium b { color: var(--medium); } .card.low b { color: var(--low); }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { border: 1px solid var(--line); padding: 5px 8px; text-align: left; vertical-align: top; }
th { background: var(--wash); }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
td.date { white-space: nowrap; }
.badge { display: inline-block; font-size: 12px; font-weight: 600; text-transform: uppercase;
         letter-spacing: .04em; padding: 1px 8px; border-radius: 10px; margin-right: 6px;
         border: 1px solid currentColor; }
.sev-high { color: var(--high); } .sev-medium { color: var(--medium); } .sev-low { color: var(--low); }
.badge.kind { color: var(--muted); }
.badge.changed { color: #7a1fa2; }
article.conflict { border: 1px solid var(--line); border-left: 6px solid var(--line);
                   border-radius: 6px; padding: 14px 16px; margin: 0 0 18px; break-inside: avoid; }
article.conflict.high { border-left-color: var(--high); }
article.conflict.medium { border-left-color: var(--medium); }
article.conflict.low { border-left-color: var(--low); }
.conflict header { display: flex; align-items: center; flex-wrap: wrap; gap: 4px; margin-bottom: 6px; }
.why { margin: 6px 0; }
.review { margin: 6px 0 10px; font-size: 14px; color: var(--muted); }
.review .note { color: var(--ink); font-style: italic; }
.sides { display: grid; grid-template-columns: repeat(auto-fit, minmax(280px, 1fr)); gap: 12px; }
.side { border: 1px solid var(--line); border-top: 4px solid var(--c); border-radius: 6px; padding: 8px 12px; }
.side.chosen { box-shadow: 0 0 0 2px var(--c); }
.side h4 { margin: 0 0 2px; font-size: 16px; }
.letter { display: inline-block; min-width: 22px; text-align: center; color: #fff; background: var(--c);
          border-radius: 4px; margin-right: 6px; font-size: 13px; }
.support { margin: 0 0 6px; font-size: 13px; color: var(--muted); }
ul.claims { list-style: none; margin: 0; padding: 0; }
ul.claims li { margin: 8px 0 0; padding-top: 8px; border-top: 1px dashed var(--line); }
blockquote { margin: 0; font-size: 14px; white-space: pre-wrap; overflow-wrap: anywhere; }
mark { background: #ffe58a; color: inherit; padding: 0 2px; border-radius: 2px; font-weight: 600; }
.src { margin: 4px 0 0; font-size: 12.5px; color: var(--muted); overflow-wrap: anywhere; }
.timeline svg { width: 100%; height: auto; border: 1px solid var(--line); border-radius: 6px; background: #fff; }
.legend { font-size: 13px; color: var(--muted); }
code { font-size: 12.5px; background: var(--wash); padding: 0 4px; border-radius: 3px; }
footer { margin-top: 36px; font-size: 12px; color: var(--muted); }
@page { size: A4; margin: 14mm; }
@media print {
  body { background: #fff; font-size: 11pt; }
  main { max-width: none; padding: 0; }
  /* Long conflicts may span pages; a claim and a table row stay whole. */
  .sides { display: block; }
  .side { margin: 0 0 10px; }
  ul.claims li, tr, .side h4, .support { break-inside: avoid; }
  .conflict header, .why, .side h4 { break-after: avoid; }
  h2 { break-after: avoid; }
  mark { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .letter, .side { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
)";

// QTextDocument understands little CSS: keep to fonts, colours and margins.
const char *const kRichTextCss = R"(
body { font-family: "DejaVu Sans", "Noto Sans CJK SC"; font-size: 9.5pt; color: #1d2330; }
h1 { font-size: 18pt; margin-bottom: 2pt; }
h2 { font-size: 13pt; margin-top: 16pt; margin-bottom: 6pt; }
h3 { font-size: 11.5pt; margin-top: 14pt; margin-bottom: 2pt; }
.muted { color: #5b6475; }
.sev-high { color: #b3261e; font-weight: bold; }
.sev-medium { color: #b26a00; font-weight: bold; }
.sev-low { color: #4a6b8a; font-weight: bold; }
.src { color: #5b6475; font-size: 8.5pt; }
.quote { font-size: 9.5pt; }
th { background-color: #eef1f5; }
)";

QString plural(int n, const char *one, const char *many) {
    return QString::number(n) + QLatin1Char(' ') + QLatin1String(n == 1 ? one : many);
}

QString severityClass(Severity s) {
    return QStringLiteral("sev-") + toString(s);
}

QString quoteHtml(const Claim &claim) {
    const QuoteParts q = splitQuote(claim);
    if (q.value.isEmpty())
        return html(q.before);
    return html(q.before) + QStringLiteral("<mark>") + html(q.value) + QStringLiteral("</mark>") +
           html(q.after);
}

QString quoteRichText(const Claim &claim) {
    // QTextDocument keeps no pre-wrap: table rows that were lines become one line.
    auto flat = [](QString text) { return text.replace(QLatin1Char('\n'), QLatin1Char(' ')); };
    const QuoteParts q = splitQuote(claim);
    if (q.value.isEmpty())
        return html(flat(q.before));
    return html(flat(q.before)) +
           QStringLiteral("<span style=\"background-color:#ffe58a; font-weight:bold;\">") +
           html(flat(q.value)) + QStringLiteral("</span>") + html(flat(q.after));
}

QString sourceLine(const Claim &cl, const QHash<QString, const Document *> &docs) {
    const Document *d = docs.value(cl.document, nullptr);
    QStringList meta;
    meta << QStringLiteral("<b>") + html(cl.document) + QStringLiteral("</b>");
    if (cl.page > 0)
        meta << QStringLiteral("p. ") + QString::number(cl.page);
    if (d && !d->title.isEmpty() && d->title != cl.document)
        meta << QStringLiteral("“") + html(d->title.left(120)) + QStringLiteral("”");
    if (d && !d->outlet.isEmpty())
        meta << html(d->outlet);
    meta << QStringLiteral("published ") + html(d ? publishedText(*d) : QStringLiteral("—"));
    if (cl.claimDate.isValid())
        meta << QStringLiteral("claim dated ") + cl.claimDate.toString(Qt::ISODate);
    meta << html(toString(cl.certainty));
    if (!cl.citedSources.isEmpty())
        meta << QStringLiteral("cites ") + html(cl.citedSources.join(QStringLiteral("; ")));
    return meta.join(QStringLiteral(" · "));
}

QString reviewLine(const Conflict &c) {
    QString r = QStringLiteral("Status: <b>") + toString(c.status) + QStringLiteral("</b>");
    if (c.chosenSide && *c.chosenSide >= 0 && size_t(*c.chosenSide) < c.sides.size())
        r += QStringLiteral(" · chosen side: <b>") + sideLetter(size_t(*c.chosenSide)) +
             QStringLiteral("</b> (") + html(c.sides[size_t(*c.chosenSide)].label) +
             QLatin1Char(')');
    else
        r += QStringLiteral(" · no side chosen");
    if (c.intraDocument)
        r += QStringLiteral(" · inside one document");
    r += QStringLiteral(" · id <code>") + html(c.id) + QStringLiteral("</code>");
    return r;
}

// QTextDocument draws no table borders from CSS alone: the RichText flavor says it in attributes.
QString tableOpen(bool browser) {
    return browser ? QStringLiteral("<table>")
                   : QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" "
                                    "cellpadding=\"3\" style=\"border-collapse: collapse; "
                                    "border-style: solid; border-color: #c9ced8;\">");
}

QString summaryTable(const ReportInput &input, const Counts &counts, bool browser) {
    QString h = tableOpen(browser);
    h += QStringLiteral("<thead><tr><th>Kind</th><th>High</th><th>Medium</th><th>Low</th>"
                        "<th>Total</th></tr></thead><tbody>");
    for (const QString &kind : kindNames()) {
        int bySev[3] = {0, 0, 0};
        for (const Conflict &c : input.conflicts)
            if (toString(c.kind) == kind)
                ++bySev[c.severity == Severity::High ? 0 : c.severity == Severity::Medium ? 1 : 2];
        h += QStringLiteral("<tr><td>%1</td><td class=\"n\">%2</td><td class=\"n\">%3</td>"
                            "<td class=\"n\">%4</td><td class=\"n\">%5</td></tr>")
                 .arg(kind)
                 .arg(bySev[0])
                 .arg(bySev[1])
                 .arg(bySev[2])
                 .arg(counts.byKind.at(kind));
    }
    h += QStringLiteral("<tr><th>all</th><th class=\"n\">%1</th><th class=\"n\">%2</th>"
                        "<th class=\"n\">%3</th><th class=\"n\">%4</th></tr></tbody></table>")
             .arg(counts.bySeverity.at(QStringLiteral("high")))
             .arg(counts.bySeverity.at(QStringLiteral("medium")))
             .arg(counts.bySeverity.at(QStringLiteral("low")))
             .arg(counts.total);
    QStringList statuses;
    for (const QString &s : statusNames())
        statuses << s + QStringLiteral(" ") + QString::number(counts.byStatus.at(s));
    h += QStringLiteral("<p class=\"muted\">Review status: ") +
         statuses.join(QStringLiteral(" · ")) +
         QStringLiteral(" · inside one document %1 · changed since review %2</p>")
             .arg(counts.intraDocument)
             .arg(counts.changedSinceReview);
    return h;
}

QString documentsTable(const ReportInput &input, bool browser) {
    QString h =
        tableOpen(browser) +
        QStringLiteral("<thead><tr><th>Path</th><th>Title</th><th>Published</th>"
                       "<th>Outlet</th><th>Format</th><th>Warnings</th></tr></thead><tbody>");
    for (const Document *d : sortedDocuments(input.documents)) {
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td "
                            "class=\"date\">%3</td><td>%4</td><td>%5</td><td>%6</td></tr>")
                 .arg(html(d->path), html(d->title), html(publishedText(*d)), html(d->outlet),
                      html(d->format), html(d->warnings.join(QStringLiteral("; "))));
    }
    h += QStringLiteral("</tbody></table>");
    return h;
}

QString orphansSection(const ReportInput &input) {
    if (input.orphanReviews.empty())
        return {};
    std::vector<const Review *> reviews;
    for (const Review &r : input.orphanReviews)
        reviews.push_back(&r);
    std::sort(reviews.begin(), reviews.end(),
              [](const Review *a, const Review *b) { return a->conflictId < b->conflictId; });
    QString h = QStringLiteral("<h2>Reviews of conflicts no longer found</h2>"
                               "<p class=\"muted\">The conflict these reviews were made on is gone "
                               "after a re-scan; the reviews are kept.</p><ul>");
    for (const Review *r : reviews) {
        h += QStringLiteral("<li><b>") + html(r->summary.isEmpty() ? r->conflictId : r->summary) +
             QStringLiteral("</b> — ") + toString(r->status);
        if (r->updated.isValid())
            h += QStringLiteral(", reviewed ") + html(r->updated.toUTC().toString(Qt::ISODate));
        if (!r->note.isEmpty())
            h += QStringLiteral(" — note: <i>") + html(r->note) + QStringLiteral("</i>");
        h += QStringLiteral(" <code>") + html(r->conflictId) + QStringLiteral("</code></li>");
    }
    h += QStringLiteral("</ul>");
    return h;
}

QString browserConflict(const Conflict &c, const QHash<QString, const Document *> &docs) {
    const QString sev = toString(c.severity);
    QString h =
        QStringLiteral("<article class=\"conflict %1\" id=\"c-%2\"><header>").arg(sev, html(c.id));
    h += QStringLiteral("<span class=\"badge %1\">%2</span>").arg(severityClass(c.severity), sev);
    h += QStringLiteral("<span class=\"badge kind\">%1</span>").arg(toString(c.kind));
    if (c.changedSinceReview)
        h += QStringLiteral("<span class=\"badge changed\">changed since review</span>");
    h += QStringLiteral("<h3>") + html(conflictTitle(c)) + QStringLiteral("</h3></header>");
    h += QStringLiteral("<p class=\"why\">") + html(c.why) + QStringLiteral("</p>");
    h += QStringLiteral("<p class=\"review\">") + reviewLine(c);
    if (!c.note.isEmpty())
        h += QStringLiteral("<br>Analyst note: <span class=\"note\">") + html(c.note) +
             QStringLiteral("</span>");
    h += QStringLiteral("</p><div class=\"sides\">");
    for (size_t s = 0; s < c.sides.size(); ++s) {
        const ConflictSide &side = c.sides[s];
        const bool chosen = c.chosenSide && *c.chosenSide == int(s);
        h += QStringLiteral("<div class=\"side%1\" style=\"--c:%2\"><h4><span class=\"letter\">%3"
                            "</span>%4%5</h4>")
                 .arg(chosen ? QStringLiteral(" chosen") : QString(), sideColor(s), sideLetter(s),
                      html(side.label), chosen ? QStringLiteral(" ✔") : QString());
        h += QStringLiteral("<p class=\"support\">%1 · first reported %2 · %3</p>")
                 .arg(plural(side.independentSources, "independent source", "independent sources"),
                      isoOrDash(side.firstReported),
                      plural(int(side.claims.size()), "claim", "claims"));
        h += QStringLiteral("<ul class=\"claims\">");
        for (const Claim &cl : side.claims) {
            h += QStringLiteral("<li><blockquote>") + quoteHtml(cl) +
                 QStringLiteral("</blockquote><p class=\"src\">") + sourceLine(cl, docs) +
                 QStringLiteral("</p></li>");
        }
        h += QStringLiteral("</ul></div>");
    }
    h += QStringLiteral("</div></article>\n");
    return h;
}

QString richTextConflict(int n, const Conflict &c, const QHash<QString, const Document *> &docs) {
    QString h = QStringLiteral("<h3>%1. %2</h3>").arg(n).arg(html(conflictTitle(c)));
    h += QStringLiteral("<p><span class=\"%1\">%2</span> · %3%4</p>")
             .arg(severityClass(c.severity), toString(c.severity).toUpper(), toString(c.kind),
                  c.changedSinceReview ? QStringLiteral(" · <b>changed since review</b>")
                                       : QString());
    h += QStringLiteral("<p>") + html(c.why) + QStringLiteral("</p>");
    h += QStringLiteral("<p class=\"muted\">") + reviewLine(c);
    if (!c.note.isEmpty())
        h += QStringLiteral("<br>Analyst note: <i>") + html(c.note) + QStringLiteral("</i>");
    h += QStringLiteral("</p>");
    h += tableOpen(false);
    for (size_t s = 0; s < c.sides.size(); ++s) {
        const ConflictSide &side = c.sides[s];
        const bool chosen = c.chosenSide && *c.chosenSide == int(s);
        h += QStringLiteral("<tr><td width=\"26%\" style=\"border-left: 4px solid %1;\">"
                            "<span style=\"color:%1; font-weight:bold;\">%2</span> <b>%3</b>%4"
                            "<br><span class=\"src\">%5<br>first reported %6</span></td><td>")
                 .arg(sideColor(s), sideLetter(s), html(side.label),
                      chosen ? QStringLiteral(" ✔ chosen") : QString(),
                      plural(side.independentSources, "independent source", "independent sources"),
                      isoOrDash(side.firstReported));
        bool first = true;
        for (const Claim &cl : side.claims) {
            if (!first)
                h += QStringLiteral("<hr>");
            first = false;
            h += QStringLiteral("<p class=\"quote\">") + quoteRichText(cl) +
                 QStringLiteral("</p><p class=\"src\">") + sourceLine(cl, docs) +
                 QStringLiteral("</p>");
        }
        h += QStringLiteral("</td></tr>");
    }
    h += QStringLiteral("</table>\n");
    return h;
}

QString fmt(double v) {
    return QString::number(v, 'f', 1);
}

QString ellipsize(const QString &s, int max) {
    return s.size() <= max ? s : s.left(max - 1).trimmed() + QStringLiteral("…");
}

} // namespace

QString HtmlReport::timelineSvg(const Timeline &t, int width) {
    const double labelW = 250, right = 16, top = 34, laneH = 30;
    const double axisW = width - labelW - right;
    const double height = top + laneH * double(t.lanes.size()) + 12;
    auto x = [&](const QDate &d) { return labelW + axisW * t.position(d); };
    QString s = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %1 %2\" "
                               "width=\"%1\" height=\"%2\" role=\"img\" font-family=\"Noto Sans, "
                               "DejaVu Sans, sans-serif\" font-size=\"12\">")
                    .arg(width)
                    .arg(fmt(height));
    s += QStringLiteral("<title>Conflict timeline</title>");
    for (size_t i = 0; i < t.lanes.size(); ++i) {
        const double y = top + laneH * double(i);
        if (i % 2 == 0)
            s += QStringLiteral(
                     "<rect x=\"0\" y=\"%1\" width=\"%2\" height=\"%3\" fill=\"#f5f7fa\"/>")
                     .arg(fmt(y))
                     .arg(width)
                     .arg(fmt(laneH));
        s += QStringLiteral("<text x=\"8\" y=\"%1\" fill=\"#1d2330\"><title>%2</title>%3</text>")
                 .arg(fmt(y + laneH / 2 + 4), html(t.lanes[i]), html(ellipsize(t.lanes[i], 36)));
    }
    for (const TimelineTick &tick : t.ticks) {
        const double tx = x(tick.date);
        s += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%1\" y2=\"%3\" stroke=\"#d9dde5\"/>")
                 .arg(fmt(tx), fmt(top - 6), fmt(height - 8));
        s += QStringLiteral(
                 "<text x=\"%1\" y=\"%2\" text-anchor=\"middle\" fill=\"#5b6475\">%3</text>")
                 .arg(fmt(tx), fmt(top - 12), html(tick.label));
    }
    for (const TimelineMark &m : t.marks) {
        // Claimed dates on the upper half of the lane, first reports on the lower half.
        const double cy = top + laneH * double(m.lane) + laneH / 2 + (m.claimed ? -5 : 7);
        const QString color = sideColor(m.side);
        const QString tip = QStringLiteral("<title>") + html(m.label) + QStringLiteral("</title>");
        if (!m.claimed) {
            const double cx = x(m.begin);
            s += QStringLiteral("<path d=\"M %1 %2 l 4 4 l -4 4 l -4 -4 z\" fill=\"#fff\" "
                                "stroke=\"%3\" stroke-width=\"1.6\">%4</path>")
                     .arg(fmt(cx), fmt(cy - 4), color, tip);
        } else if (m.begin.isValid() && m.begin == m.end) {
            s += QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"5\" fill=\"%3\" stroke=\"#fff\" "
                                "stroke-width=\"1.5\">%4</circle>")
                     .arg(fmt(x(m.begin)), fmt(cy), color, tip);
        } else {
            const double x1 = m.begin.isValid() ? x(m.begin) : labelW;
            const double x2 = m.end.isValid() ? x(m.end.addDays(1)) : labelW + axisW;
            s += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"10\" rx=\"3\" "
                                "fill=\"%4\" fill-opacity=\"0.45\" stroke=\"%4\"%5>%6</rect>")
                     .arg(fmt(x1), fmt(cy - 5), fmt(std::max(3.0, x2 - x1)), color,
                          (m.begin.isValid() && m.end.isValid())
                              ? QString()
                              : QStringLiteral(" stroke-dasharray=\"4 3\""),
                          tip);
        }
    }
    s += QStringLiteral("</svg>");
    return s;
}

QString HtmlReport::render(const ReportInput &input, Flavor flavor) {
    const bool browser = flavor == Flavor::Browser;
    const Counts counts = count(input.conflicts);
    const auto docs = documentsByPath(input.documents);
    const std::vector<const Conflict *> order = readingOrder(input.conflicts);
    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
    if (browser)
        h += QStringLiteral(
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
            "'none'; style-src 'unsafe-inline'; img-src data:\">");
    h += QStringLiteral("<title>Crosscheck conflict report — ") + html(input.folder) +
         QStringLiteral("</title><style>") +
         QString::fromUtf8(browser ? kBrowserCss : kRichTextCss) +
         QStringLiteral("</style></head>\n<body>") +
         (browser ? QStringLiteral("<main>") : QString());

    h += QStringLiteral("<h1>Crosscheck conflict report</h1>");
    h += QStringLiteral("<p class=\"muted\">Folder <b>") + html(input.folder) +
         QStringLiteral("</b> · ") + plural(int(input.documents.size()), "document", "documents") +
         QStringLiteral(" · ") + plural(counts.total, "conflict", "conflicts") +
         QStringLiteral("</p>");

    h += QStringLiteral("<h2>Summary</h2>");
    if (browser) {
        h += QStringLiteral("<div class=\"cards\"><div class=\"card\"><b>%1</b>conflicts</div>")
                 .arg(counts.total);
        for (const QString &sev : severityNames())
            h += QStringLiteral("<div class=\"card %1\"><b>%2</b>%1</div>")
                     .arg(sev)
                     .arg(counts.bySeverity.at(sev));
        h += QStringLiteral("<div class=\"card\"><b>%1</b>inside one document</div></div>")
                 .arg(counts.intraDocument);
    }
    h += summaryTable(input, counts, browser);

    const Timeline t = timeline(order);
    if (!t.isEmpty()) {
        h += QStringLiteral("<section class=\"timeline\"><h2>Timeline</h2>");
        if (browser)
            h += timelineSvg(t, 1000);
        else
            h += QStringLiteral("<p>") + QLatin1String(kTimelinePlaceholder) +
                 QStringLiteral("</p>");
        h +=
            QStringLiteral("<p class=\"legend muted\">One lane per conflict. Filled marks: the "
                           "date each side claims (bars for months or longer, dashed when open-"
                           "ended); hollow diamonds: the day each side was first reported. Colours "
                           "follow the side letters below.</p></section>");
    }

    h += QStringLiteral("<h2>Conflicts</h2>");
    if (order.empty())
        h += QStringLiteral("<p>No conflicts found.</p>");
    int n = 0;
    for (const Conflict *c : order)
        h += browser ? browserConflict(*c, docs) : richTextConflict(++n, *c, docs);

    h += orphansSection(input);
    h += QStringLiteral("<h2>Documents</h2>") + documentsTable(input, browser);
    h += QStringLiteral("<footer><p class=\"muted\">Crosscheck conflict report. Offsets, ids and "
                        "the full evidence are in the JSON export.</p></footer>");
    h += browser ? QStringLiteral("</main></body></html>\n") : QStringLiteral("</body></html>\n");
    return h;
}

} // namespace cc
