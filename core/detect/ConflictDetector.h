#pragma once

#include "model/Claim.h"
#include "model/Conflict.h"
#include "model/Document.h"

#include <memory>
#include <vector>

namespace cc {

class LexiconSet;
class EntityResolver;

// Claims -> conflicts (DESIGN.md "Conflict"). Groups claims by key (canonical
// subject, attribute, time scope) in one pass, then compares values per type
// within each group. Output is deterministic: conflicts sorted by id, sides by
// first report then value, claims by document and offset.
class ConflictDetector {
public:
    explicit ConflictDetector(const LexiconSet &lexicons);
    ~ConflictDetector();
    // `documents` need only metadata (text may be empty): publication dates,
    // outlets, cited sources and content hashes feed independence and severity.
    // `entities` relates variants to their product line (may be null).
    // Rejected claims are ignored. Review fields of the result are left at their defaults.
    std::vector<Conflict> detect(const std::vector<Claim> &claims,
                                 const std::vector<Document> &documents,
                                 const EntityResolver *entities = nullptr) const;

private:
    struct Data;
    std::shared_ptr<const Data> d;
};

} // namespace cc
