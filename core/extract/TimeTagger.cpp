#include "extract/TimeTagger.h"

#include "lexicon/LexiconSet.h"

namespace cc {

struct TimeTagger::Data {};

TimeTagger::TimeTagger(const LexiconSet &) : d(std::make_shared<Data>()) {}
TimeTagger::~TimeTagger() = default;

std::vector<Mention> TimeTagger::tag(QStringView, QDate) const { return {}; } // STUB

} // namespace cc
