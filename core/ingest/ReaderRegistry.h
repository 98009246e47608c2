#pragma once

#include "ingest/DocumentReader.h"

#include <memory>
#include <vector>

namespace cc {

// The one table of format readers, chosen by extension, then by content sniffing.
class ReaderRegistry {
public:
    // Registry with every reader this build supports.
    static const ReaderRegistry &standard();

    void add(std::unique_ptr<DocumentReader> reader);
    // nullptr when no reader claims the file (the scan reports "unsupported format").
    const DocumentReader *readerFor(const QString &fileName, const QByteArray &head) const;
    QStringList formats() const;

private:
    std::vector<std::unique_ptr<DocumentReader>> m_readers;
};

} // namespace cc
