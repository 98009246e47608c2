// What extraction must show on the seed briefings (../shared/corpus/seeds), read
// directly: the documents are built by hand with their publication dates, then
// extracted and resolved as a folder. Skips when the seeds are absent.
#include "TestSupport.h"
#include "extract/EntityResolver.h"
#include "extract/Extractor.h"
#include "lexicon/LexiconSet.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace {

struct SeedFolder {
    std::vector<cc::Document> documents;
    std::vector<cc::Claim> claims;
};

const SeedFolder &seeds() {
    static const SeedFolder folder = [] {
        SeedFolder f;
        const QString dir = cc::test::seedsDir();
        if (dir.isEmpty())
            return f;
        // Publication dates as the briefings state them; the last states none.
        const std::map<QString, QDate> published = {{QStringLiteral("000_"), QDate(2026, 4, 27)},
                                                    {QStringLiteral("001_"), QDate(2026, 5, 2)},
                                                    {QStringLiteral("002_"), QDate(2026, 4, 29)},
                                                    {QStringLiteral("003_"), QDate(2026, 6, 22)}};
        const cc::LexiconSet lexicons = cc::LexiconSet::loadDefault();
        const cc::Extractor extractor(lexicons);
        std::vector<QStringList> entities;
        for (const QString &name :
             QDir(dir).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
            cc::Document d;
            d.path = name;
            d.format = QStringLiteral("txt");
            d.text = QString::fromUtf8(cc::test::readFile(dir + QLatin1Char('/') + name));
            d.text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
            d.title = d.text.section(QLatin1Char('\n'), 0, 0).trimmed();
            const auto date = published.find(name.left(4));
            if (date != published.end())
                d.published = cc::DateInterval::day(date->second);
            cc::Extraction x = extractor.extract(d);
            entities.push_back(x.entities);
            f.claims.insert(f.claims.end(), x.claims.begin(), x.claims.end());
            f.documents.push_back(std::move(d));
        }
        const cc::EntityResolver resolver(entities, {}, lexicons);
        resolver.apply(f.claims);
        return f;
    }();
    return folder;
}

std::vector<cc::Claim> find(const char *prefix, const char *attribute) {
    std::vector<cc::Claim> out;
    for (const cc::Claim &c : seeds().claims) {
        if (c.document.startsWith(QLatin1String(prefix)) && c.attribute == QLatin1String(attribute))
            out.push_back(c);
    }
    return out;
}

QString describe(const std::vector<cc::Claim> &claims) {
    QString out;
    for (const cc::Claim &c : claims)
        out += c.document.left(3) + QStringLiteral(" | ") + c.subject + QStringLiteral(" | ") +
               c.attribute + QStringLiteral(" | ") + c.value.toKey() + QStringLiteral(" | ") +
               cc::toString(c.certainty) + QStringLiteral("\n");
    return out;
}

// Release dates (day precision) of one document for one subject.
QSet<QString> releaseDays(const char *prefix, const QString &subject) {
    QSet<QString> out;
    for (const cc::Claim &c : find(prefix, "release_date")) {
        if (c.subject == subject && c.value.date.isPoint())
            out.insert(c.value.date.toIso());
    }
    return out;
}

// The subject of the release claim of the first briefing: the launched model.
QString launchedModel() {
    for (const cc::Claim &c : find("000_", "release_date")) {
        if (c.value.date.toIso() == QLatin1String("2026-04-25"))
            return c.subject;
    }
    return {};
}

} // namespace

TEST(SeedExtraction, ReleaseDatesOfTheLaunchedModel) {
    CC_REQUIRE_SEEDS();
    const QString model = launchedModel();
    ASSERT_FALSE(model.isEmpty()) << describe(find("000_", "release_date")).toStdString();
    EXPECT_TRUE(releaseDays("001_", model).contains(QStringLiteral("2026-04-25")))
        << describe(find("001_", "release_date")).toStdString();
    EXPECT_TRUE(releaseDays("001_", model).contains(QStringLiteral("2026-04-27")));
    EXPECT_TRUE(releaseDays("002_", model).contains(QStringLiteral("2026-04-24")))
        << describe(find("002_", "release_date")).toStdString();
    // No publication date: the year comes from the briefing's own text.
    EXPECT_TRUE(releaseDays("004_", model).contains(QStringLiteral("2026-04-24")))
        << describe(find("004_", "release_date")).toStdString();
    // Nothing else is claimed as that model's release date.
    for (const cc::Claim &c : seeds().claims) {
        if (c.attribute == QLatin1String("release_date") && c.subject == model) {
            const QString day = c.value.date.toIso();
            EXPECT_TRUE(day == QLatin1String("2026-04-24") || day == QLatin1String("2026-04-25") ||
                        day == QLatin1String("2026-04-27"))
                << c.document.toStdString() << ": " << c.quote.toStdString();
        }
    }
}

TEST(SeedExtraction, TrainingHardwareAssertedAndUnverified) {
    CC_REQUIRE_SEEDS();
    auto certainties = [](const char *prefix) {
        QSet<cc::Certainty> out;
        for (const cc::Claim &c : find(prefix, "training_hardware"))
            out.insert(c.certainty);
        return out;
    };
    EXPECT_TRUE(certainties("003_").contains(cc::Certainty::Asserted))
        << describe(find("003_", "training_hardware")).toStdString();
    EXPECT_TRUE(certainties("000_").contains(cc::Certainty::Unverified))
        << describe(find("000_", "training_hardware")).toStdString();
    EXPECT_TRUE(certainties("001_").contains(cc::Certainty::Unverified))
        << describe(find("001_", "training_hardware")).toStdString();
    // The exclusive claim of the June briefing is about the launched model.
    bool exclusive = false;
    for (const cc::Claim &c : find("003_", "training_hardware"))
        exclusive = exclusive || (c.value.exclusive && c.subject == launchedModel() &&
                                  c.certainty == cc::Certainty::Asserted);
    EXPECT_TRUE(exclusive) << describe(find("003_", "training_hardware")).toStdString();
}

