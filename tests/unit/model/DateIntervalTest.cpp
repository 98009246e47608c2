#include "model/DateInterval.h"

#include <gtest/gtest.h>

using cc::DateInterval;
using cc::DatePrecision;

TEST(DateInterval, DayInsideMonthIsNotDisjoint) {
    const DateInterval may1 = DateInterval::day(QDate(2026, 5, 1));
    const DateInterval may = DateInterval::month(2026, 5);
    EXPECT_FALSE(may1.disjointFrom(may));
    EXPECT_TRUE(may.contains(may1));
    EXPECT_FALSE(may1.contains(may));
}

TEST(DateInterval, DifferentDaysAreDisjoint) {
    EXPECT_TRUE(DateInterval::day(QDate(2026, 4, 24)).disjointFrom(DateInterval::day(QDate(2026, 4, 25))));
}

TEST(DateInterval, OpenBoundNeverEnds) {
    DateInterval byJune{QDate(), QDate(2026, 6, 30), DatePrecision::Month, false};
    EXPECT_FALSE(byJune.disjointFrom(DateInterval::day(QDate(2020, 1, 1))));
    EXPECT_TRUE(byJune.disjointFrom(DateInterval::day(QDate(2026, 7, 1))));
}

TEST(DateInterval, IsoForms) {
    EXPECT_EQ(DateInterval::day(QDate(2026, 4, 25)).toIso(), QStringLiteral("2026-04-25"));
    EXPECT_EQ(DateInterval::month(2026, 5).toIso(), QStringLiteral("2026-05"));
    EXPECT_EQ(DateInterval::year(2026).toIso(), QStringLiteral("2026"));
    DateInterval since{QDate(2025, 4, 1), QDate(), DatePrecision::Month, false};
    EXPECT_EQ(since.toIso(), QStringLiteral("2025-04-01.."));
}
