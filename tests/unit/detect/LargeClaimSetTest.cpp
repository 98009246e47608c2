// 100k synthetic claims: grouping is by hash, so the result is exact and the
// run finishes (speed itself is measured in tests/bench, not here).
#include "DetectFixtures.h"

#include <gtest/gtest.h>

using namespace cc;
using namespace cc::test;

TEST(LargeClaimSet, HundredThousandClaims) {
    const LexiconSet lex = testLexicons();
    const ConflictDetector detector(lex);
    ClaimMaker m;
    std::vector<Claim> claims;
    std::vector<Document> documents;
    const int docsCount = 50;
    for (int d = 0; d < docsCount; ++d)
        documents.push_back(doc(QStringLiteral("doc%1.txt").arg(d, 3, 10, QLatin1Char('0'))));
    // 10,000 subjects x 9 claims: every third subject has a disputed release day.
    const int subjects = 10000;
    claims.reserve(100000);
    for (int s = 0; s < subjects; ++s) {
        const QString subject = QStringLiteral("Model %1").arg(s);
        for (int k = 0; k < 9; ++k) {
            const QString path = documents[(s + k) % docsCount].path;
            const int day = (s % 3 == 0 && k == 8) ? 20 : 10;
            claims.push_back(m.day(path, subject, 2031, 6, day));
        }
    }
    // One runaway key: 10,000 claims with distinct figures. Capped, still linear.
    for (int k = 0; k < 10000; ++k)
        claims.push_back(m.number(documents[k % docsCount].path, QStringLiteral("Noise Corp"),
                                  QStringLiteral("parameter_count"), 1e6 * (k + 1) * 1.5,
                                  1e6 * (k + 1) * 1.5, QStringLiteral("parameters"),
                                  QStringLiteral("parameters")));
    ASSERT_EQ(claims.size(), 100000u);
    const auto out = detector.detect(claims, documents, ConflictDetector::LineOf());
    int dates = 0, numbers = 0;
    for (const Conflict &c : out) {
        if (c.kind == ConflictKind::Date) {
            ++dates;
            EXPECT_EQ(c.sides.size(), 2u);
        } else if (c.kind == ConflictKind::Number) {
            ++numbers;
            EXPECT_LE(c.sides.size(), 32u);
        }
    }
    EXPECT_EQ(dates, (subjects + 2) / 3);
    EXPECT_EQ(numbers, 1);
    EXPECT_TRUE(std::is_sorted(out.begin(), out.end(),
                               [](const Conflict &a, const Conflict &b) { return a.id < b.id; }));
}
