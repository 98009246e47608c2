#pragma once

#include "extract/QuantityTokenizer.h"

#include <QStringView>
#include <cstdint>
#include <vector>

namespace cc {

// Phrases of one or more tokens ("km", "per cent", "US$", "at least"), each
// with a payload, found at a position of a token stream by the hash of their
// first token (or, for a table built `backward`, of their last token, to find
// a phrase that ends where an amount starts). Case-sensitive phrases compare
// the tokens as written, the others lower-cased. Tokens of a phrase may be
// separated by spaces in the text (but not by a line break) where the
// lexicon separates them; tokens written together must be together.
class QuantityPhraseTable {
public:
    explicit QuantityPhraseTable(bool backward = false) : m_backward(backward) {}

    // Returns false when the phrase has no token.
    bool add(QStringView phrase, bool caseSensitive, std::int32_t payload);
    // Builds the index; call once after the last add().
    void finish();
    bool empty() const { return m_phrases.empty(); }

    // Calls fn(payload, tokenCount) for every phrase at tokens[i] (backward
    // table: ending at tokens[i]), longest first, until fn returns true.
    // Returns whether fn returned true.
    template <class Fn> bool find(const std::vector<QuantityToken> &tokens, int i, Fn &&fn) const {
        if (i < 0 || i >= static_cast<int>(tokens.size()))
            return false;
        const Range a = lookup(tokens[i].fold);
        const Range b = lookup(tokens[i].exact ^ kExactSalt);
        std::uint32_t ia = a.begin, ib = b.begin;
        while (ia < a.end || ib < b.end) {
            const Phrase *p;
            if (ib >= b.end || (ia < a.end && m_phrases[ia].length >= m_phrases[ib].length))
                p = &m_phrases[ia++];
            else
                p = &m_phrases[ib++];
            if (matches(tokens, i, *p) && fn(p->payload, int(p->length)))
                return true;
        }
        return false;
    }

    // Whether some phrase starts with this token (a cheap prefilter).
    bool startsWith(const QuantityToken &t) const {
        return lookup(t.fold).begin != lookup(t.fold).end ||
               lookup(t.exact ^ kExactSalt).begin != lookup(t.exact ^ kExactSalt).end;
    }

private:
    static constexpr std::uint64_t kExactSalt = 0x9e3779b97f4a7c15ULL;
    struct Phrase {
        std::uint32_t offset = 0; // into m_hashes
        std::uint16_t length = 0;
        bool exact = false;
        // bit j: token j is glued to token j-1 in the lexicon ("US$", "m2"), so
        // it must be glued in the text too; spaced tokens may be either
        std::uint32_t glued = 0;
        std::int32_t payload = 0;
    };
    struct Range {
        std::uint32_t begin = 0, end = 0;
    };
    struct Slot {
        std::uint64_t key = 0;
        Range range;
    };

    Range lookup(std::uint64_t key) const {
        if (m_slots.empty())
            return {};
        for (std::size_t s = (key ^ (key >> 29)) & m_mask;; s = (s + 1) & m_mask) {
            const Slot &slot = m_slots[s];
            if (slot.key == key)
                return slot.range;
            if (slot.key == 0)
                return {};
        }
    }

    bool matches(const std::vector<QuantityToken> &tokens, int i, const Phrase &p) const {
        const int step = m_backward ? -1 : 1;
        int k = i;
        for (std::uint16_t j = 1; j < p.length; ++j) {
            const int next = k + step;
            if (next < 0 || next >= static_cast<int>(tokens.size()))
                return false;
            // The gap between two tokens belongs to the later one.
            const QuantityToken::Gap gap = tokens[m_backward ? k : next].gap;
            if (gap == QuantityToken::Newline ||
                ((p.glued >> j) & 1u && gap != QuantityToken::Glued))
                return false;
            const QuantityToken &t = tokens[next];
            if ((p.exact ? t.exact : t.fold) != m_hashes[p.offset + j])
                return false;
            k = next;
        }
        return true;
    }

    bool m_backward;
    std::vector<std::uint64_t> m_hashes;
    std::vector<Phrase> m_phrases;
    std::vector<Slot> m_slots;
    std::size_t m_mask = 0;
};

} // namespace cc
