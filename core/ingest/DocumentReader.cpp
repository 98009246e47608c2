#include "ingest/DocumentReader.h"

namespace cc {

bool DocumentReader::sniff(const QByteArray &head) const {
    Q_UNUSED(head);
    return false;
}

} // namespace cc
