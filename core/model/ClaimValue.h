#pragma once

#include "model/DateInterval.h"
#include "model/Quantity.h"

#include <QString>

namespace cc {

// The typed value of a claim or mention. Only the member matching `type` is meaningful.
struct ClaimValue {
    enum class Type { None, Date, Quantity, Category, Polarity };

    Type type = Type::None;
    DateInterval date;
    cc::Quantity quantity;
    // Category: a normalized term (an entity or a lexicon term).
    QString term;
    // Category: the sentence marks it exclusive ("exclusively", "entirely", "only").
    bool exclusive = false;
    // Polarity: capability present (true) or absent (false).
    bool present = true;

    static ClaimValue fromDate(const DateInterval &d);
    static ClaimValue fromQuantity(const cc::Quantity &q);
    static ClaimValue fromCategory(const QString &term, bool exclusive = false);
    static ClaimValue fromPolarity(bool present);

    // Stable, comparable text: the date's ISO form, the quantity as
    // "low..high unit", the folded term, "present"/"absent".
    QString toKey() const;
    QString toLabel() const;

    friend bool operator==(const ClaimValue &, const ClaimValue &) = default;
};

QString toString(ClaimValue::Type type);

} // namespace cc
