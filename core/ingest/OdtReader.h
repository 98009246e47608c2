#pragma once

#include "ingest/DocumentReader.h"

namespace cc {

// OpenDocument text (.odt, LibreOffice's and Google Docs' export; and the flat XML .fodt):
// the paragraphs and headings of office:text, lists, text boxes and sections in order,
// tables as one line per row (cells kept in Document::tableRows), notes after the body;
// meta.xml's title and creation date as fallbacks when the text states none. Generated
// indexes (a table of contents), comments and tracked deletions are not read.
class OdtReader : public DocumentReader {
public:
    QString format() const override { return QStringLiteral("odt"); }
    QStringList extensions() const override {
        return {QStringLiteral("odt"), QStringLiteral("fodt")};
    }
    bool sniff(const QByteArray &head) const override;
    ReadResult read(const QByteArray &bytes, const QString &relativePath) const override;

    // Caps on what one file may expand to (a zip bomb is a few kilobytes).
    static constexpr qint64 kMaxPartBytes = 64ll * 1024 * 1024;
    static constexpr qsizetype kMaxTextChars = 16 * 1024 * 1024;
};

} // namespace cc
