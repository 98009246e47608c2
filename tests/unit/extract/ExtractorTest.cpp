// Claims read from briefings of our own: frames, subjects, values, certainty,
// spans, dates of claims, citations, tables, other languages and code.
#include "extract/Extractor.h"
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

const cc::Extractor &extractor() {
    static const cc::Extractor e(lexicons());
    return e;
}

cc::Document makeDoc(const QString &text, QDate published = QDate(2026, 3, 10),
                     const QString &title = QString()) {
    cc::Document d;
    d.path = QStringLiteral("brief.txt");
    d.format = QStringLiteral("txt");
    d.text = text;
    d.title = title;
    if (published.isValid())
        d.published = cc::DateInterval::day(published);
    return d;
}

// Extracts and resolves subjects as the folder would (one document).
std::vector<cc::Claim> claimsOf(const cc::Document &doc) {
    cc::Extraction x = extractor().extract(doc);
    const cc::EntityResolver resolver({x.entities}, {}, lexicons());
    resolver.apply(x.claims);
    return x.claims;
}

std::vector<cc::Claim> withAttribute(const std::vector<cc::Claim> &claims, const char *attribute) {
    std::vector<cc::Claim> out;
    for (const cc::Claim &c : claims) {
        if (c.attribute == QLatin1String(attribute))
            out.push_back(c);
    }
    return out;
}

QString describe(const std::vector<cc::Claim> &claims) {
    QString out;
    for (const cc::Claim &c : claims)
        out += c.subject + QStringLiteral(" | ") + c.attribute + QStringLiteral(" | ") +
               c.value.toKey() + QStringLiteral(" | ") + cc::toString(c.certainty) +
               QStringLiteral("\n");
    return out;
}

} // namespace

TEST(Extractor, LexiconsValidate) {
    EXPECT_TRUE(extractor().lexiconErrors().isEmpty())
        << extractor().lexiconErrors().join(QLatin1Char('\n')).toStdString();
}

TEST(Extractor, ReleaseDateBelongsToTheProductReleased) {
    const std::vector<cc::Claim> claims = claimsOf(makeDoc(QStringLiteral(
        "The Acme Z4 family grows.\nAcme released the Z4 on March 3 as two models: the Z4 Pro at "
        "12 billion parameters and the Z4 Mini at 3 billion parameters.")));
    const auto release = withAttribute(claims, "release_date");
    ASSERT_EQ(release.size(), 1u) << describe(claims).toStdString();
    EXPECT_EQ(release[0].subject, QStringLiteral("Acme Z4"));
    EXPECT_EQ(release[0].value.date.toIso(), QStringLiteral("2026-03-03"));
    EXPECT_EQ(release[0].label, QStringLiteral("March 3"));
    const auto params = withAttribute(claims, "parameter_count");
    ASSERT_EQ(params.size(), 2u) << describe(claims).toStdString();
    EXPECT_EQ(params[0].subject, QStringLiteral("Acme Z4 Pro"));
    EXPECT_DOUBLE_EQ(*params[0].value.quantity.low, 12e9);
    EXPECT_EQ(params[1].subject, QStringLiteral("Acme Z4 Mini"));
    EXPECT_DOUBLE_EQ(*params[1].value.quantity.low, 3e9);
}

TEST(Extractor, RelativeAndUnresolvedDatesNeverBecomeReleaseDates) {
    const std::vector<cc::Claim> claims = claimsOf(makeDoc(
        QStringLiteral("Acme released the Z5 yesterday. Zeta launched the Q7 Max on Tuesday. "
                       "Nova will release the N2 next month.")));
    EXPECT_TRUE(withAttribute(claims, "release_date").empty()) << describe(claims).toStdString();
}

TEST(Extractor, ObjectsWithoutANameGiveNoReleaseDate) {
    // "released its report": the thing released has no name, Acme is not it.
    const std::vector<cc::Claim> claims =
        claimsOf(makeDoc(QStringLiteral("Acme released its annual report on March 3.")));
    EXPECT_TRUE(withAttribute(claims, "release_date").empty()) << describe(claims).toStdString();
}

