#include "ingest/OdtReader.h"

#include "ingest/OfficeTextWriter.h"
#include "ingest/XmlNodes.h"
#include "ingest/ZipArchive.h"

#include <pugixml.hpp>

#include <cstring>

namespace cc {

namespace {

using xml::child;
using xml::is;
using xml::kMaxDepth;
using xml::localName;

constexpr char kMimeType[] = "application/vnd.oasis.opendocument.text";

// ODF collapses white space inside paragraphs as HTML does, so the white space
// between two spans is text; it must survive parsing.
constexpr unsigned kParseOptions = pugi::parse_default | pugi::parse_ws_pcdata;

bool oneOf(const char *name, std::initializer_list<const char *> names) {
    for (const char *n : names)
        if (!std::strcmp(name, n))
            return true;
    return false;
}

// Elements whose content is not the briefing's own running text: generated indexes
// (they repeat the headings), comments, tracked changes, declarations, forms.
bool skipped(const char *name) {
    return oneOf(name, {"table-of-content",
                        "illustration-index",
                        "table-index",
                        "object-index",
                        "user-index",
                        "alphabetical-index",
                        "bibliography",
                        "tracked-changes",
                        "annotation",
                        "annotation-end",
                        "sequence-decls",
                        "variable-decls",
                        "user-field-decls",
                        "forms",
                        "change",
                        "change-start",
                        "change-end",
                        "note-citation",
                        "ruby-text",
                        "image",
                        "object"});
}

// Builds the document's text from office:text, keeping notes for the end.
class OdtTextWriter {
public:
    explicit OdtTextWriter(Document *doc) : m_out(doc, OdtReader::kMaxTextChars) {}

    void writeBlocks(const pugi::xml_node &container, int depth) {
        if (depth > kMaxDepth) {
            m_out.markTruncated();
            return;
        }
        for (pugi::xml_node c = container.first_child(); c; c = c.next_sibling()) {
            if (m_out.full())
                return;
            if (c.type() != pugi::node_element)
                continue;
            const char *name = localName(c);
            if (skipped(name))
                continue;
            if (!std::strcmp(name, "p") || !std::strcmp(name, "h"))
                writeParagraph(c, depth);
            else if (!std::strcmp(name, "table"))
                writeTable(c, depth);
            else // lists, list items, sections, frames and text boxes, soft page breaks
                writeBlocks(c, depth + 1);
        }
    }

    void writeNotes() {
        // Notes found in notes, too: the list grows while it is written.
        for (size_t i = 0; i < m_notes.size() && !m_out.full(); ++i)
            writeBlocks(m_notes[i], 0);
    }

    bool truncated() const { return m_out.truncated(); }

private:
    void writeParagraph(const pugi::xml_node &p, int depth) {
        QString raw;
        std::vector<pugi::xml_node> frames;
        collectInline(p, &raw, &frames, depth + 1);
        m_out.paragraph(raw);
        // A text box anchored in the paragraph: its paragraphs after it.
        for (const pugi::xml_node &frame : frames)
            writeBlocks(frame, depth + 1);
    }

    void writeTable(const pugi::xml_node &table, int depth) {
        m_out.beginTable();
        writeRows(table, false, depth + 1);
    }

    void writeRows(const pugi::xml_node &container, bool header, int depth) {
        if (depth > kMaxDepth) {
            m_out.markTruncated();
            return;
        }
        for (pugi::xml_node c = container.first_child(); c && !m_out.full(); c = c.next_sibling()) {
            if (is(c, "table-header-rows"))
                writeRows(c, true, depth + 1);
            else if (is(c, "table-rows") || is(c, "table-row-group"))
                writeRows(c, header, depth + 1);
            else if (is(c, "table-row"))
                writeRow(c, header, depth + 1);
        }
    }

    void writeRow(const pugi::xml_node &tr, bool header, int depth) {
        QStringList cells;
        for (pugi::xml_node tc = tr.first_child(); tc; tc = tc.next_sibling()) {
            const bool covered = is(tc, "covered-table-cell");
            if (!is(tc, "table-cell") && !covered)
                continue;
            QString raw;
            std::vector<pugi::xml_node> frames;
            if (!covered)
                collectCell(tc, &raw, &frames, depth + 1);
            // A cell repeated to the edge of the sheet is empty; a repeated value is
            // written a few times at most.
            const int repeated = xml::attribute(tc, "number-columns-repeated").toInt();
            const int times = raw.trimmed().isEmpty() ? 1 : std::clamp(repeated, 1, 16);
            for (int i = 0; i < times; ++i)
                cells << raw;
        }
        while (!cells.isEmpty() && cells.constLast().trimmed().isEmpty())
            cells.removeLast();
        m_out.row(cells, header);
    }

    // A cell's paragraphs (and nested lists) as one line.
    void collectCell(const pugi::xml_node &node, QString *out, std::vector<pugi::xml_node> *frames,
                     int depth) {
        if (depth > kMaxDepth)
            return;
        for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
            if (c.type() != pugi::node_element || skipped(localName(c)))
                continue;
            if (is(c, "p") || is(c, "h")) {
                if (!out->isEmpty())
                    *out += QLatin1Char(' ');
                collectInline(c, out, frames, depth + 1);
            } else {
                collectCell(c, out, frames, depth + 1);
            }
        }
    }

