// The contradiction engine on synthetic claims: dates, numbers, categories,
// certainty, negation, variants, stable ids and determinism.
#include "DetectFixtures.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

using namespace cc;
using namespace cc::test;

namespace {

const QString kLine = QStringLiteral("Zephyr 9");
const QString kMax = QStringLiteral("Zephyr 9 Max");
const QString kLite = QStringLiteral("Zephyr 9 Lite");

QString lineOf(const QString &name) {
    if (name == kMax || name == kLite)
        return kLine;
    return {};
}

class Detect : public ::testing::Test {
protected:
    Detect() : lexicons(testLexicons()), detector(lexicons) {}
    std::vector<Conflict> run(const std::vector<Claim> &claims,
                              std::vector<Document> documents = {}) {
        if (documents.empty()) {
            QStringList paths;
            for (const Claim &c : claims)
                if (!paths.contains(c.document))
                    paths << c.document;
            for (const QString &p : paths)
                documents.push_back(doc(p));
        }
        return detector.detect(claims, documents, ConflictDetector::LineOf(lineOf));
    }
    const Conflict *find(const std::vector<Conflict> &conflicts, ConflictKind kind) {
        for (const Conflict &c : conflicts)
            if (c.kind == kind)
                return &c;
        return nullptr;
    }
    LexiconSet lexicons;
    ConflictDetector detector;
    ClaimMaker m;
};

} // namespace

TEST_F(Detect, LexiconLoadsCleanly) {
    EXPECT_TRUE(lexicons.errors().isEmpty())
        << lexicons.errors().join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(detector.errors().isEmpty())
        << detector.errors().join(QLatin1Char('\n')).toStdString();
}

// --- dates -------------------------------------------------------------------

TEST_F(Detect, DisjointDaysConflict) {
    const auto out = run({m.day("a.txt", kLine, 2031, 6, 3), m.day("b.txt", kLine, 2031, 6, 3),
                          m.day("c.txt", kLine, 2031, 6, 5), m.day("d.txt", kLine, 2031, 6, 5)});
    ASSERT_EQ(out.size(), 1u);
    const Conflict &c = out[0];
    EXPECT_EQ(c.kind, ConflictKind::Date);
    EXPECT_EQ(c.subject, kLine);
    EXPECT_EQ(c.attribute, QStringLiteral("release_date"));
    EXPECT_EQ(c.attributeLabel, QStringLiteral("release date"));
    EXPECT_FALSE(c.intraDocument);
    ASSERT_EQ(c.sides.size(), 2u);
    EXPECT_EQ(sideValues(c),
              (QStringList{QStringLiteral("2031-06-03"), QStringLiteral("2031-06-05")}));
    EXPECT_EQ(c.sides[0].independentSources, 2);
    EXPECT_EQ(c.sides[1].independentSources, 2);
    EXPECT_EQ(c.severity, Severity::High);
    EXPECT_TRUE(c.why.contains(QStringLiteral("day-precision"))) << c.why.toStdString();
    EXPECT_TRUE(c.why.contains(QStringLiteral("high:"))) << c.why.toStdString();
    EXPECT_FALSE(c.why.contains(QLatin1Char('\n')));
}

TEST_F(Detect, SameDayAgainIsNoConflict) {
    EXPECT_TRUE(
        run({m.day("a.txt", kLine, 2031, 6, 3), m.day("b.txt", kLine, 2031, 6, 3)}).empty());
}

TEST_F(Detect, MonthContainingTheDayIsNoConflict) {
    // "on July 2" vs "in July 2031" vs "by August": a month contains its days, a bound contains
    // both.
    DateInterval byAugust;
    byAugust.end = QDate(2031, 8, 31);
    byAugust.precision = DatePrecision::Month;
    const QString report = QStringLiteral("report_date");
    const QString subject = QStringLiteral("Harbor Ledger report");
    EXPECT_TRUE(
        run({m.date("a.txt", subject, DateInterval::day(QDate(2031, 7, 2)), Certainty::Asserted,
                    report),
             m.date("b.txt", subject, DateInterval::month(2031, 7), Certainty::Asserted, report),
             m.date("b.txt", subject, byAugust, Certainty::Asserted, report)})
            .empty());
}

TEST_F(Detect, YearsApartAreNotContained) {
    // A month of another year is disjoint: "July 2031" vs "July 2, 2032".
    const auto out = run(
        {m.date("a.txt", kLine, DateInterval::month(2031, 7)), m.day("b.txt", kLine, 2032, 7, 2)});
    ASSERT_EQ(out.size(), 1u);
    EXPECT_TRUE(out[0].why.contains(QStringLiteral("disjoint dates")));
    EXPECT_NE(out[0].severity, Severity::High); // a month is not day precision
}