TEST(Extractor, BoundWordGoverningTheEventLeavesThePlainDate) {
    const std::vector<cc::Claim> claims = claimsOf(makeDoc(
        QStringLiteral("Acme Z4 sales doubled. Since the March 3 Z4 launch, Acme has hired 200 "
                       "engineers.")));
    const auto release = withAttribute(claims, "release_date");
    ASSERT_EQ(release.size(), 1u) << describe(claims).toStdString();
    EXPECT_EQ(release[0].value.date.toIso(), QStringLiteral("2026-03-03"));
    EXPECT_EQ(release[0].subject, QStringLiteral("Acme Z4"));
}

TEST(Extractor, CertaintyAndExclusivity) {
    const std::vector<cc::Claim> claims = claimsOf(
        makeDoc(QStringLiteral("The Z6 was reportedly trained on Nova X1 chips.\n"
                               "Whether the Z7 was trained on Nova X1 chips remains unverified.\n"
                               "The Z8 was not trained on Nova X1 chips.\n"
                               "The Z9 was trained exclusively on Nova X1 chips.\n"
                               "The Z3 was trained on Nova X1 chips.")));
    const auto hw = withAttribute(claims, "training_hardware");
    ASSERT_EQ(hw.size(), 5u) << describe(claims).toStdString();
    EXPECT_EQ(hw[0].certainty, cc::Certainty::Hedged);
    EXPECT_EQ(hw[1].certainty, cc::Certainty::Unverified);
    EXPECT_EQ(hw[2].certainty, cc::Certainty::Negated);
    EXPECT_EQ(hw[3].certainty, cc::Certainty::Asserted);
    EXPECT_TRUE(hw[3].value.exclusive);
    EXPECT_EQ(hw[4].certainty, cc::Certainty::Asserted);
    EXPECT_FALSE(hw[4].value.exclusive);
    EXPECT_EQ(hw[4].value.term, QStringLiteral("Nova X1"));
    EXPECT_EQ(hw[4].subject, QStringLiteral("Z3"));
}

TEST(Extractor, UnnamedHardwareIsANounPhrase) {
    const std::vector<cc::Claim> claims = claimsOf(makeDoc(
        QStringLiteral("It is unverified whether domestic chips were used to train the Z4.\n"
                       "Whether the Z4's training used domestic chips (unverified) is open.")));
    const auto hw = withAttribute(claims, "training_hardware");
    ASSERT_FALSE(hw.empty()) << describe(claims).toStdString();
    for (const cc::Claim &c : hw) {
        EXPECT_EQ(c.value.term, QStringLiteral("domestic chips"));
        EXPECT_EQ(c.certainty, cc::Certainty::Unverified);
    }
}

TEST(Extractor, CapabilitiesPresentOrAbsent) {
    const std::vector<cc::Claim> claims = claimsOf(makeDoc(
        QStringLiteral("The Z4 shipped without vision support.\nThe Z9 supports vision input.\n"
                       "Vision tokens dominate the prefill stage.")));
    const auto vision = withAttribute(claims, "vision_capability");
    ASSERT_EQ(vision.size(), 2u) << describe(claims).toStdString();
    EXPECT_EQ(vision[0].subject, QStringLiteral("Z4"));
    EXPECT_FALSE(vision[0].value.present);
    EXPECT_EQ(vision[0].certainty, cc::Certainty::Asserted);
    EXPECT_EQ(vision[1].subject, QStringLiteral("Z9"));
    EXPECT_TRUE(vision[1].value.present);
}

