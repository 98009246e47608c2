#include "ingest/TextReader.h"

#include "ingest/MetadataExtractor.h"
#include "ingest/TextDecoder.h"

namespace cc {

ReadResult TextReader::read(const QByteArray &bytes, const QString &relativePath) const {
    ReadResult result;
    DecodedText decoded = TextDecoder::decode(bytes);
    if (!decoded.ok()) {
        result.error = decoded.error;
        return result;
    }
    Document doc;
    doc.path = relativePath;
    doc.format = format();
    doc.text = std::move(decoded.text);
    doc.warnings = decoded.warnings;
    MetadataExtractor::fill(doc);
    result.documents.push_back(std::move(doc));
    return result;
}

} // namespace cc
