// Independent origins per side: one document once, identical documents once,
// documents citing the same wire story or outlet once.
#include "detect/SourceIndependence.h"
#include "DetectFixtures.h"

#include <gtest/gtest.h>

using namespace cc;
using namespace cc::test;

namespace {

const QString kLine = QStringLiteral("Zephyr 9");

int sourcesOfSide(const std::vector<Conflict> &out, const QString &value) {
    for (const Conflict &c : out)
        for (const ConflictSide &s : c.sides)
            if (s.value == value)
                return s.independentSources;
    return -1;
}

} // namespace

TEST(SourceIndependence, CanonicalOutletNames) {
    const LexiconSet lex = testLexicons();
    const SourceIndependence si(lex);
    EXPECT_EQ(si.canonicalSource(QStringLiteral("MW")), QStringLiteral("Meridian Wire"));
    EXPECT_EQ(si.canonicalSource(QStringLiteral("  the meridian   wire ")),
              QStringLiteral("Meridian Wire"));
    EXPECT_EQ(si.canonicalSource(QStringLiteral("https://www.meridianwire.example/tech/story-1")),
              QStringLiteral("Meridian Wire"));
    EXPECT_EQ(si.canonicalSource(QStringLiteral("https://eu.harborledger.example/a")),
              QStringLiteral("Harbor Ledger"));
    EXPECT_EQ(si.canonicalSource(QStringLiteral("HL: Corvid raises funds")),
              QStringLiteral("Harbor Ledger"));
    EXPECT_EQ(si.canonicalSource(QStringLiteral("Fjord Gazette")), QStringLiteral("Fjord Gazette"));
    // A name that merely contains an alias is not that outlet.
    EXPECT_EQ(si.canonicalSource(QStringLiteral("MWX Daily")), QStringLiteral("MWX Daily"));
}

TEST(SourceIndependence, CountsOrigins) {
    const LexiconSet lex = testLexicons();
    const ConflictDetector detector(lex);
    ClaimMaker m;
    std::vector<Document> documents = {
        doc(QStringLiteral("a.txt")),
        doc(QStringLiteral("b.txt")),
        doc(QStringLiteral("c.txt")),
        doc(QStringLiteral("d.txt")),
        doc(QStringLiteral("e.txt"), QDate(2031, 6, 10), "same-bytes"),
        doc(QStringLiteral("f.txt"), QDate(2031, 6, 10), "same-bytes"),
        doc(QStringLiteral("g.txt")),
        doc(QStringLiteral("h.txt"))};
    std::vector<Claim> claims;
    // June 1: two documents citing the same wire story under two spellings -> 1.
    Claim a = m.day("a.txt", kLine, 2031, 6, 1);
    a.citedSources = {QStringLiteral("Meridian Wire")};
    Claim b = m.day("b.txt", kLine, 2031, 6, 1);
    b.citedSources = {QStringLiteral("MW")};
    // June 2: two identical documents under two names -> 1.
    Claim e = m.day("e.txt", kLine, 2031, 6, 2);
    Claim f = m.day("f.txt", kLine, 2031, 6, 2);
    // June 3: a sentence repeated in one document (a table of contents and the story) -> 1.
    Claim c1 = m.day("c.txt", kLine, 2031, 6, 3);
    Claim c2 = m.day("c.txt", kLine, 2031, 6, 3);
    // June 4: two unrelated documents citing different outlets -> 2.
    Claim g = m.day("g.txt", kLine, 2031, 6, 4);
    g.citedSources = {QStringLiteral("Harbor Ledger")};
    Claim h = m.day("h.txt", kLine, 2031, 6, 4);
    h.citedSources = {QStringLiteral("Fjord Gazette")};
    // June 5: one document without citations and one citing the wire -> 2.
    Claim d = m.day("d.txt", kLine, 2031, 6, 5);
    Claim a2 = m.day("a.txt", kLine, 2031, 6, 5);
    a2.citedSources = {QStringLiteral("Meridian Wire")};
    claims = {a, b, e, f, c1, c2, g, h, d, a2};
    const auto out = detector.detect(claims, documents, ConflictDetector::LineOf());
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].sides.size(), 5u);
    EXPECT_EQ(sourcesOfSide(out, QStringLiteral("2031-06-01")), 1);
    EXPECT_EQ(sourcesOfSide(out, QStringLiteral("2031-06-02")), 1);
    EXPECT_EQ(sourcesOfSide(out, QStringLiteral("2031-06-03")), 1);
    EXPECT_EQ(sourcesOfSide(out, QStringLiteral("2031-06-04")), 2);
    EXPECT_EQ(sourcesOfSide(out, QStringLiteral("2031-06-05")), 2);
}

TEST(SourceIndependence, SharedWireMakesAConflictSingleSourced) {
    // Two briefings retelling one wire story, one with a typo'd date: the
    // disagreement traces back to one source, so it is low.
    const LexiconSet lex = testLexicons();
    const ConflictDetector detector(lex);
    ClaimMaker m;
    Claim a = m.day("a.txt", kLine, 2031, 6, 3);
    a.citedSources = {QStringLiteral("https://meridianwire.example/x")};
    Claim b = m.day("b.txt", kLine, 2031, 6, 5);
    b.citedSources = {QStringLiteral("The Meridian Wire")};
    const auto out = detector.detect({a, b}, docs({"a.txt", "b.txt"}), ConflictDetector::LineOf());
    ASSERT_EQ(out.size(), 1u);
    EXPECT_FALSE(out[0].intraDocument);
    EXPECT_EQ(out[0].severity, Severity::Low);
    EXPECT_TRUE(out[0].why.contains(QStringLiteral("one source"))) << out[0].why.toStdString();
}
