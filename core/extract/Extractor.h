#pragma once

#include "model/Claim.h"
#include "model/Document.h"
#include "model/Sentence.h"

#include <QStringList>
#include <atomic>
#include <memory>
#include <vector>

namespace cc {

class LexiconSet;

// What extraction made of one document.
struct Extraction {
    std::vector<Sentence> sentences;
    // Claims with subjectSurface filled and subject set to the document-level
    // best guess; EntityResolver canonicalizes subjects across the folder.
    std::vector<Claim> claims;
    // Entity names in order of first mention (feeds folder-level alias resolution).
    QStringList entities;
    // Problems met while extracting ("only the first N claims were kept").
    QStringList warnings;
    bool cancelled = false;
};

// Document -> sentences -> mentions -> claims, driven by the predicate frames
// in the lexicons. Thread-safe: one Extractor may serve several threads.
//
// Per document: the splitter's sentences; English prose (not code, not items
// of a "Sources:" list) is tokenized, names are tagged (title-case lines only
// keep names known from the prose), dates and quantities come from the taggers
// (a quantity overlapping a date is dropped; in a document without a
// publication date, years come from the nearest explicit year of its title or
// an earlier sentence), and the claim frames read claims. Table rows with cells
// give claims by column. Each claim gets its sentence and value spans (UTF-16
// and code points), quote, page, claim date and the citations of its passage.
class Extractor {
public:
    explicit Extractor(const LexiconSet &lexicons);
    ~Extractor();
    // `cancel` is polled between sentences, so a huge document stops promptly.
    Extraction extract(const Document &doc, const std::atomic_bool *cancel = nullptr) const;
    // Problems found in the lexicons extraction reads ("file:line: ...").
    QStringList lexiconErrors() const;

private:
    struct Data;
    std::shared_ptr<const Data> d;
};

} // namespace cc
