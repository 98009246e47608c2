#pragma once

#include "model/ClaimValue.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace cc {

enum class Certainty { Asserted, Hedged, Unverified, Negated };

QString toString(Certainty certainty);
Certainty certaintyFromString(const QString &text, bool *ok = nullptr);

// One statement about one subject, extracted from one sentence.
struct Claim {
    qint64 id = 0; // store row id; 0 before it is stored
    QString document; // Document::path
    QString subject;  // canonical entity (after alias resolution)
    QString subjectSurface; // the words as they stand in the sentence
    QString attribute; // predicate key from the lexicon, e.g. "release_date"
    // Time scope for time-varying attributes ("2026" for revenue in 2026), empty otherwise.
    QString scope;
    ClaimValue value;
    QString label; // the value as a person reads it ("March 3")
    Certainty certainty = Certainty::Asserted;
    // UTF-16 offsets into the document's text, end exclusive.
    qsizetype sentenceStart = 0;
    qsizetype sentenceEnd = 0;
    qsizetype valueStart = 0;
    qsizetype valueEnd = 0;
    // The same spans in Unicode code points, as reports give them (CodePointIndex).
    qsizetype cpSentenceStart = 0;
    qsizetype cpSentenceEnd = 0;
    qsizetype cpValueStart = 0;
    qsizetype cpValueEnd = 0;
    int page = 0;
    QString quote; // the whole sentence as it stands in the normalized text
    // The claim's own date: the document's publication date unless the sentence dates itself.
    QDate claimDate;
    QStringList citedSources;
    // The claim came from a table row.
    bool fromTable = false;
    // Rejected by the analyst: kept, but it leaves its conflicts.
    bool rejected = false;
};

} // namespace cc
