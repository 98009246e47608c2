#pragma once

#include "extract/TimeTokenizer.h"
#include "model/Mention.h"

#include <QDate>
#include <QStringView>
#include <vector>

namespace cc {

class TimeLexicon;

// The structure of English date and time expressions, over TimeTokens: which
// sequences of months, numbers, weekdays, shifts ("next"), parts ("early"),
// bounds ("by", "since") and connectors ("-", "to", "between ... and") make a
// date, and what day interval each one means relative to the reference date.
// Vocabulary comes from the lexicon; only roles appear here.
class TimeGrammar {
public:
    // Appends the mentions found in `tokens` (of `text`), sorted and non-overlapping.
    static void parse(const TimeLexicon &lexicon, QStringView text,
                      const std::vector<TimeToken> &tokens, QDate reference,
                      std::vector<Mention> &out);
    // Whether an expression can start with a word of these roles (TimeLexicon::markStarters).
    static bool canStart(const TimeWord &word);
};

} // namespace cc