TEST(Extractor, RevenueAndGrowthCarryTheirPeriod) {
    const std::vector<cc::Claim> claims = claimsOf(
        makeDoc(QStringLiteral("Zeta said its revenue rose 12% to $4.1 billion in 2025.")));
    const auto revenue = withAttribute(claims, "revenue");
    const auto growth = withAttribute(claims, "revenue_growth");
    ASSERT_EQ(revenue.size(), 1u) << describe(claims).toStdString();
    ASSERT_EQ(growth.size(), 1u) << describe(claims).toStdString();
    EXPECT_EQ(revenue[0].subject, QStringLiteral("Zeta"));
    EXPECT_EQ(revenue[0].scope, QStringLiteral("2025"));
    EXPECT_DOUBLE_EQ(*revenue[0].value.quantity.low, 4.1e9);
    EXPECT_EQ(growth[0].scope, QStringLiteral("2025"));
    EXPECT_DOUBLE_EQ(*growth[0].value.quantity.low, 12.0);
}

TEST(Extractor, WordsAndDigitsGiveOneContextWindow) {
    const std::vector<cc::Claim> claims = claimsOf(makeDoc(QStringLiteral(
        "The Z4 has a one-million-token context window.\nThe Z4 has a 1 million-token context "
        "window.\nThe Z4 keeps a 1M-token context window.")));
    const auto ctx = withAttribute(claims, "context_window");
    ASSERT_EQ(ctx.size(), 3u) << describe(claims).toStdString();
    for (const cc::Claim &c : ctx) {
        EXPECT_DOUBLE_EQ(*c.value.quantity.low, 1e6);
        EXPECT_EQ(c.value.quantity.unit, ctx[0].value.quantity.unit);
        EXPECT_EQ(c.subject, QStringLiteral("Z4"));
    }
}

TEST(Extractor, NumbersInsideDatesAreNoQuantities) {
    const std::vector<cc::Claim> claims = claimsOf(makeDoc(
        QStringLiteral("Acme released the Z4 on March 3, 2026, with 12 billion parameters.")));
    for (const cc::Claim &c : claims) {
        if (c.value.type == cc::ClaimValue::Type::Quantity) {
            EXPECT_NE(*c.value.quantity.low, 2026.0) << describe(claims).toStdString();
        }
    }
    EXPECT_EQ(withAttribute(claims, "parameter_count").size(), 1u)
        << describe(claims).toStdString();
}

TEST(Extractor, SpansQuotesAndCodePoints) {
    // An astral character (emoji) before the sentence shifts code points by one.
    const QString text = QString::fromUtf8("\xF0\x9F\x9A\x80 Launch notes\nAcme released the Z4 on "
                                           "March 3.");
    const cc::Document doc = makeDoc(text);
    const std::vector<cc::Claim> claims = claimsOf(doc);
    const auto release = withAttribute(claims, "release_date");
    ASSERT_EQ(release.size(), 1u) << describe(claims).toStdString();
    const cc::Claim &c = release[0];
    EXPECT_EQ(c.quote, QStringLiteral("Acme released the Z4 on March 3."));
    EXPECT_EQ(text.mid(c.sentenceStart, c.sentenceEnd - c.sentenceStart), c.quote);
    EXPECT_EQ(text.mid(c.valueStart, c.valueEnd - c.valueStart), QStringLiteral("March 3"));
    EXPECT_EQ(c.cpSentenceStart, c.sentenceStart - 1);
    EXPECT_EQ(c.cpValueEnd, c.valueEnd - 1);
    EXPECT_EQ(c.document, QStringLiteral("brief.txt"));
    EXPECT_EQ(c.page, 0);
}

TEST(Extractor, ClaimDateIsThePublicationDateUnlessTheSentenceDatesItself) {
    const std::vector<cc::Claim> claims = claimsOf(makeDoc(QStringLiteral(
        "Acme released the Z4 on March 3.\nAcme released the Z5 on March 4, according to a "
        "report published on March 6.")));
    const auto release = withAttribute(claims, "release_date");
    ASSERT_EQ(release.size(), 2u) << describe(claims).toStdString();
    EXPECT_EQ(release[0].claimDate, QDate(2026, 3, 10));
    EXPECT_EQ(release[1].claimDate, QDate(2026, 3, 6));
}