TEST_F(Detect, BoundBeforeTheDayConflicts) {
    DateInterval byJune;
    byJune.end = QDate(2031, 6, 30);
    byJune.precision = DatePrecision::Month;
    const auto out = run({m.date("a.txt", kLine, byJune), m.day("b.txt", kLine, 2031, 7, 3)});
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(sideValues(out[0]).size(), 2);
    // And a bound the day satisfies is none.
    EXPECT_TRUE(run({m.date("a.txt", kLine, byJune), m.day("b.txt", kLine, 2031, 6, 3)}).empty());
}

TEST_F(Detect, MonthJoinsTheOnlySideItContains) {
    const auto out = run({m.day("a.txt", kLine, 2031, 6, 3), m.day("b.txt", kLine, 2031, 7, 9),
                          m.date("c.txt", kLine, DateInterval::month(2031, 6))});
    ASSERT_EQ(out.size(), 1u);
    ASSERT_EQ(out[0].sides.size(), 2u);
    const ConflictSide &june3 =
        out[0].sides[0].value == QStringLiteral("2031-06-03") ? out[0].sides[0] : out[0].sides[1];
    ASSERT_EQ(june3.value, QStringLiteral("2031-06-03"));
    ASSERT_EQ(june3.claims.size(), 2u); // the day and the month holding it
    EXPECT_EQ(june3.independentSources, 2);
}

TEST_F(Detect, MonthContainingBothDaysStaysOut) {
    const auto out = run({m.day("a.txt", kLine, 2031, 6, 3), m.day("b.txt", kLine, 2031, 6, 5),
                          m.date("c.txt", kLine, DateInterval::month(2031, 6))});
    ASSERT_EQ(out.size(), 1u);
    ASSERT_EQ(out[0].sides.size(), 2u);
    for (const ConflictSide &s : out[0].sides) {
        ASSERT_EQ(s.claims.size(), 1u);
        EXPECT_NE(s.claims[0].document, QStringLiteral("c.txt"));
    }
}

TEST_F(Detect, AmbiguousNumericDateNeverSeeds) {
    // "4/6/2031" read as April 6 against a firm June 4: it may be June 4, so no conflict.
    DateInterval ambiguous = DateInterval::day(QDate(2031, 4, 6));
    ambiguous.ambiguous = true;
    EXPECT_TRUE(
        run({m.date("a.txt", kLine, ambiguous), m.day("b.txt", kLine, 2031, 6, 4)}).empty());
    // Inside a real conflict it joins the side it matches and opens none.
    const auto out = run({m.date("a.txt", kLine, ambiguous), m.day("b.txt", kLine, 2031, 6, 4),
                          m.day("c.txt", kLine, 2031, 4, 6), m.day("d.txt", kLine, 2031, 9, 1)});
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].sides.size(), 3u);
}

TEST_F(Detect, ConflictInsideOneDocument) {
    const auto out = run({m.day("a.txt", kLine, 2031, 6, 3), m.day("a.txt", kLine, 2031, 6, 8)});
    ASSERT_EQ(out.size(), 1u);
    EXPECT_TRUE(out[0].intraDocument);
    EXPECT_EQ(out[0].severity, Severity::Low);
    EXPECT_TRUE(out[0].why.startsWith(QStringLiteral("one document")));
}

TEST_F(Detect, DocumentContradictingItselfIsNamedInACrossDocumentConflict) {
    const auto out = run({m.day("a.txt", kLine, 2031, 6, 3), m.day("a.txt", kLine, 2031, 6, 8),
                          m.day("b.txt", kLine, 2031, 6, 3)});
    ASSERT_EQ(out.size(), 1u);
    EXPECT_FALSE(out[0].intraDocument);
    EXPECT_TRUE(out[0].why.contains(QStringLiteral("also inside a.txt")))
        << out[0].why.toStdString();
}

TEST_F(Detect, HedgedSideMakesItLow) {
    const auto out = run(
        {m.day("a.txt", kLine, 2031, 6, 3, Certainty::Hedged), m.day("b.txt", kLine, 2031, 6, 5)});
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::Low);
    // One source each, both asserted: medium.
    const auto medium = run({m.day("a.txt", kLine, 2031, 6, 3), m.day("b.txt", kLine, 2031, 6, 5)});
    ASSERT_EQ(medium.size(), 1u);
    EXPECT_EQ(medium[0].severity, Severity::Medium);
}

