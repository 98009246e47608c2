#include "ingest/MetadataExtractor.h"

#include "ingest/CodePageDamage.h"
#include "ingest/DateLineParser.h"
#include "ingest/OutletDirectory.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace cc {

namespace {

// How far down the publication date, title and outlet may stand.
constexpr int kDateLines = 15;
constexpr int kTitleLines = 8;
constexpr int kOutletLines = 6;
constexpr int kClosingLines = 15;
// A line ending with a period and this many words reads as a sentence.
constexpr int kSentenceWords = 8;

struct Line {
    qsizetype start = 0;
    QStringView text;
};

// Where hay holds needle (lower-case ASCII letters) in any ASCII case, from `from` on. QString's
// case-insensitive search folds every character through Unicode tables; this runs on
// every line of every document, and the words it looks for are plain ASCII.
qsizetype indexOfAsciiWord(QStringView hay, QLatin1String needle, qsizetype from = 0) {
    const qsizetype n = needle.size();
    for (qsizetype i = std::max<qsizetype>(from, 0); i + n <= hay.size(); ++i) {
        qsizetype k = 0;
        // c | 0x20 equals a lower-case letter only for that letter in either case.
        while (k < n && (hay[i + k].unicode() | 0x20) == needle[k].unicode())
            ++k;
        if (k == n)
            return i;
    }
    return -1;
}

bool containsAsciiWord(QStringView hay, QLatin1String needle) {
    return indexOfAsciiWord(hay, needle) >= 0;
}

std::vector<Line> nonEmptyLines(const QString &text) {
    std::vector<Line> lines;
    qsizetype start = 0;
    const qsizetype n = text.size();
    while (start <= n) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = n;
        const QStringView line = QStringView(text).mid(start, end - start);
        if (!line.trimmed().isEmpty())
            lines.push_back({start, line});
        start = end + 1;
    }
    return lines;
}

bool isForeignLetter(QChar c) {
    return c.isLetter() &&
           (c.script() == QChar::Script_Greek || c.script() == QChar::Script_Cyrillic);
}

// Removes leading tokens that carry no word: emoji, symbols, the debris of a wrong
// code page ("π¨π³ China AI" -> "China AI"), markdown heading and emphasis marks.
QString cleanHeading(QStringView line) {
    QString s = line.trimmed().toString();
    static const QString kEdge = QStringLiteral("#*_>`=");
    for (;;) {
        while (!s.isEmpty() && (kEdge.contains(s.front()) || s.front().isSpace()))
            s.remove(0, 1);
        qsizetype end = 0;
        while (end < s.size() && !s[end].isSpace())
            ++end;
        if (end == 0 || end == s.size())
            break;
        const QStringView token = QStringView(s).left(end);
        int letters = 0;
        bool word = false;
        for (QChar c : token) {
            if (c.isDigit() || (c.isLetter() && !isForeignLetter(c)))
                word = true;
            letters += c.isLetter();
        }
        if (word || letters > 3)
            break;
        s.remove(0, end);
    }
    while (!s.isEmpty() && (kEdge.contains(s.back()) || s.back().isSpace()))
        s.chop(1);
    return s;
}

int wordCount(QStringView s) {
    int n = 0;
    bool inWord = false;
    for (QChar c : s) {
        const bool w = !c.isSpace();
        n += w && !inWord;
        inWord = w;
    }
    return n;
}

int letterCount(QStringView s) {
    int n = 0;
    for (QChar c : s)
        n += c.isLetter();
    return n;
}

bool isTitleCandidate(QStringView line) {
    if (DateLineParser::isListItem(line))
        return false;
    DateLineParser::Kind kind = DateLineParser::Kind::None;
    if (DateLineParser::parseDateLine(line, &kind) &&
        (kind == DateLineParser::Kind::WholeLine || kind == DateLineParser::Kind::Labelled ||
         kind == DateLineParser::Kind::Updated))
        return false;
    const QString clean = cleanHeading(line);
    if (letterCount(clean) < 2 || clean.size() > 200 || wordCount(clean) > 30)
        return false;
    // Labels and page furniture rather than a heading.
    static const QRegularExpression kFurniture(
        QStringLiteral(
            "(?:^|\\D)\\d+\\s*min(?:ute)?s?\\.?\\s+read\\b|reading time|^table of contents$|"
            "^contents$|^in this issue$|^advertisement$|^share\\b|^subscribe\\b|"
            "^sign (?:in|up)\\b|^menu$|^skip to\\b|^by\\s+\\S+(?:\\s+\\S+){0,4}$|:$"),
        QRegularExpression::CaseInsensitiveOption);
    if (kFurniture.match(clean).hasMatch())
        return false;
    // A sentence of running text is not a title: headlines do not end with a
    // period unless they are a few words or the period closes an abbreviation
    // ("U.S.", "Inc."). Without this a PDF whose heading is only in its document
    // information, or a note that starts straight in, gets its first sentence.
    if (clean.endsWith(QLatin1Char('.')) && wordCount(clean) >= kSentenceWords) {
        const QString last = clean.section(QLatin1Char(' '), -1);
        const bool abbreviation = last.size() <= 5 && last.front().isUpper() &&
                                  (last.count(QLatin1Char('.')) > 1 || last.size() <= 4);
        if (!abbreviation)
            return false;
    }
    return true;
}

