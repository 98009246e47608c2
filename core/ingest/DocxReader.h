#pragma once

#include "ingest/DocumentReader.h"

namespace cc {

// Word .docx (Office Open XML): the paragraphs of word/document.xml, headings on
// their own lines, tables as one line per row (cells kept in Document::tableRows),
// footnotes and endnotes after the body; docProps/core.xml title and creation date
// as fallbacks when the text states none. Headers and footers are not read: they
// repeat on every page and are not part of the briefing.
class DocxReader : public DocumentReader {
public:
    QString format() const override { return QStringLiteral("docx"); }
    QStringList extensions() const override { return {QStringLiteral("docx")}; }
    bool sniff(const QByteArray &head) const override;
    ReadResult read(const QByteArray &bytes, const QString &relativePath) const override;

    // Caps on what one file may expand to (a zip bomb is a few kilobytes).
    static constexpr qint64 kMaxPartBytes = 64ll * 1024 * 1024;
    static constexpr qsizetype kMaxTextChars = 16 * 1024 * 1024;
};

} // namespace cc
