#pragma once

#include <Qt>

namespace cc {

// Every custom item-data role of the UI's models, in one place so that views,
// delegates and proxies agree on them.
namespace Roles {
enum Role {
    // Value used by the sort proxies (numbers sort as numbers, severity as its rank).
    SortRole = Qt::UserRole + 1,
    // Text the filter proxies match against (lower case, every searchable field).
    SearchTextRole,
    // Conflicts tree.
    IsGroupRole,            // bool: a subject group row, not a conflict
    ConflictIdRole,         // QString: Conflict::id
    KindRole,               // int: ConflictKind
    SeverityRole,           // int: Severity
    StatusRole,             // int: ReviewStatus
    ChangedSinceReviewRole, // bool
    // Evidence and claims.
    IsSideRole,        // bool: a side row of the evidence tree
    SideIndexRole,     // int: index of the side within its conflict
    SideColorRole,     // QColor: the side's colour
    ChosenRole,        // bool: the analyst chose this side
    ClaimIdRole,       // qint64: Claim::id
    DocumentPathRole,  // QString: Document::path
    SentenceStartRole, // qsizetype (UTF-16 offset in the document text)
    SentenceEndRole,
    ValueStartRole,
    ValueEndRole,
    RichTextRole,   // QString: HTML of the sentence with the value highlighted
    DetailTextRole, // QString: a second, smaller line (document, date, certainty, sources)
    RejectedRole,   // bool: the analyst rejected the claim
    // Documents.
    ChangeMarkRole, // int: DocumentChange
};
} // namespace Roles

} // namespace cc
