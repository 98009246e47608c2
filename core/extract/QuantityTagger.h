#pragma once

#include "model/Mention.h"

#include <QStringList>
#include <QStringView>
#include <memory>
#include <vector>

namespace cc {

class LexiconSet;
class QuantityLexicon;

// Finds numbers, ordinals, percentages, amounts of money and measures,
// normalized to a base unit with a dimension (lexicons "units", "currencies",
// "magnitudes", "number_words", "quantity_modifiers"; docs/lexicons-quantity.md).
// Mentions sorted by start, non-overlapping; UTF-16 offsets.
//
// "1.6 trillion parameters", "1.6T params" and "~1.6T params (est.)" all give
// 1.6e12 "parameters" (the last approximate); "$8-10B" is 8e9..10e9 USD;
// "at least 60%" is 60..open %; "$0.28 per million input tokens" is 2.8e-7
// "USD/token". Digits inside identifiers ("K200", "Vela-5.5", "720X") are no
// amounts; years and day numbers are tagged as numbers (the extractor drops
// quantities that overlap a date).
class QuantityTagger {
public:
    struct Options {
        // "between 20 and 30" as one range (news); false gives two numbers, as
        // the Recognizers-Text NumberModel expects.
        bool betweenAsRange = true;
    };

    explicit QuantityTagger(const LexiconSet &lexicons);
    QuantityTagger(const LexiconSet &lexicons, Options options);
    ~QuantityTagger();
    std::vector<Mention> tag(QStringView text) const;
    // Problems found in the lexicons ("file:line: ..."); the entries concerned are skipped.
    QStringList errors() const;

private:
    struct Data;
    std::shared_ptr<const Data> d;
};

} // namespace cc
