#include "extract/Extractor.h"

#include "extract/SentenceSplitter.h"
#include "lexicon/LexiconSet.h"

namespace cc {

struct Extractor::Data {
    explicit Data(const LexiconSet &lex) : splitter(lex) {}
    SentenceSplitter splitter;
};

Extractor::Extractor(const LexiconSet &lexicons) : d(std::make_shared<Data>(lexicons)) {}
Extractor::~Extractor() = default;

Extraction Extractor::extract(const Document &doc, const std::atomic_bool *) const { // STUB
    Extraction out;
    out.sentences = d->splitter.split(doc);
    return out;
}

} // namespace cc
