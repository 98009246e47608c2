#pragma once

#include <QStringList>

namespace cc {

// A sentence (or heading, list item, table row) of a document's normalized text.
struct Sentence {
    enum class Kind { Prose, Heading, ListItem, TableRow, Quote };

    qsizetype start = 0; // UTF-16 offset into Document::text
    qsizetype end = 0;   // exclusive
    Kind kind = Kind::Prose;
    int page = 0; // 1-based PDF page, 0 when the format has no pages
    // Table rows whose cells could be separated; empty otherwise.
    QStringList cells;
    // Language code when the sentence is recognised as non-English ("zh", "ja", ...); empty for English.
    QString language;
};

} // namespace cc
