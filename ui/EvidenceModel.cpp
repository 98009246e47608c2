#include "EvidenceModel.h"

#include "Roles.h"
#include "UiStyle.h"

#include <QColor>
#include <QFont>
#include <set>

namespace cc {

namespace {
constexpr quintptr kSideRow = 0; // a claim row stores its side + 1
}

EvidenceModel::EvidenceModel(QObject *parent) : QAbstractItemModel(parent) {}

void EvidenceModel::setConflict(std::optional<cc::Conflict> conflict,
                                QHash<QString, Document> documents) {
    beginResetModel();
    m_conflict = std::move(conflict);
    m_documents = std::move(documents);
    endResetModel();
}

const Claim *EvidenceModel::claimAt(const QModelIndex &index) const {
    if (!m_conflict || !index.isValid() || index.internalId() == kSideRow)
        return nullptr;
    const size_t side = static_cast<size_t>(index.internalId() - 1);
    if (side >= m_conflict->sides.size() ||
        static_cast<size_t>(index.row()) >= m_conflict->sides[side].claims.size())
        return nullptr;
    return &m_conflict->sides[side].claims[static_cast<size_t>(index.row())];
}

int EvidenceModel::sideAt(const QModelIndex &index) const {
    if (!m_conflict || !index.isValid())
        return -1;
    return index.internalId() == kSideRow ? index.row() : static_cast<int>(index.internalId() - 1);
}

QString EvidenceModel::highlightedSentence(const Claim &claim, const QColor &background) {
    const QString &quote = claim.quote;
    // The value's offsets are into the document; the quote starts at the sentence.
    qsizetype from = claim.valueStart - claim.sentenceStart;
    qsizetype to = claim.valueEnd - claim.sentenceStart;
    if (from < 0 || to > quote.size() || from >= to) {
        // Offsets disagree with the quote (a trimmed quote): find the value's words instead.
        const qsizetype at =
            claim.label.isEmpty() ? -1 : quote.indexOf(claim.label, 0, Qt::CaseInsensitive);
        from = at;
        to = at < 0 ? at : at + claim.label.size();
    }
    if (from < 0)
        return quote.toHtmlEscaped();
    const QString style = QStringLiteral("background-color:%1; font-weight:bold;")
                              .arg(background.name(QColor::HexArgb));
    return quote.left(from).toHtmlEscaped() + QStringLiteral("<span style=\"") + style +
           QStringLiteral("\">") + quote.mid(from, to - from).toHtmlEscaped() +
           QStringLiteral("</span>") + quote.mid(to).toHtmlEscaped();
}

QModelIndex EvidenceModel::index(int row, int column, const QModelIndex &parent) const {
    if (!m_conflict || row < 0 || column != 0)
        return {};
    if (!parent.isValid())
        return row < static_cast<int>(m_conflict->sides.size()) ? createIndex(row, 0, kSideRow)
                                                                : QModelIndex();
    if (parent.internalId() != kSideRow)
        return {};
    const size_t side = static_cast<size_t>(parent.row());
    if (side >= m_conflict->sides.size() ||
        row >= static_cast<int>(m_conflict->sides[side].claims.size()))
        return {};
    return createIndex(row, 0, quintptr(side + 1));
}

QModelIndex EvidenceModel::parent(const QModelIndex &child) const {
    if (!child.isValid() || child.internalId() == kSideRow)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kSideRow);
}

int EvidenceModel::rowCount(const QModelIndex &parent) const {
    if (!m_conflict)
        return 0;
    if (!parent.isValid())
        return static_cast<int>(m_conflict->sides.size());
    if (parent.internalId() != kSideRow)
        return 0;
    const size_t side = static_cast<size_t>(parent.row());
    return side < m_conflict->sides.size() ? static_cast<int>(m_conflict->sides[side].claims.size())
                                           : 0;
}

int EvidenceModel::columnCount(const QModelIndex &) const {
    return 1;
}

