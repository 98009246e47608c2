#pragma once

#include "model/Claim.h"

#include <QString>
#include <QStringList>
#include <map>
#include <memory>
#include <vector>

namespace cc {

class EntityWords;
class LexiconSet;

// An analyst's decision that a surface name means an entity ("merge"); an
// empty canonical name undoes the folder's automatic folding for that surface ("split").
struct EntityAlias {
    QString surface;
    QString canonical;
};

// Folder-level entity canonicalization: short forms to the full name mentioned
// earlier in the folder ("Z4 Pro" after "Acme Z4 Pro"), possessive and hyphen
// variants folded, variants related to their line ("Z4 Pro" is a variant of "Z4").
// The analyst's aliases override everything.
//
// Rules: names compare by entityFoldKey (case, hyphens, possessive and corporate
// suffixes ignored). A short form with a model number or of two or more words
// ("Z4", "Z4 Pro") resolves to the longer name ending with it ("Acme Z4",
// "Acme Z4 Pro"), the one named in most documents winning, then the earliest;
// the lines of names count as names ("Acme Z4" from "Acme Z4 Pro"). A name whose
// last word is a variant word (entities lexicon) belongs to the line without it.
// Shown names prefer the spaced spelling and the one without corporate suffix.
class EntityResolver {
public:
    // `entitiesInOrder`: every document's Extraction::entities, in folder order.
    // Variant words and suffixes come from the built-in and per-user lexicons.
    EntityResolver(const std::vector<QStringList> &entitiesInOrder,
                   const std::vector<EntityAlias> &analystAliases);
    // The same with the lexicons of a project (its own entity words).
    EntityResolver(const std::vector<QStringList> &entitiesInOrder,
                   const std::vector<EntityAlias> &analystAliases, const LexiconSet &lexicons);
    // The same with word lists already loaded (they must outlive the resolver).
    EntityResolver(const std::vector<QStringList> &entitiesInOrder,
                   const std::vector<EntityAlias> &analystAliases, const EntityWords &words);
    ~EntityResolver();
    EntityResolver(const EntityResolver &) = delete;
    EntityResolver &operator=(const EntityResolver &) = delete;

    QString canonical(const QString &surface) const;
    // The line a variant belongs to ("Acme Z4" for "Acme Z4 Pro"), or empty.
    QString lineOf(const QString &canonicalName) const;
    // Sets claim.subject for each claim from claim.subjectSurface, and
    // canonicalizes category values that are names.
    void apply(std::vector<Claim> &claims) const;

private:
    void build(const std::vector<QStringList> &entitiesInOrder,
               const std::vector<EntityAlias> &analystAliases);
    QString key(const QString &name) const;
    // Fold key of the line of a display name, empty when it is no variant.
    QString lineKeyOf(const QString &display) const;
    QString displayOf(const QString &key) const;
    QString resolveKey(const QString &key) const;

    std::unique_ptr<EntityWords> m_ownWords;
    const EntityWords *m_words = nullptr;
    // fold key -> shown name
    std::map<QString, QString> m_canonical;
    // fold key of a short form -> fold key of the full name
    std::map<QString, QString> m_short;
    // fold key -> fold key of its line
    std::map<QString, QString> m_line;
    // fold key -> analyst's canonical name (empty: split, keep the surface)
    std::map<QString, QString> m_alias;
};

} // namespace cc
