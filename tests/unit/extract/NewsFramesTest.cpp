// General news frames beyond product launches: approvals, openings, appointments,
// capacities, head counts, enrollments, deal values, fees and yearly prices; their
// subjects (the thing approved, the name a figure is for) and the traps around them.
#include "extract/EntityResolver.h"
#include "extract/Extractor.h"
#include "lexicon/LexiconSet.h"

#include <gtest/gtest.h>
#include <optional>
#include <ostream>

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

std::vector<cc::Claim> claimsOf(const QString &text) {
    cc::Document d;
    d.path = QStringLiteral("brief.txt");
    d.format = QStringLiteral("txt");
    d.text = text;
    d.published = cc::DateInterval::day(QDate(2029, 3, 10));
    cc::Extraction x = extractor().extract(d);
    const cc::EntityResolver resolver({x.entities}, {}, lexicons());
    resolver.apply(x.claims);
    return x.claims;
}

QString describe(const std::vector<cc::Claim> &claims) {
    QString out;
    for (const cc::Claim &c : claims)
        out += c.subject + QStringLiteral(" | ") + c.attribute + QStringLiteral(" | ") +
               c.value.toKey() + QStringLiteral(" | ") + c.scope + QStringLiteral("\n");
    return out;
}

struct FrameRow {
    const char *name;
    const char *text;
    const char *attribute;
    // Expected subject, or nullptr when the attribute must not be claimed at all.
    const char *subject;
    // A fragment the value's key must contain ("" = any); for dates the ISO day.
    const char *value;
    const char *scope = "";
};

class NewsFrames : public ::testing::TestWithParam<FrameRow> {};

TEST_P(NewsFrames, ReadsTheClaim) {
    const FrameRow &row = GetParam();
    const std::vector<cc::Claim> claims = claimsOf(QString::fromUtf8(row.text));
    std::vector<cc::Claim> hits;
    for (const cc::Claim &c : claims) {
        if (c.attribute == QLatin1String(row.attribute))
            hits.push_back(c);
    }
    if (!row.subject) {
        EXPECT_TRUE(hits.empty()) << describe(claims).toStdString();
        return;
    }
    ASSERT_EQ(hits.size(), 1u) << describe(claims).toStdString();
    EXPECT_EQ(hits[0].subject, QString::fromUtf8(row.subject)) << describe(claims).toStdString();
    const QString value = hits[0].value.type == cc::ClaimValue::Type::Date
                              ? hits[0].value.date.toIso()
                              : hits[0].value.toKey();
    EXPECT_TRUE(value.contains(QLatin1String(row.value))) << value.toStdString();
    EXPECT_EQ(hits[0].scope, QLatin1String(row.scope));
}

