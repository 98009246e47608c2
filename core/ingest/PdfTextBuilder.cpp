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

// One paragraph per entry, with whether it may continue from the previous page.
struct PageParagraphs {
    QStringList paragraphs;
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
    for (const PdfLine &l : page.lines) {
        if (!lines.empty()) {
            PdfLine &last = lines.back();
            if (last.band == l.band && last.column == l.column && l.x0 >= last.x1 &&
                std::abs(l.y0 - last.y0) < 0.5 * std::max(l.fontSize, last.fontSize)) {
                last.text += QStringLiteral(" | ") + l.text;
                last.x1 = l.x1;
                last.y1 = std::max(last.y1, l.y1);
                cells.back() = true;
                continue;
            }
        }
        lines.push_back(l);
        cells.push_back(false);
    }
    if (lines.empty())
        return out;
    // Typical line pitch and the edges of each column block (band, column).
    std::vector<double> pitches;
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
        if (a.band == b.band && a.column == b.column && pitch > 0.8 * a.fontSize &&
            pitch < 3 * a.fontSize)
            pitches.push_back(pitch);
    }
    const double typicalPitch = median(pitches);

    QString paragraph = lines.front().text;
    out.firstStartsLowercase = startsLowercase(paragraph);
    for (size_t i = 1; i < lines.size(); ++i) {
        const PdfLine &a = lines[i - 1], &b = lines[i];
        if (cells[i - 1] && cells[i] && a.band == b.band && a.column == b.column &&
            b.y0 - a.y0 < 3 * std::max(a.fontSize, b.fontSize)) {
            paragraph += QLatin1Char('\n') + b.text; // the next row of a table
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
            const double expected = typicalPitch > 0 ? typicalPitch : 1.25 * size;
            breaks = pitch <= 0 || pitch > 1.35 * expected + 0.5 ||
                     std::abs(a.fontSize - b.fontSize) > 0.15 * size ||
                     (b.x0 > e.left + size && a.x0 <= e.left + 0.5 * size) ||
                     (e.lines >= 3 && endsSentence(a.text) && a.x1 < e.right - 2.5 * size) ||
                     startsItem(b.text);
        }
        if (breaks) {
            out.paragraphs << paragraph;
            paragraph = b.text;
        } else {
            paragraph = PdfTextBuilder::joinLines(paragraph, b.text, vocab);
        }
    }
    out.paragraphs << paragraph;
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
                drop[p][i] = true;
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
    for (const PdfPageLines &page : pages) {
        PageParagraphs paragraphs = paragraphsOf(page, vocab);
        if (paragraphs.paragraphs.isEmpty()) {
            // An empty page starts where the next one does: pageAt() gives the later page.
            result.pageStarts.push_back(result.text.size());
            continue;
        }
        const QString first =
            TextDecoder::normalizeFragment(paragraphs.paragraphs.takeFirst()).trimmed();
        if (!result.text.isEmpty() && !endsSentence(result.text) &&
            paragraphs.firstStartsLowercase) {
            // A paragraph running on from the page before: joined (and de-hyphenated)
            // through its last words only.
            const qsizetype keep = std::min<qsizetype>(64, result.text.size());
            const QString joined = joinLines(result.text.right(keep), first, vocab);
            result.text.chop(keep);
            result.text += joined;
            result.pageStarts.push_back(result.text.size() - first.size());
        } else {
            if (!result.text.isEmpty())
                result.text += QStringLiteral("\n\n");
            result.pageStarts.push_back(result.text.size());
            result.text += first;
        }
        for (const QString &p : std::as_const(paragraphs.paragraphs)) {
            result.text += QStringLiteral("\n\n");
            result.text += TextDecoder::normalizeFragment(p).trimmed();
        }
    }
    return result;
}

} // namespace cc
