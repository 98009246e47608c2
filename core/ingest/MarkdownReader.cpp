#include "ingest/MarkdownReader.h"

#include "ingest/DateLineParser.h"
#include "ingest/MetadataExtractor.h"
#include "ingest/TextBuilder.h"
#include "ingest/TextDecoder.h"

#include <QRegularExpression>

namespace cc {

namespace {

bool isAsciiPunct(QChar c) {
    return c.unicode() < 0x80 && c.isPunct();
}
bool isPunctOrSymbol(QChar c) {
    return c.isPunct() || c.isSymbol();
}

// A piece of inline text: literal text, or a run of emphasis delimiters that is
// dropped when it pairs with another run of the same character.
struct Piece {
    QString text;
    QChar delim; // '*', '_', '~' for a delimiter run, null for text
    bool canOpen = false;
    bool canClose = false;
    bool matched = false;
    int linkOpen = -1;  // index into links: the link's text starts here
    int linkClose = -1; // ... and ends here
};

// How far ahead a closing bracket, backtick run or '>' is looked for: links and code
// spans are short, and a bound keeps a line of a million '[' linear.
constexpr qsizetype kLookAhead = 2048;

// Finds the bracket closing the one at `open`, honouring nesting and escapes.
qsizetype matchingBracket(QStringView s, qsizetype open, QChar o, QChar c) {
    int depth = 0;
    const qsizetype end = std::min(s.size(), open + kLookAhead);
    for (qsizetype i = open; i < end; ++i) {
        if (s[i] == u'\\') {
            ++i;
            continue;
        }
        if (s[i] == o)
            ++depth;
        else if (s[i] == c && --depth == 0)
            return i;
    }
    return -1;
}

QChar firstNonSpace(QStringView line) {
    for (QChar c : line)
        if (c != u' ' && c != u'\t')
            return c;
    return QChar();
}

const QRegularExpression &reHeading() {
    static const QRegularExpression re(
        QStringLiteral("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$"));
    return re;
}
const QRegularExpression &reSetext() {
    static const QRegularExpression re(QStringLiteral("^ {0,3}(?:=+|-+)[ \\t]*$"));
    return re;
}
const QRegularExpression &reRule() {
    static const QRegularExpression re(
        QStringLiteral("^ {0,3}(?:(?:\\*[ \\t]*){3,}|(?:-[ \\t]*){3,}|(?:_[ \\t]*){3,})$"));
    return re;
}
const QRegularExpression &reFence() {
    static const QRegularExpression re(QStringLiteral("^ {0,3}(`{3,}|~{3,})"));
    return re;
}
const QRegularExpression &reListItem() {
    static const QRegularExpression re(
        QStringLiteral("^([ \\t]*)([-*+•]|\\d{1,9}[.)])[ \\t]+(?:\\[[ xX]\\][ \\t]+)?(.*)$"));
    return re;
}
const QRegularExpression &reReference() {
    static const QRegularExpression re(QStringLiteral("^ {0,3}\\[([^\\]]+)\\]:[ \\t]*(.*)$"));
    return re;
}
const QRegularExpression &reTableDelimiter() {
    static const QRegularExpression re(QStringLiteral(
        "^[ \\t]*\\|?[ \\t]*:?-{1,}:?[ \\t]*(?:\\|[ \\t]*:?-{1,}:?[ \\t]*)*\\|?[ \\t]*$"));
    return re;
}

// Cells of a table row, split at pipes that are neither escaped nor in a code span.
QStringList splitRow(QStringView row) {
    QStringView s = row.trimmed();
    if (s.startsWith(u'|'))
        s = s.mid(1);
    if (s.endsWith(u'|') && !s.endsWith(u"\\|"))
        s.chop(1);
    QStringList cells;
    QString cell;
    bool code = false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (c == u'\\' && i + 1 < s.size() && s[i + 1] == u'|') {
            cell.append(u'|');
            ++i;
        } else if (c == u'`') {
            code = !code;
            cell.append(c);
        } else if (c == u'|' && !code) {
            cells << cell;
            cell.clear();
        } else {
            cell.append(c);
        }
    }
    cells << cell;
    return cells;
}

qsizetype indentOf(QStringView line) {
    qsizetype n = 0;
    for (QChar c : line) {
        if (c == u' ')
            ++n;
        else if (c == u'\t')
            n += 4;
        else
            break;
    }
    return n;
}

QString unquote(QString v) {
    v = v.trimmed();
    if (v.size() >= 2 &&
        ((v.front() == u'"' && v.back() == u'"') || (v.front() == u'\'' && v.back() == u'\'')))
        v = v.mid(1, v.size() - 2);
    return v.trimmed();
}

} // namespace

