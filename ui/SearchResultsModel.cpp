#include "SearchResultsModel.h"

#include "Roles.h"

#include <QRegularExpression>

namespace cc {

SearchResultsModel::SearchResultsModel(QObject *parent) : QAbstractListModel(parent) {}

void SearchResultsModel::setResults(const QString &query, std::vector<SearchHit> hits,
                                    QHash<QString, QString> documentTitles) {
    beginResetModel();
    m_query = query;
    m_words.clear();
    // Words of the query, without FTS5 syntax, to mark in the snippets.
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}]+"));
    for (auto it = word.globalMatch(query); it.hasNext();) {
        const QString w = it.next().captured(0);
        if (w != QLatin1String("AND") && w != QLatin1String("OR") && w != QLatin1String("NOT") &&
            w != QLatin1String("NEAR"))
            m_words << w;
    }
    m_hits = std::move(hits);
    m_titles = std::move(documentTitles);
    endResetModel();
}

const SearchHit *SearchResultsModel::hitAt(int row) const {
    return row >= 0 && row < static_cast<int>(m_hits.size()) ? &m_hits[static_cast<size_t>(row)]
                                                             : nullptr;
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_hits.size());
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const {
    const SearchHit *hit = hitAt(index.row());
    if (!hit)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return hit->snippet;
    case Roles::RichTextRole: {
        // Mark every occurrence of a query word (prefix match, as FTS5 tokens go).
        QString html;
        const QString &text = hit->snippet;
        qsizetype pos = 0;
        if (!m_words.isEmpty()) {
            QStringList escaped;
            for (const QString &w : m_words)
                escaped << QRegularExpression::escape(w);
            const QRegularExpression re(QStringLiteral("\\b(") + escaped.join(QLatin1Char('|')) +
                                            QStringLiteral(")[\\p{L}\\p{N}]*"),
                                        QRegularExpression::CaseInsensitiveOption |
                                            QRegularExpression::UseUnicodePropertiesOption);
            for (auto it = re.globalMatch(text); it.hasNext();) {
                const QRegularExpressionMatch m = it.next();
                html += text.mid(pos, m.capturedStart() - pos).toHtmlEscaped();
                html += QStringLiteral("<b><u>") + m.captured(0).toHtmlEscaped() +
                        QStringLiteral("</u></b>");
                pos = m.capturedEnd();
            }
        }
        html += text.mid(pos).toHtmlEscaped();
        return html;
    }
    case Roles::DetailTextRole: {
        const QString title = m_titles.value(hit->document);
        return title.isEmpty() || title == hit->document
                   ? hit->document
                   : title + QStringLiteral(" (") + hit->document + QLatin1Char(')');
    }
    case Qt::ToolTipRole:
        return tr("Click to open %1 at this sentence.").arg(hit->document);
    case Roles::DocumentPathRole:
        return hit->document;
    case Roles::SentenceStartRole:
        return static_cast<qlonglong>(hit->start);
    case Roles::SentenceEndRole:
        return static_cast<qlonglong>(hit->end);
    default:
        return {};
    }
}

} // namespace cc
