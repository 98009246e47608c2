// The quantity tagger on the Recognizers-Text number, percent, currency and
// dimension specs (../shared/conformance, read at run time, never copied):
// the share of expected mentions overlapped by a mention of the right kind may
// not fall below what the tagger reaches today. The full scorer is
// ../shared/tools/score_conformance.py; this is its "overlap" column, cases
// flagged unsupported on all four platforms skipped ("--skip all").
#include "extract/QuantityTagger.h"
#include "lexicon/LexiconSet.h"
#include "model/CodePointIndex.h"

#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

struct Score {
    int expected = 0;
    int overlapped = 0;
    double share() const { return expected ? double(overlapped) / expected : 1.0; }
};

Score overlapShare(const QString &file, cc::MentionKind kind) {
    const QString path =
        cc::test::sharedDir() + QStringLiteral("/conformance/recognizers-text/") + file;
    QByteArray data = cc::test::readFile(path);
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    static const cc::LexiconSet lexicons = cc::LexiconSet::loadDefault();
    static const cc::QuantityTagger tagger(lexicons);
    Score score;
    for (const QJsonValue &v : QJsonDocument::fromJson(data).array()) {
        const QJsonObject c = v.toObject();
        const QString flags = c.value(QLatin1String("NotSupported")).toString() + QLatin1Char(',') +
                              c.value(QLatin1String("NotSupportedByDesign")).toString();
        int platforms = 0;
        for (const char *p : {"dotnet", "java", "javascript", "python"})
            platforms += flags.contains(QLatin1String(p), Qt::CaseInsensitive) ? 1 : 0;
        if (platforms == 4)
            continue;
        const QString input = c.value(QLatin1String("Input")).toString();
        const std::vector<cc::Mention> mentions = tagger.tag(input);
        const cc::CodePointIndex index(input);
        for (const QJsonValue &r : c.value(QLatin1String("Results")).toArray()) {
            const QJsonObject res = r.toObject();
            const int start = res.value(QLatin1String("Start")).toInt();
            const int end = res.value(QLatin1String("End")).toInt() + 1;
            ++score.expected;
            for (const cc::Mention &m : mentions) {
                const qsizetype ms = index.toCodePoint(m.start), me = index.toCodePoint(m.end);
                if (m.kind == kind && ms < end && start < me) {
                    ++score.overlapped;
                    break;
                }
            }
        }
    }
    return score;
}

#define CC_REQUIRE_CONFORMANCE()                                                                   \
    do {                                                                                           \
        if (cc::test::sharedDir().isEmpty() ||                                                     \
            cc::test::readFile(cc::test::sharedDir() +                                             \
                               QStringLiteral("/conformance/recognizers-text/NumberModel.json"))   \
                .isEmpty())                                                                        \
            GTEST_SKIP() << "../shared/conformance is absent: conformance test skipped";           \
    } while (0)

} // namespace

TEST(QuantityConformance, Numbers) {
    CC_REQUIRE_CONFORMANCE();
    const Score s = overlapShare(QStringLiteral("NumberModel.json"), cc::MentionKind::Number);
    EXPECT_GE(s.share(), 0.95) << s.overlapped << "/" << s.expected;
}

TEST(QuantityConformance, Percentages) {
    CC_REQUIRE_CONFORMANCE();
    const Score s = overlapShare(QStringLiteral("PercentModel.json"), cc::MentionKind::Percent);
    EXPECT_GE(s.share(), 0.95) << s.overlapped << "/" << s.expected;
}

TEST(QuantityConformance, Currencies) {
    CC_REQUIRE_CONFORMANCE();
    const Score s = overlapShare(QStringLiteral("CurrencyModel.json"), cc::MentionKind::Currency);
    EXPECT_GE(s.share(), 0.97) << s.overlapped << "/" << s.expected;
}

TEST(QuantityConformance, Dimensions) {
    CC_REQUIRE_CONFORMANCE();
    const Score s = overlapShare(QStringLiteral("DimensionModel.json"), cc::MentionKind::Dimension);
    EXPECT_GE(s.share(), 0.95) << s.overlapped << "/" << s.expected;
}