TEST(Extractor, UndatedDocumentsTakeTheNearestExplicitYear) {
    const cc::Document dated = makeDoc(QStringLiteral("Acme Z4 review, March 2025\n\nOn March 3, "
                                                      "Acme released the Z4."),
                                       QDate(), QStringLiteral("Acme Z4 review, March 2025"));
    const auto release = withAttribute(claimsOf(dated), "release_date");
    ASSERT_EQ(release.size(), 1u);
    EXPECT_EQ(release[0].value.date.toIso(), QStringLiteral("2025-03-03"));
    EXPECT_FALSE(release[0].claimDate.isValid());
    // No year anywhere: the date cannot be resolved, so it is no claim.
    const cc::Document yearless =
        makeDoc(QStringLiteral("On March 3, Acme released the Z4."), QDate());
    EXPECT_TRUE(withAttribute(claimsOf(yearless), "release_date").empty());
}

TEST(Extractor, OtherLanguagesAndCodeGiveNoClaims) {
    const std::vector<cc::Claim> claims = claimsOf(makeDoc(QString::fromUtf8(
        "阿克米公司于2026年3月3日发布了Z4芯片，参数量为120亿。\n"
        "Die Firma Acme hat den Z4 am 3. März veröffentlicht und die Preise nicht genannt.\n"
        "\"params\": \"12B\",              # 12 billion parameters\n"
        "export CONTEXT_LEN=1000000   # million-token context window\n")));
    EXPECT_TRUE(claims.empty()) << describe(claims).toStdString();
}

TEST(Extractor, SourceListsAreCitationsNotClaims) {
    const std::vector<cc::Claim> claims =
        claimsOf(makeDoc(QStringLiteral("Acme Update\nAcme released the Z4 on March 3.\nSources:\n"
                                        "- Daily Wire: Acme releases Z4 chip (March 3, 2026)\n")));
    const auto release = withAttribute(claims, "release_date");
    ASSERT_EQ(release.size(), 1u) << describe(claims).toStdString();
    EXPECT_EQ(release[0].quote, QStringLiteral("Acme released the Z4 on March 3."));
}

TEST(Extractor, CitationsBelongToTheirSection) {
    cc::Document doc = makeDoc(QStringLiteral(
        "Acme Update\nAcme released the Z4 on March 3.\nSources:\n- Reuters: Acme ships Z4\n"
        "Zeta Update\nZeta released the Q7 on March 4.\nNova Update\nSource: AP - 5 Mar 2026 "
        "Summary: Nova released the N2 on March 5.\n"));
    auto cite = [&](const char *needle, const char *source) {
        const qsizetype at = doc.text.indexOf(QLatin1String(needle));
        doc.citations.push_back({QString::fromUtf8(source), at, at + qsizetype(strlen(needle))});
        doc.citedSources << QString::fromUtf8(source);
    };
    cite("Reuters", "Reuters");
    cite("AP", "Associated Press");
    const std::vector<cc::Claim> claims = claimsOf(doc);
    const auto release = withAttribute(claims, "release_date");
    ASSERT_EQ(release.size(), 3u) << describe(claims).toStdString();
    EXPECT_EQ(release[0].citedSources, QStringList{QStringLiteral("Reuters")});
    EXPECT_TRUE(release[1].citedSources.isEmpty()) << "no fallback to the document's sources";
    EXPECT_EQ(release[2].citedSources, QStringList{QStringLiteral("Associated Press")});
}