QVariant EvidenceModel::data(const QModelIndex &index, int role) const {
    if (!m_conflict || !index.isValid())
        return {};
    const int sideIndex = sideAt(index);
    if (sideIndex < 0 || sideIndex >= static_cast<int>(m_conflict->sides.size()))
        return {};
    const ConflictSide &side = m_conflict->sides[static_cast<size_t>(sideIndex)];
    const bool chosen = m_conflict->chosenSide && *m_conflict->chosenSide == sideIndex;

    if (index.internalId() == kSideRow) {
        switch (role) {
        case Qt::DisplayRole:
            return tr("Side %1: %2").arg(sideIndex + 1).arg(side.label);
        case Roles::RichTextRole: {
            QString html = QStringLiteral("<b>") +
                           tr("Side %1: %2").arg(sideIndex + 1).arg(side.label.toHtmlEscaped()) +
                           QStringLiteral("</b>");
            if (chosen)
                html += QStringLiteral(" &nbsp;✓ <i>") + tr("chosen") + QStringLiteral("</i>");
            return html;
        }
        case Roles::DetailTextRole: {
            // Distinct documents, for the reader who wants to see how the count was reached.
            std::set<QString> docs;
            for (const Claim &c : side.claims)
                docs.insert(c.document);
            QString detail = UiStyle::count(side.independentSources, tr("independent source"),
                                            tr("independent sources")) +
                             QStringLiteral(" · ") +
                             UiStyle::count(static_cast<qsizetype>(side.claims.size()), tr("claim"),
                                            tr("claims")) +
                             QStringLiteral(" in ") +
                             UiStyle::count(static_cast<qsizetype>(docs.size()), tr("document"),
                                            tr("documents"));
            if (side.firstReported.isValid())
                detail += QStringLiteral(" · ") +
                          tr("first reported %1").arg(UiStyle::dateLabel(side.firstReported));
            return detail;
        }
        case Qt::DecorationRole:
            return UiStyle::sideIcon(sideIndex);
        case Roles::IsSideRole:
            return true;
        case Roles::SideIndexRole:
            return sideIndex;
        case Roles::SideColorRole:
            return UiStyle::sideColor(sideIndex);
        case Roles::ChosenRole:
            return chosen;
        case Qt::ToolTipRole:
            return tr("Value key: %1").arg(side.value);
        default:
            return {};
        }
    }

    const Claim *claim = claimAt(index);
    if (!claim)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return claim->quote;
    case Roles::RichTextRole: {
        QString html = highlightedSentence(*claim, UiStyle::sideHighlight(sideIndex, 110));
        if (claim->rejected)
            html = QStringLiteral("<s>") + html + QStringLiteral("</s>");
        return html;
    }
    case Roles::DetailTextRole: {
        const auto doc = m_documents.constFind(claim->document);
        const bool known = doc != m_documents.constEnd();
        const QString title = known ? doc->title : QString();
        QStringList parts;
        parts << (title.isEmpty() || title == claim->document
                      ? claim->document
                      : title + QStringLiteral(" (") + claim->document + QLatin1Char(')'));
        if (known && !doc->outlet.isEmpty())
            parts << doc->outlet;
        parts << UiStyle::dateLabel(claim->claimDate);
        parts << UiStyle::certaintyLabel(claim->certainty);
        if (claim->page > 0)
            parts << tr("page %1").arg(claim->page);
        if (claim->fromTable)
            parts << tr("table row");
        // The claim's own citation, else what its document cites.
        if (!claim->citedSources.isEmpty())
            parts << tr("cites %1").arg(claim->citedSources.join(QStringLiteral(", ")));
        else if (known && !doc->citedSources.isEmpty())
            parts << tr("document cites %1").arg(doc->citedSources.join(QStringLiteral(", ")));
        if (claim->rejected)
            parts << tr("rejected");
        return parts.join(QStringLiteral(" · "));
    }
    case Qt::ToolTipRole:
        return tr("%1 — %2: %3\nClick to open the document at this sentence.")
            .arg(claim->subject, claim->attribute, claim->label);
    case Roles::IsSideRole:
        return false;
    case Roles::SideIndexRole:
        return sideIndex;
    case Roles::SideColorRole:
        return UiStyle::sideColor(sideIndex);
    case Roles::ClaimIdRole:
        return claim->id;
    case Roles::DocumentPathRole:
        return claim->document;
    case Roles::SentenceStartRole:
        return static_cast<qlonglong>(claim->sentenceStart);
    case Roles::SentenceEndRole:
        return static_cast<qlonglong>(claim->sentenceEnd);
    case Roles::ValueStartRole:
        return static_cast<qlonglong>(claim->valueStart);
    case Roles::ValueEndRole:
        return static_cast<qlonglong>(claim->valueEnd);
    case Roles::RejectedRole:
        return claim->rejected;
    default:
        return {};
    }
}

} // namespace cc
