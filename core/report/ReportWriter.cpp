#include "report/ReportWriter.h"

#include "report/HtmlReport.h"
#include "report/JsonText.h"
#include "report/ReportContent.h"

#include <QStringList>
#include <algorithm>

namespace cc {

namespace {

using namespace ReportContent;

JsonText documentJson(const Document &d) {
    JsonText o = JsonText::object();
    o.add(QStringLiteral("path"), JsonText::string(d.path));
    o.add(QStringLiteral("title"), JsonText::string(d.title));
    if (d.published && d.published->isValid()) {
        o.add(QStringLiteral("published"), JsonText::string(d.published->toIso()));
        o.add(QStringLiteral("published_precision"),
              JsonText::string(toString(d.published->precision)));
    } else {
        o.add(QStringLiteral("published"), JsonText::null());
        o.add(QStringLiteral("published_precision"), JsonText::null());
    }
    o.add(QStringLiteral("outlet"), JsonText::string(d.outlet));
    o.add(QStringLiteral("format"), JsonText::string(d.format));
    o.add(QStringLiteral("warnings"), JsonText::strings(d.warnings));
    return o;
}

JsonText documentsJson(const ReportInput &input) {
    JsonText a = JsonText::array();
    for (const Document *d : sortedDocuments(input.documents))
        a.append(documentJson(*d));
    return a;
}

JsonText isoOrNull(const QDate &d) {
    return d.isValid() ? JsonText::string(d.toString(Qt::ISODate)) : JsonText::null();
}

JsonText optionalNumber(const std::optional<double> &v) {
    return v ? JsonText::number(*v) : JsonText::null();
}

JsonText valueJson(const ClaimValue &v) {
    JsonText o = JsonText::object();
    switch (v.type) {
    case ClaimValue::Type::Date:
        o.add(QStringLiteral("begin"), isoOrNull(v.date.begin));
        o.add(QStringLiteral("end"), isoOrNull(v.date.end));
        o.add(QStringLiteral("precision"), JsonText::string(toString(v.date.precision)));
        return o;
    case ClaimValue::Type::Quantity:
        o.add(QStringLiteral("low"), optionalNumber(v.quantity.low));
        o.add(QStringLiteral("high"), optionalNumber(v.quantity.high));
        o.add(QStringLiteral("unit"), JsonText::string(v.quantity.unit));
        o.add(QStringLiteral("dimension"), JsonText::string(v.quantity.dimension));
        return o;
    case ClaimValue::Type::Category:
        o.add(QStringLiteral("term"), JsonText::string(v.term));
        return o;
    case ClaimValue::Type::Polarity:
        o.add(QStringLiteral("present"), JsonText::boolean(v.present));
        return o;
    case ClaimValue::Type::None:
        break;
    }
    return JsonText::null();
}

// The fields every claim carries in both reports, in the documented order.
void addClaimSpan(JsonText &o, const Claim &c) {
    o.add(QStringLiteral("document"), JsonText::string(c.document));
    o.add(QStringLiteral("quote"), JsonText::string(c.quote));
    o.add(QStringLiteral("start"), JsonText::integer(c.cpSentenceStart));
    o.add(QStringLiteral("end"), JsonText::integer(c.cpSentenceEnd));
    o.add(QStringLiteral("value_start"), JsonText::integer(c.cpValueStart));
    o.add(QStringLiteral("value_end"), JsonText::integer(c.cpValueEnd));
}

JsonText conflictClaimJson(const Claim &c) {
    JsonText o = JsonText::object();
    addClaimSpan(o, c);
    o.add(QStringLiteral("page"), c.page > 0 ? JsonText::integer(c.page) : JsonText::null());
    o.add(QStringLiteral("certainty"), JsonText::string(toString(c.certainty)));
    o.add(QStringLiteral("cited_sources"), JsonText::strings(c.citedSources));
    return o;
}

JsonText conflictJson(const Conflict &c) {
    JsonText o = JsonText::object();
    o.add(QStringLiteral("id"), JsonText::string(c.id));
    o.add(QStringLiteral("kind"), JsonText::string(toString(c.kind)));
    o.add(QStringLiteral("severity"), JsonText::string(toString(c.severity)));
    o.add(QStringLiteral("why"), JsonText::string(c.why));
    o.add(QStringLiteral("subject"), JsonText::string(c.subject));
    o.add(QStringLiteral("attribute"), JsonText::string(c.attribute));
    o.add(QStringLiteral("attribute_label"), JsonText::string(c.attributeLabel));
    o.add(QStringLiteral("intra_document"), JsonText::boolean(c.intraDocument));
    o.add(QStringLiteral("status"), JsonText::string(toString(c.status)));
    o.add(QStringLiteral("chosen_side"),
          c.chosenSide ? JsonText::integer(*c.chosenSide) : JsonText::null());
    o.add(QStringLiteral("note"), JsonText::string(c.note));
    o.add(QStringLiteral("changed_since_review"), JsonText::boolean(c.changedSinceReview));
    JsonText sides = JsonText::array();
    for (const ConflictSide &s : c.sides) {
        JsonText side = JsonText::object();
        side.add(QStringLiteral("value"), JsonText::string(s.value));
        side.add(QStringLiteral("label"), JsonText::string(s.label));
        side.add(QStringLiteral("independent_sources"), JsonText::integer(s.independentSources));
        side.add(QStringLiteral("first_reported"), isoOrNull(s.firstReported));
        JsonText claims = JsonText::array();
        for (const Claim &cl : s.claims)
            claims.append(conflictClaimJson(cl));
        side.add(QStringLiteral("claims"), std::move(claims));
        sides.append(std::move(side));
    }
    o.add(QStringLiteral("sides"), std::move(sides));
    return o;
}

// Conflicts by id: the JSON and CSV are for machines and diffs.
std::vector<const Conflict *> byId(const std::vector<Conflict> &conflicts) {
    std::vector<const Conflict *> out;
    for (const Conflict &c : conflicts)
        out.push_back(&c);
    std::stable_sort(out.begin(), out.end(),
                     [](const Conflict *a, const Conflict *b) { return a->id < b->id; });
    return out;
}

std::vector<const Claim *> claimsInOrder(const std::vector<Claim> &claims) {
    std::vector<const Claim *> out;
    for (const Claim &c : claims)
        out.push_back(&c);
    std::stable_sort(out.begin(), out.end(), [](const Claim *a, const Claim *b) {
        if (a->document != b->document)
            return a->document < b->document;
        if (a->cpSentenceStart != b->cpSentenceStart)
            return a->cpSentenceStart < b->cpSentenceStart;
        if (a->cpValueStart != b->cpValueStart)
            return a->cpValueStart < b->cpValueStart;
        if (a->attribute != b->attribute)
            return a->attribute < b->attribute;
        return a->subject < b->subject;
    });
    return out;
}

QByteArray conflictsJson(const ReportInput &input) {
    JsonText root = JsonText::object();
    root.add(QStringLiteral("schema"), JsonText::string(QStringLiteral("crosscheck.conflicts/1")));
    root.add(QStringLiteral("folder"), JsonText::string(input.folder));
    root.add(QStringLiteral("documents"), documentsJson(input));
    JsonText conflicts = JsonText::array();
    for (const Conflict *c : byId(input.conflicts))
        conflicts.append(conflictJson(*c));
    root.add(QStringLiteral("conflicts"), std::move(conflicts));
    return root.toJson();
}

QByteArray claimsJson(const ReportInput &input) {
    JsonText root = JsonText::object();
    root.add(QStringLiteral("schema"), JsonText::string(QStringLiteral("crosscheck.claims/1")));
    root.add(QStringLiteral("folder"), JsonText::string(input.folder));
    root.add(QStringLiteral("documents"), documentsJson(input));
    JsonText claims = JsonText::array();
    for (const Claim *c : claimsInOrder(input.claims)) {
        JsonText o = JsonText::object();
        addClaimSpan(o, *c);
        o.add(QStringLiteral("subject"), JsonText::string(c->subject));
        o.add(QStringLiteral("attribute"), JsonText::string(c->attribute));
        o.add(QStringLiteral("value"), valueJson(c->value));
        o.add(QStringLiteral("label"),
              JsonText::string(c->label.isEmpty() ? c->value.toLabel() : c->label));
        o.add(QStringLiteral("certainty"), JsonText::string(toString(c->certainty)));
        o.add(QStringLiteral("exclusive"),
              JsonText::boolean(c->value.type == ClaimValue::Type::Category && c->value.exclusive));
        o.add(QStringLiteral("claim_date"), isoOrNull(c->claimDate));
        o.add(QStringLiteral("cited_sources"), JsonText::strings(c->citedSources));
        claims.append(std::move(o));
    }
    root.add(QStringLiteral("claims"), std::move(claims));
    return root.toJson();
}

// RFC 4180: comma separated, CRLF line ends, fields quoted when needed.
QString csvRow(const QStringList &fields) {
    QStringList out;
    for (const QString &f : fields)
        out << csvField(f);
    return out.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

QString number(qint64 n) {
    return QString::number(n);
}

QByteArray conflictsCsv(const ReportInput &input) {
    QString out = csvRow({QStringLiteral("conflict_id"),
                          QStringLiteral("kind"),
                          QStringLiteral("severity"),
                          QStringLiteral("status"),
                          QStringLiteral("intra_document"),
                          QStringLiteral("subject"),
                          QStringLiteral("attribute"),
                          QStringLiteral("scope"),
                          QStringLiteral("side"),
                          QStringLiteral("side_value"),
                          QStringLiteral("side_label"),
                          QStringLiteral("independent_sources"),
                          QStringLiteral("first_reported"),
                          QStringLiteral("chosen"),
                          QStringLiteral("document"),
                          QStringLiteral("page"),
                          QStringLiteral("start"),
                          QStringLiteral("end"),
                          QStringLiteral("value_start"),
                          QStringLiteral("value_end"),
                          QStringLiteral("certainty"),
                          QStringLiteral("claim_date"),
                          QStringLiteral("cited_sources"),
                          QStringLiteral("quote"),
                          QStringLiteral("why"),
                          QStringLiteral("note")});
    for (const Conflict *c : byId(input.conflicts)) {
        for (size_t s = 0; s < c->sides.size(); ++s) {
            const ConflictSide &side = c->sides[s];
            const bool chosen = c->chosenSide && *c->chosenSide == int(s);
            for (const Claim &cl : side.claims) {
                out +=
                    csvRow({c->id,
                            toString(c->kind),
                            toString(c->severity),
                            toString(c->status),
                            c->intraDocument ? QStringLiteral("true") : QStringLiteral("false"),
                            c->subject,
                            c->attribute,
                            c->scope,
                            number(qint64(s)),
                            side.value,
                            side.label,
                            number(side.independentSources),
                            side.firstReported.isValid() ? side.firstReported.toString(Qt::ISODate)
                                                         : QString(),
                            chosen ? QStringLiteral("true") : QStringLiteral("false"),
                            cl.document,
                            cl.page > 0 ? number(cl.page) : QString(),
                            number(cl.cpSentenceStart),
                            number(cl.cpSentenceEnd),
                            number(cl.cpValueStart),
                            number(cl.cpValueEnd),
                            toString(cl.certainty),
                            cl.claimDate.isValid() ? cl.claimDate.toString(Qt::ISODate) : QString(),
                            cl.citedSources.join(QStringLiteral("; ")),
                            cl.quote,
                            c->why,
                            c->note});
            }
        }
    }
    return out.toUtf8();
}

QByteArray claimsCsv(const ReportInput &input) {
    QString out = csvRow(
        {QStringLiteral("document"), QStringLiteral("page"), QStringLiteral("start"),
         QStringLiteral("end"), QStringLiteral("value_start"), QStringLiteral("value_end"),
         QStringLiteral("subject"), QStringLiteral("attribute"), QStringLiteral("scope"),
         QStringLiteral("value_type"), QStringLiteral("value"), QStringLiteral("label"),
         QStringLiteral("certainty"), QStringLiteral("exclusive"), QStringLiteral("claim_date"),
         QStringLiteral("cited_sources"), QStringLiteral("quote")});
    for (const Claim *c : claimsInOrder(input.claims)) {
        out += csvRow({c->document, c->page > 0 ? number(c->page) : QString(),
                       number(c->cpSentenceStart), number(c->cpSentenceEnd),
                       number(c->cpValueStart), number(c->cpValueEnd), c->subject, c->attribute,
                       c->scope, toString(c->value.type), c->value.toKey(),
                       c->label.isEmpty() ? c->value.toLabel() : c->label, toString(c->certainty),
                       (c->value.type == ClaimValue::Type::Category && c->value.exclusive)
                           ? QStringLiteral("true")
                           : QStringLiteral("false"),
                       c->claimDate.isValid() ? c->claimDate.toString(Qt::ISODate) : QString(),
                       c->citedSources.join(QStringLiteral("; ")), c->quote});
    }
    return out.toUtf8();
}

QString plural(int n, const char *one, const char *many) {
    return QString::number(n) + QLatin1Char(' ') + QLatin1String(n == 1 ? one : many);
}

QByteArray conflictsMarkdown(const ReportInput &input) {
    const Counts counts = count(input.conflicts);
    const auto docs = documentsByPath(input.documents);
    QString md;
    md += QStringLiteral("# Crosscheck conflict report\n\n");
    md += QStringLiteral("Folder: `") +
          QString(input.folder).replace(QLatin1Char('`'), QLatin1Char('\'')) +
          QStringLiteral("` · ") + plural(int(input.documents.size()), "document", "documents") +
          QStringLiteral(" · ") + plural(counts.total, "conflict", "conflicts") +
          QStringLiteral("\n\n");

    md += QStringLiteral("## Summary\n\n");
    md += QStringLiteral("| Kind | High | Medium | Low | Total |\n|---|---:|---:|---:|---:|\n");
    for (const QString &kind : kindNames()) {
        int bySev[3] = {0, 0, 0};
        for (const Conflict &c : input.conflicts) {
            if (toString(c.kind) == kind)
                ++bySev[c.severity == Severity::High ? 0 : c.severity == Severity::Medium ? 1 : 2];
        }
        md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                  .arg(kind)
                  .arg(bySev[0])
                  .arg(bySev[1])
                  .arg(bySev[2])
                  .arg(counts.byKind.at(kind));
    }
    md += QStringLiteral("| **all** | **%1** | **%2** | **%3** | **%4** |\n\n")
              .arg(counts.bySeverity.at(QStringLiteral("high")))
              .arg(counts.bySeverity.at(QStringLiteral("medium")))
              .arg(counts.bySeverity.at(QStringLiteral("low")))
              .arg(counts.total);
    QStringList statuses;
    for (const QString &s : statusNames())
        statuses << s + QStringLiteral(": ") + QString::number(counts.byStatus.at(s));
    md += QStringLiteral("Review status — ") + statuses.join(QStringLiteral(" · ")) +
          QStringLiteral(". Inside one document: %1. Changed since review: %2.\n\n")
              .arg(counts.intraDocument)
              .arg(counts.changedSinceReview);

    md += QStringLiteral("## Conflicts\n\n");
    if (input.conflicts.empty())
        md += QStringLiteral("No conflicts found.\n\n");
    int n = 0;
    for (const Conflict *c : readingOrder(input.conflicts)) {
        ++n;
        md += QStringLiteral("### %1. %2 — %3, %4\n\n")
                  .arg(n)
                  .arg(markdown(conflictTitle(*c)), toString(c->kind), toString(c->severity));
        md += QStringLiteral("*Why:* ") + markdown(c->why) + QStringLiteral("\n\n");
        QString status = QStringLiteral("Status: **") + toString(c->status) + QStringLiteral("**");
        if (c->chosenSide && *c->chosenSide >= 0 && size_t(*c->chosenSide) < c->sides.size())
            status += QStringLiteral(" · chosen side: **") + sideLetter(size_t(*c->chosenSide)) +
                      QStringLiteral("** (") + markdown(c->sides[*c->chosenSide].label) +
                      QLatin1Char(')');
        if (c->intraDocument)
            status += QStringLiteral(" · inside one document");
        if (c->changedSinceReview)
            status += QStringLiteral(" · **changed since review**");
        status += QStringLiteral(" · id `") + c->id + QLatin1Char('`');
        md += status + QStringLiteral("\n\n");
        if (!c->note.isEmpty())
            md += QStringLiteral("*Analyst note:* ") + markdown(c->note) + QStringLiteral("\n\n");
        for (size_t s = 0; s < c->sides.size(); ++s) {
            const ConflictSide &side = c->sides[s];
            const bool chosen = c->chosenSide && *c->chosenSide == int(s);
            md += QStringLiteral("**Side %1: %2**%3 — %4, first reported %5\n\n")
                      .arg(sideLetter(s), markdown(side.label),
                           chosen ? QStringLiteral(" ✔ chosen") : QString(),
                           plural(side.independentSources, "independent source",
                                  "independent sources"),
                           isoOrDash(side.firstReported));
            for (const Claim &cl : side.claims) {
                const Document *d = docs.value(cl.document, nullptr);
                QStringList meta;
                meta << QStringLiteral("`") +
                            QString(cl.document).replace(QLatin1Char('`'), QLatin1Char('\'')) +
                            QStringLiteral("`");
                if (cl.page > 0)
                    meta << QStringLiteral("p. ") + QString::number(cl.page);
                if (d && !d->outlet.isEmpty())
                    meta << markdown(d->outlet);
                meta << QStringLiteral("published ") +
                            (d ? publishedText(*d) : QStringLiteral("—"));
                if (cl.claimDate.isValid())
                    meta << QStringLiteral("claim dated ") + cl.claimDate.toString(Qt::ISODate);
                meta << toString(cl.certainty);
                if (!cl.citedSources.isEmpty())
                    meta << QStringLiteral("cites ") +
                                markdown(cl.citedSources.join(QStringLiteral("; ")));
                const QuoteParts q = splitQuote(cl);
                QString quote = markdown(q.before);
                if (!q.value.trimmed().isEmpty()) {
                    // Emphasis must hug its text: white space moves outside the markers.
                    const QString v = q.value.simplified();
                    if (q.value.front().isSpace())
                        quote += QLatin1Char(' ');
                    quote += QStringLiteral("**") + markdown(v) + QStringLiteral("**");
                    if (q.value.back().isSpace())
                        quote += QLatin1Char(' ');
                    quote += markdown(q.after);
                }
                md += QStringLiteral("- ") + meta.join(QStringLiteral(" · ")) +
                      QStringLiteral("\n\n  > ") + quote.simplified() + QStringLiteral("\n\n");
            }
        }
    }

    if (!input.orphanReviews.empty()) {
        md += QStringLiteral("## Reviews of conflicts no longer found\n\n");
        std::vector<const Review *> reviews;
        for (const Review &r : input.orphanReviews)
            reviews.push_back(&r);
        std::sort(reviews.begin(), reviews.end(),
                  [](const Review *a, const Review *b) { return a->conflictId < b->conflictId; });
        for (const Review *r : reviews) {
            md += QStringLiteral("- ") +
                  markdown(r->summary.isEmpty() ? r->conflictId : r->summary) +
                  QStringLiteral(" — ") + toString(r->status);
            if (r->updated.isValid())
                md += QStringLiteral(", reviewed ") + r->updated.toUTC().toString(Qt::ISODate);
            if (!r->note.isEmpty())
                md += QStringLiteral(" — note: ") + markdown(r->note);
            md += QStringLiteral(" (id `") + r->conflictId + QStringLiteral("`)\n");
        }
        md += QLatin1Char('\n');
    }

    md +=
        QStringLiteral("## Documents\n\n| Path | Title | Published | Outlet | Format | Warnings |\n"
                       "|---|---|---|---|---|---|\n");
    for (const Document *d : sortedDocuments(input.documents)) {
        md +=
            QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |\n")
                .arg(markdown(d->path), markdown(d->title), publishedText(*d), markdown(d->outlet),
                     markdown(d->format), markdown(d->warnings.join(QStringLiteral("; "))));
    }
    return md.toUtf8();
}

} // namespace

std::optional<ReportFormat> ReportWriter::parseFormat(const QString &name) {
    const QString n = name.toLower();
    if (n == QLatin1String("json"))
        return ReportFormat::Json;
    if (n == QLatin1String("csv"))
        return ReportFormat::Csv;
    if (n == QLatin1String("md") || n == QLatin1String("markdown"))
        return ReportFormat::Markdown;
    if (n == QLatin1String("html") || n == QLatin1String("htm"))
        return ReportFormat::Html;
    if (n == QLatin1String("pdf"))
        return ReportFormat::Pdf;
    return std::nullopt;
}

QByteArray ReportWriter::conflicts(ReportFormat format, const ReportInput &input) {
    switch (format) {
    case ReportFormat::Json:
        return conflictsJson(input);
    case ReportFormat::Csv:
        return conflictsCsv(input);
    case ReportFormat::Markdown:
        return conflictsMarkdown(input);
    case ReportFormat::Html:
        return HtmlReport::render(input, HtmlReport::Flavor::Browser).toUtf8();
    case ReportFormat::Pdf:
        break; // PdfReportWriter
    }
    return {};
}

QByteArray ReportWriter::claims(ReportFormat format, const ReportInput &input) {
    switch (format) {
    case ReportFormat::Json:
        return claimsJson(input);
    case ReportFormat::Csv:
        return claimsCsv(input);
    default:
        break;
    }
    return {};
}

} // namespace cc