INSTANTIATE_TEST_SUITE_P(
    Table, NewsFrames,
    ::testing::Values(
        // Approvals: the thing approved, also when its owner is named first.
        FrameRow{"approval_possessed_object",
                 "Regulators approved Brightwell Pharma's Zentova on June 4 for adults.",
                 "approval_date", "Zentova", "2029-06-04"},
        FrameRow{"approval_awaited_is_no_date",
                 "Brightwell is awaiting approval of Zentova on June 4.", "approval_date", nullptr,
                 ""},
        // The approving body is the claim's scope: named before the verb, after "by", or
        // in brackets after its long name; the company winning approval is none.
        FrameRow{"approval_actor_before_the_verb",
                 "The Federal Drug Office approved Zentova on June 4.", "approval_date", "Zentova",
                 "2029-06-04", "Federal Drug Office"},
        FrameRow{"approval_actor_after_by", "Zentova was approved by the FDO on June 4.",
                 "approval_date", "Zentova", "2029-06-04", "FDO"},
        FrameRow{"approval_won_by_the_maker_has_no_actor",
                 "Zentova won approval from regulators on June 4.", "approval_date", "Zentova",
                 "2029-06-04", ""},
        FrameRow{"approval_by_an_unnamed_agent",
                 "The national rail authority approved the Arrow 5 on March 4.", "approval_date",
                 "Arrow 5", "2029-03-04", "national rail authority"},
        FrameRow{"approval_passive_has_no_agent", "The Arrow 5 was approved on March 4.",
                 "approval_date", "Arrow 5", "2029-03-04", ""},
        FrameRow{"certification_actor_in_brackets",
                 "The Kite 90 was certified by the Civil Aviation Office (CAVO) on June 3.",
                 "certification_date", "Kite 90", "2029-06-03", "Civil Aviation Office"},
        // An announcement with a that-clause is about the clause's name, not the announcer.
        FrameRow{"announced_that_clause_names_the_object",
                 "Tarvo Mills announced on October 12 that it would acquire Halden Grain.",
                 "announcement_date", "Halden Grain", "-10-12"},
        FrameRow{"announced_that_clause_without_a_name",
                 "Tarvo Mills announced on October 12 that its sales had risen.",
                 "announcement_date", nullptr, ""},
        // Openings, and the market's "opened higher" trap.
        FrameRow{"opening_of_a_venue", "Kestrel Holdings will open Riverside Arena on September 2.",
                 "opening_date", "Riverside Arena", "2029-09-02"},
        FrameRow{"shares_opened_is_no_opening",
                 "Shares of Kestrel Holdings opened higher on September 2.", "opening_date",
                 nullptr, ""},
        // An appointment may be about a person, even after a title.
        FrameRow{"appointment_after_a_title", "CEO Anna Berg was appointed on May 5.",
                 "appointment_date", "Anna Berg", "2029-05-05"},
        // Capacities: a hyphenated measure modifies the name after it; "capacity of N".
        FrameRow{"seat_compound_names_the_venue",
                 "Kestrel's new 30,000-seat Riverside Arena is nearly finished.", "capacity",
                 "Riverside Arena", "30000"},
        FrameRow{"capacity_of_a_number", "Riverside Arena has a capacity of 31,500.", "capacity",
                 "Riverside Arena", "31500"},
        FrameRow{"standing_places_are_no_capacity",
                 "Riverside Arena has 2,000 safe-standing places.", "capacity", nullptr, ""},
        // Head counts after the verb.
        FrameRow{"employs_people", "Tarvo Mills employs 4,200 people at six sites.", "employees",
                 "Tarvo Mills", "4200"},
        // "employs 4,200 people" and "3,900 employees" count in one unit, so they compare.
        FrameRow{"employs_people_counts_employees", "Tarvo Mills employs 4,200 people.",
                 "employees", "Tarvo Mills", "4200 employees"},
        FrameRow{"employees_noun_counts_employees", "Tarvo Mills has 3,900 employees.", "employees",
                 "Tarvo Mills", "3900 employees"},
        // Enrollment needs its verb: patients treated are no enrollment.
        FrameRow{"trial_enrolled_patients", "The Northstar trial enrolled 860 patients.",
                 "enrollment", "Northstar", "860"},
        FrameRow{"patients_treated_are_no_enrollment",
                 "Zentova has been prescribed to 5,000 patients.", "enrollment", nullptr, ""},
        // Deal values: the target; per-share prices stay out.
        FrameRow{"acquire_for_an_amount",
                 "Tarvo Mills agreed to acquire Halden Grain for $2.4 billion.", "deal_value",
                 "Halden Grain", "2400000000"},
        FrameRow{"deal_for_a_target_after_a_possessive",
                 "Tarvo Mills' $2.6 billion deal for Halden Grain needs approval.", "deal_value",
                 "Halden Grain", "2600000000"},
        FrameRow{"per_share_offer_is_no_deal_value",
                 "Tarvo Mills will pay $31 per share in cash, a 20% premium.", "deal_value",
                 nullptr, ""},
        FrameRow{"per_share_is_no_market_share",
                 "Tarvo Mills will pay $31 per share in cash, a 20% premium.", "market_share",
                 nullptr, ""},
        // An offer per share: spaced or hyphenated; earnings per share are none, and a
        // per-share price is no list price.
        FrameRow{"offer_per_share", "Tarvo Mills will pay $31 per share in cash, a 20% premium.",
                 "offer_price_per_share", "Tarvo Mills", "31"},
        FrameRow{"hyphenated_a_share_offer",
                 "Tarvo Mills said the $33-a-share offer was fully financed.",
                 "offer_price_per_share", "Tarvo Mills", "33"},
        FrameRow{"earnings_per_share_are_no_offer",
                 "Halden Grain reported earnings of $0.85 per share.", "offer_price_per_share",
                 nullptr, ""},
        FrameRow{"per_share_price_is_no_list_price",
                 "Tarvo Mills reiterated the per-share price of $42 in cash.", "price", nullptr,
                 ""},
        // Fees: what the fee is for, not who was paid or the seller.
        FrameRow{"fee_for_a_player", "Kestrel paid Orvik a £30 million fee for Jonas Lind.",
                 "price", "Jonas Lind", "30000000"},
        FrameRow{"signed_from_a_seller",
                 "Kestrel signed Jonas Lind from Orvik for a fee of £28 million.", "price",
                 "Jonas Lind", "28000000"},
        // Figures after an aside on where the company sits belong to the company.
        FrameRow{"owner_before_a_place_aside",
                 "Tarvo Mills, headquartered in Oslo, also reported second-quarter revenue of $1.2 "
                 "billion.",
                 "revenue", "Tarvo Mills", "1200000000", "2029-Q2"},
        // A bare year before the trigger is the figure's period.
        FrameRow{"bare_year_scopes_revenue", "Tarvo Mills reported 2027 revenue of $4.1 billion.",
                 "revenue", "Tarvo Mills", "4100000000", "2027"},
        FrameRow{"earnings_per_share_is_no_revenue",
                 "Halden Grain reported earnings of $0.85 per share.", "revenue", nullptr, ""},
        // "Place-based Name": the place is the headquarters, the city of "City, Region".
        FrameRow{"place_based_compound", "Oslo-based Tarvo Foods reported higher sales.",
                 "headquarters", "Tarvo Foods", "oslo"},
        FrameRow{"city_region_based_compound", "Turku, Finland-based Halden Grain grew again.",
                 "headquarters", "Halden Grain", "turku"},
        FrameRow{"based_compound_without_a_place", "Tarvo Foods sells a cloud-based service.",
                 "headquarters", nullptr, ""},
        // Firsts are single-valued: a first delivery has one date; later ones are no claim.
        FrameRow{"first_delivery_of_a_type",
                 "Orvik Aero handed over the first Kite 90 to Tarvo Air on June 3.",
                 "first_delivery_date", "Kite 90", "2029-06-03"},
        FrameRow{"later_delivery_is_no_first",
                 "Orvik Aero delivered another Kite 90 to Tarvo Air on June 9.",
                 "first_delivery_date", nullptr, ""},
        FrameRow{"planned_first_delivery_is_no_date",
                 "Orvik Aero expects first delivery of the Kite 90 on June 3.",
                 "first_delivery_date", nullptr, ""},
        // Swearing in: a person may be the subject.
        FrameRow{"sworn_in_person", "Maja Lind will be sworn in as mayor on May 30.",
                 "swearing_in_date", "Maja Lind", "2029-05-30"},
        // A surname alone is the full name mentioned before it, unless two names share it.
        FrameRow{"surname_links_to_the_full_name",
                 "Party leader Maja Lind won the vote. Lind will be sworn in as mayor on May 30.",
                 "swearing_in_date", "Maja Lind", "2029-05-30"},
        FrameRow{"shared_surname_stays_apart",
                 "Maja Lind and Anna Lind both ran. Lind will be sworn in as mayor on May 30.",
                 "swearing_in_date", "Lind", "2029-05-30"},
        // Order books: the total, never new orders booked at a show.
        FrameRow{"firm_orders_total", "Orvik Aero says the Kite 90 has 214 firm orders.",
                 "order_count", "Kite 90", "214"},
        FrameRow{"orders_for_a_name_stand_at",
                 "Firm orders for the Kite 90 stand at 198, by our count.", "order_count",
                 "Kite 90", "198"},
        FrameRow{"new_orders_are_no_order_book",
                 "Orvik Aero booked 35 new orders for the Kite 90 in June.", "order_count", nullptr,
                 ""},
        // Elections: turnout, vote share, seats won; a whole after "of the" is no figure.
        FrameRow{"turnout_percent", "Turnout in Tarvo was 57.3%, up from 52.1% in 2025.", "turnout",
                 "Tarvo", "57.3"},
        FrameRow{"vote_share_of_the_vote", "The Harbour Party took 27.4% of the vote.",
                 "vote_share", "Harbour Party", "27.4"},
        FrameRow{"seats_won_of_the_whole", "The Harbour Party won 22 of the 60 seats.", "seats_won",
                 "Harbour Party", "22"},
        FrameRow{"whole_of_the_seats_is_no_capacity", "The Harbour Party won 22 of the 60 seats.",
                 "capacity", nullptr, ""},
        FrameRow{"projected_seats_are_no_result",
                 "Polls had projected 30 seats for the Harbour Party.", "seats_won", nullptr, ""},
        // Lengths: an aircraft's range.
        FrameRow{"range_in_km", "The Kite 90 has a range of 2,900 km.", "range", "Kite 90",
                 "2900000"},
        // Money per year is a price.
        FrameRow{"yearly_list_price", "Zentova will carry a list price of $9,800 per year.",
                 "price", "Zentova", "USD/s"}),
    [](const auto &info) { return std::string(info.param.name); });