MarkdownReader::Inline MarkdownReader::renderInline(QStringView s) {
    std::vector<Piece> pieces;
    std::vector<QString> linkUrls;
    auto text = [&](QStringView t) {
        if (pieces.empty() || !pieces.back().delim.isNull() || pieces.back().linkOpen >= 0 ||
            pieces.back().linkClose >= 0)
            pieces.push_back({});
        pieces.back().text.append(t);
    };
    const qsizetype n = s.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = s[i];
        if (c == u'\\' && i + 1 < n && isAsciiPunct(s[i + 1])) {
            text(s.mid(i + 1, 1));
            i += 2;
            continue;
        }
        if (c == u'`') {
            qsizetype run = i;
            while (run < n && s[run] == u'`')
                ++run;
            const qsizetype len = run - i;
            const QString fence(len, u'`');
            const qsizetype close = s.left(std::min(n, run + kLookAhead)).indexOf(fence, run);
            if (close > 0) {
                text(s.mid(run, close - run).trimmed());
                i = close + len;
            } else {
                text(s.mid(i, len));
                i = run;
            }
            continue;
        }
        if (c == u'!' && i + 1 < n && s[i + 1] == u'[') {
            const qsizetype close = matchingBracket(s, i + 1, u'[', u']');
            if (close > 0) {
                qsizetype after = close + 1;
                if (after < n && s[after] == u'(') {
                    const qsizetype paren = matchingBracket(s, after, u'(', u')');
                    if (paren > 0)
                        after = paren + 1;
                } else if (after < n && s[after] == u'[') {
                    const qsizetype ref = matchingBracket(s, after, u'[', u']');
                    if (ref > 0)
                        after = ref + 1;
                }
                i = after; // images are not part of the prose
                continue;
            }
        }
        if (c == u'[') {
            const qsizetype close = matchingBracket(s, i, u'[', u']');
            if (close > 0) {
                const QStringView label = s.mid(i + 1, close - i - 1);
                if (label.startsWith(u'^')) { // footnote reference
                    i = close + 1;
                    continue;
                }
                QString url;
                qsizetype after = close + 1;
                if (after < n && s[after] == u'(') {
                    const qsizetype paren = matchingBracket(s, after, u'(', u')');
                    if (paren > 0) {
                        url = s.mid(after + 1, paren - after - 1).trimmed().toString();
                        url = url.section(QLatin1Char(' '), 0, 0);
                        if (url.startsWith(u'<') && url.endsWith(u'>'))
                            url = url.mid(1, url.size() - 2);
                        after = paren + 1;
                    }
                } else if (after < n && s[after] == u'[') {
                    const qsizetype ref = matchingBracket(s, after, u'[', u']');
                    if (ref > 0)
                        after = ref + 1;
                }
                const Inline inner = renderInline(label);
                const int index = static_cast<int>(linkUrls.size());
                linkUrls.push_back(url);
                Piece open;
                open.linkOpen = index;
                pieces.push_back(open);
                text(inner.text);
                Piece closePiece;
                closePiece.linkClose = index;
                pieces.push_back(closePiece);
                i = after;
                continue;
            }
        }
        if (c == u'<') {
            const qsizetype close = s.left(std::min(n, i + kLookAhead)).indexOf(u'>', i);
            if (close > i + 1) {
                const QStringView inside = s.mid(i + 1, close - i - 1);
                if (inside.startsWith(u"http://") || inside.startsWith(u"https://") ||
                    inside.startsWith(u"mailto:")) {
                    text(inside); // an autolink shows its address
                    i = close + 1;
                    continue;
                }
                const bool tag = inside[0].isLetter() ||
                                 (inside[0] == u'/' && inside.size() > 1 && inside[1].isLetter()) ||
                                 inside.startsWith(u"!--");
                if (tag && !inside.contains(u'<')) {
                    if (inside.startsWith(u"br", Qt::CaseInsensitive) &&
                        (inside.size() == 2 || !inside[2].isLetter()))
                        text(u" ");
                    i = close + 1;
                    continue;
                }
            }
        }
        if (c == u'*' || c == u'_' || c == u'~') {
            qsizetype run = i;
            while (run < n && s[run] == c)
                ++run;
            const QChar prev = i > 0 ? s[i - 1] : QChar(u' ');
            const QChar next = run < n ? s[run] : QChar(u' ');
            const bool left = !next.isSpace() &&
                              (!isPunctOrSymbol(next) || prev.isSpace() || isPunctOrSymbol(prev));
            const bool right = !prev.isSpace() &&
                               (!isPunctOrSymbol(prev) || next.isSpace() || isPunctOrSymbol(next));
            Piece p;
            p.text = s.mid(i, run - i).toString();
            p.delim = c;
            if (c == u'_') {
                p.canOpen = left && (!right || isPunctOrSymbol(prev));
                p.canClose = right && (!left || isPunctOrSymbol(next));
            } else if (c == u'~') {
                p.canOpen = left && run - i == 2;
                p.canClose = right && run - i == 2;
            } else {
                // "2*3" stays arithmetic.
                const bool digits = prev.isDigit() && next.isDigit();
                p.canOpen = left && !digits;
                p.canClose = right && !digits;
            }
            pieces.push_back(p);
            i = run;
            continue;
        }
        text(s.mid(i, 1));
        ++i;
    }

    // Pair closers with the nearest opener of the same character.
    for (size_t k = 0; k < pieces.size(); ++k) {
        Piece &closer = pieces[k];
        if (closer.delim.isNull() || !closer.canClose || closer.matched)
            continue;
        const size_t stop = k > 256 ? k - 256 : 0; // a bounded look back keeps it linear
        for (size_t j = k; j-- > stop;) {
            Piece &opener = pieces[j];
            if (opener.delim == closer.delim && opener.canOpen && !opener.matched) {
                opener.matched = closer.matched = true;
                // Runs between them that found no partner stay literal.
                break;
            }
        }
    }

    // Write the text out, collapsing white space, and place the links.
    Inline out;
    std::vector<qsizetype> linkStart(linkUrls.size(), -1);
    bool space = false;
    auto append = [&](QStringView t) {
        for (QChar ch : t) {
            if (ch.isSpace()) {
                space = true;
                continue;
            }
            if (space && !out.text.isEmpty())
                out.text.append(u' ');
            space = false;
            out.text.append(ch);
        }
    };
    for (const Piece &p : pieces) {
        if (p.linkOpen >= 0) {
            // The link starts at its first character, after any pending space.
            linkStart[static_cast<size_t>(p.linkOpen)] =
                out.text.size() + (space && !out.text.isEmpty() ? 1 : 0);
            continue;
        }
        if (p.linkClose >= 0) {
            const qsizetype start = linkStart[static_cast<size_t>(p.linkClose)];
            const QString &url = linkUrls[static_cast<size_t>(p.linkClose)];
            if (start >= 0 && out.text.size() > start && !url.isEmpty())
                out.links.push_back({start, out.text.size(), url});
            continue;
        }
        if (!p.delim.isNull() && p.matched)
            continue;
        append(p.text);
    }
    return out;
}

