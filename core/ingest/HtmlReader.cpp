#include "ingest/HtmlReader.h"

#include "ingest/DateLineParser.h"
#include "ingest/MetadataExtractor.h"
#include "ingest/TextBuilder.h"
#include "ingest/TextDecoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <gumbo.h>

#include <array>
#include <cctype>

namespace cc {

namespace {

// How far down the page a <time datetime> may stand to be the page's own date.
constexpr int kTimeElementLines = 15;
// Elements nested deeper than this are not read: the recursion stays far from the
// stack's end on hostile pages (a browser flattens such nesting too).
constexpr int kMaxDepth = 400;
// Gumbo's time grows with the square of the nesting depth (seconds at 20,000 levels);
// real pages stay below a few hundred. Deeper pages are refused before parsing.
constexpr int kMaxParseDepth = 3000;

QString attribute(const GumboNode *node, const char *name) {
    if (node->type != GUMBO_NODE_ELEMENT)
        return QString();
    const GumboAttribute *a = gumbo_get_attribute(&node->v.element.attributes, name);
    return a ? QString::fromUtf8(a->value) : QString();
}

bool hasAttribute(const GumboNode *node, const char *name) {
    return node->type == GUMBO_NODE_ELEMENT &&
           gumbo_get_attribute(&node->v.element.attributes, name) != nullptr;
}

GumboTag tagOf(const GumboNode *node) {
    return node->type == GUMBO_NODE_ELEMENT ? node->v.element.tag : GUMBO_TAG_UNKNOWN;
}

const GumboVector &childrenOf(const GumboNode *node) {
    static const GumboVector kEmpty = {nullptr, 0, 0};
    if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE)
        return node->v.element.children;
    if (node->type == GUMBO_NODE_DOCUMENT)
        return node->v.document.children;
    return kEmpty;
}

template <typename F> void forEachChild(const GumboNode *node, F f) {
    const GumboVector &c = childrenOf(node);
    for (unsigned i = 0; i < c.length; ++i)
        f(static_cast<const GumboNode *>(c.data[i]));
}

// Page furniture, never part of the briefing.
bool isDropped(const GumboNode *node) {
    if (node->type == GUMBO_NODE_TEMPLATE)
        return true;
    if (node->type != GUMBO_NODE_ELEMENT)
        return false;
    switch (node->v.element.tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
        return true;
    default:
        break;
    }
    if (hasAttribute(node, "hidden"))
        return true;
    if (attribute(node, "aria-hidden").trimmed().toLower() == QLatin1String("true"))
        return true;
    static const QSet<QString> kRoles = {
        QStringLiteral("navigation"),    QStringLiteral("contentinfo"),
        QStringLiteral("complementary"), QStringLiteral("search"),
        QStringLiteral("menu"),          QStringLiteral("menubar"),
        QStringLiteral("dialog"),        QStringLiteral("alertdialog")};
    const QStringList roles = attribute(node, "role").toLower().split(u' ', Qt::SkipEmptyParts);
    for (const QString &r : roles) {
        if (kRoles.contains(r))
            return true;
    }
    QString style = attribute(node, "style").toLower();
    style.remove(u' ');
    return style.contains(QLatin1String("display:none")) ||
           style.contains(QLatin1String("visibility:hidden"));
}

bool isBlock(GumboTag tag) {
    switch (tag) {
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIR:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_LEGEND:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_P:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_UL:
        return true;
    default:
        return false;
    }
}

QString collapse(QStringView s) {
    QString out;
    bool space = false;
    for (QChar c : s) {
        if (c.isSpace()) {
            space = true;
            continue;
        }
        if (space && !out.isEmpty())
            out.append(u' ');
        space = false;
        out.append(c);
    }
    return out;
}

// The visible text below a node as one line (table cells, headings, titles).
void gatherText(const GumboNode *node, QString &out, int depth = 0) {
    if (depth > kMaxDepth)
        return;
    switch (node->type) {
    case GUMBO_NODE_TEXT:
    case GUMBO_NODE_CDATA:
    case GUMBO_NODE_WHITESPACE:
        out.append(QString::fromUtf8(node->v.text.text));
        return;
    case GUMBO_NODE_ELEMENT:
        if (isDropped(node))
            return;
        if (node->v.element.tag == GUMBO_TAG_BR || isBlock(node->v.element.tag))
            out.append(u' ');
        forEachChild(node, [&](const GumboNode *c) { gatherText(c, out, depth + 1); });
        if (isBlock(node->v.element.tag))
            out.append(u' ');
        return;
    default:
        return;
    }
}

QString textOf(const GumboNode *node) {
    QString raw;
    // The node itself is read even when it is one that the body drops (<title>).
    forEachChild(node, [&](const GumboNode *c) { gatherText(c, raw); });
    return collapse(TextDecoder::normalizeFragment(raw));
}

bool containsTag(const GumboNode *node, const std::initializer_list<GumboTag> &tags,
                 bool self = false, int depth = 0) {
    if (depth > kMaxDepth)
        return false;
    if (node->type != GUMBO_NODE_ELEMENT)
        return false;
    if (self) {
        for (GumboTag t : tags) {
            if (node->v.element.tag == t)
                return true;
        }
    }
    bool found = false;
    forEachChild(
        node, [&](const GumboNode *c) { found = found || containsTag(c, tags, true, depth + 1); });
    return found;
}

// Rows of a table, through thead/tbody/tfoot, not into nested tables.
void collectRows(const GumboNode *node, std::vector<std::pair<const GumboNode *, bool>> &rows,
                 bool inHead) {
    forEachChild(node, [&](const GumboNode *c) {
        switch (tagOf(c)) {
        case GUMBO_TAG_TR:
            rows.emplace_back(c, inHead);
            break;
        case GUMBO_TAG_THEAD:
            collectRows(c, rows, true);
            break;
        case GUMBO_TAG_TBODY:
        case GUMBO_TAG_TFOOT:
            collectRows(c, rows, false);
            break;
        default:
            break;
        }
    });
}

// Tables that lay out a page rather than hold data: read as ordinary blocks.
bool isLayoutTable(const GumboNode *table) {
    const QString role = attribute(table, "role").toLower();
    if (role == QLatin1String("presentation") || role == QLatin1String("none"))
        return true;
    if (containsTag(table, {GUMBO_TAG_TABLE, GUMBO_TAG_H1, GUMBO_TAG_H2, GUMBO_TAG_H3, GUMBO_TAG_UL,
                            GUMBO_TAG_OL, GUMBO_TAG_BLOCKQUOTE, GUMBO_TAG_PRE, GUMBO_TAG_ARTICLE}))
        return true;
    std::vector<std::pair<const GumboNode *, bool>> rows;
    collectRows(table, rows, false);
    for (const auto &[row, head] : rows) {
        bool longCell = false;
        forEachChild(row, [&](const GumboNode *cell) {
            longCell = longCell || ((tagOf(cell) == GUMBO_TAG_TD || tagOf(cell) == GUMBO_TAG_TH) &&
                                    textOf(cell).size() > 400);
        });
        if (longCell)
            return true;
    }
    return false;
}

int nonEmptyLineCount(const QString &text) {
    int n = 0;
    bool content = false;
    for (QChar c : text) {
        if (c == u'\n') {
            n += content;
            content = false;
        } else if (!c.isSpace()) {
            content = true;
        }
    }
    return n + content;
}

// Date sources in order of trust; the first one found wins.
enum DateRank { RankOpenGraph, RankJsonLd, RankItemprop, RankMetaName, RankTimeElement, RankCount };

struct PageMeta {
    QString title;
    QString ogTitle;
    QString twitterTitle;
    QString ldHeadline;
    QString h1;
    QString siteName;
    QString applicationName;
    QString ldPublisher;
    std::array<std::optional<DateInterval>, RankCount> dates;

