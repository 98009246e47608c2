#pragma once

#include "model/DateInterval.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace cc {

// A table as read from the source format (HTML, Markdown, Word), cells kept apart.
struct TableBlock {
    qsizetype start = 0; // where the table's text begins in Document::text
    std::vector<QStringList> rows;
};

// One briefing, as read by a format reader. Everything downstream sees only this.
struct Document {
    QString path;            // relative to the opened folder, '/' separated
    QByteArray contentHash;  // hex SHA-256 of the file's bytes
    QString format;          // "txt", "md", "html", "pdf", "eml", "docx", ...
    QString title;
    std::optional<DateInterval> published; // empty when the document states none
    QString outlet;
    QStringList citedSources; // "Reuters", "SCMP", URLs' hosts, ...
    QString text;             // normalized text: NFC, '\n' line ends
    QStringList warnings;     // damaged encoding, lost bytes, truncated, ...
    qint64 fileSize = 0;
    QDateTime fileModified;   // shown separately; never used as the publication date
    // UTF-16 offsets where each PDF page starts in `text` (empty for page-less formats).
    std::vector<qsizetype> pageStarts;
    std::vector<TableBlock> tables;
    // For containers (mbox) one file yields several documents: "file.mbox#3".
    int partIndex = 0;

    // 1-based page holding the offset, 0 when the document has no pages.
    int pageAt(qsizetype offset) const;
};

} // namespace cc
