#include "ingest/DocxReader.h"

#include "ingest/OfficeTextWriter.h"
#include "ingest/XmlNodes.h"
#include "ingest/ZipArchive.h"

#include <QHash>
#include <QRegularExpression>

#include <pugixml.hpp>

#include <cstring>

namespace cc {

namespace {

using xml::child;
using xml::is;
using xml::kMaxDepth;
using xml::localName;

// The w:val attribute, whatever the prefix.
QString valAttribute(const pugi::xml_node &node) {
    return xml::attribute(node, "val");
}

// Style ids are the document's own ("Heading1", or "berschrift1" in a German
// Word); their names ("heading 1", "Title") are what tells a heading.
struct StyleTable {
    QHash<QString, QString> nameById; // lower-cased names
    bool isHeading(const QString &styleId) const {
        const QString name = nameById.value(styleId, styleId.toLower());
        static const QRegularExpression heading(QStringLiteral("^(heading ?\\d|title|subtitle)$"));
        return heading.match(name).hasMatch();
    }
    bool isTitle(const QString &styleId) const {
        return nameById.value(styleId, styleId.toLower()) == QLatin1String("title");
    }
};

StyleTable readStyles(const QByteArray &xml) {
    StyleTable table;
    pugi::xml_document doc;
    if (xml.isEmpty() || !doc.load_buffer(xml.constData(), static_cast<size_t>(xml.size())))
        return table;
    const pugi::xml_node styles = doc.document_element();
    for (pugi::xml_node style = styles.first_child(); style; style = style.next_sibling()) {
        if (!is(style, "style"))
            continue;
        const QString id = xml::attribute(style, "styleId");
        const pugi::xml_node name = child(style, "name");
        if (!id.isEmpty() && name)
            table.nameById.insert(id, valAttribute(name).toLower());
    }
    return table;
}

// Collects the text of runs below a paragraph (or a table cell): w:t, w:tab, w:br,
// hyperlinks, insertions, fields' results; skips deleted text, field instructions
// and the fallback copy of alternate content (its text is the same as the choice's).
void collectRunText(const pugi::xml_node &node, QString *out, bool breaksAsSpace, int depth) {
    if (depth > kMaxDepth)
        return;
    for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
        if (c.type() != pugi::node_element)
            continue;
        const char *name = localName(c);
        if (!std::strcmp(name, "t")) {
            *out += QString::fromUtf8(c.text().get());
        } else if (!std::strcmp(name, "tab") || !std::strcmp(name, "ptab")) {
            *out += breaksAsSpace ? QLatin1Char(' ') : QLatin1Char('\t');
        } else if (!std::strcmp(name, "br") || !std::strcmp(name, "cr")) {
            *out += breaksAsSpace ? QLatin1Char(' ') : QLatin1Char('\n');
        } else if (!std::strcmp(name, "noBreakHyphen")) {
            *out += QLatin1Char('-');
        } else if (!std::strcmp(name, "del") || !std::strcmp(name, "delText") ||
                   !std::strcmp(name, "instrText") || !std::strcmp(name, "Fallback") ||
                   !std::strcmp(name, "pPr") || !std::strcmp(name, "rPr") ||
                   !std::strcmp(name, "footnoteReference") ||
                   !std::strcmp(name, "endnoteReference")) {
            continue;
        } else if (!std::strcmp(name, "p")) {
            // A paragraph inside a text box or a table cell: its own line.
            if (!out->isEmpty() && !out->endsWith(QLatin1Char('\n')) &&
                !out->endsWith(QLatin1Char(' ')))
                *out += breaksAsSpace ? QLatin1Char(' ') : QLatin1Char('\n');
            collectRunText(c, out, breaksAsSpace, depth + 1);
        } else {
            collectRunText(c, out, breaksAsSpace, depth + 1);
        }
    }
}

// Walks WordprocessingML blocks into an OfficeTextWriter.
class DocxTextWriter {
public:
    DocxTextWriter(const StyleTable &styles, Document *doc)
        : m_styles(styles), m_out(doc, DocxReader::kMaxTextChars) {}

    void writeBlocks(const pugi::xml_node &container, int depth) {
        if (depth > kMaxDepth) {
            m_out.markTruncated();
            return;
        }
        for (pugi::xml_node c = container.first_child(); c; c = c.next_sibling()) {
            if (m_out.full())
                return;
            if (is(c, "p"))
                writeParagraph(c);
            else if (is(c, "tbl"))
                writeTable(c, depth);
            else if (is(c, "sdt"))
                writeBlocks(child(c, "sdtContent"), depth + 1);
            else if (is(c, "customXml") || is(c, "ins") || is(c, "smartTag"))
                writeBlocks(c, depth + 1);
        }
    }

    void writeParagraph(const pugi::xml_node &p) {
        QString raw;
        collectRunText(p, &raw, false, 0);
        const QString text = m_out.paragraph(raw);
        const QString style = valAttribute(child(child(p, "pPr"), "pStyle"));
        if (!text.isEmpty() && !style.isEmpty() && m_styles.isTitle(style) &&
            m_styleTitle.isEmpty())
            m_styleTitle = QString(text).replace(QLatin1Char('\n'), QLatin1Char(' '));
    }