TEST(Extractor, TableRowsWithCellsGiveClaims) {
    cc::Document doc = makeDoc(QStringLiteral("Model overview\nModel | Parameters | Training "
                                              "hardware\nAcme Z4 | 12B | Nova X1\nZeta Q7 | ~3B "
                                              "(est.) | Orbit T2\n"));
    qsizetype from = 0;
    int table = 0;
    for (const QStringList &cells :
         {QStringList{QStringLiteral("Model"), QStringLiteral("Parameters"),
                      QStringLiteral("Training hardware")},
          QStringList{QStringLiteral("Acme Z4"), QStringLiteral("12B"), QStringLiteral("Nova X1")},
          QStringList{QStringLiteral("Zeta Q7"), QStringLiteral("~3B (est.)"),
                      QStringLiteral("Orbit T2")}}) {
        const qsizetype start = doc.text.indexOf(cells.front() + QStringLiteral(" |"), from);
        const qsizetype end = doc.text.indexOf(QLatin1Char('\n'), start);
        doc.tableRows.push_back({start, end, cells, table++ == 0, 0});
        from = end;
    }
    const std::vector<cc::Claim> claims = claimsOf(doc);
    const auto params = withAttribute(claims, "parameter_count");
    ASSERT_EQ(params.size(), 2u) << describe(claims).toStdString();
    EXPECT_EQ(params[0].subject, QStringLiteral("Acme Z4"));
    EXPECT_DOUBLE_EQ(*params[0].value.quantity.low, 12e9);
    EXPECT_EQ(params[0].value.quantity.dimension, QStringLiteral("parameters"));
    EXPECT_TRUE(params[0].fromTable);
    EXPECT_EQ(params[1].certainty, cc::Certainty::Hedged);
    const auto hw = withAttribute(claims, "training_hardware");
    ASSERT_EQ(hw.size(), 2u) << describe(claims).toStdString();
    EXPECT_EQ(hw[1].subject, QStringLiteral("Zeta Q7"));
    EXPECT_EQ(hw[1].value.term, QStringLiteral("Orbit T2"));
}

TEST(Extractor, AnaphorsAndLocativeNames) {
    const std::vector<cc::Claim> claims = claimsOf(makeDoc(QStringLiteral(
        "Volta Motors said on Tuesday it would expand. The company, which is headquartered in "
        "Munich, reported first-quarter revenue of $3.2 billion in 2026.\n"
        "Nimbus Air raised $45 million in a Series A round led by Harbor Ventures, valuing the "
        "startup at $300 million.")));
    const auto revenue = withAttribute(claims, "revenue");
    ASSERT_EQ(revenue.size(), 1u) << describe(claims).toStdString();
    EXPECT_EQ(revenue[0].subject, QStringLiteral("Volta Motors"));
    const auto hq = withAttribute(claims, "headquarters");
    ASSERT_EQ(hq.size(), 1u) << describe(claims).toStdString();
    EXPECT_EQ(hq[0].value.term, QStringLiteral("Munich"));
    const auto valuation = withAttribute(claims, "valuation");
    ASSERT_EQ(valuation.size(), 1u) << describe(claims).toStdString();
    EXPECT_EQ(valuation[0].subject, QStringLiteral("Nimbus Air"));
    const auto funding = withAttribute(claims, "funding_amount");
    ASSERT_EQ(funding.size(), 1u) << describe(claims).toStdString();
    EXPECT_EQ(funding[0].scope, QStringLiteral("series a"));
}

TEST(Extractor, FallingFiguresAreNegative) {
    const std::vector<cc::Claim> claims = claimsOf(
        makeDoc(QStringLiteral("Medex said its revenue fell 3% to $900 million in 2025.")));
    const auto growth = withAttribute(claims, "revenue_growth");
    ASSERT_EQ(growth.size(), 1u) << describe(claims).toStdString();
    EXPECT_DOUBLE_EQ(*growth[0].value.quantity.low, -3.0);
}

TEST(Extractor, ADateOfAnotherEventIsNoReleaseDate) {
    // May 2 dates the approval; "May" is a month here, not a hedge.
    const std::vector<cc::Claim> claims = claimsOf(makeDoc(QStringLiteral(
        "Pharmacor's drug Zelvira was approved by regulators on May 2, 2026, and will launch in "
        "Europe later.\nOn May 3, Acme launched the Z4.")));
    const auto release = withAttribute(claims, "release_date");
    ASSERT_EQ(release.size(), 1u) << describe(claims).toStdString();
    EXPECT_EQ(release[0].subject, QStringLiteral("Z4"));
    EXPECT_EQ(release[0].value.date.toIso(), QStringLiteral("2026-05-03"));
    EXPECT_EQ(release[0].certainty, cc::Certainty::Asserted);
}