    void offerDate(DateRank rank, const QString &value) {
        if (!dates[rank])
            dates[rank] = DateLineParser::parseDate(value.trimmed());
    }
};

void readJsonLd(const QJsonValue &v, PageMeta &meta, int depth = 0) {
    if (depth > 6)
        return;
    if (v.isArray()) {
        for (const QJsonValue &item : v.toArray())
            readJsonLd(item, meta, depth + 1);
        return;
    }
    if (!v.isObject())
        return;
    const QJsonObject o = v.toObject();
    if (o.contains(QLatin1String("datePublished")))
        meta.offerDate(RankJsonLd, o.value(QLatin1String("datePublished")).toString());
    if (meta.ldHeadline.isEmpty())
        meta.ldHeadline = o.value(QLatin1String("headline")).toString().simplified();
    const QJsonValue publisher = o.value(QLatin1String("publisher"));
    if (meta.ldPublisher.isEmpty()) {
        if (publisher.isObject())
            meta.ldPublisher =
                publisher.toObject().value(QLatin1String("name")).toString().simplified();
        else if (publisher.isArray() && !publisher.toArray().isEmpty())
            meta.ldPublisher = publisher.toArray()
                                   .first()
                                   .toObject()
                                   .value(QLatin1String("name"))
                                   .toString()
                                   .simplified();
    }
    readJsonLd(o.value(QLatin1String("@graph")), meta, depth + 1);
}

// The head and metadata everywhere in the page: <title>, <meta>, JSON-LD, itemprop.
void readMeta(const GumboNode *node, PageMeta &meta, int depth = 0) {
    if (depth > kMaxDepth)
        return;
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT)
        return;
    if (node->type == GUMBO_NODE_ELEMENT) {
        const GumboTag tag = node->v.element.tag;
        if (tag == GUMBO_TAG_SVG || tag == GUMBO_TAG_MATH)
            return; // their <title> names a drawing
        if (tag == GUMBO_TAG_TITLE && meta.title.isEmpty()) {
            meta.title = textOf(node);
            return;
        }
        if (tag == GUMBO_TAG_META) {
            const QString key = (attribute(node, "property") + u' ' + attribute(node, "name") +
                                 u' ' + attribute(node, "itemprop"))
                                    .toLower();
            const QString content = attribute(node, "content").simplified();
            const QStringList keys = key.split(u' ', Qt::SkipEmptyParts);
            static const QSet<QString> kOpenGraphDates = {
                QStringLiteral("article:published_time"), QStringLiteral("og:published_time"),
                QStringLiteral("og:article:published_time"), QStringLiteral("article:published")};
            static const QSet<QString> kNamedDates = {QStringLiteral("date"),
                                                      QStringLiteral("dc.date"),
                                                      QStringLiteral("dc.date.issued"),
                                                      QStringLiteral("dc.date.created"),
                                                      QStringLiteral("dcterms.date"),
                                                      QStringLiteral("dcterms.issued"),
                                                      QStringLiteral("dcterms.created"),
                                                      QStringLiteral("pubdate"),
                                                      QStringLiteral("publishdate"),
                                                      QStringLiteral("publish-date"),
                                                      QStringLiteral("publish_date"),
                                                      QStringLiteral("publication_date"),
                                                      QStringLiteral("sailthru.date"),
                                                      QStringLiteral("parsely-pub-date"),
                                                      QStringLiteral("citation_publication_date"),
                                                      QStringLiteral("citation_date"),
                                                      QStringLiteral("article.published")};
            for (const QString &k : keys) {
                if (kOpenGraphDates.contains(k))
                    meta.offerDate(RankOpenGraph, content);
                else if (k == QLatin1String("datepublished"))
                    meta.offerDate(RankItemprop, content);
                else if (kNamedDates.contains(k))
                    meta.offerDate(RankMetaName, content);
                else if (k == QLatin1String("og:title") && meta.ogTitle.isEmpty())
                    meta.ogTitle = content;
                else if (k == QLatin1String("twitter:title") && meta.twitterTitle.isEmpty())
                    meta.twitterTitle = content;
                else if (k == QLatin1String("og:site_name") && meta.siteName.isEmpty())
                    meta.siteName = content;
                else if (k == QLatin1String("application-name") && meta.applicationName.isEmpty())
                    meta.applicationName = content;
            }
            return;
        }
        if (tag == GUMBO_TAG_SCRIPT) {
            if (attribute(node, "type").trimmed().toLower() ==
                QLatin1String("application/ld+json")) {
                QString json;
                forEachChild(node, [&](const GumboNode *c) {
                    if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_CDATA ||
                        c->type == GUMBO_NODE_WHITESPACE)
                        json += QString::fromUtf8(c->v.text.text);
                });
                const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
                readJsonLd(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()),
                           meta);
            }
            return;
        }
        if (attribute(node, "itemprop").toLower() == QLatin1String("datepublished")) {
            QString value = attribute(node, "datetime");
            if (value.isEmpty())
                value = attribute(node, "content");
            if (value.isEmpty())
                value = textOf(node);
            meta.offerDate(RankItemprop, value);
        }
    }
    forEachChild(node, [&](const GumboNode *c) { readMeta(c, meta, depth + 1); });
}

