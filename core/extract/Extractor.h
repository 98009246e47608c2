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
    bool cancelled = false;
};

// Document -> sentences -> mentions -> claims, driven by the predicate frames
// in the lexicons. Thread-safe: one Extractor may serve several threads.
class Extractor {
public:
    explicit Extractor(const LexiconSet &lexicons);
    ~Extractor();
    // `cancel` is polled between sentences, so a huge document stops promptly.
    Extraction extract(const Document &doc, const std::atomic_bool *cancel = nullptr) const;

private:
    struct Data;
    std::shared_ptr<const Data> d;
};

} // namespace cc