TEST(Extractor, BadLexiconEntriesAreReportedWithFileAndLine) {
    cc::LexiconSet set = cc::LexiconSet::loadDefault();
    const QByteArray bad = R"({"schema": "crosscheck.lexicon/1", "name": "predicates",
"description": "test",
"entries": [
  {"key": "good_one", "type": "date", "triggers": ["premiered"]},
  {"key": "bad_type", "type": "colour", "triggers": ["painted"]},
  {"key": "no_triggers", "type": "category"}
]})";
    ASSERT_TRUE(set.addData(bad, QStringLiteral("analyst/predicates.json")));
    const cc::Extractor extractor(set);
    const QStringList errors = extractor.lexiconErrors();
    const QString all = errors.join(QLatin1Char('\n'));
    EXPECT_TRUE(all.contains(QStringLiteral("analyst/predicates.json:5"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("analyst/predicates.json:6"))) << all.toStdString();
    EXPECT_FALSE(all.contains(QStringLiteral("analyst/predicates.json:4"))) << all.toStdString();
    // The good entry works.
    cc::Document d = makeDoc(QStringLiteral("Acme premiered the Z4 on March 3."));
    const cc::Extraction x = extractor.extract(d);
    ASSERT_EQ(x.claims.size(), 1u);
    EXPECT_EQ(x.claims[0].attribute, QStringLiteral("good_one"));
}

TEST(Extractor, EntitiesInOrderOfFirstMention) {
    const cc::Extraction x = extractor().extract(makeDoc(
        QStringLiteral("The Acme Z4 beat the Zeta Q7. Later the Nova N2 beat the Acme Z4 again.")));
    ASSERT_GE(x.entities.size(), 3);
    EXPECT_EQ(x.entities[0], QStringLiteral("Acme Z4"));
    EXPECT_EQ(x.entities[1], QStringLiteral("Zeta Q7"));
    EXPECT_EQ(x.entities[2], QStringLiteral("Nova N2"));
}

TEST(Extractor, CancelStopsBetweenSentences) {
    std::atomic_bool cancel{true};
    const cc::Extraction x = extractor().extract(
        makeDoc(
            QStringLiteral("Acme released the Z4 on March 3. Zeta released the Q7 on March 4.")),
        &cancel);
    EXPECT_TRUE(x.cancelled);
    EXPECT_TRUE(x.claims.empty());
}

TEST(Extractor, ShortSentencesFullOfNamesAreProse) {
    // Most longer words capitalized, yet a sentence: its names and its release date count.
    const std::vector<cc::Claim> claims = claimsOf(makeDoc(QStringLiteral(
        "Harbor Daily\nMarch 9, 2026\n\nVeltrona Labs released Quorra-3 on March 3, 2026.\n")));
    const auto release = withAttribute(claims, "release_date");
    ASSERT_EQ(release.size(), 1u) << describe(claims).toStdString();
    EXPECT_EQ(release[0].subject, QStringLiteral("Quorra-3"));
    EXPECT_EQ(release[0].value.date.toIso(), QStringLiteral("2026-03-03"));
}

TEST(Extractor, ClaimsPerDocumentAreCapped) {
    // A machine-made list of 25,000 dated releases: the first 20,000 claims are kept, and
    // the document says so.
    QString text = QStringLiteral("Harbor Daily\nMarch 9, 2026\n\n");
    for (int i = 0; i < 25000; ++i)
        text += QStringLiteral("Acme Labs released Vela %1 on March 3, 2026.\n").arg(i);
    const cc::Extraction x = extractor().extract(makeDoc(text));
    EXPECT_EQ(x.claims.size(), 20000u);
    ASSERT_EQ(x.warnings.size(), 1);
    EXPECT_TRUE(x.warnings.front().startsWith(QStringLiteral("only the first 20000 of ")))
        << x.warnings.front().toStdString();
}
