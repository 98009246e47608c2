#include "model/Mention.h"

#include <array>

namespace cc {

QString toString(MentionKind kind) {
    static constexpr std::array<const char *, 13> names = {
        "date",   "daterange", "time",    "timerange", "datetime", "datetimerange", "duration",
        "set",    "number",    "ordinal", "percent",   "currency", "dimension"};
    return QString::fromLatin1(names[static_cast<size_t>(kind)]);
}

} // namespace cc
