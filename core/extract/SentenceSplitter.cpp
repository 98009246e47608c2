#include "extract/SentenceSplitter.h"

#include "extract/GluedTableSplitter.h"
#include "extract/LanguageDetector.h"
#include "extract/WordTokenizer.h"
#include "lexicon/LexiconSet.h"

#include <QHash>
#include <QJsonValue>
#include <algorithm>

namespace cc {

namespace {

// Longest piece of text without a sentence end before it is cut anyway.
constexpr qsizetype kMaxSentence = 2500;
// Quoted speech longer than this is split like any text.
constexpr qsizetype kMaxQuote = 600;
// A line without a final stop and with at most this many words is a heading.
constexpr int kMaxHeadingWords = 40;

bool isTerminator(QChar c) {
    const char16_t u = c.unicode();
    return u == '.' || u == '!' || u == '?' || u == 0x2026 || u == 0x3002 || u == 0xff01 ||
           u == 0xff1f;
}

bool isCjkTerminator(QChar c) {
    const char16_t u = c.unicode();
    return u == 0x3002 || u == 0xff01 || u == 0xff1f;
}

bool isCloser(QChar c) {
    const char16_t u = c.unicode();
    return u == '"' || u == '\'' || u == ')' || u == ']' || u == '*' || u == '_' || u == 0x201d ||
           u == 0x2019 || u == 0x00bb || u == 0x300d || u == 0x300f;
}

bool isOpeningQuote(QChar c) {
    const char16_t u = c.unicode();
    return u == '"' || u == 0x201c || u == 0x00ab || u == 0x300c || u == 0x300e;
}

// Characters that cannot open a sentence: markup, bullets, emoji, stray code-page letters.
bool isLeadingJunk(QStringView text, qsizetype i) {
    const QChar c = text[i];
    if (c.isSpace() || WordTokenizer::isStrayLetter(c) || c.isSurrogate())
        return true;
    switch (c.category()) {
    case QChar::Symbol_Other:
    case QChar::Symbol_Modifier:
    case QChar::Number_Other:
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
        return true;
    default:
        break;
    }
    static const QString junk = QStringLiteral("*#>|•·▪◦●■□►▶–—_=¦");
    return junk.contains(c);
}

// Bullet or number marker at the start of a line; returns its length including the space after.
qsizetype listMarker(QStringView line) {
    const qsizetype n = line.size();
    if (n < 2)
        return 0;
    const QChar c = line[0];
    static const QString bullets = QStringLiteral("-*•·▪◦●■►▶–—+");
    if (bullets.contains(c) && line[1].isSpace()) {
        qsizetype k = 1;
        while (k < n && line[k].isSpace())
            ++k;
        return k < n ? k : 0;
    }
    // "1." "12)" "(3)" "a)" followed by white space.
    qsizetype k = 0;
    const bool paren = c == QLatin1Char('(');
    if (paren)
        ++k;
    const qsizetype digitsStart = k;
    while (k < n && line[k].isDigit() && k - digitsStart < 3)
        ++k;
    const bool digits = k > digitsStart;
    if (!digits && k < n && line[k].isLower() && k + 1 < n &&
        (line[k + 1] == QLatin1Char(')') || (paren && line[k + 1] == QLatin1Char(')'))))
        ++k; // "a)" / "(a)"
    else if (!digits)
        return 0;
    if (k >= n)
        return 0;
    if (line[k] == QLatin1Char('.') || line[k] == QLatin1Char(')')) {
        if (paren && line[k] != QLatin1Char(')'))
            return 0;
        ++k;
        if (k < n && line[k].isSpace()) {
            while (k < n && line[k].isSpace())
                ++k;
            // "2026. The" or "3. 5%": a number then a capital or letter is an item; keep years out.
            if (k < n && digits && k - digitsStart >= 5)
                return 0;
            return k < n ? k : 0;
        }
    }
    return 0;
}

QChar lastSignificant(QStringView s) {
    for (qsizetype i = s.size() - 1; i >= 0; --i) {
        const QChar c = s[i];
        if (c.isSpace() || isCloser(c))
            continue;
        return c;
    }
    return QChar();
}

bool endsWithStop(QStringView s) {
    const QChar c = lastSignificant(s);
    return isTerminator(c) || c == QLatin1Char(':') || c == QLatin1Char(';');
}

int wordCount(QStringView s) {
    int words = 0;
    bool in = false;
    for (QChar c : s) {
        const bool w = c.isLetterOrNumber();
        if (w && !in)
            ++words;
        in = w;
    }
    return words;
}

// Run-together table cells: a lower-case letter meeting a capital, a bracket
// meeting a word, an amount glued to a word ("ModelTraining", "(est.)Multi", "B~$7").
bool looksGlued(QStringView row) {
    for (qsizetype p = 1; p < row.size(); ++p) {
        const QChar a = row[p - 1], b = row[p];
        if (a.isLower() && b.isUpper() && p >= 2 && row[p - 2].isLower())
            return true;
        if (a == QLatin1Char(')') && b.isLetterOrNumber())
            return true;
        if (a.isLetterOrNumber() && (b == QLatin1Char('~') || b == QLatin1Char('$')))
            return true;
    }
    return false;
}

struct Line {
    qsizetype start = 0; // content start (leading white space skipped)
    qsizetype end = 0;   // content end (trailing white space dropped)
    bool blank = true;
};

std::vector<Line> linesOf(QStringView text) {
    std::vector<Line> lines;
    qsizetype s = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i <= n; ++i) {
        if (i == n || text[i] == QLatin1Char('\n')) {
            Line l;
            qsizetype a = s, b = i;
            while (a < b && text[a].isSpace())
                ++a;
            while (b > a && text[b - 1].isSpace())
                --b;
            l.start = a;
            l.end = b;
            l.blank = a == b;
            lines.push_back(l);
            s = i + 1;
        }
    }
    return lines;
}

} // namespace