QHash<QString, QString> MarkdownReader::frontMatter(const QString &text, qsizetype *bodyStart) {
    QHash<QString, QString> keys;
    *bodyStart = 0;
    if (!text.startsWith(QLatin1String("---")))
        return keys;
    const qsizetype firstEnd = text.indexOf(u'\n');
    if (firstEnd < 0 || QStringView(text).left(firstEnd).trimmed() != u"---")
        return keys;
    qsizetype pos = firstEnd + 1;
    QHash<QString, QString> found;
    int lines = 0;
    static const QRegularExpression kKey(QStringLiteral("^([A-Za-z][\\w.-]*)\\s*:\\s*(.*)$"));
    while (pos <= text.size() && lines < 200) {
        qsizetype end = text.indexOf(u'\n', pos);
        if (end < 0)
            end = text.size();
        const QStringView line = QStringView(text).mid(pos, end - pos);
        const QStringView trimmed = line.trimmed();
        if (trimmed == u"---" || trimmed == u"...") {
            *bodyStart = std::min(end + 1, text.size());
            return found;
        }
        const QRegularExpressionMatch m = kKey.match(line);
        if (m.hasMatch() && !found.contains(m.captured(1).toLower()))
            found.insert(m.captured(1).toLower(), unquote(m.captured(2)));
        pos = end + 1;
        ++lines;
    }
    return keys; // no closing line: not front matter
}

