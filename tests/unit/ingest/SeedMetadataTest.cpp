// Acceptance-style: the real seed briefings read through the reader registry give
// the publication dates, titles and cited sources they state. Skipped when the
// seeds are not beside the checkout.
#include "IngestPrinters.h"
#include "TestSupport.h"

#include "ingest/CodePageDamage.h"
#include "ingest/ReaderRegistry.h"

#include <QDir>

using namespace cc;

namespace {

Document readSeed(const QString &prefix) {
    const QDir dir(test::seedsDir());
    const QStringList files = dir.entryList({prefix + QStringLiteral("_*")}, QDir::Files);
    EXPECT_EQ(files.size(), 1) << prefix.toStdString();
    if (files.isEmpty())
        return {};
    const QByteArray bytes = test::readFile(dir.filePath(files.first()));
    const DocumentReader *reader =
        ReaderRegistry::standard().readerFor(files.first(), bytes.left(4096));
    EXPECT_NE(reader, nullptr);
    if (!reader)
        return {};
    ReadResult r = reader->read(bytes, files.first());
    EXPECT_TRUE(r.error.isEmpty()) << r.error.toStdString();
    EXPECT_EQ(r.documents.size(), 1u);
    return r.documents.empty() ? Document() : r.documents.front();
}

std::string published(const Document &d) {
    return d.published ? d.published->toIso().toStdString() + "/" +
                             toString(d.published->precision).toStdString()
                       : std::string("none");
}

} // namespace

TEST(SeedMetadata, PublicationDates) {
    CC_REQUIRE_SEEDS();
    EXPECT_EQ(published(readSeed(QStringLiteral("000"))), "2026-04-27/day");
    EXPECT_EQ(published(readSeed(QStringLiteral("001"))), "2026-05-02/day");
    EXPECT_EQ(published(readSeed(QStringLiteral("002"))), "2026-04-29/day");
    EXPECT_EQ(published(readSeed(QStringLiteral("003"))), "2026-06-22/day");
    EXPECT_EQ(published(readSeed(QStringLiteral("004"))), "none");
}

TEST(SeedMetadata, DamagedDigestsAreFlagged) {
    CC_REQUIRE_SEEDS();
    for (const char *p : {"000", "001", "002", "003", "004"}) {
        const Document d = readSeed(QLatin1String(p));
        const bool damaged = d.warnings.contains(CodePageDamage::warning());
        EXPECT_EQ(damaged, QLatin1String(p) == QLatin1String("000") ||
                               QLatin1String(p) == QLatin1String("001"))
            << p << ": " << d.warnings.join(QStringLiteral("; ")).toStdString();
        EXPECT_FALSE(d.text.isEmpty());
        EXPECT_FALSE(d.text.contains(u'\r'));
    }
}

TEST(SeedMetadata, Titles) {
    CC_REQUIRE_SEEDS();
    // The first heading-like line; page furniture ("... 15 min read") is not a title.
    EXPECT_TRUE(
        readSeed(QStringLiteral("002")).title.startsWith(QLatin1String("China AI Update Brief")));
    EXPECT_TRUE(
        readSeed(QStringLiteral("003")).title.startsWith(QLatin1String("The Silicon Curtain")));
    EXPECT_TRUE(readSeed(QStringLiteral("004")).title.contains(QLatin1String("Inflection Point")));
    // Leading debris of a flag emoji is not part of the title.
    EXPECT_TRUE(readSeed(QStringLiteral("000")).title.startsWith(QLatin1String("China AI")));
}

TEST(SeedMetadata, CitedSources) {
    CC_REQUIRE_SEEDS();
    const Document d2 = readSeed(QStringLiteral("002"));
    // "Source: Reuters / Business Times — 29 Apr 2026" first, canonical names, no duplicates.
    ASSERT_GE(d2.citedSources.size(), 2);
    EXPECT_EQ(d2.citedSources.mid(0, 2),
              (QStringList{QStringLiteral("Reuters"), QStringLiteral("Business Times")}));
    for (const char *name : {"AsiaOne", "Straits Times", "Associated Press"})
        EXPECT_TRUE(d2.citedSources.contains(QLatin1String(name))) << name;
    QStringList unique = d2.citedSources;
    EXPECT_EQ(unique.removeDuplicates(), 0);
    for (const Citation &c : d2.citations) {
        EXPECT_GE(c.start, 0);
        EXPECT_LE(c.end, d2.text.size());
        EXPECT_LT(c.start, c.end);
    }
    // "Sources:" lists of "- SCMP: headline (date)" items.
    const Document d0 = readSeed(QStringLiteral("000"));
    ASSERT_FALSE(d0.citedSources.isEmpty());
    EXPECT_EQ(d0.citedSources.first(), QStringLiteral("South China Morning Post"));
    EXPECT_TRUE(readSeed(QStringLiteral("001")).citedSources.contains(QStringLiteral("TechNode")));
    EXPECT_TRUE(
        readSeed(QStringLiteral("003")).citedSources.contains(QStringLiteral("Financial Times")));
}