TEST_F(Detect, SidesOrderedByFirstReport) {
    Claim later = m.day("a.txt", kLine, 2031, 6, 3);
    later.claimDate = QDate(2031, 6, 20);
    Claim earlier = m.day("b.txt", kLine, 2031, 6, 5);
    earlier.claimDate = QDate(2031, 6, 6);
    std::vector<Document> documents = {doc(QStringLiteral("a.txt")), doc(QStringLiteral("b.txt"))};
    const auto out = run({later, earlier}, documents);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].sides[0].value, QStringLiteral("2031-06-05"));
    EXPECT_EQ(out[0].sides[0].firstReported, QDate(2031, 6, 6));
    EXPECT_EQ(out[0].sides[1].firstReported, QDate(2031, 6, 20));
    // Without a claim date, the document's publication date.
    const auto fallback =
        run({m.day("c.txt", kLine, 2031, 6, 3), m.day("d.txt", kLine, 2031, 6, 5)},
            {doc(QStringLiteral("c.txt"), QDate(2031, 6, 9)),
             doc(QStringLiteral("d.txt"), QDate(2031, 6, 7))});
    ASSERT_EQ(fallback.size(), 1u);
    EXPECT_EQ(fallback[0].sides[0].firstReported, QDate(2031, 6, 7));
    EXPECT_EQ(fallback[0].sides[0].value, QStringLiteral("2031-06-05"));
}

// --- actors -------------------------------------------------------------------

// Two regulators' approvals are two facts; a short form and its long form are one actor;
// a claim naming nobody joins the only actor, or its own briefing's last one.
TEST_F(Detect, ApprovalsByDifferentActorsAreApart) {
    const QString a = QStringLiteral("approval_date"), s = QStringLiteral("Zentova");
    auto approval = [&](const char *doc, int month, int dd, const char *actor) {
        Claim c = m.date(QString::fromLatin1(doc), s, DateInterval::day(QDate(2031, month, dd)),
                         Certainty::Asserted, a);
        c.scope = QString::fromLatin1(actor);
        return c;
    };
    // Office X on June 3, Agency Y on August 9: no conflict.
    EXPECT_TRUE(run({approval("a.txt", 6, 3, "Federal Drug Office"),
                     approval("b.txt", 8, 9, "Medicines Agency")})
                    .empty());
    // "FDO" abbreviates "Federal Drug Office": June 3 against June 5 is a conflict.
    const auto same =
        run({approval("a.txt", 6, 3, "Federal Drug Office"), approval("b.txt", 6, 5, "FDO"),
             approval("c.txt", 8, 9, "Medicines Agency")});
    ASSERT_EQ(same.size(), 1u);
    EXPECT_EQ(same[0].sides.size(), 2u);
    // No actor named, two actors known: the briefing's own last actor decides.
    const auto own = run({approval("a.txt", 6, 3, "FDO"), approval("a.txt", 6, 7, ""),
                          approval("b.txt", 8, 9, "Medicines Agency")});
    ASSERT_EQ(own.size(), 1u);
    EXPECT_TRUE(own[0].intraDocument);
    // One actor known: the unnamed claim joins it.
    EXPECT_EQ(run({approval("a.txt", 6, 3, "FDO"), approval("b.txt", 6, 7, "")}).size(), 1u);
}

// "Approval has not been confirmed" against an approval dated before that report is a
// certainty conflict; against one dated after it, news moved on.
TEST_F(Detect, UndatedDoubtMeetsOnlyEarlierDates) {
    const QString a = QStringLiteral("approval_date"), s = QStringLiteral("Zentova");
    Claim doubt = m.make(QStringLiteral("a.txt"), s, a, ClaimValue(), Certainty::Unverified);
    doubt.scope = QStringLiteral("FDO");
    Claim approved = m.date(QStringLiteral("b.txt"), s, DateInterval::day(QDate(2031, 6, 3)),
                            Certainty::Asserted, a);
    approved.scope = QStringLiteral("FDO");
    const auto out = run({doubt, approved}, {doc(QStringLiteral("a.txt"), QDate(2031, 6, 10)),
                                             doc(QStringLiteral("b.txt"), QDate(2031, 6, 12))});
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].kind, ConflictKind::Certainty);
    EXPECT_TRUE(run({doubt, approved}, {doc(QStringLiteral("a.txt"), QDate(2031, 5, 20)),
                                        doc(QStringLiteral("b.txt"), QDate(2031, 6, 12))})
                    .empty());
}

// --- numbers -----------------------------------------------------------------

TEST_F(Detect, AtLeastContainsThePoint) {
    const QString g = QStringLiteral("revenue_growth");
    const QString s = QStringLiteral("Oskar Foundry");
    EXPECT_TRUE(
        run({m.number("a.txt", s, g, 40.0, std::nullopt, QStringLiteral("%"),
                      QStringLiteral("percent")),
             m.number("b.txt", s, g, 40.0, 40.0, QStringLiteral("%"), QStringLiteral("percent"))})
            .empty());
    const auto out =
        run({m.number("a.txt", s, g, 40.0, std::nullopt, QStringLiteral("%"),
                      QStringLiteral("percent")),
             m.number("b.txt", s, g, 25.0, 25.0, QStringLiteral("%"), QStringLiteral("percent"))});
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].kind, ConflictKind::Number);
}

