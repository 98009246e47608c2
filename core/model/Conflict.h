#pragma once

#include "model/Claim.h"

#include <QDate>
#include <QString>
#include <optional>
#include <vector>

namespace cc {

enum class ConflictKind { Date, Number, Category, Certainty, Negation };
enum class Severity { Low, Medium, High };
enum class ReviewStatus { Open, Confirmed, Dismissed, Resolved };

QString toString(ConflictKind kind);
QString toString(Severity severity);
QString toString(ReviewStatus status);
ConflictKind conflictKindFromString(const QString &text, bool *ok = nullptr);
ReviewStatus reviewStatusFromString(const QString &text, bool *ok = nullptr);

// A bucket of mutually compatible values within a conflict.
struct ConflictSide {
    QString value; // comparable key (ClaimValue::toKey of the bucket)
    QString label; // what a person reads ("March 3")
    int independentSources = 0;
    QDate firstReported;
    std::vector<Claim> claims;
};

// The analyst's decision on a conflict, keyed by the conflict's stable id.
struct Review {
    QString conflictId;
    ReviewStatus status = ReviewStatus::Open;
    std::optional<int> chosenSide;
    QString note;
    // Fingerprint of the sides the review was made on (see Conflict::sidesFingerprint).
    QString sidesFingerprint;
    QDateTime updated;
    // Human description of the conflict at review time, so a review whose
    // conflict vanished can still be listed meaningfully.
    QString summary;
};

struct Conflict {
    QString id; // stable: derived from the key and kind only
    ConflictKind kind = ConflictKind::Date;
    Severity severity = Severity::Medium;
    QString why;
    QString subject;
    QString attribute;
    QString attributeLabel;
    QString scope; // time scope for time-varying attributes ("2026"), empty otherwise
    bool intraDocument = false;
    std::vector<ConflictSide> sides;

    // Review state (from the store, joined by id).
    ReviewStatus status = ReviewStatus::Open;
    std::optional<int> chosenSide;
    QString note;
    bool changedSinceReview = false;

    // Stable id from (subject, attribute, scope, kind).
    static QString makeId(const QString &subject, const QString &attribute, const QString &scope,
                          ConflictKind kind);
    // Hash of the sides' value keys and their claims' quotes, order-independent.
    QString sidesFingerprint() const;
};

} // namespace cc