    // The running text of a paragraph: text, spans, links, spaces, tabs and line breaks.
    void collectInline(const pugi::xml_node &node, QString *out,
                       std::vector<pugi::xml_node> *frames, int depth) {
        if (depth > kMaxDepth)
            return;
        for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
            if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) {
                QString text = QString::fromUtf8(c.value());
                for (QChar &ch : text)
                    if (ch == u'\n' || ch == u'\r' || ch == u'\t')
                        ch = u' ';
                *out += text;
                continue;
            }
            if (c.type() != pugi::node_element)
                continue;
            const char *name = localName(c);
            if (skipped(name))
                continue;
            if (!std::strcmp(name, "s")) {
                const int n = xml::attribute(c, "c").toInt();
                out->append(QString(std::clamp(n, 1, 8), QLatin1Char(' ')));
            } else if (!std::strcmp(name, "tab")) {
                *out += QLatin1Char(' ');
            } else if (!std::strcmp(name, "line-break")) {
                *out += QLatin1Char('\n');
            } else if (!std::strcmp(name, "note")) {
                if (const pugi::xml_node body = child(c, "note-body"))
                    m_notes.push_back(body);
            } else if (!std::strcmp(name, "frame")) {
                frames->push_back(c);
            } else {
                collectInline(c, out, frames, depth + 1);
            }
        }
    }

    OfficeTextWriter m_out;
    std::vector<pugi::xml_node> m_notes;
};

struct OdtProperties {
    QString title;
    std::optional<DateInterval> created;
};

OdtProperties readProperties(const pugi::xml_node &meta) {
    OdtProperties props;
    for (pugi::xml_node c = meta.first_child(); c; c = c.next_sibling()) {
        if (is(c, "title"))
            props.title = QString::fromUtf8(c.text().get()).simplified();
        else if (is(c, "creation-date"))
            props.created = OfficeTextWriter::propertyDate(QString::fromUtf8(c.text().get()));
    }
    return props;
}

QString parseError(const QString &part, const pugi::xml_parse_result &parsed) {
    return QStringLiteral("damaged OpenDocument file: %1: %2 at byte %3")
        .arg(part, QString::fromUtf8(parsed.description()))
        .arg(parsed.offset);
}

} // namespace

bool OdtReader::sniff(const QByteArray &head) const {
    if (head.startsWith("PK\x03\x04"))
        return head.contains(kMimeType);
    // Flat ODT: one XML document that says its type.
    return head.contains("<office:document") && head.contains(kMimeType);
}

ReadResult OdtReader::read(const QByteArray &bytes, const QString &relativePath) const {
    ReadResult result;
    pugi::xml_document content;
    pugi::xml_document metaXml;
    pugi::xml_node meta;
    if (bytes.startsWith("PK")) {
        ZipArchive zip;
        QString error;
        QByteArray part;
        if (!zip.open(bytes, &error) ||
            !zip.read(QStringLiteral("content.xml"), kMaxPartBytes, &part, &error)) {
            result.error = QStringLiteral("damaged OpenDocument file: ") + error;
            return result;
        }
        const pugi::xml_parse_result parsed =
            content.load_buffer(part.constData(), static_cast<size_t>(part.size()), kParseOptions);
        if (!parsed) {
            result.error = parseError(QStringLiteral("content.xml"), parsed);
            return result;
        }
        // Optional: a missing or broken meta.xml costs only the fallbacks it holds.
        if (zip.read(QStringLiteral("meta.xml"), kMaxPartBytes, &part, &error) &&
            metaXml.load_buffer(part.constData(), static_cast<size_t>(part.size())))
            meta = child(metaXml.document_element(), "meta");
    } else {
        const pugi::xml_parse_result parsed = content.load_buffer(
            bytes.constData(), static_cast<size_t>(bytes.size()), kParseOptions);
        if (!parsed) {
            result.error = parseError(QStringLiteral("the flat XML"), parsed);
            return result;
        }
        meta = child(content.document_element(), "meta");
    }
    const pugi::xml_node text = child(child(content.document_element(), "body"), "text");
    if (!text) {
        result.error = QStringLiteral("damaged OpenDocument file: no office:text body (a "
                                      "spreadsheet or a presentation is not a briefing)");
        return result;
    }

    Document doc;
    doc.path = relativePath;
    doc.format = format();
    OdtTextWriter writer(&doc);
    writer.writeBlocks(text, 0);
    writer.writeNotes();
    if (writer.truncated())
        doc.warnings << QStringLiteral("text truncated: the document is too large or too deeply "
                                       "nested");

    const OdtProperties props = readProperties(meta);
    OfficeTextWriter::finishDocument(doc, props.title, props.created,
                                     QStringLiteral("the OpenDocument file"));
    result.documents.push_back(std::move(doc));
    return result;
}

} // namespace cc