    void writeTable(const pugi::xml_node &tbl, int depth) {
        m_out.beginTable();
        for (pugi::xml_node tr = tbl.first_child(); tr; tr = tr.next_sibling()) {
            if (!is(tr, "tr"))
                continue;
            QStringList cells;
            for (pugi::xml_node tc = tr.first_child(); tc; tc = tc.next_sibling()) {
                if (is(tc, "sdt")) // a content control wrapping cells
                    tc = child(child(tc, "sdtContent"), "tc");
                if (!is(tc, "tc"))
                    continue;
                QString raw;
                collectRunText(tc, &raw, true, depth + 1);
                cells << raw;
            }
            const pugi::xml_node trPr = child(tr, "trPr");
            m_out.row(cells, trPr && child(trPr, "tblHeader"));
            if (m_out.full())
                return;
        }
    }

    bool truncated() const { return m_out.truncated(); }
    QString styleTitle() const { return m_styleTitle; }

private:
    const StyleTable &m_styles;
    OfficeTextWriter m_out;
    QString m_styleTitle;
};

// Footnotes or endnotes: ids below 1 are the separators Word draws.
void writeNotes(const QByteArray &xml, const char *noteName, DocxTextWriter *writer) {
    pugi::xml_document doc;
    if (xml.isEmpty() || !doc.load_buffer(xml.constData(), static_cast<size_t>(xml.size())))
        return;
    for (pugi::xml_node note = doc.document_element().first_child(); note;
         note = note.next_sibling()) {
        if (!is(note, noteName))
            continue;
        bool separator = false;
        for (pugi::xml_attribute a = note.first_attribute(); a; a = a.next_attribute()) {
            const char *local = localName(a.name());
            if (!std::strcmp(local, "type") && std::strcmp(a.value(), "normal") != 0)
                separator = true;
            if (!std::strcmp(local, "id") && a.as_int() < 1)
                separator = true;
        }
        if (!separator)
            writer->writeBlocks(note, 0);
    }
}

struct CoreProperties {
    QString title;
    std::optional<DateInterval> created;
};

CoreProperties readCoreProperties(const QByteArray &xml) {
    CoreProperties props;
    pugi::xml_document doc;
    if (xml.isEmpty() || !doc.load_buffer(xml.constData(), static_cast<size_t>(xml.size())))
        return props;
    for (pugi::xml_node c = doc.document_element().first_child(); c; c = c.next_sibling()) {
        if (is(c, "title")) {
            props.title = QString::fromUtf8(c.text().get()).simplified();
        } else if (is(c, "created")) {
            props.created = OfficeTextWriter::propertyDate(QString::fromUtf8(c.text().get()));
        }
    }
    return props;
}

} // namespace

bool DocxReader::sniff(const QByteArray &head) const {
    return head.startsWith("PK\x03\x04") && head.contains("word/");
}

ReadResult DocxReader::read(const QByteArray &bytes, const QString &relativePath) const {
    ReadResult result;
    ZipArchive zip;
    QString error;
    if (!zip.open(bytes, &error)) {
        result.error = QStringLiteral("damaged Word file: ") + error;
        return result;
    }
    QByteArray body;
    if (!zip.read(QStringLiteral("word/document.xml"), kMaxPartBytes, &body, &error)) {
        result.error = QStringLiteral("damaged Word file: ") + error;
        return result;
    }
    pugi::xml_document xml;
    const pugi::xml_parse_result parsed =
        xml.load_buffer(body.constData(), static_cast<size_t>(body.size()));
    if (!parsed) {
        result.error = QStringLiteral("damaged Word file: word/document.xml: ") +
                       QString::fromUtf8(parsed.description()) + QStringLiteral(" at byte ") +
                       QString::number(parsed.offset);
        return result;
    }
    const pugi::xml_node bodyNode = child(xml.document_element(), "body");
    if (!bodyNode) {
        result.error = QStringLiteral("damaged Word file: word/document.xml has no body");
        return result;
    }

    Document doc;
    doc.path = relativePath;
    doc.format = format();

    // Optional parts: a missing or broken one costs only what it holds.
    QByteArray part;
    StyleTable styles;
    if (zip.read(QStringLiteral("word/styles.xml"), kMaxPartBytes, &part, &error))
        styles = readStyles(part);

    DocxTextWriter writer(styles, &doc);
    writer.writeBlocks(bodyNode, 0);
    if (zip.read(QStringLiteral("word/footnotes.xml"), kMaxPartBytes, &part, &error))
        writeNotes(part, "footnote", &writer);
    if (zip.read(QStringLiteral("word/endnotes.xml"), kMaxPartBytes, &part, &error))
        writeNotes(part, "endnote", &writer);
    if (writer.truncated())
        doc.warnings << QStringLiteral("text truncated: the document is too large or too deeply "
                                       "nested");

    CoreProperties props;
    if (zip.read(QStringLiteral("docProps/core.xml"), kMaxPartBytes, &part, &error))
        props = readCoreProperties(part);

    // A paragraph styled Title is the author's own title; the text's title and date lines
    // come next, the file's properties last.
    doc.title = writer.styleTitle();
    OfficeTextWriter::finishDocument(doc, props.title, props.created,
                                     QStringLiteral("the Word file"));
    result.documents.push_back(std::move(doc));
    return result;
}

} // namespace cc
