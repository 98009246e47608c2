// The taggers' harness: one answer line per request, in request order even when a
// batch is answered on several threads; ids echoed verbatim; numbers written exactly.
#include "extract/TagHarness.h"
#include "lexicon/LexiconSet.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <sstream>
#include <string>

namespace {

const cc::TagHarness &harness() {
    static const cc::LexiconSet lexicons = cc::LexiconSet::loadDefault();
    static const cc::TagHarness h(lexicons, QDate(2026, 5, 1));
    return h;
}

QJsonObject parse(const std::string &line) {
    QJsonParseError error;
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray(line.data(), qsizetype(line.size())), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << line;
    return doc.object();
}

} // namespace

TEST(TagHarnessTest, AnswersThousandsOfRequestsInOrder) {
    // Enough lines that the batch is split over threads; each names its own index.
    std::ostringstream requests;
    const int n = 3000;
    for (int i = 0; i < n; ++i)
        requests << "{\"id\": " << i << ", \"input\": \"Shipped " << (i % 28 + 1)
                 << " March 2026 with " << i << " units.\", \"reference\": \"2026-05-01\"}\n";
    std::istringstream in(requests.str());
    std::ostringstream out;
    EXPECT_EQ(harness().run(in, out), n);

    std::istringstream answers(out.str());
    std::string line;
    int i = 0;
    for (; std::getline(answers, line); ++i) {
        const QJsonObject o = parse(line);
        ASSERT_EQ(o.value(QLatin1String("id")).toInt(-1), i);
        const QJsonArray mentions = o.value(QLatin1String("mentions")).toArray();
        bool sawDate = false;
        bool sawCount = false;
        for (const QJsonValue &m : mentions) {
            const QJsonObject mo = m.toObject();
            const QJsonObject value = mo.value(QLatin1String("value")).toObject();
            if (mo.value(QLatin1String("kind")).toString() == QLatin1String("date"))
                sawDate = value.value(QLatin1String("begin")).toString() ==
                          QStringLiteral("2026-03-%1").arg(i % 28 + 1, 2, 10, QLatin1Char('0'));
            if (value.value(QLatin1String("low")).toDouble(-1) == i)
                sawCount = true;
        }
        EXPECT_TRUE(sawDate) << line;
        EXPECT_TRUE(sawCount) << line;
    }
    EXPECT_EQ(i, n);
}

TEST(TagHarnessTest, WritesValuesAndOffsetsExactly) {
    const QJsonObject o = parse(
        harness()
            .answer(QByteArrayLiteral(
                R"({"id": "a\"b", "input": "caf\u00e9 at $0.28 per token, 1.6 trillion params"})"))
            .toStdString());
    EXPECT_EQ(o.value(QLatin1String("id")).toString(), QStringLiteral("a\"b"));
    EXPECT_EQ(o.value(QLatin1String("input")).toString(),
              QStringLiteral(u"caf\u00e9 at $0.28 per token, 1.6 trillion params"));
    bool sawPrice = false;
    bool sawParams = false;
    for (const QJsonValue &m : o.value(QLatin1String("mentions")).toArray()) {
        const QJsonObject mo = m.toObject();
        const QJsonObject value = mo.value(QLatin1String("value")).toObject();
        if (mo.value(QLatin1String("text")).toString() == QLatin1String("$0.28 per token")) {
            sawPrice = true;
            EXPECT_EQ(value.value(QLatin1String("low")).toDouble(), 0.28);
            EXPECT_EQ(mo.value(QLatin1String("start")).toInt(), 8); // code points
        }
        if (value.value(QLatin1String("low")).toDouble() == 1.6e12)
            sawParams = true;
    }
    EXPECT_TRUE(sawPrice);
    EXPECT_TRUE(sawParams);
}

TEST(TagHarnessTest, PlainTextAndEmptyLinesGetAnAnswerEach) {
    std::istringstream in("Due by June 2026.\n\n{\"input\": \"\"}\n");
    std::ostringstream out;
    EXPECT_EQ(harness().run(in, out), 3);
    std::istringstream answers(out.str());
    std::string line;
    int lines = 0;
    while (std::getline(answers, line)) {
        parse(line);
        ++lines;
    }
    EXPECT_EQ(lines, 3);
    EXPECT_NE(out.str().find("\"by June 2026\""), std::string::npos) << out.str();
}