TEST_F(Detect, ApproximateAndRoundedFiguresAgree) {
    const QString p = QStringLiteral("parameter_count");
    const QString u = QStringLiteral("parameters");
    // "~900B (est.)", "900 billion", "0.89 trillion", "roughly 870B": one figure.
    EXPECT_TRUE(run({m.number("a.txt", kMax, p, 9e11, 9e11, u, u, true),
                     m.number("b.txt", kMax, p, 9e11, 9e11, u, u),
                     m.number("c.txt", kMax, p, 8.9e11, 8.9e11, u, u),
                     m.number("d.txt", kMax, p, 8.7e11, 8.7e11, u, u, true)})
                    .empty());
    // 900B against 700B is a conflict.
    const auto out = run({m.number("a.txt", kMax, p, 9e11, 9e11, u, u),
                          m.number("b.txt", kMax, p, 7e11, 7e11, u, u)});
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].kind, ConflictKind::Number);
}

// A stated percentage carries at most half a point of rounding: 61.8% and 64.2% clash,
// 18% and 18.4% agree, and "about 64%" still contains 64.2%.
TEST_F(Detect, PercentagesRoundToHalfAPoint) {
    const QString g = QStringLiteral("market_share");
    const QString s = QStringLiteral("Oskar Foundry");
    const QString pc = QStringLiteral("%"), dim = QStringLiteral("percent");
    const auto out = run({m.number("a.txt", s, g, 61.8, 61.8, pc, dim),
                          m.number("b.txt", s, g, 64.2, 64.2, pc, dim)});
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].kind, ConflictKind::Number);
    EXPECT_TRUE(run({m.number("a.txt", s, g, 18.0, 18.0, pc, dim),
                     m.number("b.txt", s, g, 18.4, 18.4, pc, dim)})
                    .empty());
    EXPECT_TRUE(run({m.number("a.txt", s, g, 64.0, 64.0, pc, dim, true),
                     m.number("b.txt", s, g, 64.2, 64.2, pc, dim)})
                    .empty());
}

TEST_F(Detect, RangesOverlapOrNot) {
    const QString g = QStringLiteral("revenue_growth");
    const QString s = QStringLiteral("Oskar Foundry");
    const QString pc = QStringLiteral("%"), dim = QStringLiteral("percent");
    EXPECT_TRUE(run({m.number("a.txt", s, g, 30.0, 40.0, pc, dim),
                     m.number("b.txt", s, g, 35.0, 35.0, pc, dim)})
                    .empty());
    EXPECT_EQ(run({m.number("a.txt", s, g, 30.0, 40.0, pc, dim),
                   m.number("b.txt", s, g, 55.0, 55.0, pc, dim)})
                  .size(),
              1u);
}

TEST_F(Detect, DifferentUnitsNeverCompared) {
    const QString g = QStringLiteral("revenue_growth");
    const QString s = QStringLiteral("Oskar Foundry");
    // A percentage and percentage points, or a percent and a bare count, never clash.
    EXPECT_TRUE(
        run({m.number("a.txt", s, g, 40.0, 40.0, QStringLiteral("%"), QStringLiteral("percent")),
             m.number("b.txt", s, g, 4.0, 4.0, QStringLiteral("pp"), QStringLiteral("percent"))})
            .empty());
    // The attribute's declared dimension keeps stray figures out: a currency as funding only.
    const QString f = QStringLiteral("funding_amount");
    const QString corvid = QStringLiteral("Corvid Labs");
    EXPECT_TRUE(run({m.number("a.txt", corvid, f, 4e8, 4e8, QStringLiteral("USD"),
                              QStringLiteral("currency")),
                     m.number("b.txt", corvid, f, 12.0, 12.0, QString(), QStringLiteral("count"))})
                    .empty());
    EXPECT_EQ(run({m.number("a.txt", corvid, f, 4e8, 4e8, QStringLiteral("USD"),
                            QStringLiteral("currency")),
                   m.number("b.txt", corvid, f, 6.5e8, 6.5e8, QStringLiteral("USD"),
                            QStringLiteral("currency"))})
                  .size(),
              1u);
}

TEST_F(Detect, OneSentenceListingSeveralValuesIsASeries) {
    // A table row whose cells ran together: "shipments ~120K ~280K ~450K" (three years).
    const QString sh = QStringLiteral("funding_amount");
    const QString s = QStringLiteral("Corvid Labs");
    std::vector<Claim> row;
    for (double v : {1.2e8, 2.8e8, 4.5e8}) {
        Claim c = m.number("a.txt", s, sh, v, v, QStringLiteral("USD"), QStringLiteral("currency"));
        c.cpSentenceStart = c.sentenceStart = 500; // one sentence
        row.push_back(c);
    }
    EXPECT_TRUE(run(row).empty());
    // The same figures from two sentences disagree.
    row[2].cpSentenceStart = row[2].sentenceStart = 900;
    EXPECT_EQ(run(row).size(), 1u);
}

