#include "ingest/BinaryFileReader.h"

namespace cc {

ReadResult BinaryFileReader::read(const QByteArray &bytes, const QString &relativePath) const {
    Q_UNUSED(bytes);
    Q_UNUSED(relativePath);
    ReadResult result;
    result.error = reason();
    return result;
}

} // namespace cc
