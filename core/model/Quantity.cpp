#include "model/Quantity.h"

#include <cmath>
#include <limits>

namespace cc {

namespace {
// Extra widening for sides marked approximate ("~1.6T", "about 30%").
constexpr double kApproximateTolerance = 0.05;

QString formatNumber(double v) {
    const double a = std::fabs(v);
    struct Scale {
        double factor;
        const char *suffix;
    };
    static const Scale scales[] = {{1e12, "T"}, {1e9, "B"}, {1e6, "M"}, {1e3, "K"}};
    for (const auto &s : scales) {
        if (a >= s.factor)
            return QString::number(v / s.factor, 'g', 6) + QLatin1String(s.suffix);
    }
    return QString::number(v, 'g', 8);
}
} // namespace

bool Quantity::disjointFrom(const Quantity &other, double relTolerance) const {
    if (unit != other.unit || !isValid() || !other.isValid())
        return false;
    const double inf = std::numeric_limits<double>::infinity();
    auto widened = [relTolerance](const Quantity &q, double &lo, double &hi) {
        const double tol = relTolerance + (q.approximate ? kApproximateTolerance : 0.0);
        lo = q.low ? *q.low - std::fabs(*q.low) * tol : -std::numeric_limits<double>::infinity();
        hi = q.high ? *q.high + std::fabs(*q.high) * tol : std::numeric_limits<double>::infinity();
    };
    double aLo = -inf, aHi = inf, bLo = -inf, bHi = inf;
    widened(*this, aLo, aHi);
    widened(other, bLo, bHi);
    return aHi < bLo || bHi < aLo;
}

QString Quantity::toLabel() const {
    QString u = unit;
    QString text;
    if (low && high && *low == *high)
        text = formatNumber(*low);
    else if (low && high)
        text = formatNumber(*low) + QStringLiteral("–") + formatNumber(*high);
    else if (low)
        text = QStringLiteral("≥") + formatNumber(*low);
    else if (high)
        text = QStringLiteral("≤") + formatNumber(*high);
    if (approximate)
        text.prepend(QLatin1Char('~'));
    if (u == QLatin1String("%"))
        return text + u;
    if (!u.isEmpty())
        return text + QLatin1Char(' ') + u;
    return text;
}

} // namespace cc
