#pragma once

#include <QStringView>
#include <vector>

namespace cc {

// Converts UTF-16 offsets (QString indices) of one text to Unicode code-point
// offsets, as reports and the tag harness give them. Cheap for texts without
// astral characters: it only remembers where surrogate pairs start.
class CodePointIndex {
public:
    explicit CodePointIndex(QStringView text);
    qsizetype toCodePoint(qsizetype utf16Offset) const;

private:
    std::vector<qsizetype> m_pairStarts; // UTF-16 offsets of high surrogates
};

} // namespace cc
