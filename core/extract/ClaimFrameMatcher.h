#pragma once

#include "extract/EntityTagger.h"
#include "extract/WordTokenizer.h"
#include "model/Claim.h"
#include "model/Mention.h"

#include <QDate>
#include <QStringList>
#include <QStringView>
#include <vector>

namespace cc {

class EntityWords;
class ModalityDetector;
class PredicateLexicon;
class QuantityTagger;
class StructureLexicon;
class TimeTagger;

// Everything known about one sentence (or table row) when its claims are read.
// Offsets are absolute UTF-16 indices into `text`, the document's text.
struct SentenceFacts {
    QStringView text;
    qsizetype start = 0;
    qsizetype end = 0;
    std::vector<Token> tokens;
    std::vector<EntityMention> entities;
    // Date and time mentions; quantities overlapping them are already dropped.
    std::vector<Mention> times;
    std::vector<Mention> quantities;
    // What the previous sentence was about, for anaphors: the subject of its first
    // claim ("it", "both") and its first name ("the company").
    QString topic;
    QString actor;
    // Reference date for re-reading a date ("since the May 3 launch" -> "May 3").
    QDate reference;
    // The document's publication date (invalid when it states none).
    QDate published;
};

// Reads claims out of one sentence with the frames of the predicates lexicon:
// triggers find attributes, the taggers' mentions give dates and quantities,
// names after cue words give categories, capability words give polarities;
// subjects are the names the frame points at (the thing released, the owner of
// a figure), modality words set certainty and exclusivity.
class ClaimFrameMatcher {
public:
    ClaimFrameMatcher(const PredicateLexicon &predicates, const ModalityDetector &modality,
                      const StructureLexicon &structure, const EntityWords &words,
                      const EntityTagger &entities, const TimeTagger &time,
                      const QuantityTagger &quantity);

    // Claims of a prose sentence, sorted by the position of their values. Fills
    // subjectSurface (subject = the same), attribute, scope, value, label,
    // certainty, the value span and claimDate.
    std::vector<Claim> prose(const SentenceFacts &facts) const;

    // Claims of a table row whose cells were kept: header cells name attributes
    // (or, in a transposed table, the first cell does and header cells name subjects).
    // `cellStarts` give each cell's offset in the document text.
    std::vector<Claim> tableRow(const SentenceFacts &row, const QStringList &header,
                                const QStringList &cells, const std::vector<qsizetype> &cellStarts,
                                const EntityTagger::DocumentContext &context) const;

private:
    struct Impl;
    const PredicateLexicon &m_predicates;
    const ModalityDetector &m_modality;
    const StructureLexicon &m_structure;
    const EntityWords &m_words;
    const EntityTagger &m_entities;
    const TimeTagger &m_time;
    const QuantityTagger &m_quantity;
};

// True when a date expression names its date outright (a month name, a year or
// a numeric date): relative expressions ("yesterday", "last week", "Tuesday")
// never become claimed values.
bool isExplicitDate(QStringView mentionText);

} // namespace cc
