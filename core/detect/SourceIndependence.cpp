#include "detect/SourceIndependence.h"

#include "lexicon/LexiconSet.h"

#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <numeric>

namespace cc {

namespace {

QString fold(const QString &s) {
    return s.simplified().toCaseFolded();
}

// Union-find over small integer ids.
struct DisjointSets {
    std::vector<int> parent;
    explicit DisjointSets(size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
    int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }
    void unite(int a, int b) { parent[find(a)] = find(b); }
};

} // namespace

SourceIndependence::SourceIndependence(const LexiconSet &lexicons) {
    for (const LexiconEntry &e : lexicons.entries(QStringLiteral("outlets"))) {
        const QString key = e.string("key").trimmed();
        if (key.isEmpty())
            continue;
        m_aliases.insert(fold(key), key);
        for (const QString &alias : e.strings("aliases"))
            if (!alias.trimmed().isEmpty())
                m_aliases.insert(fold(alias), key);
        for (const QString &host : e.strings("hosts"))
            if (!host.trimmed().isEmpty())
                m_hosts.emplace_back(host.trimmed().toLower(), key);
    }
    // Longest host first so "asia.nikkei.com" wins over "nikkei.com".
    std::sort(m_hosts.begin(), m_hosts.end(), [](const auto &a, const auto &b) {
        return a.first.size() != b.first.size() ? a.first.size() > b.first.size()
                                                : a.first < b.first;
    });
}

QString SourceIndependence::canonicalSource(const QString &cited) const {
    const QString folded = fold(cited);
    if (folded.isEmpty())
        return {};
    if (const auto it = m_aliases.constFind(folded); it != m_aliases.constEnd())
        return *it;
    // A URL: match its host against the outlets' domains (subdomains included).
    static const QRegularExpression hostRe(QStringLiteral("^(?:[a-z][a-z0-9+.-]*://)?(?:www\\.)?"
                                                          "([a-z0-9.-]+\\.[a-z]{2,})(?:[/:?#]|$)"));
    const QRegularExpressionMatch m = hostRe.match(folded);
    if (m.hasMatch()) {
        const QString host = m.captured(1);
        for (const auto &[h, key] : m_hosts) {
            if (host == h || host.endsWith(QLatin1Char('.') + h))
                return key;
        }
        return host;
    }
    // "Reuters: headline" or "Reuters - 9 Mar 2026": the outlet leads the citation.
    static const QRegularExpression leadRe(
        QStringLiteral("^([^:|\\x{2014}\\x{2013}(]+?)\\s*[:|\\x{2014}\\x{2013}(]"));
    const QRegularExpressionMatch lead = leadRe.match(folded);
    if (lead.hasMatch()) {
        if (const auto it = m_aliases.constFind(lead.captured(1)); it != m_aliases.constEnd())
            return *it;
    }
    return cited.simplified();
}

int SourceIndependence::count(const std::vector<const Claim *> &claims,
                              const DocumentIndex &documents) const {
    // Identical documents (same bytes under two names) are one origin.
    auto originOf = [&documents](const Claim &claim) -> QString {
        const Document *doc = documents.value(claim.document, nullptr);
        if (doc && !doc->contentHash.isEmpty())
            return QStringLiteral("hash:") + QString::fromLatin1(doc->contentHash);
        return QStringLiteral("doc:") + claim.document;
    };
    if (claims.empty())
        return 0;
    // Nodes: one per document origin, joined when they cite a common outlet.
    QHash<QString, int> originIds;
    QHash<QString, int> firstBySource;
    std::vector<std::pair<int, int>> links;
    for (const Claim *c : claims) {
        const QString origin = originOf(*c);
        auto it = originIds.constFind(origin);
        if (it == originIds.constEnd())
            it = originIds.insert(origin, static_cast<int>(originIds.size()));
        const int id = *it;
        for (const QString &cited : c->citedSources) {
            const QString source = fold(canonicalSource(cited));
            if (source.isEmpty())
                continue;
            const auto s = firstBySource.constFind(source);
            if (s == firstBySource.constEnd())
                firstBySource.insert(source, id);
            else if (*s != id)
                links.emplace_back(*s, id);
        }
    }
    DisjointSets sets(static_cast<size_t>(originIds.size()));
    for (const auto &[a, b] : links)
        sets.unite(a, b);
    int roots = 0;
    for (int i = 0; i < static_cast<int>(originIds.size()); ++i)
        roots += sets.find(i) == i ? 1 : 0;
    return roots;
}

} // namespace cc
