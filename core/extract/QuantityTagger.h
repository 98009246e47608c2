#pragma once

#include "model/Mention.h"

#include <QStringView>
#include <memory>
#include <vector>

namespace cc {

class LexiconSet;

// Finds numbers, percentages, amounts of money and measures, normalized to a
// base unit with a dimension (lexicons "units", "currencies", "magnitudes",
// "number_words"). Mentions sorted by start, non-overlapping; UTF-16 offsets.
class QuantityTagger {
public:
    explicit QuantityTagger(const LexiconSet &lexicons);
    ~QuantityTagger();
    std::vector<Mention> tag(QStringView text) const;

private:
    struct Data;
    std::shared_ptr<const Data> d;
};

} // namespace cc