// "Reuters", "Asia Times", "Data Center Dynamics", "AP News": a short proper name.
bool looksLikeName(QStringView part) {
    const QString s = part.trimmed().toString();
    if (s.isEmpty() || s.size() > 60 || s.contains(QLatin1String("://")) ||
        s.contains(QLatin1Char('!')) || s.contains(QLatin1Char('?')))
        return false;
    if (!(s.front().isUpper() || s.front().isDigit()))
        return false;
    static const QSet<QString> kConnectors = {
        QStringLiteral("of"),  QStringLiteral("the"), QStringLiteral("and"), QStringLiteral("&"),
        QStringLiteral("for"), QStringLiteral("on"),  QStringLiteral("in"),  QStringLiteral("de"),
        QStringLiteral("du"),  QStringLiteral("la"),  QStringLiteral("le"),  QStringLiteral("les"),
        QStringLiteral("des"), QStringLiteral("der"), QStringLiteral("die"), QStringLiteral("und"),
        QStringLiteral("el"),  QStringLiteral("y"),   QStringLiteral("at"),  QStringLiteral("a")};
    static const QRegularExpression kYear(QStringLiteral("^(?:19|20)\\d\\d$"));
    const QStringList words = s.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() > 6)
        return false;
    for (const QString &w : words) {
        if (kYear.match(w).hasMatch())
            return false;
        if (!(w.front().isUpper() || w.front().isDigit() || kConnectors.contains(w)))
            return false;
    }
    return true;
}

QString trimName(QStringView s, qsizetype *offset) {
    qsizetype b = 0, e = s.size();
    static const QString kTrim = QStringLiteral(" \t\"'“”‘’*_.,;:()[]");
    while (b < e && kTrim.contains(s[b]))
        ++b;
    while (e > b && kTrim.contains(s[e - 1]))
        --e;
    // Keep a final period that belongs to an abbreviation ("Inc.", "U.S.").
    if (e < s.size() && s[e] == u'.' && e - b <= 5 && e > b && s[e - 1].isUpper())
        ++e;
    *offset = b;
    return s.mid(b, e - b).toString();
}

} // namespace

MetadataExtractor::MetadataExtractor(const LexiconSet *lexicons)
    : m_outlets(lexicons ? std::make_shared<const OutletDirectory>(*lexicons)
                         : OutletDirectory::shared()) {}

MetadataExtractor::~MetadataExtractor() = default;

void MetadataExtractor::fill(Document &doc, const LexiconSet *outlets,
                             const std::vector<TextLink> &links) {
    MetadataExtractor(outlets).fillDocument(doc, links);
}

void MetadataExtractor::fillDocument(Document &doc, const std::vector<TextLink> &links) const {
    CodePageDamage::check(doc);
    if (doc.title.trimmed().isEmpty())
        doc.title = findTitle(doc.text, doc.tableRows);
    if (!doc.published)
        doc.published = findPublicationDate(doc.text);
    doc.outlet =
        doc.outlet.trimmed().isEmpty() ? findOutlet(doc.text) : canonicalOutlet(doc.outlet);

    std::vector<Citation> found = findCitations(doc.text, links);
    QSet<QPair<QString, qsizetype>> known;
    for (const Citation &c : doc.citations)
        known.insert({c.source, c.start});
    for (Citation &c : found) {
        if (!known.contains({c.source, c.start}))
            doc.citations.push_back(std::move(c));
    }
    std::stable_sort(doc.citations.begin(), doc.citations.end(),
                     [](const Citation &a, const Citation &b) { return a.start < b.start; });
    QStringList sources = doc.citedSources;
    for (const Citation &c : doc.citations) {
        if (!c.source.isEmpty() && !sources.contains(c.source))
            sources << c.source;
    }
    doc.citedSources = sources;
}

