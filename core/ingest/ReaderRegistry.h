#pragma once

#include "ingest/DocumentReader.h"

#include <memory>
#include <vector>

namespace cc {

// The one table of format readers, chosen by extension, then by content sniffing:
// a reader's own sniff() (an HTML page saved without extension, a PDF named
// ".download"), then bytes that are not text get a reader whose read() says
// "binary file, not read", then a file without an extension that decodes as text is
// plain text. A text file with an extension nobody reads is "unsupported format".
class ReaderRegistry {
public:
    ReaderRegistry();

    // Registry with every reader this build supports.
    static const ReaderRegistry &standard();

    void add(std::unique_ptr<DocumentReader> reader);
    // nullptr when no reader claims the file (the scan reports "unsupported format").
    const DocumentReader *readerFor(const QString &fileName, const QByteArray &head) const;
    QStringList formats() const;
    // The reader registered for a format ("txt"), nullptr when none.
    const DocumentReader *readerForFormat(const QString &format) const;
    // The file name's extension as the registry understands it: lower case, empty when
    // the name has none or its last dot starts no extension ("Brief 29.04.2026").
    static QString extensionOf(const QString &fileName);

private:
    std::vector<std::unique_ptr<DocumentReader>> m_readers;
    std::unique_ptr<DocumentReader> m_binary;
};

} // namespace cc