struct SentenceSplitter::Data {
    explicit Data(const LexiconSet &lex) : language(lex) {
        for (const LexiconEntry &e : lex.entries(QStringLiteral("abbreviations"))) {
            const QString key = e.string("key").trimmed();
            if (key.isEmpty() || !key.endsWith(QLatin1Char('.'))) {
                errors << e.where() +
                              QStringLiteral(": abbreviations: \"key\" must be an abbreviation "
                                             "ending with a period");
                continue;
            }
            const QJsonValue mayEnd = e.object.value(QLatin1String("may_end"));
            if (!mayEnd.isUndefined() && !mayEnd.isBool()) {
                errors << e.where() +
                              QStringLiteral(": abbreviations: \"may_end\" of %1 must be true or "
                                             "false")
                                  .arg(key);
                continue;
            }
            abbreviations.insert(key.toLower(), mayEnd.toBool(false));
            longestAbbreviation = std::max(longestAbbreviation, key.size());
        }
        errors << language.errors();
    }

    LanguageDetector language;
    QHash<QString, bool> abbreviations; // folded abbreviation -> may end a sentence
    qsizetype longestAbbreviation = 0;
    QStringList errors;

    void split(QStringView text, const Document *doc, std::vector<Sentence> &out) const;
    void splitUnit(QStringView text, qsizetype s, qsizetype e, Sentence::Kind kind,
                   std::vector<Sentence> &out) const;
    bool splitsAt(QStringView text, qsizetype i, qsizetype j, qsizetype unitEnd) const;
    void emitSentence(QStringView text, qsizetype s, qsizetype e, Sentence::Kind kind,
                      std::vector<Sentence> &out) const;
    bool tryPlainTable(QStringView text, const std::vector<Line> &lines, size_t from, size_t to,
                       const QHash<QString, int> &camelCounts, std::vector<Sentence> &out) const;
};

