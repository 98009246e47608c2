#include "extract/QuantityTagger.h"

#include "lexicon/LexiconSet.h"

namespace cc {

struct QuantityTagger::Data {};

QuantityTagger::QuantityTagger(const LexiconSet &) : d(std::make_shared<Data>()) {}
QuantityTagger::~QuantityTagger() = default;

std::vector<Mention> QuantityTagger::tag(QStringView) const { return {}; } // STUB

} // namespace cc
