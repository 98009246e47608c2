#pragma once

#include "extract/PhraseMatcher.h"
#include "model/ClaimValue.h"

#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace cc {

class LexiconSet;

// One claim frame of the "predicates" lexicon (docs/lexicons.md).
struct PredicateFrame {
    enum class SubjectRule { Owner, Event };

    QString key;
    QString label;
    ClaimValue::Type type = ClaimValue::Type::None;
    QString dimension;
    // Base unit given to a bare number read as this attribute ("parameters").
    QString unit;
    bool singleValued = true;
    bool lineShared = false;
    bool timeScoped = false;
    SubjectRule subject = SubjectRule::Owner;
    int window = 8;
    bool bareNumbers = false;
    bool possessorSubject = true;
    // The subject may be a person ("Jane Roe was appointed on May 3"): off by default,
    // because a name after a title is usually a speaker, not what a claim is about.
    bool personSubject = false;
    // Who performs the event is part of its key ("the FDA approved" vs "the European
    // Commission approved"): the claim's scope is that actor, when the sentence names it.
    bool actorScoped = false;
    bool valueNeedsHead = false;
    int cueWindow = 4;
    std::optional<double> minValue;
    std::optional<double> maxValue;
    // Phrase sets over tokens; ids are unused.
    PhraseMatcher excludes;
    PhraseMatcher requires_;
    PhraseMatcher unitWords;
    PhraseMatcher valueCues;
    PhraseMatcher valueHeads;
    PhraseMatcher passiveCues;
    PhraseMatcher scopeWords;
    PhraseMatcher negatingTriggers;
    bool hasValueCues = false;
    bool hasValueHeads = false;
    bool hasRequires = false;
};

// The "predicates" lexicon compiled once: every frame's triggers in one phrase
// matcher (id = frame index), so a sentence is scanned once for all frames.
class PredicateLexicon {
public:
    explicit PredicateLexicon(const LexiconSet &lexicons);

    const std::vector<PredicateFrame> &frames() const { return m_frames; }
    const PredicateFrame &frame(int index) const { return m_frames[static_cast<size_t>(index)]; }
    // Triggers of all frames; PhraseMatch::id is the frame index.
    const PhraseMatcher &triggers() const { return m_triggers; }
    // Frames whose trigger words head a table column ("Training Hardware").
    int frameIndex(const QString &key) const;
    QStringList errors() const { return m_errors; }

private:
    std::vector<PredicateFrame> m_frames;
    PhraseMatcher m_triggers;
    QStringList m_errors;
};

} // namespace cc
