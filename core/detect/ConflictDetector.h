#pragma once

#include "model/Claim.h"
#include "model/Conflict.h"
#include "model/Document.h"

#include <QStringList>
#include <functional>
#include <memory>
#include <vector>

namespace cc {

class LexiconSet;
class EntityResolver;

// Claims -> conflicts (DESIGN.md "Conflict"). Groups claims by key (canonical
// subject, attribute, time scope) in one pass, then compares values per type
// within each group. Output is deterministic: conflicts sorted by id, sides by
// first report then value, claims by document and offset.
//
// Variants: for attributes the lexicon marks line_shared (a release date) claims
// about a variant are grouped under its product line and compared with claims
// about the line; sibling variants are never compared with each other. Other
// attributes (sizes, prices) are compared only within one exact subject.
//
// Dates: a coarser date that contains days of two sides joins neither side (it
// contradicts none); one that contains only one side's day joins that side.
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
    // The same with the line relation given directly: the product line of a
    // canonical name, or empty (tests, and callers without a resolver).
    using LineOf = std::function<QString(const QString &)>;
    std::vector<Conflict> detect(const std::vector<Claim> &claims,
                                 const std::vector<Document> &documents,
                                 const LineOf &lineOf) const;
    // Problems found in the "predicates" lexicon ("file:line: ..."); those entries are ignored.
    QStringList errors() const;

private:
    struct Data;
    std::shared_ptr<const Data> d;
};

} // namespace cc
