#pragma once

#include <QString>
#include <QStringView>

namespace cc {

// Lays out the text of a structured document (HTML, Markdown, Word) as the
// normalized text the pipeline reads: paragraphs separated by one blank line,
// lines by '\n', runs of white space in running text as one space, no trailing
// spaces. Offsets taken while building stay valid in the finished text.
class TextBuilder {
public:
    // Running text: white space (line ends included) collapses to one space.
    void addInline(QStringView text);
    // As addInline(), returning where the text's first character was written (the
    // offset of its first word; size() when it had none). Offsets into text that is
    // already collapsed and NFC map one to one from there.
    qsizetype addInlineAt(QStringView text);
    // Text whose line breaks and spaces are kept (preformatted blocks, table rows).
    void addVerbatim(QStringView text);
    // A prefix such as "- " that starts a list item: the breaks a nested block
    // asks for before the item's first words are not written.
    void addItemPrefix(QStringView prefix);
    void lineBreak();
    void paragraphBreak();
    // Writes pending breaks and returns where the next text will start.
    qsizetype begin();
    qsizetype size() const { return m_text.size(); }
    bool atLineStart() const { return m_text.isEmpty() || m_text.back() == u'\n'; }
    const QString &text() const { return m_text; }
    // The finished text (trailing white space removed).
    QString take();

private:
    void flush();
    void trimTrailingSpaces();

    QString m_text;
    int m_pendingBreak = 0; // 0 none, 1 line, 2 paragraph
    bool m_pendingSpace = false;
    bool m_inItemPrefix = false;
};

} // namespace cc
