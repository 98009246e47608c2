#include "ingest/PdfTextBuilder.h"

#include "ingest/TextDecoder.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <map>

namespace cc {

namespace {

// Running headers and footers live in the outer margins of the page.
constexpr double kMarginZone = 0.12;

bool inMarginZone(const PdfLine &line, const PdfPageLines &page, double top, double bottom) {
    const double height = page.height > 0 ? page.height : bottom;
    if (height <= 0)
        return false;
    return line.y0 < std::max(top, 0.0) + kMarginZone * height * 0.5 ||
           line.y0 < kMarginZone * height || line.y1 > (1 - kMarginZone) * height ||
           line.y1 > bottom - kMarginZone * height * 0.5;
}

QString runningKey(const QString &text) {
    QString key = text.toLower().simplified();
    for (QChar &c : key)
        if (c.isDigit())
            c = QLatin1Char('#');
    return key;
}

bool endsSentence(const QString &text) {
    static const QRegularExpression end(QStringLiteral("[.!?:;\u201d\"')\\]]$"));
    return end.match(text.trimmed()).hasMatch();
}

bool startsLowercase(const QString &text) {
    for (const QChar c : text) {
        if (c.isLetter())
            return c.isLower();
        if (!c.isSpace() && c != QLatin1Char('(') && c != QLatin1Char('"') && c != QChar(0x201C))
            return false;
    }
    return false;
}

bool startsItem(const QString &text) {
    static const QRegularExpression item(
        QStringLiteral("^\\s*(?:[\u2022\u25AA\u25CF\u25E6\u2023\u2043*\u2013\u2014-]\\s|"
                       "\\(?(?:\\d{1,2}|[a-z])[.)]\\s)"));
    return item.match(text).hasMatch();
}

double median(std::vector<double> values) {
    if (values.empty())
        return 0;
    std::nth_element(values.begin(), values.begin() + values.size() / 2, values.end());
    return values[values.size() / 2];
}

// A paragraph of prose, or a table: then `rows` holds each row's cells and the
// text is the rows joined by '\n', the cells of a row by " | ".
struct Paragraph {
    QString text;
    std::vector<QStringList> rows;
};

// One paragraph per entry, with whether it may continue from the previous page.
struct PageParagraphs {
    std::vector<Paragraph> paragraphs;
    bool firstStartsLowercase = false;
};

struct ColumnEdges {
    double left = 1e9, right = -1e9;
    int lines = 0;
};

PageParagraphs paragraphsOf(const PdfPageLines &page, const PdfTextBuilder::Vocabulary &vocab) {
    PageParagraphs out;
    // Segments side by side on one row of one column block are table cells: one
    // line with the cells joined by " | ", as tables read from other formats.
    std::vector<PdfLine> lines;
    std::vector<bool> cells;
    std::vector<QStringList> rowCells; // the cells of each line that is a table row
    for (const PdfLine &l : page.lines) {
        if (!lines.empty()) {
            PdfLine &last = lines.back();
            if (last.band == l.band && last.column == l.column && l.x0 >= last.x1 &&
                std::abs(l.y0 - last.y0) < 0.5 * std::max(l.fontSize, last.fontSize)) {
                last.text += QStringLiteral(" | ") + l.text;
                last.x1 = l.x1;
                last.y1 = std::max(last.y1, l.y1);
                cells.back() = true;
                rowCells.back() << l.text;
                continue;
            }
        }
        lines.push_back(l);
        cells.push_back(false);
        rowCells.push_back({l.text});
    }
    if (lines.empty())
        return out;
    // Typical line pitch, as a multiple of the font size, and the edges of each
    // column block (band, column). Only lines of one size count, and only the
    // pitches near the smallest: on a short page of short paragraphs the gaps
    // between paragraphs are as many as the lines inside them, and a median
    // over both would take a paragraph gap for the line pitch.
    std::vector<double> ratios;
    std::map<std::pair<int, int>, ColumnEdges> edges;
    for (size_t i = 0; i < lines.size(); ++i) {
        ColumnEdges &e = edges[{lines[i].band, lines[i].column}];
        e.left = std::min(e.left, lines[i].x0);
        e.right = std::max(e.right, lines[i].x1);
        ++e.lines;
        if (i == 0)
            continue;
        const PdfLine &a = lines[i - 1], &b = lines[i];
        const double pitch = b.y0 - a.y0;
        if (a.band == b.band && a.column == b.column && a.fontSize > 0 &&
            std::abs(a.fontSize - b.fontSize) <= 0.15 * a.fontSize && pitch > 0.8 * a.fontSize &&
            pitch < 3 * a.fontSize)
            ratios.push_back(pitch / a.fontSize);
    }
    if (!ratios.empty()) {
        const double smallest = *std::min_element(ratios.begin(), ratios.end());
        std::erase_if(ratios, [&](double r) { return r > 1.3 * smallest; });
    }
    const double typicalRatio = median(ratios);

    Paragraph paragraph{lines.front().text, {}};
    if (cells.front())
        paragraph.rows.push_back(rowCells.front());
    out.firstStartsLowercase = startsLowercase(paragraph.text);
    for (size_t i = 1; i < lines.size(); ++i) {
        const PdfLine &a = lines[i - 1], &b = lines[i];
        if (cells[i - 1] && cells[i] && a.band == b.band && a.column == b.column &&
            b.y0 - a.y0 < 3 * std::max(a.fontSize, b.fontSize)) {
            paragraph.text += QLatin1Char('\n') + b.text; // the next row of a table
            paragraph.rows.push_back(rowCells[i]);
            continue;
        }
        // A table and the prose around it are separate paragraphs.
        bool breaks = cells[i - 1] || cells[i];
        if (!breaks && (a.band != b.band || a.column != b.column)) {
            // Text flows from the foot of one column to the head of the next.
            breaks =
                a.column < 0 || b.column < 0 || endsSentence(a.text) || !startsLowercase(b.text);
        } else if (!breaks) {
            const ColumnEdges &e = edges[{a.band, a.column}];
            const double pitch = b.y0 - a.y0;
            const double size = std::max(a.fontSize, b.fontSize);
            const double expected = (typicalRatio > 0 ? typicalRatio : 1.25) * size;
            breaks = pitch <= 0 || pitch > 1.35 * expected + 0.5 ||
                     std::abs(a.fontSize - b.fontSize) > 0.15 * size ||
                     (b.x0 > e.left + size && a.x0 <= e.left + 0.5 * size) ||
                     (e.lines >= 3 && endsSentence(a.text) && a.x1 < e.right - 2.5 * size) ||
                     startsItem(b.text);
        }
        if (breaks) {
            out.paragraphs.push_back(std::move(paragraph));
            paragraph = Paragraph{b.text, {}};
            if (cells[i])
                paragraph.rows.push_back(rowCells[i]);
        } else {
            paragraph.text = PdfTextBuilder::joinLines(paragraph.text, b.text, vocab);
        }
    }
    out.paragraphs.push_back(std::move(paragraph));
    return out;
}

} // namespace

bool PdfTextBuilder::isPageNumber(const QString &line) {
    static const QRegularExpression number(
        QStringLiteral("^(?:(?:page|p\\.|pg\\.?)\\s*\\d{1,5}|[-\u2013\u2014(\\[]?\\s*"
                       "(?:\\d{1,3}|[ivxlcdm]{1,7})\\s*[-\u2013\u2014)\\]]?)"
                       "(?:\\s*(?:of|/)\\s*\\d{1,5})?$"),
        QRegularExpression::CaseInsensitiveOption);
    return number.match(line.trimmed()).hasMatch();
}

int PdfTextBuilder::dropRunningLines(std::vector<PdfPageLines> &pages) {
    struct Candidate {
        size_t page;
        size_t line;
        QString key;
        double centre;
    };
    std::vector<Candidate> candidates;
    std::vector<std::pair<size_t, size_t>> numbers; // bare numbers in the margins
    std::vector<std::vector<bool>> drop(pages.size());
    for (size_t p = 0; p < pages.size(); ++p) {
        const PdfPageLines &page = pages[p];
        drop[p].assign(page.lines.size(), false);
        double top = 1e9, bottom = -1e9;
        for (const PdfLine &l : page.lines) {
            top = std::min(top, l.y0);
            bottom = std::max(bottom, l.y1);
        }
        for (size_t i = 0; i < page.lines.size(); ++i) {
            const PdfLine &l = page.lines[i];
            if (!inMarginZone(l, page, top, bottom))
                continue;
            if (isPageNumber(l.text))
                numbers.push_back({p, i});
            else
                candidates.push_back({p, i, runningKey(l.text), (l.y0 + l.y1) / 2});
        }
    }
    // Most pages (at least two) carry the line at the same height.
    const size_t needed = std::max<size_t>(
        2, static_cast<size_t>(std::ceil(0.5 * static_cast<double>(pages.size()))));
    if (pages.size() >= 2) {
        // Pages carrying each text at each height (4-point buckets; a neighbouring
        // bucket counts too), so the count stays linear in the candidates.
        const auto bucketOf = [](double centre) {
            return static_cast<qint64>(std::floor(centre / 4));
        };
        std::map<std::pair<QString, qint64>, QSet<size_t>> pagesAt;
        for (const Candidate &c : candidates)
            pagesAt[{c.key, bucketOf(c.centre)}].insert(c.page);
        std::map<std::pair<QString, qint64>, bool> repeats;
        for (const Candidate &c : candidates) {
            const std::pair<QString, qint64> at{c.key, bucketOf(c.centre)};
            auto known = repeats.find(at);
            if (known == repeats.end()) {
                QSet<size_t> seen;
                for (qint64 b = at.second - 1; b <= at.second + 1; ++b) {
                    const auto it = pagesAt.find({c.key, b});
                    if (it != pagesAt.end())
                        seen.unite(it->second);
                }
                known = repeats.emplace(at, static_cast<size_t>(seen.size()) >= needed).first;
            }
            if (known->second)
                drop[c.page][c.line] = true;
        }
    }
    // A page number stands alone on its baseline once the running text beside it
    // is gone; a number with words beside it is a table's cell ("Turku | 400" at the
    // foot of a short page) or part of a line.
    for (const auto &[p, i] : numbers) {
        const PdfLine &n = pages[p].lines[i];
        const double centre = (n.y0 + n.y1) / 2;
        bool alone = true;
        for (size_t k = 0; k < pages[p].lines.size() && alone; ++k) {
            const PdfLine &other = pages[p].lines[k];
            if (k != i && !drop[p][k] && other.y0 < centre && centre < other.y1)
                alone = false;
        }
        drop[p][i] = alone;
    }
    int dropped = 0;
    for (size_t p = 0; p < pages.size(); ++p) {
        std::vector<PdfLine> kept;
        for (size_t i = 0; i < pages[p].lines.size(); ++i) {
            if (drop[p][i])
                ++dropped;
            else
                kept.push_back(std::move(pages[p].lines[i]));
        }
        pages[p].lines = std::move(kept);
    }
    return dropped;
}

PdfTextBuilder::Vocabulary PdfTextBuilder::vocabulary(const std::vector<PdfPageLines> &pages) {
    Vocabulary vocab;
    static const QRegularExpression token(QStringLiteral("\\p{L}+(?:[-\u2010]\\p{L}+)*"),
                                          QRegularExpression::UseUnicodePropertiesOption);
    for (const PdfPageLines &page : pages) {
        for (const PdfLine &line : page.lines) {
            for (auto it = token.globalMatch(line.text); it.hasNext();) {
                const auto m = it.next();
                // A token running to the end of the line might be a broken word.
                if (m.capturedEnd() < line.text.size() &&
                    (line.text[m.capturedEnd()] == QLatin1Char('-') ||
                     line.text[m.capturedEnd()] == QChar(0x00AD)) &&
                    m.capturedEnd() + 1 == line.text.size())
                    continue;
                const QString word = m.captured().toLower();
                if (word.contains(QLatin1Char('-')) || word.contains(QChar(0x2010))) {
                    QString compound = word;
                    compound.replace(QChar(0x2010), QLatin1Char('-'));
                    vocab.compounds.insert(compound);
                    for (const QString &part : compound.split(QLatin1Char('-')))
                        vocab.words.insert(part);
                } else {
                    vocab.words.insert(word);
                }
            }
        }
    }
    return vocab;
}

QString PdfTextBuilder::joinLines(const QString &before, const QString &after,
                                  const Vocabulary &vocab) {
    const QString next = after.trimmed();
    QString prev = before;
    while (prev.endsWith(QLatin1Char(' ')))
        prev.chop(1);
    if (prev.isEmpty())
        return next;
    if (prev.endsWith(QChar(0x00AD))) { // a soft hyphen is a break hint, never text
        prev.chop(1);
        return prev + next;
    }
    if (prev.endsWith(QChar(0x2014))) // em dash set closed
        return prev + next;
    const bool hyphen = prev.endsWith(QLatin1Char('-')) || prev.endsWith(QChar(0x2010));
    if (!hyphen || prev.size() < 2 || !prev[prev.size() - 2].isLetter() || next.isEmpty() ||
        !next[0].isLetter())
        return prev + QLatin1Char(' ') + next;

    qsizetype a = prev.size() - 1;
    while (a > 0 && prev[a - 1].isLetter())
        --a;
    const QString head = prev.mid(a, prev.size() - 1 - a);
    qsizetype b = 0;
    while (b < next.size() && next[b].isLetter())
        ++b;
    const QString tail = next.left(b);
    const QString joined = (head + tail).toLower();
    const QString compound = head.toLower() + QLatin1Char('-') + tail.toLower();
    // Capitals after the break ("Franco-German"), names and codes keep the hyphen;
    // so does a compound the document writes elsewhere, or whose two parts it uses
    // as words while never writing them as one.
    bool keep = tail[0].isUpper() || vocab.compounds.contains(compound);
    if (!keep && !vocab.words.contains(joined))
        keep = head.size() >= 3 && tail.size() >= 3 && vocab.words.contains(head.toLower()) &&
               vocab.words.contains(tail.toLower());
    if (keep)
        return prev + next;
    prev.chop(1);
    return prev + next;
}

PdfTextBuilder::Result PdfTextBuilder::build(std::vector<PdfPageLines> pages) {
    Result result;
    result.droppedLines = dropRunningLines(pages);
    const Vocabulary vocab = vocabulary(pages);
    int tables = 0;
    // Appends a paragraph; a table's rows are recorded with their cells and offsets.
    // One row alone is a line with a wide gap in it as often as a table: text only.
    const auto append = [&](const Paragraph &p) {
        if (p.rows.size() < 2) {
            result.text += TextDecoder::normalizeFragment(p.text).trimmed();
            return;
        }
        for (size_t r = 0; r < p.rows.size(); ++r) {
            if (r > 0)
                result.text += QLatin1Char('\n');
            TableRow row;
            row.start = result.text.size();
            row.table = tables;
            row.header = r == 0; // no format flag: a table's first row heads it
            for (const QString &cell : p.rows[r])
                row.cells << TextDecoder::normalizeFragment(cell).trimmed();
            result.text += row.cells.join(QStringLiteral(" | "));
            row.end = result.text.size();
            result.tableRows.push_back(std::move(row));
        }
        ++tables;
    };
    for (const PdfPageLines &page : pages) {
        PageParagraphs paragraphs = paragraphsOf(page, vocab);
        if (paragraphs.paragraphs.empty()) {
            // An empty page starts where the next one does: pageAt() gives the later page.
            result.pageStarts.push_back(result.text.size());
            continue;
        }
        const Paragraph &firstParagraph = paragraphs.paragraphs.front();
        if (!result.text.isEmpty() && !endsSentence(result.text) &&
            paragraphs.firstStartsLowercase && firstParagraph.rows.empty()) {
            // A paragraph running on from the page before: joined (and de-hyphenated)
            // through its last words only.
            const QString first = TextDecoder::normalizeFragment(firstParagraph.text).trimmed();
            const qsizetype keep = std::min<qsizetype>(64, result.text.size());
            const QString joined = joinLines(result.text.right(keep), first, vocab);
            result.text.chop(keep);
            result.text += joined;
            result.pageStarts.push_back(result.text.size() - first.size());
        } else {
            if (!result.text.isEmpty())
                result.text += QStringLiteral("\n\n");
            result.pageStarts.push_back(result.text.size());
            append(firstParagraph);
        }
        for (size_t i = 1; i < paragraphs.paragraphs.size(); ++i) {
            result.text += QStringLiteral("\n\n");
            append(paragraphs.paragraphs[i]);
        }
    }
    return result;
}

} // namespace cc
