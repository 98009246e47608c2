#pragma once

#include "ingest/DocumentReader.h"

namespace cc {

// PDF through poppler-cpp (no Qt in poppler's part): the text layer in reading
// order, column by column (PdfLayout), paragraphs rebuilt and running headers,
// footers and page numbers dropped (PdfTextBuilder), Document::pageStarts
// filled. /Title and /CreationDate are fallbacks when the text states no title
// or date. Never silently empty: a PDF without a text layer, a locked one and a
// damaged one are errors that say so.
class PdfReader : public DocumentReader {
public:
    QString format() const override { return QStringLiteral("pdf"); }
    QStringList extensions() const override { return {QStringLiteral("pdf")}; }
    bool sniff(const QByteArray &head) const override;
    ReadResult read(const QByteArray &bytes, const QString &relativePath) const override;

    static constexpr int kMaxPages = 2000;
    static constexpr qsizetype kMaxWordsPerPage = 200000;
    static constexpr qsizetype kMaxTextChars = 16 * 1024 * 1024;

    // "D:20260309093000+02'00'" -> 2026-03-09 (the date as written, no zone shift).
    static QDate parsePdfDate(const QString &value);
    // /Title values that are a file name or a tool's placeholder, not a title.
    static bool isPlaceholderTitle(const QString &title);
};

} // namespace cc
