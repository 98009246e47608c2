#include "model/Document.h"

#include <algorithm>

namespace cc {

int Document::pageAt(qsizetype offset) const {
    if (pageStarts.empty())
        return 0;
    const auto it = std::upper_bound(pageStarts.begin(), pageStarts.end(), offset);
    return static_cast<int>(std::max<std::ptrdiff_t>(1, it - pageStarts.begin()));
}

} // namespace cc
