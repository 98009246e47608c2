#pragma once

#include "extract/WordTokenizer.h"

#include <QSet>
#include <QString>
#include <QStringView>
#include <vector>

namespace cc {

class EntityWords;

// A candidate name in a sentence.
struct EntityMention {
    int first = 0; // token range [first, last)
    int last = 0;
    qsizetype start = 0; // UTF-16 span in the document text
    qsizetype end = 0;
    // The name as written, a possessive before a model name folded in
    // ("Acme's Z4" -> "Acme Z4"), hyphens kept ("Acme-Z4").
    QString name;
    bool strong = false; // has digits, camel case or capitals: a name even in a title
    bool place = false;
    bool person = false;     // a title stands before it ("CEO Jane Roe")
    bool outlet = false;     // a news outlet: a source, not a subject
    bool possessive = false; // "'s" follows the mention
};

// Finds candidate names: capitalized sequences, camel case, names with model
// numbers ("X-7", "Vela 3", "Orbit-2.1", "Z4 Pro"). Words of the "entities"
// lexicon that are never names break sequences. In title-case lines (headings)
// only names known from the document's prose, and strong tokens, count.
class EntityTagger {
public:
    // What the document's other sentences tell about its names.
    struct DocumentContext {
        // Capitalized words seen somewhere other than at a sentence start (lower case).
        QSet<QString> capitalizedMidSentence;
        // Fold keys of names found in prose, and their word prefixes.
        QSet<QString> knownNames;
        // Words the document also writes in lower case: common words, not names.
        QSet<QString> lowercaseWords;
    };

    explicit EntityTagger(const EntityWords &words);

    std::vector<EntityMention> tag(const std::vector<Token> &tokens, QStringView docText,
                                   const DocumentContext &context, bool titleCase) const;
    // Most longer words capitalized: a heading or title-case table of contents line.
    static bool isTitleCase(const std::vector<Token> &tokens, QStringView docText);
    // Adds the capitalized words of a sentence that do not open it, and its lower-case words.
    static void collectCapitalized(const std::vector<Token> &tokens, QStringView docText,
                                   QSet<QString> &out, QSet<QString> *lowercase = nullptr);
    void addKnown(const EntityMention &mention, QSet<QString> &known) const;

private:
    bool isNameWord(const Token &t, QStringView raw) const;
    const EntityWords &m_words;
};

} // namespace cc
