#include "extract/PhraseMatcher.h"

namespace cc {

bool PhraseMatcher::add(const QString &phrase, int id) {
    const std::vector<Token> tokens = WordTokenizer::tokenize(phrase);
    if (tokens.empty())
        return false;
    Phrase p;
    p.id = id;
    for (const Token &t : tokens)
        p.words << t.folded;
    auto &list = m_byFirst[p.words.front()];
    // Longer phrases first so that the first full match is the longest.
    auto pos = std::find_if(list.begin(), list.end(),
                            [&](const Phrase &o) { return o.words.size() < p.words.size(); });
    list.insert(pos, std::move(p));
    return true;
}

std::vector<PhraseMatch> PhraseMatcher::matchAllAt(const std::vector<Token> &tokens, int at) const {
    std::vector<PhraseMatch> out;
    if (at < 0 || at >= static_cast<int>(tokens.size()))
        return out;
    const auto it = m_byFirst.constFind(tokens[static_cast<size_t>(at)].folded);
    if (it == m_byFirst.constEnd())
        return out;
    for (const Phrase &p : *it) {
        const int len = static_cast<int>(p.words.size());
        if (at + len > static_cast<int>(tokens.size()))
            continue;
        bool ok = true;
        for (int k = 1; k < len && ok; ++k)
            ok = tokens[static_cast<size_t>(at + k)].folded == p.words[k];
        if (ok)
            out.push_back({at, at + len, p.id});
    }
    return out;
}

PhraseMatch PhraseMatcher::longestAt(const std::vector<Token> &tokens, int at) const {
    const std::vector<PhraseMatch> all = matchAllAt(tokens, at);
    return all.empty() ? PhraseMatch{at, at, -1} : all.front();
}

std::vector<PhraseMatch> PhraseMatcher::findAll(const std::vector<Token> &tokens) const {
    std::vector<PhraseMatch> out;
    const int n = static_cast<int>(tokens.size());
    for (int i = 0; i < n;) {
        const PhraseMatch m = longestAt(tokens, i);
        if (m.end > m.begin) {
            out.push_back(m);
            i = m.end;
        } else {
            ++i;
        }
    }
    return out;
}

std::vector<PhraseMatch> PhraseMatcher::findEvery(const std::vector<Token> &tokens) const {
    std::vector<PhraseMatch> out;
    const int n = static_cast<int>(tokens.size());
    for (int i = 0; i < n; ++i) {
        const std::vector<PhraseMatch> at = matchAllAt(tokens, i);
        out.insert(out.end(), at.begin(), at.end());
    }
    return out;
}

} // namespace cc
