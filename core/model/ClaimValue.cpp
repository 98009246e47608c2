#include "model/ClaimValue.h"

namespace cc {

ClaimValue ClaimValue::fromDate(const DateInterval &d) {
    ClaimValue v;
    v.type = Type::Date;
    v.date = d;
    return v;
}

ClaimValue ClaimValue::fromQuantity(const cc::Quantity &q) {
    ClaimValue v;
    v.type = Type::Quantity;
    v.quantity = q;
    return v;
}

ClaimValue ClaimValue::fromCategory(const QString &term, bool exclusive) {
    ClaimValue v;
    v.type = Type::Category;
    v.term = term;
    v.exclusive = exclusive;
    return v;
}

ClaimValue ClaimValue::fromPolarity(bool present) {
    ClaimValue v;
    v.type = Type::Polarity;
    v.present = present;
    return v;
}

QString ClaimValue::toKey() const {
    switch (type) {
    case Type::Date:
        return date.toIso();
    case Type::Quantity: {
        auto num = [](const std::optional<double> &d) {
            return d ? QString::number(*d, 'g', 12) : QString();
        };
        return num(quantity.low) + QStringLiteral("..") + num(quantity.high) +
               (quantity.unit.isEmpty() ? QString() : QLatin1Char(' ') + quantity.unit);
    }
    case Type::Category:
        return term.toCaseFolded();
    case Type::Polarity:
        return present ? QStringLiteral("present") : QStringLiteral("absent");
    case Type::None:
        break;
    }
    return {};
}

QString ClaimValue::toLabel() const {
    switch (type) {
    case Type::Date:
        return date.toLabel();
    case Type::Quantity:
        return quantity.toLabel();
    case Type::Category:
        return exclusive ? QStringLiteral("exclusively ") + term : term;
    case Type::Polarity:
        return present ? QStringLiteral("present") : QStringLiteral("absent");
    case Type::None:
        break;
    }
    return {};
}

QString toString(ClaimValue::Type type) {
    switch (type) {
    case ClaimValue::Type::Date:
        return QStringLiteral("date");
    case ClaimValue::Type::Quantity:
        return QStringLiteral("quantity");
    case ClaimValue::Type::Category:
        return QStringLiteral("category");
    case ClaimValue::Type::Polarity:
        return QStringLiteral("polarity");
    case ClaimValue::Type::None:
        break;
    }
    return QStringLiteral("none");
}

} // namespace cc
