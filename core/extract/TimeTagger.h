#pragma once

#include "model/Mention.h"

#include <QDate>
#include <QStringView>
#include <memory>
#include <vector>

namespace cc {

class LexiconSet;

// Finds date and time expressions and resolves them to day intervals.
// Years missing from the text are inferred from `reference` (the document
// date); relative expressions ("yesterday", "last Tuesday") resolve against it.
// Mentions come out sorted by start, non-overlapping; offsets are UTF-16 indices into `text`.
class TimeTagger {
public:
    explicit TimeTagger(const LexiconSet &lexicons);
    ~TimeTagger();
    std::vector<Mention> tag(QStringView text, QDate reference) const;

private:
    struct Data;
    std::shared_ptr<const Data> d;
};

} // namespace cc
