#pragma once

#include "model/Document.h"

#include <QByteArray>
#include <QString>
#include <vector>

namespace cc {

// What a reader made of one file: one document (most formats), several
// (an mbox), or none with an error saying why the file was skipped.
struct ReadResult {
    std::vector<Document> documents;
    QString error; // non-empty: the file is skipped, with this reason
};

// A format reader. Readers are stateless and registered in ReaderRegistry.
class DocumentReader {
public:
    virtual ~DocumentReader() = default;
    virtual QString format() const = 0; // "txt", "md", "html", ...
    // File name extensions it reads (lower case, no dot).
    virtual QStringList extensions() const = 0;
    // Content sniffing for files whose extension says nothing; default false.
    virtual bool sniff(const QByteArray &head) const;
    // relativePath is the document's path as reports show it. The reader fills
    // path, format, title, published, outlet, citedSources, text, warnings,
    // tables and pageStarts; the scan fills contentHash, fileSize and fileModified.
    virtual ReadResult read(const QByteArray &bytes, const QString &relativePath) const = 0;
};

} // namespace cc
