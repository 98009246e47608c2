#pragma once

#include "model/DateInterval.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace cc {

// A table row as read from the source format (HTML, Markdown, Word), cells kept
// apart. Its text stands in Document::text at [start, end) as one line.
struct TableRow {
    qsizetype start = 0;
    qsizetype end = 0;
    QStringList cells;
    bool header = false;
    int table = 0; // index of the table in the document, rows of one table share it
};

// A cited source and where the citation stands ("Source: Reuters — 9 Mar 2026",
// an item of a "Sources:" list, "Citation URL: ...", "(Reuters)").
struct Citation {
    QString source; // canonical outlet name when the outlets lexicon knows it
    qsizetype start = 0;
    qsizetype end = 0;
};

// One briefing, as read by a format reader. Everything downstream sees only this.
struct Document {
    QString path;            // relative to the opened folder, '/' separated
    QByteArray contentHash;  // hex SHA-256 of the file's bytes
    QString format;          // "txt", "md", "html", "pdf", "eml", "docx", ...
    QString title;
    std::optional<DateInterval> published; // empty when the document states none
    QString outlet;
    QStringList citedSources; // every cited source, deduplicated, in order of appearance
    std::vector<Citation> citations; // the same with their positions
    QString text;             // normalized text: NFC, '\n' line ends
    QStringList warnings;     // damaged encoding, lost bytes, truncated, ...
    qint64 fileSize = 0;
    QDateTime fileModified;   // shown separately; never used as the publication date
    // UTF-16 offsets where each PDF page starts in `text` (empty for page-less formats).
    std::vector<qsizetype> pageStarts;
    std::vector<TableRow> tableRows;
    // For containers (mbox) one file yields several documents: "file.mbox#3".
    int partIndex = 0;

    // 1-based page holding the offset, 0 when the document has no pages.
    int pageAt(qsizetype offset) const;
};

} // namespace cc