SentenceSplitter::SentenceSplitter(const LexiconSet &lexicons)
    : d(std::make_shared<Data>(lexicons)) {}
SentenceSplitter::~SentenceSplitter() = default;

QStringList SentenceSplitter::errors() const {
    return d->errors;
}

std::vector<Sentence> SentenceSplitter::split(QStringView text) const {
    std::vector<Sentence> out;
    d->split(text, nullptr, out);
    return out;
}

std::vector<Sentence> SentenceSplitter::split(const Document &doc) const {
    std::vector<Sentence> out;
    d->split(doc.text, &doc, out);
    if (!doc.pageStarts.empty()) {
        for (Sentence &s : out)
            s.page = doc.pageAt(s.start);
    }
    return out;
}

void SentenceSplitter::Data::emitSentence(QStringView text, qsizetype s, qsizetype e,
                                          Sentence::Kind kind, std::vector<Sentence> &out) const {
    while (s < e && isLeadingJunk(text, s)) {
        // After a stray code-page letter, the symbols of the same damaged character go too.
        const bool stray = WordTokenizer::isStrayLetter(text[s]);
        ++s;
        while (stray && s < e && !text[s].isSpace() && !text[s].isLetterOrNumber() &&
               !isOpeningQuote(text[s]))
            ++s;
    }
    while (e > s && text[e - 1].isSpace())
        --e;
    bool content = false;
    for (qsizetype i = s; i < e && !content; ++i)
        content = text[i].isLetterOrNumber();
    if (!content)
        return;
    Sentence sentence;
    sentence.start = s;
    sentence.end = e;
    sentence.kind = kind;
    if (kind == Sentence::Kind::Prose && isOpeningQuote(text[s]) && isCloser(text[e - 1]))
        sentence.kind = Sentence::Kind::Quote;
    sentence.language = language.detect(text.mid(s, e - s));
    out.push_back(std::move(sentence));
}

bool SentenceSplitter::Data::splitsAt(QStringView text, qsizetype i, qsizetype j,
                                      qsizetype unitEnd) const {
    // i: the terminator, j: first position after it and its closers.
    const QChar c = text[i];
    if (isCjkTerminator(c))
        return true;
    if (j < unitEnd && !text[j].isSpace())
        return false; // "1.2T", "U.S.-Japan", "acme.io"
    qsizetype k = j;
    while (k < unitEnd && text[k].isSpace())
        ++k;
    if (k >= unitEnd)
        return true;
    const QChar next = text[k];
    // Stray code-page letters or an emoji after a stop open something new.
    if (isLeadingJunk(text, k))
        return true;
    // The word after, for the opener check of abbreviations that may end a sentence.
    auto nextWord = [&] {
        qsizetype we = k;
        while (we < unitEnd && text[we].isLetter())
            ++we;
        return text.mid(k, we - k).toString().toLower();
    };

    if (c == QLatin1Char('.')) {
        // The word the period closes, periods included ("U.S.", "approx.").
        qsizetype ws = i;
        while (ws > 0 && i - ws < longestAbbreviation + 1 &&
               (text[ws - 1].isLetter() || text[ws - 1] == QLatin1Char('.')))
            --ws;
        // An abbreviation may be one word of a phrase ("et al.").
        const QString word = text.mid(ws, i + 1 - ws).toString().toLower();
        auto abbreviation = abbreviations.constFind(word);
        if (abbreviation == abbreviations.constEnd() && ws > 0 &&
            text[ws - 1] == QLatin1Char(' ')) {
            qsizetype ps = ws;
            while (ps > 0 && text[ps - 1] == QLatin1Char(' '))
                --ps;
            qsizetype pws = ps;
            while (pws > 0 && text[pws - 1].isLetter() && ps - pws < 4)
                --pws;
            if (pws < ps && ps - pws < 4)
                abbreviation =
                    abbreviations.constFind(text.mid(pws, i + 1 - pws).toString().toLower());
        }
        if (abbreviation != abbreviations.constEnd()) {
            if (!abbreviation.value())
                return false;
            return next.isUpper() && language.isEnglishFunctionWord(nextWord());
        }
        // Initials: "J. Smith".
        if (i - ws == 1 && text[ws].isUpper() && next.isUpper())
            return false;
        if (next.isLower()) {
            // Usually an abbreviation nobody listed; a full word before the period
            // ends the sentence all the same ("... gap open. over: ...").
            int letters = 0;
            for (qsizetype p = ws; p < i; ++p)
                letters += text[p].isLetter() ? 1 : 0;
            return letters >= 4 && word.count(QLatin1Char('.')) == 1;
        }
        return true;
    }
    // '!' '?' '…': a lower-case word after it continues the sentence ("Yahoo! said").
    return !next.isLower();
}

