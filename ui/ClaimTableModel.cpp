#include "ClaimTableModel.h"

#include "Roles.h"
#include "UiStyle.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <memory>

namespace cc {

ClaimTableModel::ClaimTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ClaimTableModel::setSource(qsizetype total, PageSource source) {
    beginResetModel();
    m_resetting = true;
    m_source = std::move(source);
    m_total = m_source ? total : 0;
    m_rows.clear();
    // The first screenful at once, inside the reset; the rest as the view scrolls.
    if (m_total > 0)
        m_rows = m_source(0, std::min<qsizetype>(kChunk, m_total));
    if (static_cast<qsizetype>(m_rows.size()) < std::min<qsizetype>(kChunk, m_total))
        m_total = static_cast<qsizetype>(m_rows.size());
    endResetModel();
    m_resetting = false;
}

void ClaimTableModel::setClaims(std::vector<Claim> claims) {
    auto shared = std::make_shared<const std::vector<Claim>>(std::move(claims));
    const qsizetype total = static_cast<qsizetype>(shared->size());
    setSource(total, [shared](qsizetype offset, qsizetype limit) {
        const auto from = shared->begin() + std::min<qsizetype>(offset, shared->size());
        const auto to = shared->begin() + std::min<qsizetype>(offset + limit, shared->size());
        return std::vector<Claim>(from, to);
    });
}

const Claim *ClaimTableModel::claimAt(int row) const {
    return row >= 0 && row < loadedCount() ? &m_rows[static_cast<size_t>(row)] : nullptr;
}

void ClaimTableModel::load(qsizetype upTo) {
    upTo = std::min(upTo, m_total);
    const qsizetype have = static_cast<qsizetype>(m_rows.size());
    // Not from inside our own reset or insertion (a slot reacting to it may ask for more).
    if (upTo <= have || !m_source || m_resetting || m_inserting)
        return;
    std::vector<Claim> page = m_source(have, upTo - have);
    if (page.empty()) {
        m_total = have; // the store holds fewer than it said: stop asking
        return;
    }
    m_inserting = true;
    beginInsertRows({}, static_cast<int>(have), static_cast<int>(have + page.size() - 1));
    m_rows.insert(m_rows.end(), std::make_move_iterator(page.begin()),
                  std::make_move_iterator(page.end()));
    endInsertRows();
    m_inserting = false;
}

void ClaimTableModel::ensureLoaded(int row) {
    load(static_cast<qsizetype>(row) + 1);
}

int ClaimTableModel::rowOfClaim(qint64 claimId) const {
    for (int i = 0; i < loadedCount(); ++i)
        if (m_rows[static_cast<size_t>(i)].id == claimId)
            return i;
    return -1;
}

int ClaimTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : loadedCount();
}

int ClaimTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

bool ClaimTableModel::canFetchMore(const QModelIndex &parent) const {
    return !parent.isValid() && static_cast<qsizetype>(m_rows.size()) < m_total;
}

void ClaimTableModel::fetchMore(const QModelIndex &parent) {
    if (!parent.isValid())
        load(static_cast<qsizetype>(m_rows.size()) + kChunk);
}

QVariant ClaimTableModel::data(const QModelIndex &index, int role) const {
    const Claim *c = claimAt(index.row());
    if (!c || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SubjectColumn:
            return c->subject;
        case AttributeColumn:
            return c->scope.isEmpty()
                       ? c->attribute
                       : c->attribute + QStringLiteral(" (") + c->scope + QLatin1Char(')');
        case ValueColumn:
            return c->label.isEmpty() ? c->value.toLabel() : c->label;
        case CertaintyColumn:
            return UiStyle::certaintyLabel(c->certainty);
        case DocumentColumn:
            return c->document;
        case DateColumn:
            return UiStyle::dateLabel(c->claimDate);
        case SentenceColumn:
            return c->quote.simplified();
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == SentenceColumn || index.column() == SubjectColumn) {
            QString tip = c->quote.toHtmlEscaped();
            if (!c->subjectSurface.isEmpty() && c->subjectSurface != c->subject)
                tip += QStringLiteral("<br><i>") +
                       tr("“%1” read as %2").arg(c->subjectSurface, c->subject).toHtmlEscaped() +
                       QStringLiteral("</i>");
            if (c->rejected)
                tip += QStringLiteral("<br><b>") + tr("Rejected by the analyst") +
                       QStringLiteral("</b>");
            return tip;
        }
        return {};
    case Qt::FontRole:
        if (c->rejected) {
            QFont f;
            f.setStrikeOut(true);
            return f;
        }
        return {};
    case Qt::ForegroundRole:
        if (c->rejected)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Roles::SearchTextRole:
        return QString(c->subject + QLatin1Char(' ') + c->subjectSurface + QLatin1Char(' ') +
                       c->attribute + QLatin1Char(' ') + c->label + QLatin1Char(' ') + c->document +
                       QLatin1Char(' ') + c->quote)
            .toCaseFolded();
    case Roles::ClaimIdRole:
        return c->id;
    case Roles::DocumentPathRole:
        return c->document;
    case Roles::SentenceStartRole:
        return static_cast<qlonglong>(c->sentenceStart);
    case Roles::SentenceEndRole:
        return static_cast<qlonglong>(c->sentenceEnd);
    case Roles::ValueStartRole:
        return static_cast<qlonglong>(c->valueStart);
    case Roles::ValueEndRole:
        return static_cast<qlonglong>(c->valueEnd);
    case Roles::RejectedRole:
        return c->rejected;
    default:
        return {};
    }
}

QVariant ClaimTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case SubjectColumn:
        return tr("Subject");
    case AttributeColumn:
        return tr("Attribute");
    case ValueColumn:
        return tr("Value");
    case CertaintyColumn:
        return tr("Certainty");
    case DocumentColumn:
        return tr("Document");
    case DateColumn:
        return tr("Claim date");
    case SentenceColumn:
        return tr("Sentence");
    }
    return {};
}

} // namespace cc