// The body as text.
class BodyWriter {
public:
    explicit BodyWriter(PageMeta &meta) : m_meta(meta) {}

    void walk(const GumboNode *node, bool pre) {
        if (m_depth > kMaxDepth)
            return;
        switch (node->type) {
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_CDATA:
            if (pre)
                b.addVerbatim(QString::fromUtf8(node->v.text.text));
            else
                b.addInline(QString::fromUtf8(node->v.text.text));
            return;
        case GUMBO_NODE_WHITESPACE:
            if (pre)
                b.addVerbatim(QString::fromUtf8(node->v.text.text));
            else
                b.addInline(u" ");
            return;
        case GUMBO_NODE_DOCUMENT:
            forEachChild(node, [&](const GumboNode *c) { walk(c, pre); });
            return;
        case GUMBO_NODE_ELEMENT:
            break;
        default:
            return;
        }
        if (isDropped(node))
            return;
        const GumboTag tag = node->v.element.tag;
        switch (tag) {
        case GUMBO_TAG_BR:
            b.lineBreak();
            return;
        case GUMBO_TAG_HR:
            b.paragraphBreak();
            return;
        case GUMBO_TAG_IMG:
            return;
        case GUMBO_TAG_A: {
            const qsizetype start = b.size();
            walkChildren(node, pre);
            addLink(start, attribute(node, "href"));
            return;
        }
        case GUMBO_TAG_LI:
            b.lineBreak();
            b.addItemPrefix(u"- ");
            ++m_listItems;
            walkChildren(node, pre);
            --m_listItems;
            b.lineBreak();
            return;
        case GUMBO_TAG_UL:
        case GUMBO_TAG_OL:
        case GUMBO_TAG_MENU:
            if (m_listItems > 0) { // a nested list: its items are lines of the outer one
                b.lineBreak();
                walkChildren(node, pre);
                b.lineBreak();
                return;
            }
            break;
        case GUMBO_TAG_TABLE:
            if (!isLayoutTable(node)) {
                writeTable(node);
                return;
            }
            break;
        case GUMBO_TAG_TIME:
            if (!m_pastTop && !m_meta.dates[RankTimeElement])
                m_pastTop = nonEmptyLineCount(b.text()) > kTimeElementLines;
            if (!m_pastTop && !m_meta.dates[RankTimeElement]) {
                const QString value = attribute(node, "datetime");
                if (!value.isEmpty())
                    m_meta.offerDate(RankTimeElement, value);
            }
            break;
        case GUMBO_TAG_H1:
            if (m_meta.h1.isEmpty())
                m_meta.h1 = textOf(node);
            break;
        case GUMBO_TAG_PRE:
        case GUMBO_TAG_LISTING:
        case GUMBO_TAG_PLAINTEXT:
        case GUMBO_TAG_XMP:
            b.paragraphBreak();
            walkChildren(node, true);
            b.paragraphBreak();
            return;
        default:
            break;
        }
        const bool block = isBlock(tag);
        if (block)
            b.paragraphBreak();
        walkChildren(node, pre);
        if (block)
            b.paragraphBreak();
    }

