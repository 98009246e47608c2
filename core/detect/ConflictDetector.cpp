#include "detect/ConflictDetector.h"

#include "extract/EntityResolver.h"
#include "lexicon/LexiconSet.h"

namespace cc {

struct ConflictDetector::Data {};

ConflictDetector::ConflictDetector(const LexiconSet &) : d(std::make_shared<Data>()) {}
ConflictDetector::~ConflictDetector() = default;

std::vector<Conflict> ConflictDetector::detect(const std::vector<Claim> &,
                                               const std::vector<Document> &,
                                               const EntityResolver *) const {
    return {}; // STUB
}

} // namespace cc