TEST_F(Detect, MultiValuedFiguresNeverConflict) {
    // Input and output prices are both "the API price".
    const QString a = QStringLiteral("api_price");
    EXPECT_TRUE(run({m.number("a.txt", kLine, a, 0.3, 0.3, QStringLiteral("USD"),
                              QStringLiteral("currency")),
                     m.number("b.txt", kLine, a, 1.1, 1.1, QStringLiteral("USD"),
                              QStringLiteral("currency"))})
                    .empty());
}

TEST_F(Detect, TimeScopeSeparatesYears) {
    const QString g = QStringLiteral("revenue_growth");
    const QString s = QStringLiteral("Oskar Foundry");
    Claim y1 = m.number("a.txt", s, g, 40.0, 40.0, QStringLiteral("%"), QStringLiteral("percent"));
    y1.scope = QStringLiteral("2031");
    Claim y2 = m.number("b.txt", s, g, 15.0, 15.0, QStringLiteral("%"), QStringLiteral("percent"));
    y2.scope = QStringLiteral("2032");
    EXPECT_TRUE(run({y1, y2}).empty());
    y2.scope = QStringLiteral("2031");
    const auto out = run({y1, y2});
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].scope, QStringLiteral("2031"));
    EXPECT_TRUE(out[0].why.contains(QStringLiteral("(2031)")));
}

TEST_F(Detect, TimeVaryingFigureWithoutPeriodHoldsAsOfItsReport) {
    const QString g = QStringLiteral("revenue_growth");
    const QString s = QStringLiteral("Oskar Foundry");
    const Claim jan =
        m.number("a.txt", s, g, 40.0, 40.0, QStringLiteral("%"), QStringLiteral("percent"));
    const Claim jun =
        m.number("b.txt", s, g, 15.0, 15.0, QStringLiteral("%"), QStringLiteral("percent"));
    EXPECT_TRUE(run({jan, jun}, {doc(QStringLiteral("a.txt"), QDate(2031, 1, 12)),
                                 doc(QStringLiteral("b.txt"), QDate(2031, 6, 3))})
                    .empty());
    const auto out = run({jan, jun}, {doc(QStringLiteral("a.txt"), QDate(2031, 6, 1)),
                                      doc(QStringLiteral("b.txt"), QDate(2031, 6, 3))});
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].scope, QStringLiteral("as of 2031-06"));
}

// A head count stated a month apart (9,000 in October, 11,500 in November) is one
// figure of the year; counts reported in different years stay apart.
TEST_F(Detect, HeadCountsHoldForTheirReportYear) {
    const QString e = QStringLiteral("employees");
    const QString s = QStringLiteral("Oskar Foundry");
    const QString n = QStringLiteral("employees"), dim = QStringLiteral("count");
    const Claim oct = m.number("a.txt", s, e, 9000.0, 9000.0, n, dim);
    const Claim nov = m.number("b.txt", s, e, 11500.0, 11500.0, n, dim);
    const auto out = run({oct, nov}, {doc(QStringLiteral("a.txt"), QDate(2031, 10, 12)),
                                      doc(QStringLiteral("b.txt"), QDate(2031, 11, 3))});
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].scope, QStringLiteral("as of 2031"));
    EXPECT_TRUE(run({oct, nov}, {doc(QStringLiteral("a.txt"), QDate(2030, 10, 12)),
                                 doc(QStringLiteral("b.txt"), QDate(2031, 11, 3))})
                    .empty());
}

// --- variants ----------------------------------------------------------------

TEST_F(Detect, SiblingSizesAreNeverCompared) {
    const QString p = QStringLiteral("parameter_count");
    const QString u = QStringLiteral("parameters");
    EXPECT_TRUE(run({m.number("a.txt", kMax, p, 9e11, 9e11, u, u),
                     m.number("a.txt", kLite, p, 7e10, 7e10, u, u),
                     m.number("b.txt", kLine, p, 9e11, 9e11, u, u)})
                    .empty());
    // Nor a line's size against a variant's: parameter counts are not line-shared.
    EXPECT_TRUE(run({m.number("a.txt", kLine, p, 9e11, 9e11, u, u),
                     m.number("b.txt", kLite, p, 7e10, 7e10, u, u)})
                    .empty());
}

TEST_F(Detect, LineSharedReleaseDateComparesVariantWithLine) {
    const auto out = run({m.day("a.txt", kLine, 2031, 6, 3), m.day("b.txt", kMax, 2031, 6, 5)});
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].subject, kLine);
    EXPECT_EQ(out[0].sides.size(), 2u);
}