QString MetadataExtractor::findTitle(const QString &text) const {
    return findTitle(text, {});
}

QString MetadataExtractor::findTitle(const QString &text,
                                     const std::vector<TableRow> &tableRows) const {
    std::vector<Line> lines = nonEmptyLines(text);
    // A table's rows (its header first of all) are not the document's title.
    std::erase_if(lines, [&](const Line &line) {
        return std::any_of(tableRows.begin(), tableRows.end(), [&](const TableRow &row) {
            return line.start < row.end && row.start < line.start + line.text.size();
        });
    });
    const size_t n = std::min<size_t>(lines.size(), kTitleLines);
    // A masthead ("Reuters · 3 May 2026") names the outlet, not the story.
    auto isMasthead = [&](QStringView line) {
        bool outlet = false;
        for (const QString &segment : DateLineParser::headerSegments(cleanHeading(line))) {
            if (!m_outlets->canonicalExact(segment).isEmpty())
                outlet = true;
            else if (!DateLineParser::parseDate(segment))
                return false;
        }
        return outlet;
    };
    for (size_t i = 0; i < n; ++i) {
        if (isTitleCandidate(lines[i].text) && !isMasthead(lines[i].text))
            return cleanHeading(lines[i].text);
    }
    return QString();
}

std::optional<DateInterval> MetadataExtractor::findPublicationDate(const QString &text) const {
    const std::vector<Line> lines = nonEmptyLines(text);
    std::optional<DateInterval> best;
    auto bestKind = DateLineParser::Kind::None;
    const size_t top = std::min<size_t>(lines.size(), kDateLines);
    for (size_t i = 0; i < top; ++i) {
        DateLineParser::Kind kind = DateLineParser::Kind::None;
        std::optional<DateInterval> d = DateLineParser::parseDateLine(lines[i].text, &kind);
        if (!d) {
            d = DateLineParser::parsePublishedSentence(lines[i].text);
            kind = d ? DateLineParser::Kind::Labelled : DateLineParser::Kind::None;
        }
        if (d && kind > bestKind) {
            best = d;
            bestKind = kind;
        }
    }
    if (best)
        return best;
    // A closing line: "This article was published on June 22, 2026."
    const size_t from = lines.size() > kClosingLines ? lines.size() - kClosingLines : 0;
    for (size_t i = std::max(from, top); i < lines.size(); ++i) {
        if (auto d = DateLineParser::parsePublishedSentence(lines[i].text))
            return d;
    }
    return std::nullopt;
}

QString MetadataExtractor::findOutlet(const QString &text) const {
    const std::vector<Line> lines = nonEmptyLines(text);
    const size_t n = std::min<size_t>(lines.size(), kOutletLines);
    static const QRegularExpression kByline(
        QStringLiteral("^(?:by|from)\\s+(.+)$|^(.+?)\\s+(?:staff|newsroom|reporters)$"),
        QRegularExpression::CaseInsensitiveOption);
    for (size_t i = 0; i < n; ++i) {
        if (DateLineParser::isListItem(lines[i].text))
            continue;
        QStringList segments = DateLineParser::headerSegments(cleanHeading(lines[i].text));
        for (const QString &segment : segments) {
            QString name = m_outlets->canonicalExact(segment);
            if (name.isEmpty()) {
                const QRegularExpressionMatch m = kByline.match(segment);
                if (m.hasMatch())
                    name = m_outlets->canonicalExact(m.captured(1).isEmpty() ? m.captured(2)
                                                                             : m.captured(1));
            }
            if (!name.isEmpty())
                return name;
        }
    }
    return QString();
}

QString MetadataExtractor::canonicalOutlet(const QString &name) const {
    const QString simple = name.simplified();
    const QString known = m_outlets->canonical(simple);
    return known.isEmpty() ? simple : known;
}

QString MetadataExtractor::knownOutlet(const QString &name) const {
    return m_outlets->canonical(name.simplified());
}

QString MetadataExtractor::outletForUrl(const QString &url) const {
    const QString known = m_outlets->byHost(url);
    return known.isEmpty() ? OutletDirectory::hostOf(url) : known;
}