// "Tarvo Foods" and "Tarvo": a trailing business word folds away, so both are one company;
// a word that is no business word ("Tarvo Mills") keeps the name apart.
TEST(NewsFrames, BusinessWordsFoldIntoTheBareName) {
    const std::vector<cc::Claim> claims = claimsOf(QStringLiteral(
        "Tarvo Foods, headquartered in Oslo, grew.\nTarvo, based in Bergen, disagrees.\n"
        "Tarvo Mills, based in Turku, is another firm."));
    QStringList subjects;
    for (const cc::Claim &c : claims) {
        if (c.attribute == QLatin1String("headquarters"))
            subjects << c.subject;
    }
    ASSERT_EQ(subjects.size(), 3) << describe(claims).toStdString();
    EXPECT_EQ(subjects[0], subjects[1]) << describe(claims).toStdString();
    EXPECT_NE(subjects[0], subjects[2]) << describe(claims).toStdString();
}

} // namespace

// A verb of denial reaches into the clause it governs ("denied a report that ..."), but
// not into a later clause of its own sentence.
TEST(NewsFrames, DenialReachesTheClauseItGoverns) {
    auto capacityOf = [](const char *text) {
        for (const cc::Claim &c : claimsOf(QString::fromUtf8(text)))
            if (c.attribute == QLatin1String("capacity"))
                return std::optional<cc::Certainty>(c.certainty);
        return std::optional<cc::Certainty>();
    };
    EXPECT_EQ(capacityOf("Tarvo Mills denied a report in a local paper that it was building a "
                         "9,000-seat hall."),
              cc::Certainty::Negated);
    EXPECT_EQ(capacityOf("Tarvo Mills denied it was building a 9,000-seat hall."),
              cc::Certainty::Negated);
    EXPECT_EQ(capacityOf("Tarvo Mills, which denied the report last week, said Riverside Arena "
                         "has a capacity of 31,500."),
              cc::Certainty::Asserted);
}

