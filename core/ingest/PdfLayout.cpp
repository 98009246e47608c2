#include "ingest/PdfLayout.h"

#include <algorithm>
#include <cmath>

namespace cc {

namespace {

double height(const PdfWord &w) {
    return std::max(1.0, w.y1 - w.y0);
}
double size(const PdfWord &w) {
    return w.fontSize > 0 ? w.fontSize : height(w);
}

// The lower median: of two values, the smaller.
double median(std::vector<double> values) {
    if (values.empty())
        return 0;
    const auto middle = values.begin() + static_cast<std::ptrdiff_t>((values.size() - 1) / 2);
    std::nth_element(values.begin(), middle, values.end());
    return *middle;
}

// A gap this many font sizes wide splits a line: wider than justified word
// spacing, narrower than the gutters of multi-column layouts.
constexpr double kSegmentGap = 1.5;
// A column of prose has lines at least this many font sizes wide (about twenty
// characters); narrower "columns" are table cells.
constexpr double kProseColumnEms = 10;
constexpr int kMaxGutterCandidates = 32;

PdfLine makeLine(const std::vector<PdfWord> &words, size_t from, size_t to) {
    PdfLine line;
    line.x0 = words[from].x0;
    line.y0 = words[from].y0;
    line.x1 = words[from].x1;
    line.y1 = words[from].y1;
    std::vector<double> sizes;
    for (size_t i = from; i < to; ++i) {
        const PdfWord &w = words[i];
        if (i > from) {
            const PdfWord &prev = words[i - 1];
            // Poppler's own word breaks, or a visible gap, mean a space.
            if (prev.spaceAfter || w.x0 - prev.x1 > 0.15 * size(w))
                line.text += QLatin1Char(' ');
        }
        line.text += w.text;
        line.x0 = std::min(line.x0, w.x0);
        line.x1 = std::max(line.x1, w.x1);
        line.y0 = std::min(line.y0, w.y0);
        line.y1 = std::max(line.y1, w.y1);
        sizes.push_back(size(w));
    }
    line.fontSize = median(sizes);
    return line;
}

} // namespace

std::vector<PdfLine> PdfLayout::buildLines(std::vector<PdfWord> words) {
    std::vector<PdfLine> lines;
    words.erase(std::remove_if(words.begin(), words.end(),
                               [](const PdfWord &w) {
                                   return w.text.trimmed().isEmpty() || !std::isfinite(w.x0) ||
                                          !std::isfinite(w.y0) || !std::isfinite(w.x1) ||
                                          !std::isfinite(w.y1);
                               }),
                words.end());
    if (words.empty())
        return lines;
    // Rows: words whose vertical centres are close, swept top to bottom.
    std::stable_sort(words.begin(), words.end(), [](const PdfWord &a, const PdfWord &b) {
        return (a.y0 + a.y1) < (b.y0 + b.y1);
    });
    std::vector<std::vector<PdfWord>> rows;
    double rowCentre = 0, rowHeight = 0;
    for (const PdfWord &w : words) {
        const double centre = (w.y0 + w.y1) / 2;
        if (rows.empty() || centre - rowCentre > 0.45 * std::min(rowHeight, height(w))) {
            rows.emplace_back();
            rowCentre = centre;
            rowHeight = height(w);
        }
        rows.back().push_back(w);
    }
    for (std::vector<PdfWord> &row : rows) {
        std::stable_sort(row.begin(), row.end(),
                         [](const PdfWord &a, const PdfWord &b) { return a.x0 < b.x0; });
        size_t start = 0;
        for (size_t i = 1; i <= row.size(); ++i) {
            const bool split =
                i == row.size() ||
                row[i].x0 - row[i - 1].x1 > kSegmentGap * std::max(size(row[i]), size(row[i - 1]));
            if (split) {
                lines.push_back(makeLine(row, start, i));
                start = i;
            }
        }
    }
    return lines;
}

std::vector<PdfLayout::Column> PdfLayout::findColumns(const std::vector<PdfLine> &lines) {
    std::vector<Column> single;
    if (lines.empty())
        return single;
    double left = lines.front().x0, right = lines.front().x1;
    std::vector<double> sizes;
    for (const PdfLine &l : lines) {
        left = std::min(left, l.x0);
        right = std::max(right, l.x1);
        sizes.push_back(l.fontSize);
    }
    single.push_back({left, right});
    const double width = right - left;
    if (width <= 0 || width > 20000)
        return single;
    // Only lines narrower than most of the text width can belong to a column.
    std::vector<const PdfLine *> narrow;
    for (const PdfLine &l : lines)
        if (l.x1 - l.x0 <= 0.6 * width)
            narrow.push_back(&l);
    if (narrow.size() < 4)
        return single;

    // Coverage per point across the width; a gutter is a strip almost no line covers
    // (a page number standing in it must not hide it).
    const int n = static_cast<int>(std::ceil(width)) + 1;
    // (A difference array: linear in lines plus width however wide the lines are.)
    std::vector<int> coverage(static_cast<size_t>(n) + 1, 0);
    for (const PdfLine *l : narrow) {
        const int a = std::clamp(static_cast<int>(std::floor(l->x0 - left)), 0, n - 1);
        const int b = std::clamp(static_cast<int>(std::ceil(l->x1 - left)), 0, n - 1);
        ++coverage[static_cast<size_t>(a)];
        --coverage[static_cast<size_t>(b) + 1];
    }
    for (int x = 1; x <= n; ++x)
        coverage[static_cast<size_t>(x)] += coverage[static_cast<size_t>(x) - 1];
    const int tolerance = std::max(1, static_cast<int>(narrow.size() / 30));
    const double minGutter = std::max(6.0, 0.6 * median(sizes));

    std::vector<Column> columns;
    double columnStart = left;
    int x = 0, candidates = 0;
    while (x < n) {
        if (coverage[static_cast<size_t>(x)] > tolerance) {
            ++x;
            continue;
        }
        const int start = x;
        while (x < n && coverage[static_cast<size_t>(x)] <= tolerance)
            ++x;
        if (start == 0 || x >= n || x - start < minGutter)
            continue;
        // Real pages have a handful of candidate strips; a hostile one is cut short.
        if (++candidates > kMaxGutterCandidates)
            break;
        // The strip is where almost no line reaches; the longest line of a column
        // may reach into it alone, so the gutter proper begins after the lines
        // that start left of the strip and ends before those that run past it.
        double gapStart = left + start, gapEnd = left + x;
        const double stripStart = gapStart, stripEnd = gapEnd;
        for (const PdfLine *l : narrow) {
            if (l->x0 < stripStart && l->x1 > gapStart && l->x1 < stripEnd)
                gapStart = l->x1;
            if (l->x1 > stripEnd && l->x0 < gapEnd && l->x0 > stripStart)
                gapEnd = l->x0;
        }
        if (gapEnd - gapStart < minGutter)
            continue;
        // A gutter has column text on both sides, side by side on the page.
        // Prose columns are read column by column; a table's cells are not (their
        // rows belong together), and cells are short where column lines are long.
        std::vector<const PdfLine *> before, after;
        for (const PdfLine *l : narrow) {
            if (l->x1 <= gapStart + 1 && l->x0 >= columnStart - 1)
                before.push_back(l);
            else if (l->x0 >= gapEnd - 1)
                after.push_back(l);
        }
        // Columns stand side by side: each side has lines level with the other's
        // (a running header or a page number in a corner is not a column).
        const auto levelWith = [](const std::vector<const PdfLine *> &lines,
                                  const std::vector<const PdfLine *> &other) {
            double top = 1e9, bottom = -1e9;
            for (const PdfLine *l : other) {
                top = std::min(top, l->y0);
                bottom = std::max(bottom, l->y1);
            }
            std::vector<double> widths;
            for (const PdfLine *l : lines) {
                const double centre = (l->y0 + l->y1) / 2;
                if (centre >= top && centre <= bottom)
                    widths.push_back(l->x1 - l->x0);
            }
            return widths;
        };
        const std::vector<double> beforeWidths = levelWith(before, after);
        const std::vector<double> afterWidths = levelWith(after, before);
        const double proseWidth = kProseColumnEms * median(sizes);
        if (beforeWidths.size() >= 2 && afterWidths.size() >= 2 &&
            median(beforeWidths) >= proseWidth && median(afterWidths) >= proseWidth) {
            columns.push_back({columnStart, gapStart});
            columnStart = gapEnd;
        }
    }
    if (columns.empty())
        return single;
    columns.push_back({columnStart, right});
    return columns;
}

std::vector<PdfLine> PdfLayout::readingOrder(std::vector<PdfWord> words) {
    std::vector<PdfLine> lines = buildLines(std::move(words));
    const std::vector<Column> columns = findColumns(lines);
    for (PdfLine &l : lines) {
        l.column = -1;
        for (size_t c = 0; c < columns.size(); ++c)
            if (l.x0 >= columns[c].x0 - 1 && l.x1 <= columns[c].x1 + 1)
                l.column = static_cast<int>(c);
    }
    // Spanning lines (titles, full-width paragraphs, a centred page number) cut
    // the page into bands; each band is read column by column.
    std::vector<double> cuts;
    for (const PdfLine &l : lines)
        if (l.column < 0)
            cuts.push_back((l.y0 + l.y1) / 2);
    std::sort(cuts.begin(), cuts.end());
    for (PdfLine &l : lines) {
        const double centre = (l.y0 + l.y1) / 2;
        const auto band = std::lower_bound(cuts.begin(), cuts.end(), centre) - cuts.begin();
        // A spanning line sits between the band above it and the band below.
        l.band = static_cast<int>(2 * band) + (l.column < 0 ? 1 : 0);
    }
    std::stable_sort(lines.begin(), lines.end(), [](const PdfLine &a, const PdfLine &b) {
        if (a.band != b.band)
            return a.band < b.band;
        if (a.column != b.column)
            return a.column < b.column;
        if (std::abs(a.y0 - b.y0) > 0.5)
            return a.y0 < b.y0;
        return a.x0 < b.x0;
    });
    return lines;
}

} // namespace cc