std::vector<Citation> MetadataExtractor::findCitations(const QString &text,
                                                       const std::vector<TextLink> &links) const {
    std::vector<Citation> out;
    QSet<QPair<QString, qsizetype>> seen; // the same citation found by two rules
    auto add = [&](const QString &source, qsizetype start, qsizetype end) {
        if (source.isEmpty() || start >= end)
            return;
        if (seen.contains({source, start}))
            return;
        seen.insert({source, start});
        out.push_back({source, start, end});
    };
    // Links whose anchor text stands in [start, end): their outlet, by host.
    auto addLinksIn = [&](qsizetype start, qsizetype end) {
        bool any = false;
        for (const TextLink &l : links) {
            if (l.start >= start && l.end <= end) {
                const QString o = outletForUrl(l.url);
                if (!o.isEmpty()) {
                    add(o, l.start, l.end);
                    any = true;
                }
            }
        }
        return any;
    };

    // One part of a list of names ("Reuters / Business Times"): the name if it is one.
    auto addNamePart = [&](QStringView part, qsizetype absStart) {
        qsizetype offset = 0;
        QString name = trimName(part, &offset);
        if (name.startsWith(QLatin1String("via "), Qt::CaseInsensitive)) {
            name.remove(0, 4);
            offset += 4;
        }
        if (name.isEmpty() || name.contains(QLatin1String("://")))
            return;
        const QString known = m_outlets->canonical(name);
        if (known.isEmpty() && !looksLikeName(name))
            return;
        add(known.isEmpty() ? name : known, absStart + offset, absStart + offset + name.size());
    };

    // "Reuters / Business Times — 9 Mar 2026 Summary: ..." -> the names before the date.
    auto addInlineList = [&](QStringView list, qsizetype absStart) {
        qsizetype cut = list.size();
        static const QRegularExpression kStop(QStringLiteral(
            "\\.\\s|\\s[—–]|\\s-\\s|\\s\\(|\\s[A-Z][A-Za-z’' ]{1,30}:\\s|https?://"));
        const QRegularExpressionMatch stop = kStop.match(list);
        if (stop.hasMatch())
            cut = stop.capturedStart();
        const QStringView names = list.left(cut);
        static const QRegularExpression kSplit(
            QStringLiteral("\\s*(?:[/,;|]|\\s(?:and|&)\\s)\\s*"));
        qsizetype pos = 0;
        QRegularExpressionMatchIterator it = kSplit.globalMatch(names);
        while (true) {
            const bool more = it.hasNext();
            const QRegularExpressionMatch sep = more ? it.next() : QRegularExpressionMatch();
            const qsizetype end = more ? sep.capturedStart() : names.size();
            addNamePart(names.mid(pos, end - pos), absStart + pos);
            if (!more)
                break;
            pos = sep.capturedEnd();
        }
    };

    // An item of a "Sources:" list: "SCMP: headline (March 3, 2026)", "Report (via TechNode)",
    // "Paper (arXiv, April 20, 2026)".
    auto addListItem = [&](QStringView item, qsizetype absStart) {
        // A known outlet first wherever it stands; an unknown name before a colon is
        // the weakest sign ("ReaLB: Real-Time Load Balancing (arXiv)" is a paper's title).
        QString colonName;
        qsizetype colonOffset = 0;
        const qsizetype colon = item.indexOf(u':');
        if (colon > 0 && colon <= 60 && !item.left(colon).contains(QLatin1String("//"))) {
            colonName = trimName(item.left(colon), &colonOffset);
            const QString known = m_outlets->canonical(colonName);
            if (!known.isEmpty()) {
                add(known, absStart + colonOffset, absStart + colonOffset + colonName.size());
                return;
            }
        }
        static const QRegularExpression kVia(QStringLiteral("\\(\\s*via\\s+([^)]+?)\\s*\\)"),
                                             QRegularExpression::CaseInsensitiveOption);
        if (const QRegularExpressionMatch m = kVia.match(item); m.hasMatch()) {
            addNamePart(m.capturedView(1), absStart + m.capturedStart(1));
            return;
        }
        static const QRegularExpression kParen(QStringLiteral("\\(([^(),]+)(?:,[^()]*)?\\)"));
        QRegularExpressionMatchIterator it = kParen.globalMatch(item);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            qsizetype offset = 0;
            const QString name = trimName(m.capturedView(1), &offset);
            const QString known = m_outlets->canonical(name);
            if (!known.isEmpty()) {
                const qsizetype s = absStart + m.capturedStart(1) + offset;
                add(known, s, s + name.size());
                return;
            }
        }
        if (addLinksIn(absStart, absStart + item.size()))
            return;
        if (!colonName.isEmpty() && looksLikeName(colonName)) {
            add(colonName, absStart + colonOffset, absStart + colonOffset + colonName.size());
            return;
        }
        // The item is only a name: "- Reuters", "- Financial Times (May 1)".
        qsizetype offset = 0;
        QStringView bare = item;
        if (const qsizetype p = bare.indexOf(u'('); p > 0)
            bare = bare.left(p);
        const QString name = trimName(bare, &offset);
        const QString known = m_outlets->canonical(name);
        if (!known.isEmpty())
            add(known, absStart + offset, absStart + offset + name.size());
    };

    static const QRegularExpression kSourceLabel(
        QStringLiteral("^[\\s*_>#-]*((?:data|news|original|primary|main|additional|other)\\s+)?"
                       "(sources?|citations?|references)(?:\\s*:\\s*|[\\s*_]*$)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression kBullet(
        QStringLiteral("^\\s*(?:[-*•+]|\\d{1,3}[.)]|\\[\\d{1,3}\\])\\s+"));

    // Lines, with their offsets, every one (blank lines end nothing in a list).
    std::vector<Line> all;
    {
        qsizetype start = 0;
        const qsizetype n = text.size();
        while (start <= n) {
            qsizetype end = text.indexOf(u'\n', start);
            if (end < 0)
                end = n;
            all.push_back({start, QStringView(text).mid(start, end - start)});
            start = end + 1;
        }
    }
    for (size_t i = 0; i < all.size(); ++i) {
        const Line &line = all[i];
        // Cheap test first: most lines hold no such label. A heading "Sources" may
        // stand without a colon.
        if ((!line.text.contains(u':') && line.text.size() > 40) ||
            (!containsAsciiWord(line.text, QLatin1String("ource")) &&
             !containsAsciiWord(line.text, QLatin1String("itation")) &&
             !containsAsciiWord(line.text, QLatin1String("eference"))))
            continue;
        const QRegularExpressionMatch label = kSourceLabel.match(line.text);
        if (!label.hasMatch())
            continue;
        const QStringView rest = line.text.mid(label.capturedEnd());
        const qsizetype restStart = line.start + label.capturedEnd();
        if (!rest.trimmed().isEmpty()) {
            const size_t before = out.size();
            addInlineList(rest, restStart);
            if (out.size() == before)
                addLinksIn(restStart, line.start + line.text.size());
            continue;
        }
        // "Sources:" alone: the list items below it; without bullets, the short lines
        // up to the next blank line.
        int bulleted = -1; // unknown until the first item
        for (size_t k = i + 1; k < all.size(); ++k) {
            const QStringView t = all[k].text;
            if (t.trimmed().isEmpty()) {
                if (bulleted == 0)
                    break;
                continue;
            }
            const QRegularExpressionMatch bullet = kBullet.match(t);
            if (bulleted < 0)
                bulleted = bullet.hasMatch() ? 1 : 0;
            if (bulleted == 1) {
                if (!bullet.hasMatch())
                    break;
                addListItem(t.mid(bullet.capturedEnd()), all[k].start + bullet.capturedEnd());
            } else {
                if (bullet.hasMatch() || wordCount(t) > 15)
                    break;
                addListItem(t, all[k].start);
            }
        }
    }

    // "... rose 5%. Source: Reuters." after a sentence inside a line.
    static const QRegularExpression kMidLineSource(
        QStringLiteral("[.!?)]\\s+(?:Data\\s+|News\\s+)?Sources?\\s*:\\s*"));
    const bool mentionsSource = containsAsciiWord(text, QLatin1String("ource"));
    for (QRegularExpressionMatchIterator it = mentionsSource ? kMidLineSource.globalMatch(text)
                                                             : QRegularExpressionMatchIterator();
         it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        qsizetype lineEnd = text.indexOf(u'\n', m.capturedEnd());
        if (lineEnd < 0)
            lineEnd = text.size();
        addInlineList(QStringView(text).mid(m.capturedEnd(), lineEnd - m.capturedEnd()),
                      m.capturedEnd());
    }

    // "(Source: Reuters)" inside a paragraph.
    static const QRegularExpression kParenSource(
        QStringLiteral("[(\\[]\\s*(?:data\\s+)?sources?\\s*:\\s*([^)\\]\\n]+)[)\\]]"),
        QRegularExpression::CaseInsensitiveOption);
    for (QRegularExpressionMatchIterator it = mentionsSource ? kParenSource.globalMatch(text)
                                                             : QRegularExpressionMatchIterator();
         it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        addInlineList(m.capturedView(1), m.capturedStart(1));
    }

    // URLs written out: the outlet by host, else the bare host.
    for (qsizetype at = indexOfAsciiWord(text, QLatin1String("http")); at >= 0;
         at = indexOfAsciiWord(text, QLatin1String("http"), at + 4)) {
        QStringView rest = QStringView(text).mid(at);
        qsizetype scheme = 0;
        if (rest.startsWith(u"https://", Qt::CaseInsensitive))
            scheme = 8;
        else if (rest.startsWith(u"http://", Qt::CaseInsensitive))
            scheme = 7;
        if (scheme == 0 || (at > 0 && text[at - 1].isLetterOrNumber()))
            continue;
        qsizetype end = scheme;
        while (end < rest.size() && !rest[end].isSpace() &&
               !QStringView(u"<>\"'\u201C\u201D]").contains(rest[end]))
            ++end;
        QStringView url = rest.left(end);
        while (url.size() > scheme && QStringView(u".,;:!?)").contains(url.back()) &&
               !(url.back() == u')' && url.count(u'(') >= url.count(u')')))
            url.chop(1);
        if (url.size() > scheme)
            add(outletForUrl(url.toString()), at, at + url.size());
        at += end - 4;
    }

    // Links elsewhere count when they lead to a known outlet.
    for (const TextLink &l : links) {
        const QString known = m_outlets->byHost(l.url);
        if (!known.isEmpty())
            add(known, l.start, l.end);
    }

    // Datelines: "BEIJING (Reuters) -", "(AP)": a known outlet alone in parentheses.
    for (qsizetype open = text.indexOf(u'('); open >= 0; open = text.indexOf(u'(', open + 1)) {
        const qsizetype close = text.indexOf(u')', open + 1);
        if (close < 0)
            break;
        if (close - open - 1 < 1 || close - open - 1 > 40 || !text[open + 1].isUpper())
            continue;
        const QString known = m_outlets->canonicalExact(text.mid(open + 1, close - open - 1));
        if (!known.isEmpty())
            add(known, open + 1, close);
    }
    // Credits closing a line: "... the plan. — AP".
    for (const Line &line : all) {
        QStringView t = line.text;
        while (!t.isEmpty() && (t.back().isSpace() || t.back() == u'.'))
            t.chop(1);
        qsizetype dash = -1;
        for (qsizetype k = t.size() - 1; k >= 0 && t.size() - k <= 44; --k) {
            if (t[k] == u'—' || t[k] == u'–' || (t[k] == u'-' && k > 0 && t[k - 1].isSpace())) {
                dash = k;
                break;
            }
        }
        if (dash < 0 ||
            (dash > 0 && !t[dash - 1].isSpace() && t[dash - 1] != u'—' && t[dash - 1] != u'-'))
            continue;
        qsizetype b = dash + 1;
        while (b < t.size() && t[b].isSpace())
            ++b;
        const QStringView name = t.mid(b);
        if (name.isEmpty() || !name.front().isUpper())
            continue;
        const QString known = m_outlets->canonicalExact(name.toString());
        if (!known.isEmpty())
            add(known, line.start + b, line.start + t.size());
    }

    // A bare host that spells a name cited in the same document is that name
    // ("asiafinancial.com" and "Asia Financial", "apnews.com" and "AP News").
    auto squash = [](const QString &s) {
        QString out;
        for (QChar c : s) {
            if (c.isLetterOrNumber())
                out.append(c.toCaseFolded());
        }
        if (out.startsWith(QLatin1String("the")) && out.size() > 6)
            out.remove(0, 3);
        return out;
    };
    QHash<QString, QString> byLetters;
    for (const Citation &c : out) {
        if (!c.source.contains(u'.'))
            byLetters.insert(squash(c.source), c.source);
    }
    for (Citation &c : out) {
        if (!c.source.contains(u'.') || c.source.contains(u' '))
            continue;
        const QString label = squash(c.source.section(u'.', 0, 0));
        const auto it = byLetters.constFind(label);
        if (it != byLetters.constEnd())
            c.source = it.value();
    }

    std::stable_sort(out.begin(), out.end(),
                     [](const Citation &a, const Citation &b) { return a.start < b.start; });
    return out;
}

} // namespace cc
