#include "extract/CitationAssigner.h"

#include "extract/StructureLexicon.h"

#include <algorithm>

namespace cc {

namespace {

void addUnique(QStringList &list, const QString &source) {
    if (!source.isEmpty() && !list.contains(source))
        list << source;
}

bool endsWithColon(QStringView s) {
    s = s.trimmed();
    while (!s.isEmpty() && (s.back() == QLatin1Char('*') || s.back() == QLatin1Char('_')))
        s.chop(1);
    return s.endsWith(QLatin1Char(':'));
}

} // namespace

CitationAssigner::CitationAssigner(const Document &doc, const std::vector<Sentence> &sentences,
                                   const StructureLexicon &structure) {
    const size_t n = sentences.size();
    m_section.assign(n, 0);
    m_paragraph.assign(n, 0);
    m_sourceItem.assign(n, false);
    const QStringView text(doc.text);
    std::vector<bool> sourceLine(n, false);
    int section = 0, paragraph = 0;
    bool inSourceList = false;
    for (size_t i = 0; i < n; ++i) {
        const Sentence &s = sentences[i];
        const QStringView body = text.mid(s.start, s.end - s.start);
        if (i > 0) {
            // A line break between two sentences starts a paragraph.
            const qsizetype gapStart = sentences[i - 1].end;
            if (text.mid(gapStart, std::max<qsizetype>(0, s.start - gapStart))
                    .contains(QLatin1Char('\n')))
                ++paragraph;
        }
        if (s.kind == Sentence::Kind::Heading) {
            if (structure.isSourceHeading(body)) {
                inSourceList = true;
                sourceLine[i] = true;
            } else if (!endsWithColon(body)) {
                ++section;
                inSourceList = false;
            }
        } else if (s.kind == Sentence::Kind::ListItem) {
            if (inSourceList) {
                m_sourceItem[i] = true;
                sourceLine[i] = true;
            }
        } else {
            inSourceList = false;
        }
        if (structure.startsWithCitationPrefix(body))
            sourceLine[i] = true;
        m_section[i] = section;
        m_paragraph[i] = paragraph;
    }
    m_sectionSources.assign(static_cast<size_t>(section) + 1, {});
    m_paragraphSources.assign(static_cast<size_t>(paragraph) + 1, {});
    for (const Citation &c : doc.citations) {
        // The sentence holding the citation (the last one starting at or before it).
        const auto it =
            std::upper_bound(sentences.begin(), sentences.end(), c.start,
                             [](qsizetype pos, const Sentence &s) { return pos < s.start; });
        if (it == sentences.begin())
            continue;
        const size_t i = static_cast<size_t>(it - sentences.begin()) - 1;
        if (c.start >= sentences[i].end) {
            // Between sentences (a bare citation line the splitter left out): its section.
            addUnique(m_sectionSources[static_cast<size_t>(m_section[i])], c.source);
            continue;
        }
        if (sourceLine[i] || sentences[i].kind == Sentence::Kind::Heading ||
            sentences[i].kind == Sentence::Kind::TableRow)
            addUnique(m_sectionSources[static_cast<size_t>(m_section[i])], c.source);
        else
            addUnique(m_paragraphSources[static_cast<size_t>(m_paragraph[i])], c.source);
    }
}

QStringList CitationAssigner::sourcesFor(size_t index) const {
    if (index >= m_section.size())
        return {};
    QStringList out = m_paragraphSources[static_cast<size_t>(m_paragraph[index])];
    for (const QString &s : m_sectionSources[static_cast<size_t>(m_section[index])])
        addUnique(out, s);
    return out;
}

} // namespace cc
