#include "extract/StructureLexicon.h"

#include "lexicon/LexiconSet.h"

namespace cc {

namespace {

// The start of a line without markup around it ("*Sources: ...*", "## References"):
// prefixes and headings are short, so only the first 48 characters matter.
QString bare(QStringView line) {
    qsizetype s = 0, e = std::min<qsizetype>(line.size(), 48);
    while (s < e && !line[s].isLetterOrNumber())
        ++s;
    while (e > s && (line[e - 1].isSpace() || line[e - 1] == QLatin1Char('*') ||
                     line[e - 1] == QLatin1Char('_') || line[e - 1] == QLatin1Char('#')))
        --e;
    return line.mid(s, e - s).toString().toLower();
}

} // namespace

StructureLexicon::StructureLexicon(const LexiconSet &lexicons) {
    for (const LexiconEntry &e : lexicons.entries(QStringLiteral("structure"))) {
        const QString key = e.string("key").trimmed().toLower();
        const QString kind = e.string("kind");
        if (key.isEmpty()) {
            m_errors << e.where() + QStringLiteral(": structure: entry without a \"key\"");
            continue;
        }
        if (kind == QLatin1String("source_heading"))
            m_sourceHeadings.insert(key);
        else if (kind == QLatin1String("citation_prefix")) {
            m_citationPrefixes << key;
            m_prefixInitials.insert(key[0]);
        } else if (kind == QLatin1String("attribution"))
            m_attribution.add(key, 0);
        else
            m_errors << e.where() +
                            QStringLiteral(": structure: \"kind\" of %1 is \"%2\"; expected "
                                           "source_heading, citation_prefix or attribution")
                                .arg(key, kind);
    }
}

bool StructureLexicon::isSourceHeading(QStringView line) const {
    if (line.size() > 48)
        return false;
    QString b = bare(line);
    if (b.endsWith(QLatin1Char(':')))
        b.chop(1);
    return m_sourceHeadings.contains(b.trimmed());
}

bool StructureLexicon::startsWithCitationPrefix(QStringView line) const {
    // Cheap first test on the first letter before folding anything.
    qsizetype first = 0;
    while (first < line.size() && first < 8 && !line[first].isLetterOrNumber())
        ++first;
    if (first >= line.size() || !m_prefixInitials.contains(line[first].toLower()))
        return false;
    const QString b = bare(line);
    for (const QString &p : m_citationPrefixes) {
        if (b.startsWith(p) && (p.endsWith(QLatin1Char(':')) || b.size() == p.size() ||
                                !b[p.size()].isLetterOrNumber()))
            return true;
    }
    return false;
}

} // namespace cc
