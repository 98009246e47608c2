#include "model/CodePointIndex.h"

#include <algorithm>

namespace cc {

CodePointIndex::CodePointIndex(QStringView text) {
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i].isHighSurrogate() && text[i + 1].isLowSurrogate()) {
            m_pairStarts.push_back(i);
            ++i;
        }
    }
}

qsizetype CodePointIndex::toCodePoint(qsizetype utf16Offset) const {
    // Every pair that starts strictly before the offset - 1 contributed one extra unit.
    const auto pairsBefore = std::lower_bound(m_pairStarts.begin(), m_pairStarts.end(),
                                              utf16Offset - 1) -
                             m_pairStarts.begin();
    return utf16Offset - pairsBefore;
}

} // namespace cc
