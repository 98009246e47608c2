#pragma once

#include "report/ReportContent.h"
#include "report/ReportInput.h"

#include <QString>

namespace cc {

// The conflict report as HTML. Every piece of briefing text is escaped: a
// briefing is untrusted input, so "<script>" in a quote comes out as text.
class HtmlReport {
public:
    enum class Flavor {
        // One self-contained file for a browser: inline CSS, inline SVG timeline,
        // no external resources, print-friendly.
        Browser,
        // The subset QTextDocument renders (for the PDF): tables instead of CSS
        // grids, and a paragraph holding kTimelinePlaceholder where the caller
        // draws the timeline.
        RichText,
    };
    static constexpr const char *kTimelinePlaceholder = "[crosscheck-timeline]";

    static QString render(const ReportInput &input, Flavor flavor);
    // The timeline as standalone SVG markup (also embedded by the Browser flavor).
    static QString timelineSvg(const ReportContent::Timeline &timeline, int width);
};

} // namespace cc