TEST(SeedExtraction, ParameterCountsBelongToTheirVariants) {
    CC_REQUIRE_SEEDS();
    QSet<QString> big, small;
    for (const cc::Claim &c : find("000_", "parameter_count")) {
        if (qFuzzyCompare(*c.value.quantity.low, 1.6e12))
            big.insert(c.subject);
        if (qFuzzyCompare(*c.value.quantity.low, 2.84e11))
            small.insert(c.subject);
    }
    ASSERT_EQ(big.size(), 1) << describe(find("000_", "parameter_count")).toStdString();
    ASSERT_EQ(small.size(), 1);
    EXPECT_NE(*big.begin(), *small.begin());
    // Every briefing gives each variant one figure only.
    for (const cc::Claim &c : seeds().claims) {
        if (c.attribute != QLatin1String("parameter_count"))
            continue;
        if (c.subject == *big.begin()) {
            EXPECT_TRUE(qFuzzyCompare(*c.value.quantity.low, 1.6e12)) << c.quote.toStdString();
        }
        if (c.subject == *small.begin()) {
            EXPECT_TRUE(qFuzzyCompare(*c.value.quantity.low, 2.84e11)) << c.quote.toStdString();
        }
    }
}

TEST(SeedExtraction, MillionTokenContextInWordsAndDigitsIsOneValue) {
    CC_REQUIRE_SEEDS();
    QSet<QString> values;
    for (const char *prefix : {"000_", "004_"}) {
        for (const cc::Claim &c : find(prefix, "context_window")) {
            if (c.subject == launchedModel())
                values.insert(c.value.toKey());
        }
    }
    EXPECT_EQ(values, QSet<QString>{QStringLiteral("1000000..1000000 tokens")})
        << describe(find("000_", "context_window")).toStdString()
        << describe(find("004_", "context_window")).toStdString();
}

// The gold's look-alikes: claims quoting their evidence must come out compatible
// (same subject and compatible values, or different subjects).
TEST(SeedExtraction, GoldNonConflictsComeOutCompatible) {
    CC_REQUIRE_SEEDS();
    const QByteArray gold =
        cc::test::readFile(cc::test::sharedDir() + QStringLiteral("/corpus/seeds.gold.json"));
    const QJsonArray nonConflicts =
        QJsonDocument::fromJson(gold).object().value(QLatin1String("non_conflicts")).toArray();
    ASSERT_FALSE(nonConflicts.isEmpty());
    auto fold = [](QString s) { return s.simplified().toCaseFolded(); };
    int compared = 0;
    for (const QJsonValue &v : nonConflicts) {
        const QJsonObject nc = v.toObject();
        std::vector<cc::Claim> quoted;
        for (const QJsonValue &e : nc.value(QLatin1String("evidence")).toArray()) {
            const QJsonObject ev = e.toObject();
            const QString fragment = fold(ev.value(QLatin1String("quote")).toString());
            for (const cc::Claim &c : seeds().claims) {
                if (c.document == ev.value(QLatin1String("file")).toString() &&
                    fold(c.quote).contains(fragment))
                    quoted.push_back(c);
            }
        }
        for (size_t a = 0; a < quoted.size(); ++a) {
            for (size_t b = a + 1; b < quoted.size(); ++b) {
                const cc::Claim &x = quoted[a];
                const cc::Claim &y = quoted[b];
                if (x.subject != y.subject || x.attribute != y.attribute || x.scope != y.scope ||
                    x.value.type != y.value.type)
                    continue;
                ++compared;
                if (x.value.type == cc::ClaimValue::Type::Quantity) {
                    EXPECT_FALSE(x.value.quantity.disjointFrom(y.value.quantity))
                        << nc.value(QLatin1String("id")).toString().toStdString() << ": "
                        << x.value.toKey().toStdString() << " vs " << y.value.toKey().toStdString();
                } else if (x.value.type == cc::ClaimValue::Type::Date) {
                    EXPECT_FALSE(x.value.date.disjointFrom(y.value.date))
                        << nc.value(QLatin1String("id")).toString().toStdString();
                }
            }
        }
    }
    EXPECT_GT(compared, 0) << "no look-alike pair was read at all";
}

TEST(SeedExtraction, ClaimsAreWellFormed) {
    CC_REQUIRE_SEEDS();
    ASSERT_FALSE(seeds().claims.empty());
    std::map<QString, const cc::Document *> byPath;
    for (const cc::Document &d : seeds().documents)
        byPath[d.path] = &d;
    for (const cc::Claim &c : seeds().claims) {
        const cc::Document &d = *byPath.at(c.document);
        EXPECT_EQ(d.text.mid(c.sentenceStart, c.sentenceEnd - c.sentenceStart), c.quote);
        EXPECT_LE(c.sentenceStart, c.valueStart);
        EXPECT_LE(c.valueEnd, c.sentenceEnd);
        EXPECT_LT(c.valueStart, c.valueEnd);
        EXPECT_FALSE(c.subject.isEmpty());
        EXPECT_FALSE(c.label.isEmpty());
        EXPECT_LE(c.cpSentenceStart, c.sentenceStart);
        EXPECT_NE(c.value.type, cc::ClaimValue::Type::None);
        if (d.published) {
            EXPECT_TRUE(c.claimDate.isValid());
        }
    }
}
