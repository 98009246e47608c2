#include "ingest/OutletDirectory.h"

#include "lexicon/LexiconSet.h"

#include <QJsonArray>
#include <QMutex>
#include <QMutexLocker>
#include <QUrl>

namespace cc {

namespace {

QString fold(const QString &name) {
    return name.simplified().toCaseFolded();
}

// Reads a field that must be a list of strings (a single string is accepted too).
bool readStrings(const LexiconEntry &entry, const char *field, QStringList *out, QString *error) {
    const QJsonValue v = entry.object.value(QLatin1String(field));
    if (v.isUndefined() || v.isNull())
        return true;
    if (v.isString()) {
        *out << v.toString();
        return true;
    }
    if (!v.isArray()) {
        *error = QStringLiteral("%1: outlets entry \"%2\": \"%3\" must be a list of strings")
                     .arg(entry.where(), entry.string("key"), QLatin1String(field));
        return false;
    }
    for (const QJsonValue &item : v.toArray()) {
        if (!item.isString()) {
            *error = QStringLiteral("%1: outlets entry \"%2\": \"%3\" must be a list of strings")
                         .arg(entry.where(), entry.string("key"), QLatin1String(field));
            return false;
        }
        *out << item.toString();
    }
    return true;
}

QMutex g_sharedMutex;
std::shared_ptr<const OutletDirectory> g_shared;

} // namespace

OutletDirectory::OutletDirectory(const LexiconSet &lexicons) {
    QStringList keys;
    for (const LexiconEntry &entry : lexicons.entries(QStringLiteral("outlets"))) {
        const QJsonValue keyValue = entry.object.value(QLatin1String("key"));
        const QString key = keyValue.toString().simplified();
        if (!keyValue.isString() || key.isEmpty()) {
            m_errors << entry.where() + QStringLiteral(": outlets entry needs a \"key\" string");
            continue;
        }
        QStringList aliases, hosts;
        QString error;
        if (!readStrings(entry, "aliases", &aliases, &error) ||
            !readStrings(entry, "hosts", &hosts, &error)) {
            m_errors << error;
            continue;
        }
        const QJsonValue wire = entry.object.value(QLatin1String("wire"));
        if (!wire.isUndefined() && !wire.isBool()) {
            m_errors << QStringLiteral("%1: outlets entry \"%2\": \"wire\" must be true or false")
                            .arg(entry.where(), key);
            continue;
        }
        if (wire.toBool())
            m_wires.insert(key);
        // Aliases first, keys after all entries: an outlet's own name is never taken
        // by another outlet's alias.
        keys << key;
        for (const QString &alias : aliases) {
            const QString a = alias.simplified();
            if (a.isEmpty())
                continue;
            m_exact.insert(a, key);
            m_folded.insert(fold(a), key);
        }
        for (const QString &host : hosts) {
            const QString h = hostOf(
                host.contains(QLatin1String("://")) ? host : QStringLiteral("https://") + host);
            if (h.isEmpty()) {
                m_errors << QStringLiteral("%1: outlets entry \"%2\": \"%3\" is not a host name")
                                .arg(entry.where(), key, host);
                continue;
            }
            m_hosts.insert(h, key);
        }
    }
    for (const QString &key : keys) {
        m_exact.insert(key, key);
        m_folded.insert(fold(key), key);
    }
}

QString OutletDirectory::canonicalExact(const QString &name) const {
    return m_exact.value(name.simplified());
}

QString OutletDirectory::canonical(const QString &name) const {
    const QString exact = canonicalExact(name);
    if (!exact.isEmpty())
        return exact;
    return m_folded.value(fold(name));
}

QString OutletDirectory::hostOf(const QString &url) {
    QString s = url.trimmed();
    if (!s.contains(QLatin1String("://")))
        s.prepend(QStringLiteral("https://"));
    const QUrl u(s, QUrl::TolerantMode);
    QString host = u.host().toLower();
    if (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    if (host.startsWith(QLatin1String("www.")))
        host.remove(0, 4);
    // A host has a dot and only host characters.
    if (!host.contains(QLatin1Char('.')))
        return QString();
    for (QChar c : host) {
        if (!(c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('-')))
            return QString();
    }
    return host;
}

QString OutletDirectory::byHost(const QString &hostOrUrl) const {
    QString host = hostOf(hostOrUrl);
    // "edition.cnn.com" belongs to "cnn.com"; stop before the bare top-level domain.
    while (host.count(QLatin1Char('.')) >= 1) {
        const auto it = m_hosts.constFind(host);
        if (it != m_hosts.constEnd())
            return it.value();
        host = host.section(QLatin1Char('.'), 1);
    }
    return QString();
}

bool OutletDirectory::isWire(const QString &canonicalName) const {
    return m_wires.contains(canonicalName);
}

std::shared_ptr<const OutletDirectory> OutletDirectory::shared() {
    QMutexLocker lock(&g_sharedMutex);
    if (!g_shared)
        g_shared = std::make_shared<const OutletDirectory>(LexiconSet::loadDefault());
    return g_shared;
}

void OutletDirectory::setShared(const LexiconSet &lexicons) {
    auto directory = std::make_shared<const OutletDirectory>(lexicons);
    QMutexLocker lock(&g_sharedMutex);
    g_shared = std::move(directory);
}

} // namespace cc
