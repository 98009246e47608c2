#include "detect/ValueBuckets.h"

#include <algorithm>
#include <numeric>

namespace cc {

ValueBuckets::ValueBuckets(const std::vector<Value> &values, const Compatible &compatible,
                           int maxSides)
    : m_values(values), m_compatible(compatible) {
    std::vector<int> order(values.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const Value &x = values[a];
        const Value &y = values[b];
        if (x.late != y.late)
            return !x.late;
        if (x.width != y.width)
            return x.width < y.width;
        if (x.order != y.order)
            return x.order < y.order;
        return x.key < y.key;
    });
    // For intervals, a side's common intersection: overlap with it is overlap with every member.
    std::vector<std::pair<double, double>> common;
    for (const int v : order) {
        const Value &value = values[v];
        int match = -1;
        int matches = 0;
        for (size_t s = 0; s < m_sides.size() && matches < 2; ++s) {
            bool ok;
            if (!m_compatible) {
                ok = value.hi >= common[s].first && common[s].second >= value.lo;
            } else {
                ok = std::all_of(m_sides[s].begin(), m_sides[s].end(),
                                 [&](int other) { return m_compatible(v, other); });
            }
            if (ok) {
                match = static_cast<int>(s);
                ++matches;
            }
        }
        if (matches == 1) {
            m_sides[match].push_back(v);
            if (!m_compatible) {
                common[match].first = std::max(common[match].first, value.lo);
                common[match].second = std::min(common[match].second, value.hi);
            }
        } else if (matches == 0 && !value.late && static_cast<int>(m_sides.size()) < maxSides) {
            m_sides.push_back({v});
            common.emplace_back(value.lo, value.hi);
        }
    }
}

bool ValueBuckets::compatible(int a, int b) const {
    if (m_compatible)
        return m_compatible(a, b);
    return m_values[a].hi >= m_values[b].lo && m_values[b].hi >= m_values[a].lo;
}

} // namespace cc
