#include "extract/SentenceSplitter.h"

#include "lexicon/LexiconSet.h"

namespace cc {

struct SentenceSplitter::Data {};

SentenceSplitter::SentenceSplitter(const LexiconSet &) : d(std::make_shared<Data>()) {}

std::vector<Sentence> SentenceSplitter::split(QStringView text) const { // STUB: one per line
    std::vector<Sentence> out;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == QLatin1Char('\n')) {
            if (i > start)
                out.push_back({start, i, Sentence::Kind::Prose, 0, {}, {}});
            start = i + 1;
        }
    }
    return out;
}

std::vector<Sentence> SentenceSplitter::split(const Document &doc) const { return split(doc.text); }

} // namespace cc
