#include "ingest/TextBuilder.h"

#include "ingest/TextDecoder.h"

namespace cc {

void TextBuilder::trimTrailingSpaces() {
    while (!m_text.isEmpty() && (m_text.back() == u' ' || m_text.back() == u'\t'))
        m_text.chop(1);
}

void TextBuilder::flush() {
    if (m_pendingBreak > 0) {
        trimTrailingSpaces();
        if (!m_text.isEmpty()) {
            int have = 0; // line ends already at the end of the text
            for (qsizetype i = m_text.size() - 1; i >= 0 && m_text[i] == u'\n' && have < 2; --i)
                ++have;
            for (int k = have; k < m_pendingBreak; ++k)
                m_text.append(u'\n');
        }
        m_pendingBreak = 0;
        m_pendingSpace = false;
    }
    if (m_pendingSpace) {
        if (!atLineStart() && m_text.back() != u' ')
            m_text.append(u' ');
        m_pendingSpace = false;
    }
}

void TextBuilder::addInline(QStringView text) {
    addInlineAt(text);
}

qsizetype TextBuilder::addInlineAt(QStringView text) {
    qsizetype first = -1;
    const QString clean = TextDecoder::normalizeFragment(text);
    qsizetype i = 0;
    const qsizetype n = clean.size();
    while (i < n) {
        if (clean[i].isSpace()) {
            m_pendingSpace = true;
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < n && !clean[j].isSpace())
            ++j;
        flush();
        if (first < 0)
            first = m_text.size();
        m_text.append(QStringView(clean).mid(i, j - i));
        m_inItemPrefix = false;
        i = j;
    }
    return first < 0 ? m_text.size() : first;
}

void TextBuilder::addVerbatim(QStringView text) {
    const QString clean = TextDecoder::normalizeFragment(text);
    qsizetype start = 0;
    const qsizetype n = clean.size();
    bool blankBefore = false;
    while (start <= n) {
        qsizetype end = clean.indexOf(u'\n', start);
        if (end < 0)
            end = n;
        QStringView line = QStringView(clean).mid(start, end - start);
        while (!line.isEmpty() && (line.back() == u' ' || line.back() == u'\t'))
            line.chop(1);
        if (start > 0) {
            // Line ends inside the block: one blank line at most, as everywhere.
            if (blankBefore)
                paragraphBreak();
            else
                lineBreak();
        }
        blankBefore = line.isEmpty();
        if (!line.isEmpty()) {
            flush();
            m_text.append(line);
            m_inItemPrefix = false;
        }
        start = end + 1;
    }
}

void TextBuilder::addItemPrefix(QStringView prefix) {
    flush();
    m_text.append(prefix);
    m_inItemPrefix = true;
}

void TextBuilder::lineBreak() {
    if (!m_inItemPrefix)
        m_pendingBreak = std::max(m_pendingBreak, 1);
}

void TextBuilder::paragraphBreak() {
    if (!m_inItemPrefix)
        m_pendingBreak = 2;
}

qsizetype TextBuilder::begin() {
    if (m_pendingBreak > 0)
        flush();
    return m_text.size();
}

QString TextBuilder::take() {
    m_pendingBreak = 0;
    m_pendingSpace = false;
    while (!m_text.isEmpty() && m_text.back().isSpace())
        m_text.chop(1);
    QString out = std::move(m_text);
    m_text.clear();
    return out;
}

} // namespace cc
