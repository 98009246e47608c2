#include "IngestPrinters.h"
#include "TestSupport.h"

#include "ingest/OutletDirectory.h"
#include "lexicon/LexiconSet.h"

using namespace cc;

TEST(OutletDirectory, ShippedLexiconLookups) {
    const OutletDirectory dir(LexiconSet::loadDefault());
    EXPECT_TRUE(dir.errors().isEmpty()) << dir.errors().join(u'\n').toStdString();
    EXPECT_EQ(dir.canonical(QStringLiteral("AP")), QStringLiteral("Associated Press"));
    EXPECT_EQ(dir.canonical(QStringLiteral("the associated press")),
              QStringLiteral("Associated Press"));
    EXPECT_EQ(dir.canonicalExact(QStringLiteral("reuters")),
              QString()); // running text is matched exactly
    EXPECT_EQ(dir.canonical(QStringLiteral("Unknown Gazette")), QString());
    EXPECT_EQ(dir.byHost(QStringLiteral("https://www.reuters.com/world/x")),
              QStringLiteral("Reuters"));
    EXPECT_EQ(dir.byHost(QStringLiteral("edition.cnn.com")), QStringLiteral("CNN"));
    EXPECT_EQ(dir.byHost(QStringLiteral("https://notreuters.com/")), QString());
    EXPECT_TRUE(dir.isWire(QStringLiteral("Reuters")));
    EXPECT_FALSE(dir.isWire(QStringLiteral("Financial Times")));
}

TEST(OutletDirectory, HostOf) {
    EXPECT_EQ(OutletDirectory::hostOf(QStringLiteral("https://WWW.Example.co.uk/path?q=1")),
              QStringLiteral("example.co.uk"));
    EXPECT_EQ(OutletDirectory::hostOf(QStringLiteral("example.org")),
              QStringLiteral("example.org"));
    EXPECT_EQ(OutletDirectory::hostOf(QStringLiteral("not a url")), QString());
}

TEST(OutletDirectory, ValidatesEntriesWithFileAndLine) {
    LexiconSet set;
    ASSERT_TRUE(
        set.addData(R"({"schema": "crosscheck.lexicon/1", "name": "outlets", "description": "t",
 "entries": [
  {"key": "Harbour Ledger", "aliases": ["HL"], "hosts": ["harbourledger.com"], "wire": false},
  {"aliases": ["no key"]},
  {"key": "Bad Aliases", "aliases": "fine as one string", "hosts": [3]},
  {"key": "Bad Wire", "wire": "yes"}
 ]})",
                    QStringLiteral("my-outlets.json")));
    const OutletDirectory dir(set);
    EXPECT_EQ(dir.canonical(QStringLiteral("HL")), QStringLiteral("Harbour Ledger"));
    EXPECT_EQ(dir.byHost(QStringLiteral("news.harbourledger.com")),
              QStringLiteral("Harbour Ledger"));
    const QStringList errors = dir.errors();
    ASSERT_EQ(errors.size(), 3) << errors.join(u'\n').toStdString();
    EXPECT_TRUE(errors[0].startsWith(QLatin1String("my-outlets.json:4:")))
        << errors[0].toStdString();
    EXPECT_TRUE(errors[1].startsWith(QLatin1String("my-outlets.json:5:")))
        << errors[1].toStdString();
    EXPECT_TRUE(errors[1].contains(QLatin1String("hosts")));
    EXPECT_TRUE(errors[2].startsWith(QLatin1String("my-outlets.json:6:")))
        << errors[2].toStdString();
    EXPECT_EQ(dir.canonical(QStringLiteral("Bad Wire")), QString());
}

TEST(OutletDirectory, AnOutletsOwnNameIsNotTakenByAnotherAlias) {
    LexiconSet set;
    ASSERT_TRUE(
        set.addData(R"({"schema": "crosscheck.lexicon/1", "name": "outlets", "description": "t",
 "entries": [ {"key": "Alpha", "aliases": ["Beta"]}, {"key": "Beta"} ]})",
                    QStringLiteral("o.json")));
    const OutletDirectory dir(set);
    EXPECT_EQ(dir.canonical(QStringLiteral("Beta")), QStringLiteral("Beta"));
}