TEST_F(Detect, SiblingReleaseDatesAreNotCompared) {
    // Two variants may ship on different days.
    EXPECT_TRUE(
        run({m.day("a.txt", kMax, 2031, 6, 3), m.day("b.txt", kLite, 2031, 6, 20)}).empty());
    // With a line claim, only the sibling that disagrees with the line stays.
    const auto out = run({m.day("a.txt", kMax, 2031, 6, 3), m.day("b.txt", kLite, 2031, 6, 20),
                          m.day("c.txt", kLine, 2031, 6, 3), m.day("d.txt", kMax, 2031, 6, 3)});
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].sides.size(), 2u); // Lite's June 20 against the line's June 3
}

TEST_F(Detect, SiblingOnlyDisagreementIsDropped) {
    // Max disagrees with itself; Lite's own date opposes nothing it may be compared with.
    const auto out = run({m.day("a.txt", kMax, 2031, 6, 3), m.day("b.txt", kMax, 2031, 6, 4),
                          m.day("c.txt", kLite, 2031, 6, 20)});
    ASSERT_EQ(out.size(), 1u);
    for (const ConflictSide &s : out[0].sides)
        for (const Claim &c : s.claims)
            EXPECT_EQ(c.subject, kMax);
}

// --- categories --------------------------------------------------------------

TEST_F(Detect, SingleValuedCategoryConflicts) {
    const QString hq = QStringLiteral("headquarters");
    const QString s = QStringLiteral("Corvid Labs");
    const auto out = run({m.term("a.txt", s, hq, QStringLiteral("Oslo")),
                          m.term("b.txt", s, hq, QStringLiteral("Bergen")),
                          m.term("c.txt", s, hq, QStringLiteral("oslo"))});
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].kind, ConflictKind::Category);
    EXPECT_EQ(out[0].sides.size(), 2u);
}

TEST_F(Detect, MultiValuedCategoryNeedsExclusive) {
    const QString hw = QStringLiteral("training_hardware");
    EXPECT_TRUE(run({m.term("a.txt", kLine, hw, QStringLiteral("Tarn T7")),
                     m.term("b.txt", kLine, hw, QStringLiteral("Vela GPU"))})
                    .empty());
    const auto out = run({m.term("a.txt", kLine, hw, QStringLiteral("Tarn T7"), true),
                          m.term("b.txt", kLine, hw, QStringLiteral("Vela GPU"))});
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].kind, ConflictKind::Category);
    EXPECT_TRUE(out[0].why.contains(QStringLiteral("exclusive")));
}

TEST_F(Detect, MoreSpecificNameIsTheSameValue) {
    const QString hw = QStringLiteral("training_hardware");
    const QString hq = QStringLiteral("headquarters");
    const QString s = QStringLiteral("Corvid Labs");
    EXPECT_TRUE(run({m.term("a.txt", kLine, hw, QStringLiteral("Oskar Tarn T7"), true),
                     m.term("b.txt", kLine, hw, QStringLiteral("Tarn T7"))})
                    .empty());
    EXPECT_TRUE(run({m.term("a.txt", s, hq, QStringLiteral("Oslo, Norway")),
                     m.term("b.txt", s, hq, QStringLiteral("Oslo"))})
                    .empty());
}

// --- certainty and negation --------------------------------------------------

TEST_F(Detect, CertaintyConflictWithoutMatchingValues) {
    const QString hw = QStringLiteral("training_hardware");
    const auto out = run(
        {m.term("a.txt", kLine, hw, QStringLiteral("Oskar hardware"), false, Certainty::Unverified),
         m.term("b.txt", kLine, hw, QStringLiteral("Tarn T7"), true)});
    ASSERT_EQ(out.size(), 1u);
    const Conflict &c = out[0];
    EXPECT_EQ(c.kind, ConflictKind::Certainty);
    QStringList values = sideValues(c);
    values.sort();
    EXPECT_EQ(values, (QStringList{QStringLiteral("asserted"), QStringLiteral("unverified")}));
    for (const ConflictSide &s : c.sides) {
        if (s.value == QStringLiteral("asserted")) {
            EXPECT_TRUE(s.label.contains(QStringLiteral("Tarn T7"))) << s.label.toStdString();
        }
    }
}

TEST_F(Detect, DoubtAboutSomethingElseInTheSentenceIsNoCertaintyConflict) {
    // "Whether the 900B model's training used Oskar parts is unverified": the document
    // itself asserts 900B elsewhere, so the doubt is not about the parameter count.
    const QString p = QStringLiteral("parameter_count");
    const QString u = QStringLiteral("parameters");
    EXPECT_TRUE(run({m.number("a.txt", kMax, p, 9e11, 9e11, u, u, false, Certainty::Unverified),
                     m.number("a.txt", kMax, p, 9e11, 9e11, u, u),
                     m.number("b.txt", kMax, p, 9e11, 9e11, u, u)})
                    .empty());
    // Without the document's own assertion, the doubt stands against the other source.
    const auto out =
        run({m.number("a.txt", kMax, p, 9e11, 9e11, u, u, false, Certainty::Unverified),
             m.number("b.txt", kMax, p, 9e11, 9e11, u, u)});
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].kind, ConflictKind::Certainty);
}

