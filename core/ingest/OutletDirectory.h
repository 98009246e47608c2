#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <memory>

namespace cc {

class LexiconSet;

// The "outlets" lexicon as lookups: canonical names for aliases, outlets by web host,
// wire services. Entries: {"key": canonical name, "aliases": [..], "hosts": [..],
// "wire": bool}; a bad entry is reported with its file and line and skipped.
class OutletDirectory {
public:
    OutletDirectory() = default;
    explicit OutletDirectory(const LexiconSet &lexicons);

    // The canonical name of a known outlet (exact spelling first, then ignoring case),
    // empty when unknown.
    QString canonical(const QString &name) const;
    // Exact spelling only: for finding outlet names in running text ("(Reuters)").
    QString canonicalExact(const QString &name) const;
    // The outlet a web host or URL belongs to ("www.reuters.com", "https://apnews.com/x"),
    // matching subdomains; empty when unknown.
    QString byHost(const QString &hostOrUrl) const;
    bool isWire(const QString &canonicalName) const;
    bool isEmpty() const { return m_exact.isEmpty(); }
    QStringList errors() const { return m_errors; }

    // The host of a URL without "www.", lower case ("reuters.com"), empty when not a URL.
    static QString hostOf(const QString &url);

    // The directory readers use when nobody gave them lexicons: built from the
    // lexicons installed with setShared(), else from LexiconSet::loadDefault().
    static std::shared_ptr<const OutletDirectory> shared();
    // Installs the project's lexicons for every later read (thread-safe).
    static void setShared(const LexiconSet &lexicons);

private:
    QHash<QString, QString> m_exact;  // name or alias -> key
    QHash<QString, QString> m_folded; // case-folded name or alias -> key
    QHash<QString, QString> m_hosts;  // host -> key
    QSet<QString> m_wires;
    QStringList m_errors;
};

} // namespace cc
