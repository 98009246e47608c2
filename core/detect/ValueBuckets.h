#pragma once

#include <QString>
#include <functional>
#include <limits>
#include <vector>

namespace cc {

// Sorts distinct values into sides: buckets of mutually compatible values.
// Values are taken finest first; a value compatible with no side opens a new
// one, compatible with exactly one side joins it, and compatible with several
// (a month containing two disputed days, a bound both sides satisfy) stays out:
// it contradicts none of them and supports none in particular.
class ValueBuckets {
public:
    struct Value {
        QString key;
        // Sort rank: finer values first (interval width, or fewer words for terms).
        double width = 0;
        double order = 0; // then by this (interval start)
        // One-dimensional values: an inclusive interval, open ends infinite.
        // Compatibility is overlap, so a side's common intersection decides (Helly).
        double lo = -std::numeric_limits<double>::infinity();
        double hi = std::numeric_limits<double>::infinity();
        // May join a side but never opens one (an ambiguous numeric date).
        bool late = false;
    };

    // Two values that can both be true; only used when oneDimensional is false.
    using Compatible = std::function<bool(int, int)>;

    // `compatible` empty: values are 1-D intervals. maxSides caps a runaway key
    // (values past the cap stay out) so a garbage key costs linear time.
    ValueBuckets(const std::vector<Value> &values, const Compatible &compatible, int maxSides);

    // Each side lists indices into the values, its first entry the finest value (its seed).
    const std::vector<std::vector<int>> &sides() const { return m_sides; }
    bool compatible(int a, int b) const;

private:
    const std::vector<Value> &m_values;
    Compatible m_compatible;
    std::vector<std::vector<int>> m_sides;
};

} // namespace cc
