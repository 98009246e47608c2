#pragma once

#include "model/Mention.h"

#include <QDate>
#include <QStringList>
#include <QStringView>
#include <memory>
#include <vector>

namespace cc {

class LexiconSet;

// Finds date and time expressions and resolves them to day intervals.
// Years missing from the text are inferred from `reference` (the document
// date); relative expressions ("yesterday", "last Tuesday") resolve against it.
// Vocabulary comes from the "time" lexicon (docs/lexicons-time.md). Expressions
// anchored to an event the text names ("four days after the launch", "three
// weeks later") and vague ones ("in the next few days") are tagged without a value.
// Mentions come out sorted by start, non-overlapping; offsets are UTF-16 indices into `text`.
class TimeTagger {
public:
    explicit TimeTagger(const LexiconSet &lexicons);
    ~TimeTagger();
    std::vector<Mention> tag(QStringView text, QDate reference) const;
    // Problems in the "time" lexicon (each starts with file:line); the tagger
    // still runs on the entries that loaded.
    QStringList lexiconErrors() const;

private:
    struct Data;
    std::shared_ptr<const Data> d;
};

} // namespace cc
