#pragma once

#include "ingest/DocumentReader.h"

namespace cc {

// Rich Text Format (.rtf, what WordPad, TextEdit and many mail clients save): the body's
// paragraphs in order, tables as one line per row (cells kept in Document::tableRows),
// footnotes after the body; \info's title and creation time as fallbacks when the text
// states none. Bytes written as \'hh are decoded in the document's code page (\ansicpg),
// \uN as Unicode. Font and colour tables, pictures, objects, headers, footers, field
// instructions and every \* destination are skipped.
class RtfReader : public DocumentReader {
public:
    QString format() const override { return QStringLiteral("rtf"); }
    QStringList extensions() const override { return {QStringLiteral("rtf")}; }
    bool sniff(const QByteArray &head) const override;
    ReadResult read(const QByteArray &bytes, const QString &relativePath) const override;

    static constexpr qsizetype kMaxTextChars = 16 * 1024 * 1024;
    // Groups nested deeper than this are read as plain text of their parent (a
    // hand-made file can open a million braces).
    static constexpr int kMaxDepth = 512;
};

} // namespace cc