void SentenceSplitter::Data::splitUnit(QStringView text, qsizetype s, qsizetype e,
                                       Sentence::Kind kind, std::vector<Sentence> &out) const {
    // Quoted spans: a terminator inside a short quotation does not end the sentence.
    std::vector<std::pair<qsizetype, qsizetype>> quotes;
    {
        qsizetype open = -1;
        for (qsizetype i = s; i < e; ++i) {
            const char16_t u = text[i].unicode();
            if (u == 0x201c || (u == '"' && open < 0)) {
                open = i;
            } else if ((u == 0x201d || u == '"') && open >= 0) {
                quotes.emplace_back(open, i);
                open = -1;
            } else if (u == '\n' && i + 1 < e && text[i + 1] == QLatin1Char('\n')) {
                open = -1;
            }
        }
    }
    auto insideQuote = [&](qsizetype pos) {
        // Quotes do not nest: only the last one opening before pos can hold it.
        auto it = std::lower_bound(
            quotes.begin(), quotes.end(), pos,
            [](const std::pair<qsizetype, qsizetype> &q, qsizetype p) { return q.first < p; });
        if (it == quotes.begin())
            return false;
        --it;
        return it->first < pos && pos < it->second - 1 && it->second - it->first <= kMaxQuote;
    };

    qsizetype start = s;
    for (qsizetype i = s; i < e; ++i) {
        const QChar c = text[i];
        if (!isTerminator(c)) {
            if (i - start > kMaxSentence) {
                // No sentence end in sight: cut at the last clause break or space.
                qsizetype cut = -1;
                for (qsizetype k = i; k > start + kMaxSentence / 2 && cut < 0; --k) {
                    if (text[k] == QLatin1Char(';') || text[k] == QLatin1Char(','))
                        cut = k + 1;
                }
                for (qsizetype k = i; k > start && cut < 0; --k) {
                    if (text[k].isSpace())
                        cut = k;
                }
                if (cut < 0)
                    cut = i;
                emitSentence(text, start, cut, kind, out);
                start = cut;
            }
            continue;
        }
        qsizetype j = i + 1;
        while (j < e && (text[j] == QLatin1Char('.') || isTerminator(text[j])))
            ++j; // "...", "?!"
        while (j < e && isCloser(text[j]))
            ++j;
        if (insideQuote(i))
            continue;
        if (!splitsAt(text, i, j, e))
            continue;
        emitSentence(text, start, j, kind, out);
        start = j;
        i = j - 1;
    }
    emitSentence(text, start, e, kind, out);
}

