#include "extract/EntityResolver.h"

#include "extract/EntityWords.h"
#include "lexicon/LexiconSet.h"

#include <QHash>

namespace cc {

namespace {

bool hasDigit(const QString &s) {
    for (QChar c : s) {
        if (c.isDigit())
            return true;
    }
    return false;
}

QString lastWord(const QString &s) {
    const qsizetype i = std::max(s.lastIndexOf(QLatin1Char(' ')), s.lastIndexOf(QLatin1Char('-')));
    return i < 0 ? s : s.mid(i + 1);
}

} // namespace

EntityResolver::EntityResolver(const std::vector<QStringList> &entitiesInOrder,
                               const std::vector<EntityAlias> &analystAliases)
    : m_words(&EntityWords::standard()) {
    build(entitiesInOrder, analystAliases);
}

EntityResolver::EntityResolver(const std::vector<QStringList> &entitiesInOrder,
                               const std::vector<EntityAlias> &analystAliases,
                               const LexiconSet &lexicons)
    : m_ownWords(std::make_unique<EntityWords>(lexicons)), m_words(m_ownWords.get()) {
    build(entitiesInOrder, analystAliases);
}

EntityResolver::EntityResolver(const std::vector<QStringList> &entitiesInOrder,
                               const std::vector<EntityAlias> &analystAliases,
                               const EntityWords &words)
    : m_words(&words) {
    build(entitiesInOrder, analystAliases);
}

EntityResolver::~EntityResolver() = default;

QString EntityResolver::key(const QString &name) const {
    return entityFoldKey(name, *m_words);
}

QString EntityResolver::lineKeyOf(const QString &display) const {
    const QString last = lastWord(display.trimmed());
    if (last.size() == display.trimmed().size() || !m_words->isVariant(last))
        return {};
    const QString line = display.trimmed().chopped(last.size() + 1);
    return line.trimmed().isEmpty() ? QString() : key(line);
}

void EntityResolver::build(const std::vector<QStringList> &entitiesInOrder,
                           const std::vector<EntityAlias> &analystAliases) {
    struct Info {
        QString display;
        int displayScore = 0;
        int documents = 0;
        int firstIndex = 0;
        int lastDocument = -1;
    };
    QHash<QString, Info> infos;
    int index = 0;
    for (size_t doc = 0; doc < entitiesInOrder.size(); ++doc) {
        for (const QString &rawName : entitiesInOrder[doc]) {
            const QString name = rawName.trimmed();
            if (name.isEmpty())
                continue;
            const QString k = key(name);
            if (k.isEmpty())
                continue;
            // Spaced spellings and names without corporate suffix read best.
            int score = 0;
            if (name.contains(QLatin1Char('-')))
                score += 2;
            if (k.count(QLatin1Char(' ')) < name.count(QLatin1Char(' ')))
                score += 4;
            if (name.endsWith(QLatin1String("'s")) ||
                name.endsWith(QString(QChar(0x2019)) + QLatin1Char('s')))
                score += 8;
            auto it = infos.find(k);
            if (it == infos.end()) {
                Info info;
                info.display = name;
                info.displayScore = score;
                info.firstIndex = index;
                it = infos.insert(k, info);
            } else if (score < it->displayScore) {
                it->display = name;
                it->displayScore = score;
            }
            if (it->lastDocument != static_cast<int>(doc)) {
                ++it->documents;
                it->lastDocument = static_cast<int>(doc);
            }
            ++index;
        }
    }
    // Lines of variants count as names, even when never written alone.
    const QStringList keys = infos.keys();
    for (const QString &k : keys) {
        const Info info = infos.value(k);
        const QString lineKey = lineKeyOf(info.display);
        if (lineKey.isEmpty())
            continue;
        m_line[k] = lineKey;
        if (!infos.contains(lineKey)) {
            Info line;
            line.display = info.display.chopped(lastWord(info.display).size() + 1).trimmed();
            if (line.display.endsWith(QLatin1Char('-')))
                line.display.chop(1);
            line.documents = info.documents;
            line.firstIndex = info.firstIndex;
            line.displayScore = 100;
            infos.insert(lineKey, line);
        }
    }
    for (auto it = infos.cbegin(); it != infos.cend(); ++it)
        m_canonical[it.key()] = it->display;

    // Short forms: a key whose words end a longer key.
    QHash<QString, std::vector<QString>> bySuffix; // suffix key -> longer keys ending with it
    for (auto it = infos.cbegin(); it != infos.cend(); ++it) {
        const QString &k = it.key();
        for (qsizetype i = 0; i < k.size(); ++i) {
            if (k[i] == QLatin1Char(' '))
                bySuffix[k.mid(i + 1)].push_back(k);
        }
    }
    // Every specific word suffix gets its best full name, so that short forms never
    // listed themselves ("Z4" beside "Acme Z4 Pro") resolve too.
    for (auto it = bySuffix.cbegin(); it != bySuffix.cend(); ++it) {
        const QString &k = it.key();
        const bool specific = hasDigit(k) || k.contains(QLatin1Char(' '));
        if (!specific || (infos.contains(k) && m_words->isPlace(infos[k].display)))
            continue;
        const auto longer = it;
        QString best;
        for (const QString &candidate : *longer) {
            if (best.isEmpty()) {
                best = candidate;
                continue;
            }
            const Info &a = infos[candidate];
            const Info &b = infos[best];
            // Most documents, then fewest words (the line before its variants), then earliest.
            const int wa = static_cast<int>(candidate.count(QLatin1Char(' ')));
            const int wb = static_cast<int>(best.count(QLatin1Char(' ')));
            if (a.documents != b.documents ? a.documents > b.documents
                                           : (wa != wb ? wa < wb : a.firstIndex < b.firstIndex))
                best = candidate;
        }
        m_short[k] = best;
    }
    // "Z4 Flash" when only "Acme Z4" is named in full: the line's full name plus the variant.
    for (auto it = infos.cbegin(); it != infos.cend(); ++it) {
        const QString &k = it.key();
        if (m_short.count(k))
            continue;
        const auto line = m_line.find(k);
        if (line == m_line.end())
            continue;
        const auto full = m_short.find(line->second);
        if (full == m_short.end())
            continue;
        const QString variant = lastWord(it->display);
        const QString fullDisplay = displayOf(full->second) + QLatin1Char(' ') + variant;
        const QString fullKey = key(fullDisplay);
        if (!m_canonical.count(fullKey))
            m_canonical[fullKey] = fullDisplay;
        m_line[fullKey] = full->second;
        m_short[k] = fullKey;
    }
    for (const EntityAlias &a : analystAliases)
        m_alias[key(a.surface)] = a.canonical.trimmed();
}

QString EntityResolver::displayOf(const QString &k) const {
    const auto it = m_canonical.find(k);
    return it == m_canonical.end() ? QString() : it->second;
}

QString EntityResolver::resolveKey(const QString &k) const {
    QString current = k;
    // Follow short forms a few steps ("Z4" -> "Acme Z4"); guard against cycles.
    for (int step = 0; step < 4; ++step) {
        const auto it = m_short.find(current);
        if (it == m_short.end() || it->second == current)
            break;
        current = it->second;
    }
    return current;
}

QString EntityResolver::canonical(const QString &surface) const {
    const QString name = surface.trimmed();
    if (name.isEmpty())
        return name;
    const QString k = key(name);
    const auto alias = m_alias.find(k);
    if (alias != m_alias.end())
        return alias->second.isEmpty() ? name : alias->second;
    const QString resolved = resolveKey(k);
    const auto resolvedAlias = m_alias.find(resolved);
    if (resolvedAlias != m_alias.end() && !resolvedAlias->second.isEmpty())
        return resolvedAlias->second;
    const QString shown = displayOf(resolved);
    if (!shown.isEmpty())
        return shown;
    // An unlisted variant of a known line: the line's full name plus the variant word.
    const QString lineKey = lineKeyOf(name);
    if (!lineKey.isEmpty()) {
        const QString line = displayOf(resolveKey(lineKey));
        if (!line.isEmpty())
            return line + QLatin1Char(' ') + lastWord(name);
    }
    return name;
}

QString EntityResolver::lineOf(const QString &canonicalName) const {
    const QString k = key(canonicalName);
    auto it = m_line.find(k);
    QString lineKey;
    if (it != m_line.end())
        lineKey = it->second;
    else
        lineKey = lineKeyOf(canonicalName);
    if (lineKey.isEmpty())
        return {};
    const QString resolved = resolveKey(lineKey);
    const QString shown = displayOf(resolved);
    if (!shown.isEmpty())
        return shown;
    const QString last = lastWord(canonicalName.trimmed());
    return canonicalName.trimmed().chopped(last.size() + 1).trimmed();
}

void EntityResolver::apply(std::vector<Claim> &claims) const {
    for (Claim &c : claims) {
        if (!c.subjectSurface.isEmpty())
            c.subject = canonical(c.subjectSurface);
        if (c.value.type == ClaimValue::Type::Category && !c.value.term.isEmpty() &&
            c.value.term[0].isUpper())
            c.value.term = canonical(c.value.term);
    }
}

} // namespace cc
