#pragma once

#include "model/Document.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace cc {

// Lays out a word-processor document (Word, OpenDocument, RTF) as Document::text, block
// by block: paragraphs separated by a blank line, a table as one line per row with its
// cells kept in Document::tableRows. The readers walk their own formats and hand over
// raw paragraph and cell text; this holds what they share, including the size cap.
class OfficeTextWriter {
public:
    OfficeTextWriter(Document *doc, qsizetype maxChars) : m_doc(doc), m_maxChars(maxChars) {}

    // A document property's date ("2026-03-02T09:15:00"): the day as written, since
    // converting to UTC could move it to another day. Empty when it is not a plausible date.
    static std::optional<DateInterval> propertyDate(const QString &value);

    // Completes a laid-out document: its text's own title and date lines first
    // (MetadataExtractor), the file's properties only when the text states none (they are
    // often a template's, or the day the file was first saved); a warning when the file
    // ("the Word file") holds no text.
    static void finishDocument(Document &doc, const QString &propertyTitle,
                               const std::optional<DateInterval> &propertyDate,
                               const QString &fileKind);

    // Raw run text as a clean block: lines trimmed, runs of spaces as one, no-break
    // spaces as spaces, soft hyphens dropped, NFC, control characters removed.
    static QString cleanLine(QString raw);

    // A paragraph of raw text (cleaned here; nothing is written when it is empty).
    // Returns the cleaned text.
    QString paragraph(const QString &raw);
    // A table starts; its rows follow with row().
    void beginTable();
    // One row of the current table, its cells raw; a row of empty cells is dropped.
    void row(const QStringList &rawCells, bool header);

    // True once the text is over the cap; the reader stops and the document says so.
    bool full();
    bool truncated() const { return m_truncated; }
    void markTruncated() { m_truncated = true; }

private:
    void beginBlock();

    Document *m_doc;
    qsizetype m_maxChars;
    int m_tables = 0;
    int m_rowsInTable = 0;
    bool m_truncated = false;
};

} // namespace cc
