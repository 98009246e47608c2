#pragma once

#include "ingest/PdfLayout.h"
#include "model/Document.h"

#include <QSet>
#include <QString>
#include <vector>

namespace cc {

// The lines of one page in reading order (PdfLayout::readingOrder) and its size.
struct PdfPageLines {
    std::vector<PdfLine> lines;
    double width = 0;
    double height = 0;
};

// Turns the pages' lines into a document's text: running headers, footers and
// page numbers dropped, paragraphs rebuilt from lines (hyphenation at line ends
// undone unless the document shows the hyphen is real), pages joined, and the
// offset where each page's text begins recorded.
class PdfTextBuilder {
public:
    struct Result {
        QString text;
        std::vector<qsizetype> pageStarts; // one per page, UTF-16 offsets into text
        int droppedLines = 0;              // running headers, footers, page numbers
        // Rows of the tables found (cells side by side on one line), offsets into text.
        std::vector<TableRow> tableRows;
    };
    static Result build(std::vector<PdfPageLines> pages);

    // Lines repeating at the same height on most pages, in the top or bottom
    // margin, and bare page numbers there; returns how many were dropped.
    static int dropRunningLines(std::vector<PdfPageLines> &pages);
    static bool isPageNumber(const QString &line);

    // Words of the document, for deciding whether a hyphen at a line end is real.
    struct Vocabulary {
        QSet<QString> words;     // lower case, letters only
        QSet<QString> compounds; // lower case, "long-context"
    };
    static Vocabulary vocabulary(const std::vector<PdfPageLines> &pages);
    // Joins a line to the one before it in the same paragraph.
    static QString joinLines(const QString &before, const QString &after, const Vocabulary &vocab);
};

} // namespace cc
