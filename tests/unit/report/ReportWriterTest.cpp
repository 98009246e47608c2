// The text exporters: the crosscheck.conflicts/1 and crosscheck.claims/1 JSON
// (keys, order, nulls, offsets), RFC 4180 CSV, Markdown and the self-contained
// HTML (escaping of untrusted briefing text, no external resources).
#include "report/ReportWriter.h"
#include "ReportFixtures.h"
#include "report/HtmlReport.h"
#include "report/JsonText.h"
#include "report/ReportContent.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <gtest/gtest.h>

#include <algorithm>

using namespace cc;
using cc::test::sampleInput;

namespace {

QJsonObject parse(const QByteArray &bytes) {
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
    EXPECT_EQ(err.error, QJsonParseError::NoError) << err.errorString().toStdString();
    return doc.object();
}

QString text(const QByteArray &bytes) {
    return QString::fromUtf8(bytes);
}

// Keys of the first object that starts at `from` in raw JSON text, in the order written.
QStringList keysInOrder(const QString &json, const QStringList &expected) {
    QStringList found;
    qsizetype at = 0;
    for (const QString &k : expected) {
        const qsizetype i = json.indexOf(QLatin1Char('"') + k + QStringLiteral("\":"), at);
        if (i < 0)
            break;
        found << k;
        at = i;
    }
    return found;
}

// A small RFC 4180 reader for checking the CSV round trip.
std::vector<QStringList> readCsv(const QString &csv) {
    std::vector<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < csv.size(); ++i) {
        const QChar c = csv[i];
        if (quoted) {
            if (c == u'"' && i + 1 < csv.size() && csv[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < csv.size() && csv[i + 1] == u'\n') {
            row << field;
            field.clear();
            rows.push_back(row);
            row.clear();
            ++i;
        } else {
            field += c;
        }
    }
    EXPECT_TRUE(field.isEmpty() && row.isEmpty()) << "CSV does not end with CRLF";
    return rows;
}

} // namespace

TEST(ReportWriter, ParsesFormats) {
    EXPECT_EQ(ReportWriter::parseFormat(QStringLiteral("JSON")), ReportFormat::Json);
    EXPECT_EQ(ReportWriter::parseFormat(QStringLiteral("markdown")), ReportFormat::Markdown);
    EXPECT_EQ(ReportWriter::parseFormat(QStringLiteral("htm")), ReportFormat::Html);
    EXPECT_FALSE(ReportWriter::parseFormat(QStringLiteral("xml")).has_value());
}

TEST(ConflictsJson, SchemaKeysInDocumentedOrder) {
    const QByteArray bytes = ReportWriter::conflicts(ReportFormat::Json, sampleInput());
    const QJsonObject root = parse(bytes);
    EXPECT_EQ(root.value(QLatin1String("schema")).toString(),
              QStringLiteral("crosscheck.conflicts/1"));
    EXPECT_EQ(root.value(QLatin1String("folder")).toString(), QStringLiteral("briefings"));
    const QString json = text(bytes);
    const QStringList top = {QStringLiteral("schema"), QStringLiteral("folder"),
                             QStringLiteral("documents"), QStringLiteral("conflicts")};
    EXPECT_EQ(keysInOrder(json, top), top);
    const QStringList conflictKeys = {QStringLiteral("id"),
                                      QStringLiteral("kind"),
                                      QStringLiteral("severity"),
                                      QStringLiteral("why"),
                                      QStringLiteral("subject"),
                                      QStringLiteral("attribute"),
                                      QStringLiteral("attribute_label"),
                                      QStringLiteral("intra_document"),
                                      QStringLiteral("status"),
                                      QStringLiteral("chosen_side"),
                                      QStringLiteral("note"),
                                      QStringLiteral("changed_since_review"),
                                      QStringLiteral("sides"),
                                      QStringLiteral("value"),
                                      QStringLiteral("label"),
                                      QStringLiteral("independent_sources"),
                                      QStringLiteral("first_reported"),
                                      QStringLiteral("claims"),
                                      QStringLiteral("document"),
                                      QStringLiteral("quote"),
                                      QStringLiteral("start"),
                                      QStringLiteral("end"),
                                      QStringLiteral("value_start"),
                                      QStringLiteral("value_end"),
                                      QStringLiteral("page"),
                                      QStringLiteral("certainty"),
                                      QStringLiteral("cited_sources")};
    EXPECT_EQ(keysInOrder(json.mid(json.indexOf(QStringLiteral("\"conflicts\""))), conflictKeys),
              conflictKeys);
    const QStringList docKeys = {QStringLiteral("path"),      QStringLiteral("title"),
                                 QStringLiteral("published"), QStringLiteral("published_precision"),
                                 QStringLiteral("outlet"),    QStringLiteral("format"),
                                 QStringLiteral("warnings")};
    EXPECT_EQ(keysInOrder(json.mid(json.indexOf(QStringLiteral("\"documents\""))), docKeys),
              docKeys);

    // Every conflict, side and claim has exactly the documented keys.
    for (const QJsonValue &cv : root.value(QLatin1String("conflicts")).toArray()) {
        const QJsonObject c = cv.toObject();
        EXPECT_EQ(c.keys().size(), 13);
        for (const QJsonValue &sv : c.value(QLatin1String("sides")).toArray()) {
            EXPECT_EQ(sv.toObject().keys().size(), 5);
            for (const QJsonValue &cl : sv.toObject().value(QLatin1String("claims")).toArray())
                EXPECT_EQ(cl.toObject().keys().size(), 9);
        }
    }
}

TEST(ConflictsJson, NullsIdsAndOffsets) {
    const QJsonObject root = parse(ReportWriter::conflicts(ReportFormat::Json, sampleInput()));
    const QJsonArray docs = root.value(QLatin1String("documents")).toArray();
    ASSERT_EQ(docs.size(), 3);
    // Documents in path order; a document without a date has null date and precision.
    EXPECT_EQ(docs[0].toObject().value(QLatin1String("path")).toString(),
              QStringLiteral("01_morning.txt"));
    const QJsonObject undated = docs[1].toObject();
    EXPECT_TRUE(undated.value(QLatin1String("published")).isNull());
    EXPECT_TRUE(undated.value(QLatin1String("published_precision")).isNull());
    EXPECT_EQ(docs[2].toObject().value(QLatin1String("published")).toString(),
              QStringLiteral("2031-06"));
    EXPECT_EQ(docs[2].toObject().value(QLatin1String("published_precision")).toString(),
              QStringLiteral("month"));

    const QJsonArray conflicts = root.value(QLatin1String("conflicts")).toArray();
    ASSERT_EQ(conflicts.size(), 2);
    // Sorted by id.
    EXPECT_LT(conflicts[0].toObject().value(QLatin1String("id")).toString(),
              conflicts[1].toObject().value(QLatin1String("id")).toString());
    for (const QJsonValue &v : conflicts) {
        const QJsonObject c = v.toObject();
        if (c.value(QLatin1String("kind")).toString() == QLatin1String("date")) {
            EXPECT_EQ(c.value(QLatin1String("chosen_side")).toInt(-1), 1);
            EXPECT_TRUE(c.value(QLatin1String("changed_since_review")).toBool());
            EXPECT_EQ(c.value(QLatin1String("status")).toString(), QStringLiteral("confirmed"));
            const QJsonObject claim =
                c.value(QLatin1String("sides"))[1][QLatin1String("claims")][0].toObject();
            EXPECT_EQ(claim.value(QLatin1String("page")).toInt(), 2);
            EXPECT_TRUE(claim.value(QLatin1String("quote"))
                            .toString()
                            .contains(QStringLiteral("<script>")));
            const QJsonObject first =
                c.value(QLatin1String("sides"))[0][QLatin1String("claims")][0].toObject();
            EXPECT_TRUE(first.value(QLatin1String("page")).isNull());
            EXPECT_EQ(first.value(QLatin1String("start")).toInt(), 120);
            EXPECT_EQ(first.value(QLatin1String("value_start")).toInt(), 152);
            EXPECT_EQ(first.value(QLatin1String("value_end")).toInt(), 158);
        } else {
            EXPECT_TRUE(c.value(QLatin1String("chosen_side")).isNull());
            // An undated side has a null first_reported.
            EXPECT_TRUE(
                c.value(QLatin1String("sides"))[1][QLatin1String("first_reported")].isNull());
        }
    }
}

TEST(ConflictsJson, OffsetsAreCodePoints) {
    ReportInput in = sampleInput();
    Claim &c = in.conflicts[0].sides[0].claims[0];
    c.sentenceStart = 1000; // UTF-16 offsets differ when astral characters precede
    c.valueStart = 1001;
    c.cpSentenceStart = 990;
    c.cpValueStart = 991;
    const QString json = text(ReportWriter::conflicts(ReportFormat::Json, in));
    EXPECT_TRUE(json.contains(QStringLiteral("\"start\": 990")));
    EXPECT_FALSE(json.contains(QStringLiteral("\"start\": 1000")));
}

TEST(ConflictsJson, ByteIdenticalAndOrderIndependent) {
    const ReportInput in = sampleInput();
    const QByteArray a = ReportWriter::conflicts(ReportFormat::Json, in);
    EXPECT_EQ(a, ReportWriter::conflicts(ReportFormat::Json, in));
    ReportInput shuffled = in;
    std::reverse(shuffled.conflicts.begin(), shuffled.conflicts.end());
    std::reverse(shuffled.documents.begin(), shuffled.documents.end());
    EXPECT_EQ(a, ReportWriter::conflicts(ReportFormat::Json, shuffled));
    for (ReportFormat f : {ReportFormat::Csv, ReportFormat::Markdown, ReportFormat::Html})
        EXPECT_EQ(ReportWriter::conflicts(f, in), ReportWriter::conflicts(f, shuffled));
}

TEST(ConflictsJson, EmptyReportIsValid) {
    ReportInput in;
    in.folder = QStringLiteral("empty");
    const QJsonObject root = parse(ReportWriter::conflicts(ReportFormat::Json, in));
    EXPECT_TRUE(root.value(QLatin1String("documents")).isArray());
    EXPECT_TRUE(root.value(QLatin1String("conflicts")).toArray().isEmpty());
    EXPECT_TRUE(text(ReportWriter::conflicts(ReportFormat::Html, in))
                    .contains(QStringLiteral("No conflicts found")));
}

TEST(JsonText, EscapesEverythingThatNeedsIt) {
    const QString nasty = QStringLiteral("a\"b\\c\nd\te\x01"
                                         "f\u2028g 研究 😀");
    QString withLoneSurrogate = nasty;
    withLoneSurrogate += QChar(0xd800);
    JsonText o = JsonText::object();
    o.add(QStringLiteral("s"), JsonText::string(nasty));
    o.add(QStringLiteral("lone"), JsonText::string(withLoneSurrogate));
    o.add(QStringLiteral("n"), JsonText::number(1.6e12));
    o.add(QStringLiteral("f"), JsonText::number(0.1));
    o.add(QStringLiteral("inf"), JsonText::number(std::numeric_limits<double>::infinity()));
    const QByteArray bytes = o.toJson();
    const QJsonObject back = parse(bytes);
    EXPECT_EQ(back.value(QLatin1String("s")).toString(), nasty);
    EXPECT_EQ(back.value(QLatin1String("lone")).toString(), nasty + QChar(0xfffd));
    EXPECT_EQ(back.value(QLatin1String("n")).toDouble(), 1.6e12);
    EXPECT_TRUE(bytes.contains("\"n\": 1600000000000"));
    EXPECT_TRUE(bytes.contains("\"f\": 0.1"));
    EXPECT_TRUE(back.value(QLatin1String("inf")).isNull());
    EXPECT_TRUE(bytes.contains("\\u0001"));
    EXPECT_TRUE(bytes.contains("\\u2028"));
}

TEST(ClaimsJson, TypedValues) {
    const QByteArray bytes = ReportWriter::claims(ReportFormat::Json, sampleInput());
    const QJsonObject root = parse(bytes);
    EXPECT_EQ(root.value(QLatin1String("schema")).toString(),
              QStringLiteral("crosscheck.claims/1"));
    const QStringList claimKeys = {
        QStringLiteral("document"),   QStringLiteral("quote"),        QStringLiteral("start"),
        QStringLiteral("end"),        QStringLiteral("value_start"),  QStringLiteral("value_end"),
        QStringLiteral("subject"),    QStringLiteral("attribute"),    QStringLiteral("value"),
        QStringLiteral("label"),      QStringLiteral("certainty"),    QStringLiteral("exclusive"),
        QStringLiteral("claim_date"), QStringLiteral("cited_sources")};
    const QString json = text(bytes);
    EXPECT_EQ(keysInOrder(json.mid(json.indexOf(QStringLiteral("\"claims\""))), claimKeys),
              claimKeys);
    const QJsonArray claims = root.value(QLatin1String("claims")).toArray();
    ASSERT_EQ(claims.size(), 6);
    int seen = 0;
    for (const QJsonValue &v : claims) {
        const QJsonObject c = v.toObject();
        EXPECT_EQ(c.keys().size(), claimKeys.size());
        const QJsonObject value = c.value(QLatin1String("value")).toObject();
        const QString attr = c.value(QLatin1String("attribute")).toString();
        if (attr == QLatin1String("parameter_count")) {
            EXPECT_EQ(value.value(QLatin1String("low")).toDouble(), 9e11);
            EXPECT_EQ(value.value(QLatin1String("unit")).toString(), QStringLiteral("parameters"));
            EXPECT_EQ(value.value(QLatin1String("dimension")).toString(),
                      QStringLiteral("parameters"));
            ++seen;
        } else if (attr == QLatin1String("image_input")) {
            EXPECT_FALSE(value.value(QLatin1String("present")).toBool(true));
            ++seen;
        } else if (attr == QLatin1String("training_hardware") &&
                   c.value(QLatin1String("exclusive")).toBool()) {
            EXPECT_EQ(value.value(QLatin1String("term")).toString(), QStringLiteral("Tarn T7"));
            ++seen;
        } else if (attr == QLatin1String("release_date") &&
                   c.value(QLatin1String("claim_date")).isNull()) {
            EXPECT_EQ(value.value(QLatin1String("begin")).toString(), QStringLiteral("2031-06-05"));
            EXPECT_EQ(value.value(QLatin1String("precision")).toString(), QStringLiteral("day"));
            ++seen;
        }
    }
    EXPECT_EQ(seen, 4);
    // Claims in document order.
    EXPECT_EQ(claims[0].toObject().value(QLatin1String("document")).toString(),
              QStringLiteral("01_morning.txt"));
    EXPECT_EQ(claims[5].toObject().value(QLatin1String("document")).toString(),
              QStringLiteral("03_newsroom.html"));
}

TEST(Csv, OneRowPerClaimWithRfc4180Quoting) {
    const QString csv = text(ReportWriter::conflicts(ReportFormat::Csv, sampleInput()));
    const auto rows = readCsv(csv);
    ASSERT_EQ(rows.size(), 5u); // header + 4 claims
    const QStringList header = rows[0];
    EXPECT_EQ(header.first(), QStringLiteral("conflict_id"));
    const qsizetype quote = header.indexOf(QStringLiteral("quote"));
    const qsizetype note = header.indexOf(QStringLiteral("note"));
    ASSERT_GE(quote, 0);
    for (const QStringList &r : rows)
        EXPECT_EQ(r.size(), header.size());
    bool sawScript = false;
    for (const QStringList &r : rows) {
        if (r[quote].contains(QStringLiteral("<script>"))) {
            sawScript = true;
            EXPECT_TRUE(r[quote].contains(QStringLiteral("\"officially\", per")));
            EXPECT_EQ(r[note], QStringLiteral("Vendor blog <i>confirms</i> June 5, \"final\""));
        }
    }
    EXPECT_TRUE(sawScript);
}

TEST(Csv, ClaimsAndFormulaGuard) {
    ReportInput in = sampleInput();
    in.claims[0].quote = QStringLiteral("=HYPERLINK(\"http://x\")");
    in.claims[0].cpSentenceStart = 0;
    const auto rows = readCsv(text(ReportWriter::claims(ReportFormat::Csv, in)));
    ASSERT_EQ(rows.size(), in.claims.size() + 1);
    bool guarded = false;
    for (const QStringList &r : rows)
        guarded = guarded || r.last() == QStringLiteral("'=HYPERLINK(\"http://x\")");
    EXPECT_TRUE(guarded);
    EXPECT_EQ(ReportContent::csvField(QStringLiteral("a\nb")), QStringLiteral("\"a\nb\""));
    EXPECT_EQ(ReportContent::csvField(QStringLiteral("plain")), QStringLiteral("plain"));
}

TEST(Html, ScriptInAQuoteComesOutAsText) {
    const QString h = text(ReportWriter::conflicts(ReportFormat::Html, sampleInput()));
    EXPECT_FALSE(h.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
    EXPECT_TRUE(h.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
    // The analyst note and a document title with markup are escaped too.
    EXPECT_TRUE(h.contains(QStringLiteral("Vendor blog &lt;i&gt;confirms&lt;/i&gt;")));
    EXPECT_FALSE(h.contains(QStringLiteral("<b>digest</b>")));
    EXPECT_FALSE(h.contains(QStringLiteral("<round>")));
}

TEST(Html, SelfContainedWithTimelineAndHighlights) {
    const QString h = text(ReportWriter::conflicts(ReportFormat::Html, sampleInput()));
    EXPECT_TRUE(h.startsWith(QStringLiteral("<!DOCTYPE html>")));
    EXPECT_TRUE(h.contains(QStringLiteral("<style>")));
    EXPECT_EQ(h.count(QStringLiteral("<svg")), 1);
    // No external resources: no links, scripts, imports, remote URLs or src attributes.
    EXPECT_FALSE(h.contains(QStringLiteral("<link")));
    EXPECT_FALSE(h.contains(QStringLiteral("@import")));
    EXPECT_FALSE(h.contains(QStringLiteral("url(")));
    EXPECT_FALSE(h.contains(QStringLiteral(" src=")));
    const QString withoutNamespace =
        QString(h).remove(QStringLiteral("xmlns=\"http://www.w3.org/2000/svg\""));
    EXPECT_FALSE(withoutNamespace.contains(QStringLiteral("http://")));
    EXPECT_FALSE(withoutNamespace.contains(QStringLiteral("https://")));
    // Values highlighted, both day claims drawn as points, first reports as diamonds.
    EXPECT_TRUE(h.contains(QStringLiteral("<mark>June 3</mark>")));
    EXPECT_TRUE(h.contains(QStringLiteral("<mark>June 5</mark>")));
    EXPECT_TRUE(h.contains(QStringLiteral("<mark>Oskar hardware</mark>")));
    EXPECT_EQ(h.count(QStringLiteral("<circle")), 2);
    EXPECT_GE(h.count(QStringLiteral("<path d=")), 3);
    // Summary, review state, vanished reviews and documents.
    EXPECT_TRUE(h.contains(QStringLiteral("changed since review")));
    EXPECT_TRUE(h.contains(QStringLiteral("chosen side: <b>B</b>")));
    EXPECT_TRUE(h.contains(QStringLiteral("Reviews of conflicts no longer found")));
    EXPECT_TRUE(h.contains(QStringLiteral("funding amount of Corvid Labs")));
    EXPECT_TRUE(h.contains(QStringLiteral("研究简报")));
    // High before medium in reading order.
    EXPECT_LT(h.indexOf(QStringLiteral("release date of Lumen 3</h3>")),
              h.indexOf(QStringLiteral("training hardware of Lumen 3</h3>")));
}

TEST(Markdown, SummaryConflictsAndEscaping) {
    const QString md = text(ReportWriter::conflicts(ReportFormat::Markdown, sampleInput()));
    EXPECT_TRUE(md.startsWith(QStringLiteral("# Crosscheck conflict report")));
    EXPECT_TRUE(md.contains(QStringLiteral("| date | 1 | 0 | 0 | 1 |")));
    EXPECT_TRUE(md.contains(QStringLiteral("\\<script\\>alert(1)\\</script\\>")));
    EXPECT_FALSE(md.contains(QStringLiteral("<script>")));
    EXPECT_TRUE(md.contains(QStringLiteral("on **June 3** as two models")));
    EXPECT_TRUE(md.contains(QStringLiteral("chosen side: **B**")));
    EXPECT_TRUE(md.contains(QStringLiteral("## Reviews of conflicts no longer found")));
}

TEST(ReportContent, QuoteSplitCountsCodePoints) {
    Claim c;
    c.quote = QStringLiteral("😀 launched on June 5.");
    c.cpSentenceStart = 10;
    c.cpValueStart = 10 + 14; // "😀" is one code point, two UTF-16 units
    c.cpValueEnd = 10 + 20;
    const ReportContent::QuoteParts parts = ReportContent::splitQuote(c);
    EXPECT_EQ(parts.value, QStringLiteral("June 5"));
    EXPECT_EQ(parts.before, QStringLiteral("😀 launched on "));
    EXPECT_EQ(parts.after, QStringLiteral("."));
    c.cpValueEnd = 10 + 200; // out of the quote: no highlight, quote kept whole
    EXPECT_TRUE(ReportContent::splitQuote(c).value.isEmpty());
    EXPECT_EQ(ReportContent::splitQuote(c).before, c.quote);
}

TEST(ReportContent, MarkdownEscapesLineStarts) {
    EXPECT_EQ(ReportContent::markdown(QStringLiteral("- item")), QStringLiteral("\\- item"));
    EXPECT_EQ(ReportContent::markdown(QStringLiteral("12. point")), QStringLiteral("12\\. point"));
    EXPECT_EQ(ReportContent::markdown(QStringLiteral("a-b 1.5")), QStringLiteral("a-b 1.5"));
    EXPECT_EQ(ReportContent::markdown(QStringLiteral("[x](y) *z*")),
              QStringLiteral("\\[x\\](y) \\*z\\*"));
    EXPECT_EQ(ReportContent::sideLetter(0), QStringLiteral("A"));
    EXPECT_EQ(ReportContent::sideLetter(26), QStringLiteral("AA"));
}

TEST(ReportContent, TimelineHandlesBoundsAndLongSpans) {
    ReportInput in = cc::test::sampleInput();
    Conflict &date = in.conflicts[0];
    DateInterval byJune;
    byJune.end = QDate(2031, 6, 30);
    byJune.precision = DatePrecision::Month;
    date.sides[0].claims[0].value = ClaimValue::fromDate(byJune);
    date.sides[1].claims[0].value = ClaimValue::fromDate(DateInterval::year(2035));
    const auto order = ReportContent::readingOrder(in.conflicts);
    const ReportContent::Timeline t = ReportContent::timeline(order);
    ASSERT_FALSE(t.isEmpty());
    EXPECT_EQ(t.lanes.size(), 2u);
    ASSERT_FALSE(t.ticks.empty());
    for (const auto &tick : t.ticks) {
        EXPECT_GE(tick.date, t.from);
        EXPECT_LE(tick.date, t.to);
    }
    EXPECT_EQ(t.ticks.front().label.size(), 4); // years on a multi-year axis
    EXPECT_LE(t.ticks.size(), 12u);
    const QString svg = HtmlReport::timelineSvg(t, 1000);
    EXPECT_TRUE(svg.contains(QStringLiteral("stroke-dasharray"))); // the open bound
    EXPECT_EQ(svg.count(QStringLiteral("<rect x=")) - svg.count(QStringLiteral("fill=\"#f5f7fa\"")),
              2);
}
