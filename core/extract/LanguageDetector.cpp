#include "extract/LanguageDetector.h"

#include "extract/WordTokenizer.h"
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
    // quotation keeps product names in Latin letters ("CANN 5.0的PyTorch兼容性").
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
    // Latin script: compare function words.
    const std::vector<Token> tokens = WordTokenizer::tokenize(sentence);
    int words = 0, english = 0;
    std::vector<int> perLanguage(static_cast<size_t>(m_codes.size()), 0);
    for (const Token &t : tokens) {
        if (t.kind != Token::Kind::Word)
            continue;
        ++words;
        if (m_english.contains(t.folded))
            ++english;
        const auto it = m_words.constFind(t.folded);
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