bool SentenceSplitter::Data::tryPlainTable(QStringView text, const std::vector<Line> &lines,
                                           size_t from, size_t to,
                                           const QHash<QString, int> &camelCounts,
                                           std::vector<Sentence> &out) const {
    if (to - from < 3)
        return false;
    std::vector<QStringView> rows;
    for (size_t k = from; k < to; ++k) {
        const QStringView row = text.mid(lines[k].start, lines[k].end - lines[k].start);
        // A period closing a bracket ("(2026 est.)") is no sentence end.
        const QChar last = lastSignificant(row);
        const bool bracketed = row.endsWith(QLatin1Char(')'));
        if (row.size() > 400 || (isTerminator(last) && !bracketed) || last == QLatin1Char(':') ||
            listMarker(row) > 0)
            return false;
        rows.push_back(row);
    }
    const GluedTableSplitter::Mode mode = GluedTableSplitter::modeFor(rows);
    QSet<QString> keepWhole;
    if (mode == GluedTableSplitter::Mode::Glued) {
        // Camel-case words standing alone outside this table.
        QHash<QString, int> inside;
        for (QStringView r : rows) {
            const QHash<QString, int> c = GluedTableSplitter::camelCaseCounts(r);
            for (auto it = c.cbegin(); it != c.cend(); ++it)
                inside[it.key()] += it.value();
        }
        for (auto it = camelCounts.cbegin(); it != camelCounts.cend(); ++it) {
            if (it.value() > inside.value(it.key()))
                keepWhole.insert(it.key());
        }
    }
    std::vector<std::vector<TextCell>> cells;
    cells.reserve(rows.size());
    for (QStringView r : rows) {
        std::vector<TextCell> c = GluedTableSplitter::cells(r, mode, keepWhole);
        // A one-letter cell is a cut inside a word ("Mo|E"): the row cannot be trusted.
        for (const TextCell &cell : c) {
            if (cell.text.size() < 2) {
                c.clear();
                break;
            }
        }
        cells.push_back(std::move(c));
    }
    const size_t columns = cells.front().size();
    int matching = 0;
    for (size_t k = 1; k < cells.size(); ++k)
        matching += columns >= 2 && cells[k].size() == columns ? 1 : 0;
    // Glued rows often hide a cell boundary (digits meeting digits): a third of the rows
    // will do, or any row when the header itself splits into three cells or more.
    const bool separated = columns >= 2 && matching > 0 &&
                           (matching * 3 >= static_cast<int>(cells.size() - 1) || columns >= 3);
    if (!separated) {
        // Still a table when most rows show glued cells ("revenue~$3.2B~$7.5B"): rows
        // without cells, so that no claim is read from run-together text.
        int glued = 0;
        for (QStringView r : rows)
            glued += looksGlued(r) ? 1 : 0;
        if (glued * 2 < static_cast<int>(rows.size()))
            return false;
        cells.assign(rows.size(), {});
    }
    for (size_t k = 0; k < rows.size(); ++k) {
        Sentence s;
        s.start = lines[from + k].start;
        s.end = lines[from + k].end;
        s.kind = Sentence::Kind::TableRow;
        if (separated && cells[k].size() == columns) {
            for (const TextCell &c : cells[k])
                s.cells << c.text;
        }
        s.language = language.detect(rows[k]);
        out.push_back(std::move(s));
    }
    return true;
}