    TextBuilder b;
    std::vector<TableRow> rows;
    std::vector<TextLink> links;

private:
    void walkChildren(const GumboNode *node, bool pre) {
        ++m_depth;
        forEachChild(node, [&](const GumboNode *c) { walk(c, pre); });
        --m_depth;
    }

    void addLink(qsizetype start, const QString &href) {
        const QString url = href.trimmed();
        if (!url.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) &&
            !url.startsWith(QLatin1String("https://"), Qt::CaseInsensitive))
            return; // page-relative links name no outlet
        const QString &t = b.text();
        qsizetype s = start;
        while (s < t.size() && t[s].isSpace())
            ++s;
        const qsizetype e = t.size();
        if (e > s)
            links.push_back({s, e, url});
    }

    void writeTable(const GumboNode *table) {
        b.paragraphBreak();
        forEachChild(table, [&](const GumboNode *c) {
            if (tagOf(c) == GUMBO_TAG_CAPTION) {
                b.addInline(textOf(c));
                b.lineBreak();
            }
        });
        std::vector<std::pair<const GumboNode *, bool>> rowNodes;
        collectRows(table, rowNodes, false);
        for (const auto &[row, inHead] : rowNodes) {
            QStringList cells;
            bool allHeaders = true;
            forEachChild(row, [&](const GumboNode *cell) {
                const GumboTag t = tagOf(cell);
                if ((t != GUMBO_TAG_TD && t != GUMBO_TAG_TH) || isDropped(cell))
                    return;
                allHeaders = allHeaders && t == GUMBO_TAG_TH;
                cells << textOf(cell);
            });
            const QString rowText = cells.join(QStringLiteral(" | ")).trimmed();
            if (rowText.isEmpty())
                continue;
            b.lineBreak();
            TableRow tr;
            tr.start = b.begin();
            b.addVerbatim(rowText);
            tr.end = b.size();
            tr.cells = cells;
            tr.header = inHead || allHeaders;
            tr.table = m_tables;
            rows.push_back(tr);
        }
        ++m_tables;
        b.paragraphBreak();
    }

    PageMeta &m_meta;
    int m_tables = 0;
    int m_depth = 0;
    int m_listItems = 0;    // open <li> elements: a list inside an item is not a new paragraph
    bool m_pastTop = false; // no <time> below this point is the page's own date
};

