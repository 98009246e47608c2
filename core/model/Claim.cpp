#include "model/Claim.h"

#include <array>

namespace cc {

namespace {
constexpr std::array<const char *, 4> kCertaintyNames = {"asserted", "hedged", "unverified",
                                                         "negated"};
}

QString toString(Certainty certainty) {
    return QString::fromLatin1(kCertaintyNames[static_cast<size_t>(certainty)]);
}

Certainty certaintyFromString(const QString &text, bool *ok) {
    for (size_t i = 0; i < kCertaintyNames.size(); ++i) {
        if (text == QLatin1String(kCertaintyNames[i])) {
            if (ok)
                *ok = true;
            return static_cast<Certainty>(i);
        }
    }
    if (ok)
        *ok = false;
    return Certainty::Asserted;
}

} // namespace cc
