#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <vector>

namespace cc {

class LexiconSet;

// Recognises sentences that are not English, so that the English lexicons skip
// them: by script for CJK, Cyrillic, Arabic and the like, and by function words
// (lexicon "languages") for Latin-script languages. Stray Greek letters left by
// a wrong code page in English text do not make a sentence Greek.
class LanguageDetector {
public:
    explicit LanguageDetector(const LexiconSet &lexicons);
    // Language code ("zh", "ja", "de", ...) or empty for English and for text too short to tell.
    QString detect(QStringView sentence) const;
    // English function words (from the "en" entry), lower case: common sentence openers.
    bool isEnglishFunctionWord(const QString &folded) const { return m_english.contains(folded); }
    QStringList errors() const { return m_errors; }

private:
    QHash<QString, bool> m_english;
    // word -> indices of the languages listing it
    QHash<QString, std::vector<int>> m_words;
    QStringList m_codes;
    QStringList m_errors;
};

} // namespace cc
