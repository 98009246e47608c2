#include "model/CodePointIndex.h"
#include "model/Conflict.h"
#include "model/Quantity.h"

#include <gtest/gtest.h>

using cc::Quantity;

TEST(Quantity, AtLeastContainsPoint) {
    Quantity atLeast60{60.0, std::nullopt, QStringLiteral("%"), QStringLiteral("percent"), false};
    Quantity sixty{60.0, 60.0, QStringLiteral("%"), QStringLiteral("percent"), false};
    EXPECT_FALSE(atLeast60.disjointFrom(sixty));
    Quantity fifty{50.0, 50.0, QStringLiteral("%"), QStringLiteral("percent"), false};
    EXPECT_TRUE(atLeast60.disjointFrom(fifty));
}

TEST(Quantity, ApproximateWidens) {
    Quantity est{1.6e12, 1.6e12, QStringLiteral("parameters"), QStringLiteral("parameters"), true};
    Quantity exact{1.65e12, 1.65e12, QStringLiteral("parameters"), QStringLiteral("parameters"), false};
    EXPECT_FALSE(est.disjointFrom(exact));
    exact.approximate = false;
    est.approximate = false;
    EXPECT_TRUE(est.disjointFrom(exact, 0.0));
}

TEST(Quantity, DifferentUnitsNeverConflict) {
    Quantity a{1.0, 1.0, QStringLiteral("W"), QString(), false};
    Quantity b{5.0, 5.0, QStringLiteral("B"), QString(), false};
    EXPECT_FALSE(a.disjointFrom(b));
}

TEST(CodePointIndex, AstralCharactersCountOnce) {
    const QString text = QStringLiteral("a\U0001F1E8\U0001F1F3 b");
    const cc::CodePointIndex index(text);
    EXPECT_EQ(index.toCodePoint(0), 0);
    EXPECT_EQ(index.toCodePoint(1), 1);
    EXPECT_EQ(index.toCodePoint(5), 3); // after both flags' surrogate pairs
    EXPECT_EQ(index.toCodePoint(text.size()), 5);
}

TEST(Conflict, IdDependsOnKeyNotSides) {
    const QString a = cc::Conflict::makeId(QStringLiteral("Acme Z4"), QStringLiteral("release_date"),
                                           QString(), cc::ConflictKind::Date);
    const QString b = cc::Conflict::makeId(QStringLiteral("acme z4"), QStringLiteral("release_date"),
                                           QString(), cc::ConflictKind::Date);
    const QString c = cc::Conflict::makeId(QStringLiteral("Acme Z4"), QStringLiteral("release_date"),
                                           QString(), cc::ConflictKind::Certainty);
    EXPECT_EQ(a, b);
    EXPECT_NE(a, c);
    EXPECT_TRUE(a.startsWith(QStringLiteral("date-")));
}