TEST_F(Detect, HedgedAgainstAssertedIsNoConflict) {
    const QString hw = QStringLiteral("training_hardware");
    EXPECT_TRUE(
        run({m.term("a.txt", kLine, hw, QStringLiteral("Tarn T7"), false, Certainty::Hedged),
             m.term("b.txt", kLine, hw, QStringLiteral("Tarn T7"))})
            .empty());
    // Nor hedged against unverified: neither asserts.
    EXPECT_TRUE(
        run({m.term("a.txt", kLine, hw, QStringLiteral("Tarn T7"), false, Certainty::Hedged),
             m.term("b.txt", kLine, hw, QStringLiteral("Tarn T7"), false, Certainty::Unverified)})
            .empty());
}

TEST_F(Detect, DenialConflictsOnlyWithTheSameValue) {
    // "was not released on June 3" vs "released on June 3": a certainty conflict.
    const auto out = run(
        {m.day("a.txt", kLine, 2031, 6, 3, Certainty::Negated), m.day("b.txt", kLine, 2031, 6, 3)});
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].kind, ConflictKind::Certainty);
    // "not on June 4" vs "on June 3" agree.
    EXPECT_TRUE(run({m.day("a.txt", kLine, 2031, 6, 4, Certainty::Negated),
                     m.day("b.txt", kLine, 2031, 6, 3)})
                    .empty());
}

TEST_F(Detect, CapabilityPresentAndAbsent) {
    const QString img = QStringLiteral("image_input");
    const auto out =
        run({m.polarity("a.txt", kLine, img, false), m.polarity("b.txt", kLine, img, true)});
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].kind, ConflictKind::Negation);
    // A negated "present" is the same as "absent".
    const auto negated = run({m.polarity("a.txt", kLine, img, true, Certainty::Negated),
                              m.polarity("b.txt", kLine, img, true)});
    ASSERT_EQ(negated.size(), 1u);
    EXPECT_EQ(negated[0].kind, ConflictKind::Negation);
    EXPECT_EQ(negated[0].id, out[0].id);
    EXPECT_TRUE(run({m.polarity("a.txt", kLine, img, true), m.polarity("b.txt", kLine, img, true)})
                    .empty());
}

// --- ids, rejection, determinism ------------------------------------------------

TEST_F(Detect, StableIdFromKeyAndKindOnly) {
    const auto two = run({m.day("a.txt", kLine, 2031, 6, 3), m.day("b.txt", kLine, 2031, 6, 5)});
    const auto three = run({m.day("a.txt", kLine, 2031, 6, 3), m.day("b.txt", kLine, 2031, 6, 5),
                            m.day("c.txt", kLine, 2031, 6, 9)});
    ASSERT_EQ(two.size(), 1u);
    ASSERT_EQ(three.size(), 1u);
    EXPECT_EQ(two[0].id, three[0].id);
    EXPECT_NE(two[0].sidesFingerprint(), three[0].sidesFingerprint());
    EXPECT_EQ(two[0].id, Conflict::makeId(kLine, QStringLiteral("release_date"), QString(),
                                          ConflictKind::Date));
    const auto again = run({m.day("a.txt", kLine, 2031, 6, 3), m.day("b.txt", kLine, 2031, 6, 5)});
    EXPECT_EQ(again[0].id, two[0].id);
}

TEST_F(Detect, RejectedClaimsLeave) {
    Claim a = m.day("a.txt", kLine, 2031, 6, 3);
    Claim b = m.day("b.txt", kLine, 2031, 6, 5);
    b.rejected = true;
    EXPECT_TRUE(run({a, b}).empty());
}

TEST_F(Detect, SameInputInAnyOrderGivesTheSameOutput) {
    const QString hw = QStringLiteral("training_hardware");
    std::vector<Claim> claims = {
        m.day("a.txt", kLine, 2031, 6, 3),
        m.day("b.txt", kLine, 2031, 6, 5),
        m.day("c.txt", kMax, 2031, 6, 3),
        m.day("d.txt", kLite, 2031, 6, 9),
        m.term("a.txt", kLine, hw, QStringLiteral("Tarn T7"), true),
        m.term("e.txt", kLine, hw, QStringLiteral("Oskar parts"), false, Certainty::Unverified),
        m.polarity("b.txt", kLine, QStringLiteral("image_input"), true),
        m.polarity("e.txt", kLine, QStringLiteral("image_input"), false),
        m.number("a.txt", kMax, QStringLiteral("parameter_count"), 9e11, 9e11,
                 QStringLiteral("parameters"), QStringLiteral("parameters")),
        m.number("c.txt", kMax, QStringLiteral("parameter_count"), 5e11, 5e11,
                 QStringLiteral("parameters"), QStringLiteral("parameters"))};
    const QString first = dump(run(claims));
    EXPECT_EQ(run(claims).size(), 4u) << first.toStdString();
    std::mt19937 rng(7);
    for (int i = 0; i < 5; ++i) {
        std::shuffle(claims.begin(), claims.end(), rng);
        EXPECT_EQ(dump(run(claims)), first);
    }
}

