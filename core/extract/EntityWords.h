#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <vector>

namespace cc {

class LexiconSet;

// The word lists of the "entities" lexicon, validated: capitalized words that
// are not names, variant words, corporate suffixes, places, anaphors and
// quantity suffixes. Shared by the entity tagger and the folder-level resolver.
class EntityWords {
public:
    explicit EntityWords(const LexiconSet &lexicons);
    // Word lists of the built-in lexicons plus the analyst's per-user folder, loaded once.
    static const EntityWords &standard();

    bool isNonEntity(const QString &word) const {
        return m_nonEntity.contains(word) || m_title.contains(word);
    }
    // A title before a person's name ("CEO", "Minister").
    bool isTitle(const QString &word) const { return m_title.contains(word); }
    // A news outlet (lexicon "outlets", names and aliases): a source, no claim subject.
    bool isOutlet(const QString &name) const { return m_outlet.contains(name.toCaseFolded()); }
    bool isVariant(const QString &word) const { return m_variant.contains(word); }
    bool isCorporateSuffix(const QString &word) const { return m_suffix.contains(word); }
    bool isCorporateSuffixFolded(const QString &folded) const {
        return m_suffixFolded.contains(folded);
    }
    // The same test on a lower-case token (no allocation): a non-entity or title word.
    bool isNonEntityFolded(const QString &folded) const {
        return m_nonEntityFolded.contains(folded);
    }
    // Places by their written form ("South Korea"); also used for possessive folding.
    bool isPlace(const QString &name) const { return m_place.contains(name); }
    // Lower-case anaphor phrases ("it", "the company") and what they stand for.
    struct Anaphor {
        QString phrase;
        bool refersToActor =
            false; // the previous sentence's first name, not its first claim's subject
    };
    const std::vector<Anaphor> &anaphors() const { return m_anaphors; }
    // A token of digits with a glued unit or magnitude ("7nm", "128K").
    bool isQuantityToken(const QString &token) const;

    QStringList errors() const { return m_errors; }

private:
    QSet<QString> m_nonEntity;
    QSet<QString> m_title;
    QSet<QString> m_outlet;
    QSet<QString> m_variant;
    QSet<QString> m_suffix;
    QSet<QString> m_suffixFolded;
    QSet<QString> m_nonEntityFolded;
    QSet<QString> m_place;
    QSet<QString> m_quantitySuffix;
    std::vector<Anaphor> m_anaphors;
    QStringList m_errors;
};

// Canonical comparison form of a name: case folded, hyphens and spaces alike,
// possessive "'s" dropped, a trailing corporate suffix dropped.
QString entityFoldKey(const QString &name, const EntityWords &words);

} // namespace cc
