#include "IngestPrinters.h"
#include "TestSupport.h"

#include "ingest/CodePageDamage.h"
#include "ingest/ReaderRegistry.h"

using namespace cc;

namespace {

// UTF-8 text passed once through Windows-1253 with the bytes that have no letter
// lost: what the damage looks like, on a subject of our own.
const QString kDamaged = QStringLiteral(
    "π¨π· Harbour Weekly Β· 2025-11-03\n"
    "The port authority approved the new container terminal β the largest expansion since "
    "2009 β and said construction would begin in spring. π’ Shipping volumes rose 12% "
    "in the third quarter, while rail freight fell 3%.\n"
    "Local officials Β· including the mayor Β· welcomed the decision, but unions warned "
    "that automation would cut jobs β a concern the operator rejected. π Analysts "
    "expect the terminal to handle 2 million containers a year once complete.\n"
    "Sources:\n- Port Gazette: Terminal approved (November 2, 2025)\n");

} // namespace

TEST(CodePageDamage, SyntheticDamageIsDetected) {
    const CodePageDamage::Stats s = CodePageDamage::analyze(kDamaged);
    EXPECT_TRUE(s.damaged) << "stray=" << s.strayTokens << " lone=" << s.loneLetters;
    EXPECT_GE(s.strayTokens, 3);
    EXPECT_GE(s.loneLetters, 3);
}

TEST(CodePageDamage, WarningAddedOnceAndTextKept) {
    const QByteArray bytes = kDamaged.toUtf8();
    const DocumentReader *reader =
        ReaderRegistry::standard().readerFor(QStringLiteral("d.txt"), bytes);
    ASSERT_NE(reader, nullptr);
    ReadResult r = reader->read(bytes, QStringLiteral("d.txt"));
    ASSERT_EQ(r.documents.size(), 1u);
    Document &doc = r.documents.front();
    EXPECT_TRUE(doc.warnings.contains(CodePageDamage::warning()));
    EXPECT_TRUE(doc.warnings.join(u'\n').contains(QLatin1String("wrong code page")));
    // The letters stay where they were: offsets and quotes remain faithful.
    EXPECT_TRUE(doc.text.contains(QStringLiteral("terminal β the largest")));
    CodePageDamage::check(doc);
    EXPECT_EQ(doc.warnings.count(CodePageDamage::warning()), 1);
}

TEST(CodePageDamage, StrayRunsCoverTheDebris) {
    const auto runs = CodePageDamage::strayRuns(kDamaged);
    QStringList pieces;
    for (const auto &[b, e] : runs)
        pieces << kDamaged.mid(b, e - b);
    EXPECT_TRUE(pieces.contains(QStringLiteral("π¨π·"))) << pieces.join(u' ').toStdString();
    EXPECT_TRUE(pieces.contains(QStringLiteral("Β·")));
    EXPECT_TRUE(pieces.contains(QStringLiteral("β")));
    for (const QString &p : pieces)
        EXPECT_FALSE(p.contains(u' '));
}

TEST(CodePageDamage, CyrillicDamageIsDetected) {
    // UTF-8 read as Windows-1251: "—" became "вЂ”", "’" became "вЂ™".
    const QString text = QStringLiteral(
        "The council approved the budget вЂ” after a long debate вЂ” and the mayor said it "
        "wasnвЂ™t perfect. Critics said the plan didnвЂ™t fund schools, and the vote was "
        "close: seven to six. The next session is in March, when the council will revisit "
        "the transport plan and the housing levy.");
    EXPECT_TRUE(CodePageDamage::isDamaged(text));
}

TEST(CodePageDamage, RealGreekQuotationIsNotDamage) {
    const QString text = QStringLiteral(
        "At the opening of the exhibition the curator quoted Heraclitus, «τὰ πάντα ῥεῖ καὶ "
        "οὐδὲν μένει», and added that the museum itself had changed beyond recognition since "
        "it opened. The inscription over the door, Γνῶθι σεαυτόν, was restored last year. "
        "Visitors numbered 1.2 million in 2024, up from 900,000 the year before, and the "
        "museum expects more after the new wing opens in May.");
    const CodePageDamage::Stats s = CodePageDamage::analyze(text);
    EXPECT_FALSE(s.damaged) << "stray=" << s.strayTokens << " lone=" << s.loneLetters;
    EXPECT_TRUE(CodePageDamage::strayRuns(text).empty());
}

TEST(CodePageDamage, GreekSymbolsInTechnicalProseAreNotDamage) {
    const QString text = QStringLiteral(
        "The model was fitted with α = 0.05 and β = 0.2, and the decay constant λ was "
        "estimated from the first 30 days. The β coefficient for income was small. A 10 μm "
        "filter and a 47 kΩ resistor were used; the Δ between runs stayed under 2%. Results "
        "for the Ω-3 group are in the appendix, with σ reported for every trial.");
    EXPECT_FALSE(CodePageDamage::isDamaged(text));
}

TEST(CodePageDamage, WholeGreekTextIsNotDamage) {
    const QString text = QStringLiteral(
        "Η κυβέρνηση ανακοίνωσε σήμερα νέα μέτρα για την ενέργεια. Ο υπουργός είπε ότι η "
        "τιμή θα μειωθεί κατά 5% από τον Μάιο και ότι τα μέτρα θα ισχύσουν για έναν χρόνο.");
    EXPECT_FALSE(CodePageDamage::isDamaged(text));
}

TEST(CodePageDamage, SeedDigestsAreDamagedOthersNot) {
    CC_REQUIRE_SEEDS();
    const QDir dir(test::seedsDir());
    for (const QString &name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files)) {
        const QString text = QString::fromUtf8(test::readFile(dir.filePath(name)));
        const bool expected =
            name.startsWith(QLatin1String("000")) || name.startsWith(QLatin1String("001"));
        EXPECT_EQ(CodePageDamage::isDamaged(text), expected) << name.toStdString();
    }
}
