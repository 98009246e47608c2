#include "ingest/OfficeTextWriter.h"

#include "ingest/MetadataExtractor.h"
#include "ingest/TextDecoder.h"

#include <QDate>
#include <QRegularExpression>

namespace cc {

std::optional<DateInterval> OfficeTextWriter::propertyDate(const QString &value) {
    static const QRegularExpression iso(QStringLiteral("^\\s*(\\d{4})-(\\d{2})-(\\d{2})"));
    const QRegularExpressionMatch m = iso.match(value);
    const QDate date =
        m.hasMatch() ? QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt())
                     : QDate();
    if (date.isValid() && date.year() >= 1980 && date.year() <= 2200)
        return DateInterval::day(date);
    return std::nullopt;
}

void OfficeTextWriter::finishDocument(Document &doc, const QString &propertyTitle,
                                      const std::optional<DateInterval> &propertyDate,
                                      const QString &fileKind) {
    MetadataExtractor::fill(doc);
    if (doc.title.isEmpty())
        doc.title = propertyTitle;
    if (!doc.published)
        doc.published = propertyDate;
    if (doc.text.trimmed().isEmpty())
        doc.warnings << QStringLiteral("%1 holds no text").arg(fileKind);
}

QString OfficeTextWriter::cleanLine(QString raw) {
    raw.replace(QChar(0x00A0), QLatin1Char(' '));
    raw.remove(QChar(0x00AD)); // soft hyphen: a hint for breaking, not text
    static const QRegularExpression spaces(QStringLiteral("[ \\t]{2,}"));
    QStringList lines = raw.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        line = line.trimmed();
        line.replace(spaces, QStringLiteral(" "));
    }
    while (!lines.isEmpty() && lines.constFirst().isEmpty())
        lines.removeFirst();
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return TextDecoder::normalizeFragment(lines.join(QLatin1Char('\n')));
}

QString OfficeTextWriter::paragraph(const QString &raw) {
    const QString text = cleanLine(raw);
    if (!text.isEmpty()) {
        beginBlock();
        m_doc->text += text;
    }
    return text;
}

void OfficeTextWriter::beginTable() {
    ++m_tables;
    m_rowsInTable = 0;
}

void OfficeTextWriter::row(const QStringList &rawCells, bool header) {
    QStringList cells;
    bool empty = true;
    for (const QString &raw : rawCells) {
        cells << cleanLine(QString(raw).replace(QLatin1Char('\n'), QLatin1Char(' ')));
        empty = empty && cells.constLast().isEmpty();
    }
    if (empty)
        return;
    if (m_rowsInTable++ == 0)
        beginBlock();
    else
        m_doc->text += QLatin1Char('\n');
    TableRow row;
    row.cells = cells;
    row.table = std::max(0, m_tables - 1);
    row.header = header;
    row.start = m_doc->text.size();
    m_doc->text += cells.join(QStringLiteral(" | "));
    row.end = m_doc->text.size();
    m_doc->tableRows.push_back(std::move(row));
}

bool OfficeTextWriter::full() {
    if (m_doc->text.size() <= m_maxChars)
        return false;
    m_truncated = true;
    return true;
}

// Blocks are separated by a blank line.
void OfficeTextWriter::beginBlock() {
    if (m_doc->text.isEmpty())
        return;
    if (!m_doc->text.endsWith(QLatin1Char('\n')))
        m_doc->text += QLatin1Char('\n');
    if (!m_doc->text.endsWith(QLatin1String("\n\n")))
        m_doc->text += QLatin1Char('\n');
}

} // namespace cc
