#include "extract/EntityResolver.h"

namespace cc {

EntityResolver::EntityResolver(const std::vector<QStringList> &, // STUB
                               const std::vector<EntityAlias> &analystAliases) {
    for (const EntityAlias &a : analystAliases)
        m_canonical[a.surface] = a.canonical;
}

QString EntityResolver::canonical(const QString &surface) const {
    const auto it = m_canonical.find(surface);
    return it == m_canonical.end() || it->second.isEmpty() ? surface : it->second;
}

QString EntityResolver::lineOf(const QString &canonicalName) const {
    const auto it = m_line.find(canonicalName);
    return it == m_line.end() ? QString() : it->second;
}

void EntityResolver::apply(std::vector<Claim> &claims) const {
    for (Claim &c : claims)
        c.subject = canonical(c.subjectSurface);
}

} // namespace cc
