#pragma once

#include "model/DateInterval.h"

#include <QStringList>
#include <QStringView>
#include <optional>

namespace cc {

// Dates as briefings state their own publication: whole lines or labelled values,
// never a date mentioned inside a sentence or a title.
class DateLineParser {
public:
    // How sure a line is to carry the publication date, higher is surer.
    enum class Kind { None = 0, Updated = 1, HeaderSegment = 2, WholeLine = 3, Labelled = 4 };

    // The whole string is one date: "2026-03-09", "2026-03-09T09:41:00+08:00",
    // "March 9, 2026", "Monday, March 9, 2026", "9 March 2026", "Mar 9 2026",
    // "Mon, 27 Apr 2026 09:41:00 GMT", "May 2026" (month precision), with an optional
    // time after it ("at 09:41 PM"). Numeric day/month orders other than ISO are refused.
    static std::optional<DateInterval> parseDate(QStringView text);

    // A line that carries a date of its own: a whole-line date, a labelled one
    // ("Published: ...", "Posted on ...", "Date: ..."), or a header whose segments
    // (split at "·", "|", "•", "—", "–", " - ") include a whole date
    // ("Newsletter · 2026-03-09", "Brief — 9 March 2026", "June 22, 2026·Category").
    static std::optional<DateInterval> parseDateLine(QStringView line, Kind *kind = nullptr);

    // A closing line such as "This article was published on June 22, 2026."
    static std::optional<DateInterval> parsePublishedSentence(QStringView line);

    // The segments of a header line, split at "·", "|", "•", "—", "–", " - " and at
    // tokens a wrong code page left where such a separator was ("β", "Β·").
    static QStringList headerSegments(QStringView line);
    // "- item", "* item", "• item", "1. item", "2) item".
    static bool isListItem(QStringView line);
};

} // namespace cc