const GumboNode *findBody(const GumboNode *node) {
    if (tagOf(node) == GUMBO_TAG_BODY)
        return node;
    const GumboNode *found = nullptr;
    forEachChild(node, [&](const GumboNode *c) {
        if (!found && c->type == GUMBO_NODE_ELEMENT)
            found = findBody(c);
    });
    return found;
}

// "Headline | Site" -> "Headline" when the part after the separator names the site.
QString stripSiteSuffix(const QString &title, const QString &site,
                        const MetadataExtractor &metadata) {
    const QStringList parts = DateLineParser::headerSegments(title);
    if (parts.size() < 2)
        return title;
    const QString last = parts.last();
    const bool isSite = (!site.isEmpty() && last.compare(site, Qt::CaseInsensitive) == 0) ||
                        !metadata.knownOutlet(last).isEmpty();
    if (!isSite)
        return title;
    const qsizetype at = title.lastIndexOf(last);
    QString head = title.left(at).trimmed();
    while (!head.isEmpty() && !head.back().isLetterOrNumber() && head.back() != u')' &&
           head.back() != u'"')
        head.chop(1);
    return head.trimmed().isEmpty() ? title : head.trimmed();
}

} // namespace

int HtmlReader::estimateNestingDepth(const QByteArray &page) {
    const QByteArray html = page.toLower();
    // Elements that never hold others, and those a following sibling closes
    // ("<p>a<p>b", "<li>a<li>b"): neither deepens the tree.
    static const QSet<QByteArray> kFlat = {"area",  "base",  "br",   "col",    "embed",   "hr",
                                           "img",   "input", "link", "meta",   "param",   "source",
                                           "track", "wbr",   "p",    "li",     "dt",      "dd",
                                           "tr",    "td",    "th",   "option", "!doctype"};
    int depth = 0, deepest = 0;
    const qsizetype n = html.size();
    qsizetype i = 0;
    auto skipPast = [&](const char *marker) {
        const qsizetype at = html.indexOf(marker, i);
        i = at < 0 ? n : at;
    };
    while (i < n) {
        if (html[i] != '<') {
            ++i;
            continue;
        }
        if (html.mid(i, 4) == "<!--") {
            i += 4;
            skipPast("-->");
            continue;
        }
        const bool closing = i + 1 < n && html[i + 1] == '/';
        qsizetype j = i + (closing ? 2 : 1);
        qsizetype nameStart = j;
        while (j < n && (std::isalnum(static_cast<unsigned char>(html[j])) || html[j] == '!'))
            ++j;
        if (j == nameStart) {
            ++i;
            continue;
        }
        const QByteArray name = html.mid(nameStart, j - nameStart);
        const qsizetype end = html.indexOf('>', j);
        const bool selfClosing = end > 0 && html[end - 1] == '/';
        i = end < 0 ? n : end + 1;
        if (kFlat.contains(name) || selfClosing)
            continue;
        if (closing) {
            depth = std::max(0, depth - 1);
            continue;
        }
        deepest = std::max(deepest, ++depth);
        // Script and style hold text, not elements.
        if (name == "script" || name == "style" || name == "textarea" || name == "title") {
            const QByteArray close = "</" + name;
            const qsizetype at = html.indexOf(close, i);
            i = at < 0 ? n : at;
        }
    }
    return deepest;
}

