#pragma once

#include "model/Document.h"

#include <QString>
#include <memory>
#include <optional>
#include <vector>

namespace cc {

class LexiconSet;
class OutletDirectory;

// A hyperlink whose anchor text stands at [start, end) in Document::text
// (HTML <a href>, Markdown [text](url)); citations use its host.
struct TextLink {
    qsizetype start = 0;
    qsizetype end = 0;
    QString url;
};

// Document metadata from the text itself, for every reader: fills what the format
// did not (a title, publication date or outlet already set is kept) and always
// collects the cited sources and the damaged-code-page warning.
//
//  * title: the first heading-like line near the top;
//  * published: a dedicated date line among the first 15 non-empty lines (or a
//    closing "This article was published on ..." line); null when the document
//    states none, never the file's time;
//  * outlet: a known outlet standing alone in a header line;
//  * citations: "Source: A / B — date", "Sources:" lists ("- Outlet: headline"),
//    "Data sources: A, B", URLs (outlet by host, else the bare host), "(Reuters)" and
//    "— Reuters" datelines; names canonical through the outlets lexicon.
class MetadataExtractor {
public:
    // lexicons: where the "outlets" lexicon comes from; nullptr uses OutletDirectory::shared().
    explicit MetadataExtractor(const LexiconSet *lexicons = nullptr);
    ~MetadataExtractor();

    void fillDocument(Document &doc, const std::vector<TextLink> &links = {}) const;
    // One-call form for readers.
    static void fill(Document &doc, const LexiconSet *outlets = nullptr,
                     const std::vector<TextLink> &links = {});

    // The parts, for readers that know more and for tests.
    QString findTitle(const QString &text) const;
    // The same, passing over the lines of the document's table rows.
    QString findTitle(const QString &text, const std::vector<TableRow> &tableRows) const;
    std::optional<DateInterval> findPublicationDate(const QString &text) const;
    QString findOutlet(const QString &text) const;
    std::vector<Citation> findCitations(const QString &text,
                                        const std::vector<TextLink> &links = {}) const;
    // Canonical name of an outlet ("SCMP" -> the lexicon's key), the name itself when unknown.
    QString canonicalOutlet(const QString &name) const;
    // The lexicon's key for a known outlet, empty when the outlets lexicon does not know it.
    QString knownOutlet(const QString &name) const;
    // Outlet for a URL or host: the lexicon's key, else the bare host.
    QString outletForUrl(const QString &url) const;

private:
    std::shared_ptr<const OutletDirectory> m_outlets;
};

} // namespace cc
