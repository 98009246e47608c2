#pragma once

// A small synthetic report input: invented briefings, entities and dates.
#include "report/ReportInput.h"

#include <QDateTime>

namespace cc::test {

inline Claim reportClaim(const QString &document, const QString &quote, const QString &valueWords,
                         qsizetype sentenceStart, const ClaimValue &value,
                         Certainty certainty = Certainty::Asserted) {
    Claim c;
    c.document = document;
    c.subject = QStringLiteral("Lumen 3");
    c.subjectSurface = c.subject;
    c.attribute = QStringLiteral("release_date");
    c.value = value;
    c.label = value.toLabel();
    c.certainty = certainty;
    c.quote = quote;
    c.cpSentenceStart = c.sentenceStart = sentenceStart;
    c.cpSentenceEnd = c.sentenceEnd = sentenceStart + quote.size();
    const qsizetype at = quote.indexOf(valueWords);
    c.cpValueStart = c.valueStart = sentenceStart + (at < 0 ? 0 : at);
    c.cpValueEnd = c.valueEnd = c.cpValueStart + (at < 0 ? 0 : valueWords.size());
    return c;
}

inline ReportInput sampleInput() {
    ReportInput in;
    in.folder = QStringLiteral("briefings");
    Document a;
    a.path = QStringLiteral("01_morning.txt");
    a.title = QStringLiteral("Northern Compute Morning Brief");
    a.format = QStringLiteral("txt");
    a.published = DateInterval::day(QDate(2031, 6, 9));
    a.outlet = QStringLiteral("Northern Compute");
    Document b;
    b.path = QStringLiteral("02_digest.md");
    b.title = QStringLiteral("Weekly <b>digest</b> & notes");
    b.format = QStringLiteral("md");
    b.warnings = {QStringLiteral("damaged encoding: 3 bytes lost")};
    Document c;
    c.path = QStringLiteral("03_newsroom.html");
    c.title = QStringLiteral("Newsroom — 研究简报");
    c.format = QStringLiteral("html");
    c.published = DateInterval::month(2031, 6);
    in.documents = {b, c, a}; // deliberately unsorted

    Conflict date;
    date.kind = ConflictKind::Date;
    date.severity = Severity::High;
    date.subject = QStringLiteral("Lumen 3");
    date.attribute = QStringLiteral("release_date");
    date.attributeLabel = QStringLiteral("release date");
    date.id = Conflict::makeId(date.subject, date.attribute, QString(), date.kind);
    date.why =
        QStringLiteral("2 independent sources give disjoint day-precision dates for the "
                       "release date of Lumen 3: June 3, 2031 (1 source) vs June 5, 2031 "
                       "(1 source); medium: fewer than two sides have 2+ independent sources");
    ConflictSide s1;
    s1.value = QStringLiteral("2031-06-03");
    s1.label = QStringLiteral("June 3, 2031");
    s1.independentSources = 1;
    s1.firstReported = QDate(2031, 6, 9);
    Claim c1 = reportClaim(
        a.path, QStringLiteral("Corvid Labs released Lumen 3 on June 3 as two models."),
        QStringLiteral("June 3"), 120, ClaimValue::fromDate(DateInterval::day(QDate(2031, 6, 3))));
    c1.citedSources = {QStringLiteral("Meridian Wire")};
    c1.claimDate = QDate(2031, 6, 9);
    s1.claims = {c1};
    ConflictSide s2;
    s2.value = QStringLiteral("2031-06-05");
    s2.label = QStringLiteral("June 5, 2031");
    s2.independentSources = 1;
    s2.firstReported = QDate(2031, 6, 12);
    Claim c2 = reportClaim(
        c.path,
        QStringLiteral("The model <script>alert(1)</script> was released on June 5 "
                       "\"officially\", per 研究 notes, 😀 team."),
        QStringLiteral("June 5"), 40, ClaimValue::fromDate(DateInterval::day(QDate(2031, 6, 5))));
    c2.page = 2;
    s2.claims = {c2};
    date.sides = {s1, s2};
    date.status = ReviewStatus::Confirmed;
    date.chosenSide = 1;
    date.note = QStringLiteral("Vendor blog <i>confirms</i> June 5, \"final\"");
    date.changedSinceReview = true;

    Conflict cert;
    cert.kind = ConflictKind::Certainty;
    cert.severity = Severity::Medium;
    cert.subject = QStringLiteral("Lumen 3");
    cert.attribute = QStringLiteral("training_hardware");
    cert.attributeLabel = QStringLiteral("training hardware");
    cert.id = Conflict::makeId(cert.subject, cert.attribute, QString(), cert.kind);
    cert.why = QStringLiteral("an assertion against a claim that it is unverified");
    cert.intraDocument = false;
    ConflictSide u;
    u.value = QStringLiteral("unverified");
    u.label = QStringLiteral("unverified: Oskar hardware");
    u.independentSources = 1;
    u.firstReported = QDate(2031, 6, 9);
    Claim cu = reportClaim(
        a.path,
        QStringLiteral("Whether Lumen 3 was trained on Oskar hardware remains unconfirmed."),
        QStringLiteral("Oskar hardware"), 400,
        ClaimValue::fromCategory(QStringLiteral("Oskar hardware")), Certainty::Unverified);
    cu.attribute = cert.attribute;
    u.claims = {cu};
    ConflictSide as;
    as.value = QStringLiteral("asserted");
    as.label = QStringLiteral("asserted: exclusively Tarn T7");
    as.independentSources = 1;
    Claim ca = reportClaim(
        b.path, QStringLiteral("Corvid trained Lumen 3 exclusively on Tarn T7, a=b,c."),
        QStringLiteral("Tarn T7"), 10, ClaimValue::fromCategory(QStringLiteral("Tarn T7"), true));
    ca.attribute = cert.attribute;
    as.claims = {ca};
    cert.sides = {u, as};
    in.conflicts = {date, cert};

    Review orphan;
    orphan.conflictId = QStringLiteral("number-0123456789abcdef");
    orphan.status = ReviewStatus::Dismissed;
    orphan.note = QStringLiteral("not the same <round>");
    orphan.summary = QStringLiteral("funding amount of Corvid Labs: $400M vs $650M");
    orphan.updated = QDateTime(QDate(2031, 6, 20), QTime(10, 0), Qt::UTC);
    in.orphanReviews = {orphan};

    in.claims = {c2, c1, cu, ca};
    Quantity q;
    q.low = 9e11;
    q.high = 9e11;
    q.unit = QStringLiteral("parameters");
    q.dimension = QStringLiteral("parameters");
    Claim cq = reportClaim(a.path, QStringLiteral("Lumen 3 Max at 900 billion parameters."),
                           QStringLiteral("900 billion"), 200, ClaimValue::fromQuantity(q));
    cq.attribute = QStringLiteral("parameter_count");
    in.claims.push_back(cq);
    Claim cp =
        reportClaim(a.path, QStringLiteral("Lumen 3 ships without image input."),
                    QStringLiteral("without image input"), 300, ClaimValue::fromPolarity(false));
    cp.attribute = QStringLiteral("image_input");
    in.claims.push_back(cp);
    return in;
}

} // namespace cc::test
