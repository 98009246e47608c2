#include "extract/QuantityPhraseTable.h"

#include <algorithm>

namespace cc {

bool QuantityPhraseTable::add(QStringView phrase, bool caseSensitive, std::int32_t payload) {
    std::vector<QuantityToken> tokens;
    QuantityTokenizer::tokenize(phrase, tokens);
    if (tokens.empty() || tokens.size() > 0xFFFF)
        return false;
    if (m_backward)
        std::reverse(tokens.begin(), tokens.end());
    Phrase p;
    p.offset = static_cast<std::uint32_t>(m_hashes.size());
    p.length = static_cast<std::uint16_t>(tokens.size());
    p.exact = caseSensitive;
    p.payload = payload;
    for (std::size_t j = 1; j < tokens.size() && j < 32; ++j) {
        const QuantityToken &later = m_backward ? tokens[j - 1] : tokens[j];
        if (later.gap == QuantityToken::Glued)
            p.glued |= 1u << j;
    }
    for (const QuantityToken &t : tokens)
        m_hashes.push_back(caseSensitive ? t.exact : t.fold);
    m_phrases.push_back(p);
    return true;
}

void QuantityPhraseTable::finish() {
    auto key = [this](const Phrase &p) { return m_hashes[p.offset] ^ (p.exact ? kExactSalt : 0); };
    // Group by first-token key, longest first; keep insertion order otherwise
    // so that an earlier entry wins a tie.
    std::stable_sort(m_phrases.begin(), m_phrases.end(), [&](const Phrase &a, const Phrase &b) {
        const std::uint64_t ka = key(a), kb = key(b);
        return ka != kb ? ka < kb : a.length > b.length;
    });
    std::size_t size = 16;
    while (size < m_phrases.size() * 4)
        size *= 2;
    m_slots.assign(size, Slot{});
    m_mask = size - 1;
    for (std::uint32_t i = 0; i < m_phrases.size();) {
        const std::uint64_t k = key(m_phrases[i]);
        std::uint32_t j = i;
        while (j < m_phrases.size() && key(m_phrases[j]) == k)
            ++j;
        std::size_t s = (k ^ (k >> 29)) & m_mask;
        while (m_slots[s].key != 0)
            s = (s + 1) & m_mask;
        m_slots[s] = Slot{k, Range{i, j}};
        i = j;
    }
}

} // namespace cc
