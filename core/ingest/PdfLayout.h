#pragma once

#include <QString>
#include <vector>

namespace cc {

// One word of a PDF page as the text layer gives it; coordinates in points,
// y growing downwards from the top of the page.
struct PdfWord {
    QString text;
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    double fontSize = 0;
    bool spaceAfter = true;
};

// A run of words on one baseline, not crossing a column gutter.
struct PdfLine {
    QString text;
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    double fontSize = 0;
    int column = -1; // index of the column holding it, -1 when it spans columns
    int band = 0;    // lines spanning columns cut the page into bands, read top to bottom
};

// Reading order of one page, from geometry alone (no poppler type): words are
// grouped into lines, lines split where a gap is wider than a column gutter can
// be mistaken for, gutters found as vertical strips no line crosses, and the
// page read band by band, each band column by column.
class PdfLayout {
public:
    static std::vector<PdfLine> readingOrder(std::vector<PdfWord> words);

    // The x ranges of the columns found among the lines (one range when none);
    // exposed for tests.
    struct Column {
        double x0 = 0, x1 = 0;
    };
    static std::vector<Column> findColumns(const std::vector<PdfLine> &lines);
    static std::vector<PdfLine> buildLines(std::vector<PdfWord> words);
};

} // namespace cc
