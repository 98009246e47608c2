#pragma once

#include <QString>
#include <optional>

namespace cc {

// A quantity normalized to its dimension's base unit. low/high empty means
// the side is open ("at least 60%": high open). A point value has low == high.
struct Quantity {
    std::optional<double> low;
    std::optional<double> high;
    // Base unit: "parameters", "tokens", "W", "B" (bytes), "B/s", "FLOPS", "m",
    // "kg", "%", "pp" (percentage points), "x" (multiplier), "units", "users",
    // an ISO currency code ("USD"), or "" for a bare count.
    QString unit;
    // count, currency, percent, power, data_size, bandwidth, compute, length,
    // mass, tokens, parameters, ratio, ...
    QString dimension;
    // "~", "about", "est." and the like: detection widens the range by a tolerance.
    bool approximate = false;

    bool isValid() const { return low.has_value() || high.has_value(); }
    bool isPoint() const { return low && high && *low == *high; }
    // Ranges are disjoint after widening each side by relTolerance (plus a
    // further margin on approximate sides).
    bool disjointFrom(const Quantity &other, double relTolerance = 0.02) const;

    QString toLabel() const;

    friend bool operator==(const Quantity &, const Quantity &) = default;
};

} // namespace cc
