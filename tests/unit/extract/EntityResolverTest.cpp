// Folder-level entity resolution on name lists of our own.
#include "extract/EntityResolver.h"
#include "lexicon/LexiconSet.h"

#include <gtest/gtest.h>
#include <ostream>

// Readable QString values in failure messages.
inline void PrintTo(const QString &s, std::ostream *os) {
    *os << '"' << s.toStdString() << '"';
}

namespace {

const cc::LexiconSet &lexicons() {
    static const cc::LexiconSet set = cc::LexiconSet::loadDefault();
    return set;
}

QStringList list(std::initializer_list<const char *> items) {
    QStringList out;
    for (const char *i : items)
        out << QString::fromUtf8(i);
    return out;
}

} // namespace

TEST(EntityResolver, ShortFormsResolveToTheFullName) {
    const cc::EntityResolver r({list({"Acme Z4 Pro", "Zeta"}), list({"Z4 Pro", "Z4", "Zeta Inc"})},
                               {}, lexicons());
    EXPECT_EQ(r.canonical(QStringLiteral("Z4 Pro")), QStringLiteral("Acme Z4 Pro"));
    // The line of "Acme Z4 Pro" counts as a name although never written alone.
    EXPECT_EQ(r.canonical(QStringLiteral("Z4")), QStringLiteral("Acme Z4"));
    EXPECT_EQ(r.canonical(QStringLiteral("Zeta Inc")), QStringLiteral("Zeta"));
    EXPECT_EQ(r.canonical(QStringLiteral("Zeta's")), QStringLiteral("Zeta"));
    // Unknown names come back as written.
    EXPECT_EQ(r.canonical(QStringLiteral("Orbit 9")), QStringLiteral("Orbit 9"));
}

TEST(EntityResolver, HyphenAndPossessiveVariantsFold) {
    const cc::EntityResolver r({list({"Acme-Z4", "Acme Z4"})}, {}, lexicons());
    EXPECT_EQ(r.canonical(QStringLiteral("Acme-Z4")), QStringLiteral("Acme Z4"));
    EXPECT_EQ(r.canonical(QStringLiteral("acme z4")), QStringLiteral("Acme Z4"));
}

TEST(EntityResolver, VariantsBelongToTheirLine) {
    const cc::EntityResolver r({list({"Acme Z4", "Acme Z4 Pro", "Z4 Flash"})}, {}, lexicons());
    EXPECT_EQ(r.lineOf(QStringLiteral("Acme Z4 Pro")), QStringLiteral("Acme Z4"));
    EXPECT_EQ(r.lineOf(QStringLiteral("Acme Z4")), QString());
    // A variant named only by its short form gets the line's full name.
    EXPECT_EQ(r.canonical(QStringLiteral("Z4 Flash")), QStringLiteral("Acme Z4 Flash"));
    EXPECT_EQ(r.lineOf(r.canonical(QStringLiteral("Z4 Flash"))), QStringLiteral("Acme Z4"));
}

TEST(EntityResolver, SingleWordsWithoutDigitsStayAsWritten) {
    // "Times" must not become "Financial Times", nor "Ascend" something longer.
    const cc::EntityResolver r({list({"Financial Times", "Nova Ascend", "Times", "Ascend"})}, {},
                               lexicons());
    EXPECT_EQ(r.canonical(QStringLiteral("Times")), QStringLiteral("Times"));
    EXPECT_EQ(r.canonical(QStringLiteral("Ascend")), QStringLiteral("Ascend"));
}

TEST(EntityResolver, AmbiguousShortFormsGoToTheMostNamed) {
    const cc::EntityResolver r(
        {list({"Acme Z4"}), list({"Zeta Z4"}), list({"Zeta Z4"}), list({"Z4"})}, {}, lexicons());
    EXPECT_EQ(r.canonical(QStringLiteral("Z4")), QStringLiteral("Zeta Z4"));
}

TEST(EntityResolver, AnalystAliasesOverrideEverything) {
    const std::vector<cc::EntityAlias> aliases = {
        {QStringLiteral("Z4"), QStringLiteral("Zeta Z4")},
        {QStringLiteral("Z4 Pro"), QString()}}; // split: keep the surface
    const cc::EntityResolver r({list({"Acme Z4 Pro", "Z4", "Z4 Pro"})}, aliases, lexicons());
    EXPECT_EQ(r.canonical(QStringLiteral("Z4")), QStringLiteral("Zeta Z4"));
    EXPECT_EQ(r.canonical(QStringLiteral("Z4 Pro")), QStringLiteral("Z4 Pro"));
    EXPECT_EQ(r.canonical(QStringLiteral("Acme Z4 Pro")), QStringLiteral("Acme Z4 Pro"));
}

TEST(EntityResolver, ApplySetsSubjectsAndNamedCategoryValues) {
    const cc::EntityResolver r({list({"Acme Z4", "Nova Fab 3"})}, {}, lexicons());
    std::vector<cc::Claim> claims(2);
    claims[0].subjectSurface = QStringLiteral("Z4");
    claims[0].value = cc::ClaimValue::fromCategory(QStringLiteral("Fab 3"));
    claims[1].subjectSurface = QStringLiteral("Z4");
    claims[1].value = cc::ClaimValue::fromCategory(QStringLiteral("domestic chips"));
    r.apply(claims);
    EXPECT_EQ(claims[0].subject, QStringLiteral("Acme Z4"));
    EXPECT_EQ(claims[0].value.term, QStringLiteral("Nova Fab 3"));
    EXPECT_EQ(claims[1].value.term, QStringLiteral("domestic chips"));
}

TEST(EntityResolver, TwoArgumentConstructorUsesTheStandardLexicons) {
    const cc::EntityResolver r({list({"Acme Z4 Pro"})}, {});
    EXPECT_EQ(r.lineOf(QStringLiteral("Acme Z4 Pro")), QStringLiteral("Acme Z4"));
}
