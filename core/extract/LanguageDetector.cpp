#include "extract/LanguageDetector.h"

#include "lexicon/LexiconSet.h"

#include <QJsonArray>

namespace cc {

namespace {

enum ScriptClass {
    Latin,
    Han,
    Kana,
    Hangul,
    Cyrillic,
    Arabic,
    Hebrew,
    Greek,
    Thai,
    Devanagari,
    OtherScript,
    ScriptCount
};

const char *const kScriptCodes[ScriptCount] = {"",   "zh", "ja", "ko", "ru", "ar",
                                               "he", "el", "th", "hi", "und"};

ScriptClass classify(char32_t ucs) {
    switch (QChar::script(ucs)) {
    case QChar::Script_Latin:
        return Latin;
    case QChar::Script_Han:
        return Han;
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
        return Kana;
    case QChar::Script_Hangul:
        return Hangul;
    case QChar::Script_Cyrillic:
        return Cyrillic;
    case QChar::Script_Arabic:
        return Arabic;
    case QChar::Script_Hebrew:
        return Hebrew;
    case QChar::Script_Greek:
        return Greek;
    case QChar::Script_Thai:
        return Thai;
    case QChar::Script_Devanagari:
        return Devanagari;
    default:
        return OtherScript;
    }
}

} // namespace

LanguageDetector::LanguageDetector(const LexiconSet &lexicons) {
    for (const LexiconEntry &e : lexicons.entries(QStringLiteral("languages"))) {
        const QString code = e.string("key").trimmed();
        const QJsonValue words = e.object.value(QLatin1String("function_words"));
        if (code.isEmpty() || !words.isArray()) {
            m_errors << e.where() + QStringLiteral(": languages: an entry needs a \"key\" and a "
                                                   "\"function_words\" array");
            continue;
        }
        const QStringList list = e.strings("function_words");
        if (code == QLatin1String("en")) {
            for (const QString &w : list)
                m_english.insert(w.toLower(), true);
            continue;
        }
        const int index = static_cast<int>(m_codes.size());
        m_codes << code;
        for (const QString &w : list)
            m_words[w.toLower()].push_back(index);
    }
}

QString LanguageDetector::detect(QStringView sentence) const {
    int counts[ScriptCount] = {};
    int letters = 0;
    int greekRun = 0, longestGreekRun = 0;
    const qsizetype n = sentence.size();
    for (qsizetype i = 0; i < n; ++i) {
        char32_t ucs = sentence[i].unicode();
        if (ucs < 0x80) {
            // ASCII: Latin letters or not letters at all.
            const bool letter = (ucs | 0x20) >= 'a' && (ucs | 0x20) <= 'z';
            counts[Latin] += letter ? 1 : 0;
            letters += letter ? 1 : 0;
            greekRun = 0;
            continue;
        }
        if (sentence[i].isHighSurrogate() && i + 1 < n && sentence[i + 1].isLowSurrogate()) {
            ucs = QChar::surrogateToUcs4(sentence[i], sentence[i + 1]);
            ++i;
        }
        if (!QChar::isLetter(ucs)) {
            greekRun = 0;
            continue;
        }
        const ScriptClass s = classify(ucs);
        ++counts[s];
        ++letters;
        greekRun = s == Greek ? greekRun + 1 : 0;
        longestGreekRun = std::max(longestGreekRun, greekRun);
    }
    if (letters < 2)
        return {};
    // A non-Latin script holding a good share of the letters decides: a Chinese
    // quotation keeps product names in Latin letters ("SDK 5.0的Python兼容性").
    int best = -1;
    for (int s = Han; s < ScriptCount; ++s) {
        if (best < 0 || counts[s] > counts[best])
            best = s;
    }
    if (best >= 0 && counts[best] * 10 >= letters * 4 && counts[best] >= 2) {
        if (best == Greek && (longestGreekRun < 4 || counts[Greek] * 10 < letters * 6))
            return {}; // stray code-page letters in English text
        if (best == Han && counts[Kana] > 0)
            return QStringLiteral("ja");
        return QString::fromLatin1(kScriptCodes[best]);
    }
    if (m_codes.isEmpty())
        return {};
    // Most English sentences are plain ASCII with a common English word among their
    // first words; only other sentences need the full function-word count.
    bool ascii = true;
    for (qsizetype i = 0; i < n && ascii; ++i)
        ascii = sentence[i].unicode() < 0x80;
    if (ascii) {
        QString word;
        word.reserve(16);
        int seen = 0;
        bool englishOpening = false;
        qsizetype i = 0;
        while (i < n && seen < 4 && !englishOpening) {
            if (!sentence[i].isLetter()) {
                ++i;
                continue;
            }
            const qsizetype s = i;
            while (i < n && sentence[i].isLetter())
                ++i;
            ++seen;
            if (i - s > 6)
                continue;
            word.resize(i - s);
            for (qsizetype k = s; k < i; ++k)
                word[k - s] = sentence[k].toLower();
            englishOpening = m_english.contains(word);
        }
        if (englishOpening)
            return {};
    }
    // Latin script: compare function words. Words are folded into one reused buffer,
    // so that the test costs no allocation per word.
    int words = 0, english = 0;
    std::vector<int> perLanguage(static_cast<size_t>(m_codes.size()), 0);
    QString word;
    word.reserve(16);
    qsizetype i = 0;
    while (i < n) {
        if (!sentence[i].isLetter()) {
            ++i;
            continue;
        }
        const qsizetype s = i;
        while (i < n && (sentence[i].isLetter() || sentence[i].isMark()))
            ++i;
        ++words;
        if (i - s > 12)
            continue; // function words are short
        word.resize(i - s);
        for (qsizetype k = s; k < i; ++k)
            word[k - s] = sentence[k].toLower();
        if (m_english.contains(word)) {
            ++english;
            // Plainly English already: no need to look further.
            if (english >= 4 && english * 4 >= words)
                return {};
        }
        const auto it = m_words.constFind(word);
        if (it != m_words.constEnd()) {
            for (int index : *it)
                ++perLanguage[static_cast<size_t>(index)];
        }
    }
    if (words < 4)
        return {};
    int bestLanguage = -1;
    for (int k = 0; k < static_cast<int>(perLanguage.size()); ++k) {
        if (bestLanguage < 0 ||
            perLanguage[static_cast<size_t>(k)] > perLanguage[static_cast<size_t>(bestLanguage)])
            bestLanguage = k;
    }
    const int hits = perLanguage[static_cast<size_t>(bestLanguage)];
    if (hits >= 2 && hits > english && hits * 5 >= words)
        return m_codes[bestLanguage];
    return {};
}

} // namespace cc
