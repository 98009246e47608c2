#include "extract/TimeTagger.h"

#include "extract/TimeGrammar.h"
#include "extract/TimeLexicon.h"
#include "extract/TimeTokenizer.h"
#include "lexicon/LexiconSet.h"

namespace cc {

struct TimeTagger::Data {
    explicit Data(const LexiconSet &lexicons) : lexicon(lexicons) {
        lexicon.markStarters(&TimeGrammar::canStart);
    }
    TimeLexicon lexicon;
};

TimeTagger::TimeTagger(const LexiconSet &lexicons) : d(std::make_shared<Data>(lexicons)) {}
TimeTagger::~TimeTagger() = default;

QStringList TimeTagger::lexiconErrors() const {
    return d->lexicon.errors();
}

std::vector<Mention> TimeTagger::tag(QStringView text, QDate reference) const {
    std::vector<Mention> out;
    if (text.isEmpty() || d->lexicon.isEmpty())
        return out;
    if (!reference.isValid())
        reference = QDate::currentDate();
    // Tokens are reused per thread: tagging runs once per paragraph, millions of times.
    thread_local std::vector<TimeToken> tokens;
    TimeTokenizer(&d->lexicon).tokenize(text, tokens);
    TimeGrammar::parse(d->lexicon, text, tokens, reference, out);
    return out;
}

} // namespace cc
