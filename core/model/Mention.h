#pragma once

#include "model/ClaimValue.h"

#include <QString>

namespace cc {

// Kinds follow the conformance harness contract (shared/conformance/README.md).
enum class MentionKind {
    Date,
    DateRange,
    Time,
    TimeRange,
    DateTime,
    DateTimeRange,
    Duration,
    Set,
    Number,
    Ordinal,
    Percent,
    Currency,
    Dimension
};

QString toString(MentionKind kind);

// One date or quantity expression found by a tagger. start/end are UTF-16
// offsets (QString indices) into the text given to the tagger, end exclusive.
struct Mention {
    MentionKind kind = MentionKind::Number;
    qsizetype start = 0;
    qsizetype end = 0;
    // Date kinds carry value.date, quantity kinds value.quantity; times,
    // durations and sets may carry no value.
    ClaimValue value;
    // Hedge carried by the expression itself ("~", "about", "est.").
    bool approximate = false;

    qsizetype length() const { return end - start; }
};

} // namespace cc