ReadResult MarkdownReader::read(const QByteArray &bytes, const QString &relativePath) const {
    ReadResult result;
    DecodedText decoded = TextDecoder::decodeRaw(bytes);
    if (!decoded.ok()) {
        result.error = decoded.error;
        return result;
    }
    // Characters normalized, lines kept as written (two trailing spaces are a line break).
    const QString source = TextDecoder::normalizeFragment(decoded.text);

    Document doc;
    doc.path = relativePath;
    doc.format = format();
    doc.warnings = decoded.warnings;

    qsizetype bodyStart = 0;
    const QHash<QString, QString> meta = frontMatter(source, &bodyStart);
    MetadataExtractor metadata;
    doc.title = meta.value(QStringLiteral("title"));
    for (const char *key : {"date", "published", "pubdate", "publishdate", "published_at",
                            "publication_date", "date_published", "created", "created_at"}) {
        const QString v = meta.value(QLatin1String(key));
        if (!v.isEmpty()) {
            if (auto d = DateLineParser::parseDate(v)) {
                doc.published = d;
                break;
            }
        }
    }
    for (const char *key : {"outlet", "publisher", "publication", "site_name", "site", "website",
                            "newspaper", "source"}) {
        const QString v = meta.value(QLatin1String(key));
        if (v.isEmpty())
            continue;
        doc.outlet = v.contains(QLatin1String("://")) ? metadata.outletForUrl(v)
                                                      : metadata.canonicalOutlet(v);
        break;
    }

    QStringList lines = QStringView(source).mid(bodyStart).toString().split(u'\n');
    TextBuilder b;
    std::vector<TextLink> links;
    int tableIndex = 0;
    bool inPara = false; // a paragraph (or list item) is open: the next text line joins it
    bool inList = false;
    bool hardBreak = false; // the previous line ended in a hard line break
    QString fence;          // the open code fence, empty when none
    bool codeBlank = false;

    auto addText = [&](QStringView markdown) {
        const Inline rendered = renderInline(markdown);
        const qsizetype at = b.addInlineAt(rendered.text);
        for (const TextLink &l : rendered.links)
            links.push_back({at + l.start, at + l.end, l.url});
    };
    auto endBlock = [&] {
        b.paragraphBreak();
        inPara = false;
        inList = false;
    };

    for (qsizetype li = 0; li < lines.size(); ++li) {
        QString line = lines[li];
        if (!fence.isEmpty()) {
            const QString t = line.trimmed();
            if (t.startsWith(fence) && t.count(fence.front()) == t.size()) {
                fence.clear();
                b.paragraphBreak();
                continue;
            }
            if (line.trimmed().isEmpty()) {
                codeBlank = true;
                continue;
            }
            if (codeBlank)
                b.paragraphBreak();
            else
                b.lineBreak();
            codeBlank = false;
            b.addVerbatim(line);
            continue;
        }
        if (line.trimmed().isEmpty()) {
            b.paragraphBreak();
            inPara = false;
            hardBreak = false;
            continue;
        }
        // Block quotes: the quoted text is read like any other.
        {
            QStringView v(line);
            bool quoted = false;
            for (;;) {
                const QStringView t = v.trimmed();
                if (!t.startsWith(u'>') || indentOf(v) > 3)
                    break;
                v = t.mid(1);
                if (v.startsWith(u' '))
                    v = v.mid(1);
                quoted = true;
            }
            if (quoted) {
                line = v.toString();
                if (line.trimmed().isEmpty()) {
                    b.paragraphBreak();
                    inPara = false;
                    continue;
                }
            }
        }
        // Every block pattern below starts with its marker after white space: a line whose
        // first character is none of them skips the patterns (most lines are prose).
        const QChar lead = firstNonSpace(line);
        const bool fenceLead = lead == u'`' || lead == u'~';
        const bool ruleLead = lead == u'*' || lead == u'-' || lead == u'_';
        const bool setextLead = lead == u'=' || lead == u'-';
        const bool listLead =
            lead == u'-' || lead == u'*' || lead == u'+' || lead == u'•' || lead.isDigit();
        if (const QRegularExpressionMatch m =
                fenceLead ? reFence().match(line) : QRegularExpressionMatch();
            m.hasMatch()) {
            fence = m.captured(1);
            codeBlank = false;
            endBlock();
            continue;
        }
        if (setextLead && inPara && !inList && reSetext().match(line).hasMatch()) {
            endBlock(); // the paragraph above was a heading
            continue;
        }
        if (ruleLead && reRule().match(line).hasMatch()) {
            endBlock();
            continue;
        }
        if (const QRegularExpressionMatch m =
                lead == u'#' ? reHeading().match(line) : QRegularExpressionMatch();
            m.hasMatch()) {
            endBlock();
            addText(m.captured(2));
            endBlock();
            continue;
        }
        // A table: a row with pipes over a delimiter row.
        if (line.contains(u'|') && li + 1 < lines.size() &&
            reTableDelimiter().match(lines[li + 1]).hasMatch() && lines[li + 1].contains(u'-')) {
            endBlock();
            bool header = true;
            const qsizetype first = li;
            for (qsizetype r = first; r < lines.size(); ++r) {
                if (r == first + 1)
                    continue; // the delimiter row
                const QString &row = lines[r];
                if (row.trimmed().isEmpty() || (!row.contains(u'|') && r > first + 1)) {
                    li = r - 1;
                    break;
                }
                QStringList cells;
                for (const QString &cell : splitRow(row))
                    cells << renderInline(cell).text;
                const QString rowText = cells.join(QStringLiteral(" | ")).trimmed();
                li = r;
                if (rowText.isEmpty())
                    continue;
                b.lineBreak();
                TableRow tr;
                tr.start = b.begin();
                b.addVerbatim(rowText);
                tr.end = b.size();
                tr.cells = cells;
                tr.header = header;
                tr.table = tableIndex;
                doc.tableRows.push_back(tr);
                header = false;
            }
            ++tableIndex;
            endBlock();
            continue;
        }
        if (const QRegularExpressionMatch m =
                lead == u'[' ? reReference().match(line) : QRegularExpressionMatch();
            m.hasMatch() && !inPara) {
            if (m.captured(1).startsWith(u'^')) { // a footnote: its text is prose
                endBlock();
                addText(m.captured(2));
                endBlock();
            }
            continue;
        }
        if (const QRegularExpressionMatch m =
                listLead ? reListItem().match(line) : QRegularExpressionMatch();
            m.hasMatch() && !(ruleLead && reRule().match(line).hasMatch())) {
            if (inPara && !inList)
                b.paragraphBreak();
            b.lineBreak();
            const QString marker = m.captured(2);
            const bool ordered = marker.front().isDigit();
            b.addInline(ordered ? QString(marker + QLatin1Char(' ')) : QStringLiteral("- "));
            addText(m.captured(3));
            inPara = inList = true;
            hardBreak = false;
            continue;
        }
        if (!inPara && indentOf(line) >= 4 && !inList) {
            // Indented code.
            b.lineBreak();
            b.addVerbatim(line.trimmed());
            continue;
        }
        if (inList && !inPara && indentOf(line) < 2) {
            inList = false;
            b.paragraphBreak();
        }
        if (inPara) {
            if (hardBreak)
                b.lineBreak();
            else
                b.addInline(u" ");
        } else {
            b.paragraphBreak();
        }
        QStringView content(line);
        hardBreak = content.endsWith(u"  ") || content.trimmed().endsWith(u'\\');
        content = content.trimmed();
        if (content.endsWith(u'\\'))
            content.chop(1);
        addText(content);
        inPara = true;
    }

    doc.text = b.take();
    if (doc.text.isEmpty()) {
        result.error = QStringLiteral("empty file (no text)");
        return result;
    }
    metadata.fillDocument(doc, links);
    result.documents.push_back(std::move(doc));
    return result;
}

} // namespace cc
