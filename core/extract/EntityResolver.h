#pragma once

#include "model/Claim.h"

#include <QString>
#include <QStringList>
#include <map>
#include <vector>

namespace cc {

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
class EntityResolver {
public:
    // `entitiesInOrder`: every document's Extraction::entities, in folder order.
    EntityResolver(const std::vector<QStringList> &entitiesInOrder,
                   const std::vector<EntityAlias> &analystAliases);
    QString canonical(const QString &surface) const;
    // The line a variant belongs to ("Acme Z4" for "Acme Z4 Pro"), or empty.
    QString lineOf(const QString &canonicalName) const;
    // Sets claim.subject for each claim from claim.subjectSurface.
    void apply(std::vector<Claim> &claims) const;

private:
    std::map<QString, QString> m_canonical;
    std::map<QString, QString> m_line;
};

} // namespace cc