void SentenceSplitter::Data::split(QStringView text, const Document *doc,
                                   std::vector<Sentence> &out) const {
    const std::vector<Line> lines = linesOf(text);
    // Table rows the format reader kept, by start.
    std::vector<const TableRow *> rows;
    if (doc) {
        for (const TableRow &r : doc->tableRows)
            rows.push_back(&r);
        std::sort(rows.begin(), rows.end(),
                  [](const TableRow *a, const TableRow *b) { return a->start < b->start; });
    }
    size_t nextRow = 0;
    QHash<QString, int> camelCounts;
    bool camelCounted = false;

    struct Unit {
        qsizetype start = -1;
        qsizetype end = -1;
        Sentence::Kind kind = Sentence::Kind::Prose;
        int lines = 0;
    } unit;
    auto flush = [&] {
        if (unit.start < 0)
            return;
        const QStringView body = text.mid(unit.start, unit.end - unit.start);
        // "Text. More text" without a final stop is prose, not a heading.
        bool internalStop = false;
        for (qsizetype p = 0; p + 2 < body.size() && !internalStop; ++p) {
            internalStop = isTerminator(body[p]) && body[p + 1].isSpace() &&
                           splitsAt(text, unit.start + p, unit.start + p + 1, unit.end);
        }
        if (unit.kind == Sentence::Kind::Prose && unit.lines == 1 && !internalStop &&
            (!endsWithStop(body) ||
             (lastSignificant(body) == QLatin1Char(':') && wordCount(body) <= 12)) &&
            wordCount(body) <= kMaxHeadingWords) {
            emitSentence(text, unit.start, unit.end, Sentence::Kind::Heading, out);
        } else {
            splitUnit(text, unit.start, unit.end, unit.kind, out);
        }
        unit = Unit();
    };

    size_t i = 0;
    while (i < lines.size()) {
        if (lines[i].blank) {
            flush();
            ++i;
            continue;
        }
        // The block of non-blank lines starting here.
        size_t blockEnd = i;
        while (blockEnd < lines.size() && !lines[blockEnd].blank)
            ++blockEnd;
        bool readerRows = false;
        for (size_t k = i; k < blockEnd && !readerRows; ++k) {
            while (nextRow < rows.size() && rows[nextRow]->end <= lines[k].start)
                ++nextRow;
            readerRows = nextRow < rows.size() && rows[nextRow]->start < lines[k].end;
        }
        if (!readerRows && blockEnd - i >= 3) {
            if (!camelCounted) {
                // Camel-case names as prose writes them (lines ending a sentence).
                for (const Line &l : lines) {
                    const QStringView body = text.mid(l.start, l.end - l.start);
                    if (l.blank || !isTerminator(lastSignificant(body)))
                        continue;
                    const QHash<QString, int> c = GluedTableSplitter::camelCaseCounts(body);
                    for (auto it = c.cbegin(); it != c.cend(); ++it)
                        camelCounts[it.key()] += it.value();
                }
                camelCounted = true;
            }
            if (tryPlainTable(text, lines, i, blockEnd, camelCounts, out)) {
                i = blockEnd;
                continue;
            }
        }
        for (size_t k = i; k < blockEnd; ++k) {
            const Line &line = lines[k];
            // A table row kept by the reader: one sentence with its cells.
            while (nextRow < rows.size() && rows[nextRow]->end <= line.start)
                ++nextRow;
            if (nextRow < rows.size() && rows[nextRow]->start < line.end) {
                flush();
                const TableRow &r = *rows[nextRow];
                Sentence s;
                s.start = r.start;
                s.end = r.end;
                s.kind = Sentence::Kind::TableRow;
                s.cells = r.cells;
                s.language = language.detect(text.mid(r.start, r.end - r.start));
                out.push_back(std::move(s));
                // Skip the lines this row covers.
                while (k + 1 < blockEnd && lines[k + 1].start < r.end)
                    ++k;
                ++nextRow;
                continue;
            }
            const QStringView content = text.mid(line.start, line.end - line.start);
            const qsizetype marker = listMarker(content);
            if (marker > 0) {
                flush();
                unit.start = line.start + marker;
                unit.end = line.end;
                unit.kind = Sentence::Kind::ListItem;
                unit.lines = 1;
                continue;
            }
            if (unit.start >= 0) {
                const QStringView prev = text.mid(unit.start, unit.end - unit.start);
                bool join = false;
                // A line opening with an emoji or stray code-page letters starts something new.
                if (!endsWithStop(prev) && !looksLikeCode(content) && !isLeadingJunk(content, 0)) {
                    const QChar first = content[0];
                    if (first.isLower()) {
                        join = true;
                    } else {
                        // Hard-wrapped prose: the previous line stops on a connecting word.
                        const QChar last = prev.back();
                        if (last == QLatin1Char(',') || last == QLatin1Char('(') ||
                            last == QLatin1Char('&') || last == QLatin1Char('/')) {
                            join = true;
                        } else if (last.isLower()) {
                            qsizetype ws = prev.size();
                            while (ws > 0 && prev[ws - 1].isLetter())
                                --ws;
                            const QString w = prev.mid(ws).toString();
                            join = language.isEnglishFunctionWord(w) || w == QLatin1String("a") ||
                                   w == QLatin1String("an");
                        }
                    }
                }
                if (join) {
                    unit.end = line.end;
                    ++unit.lines;
                    continue;
                }
            }
            flush();
            unit.start = line.start;
            unit.end = line.end;
            unit.kind = Sentence::Kind::Prose;
            unit.lines = 1;
        }
        flush();
        i = blockEnd;
    }
    flush();
}

