// What extraction must show on the seed briefings, through `crosscheck claims --format json`.
#include "CliRunner.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

using cc::test::parseJson;
using cc::test::runCrosscheck;

namespace {

class SeedClaims : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        if (cc::test::seedsDir().isEmpty())
            return;
        QTemporaryDir dir;
        const auto r = runCrosscheck({QStringLiteral("claims"), cc::test::seedsDir(), QStringLiteral("--project"),
                                      dir.path() + QStringLiteral("/p.sqlite"), QStringLiteral("--format"),
                                      QStringLiteral("json")});
        exitCode = r.exitCode;
        errors = r.err;
        claims = parseJson(r.out).object().value(QLatin1String("claims")).toArray();
    }
    void SetUp() override {
        CC_REQUIRE_SEEDS();
        ASSERT_EQ(exitCode, 0) << errors.toStdString();
    }

    // Claims of one attribute in documents whose name starts with prefix.
    static std::vector<QJsonObject> find(const QString &prefix, const QString &attribute) {
        std::vector<QJsonObject> out;
        for (const QJsonValue &v : claims) {
            const QJsonObject c = v.toObject();
            if (c.value(QLatin1String("document")).toString().startsWith(prefix) &&
                c.value(QLatin1String("attribute")).toString() == attribute)
                out.push_back(c);
        }
        return out;
    }
    static QSet<QString> dateBegins(const std::vector<QJsonObject> &found) {
        QSet<QString> out;
        for (const QJsonObject &c : found) {
            const QJsonObject v = c.value(QLatin1String("value")).toObject();
            if (v.value(QLatin1String("begin")) == v.value(QLatin1String("end")))
                out.insert(v.value(QLatin1String("begin")).toString());
        }
        return out;
    }
    static QSet<QString> certainties(const std::vector<QJsonObject> &found) {
        QSet<QString> out;
        for (const QJsonObject &c : found)
            out.insert(c.value(QLatin1String("certainty")).toString());
        return out;
    }

    static inline int exitCode = -1;
    static inline QByteArray errors;
    static inline QJsonArray claims;
};

const QString kRelease = QStringLiteral("release_date");

} // namespace

TEST_F(SeedClaims, ReleaseDatesPerBriefing) {
    EXPECT_TRUE(dateBegins(find(QStringLiteral("000_"), kRelease)).contains(QStringLiteral("2026-04-25")));
    EXPECT_TRUE(dateBegins(find(QStringLiteral("002_"), kRelease)).contains(QStringLiteral("2026-04-24")));
    // 004 states no publication date: the year comes from its own text.
    EXPECT_TRUE(dateBegins(find(QStringLiteral("004_"), kRelease)).contains(QStringLiteral("2026-04-24")));
    const QSet<QString> inside001 = dateBegins(find(QStringLiteral("001_"), kRelease));
    EXPECT_TRUE(inside001.contains(QStringLiteral("2026-04-25")));
    EXPECT_TRUE(inside001.contains(QStringLiteral("2026-04-27")));
}

TEST_F(SeedClaims, TrainingHardwareCertainty) {
    const QString attr = QStringLiteral("training_hardware");
    EXPECT_TRUE(certainties(find(QStringLiteral("003_"), attr)).contains(QStringLiteral("asserted")));
    EXPECT_TRUE(certainties(find(QStringLiteral("000_"), attr)).contains(QStringLiteral("unverified")));
    EXPECT_TRUE(certainties(find(QStringLiteral("001_"), attr)).contains(QStringLiteral("unverified")));
}

TEST_F(SeedClaims, ParameterCountsBelongToTheirVariants) {
    QString bigSubject, smallSubject;
    for (const QJsonObject &c : find(QStringLiteral("000_"), QStringLiteral("parameter_count"))) {
        const QJsonObject v = c.value(QLatin1String("value")).toObject();
        const double low = v.value(QLatin1String("low")).toDouble();
        if (qFuzzyCompare(low, 1.6e12))
            bigSubject = c.value(QLatin1String("subject")).toString();
        if (qFuzzyCompare(low, 2.84e11))
            smallSubject = c.value(QLatin1String("subject")).toString();
    }
    ASSERT_FALSE(bigSubject.isEmpty());
    ASSERT_FALSE(smallSubject.isEmpty());
    EXPECT_NE(bigSubject, smallSubject);
}

TEST_F(SeedClaims, MillionTokenContextInWordsAndDigitsIsOneValue) {
    // "1 million-token" (000) and "one-million-token" (004) must normalize to one value.
    auto valuesFor = [](const QString &prefix, const char *phrase) {
        QSet<double> values;
        for (const QJsonObject &c : find(prefix, QStringLiteral("context_window"))) {
            if (c.value(QLatin1String("quote")).toString().contains(QLatin1String(phrase)))
                values.insert(c.value(QLatin1String("value")).toObject().value(QLatin1String("low")).toDouble());
        }
        return values;
    };
    const QSet<double> digits = valuesFor(QStringLiteral("000_"), "1 million-token");
    const QSet<double> words = valuesFor(QStringLiteral("004_"), "one-million-token");
    ASSERT_FALSE(digits.isEmpty());
    ASSERT_FALSE(words.isEmpty());
    // The 000 sentence also names an older model's 128,000-token window: only the 1M value matters.
    EXPECT_TRUE(digits.contains(1e6));
    EXPECT_TRUE(words.contains(1e6));
}
