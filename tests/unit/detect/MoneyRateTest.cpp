// Money per unit of time ("$9,800 per year") belongs to a money attribute: two yearly
// prices are compared with each other, never with a plain amount or a price per item.
#include "DetectFixtures.h"

#include <gtest/gtest.h>

using namespace cc;
using namespace cc::test;

namespace {

struct RateRow {
    const char *name;
    double a;
    const char *unitA;
    const char *dimensionA;
    double b;
    const char *unitB;
    const char *dimensionB;
    bool conflict;
};

class MoneyRate : public ::testing::TestWithParam<RateRow> {};

TEST_P(MoneyRate, ComparedOnlyWithTheSameUnit) {
    const RateRow &row = GetParam();
    const ConflictDetector detector(testLexicons());
    ClaimMaker m;
    const QString s = QStringLiteral("Zentova");
    const auto conflicts =
        detector.detect({m.number("a.txt", s, QStringLiteral("funding_amount"), row.a, row.a,
                                  QLatin1String(row.unitA), QLatin1String(row.dimensionA)),
                         m.number("b.txt", s, QStringLiteral("funding_amount"), row.b, row.b,
                                  QLatin1String(row.unitB), QLatin1String(row.dimensionB))},
                        {});
    EXPECT_EQ(conflicts.size(), row.conflict ? 1u : 0u) << dump(conflicts).toStdString();
}

// 9,800 and 12,500 a year as USD per second.
constexpr double kYear = 365.25 * 86400.0;

INSTANTIATE_TEST_SUITE_P(
    Table, MoneyRate,
    ::testing::Values(RateRow{"two_yearly_prices_differ", 9800 / kYear, "USD/s", "price",
                              12500 / kYear, "USD/s", "price", true},
                      RateRow{"same_yearly_price", 9800 / kYear, "USD/s", "price", 9800 / kYear,
                              "USD/s", "price", false},
                      RateRow{"yearly_price_against_plain_amount", 9800 / kYear, "USD/s", "price",
                              9800, "USD", "currency", false},
                      RateRow{"price_per_token_stays_out", 0.000002, "USD/token", "price", 0.000008,
                              "USD/token", "price", false}),
    [](const auto &info) { return std::string(info.param.name); });

} // namespace