bool SentenceSplitter::looksLikeCode(QStringView s) {
    const QStringView t = s.trimmed();
    if (t.isEmpty())
        return false;
    // Prose without any code character is not code; most lines leave here.
    bool codeChar = false;
    for (QChar c : t) {
        const char16_t u = c.unicode();
        if (u == '=' || u == '{' || u == '}' || u == '_' || u == '$' || u == '"' || u == '(' ||
            u == '[' || u == '`') {
            codeChar = true;
            break;
        }
    }
    if (!codeChar && !t.startsWith(QLatin1String("export ")) &&
        !t.startsWith(QLatin1String("import ")) && !t.startsWith(QLatin1String("python ")) &&
        !t.startsWith(QLatin1String("pip ")) && !t.startsWith(QLatin1String("npm ")) &&
        !t.startsWith(QLatin1String("sudo ")) && !t.startsWith(QLatin1String("def ")) &&
        !t.startsWith(QLatin1String("return ")))
        return false;
    static const char *const starts[] = {
        "export ", "import ",   "from ",   "def ",  "class ", "print(", "return ", "const ",
        "var ",    "let ",      "python ", "pip ",  "npm ",   "sudo ",  "$ ",      "#include",
        "```",     "function ", "if (",    "for (", "}",      "{"};
    for (const char *p : starts) {
        if (t.startsWith(QLatin1String(p)))
            return !(QLatin1String(p) == QLatin1String("from ") ||
                     QLatin1String(p) == QLatin1String("class ")) ||
                   t.contains(QLatin1Char('='));
    }
    const QChar last = t.back();
    if (last == QLatin1Char('{') || last == QLatin1Char('[') ||
        (last == QLatin1Char('(') && !t.contains(QLatin1Char(' '))))
        return true;
    int signals_ = 0;
    int words = 0;
    bool inWord = false;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const QChar c = t[i];
        const bool w = c.isLetterOrNumber();
        if (w && !inWord)
            ++words;
        inWord = w;
        if (c == QLatin1Char('=') || c == QLatin1Char('{') || c == QLatin1Char('}'))
            ++signals_;
        else if (c == QLatin1Char('_') && i > 0 && t[i - 1].isLetterOrNumber() &&
                 i + 1 < t.size() && t[i + 1].isLetterOrNumber())
            ++signals_;
        else if (c == QLatin1Char('$') && i + 1 < t.size() && t[i + 1].isUpper())
            ++signals_;
    }
    // A leading identifier assigned a value: "name = ...", "KEY=value".
    qsizetype k = 0;
    while (k < t.size() &&
           (t[k].isLetterOrNumber() || t[k] == QLatin1Char('_') || t[k] == QLatin1Char('.') ||
            t[k] == QLatin1Char('[') || t[k] == QLatin1Char(']') || t[k] == QLatin1Char('"')))
        ++k;
    while (k < t.size() && t[k] == QLatin1Char(' '))
        ++k;
    if (k > 0 && k < t.size() && t[k] == QLatin1Char('=') &&
        (k + 1 >= t.size() || t[k + 1] != QLatin1Char('=')))
        return true;
    // '"key": value,' lines of a literal.
    if (t.startsWith(QLatin1Char('"')) && t.contains(QLatin1String("\":")))
        return true;
    return signals_ >= 2 && signals_ * 4 >= words;
}

} // namespace cc