TEST_F(Detect, DuplicateExtractionCountsOnce) {
    const Claim a = m.day("a.txt", kLine, 2031, 6, 3);
    const auto out = run({a, a, m.day("b.txt", kLine, 2031, 6, 5)});
    ASSERT_EQ(out.size(), 1u);
    for (const ConflictSide &s : out[0].sides)
        EXPECT_EQ(s.claims.size(), 1u);
}

TEST(DetectLexicon, MissingPredicatesFallBackToDefaults) {
    LexiconSet empty;
    const ConflictDetector detector(empty);
    ClaimMaker m;
    const QString s = QStringLiteral("Corvid Labs");
    // Unknown attribute: dates and figures are single-valued, categories need "exclusively".
    const auto dates =
        detector.detect({m.date("a.txt", s, DateInterval::day(QDate(2031, 1, 2)),
                                Certainty::Asserted, QStringLiteral("founding_date")),
                         m.date("b.txt", s, DateInterval::day(QDate(2030, 1, 2)),
                                Certainty::Asserted, QStringLiteral("founding_date"))},
                        {});
    ASSERT_EQ(dates.size(), 1u);
    EXPECT_EQ(dates[0].attributeLabel, QStringLiteral("founding date"));
    EXPECT_TRUE(
        detector
            .detect({m.term("a.txt", s, QStringLiteral("partner"), QStringLiteral("Vela")),
                     m.term("b.txt", s, QStringLiteral("partner"), QStringLiteral("Oskar"))},
                    {})
            .empty());
}

TEST(DetectLexicon, BadEntriesAreReportedWithFileAndLine) {
    LexiconSet set;
    ASSERT_TRUE(
        set.addData(R"({"schema": "crosscheck.lexicon/1", "name": "predicates", "description": "x",
  "entries": [
    {"key": "release_date", "type": "date"},
    {"key": "size", "type": "weight"},
    {"key": "hq", "single_valued": "yes"}
  ]})",
                    QStringLiteral("mine.json")));
    const ConflictDetector detector(set);
    const QStringList errors = detector.errors();
    ASSERT_EQ(errors.size(), 2) << errors.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(errors[0].startsWith(QStringLiteral("mine.json:4:"))) << errors[0].toStdString();
    EXPECT_TRUE(errors[1].startsWith(QStringLiteral("mine.json:5:"))) << errors[1].toStdString();
}

TEST_F(Detect, WhyIsOneReadableLinePerKind) {
    const QString img = QStringLiteral("image_input");
    const QString hq = QStringLiteral("headquarters");
    const QString hw = QStringLiteral("training_hardware");
    const QString corvid = QStringLiteral("Corvid Labs");
    const auto out = run(
        {m.polarity("a.txt", kLine, img, false), m.polarity("b.txt", kLine, img, true),
         m.term("a.txt", corvid, hq, QStringLiteral("Oslo")),
         m.term("b.txt", corvid, hq, QStringLiteral("Bergen")),
         m.term("a.txt", kLine, hw, QStringLiteral("Oskar parts"), false, Certainty::Unverified),
         m.term("b.txt", kLine, hw, QStringLiteral("Tarn T7"), true)});
    ASSERT_EQ(out.size(), 3u);
    for (const Conflict &c : out) {
        EXPECT_FALSE(c.why.contains(QLatin1Char('\n')));
        EXPECT_TRUE(c.why.contains(QStringLiteral("2 independent sources"))) << c.why.toStdString();
        EXPECT_TRUE(c.why.contains(QStringLiteral("; medium: "))) << c.why.toStdString();
        switch (c.kind) {
        case ConflictKind::Negation:
            EXPECT_TRUE(
                c.why.contains(QStringLiteral("on whether Zephyr 9 has image input: absent")))
                << c.why.toStdString();
            break;
        case ConflictKind::Category:
            EXPECT_TRUE(
                c.why.contains(QStringLiteral("headquarters of Corvid Labs, which holds only one")))
                << c.why.toStdString();
            EXPECT_TRUE(c.why.contains(QStringLiteral("Oslo (1 source)"))) << c.why.toStdString();
            break;
        case ConflictKind::Certainty:
            EXPECT_TRUE(c.why.contains(
                QStringLiteral("whether the training hardware of Zephyr 9 is established")))
                << c.why.toStdString();
            break;
        default:
            ADD_FAILURE() << "unexpected kind " << toString(c.kind).toStdString();
        }
    }
}