bool HtmlReader::sniff(const QByteArray &head) const {
    QByteArray h = head.left(2048);
    if (h.startsWith("\xEF\xBB\xBF"))
        h = h.mid(3);
    h = h.trimmed().toLower();
    // Comments before the root ("<!-- saved from url=... -->").
    while (h.startsWith("<!--")) {
        const qsizetype end = h.indexOf("-->");
        if (end < 0)
            return false;
        h = h.mid(end + 3).trimmed();
    }
    if (h.startsWith("<?xml")) {
        const qsizetype end = h.indexOf("?>");
        h = end < 0 ? QByteArray() : h.mid(end + 2).trimmed();
    }
    return h.startsWith("<!doctype html") || h.startsWith("<html");
}

QString HtmlReader::declaredCharset(const QByteArray &head) {
    const QByteArray h = head.left(4096).toLower();
    qsizetype at = h.indexOf("charset=");
    qsizetype skip = 8;
    if (at < 0 && h.startsWith("<?xml")) {
        at = h.indexOf("encoding=");
        skip = 9;
    }
    if (at < 0)
        return QString();
    qsizetype i = at + skip;
    while (i < h.size() && (h[i] == '"' || h[i] == '\'' || h[i] == ' '))
        ++i;
    qsizetype e = i;
    while (e < h.size() && (std::isalnum(static_cast<unsigned char>(h[e])) || h[e] == '-' ||
                            h[e] == '_' || h[e] == ':' || h[e] == '.'))
        ++e;
    return QString::fromLatin1(h.mid(i, e - i));
}

ReadResult HtmlReader::read(const QByteArray &bytes, const QString &relativePath) const {
    ReadResult result;
    DecodedText decoded = TextDecoder::decodeRaw(bytes, declaredCharset(bytes));
    if (!decoded.ok()) {
        result.error = decoded.error;
        return result;
    }
    const QByteArray utf8 = decoded.text.toUtf8();
    if (const int depth = estimateNestingDepth(utf8); depth > kMaxParseDepth) {
        result.error = QStringLiteral("page nested too deeply to read (%1 levels)").arg(depth);
        return result;
    }
    GumboOutput *output = gumbo_parse_with_options(&kGumboDefaultOptions, utf8.constData(),
                                                   static_cast<size_t>(utf8.size()));
    if (!output) {
        result.error = QStringLiteral("HTML could not be parsed");
        return result;
    }
    PageMeta meta;
    readMeta(output->document, meta);
    BodyWriter writer(meta);
    const GumboNode *body = findBody(output->root);
    writer.walk(body ? body : output->root, false);
    gumbo_destroy_output(&kGumboDefaultOptions, output);

    Document doc;
    doc.path = relativePath;
    doc.format = format();
    doc.warnings = decoded.warnings;
    doc.text = writer.b.take();
    doc.tableRows = std::move(writer.rows);
    if (doc.text.isEmpty()) {
        result.error = QStringLiteral("no text in the page");
        return result;
    }

    MetadataExtractor metadata;
    for (const QString &site : {meta.siteName, meta.applicationName, meta.ldPublisher}) {
        if (!site.trimmed().isEmpty()) {
            doc.outlet = metadata.canonicalOutlet(site);
            break;
        }
    }
    for (const QString &t :
         {meta.ogTitle, meta.twitterTitle, meta.ldHeadline,
          stripSiteSuffix(meta.title.simplified(), meta.siteName, metadata), meta.h1}) {
        if (!t.trimmed().isEmpty()) {
            doc.title = t.simplified();
            break;
        }
    }
    for (const auto &d : meta.dates) {
        if (d) {
            doc.published = d;
            break;
        }
    }
    metadata.fillDocument(doc, writer.links);
    result.documents.push_back(std::move(doc));
    return result;
}

} // namespace cc