// An estimate named as a noun qualifies its own figure, not the reported one before it;
// "estimated" as a verb still hedges.
TEST(NewsFrames, NounEstimateHedgesOnlyItsOwnFigure) {
    auto revenueOf = [](const char *text) {
        for (const cc::Claim &c : claimsOf(QString::fromUtf8(text)))
            if (c.attribute == QLatin1String("revenue"))
                return std::optional<cc::Certainty>(c.certainty);
        return std::optional<cc::Certainty>();
    };
    EXPECT_EQ(revenueOf("Tarvo Mills reported second-quarter revenue of $2.1 billion, beating "
                        "analysts' average estimate of $2.0 billion."),
              cc::Certainty::Asserted);
    EXPECT_EQ(revenueOf("Tarvo Mills reported second-quarter revenue of $2.1 billion, above the "
                        "consensus forecast."),
              cc::Certainty::Asserted);
    EXPECT_EQ(revenueOf("Analysts estimated second-quarter revenue at $2.1 billion for Tarvo "
                        "Mills."),
              cc::Certainty::Hedged);
}

// A hedge opening a coordinated predicate ("and is expected to ...") reaches forward only;
// one before the claim's own verb still hedges it.
TEST(NewsFrames, CoordinatedHedgeReachesForwardOnly) {
    auto announcementOf = [](const char *text) {
        for (const cc::Claim &c : claimsOf(QString::fromUtf8(text)))
            if (c.attribute == QLatin1String("announcement_date"))
                return std::optional<cc::Certainty>(c.certainty);
        return std::optional<cc::Certainty>();
    };
    EXPECT_EQ(announcementOf("Orvik Aero unveiled the Kite 90 on May 3 and is expected to deliver "
                             "it next year."),
              cc::Certainty::Asserted);
    EXPECT_EQ(announcementOf("Orvik Aero reportedly unveiled the Kite 90 on May 3 and will "
                             "deliver it next year."),
              cc::Certainty::Hedged);
}

// An approval stated without a date says something only when the sentence doubts it.
TEST(NewsFrames, UndatedApprovalIsKeptOnlyWhenDoubted) {
    const std::vector<cc::Claim> doubted =
        claimsOf(QStringLiteral("Federal Drug Office approval of Zentova has not been confirmed."));
    ASSERT_EQ(doubted.size(), 1u) << describe(doubted).toStdString();
    EXPECT_EQ(doubted[0].attribute, QLatin1String("approval_date"));
    EXPECT_EQ(doubted[0].subject, QLatin1String("Zentova"));
    EXPECT_EQ(doubted[0].scope, QLatin1String("Federal Drug Office"));
    EXPECT_EQ(doubted[0].certainty, cc::Certainty::Unverified);
    EXPECT_EQ(doubted[0].value.type, cc::ClaimValue::Type::None);
    const std::vector<cc::Claim> plain = claimsOf(
        QStringLiteral("Federal Drug Office approval of Zentova was a milestone for Brightwell."));
    for (const cc::Claim &c : plain)
        EXPECT_NE(c.attribute, QLatin1String("approval_date")) << describe(plain).toStdString();
}
