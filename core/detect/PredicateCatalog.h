#pragma once

#include "model/ClaimValue.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace cc {

class LexiconSet;

// What the detector needs to know about one attribute (an entry of the
// "predicates" lexicon). Unknown attributes get conservative defaults.
struct PredicateInfo {
    QString key;
    QString label;
    // Expected value type; None when unknown (the claim's own type is used).
    ClaimValue::Type type = ClaimValue::Type::None;
    // Expected quantity dimension ("parameters", "currency", ...); empty = any.
    QString dimension;
    // Only one value can be true at a time (a release date, a headquarters city).
    // Multi-valued attributes (hardware used, markets served) only conflict when
    // a side says "exclusively".
    bool singleValued = true;
    // A variant inherits it from its product line (a release date), so a claim
    // about the line is compared with one about the variant.
    bool lineShared = false;
    // Varies with time (yearly revenue): the claim's scope joins the key.
    bool timeScoped = false;
    // Who performed the event joins the key ("approved by the FDA" and "by the European
    // Commission" are two approvals); a claim naming nobody takes its subject's only actor,
    // else the actor its briefing named last before it.
    bool actorScoped = false;
    // A time-scoped figure stated without a period holds as of its report's month (user
    // numbers move fast) or, with "undated_scope": "year", its report's year (head counts).
    bool undatedByYear = false;
    bool known = false;
};

// The "predicates" lexicon, validated: entries with fields key, label, type
// ("date"|"quantity"|"category"|"polarity"), dimension, single_valued,
// line_shared, time_scoped. A missing lexicon is not an error.
class PredicateCatalog {
public:
    explicit PredicateCatalog(const LexiconSet &lexicons);

    // The entry for `attribute`, or defaults derived from `valueType` when the lexicon lacks it:
    // categories multi-valued, other types single-valued, not line-shared, scoped by the claim.
    PredicateInfo lookup(const QString &attribute, ClaimValue::Type valueType) const;
    // "file:line: problem" for every entry that failed validation (those entries are skipped).
    QStringList errors() const { return m_errors; }

    // "release_date" -> "release date".
    static QString labelFromKey(const QString &key);

private:
    QHash<QString, PredicateInfo> m_entries;
    QHash<QString, bool> m_singleValuedGiven;
    QStringList m_errors;
};

} // namespace cc
