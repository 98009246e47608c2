#pragma once

#include "ingest/DocumentReader.h"
#include "ingest/MetadataExtractor.h"

#include <QHash>

namespace cc {

// Markdown (.md, .markdown): YAML-like front matter for title, date and outlet;
// the markup stripped to readable text (headings without '#', emphasis marks and
// link URLs removed, soft-wrapped lines of a paragraph joined); tables as one line
// per row with cells joined by " | ", kept in Document::tableRows.
class MarkdownReader : public DocumentReader {
public:
    QString format() const override { return QStringLiteral("md"); }
    QStringList extensions() const override {
        return {QStringLiteral("md"), QStringLiteral("markdown"), QStringLiteral("mdown"),
                QStringLiteral("mkd")};
    }
    ReadResult read(const QByteArray &bytes, const QString &relativePath) const override;

    // Inline markup to plain text: emphasis, code spans, links (their text kept, the
    // URL recorded), images dropped, HTML tags dropped, escapes resolved; white space
    // collapsed. Link spans are offsets into the returned text.
    struct Inline {
        QString text;
        std::vector<TextLink> links;
    };
    static Inline renderInline(QStringView markdown);

    // "---\nkey: value\n---" at the very top: the keys (lower case) and values
    // (unquoted); *bodyStart is where the text after it begins (0 when there is none).
    static QHash<QString, QString> frontMatter(const QString &text, qsizetype *bodyStart);
};

} // namespace cc
