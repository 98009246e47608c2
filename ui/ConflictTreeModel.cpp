#include "ConflictTreeModel.h"

#include "Roles.h"
#include "UiStyle.h"

#include <QFont>
#include <QGuiApplication>
#include <QMap>
#include <QPalette>
#include <algorithm>

namespace cc {

namespace {

// internalId 0 marks a subject row; a conflict row stores its group + 1.
constexpr quintptr kGroupRow = 0;

int severityRank(cc::Severity s) {
    return static_cast<int>(s);
}

int independentTotal(const cc::Conflict &c) {
    int n = 0;
    for (const ConflictSide &s : c.sides)
        n += s.independentSources;
    return n;
}

QString sidesLabel(const cc::Conflict &c) {
    QStringList labels;
    for (const ConflictSide &s : c.sides)
        labels << s.label;
    return labels.join(QStringLiteral("  ↔  "));
}

QString attributeLabel(const cc::Conflict &c) {
    QString label = c.attributeLabel.isEmpty() ? c.attribute : c.attributeLabel;
    if (!c.scope.isEmpty())
        label += QStringLiteral(" (") + c.scope + QLatin1Char(')');
    return label;
}

} // namespace

ConflictTreeModel::ConflictTreeModel(QObject *parent) : QAbstractItemModel(parent) {}

void ConflictTreeModel::setConflicts(std::vector<cc::Conflict> conflicts) {
    beginResetModel();
    m_conflicts = std::move(conflicts);
    m_groups.clear();
    m_byId.clear();
    m_groupOf.assign(m_conflicts.size(), -1);
    m_rowInGroup.assign(m_conflicts.size(), -1);
    // Subjects in a stable order (case-folded); the proxy re-sorts for display.
    QMap<QString, int> groupBySubject;
    for (int i = 0; i < static_cast<int>(m_conflicts.size()); ++i) {
        const QString key = m_conflicts[static_cast<size_t>(i)].subject.toCaseFolded();
        if (!groupBySubject.contains(key))
            groupBySubject.insert(key, -1);
    }
    for (auto it = groupBySubject.begin(); it != groupBySubject.end(); ++it) {
        it.value() = static_cast<int>(m_groups.size());
        m_groups.push_back({});
    }
    for (int i = 0; i < static_cast<int>(m_conflicts.size()); ++i) {
        const cc::Conflict &c = m_conflicts[static_cast<size_t>(i)];
        const int g = groupBySubject.value(c.subject.toCaseFolded());
        Group &group = m_groups[static_cast<size_t>(g)];
        if (group.subject.isEmpty())
            group.subject = c.subject;
        m_groupOf[static_cast<size_t>(i)] = g;
        m_rowInGroup[static_cast<size_t>(i)] = static_cast<int>(group.members.size());
        group.members.push_back(i);
        m_byId.insert(c.id, i);
    }
    endResetModel();
}

void ConflictTreeModel::updateConflict(const cc::Conflict &conflict) {
    const auto it = m_byId.constFind(conflict.id);
    if (it == m_byId.constEnd())
        return;
    m_conflicts[static_cast<size_t>(*it)] = conflict;
    const QModelIndex first = indexOf(conflict.id, 0);
    emit dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
    const QModelIndex group = first.parent();
    emit dataChanged(group, group.siblingAtColumn(ColumnCount - 1));
}

const cc::Conflict *ConflictTreeModel::conflictAt(const QModelIndex &index) const {
    if (!index.isValid() || index.model() != this || index.internalId() == kGroupRow)
        return nullptr;
    const size_t g = static_cast<size_t>(index.internalId() - 1);
    if (g >= m_groups.size() || index.row() >= static_cast<int>(m_groups[g].members.size()))
        return nullptr;
    return &m_conflicts[static_cast<size_t>(m_groups[g].members[static_cast<size_t>(index.row())])];
}

QModelIndex ConflictTreeModel::indexOf(const QString &conflictId, int column) const {
    const auto it = m_byId.constFind(conflictId);
    if (it == m_byId.constEnd())
        return {};
    const int g = m_groupOf[static_cast<size_t>(*it)];
    return createIndex(m_rowInGroup[static_cast<size_t>(*it)], column, quintptr(g + 1));
}

QModelIndex ConflictTreeModel::index(int row, int column, const QModelIndex &parent) const {
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid()) {
        if (row >= static_cast<int>(m_groups.size()))
            return {};
        return createIndex(row, column, kGroupRow);
    }
    if (parent.internalId() != kGroupRow)
        return {};
    const size_t g = static_cast<size_t>(parent.row());
    if (g >= m_groups.size() || row >= static_cast<int>(m_groups[g].members.size()))
        return {};
    return createIndex(row, column, quintptr(g + 1));
}

QModelIndex ConflictTreeModel::parent(const QModelIndex &child) const {
    if (!child.isValid() || child.internalId() == kGroupRow)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kGroupRow);
}

int ConflictTreeModel::rowCount(const QModelIndex &parent) const {
    if (!parent.isValid())
        return static_cast<int>(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != kGroupRow)
        return 0;
    const size_t g = static_cast<size_t>(parent.row());
    return g < m_groups.size() ? static_cast<int>(m_groups[g].members.size()) : 0;
}

int ConflictTreeModel::columnCount(const QModelIndex &) const {
    return ColumnCount;
}

QVariant ConflictTreeModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid())
        return {};
    if (index.internalId() == kGroupRow) {
        const size_t g = static_cast<size_t>(index.row());
        return g < m_groups.size() ? groupData(m_groups[g], index.column(), role) : QVariant();
    }
    const cc::Conflict *c = conflictAt(index);
    return c ? conflictData(*c, index.column(), role) : QVariant();
}

QVariant ConflictTreeModel::groupData(const Group &group, int column, int role) const {
    // A subject's severity is its worst conflict's, so groups sort by what they hold.
    int worst = 0;
    int open = 0;
    int changed = 0;
    for (int i : group.members) {
        const cc::Conflict &c = m_conflicts[static_cast<size_t>(i)];
        worst = std::max(worst, severityRank(c.severity));
        open += c.status == ReviewStatus::Open ? 1 : 0;
        changed += c.changedSinceReview ? 1 : 0;
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case SubjectColumn:
            return QStringLiteral("%1  (%2)").arg(group.subject).arg(group.members.size());
        case SeverityColumn:
            return UiStyle::severityLabel(static_cast<cc::Severity>(worst));
        case StatusColumn:
            return open ? tr("%n open", nullptr, open) : tr("reviewed");
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (column == SeverityColumn)
            return UiStyle::severityIcon(static_cast<cc::Severity>(worst));
        if (column == StatusColumn && changed)
            return UiStyle::changedIcon();
        return {};
    case Qt::FontRole:
        if (column == SubjectColumn) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ToolTipRole:
        return changed ? UiStyle::count(changed, tr("conflict changed since review"),
                                        tr("conflicts changed since review"))
                       : QVariant();
    case Roles::SortRole:
        switch (column) {
        case SeverityColumn:
            return worst;
        case StatusColumn:
            return open;
        default:
            return group.subject.toCaseFolded();
        }
    case Roles::IsGroupRole:
        return true;
    case Roles::SearchTextRole:
        return group.subject.toCaseFolded();
    default:
        return {};
    }
}

QVariant ConflictTreeModel::conflictData(const cc::Conflict &c, int column, int role) const {
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case SubjectColumn:
            return attributeLabel(c);
        case KindColumn:
            return c.intraDocument ? tr("%1 (in one document)").arg(UiStyle::kindLabel(c.kind))
                                   : UiStyle::kindLabel(c.kind);
        case SeverityColumn:
            return UiStyle::severityLabel(c.severity);
        case StatusColumn: {
            QString s = UiStyle::statusLabel(c.status);
            if (c.chosenSide)
                s += tr(" · side %1").arg(*c.chosenSide + 1);
            if (c.changedSinceReview)
                s += tr(" · changed since review");
            return s;
        }
        case SidesColumn:
            return sidesLabel(c);
        case SourcesColumn: {
            QStringList counts;
            for (const ConflictSide &s : c.sides)
                counts << QString::number(s.independentSources);
            return counts.join(QStringLiteral(" / "));
        }
        }
        return {};
    case Qt::DecorationRole:
        if (column == SeverityColumn)
            return UiStyle::severityIcon(c.severity);
        if (column == StatusColumn)
            return c.changedSinceReview ? UiStyle::changedIcon() : UiStyle::statusIcon(c.status);
        return {};
    case Qt::ToolTipRole: {
        QString tip = QStringLiteral("<b>%1 — %2</b><br>%3")
                          .arg(c.subject.toHtmlEscaped(), attributeLabel(c).toHtmlEscaped(),
                               c.why.toHtmlEscaped());
        if (!c.note.isEmpty())
            tip += QStringLiteral("<br><i>") + tr("Note: %1").arg(c.note.toHtmlEscaped()) +
                   QStringLiteral("</i>");
        if (c.changedSinceReview)
            tip +=
                QStringLiteral("<br>") + tr("The sides changed since this conflict was reviewed.");
        return tip;
    }
    case Qt::ForegroundRole:
        if (c.status == ReviewStatus::Dismissed)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::FontRole:
        if (c.status == ReviewStatus::Dismissed || c.changedSinceReview) {
            QFont f;
            f.setItalic(c.status == ReviewStatus::Dismissed);
            f.setBold(c.changedSinceReview);
            return f;
        }
        return {};
    case Roles::SortRole:
        switch (column) {
        case KindColumn:
            return static_cast<int>(c.kind);
        case SeverityColumn:
            return severityRank(c.severity);
        case StatusColumn:
            return static_cast<int>(c.status);
        case SidesColumn:
            return static_cast<int>(c.sides.size());
        case SourcesColumn:
            return independentTotal(c);
        default:
            return attributeLabel(c).toCaseFolded();
        }
    case Roles::IsGroupRole:
        return false;
    case Roles::ConflictIdRole:
        return c.id;
    case Roles::KindRole:
        return static_cast<int>(c.kind);
    case Roles::SeverityRole:
        return severityRank(c.severity);
    case Roles::StatusRole:
        return static_cast<int>(c.status);
    case Roles::ChangedSinceReviewRole:
        return c.changedSinceReview;
    case Roles::SearchTextRole: {
        QStringList parts{
            c.subject, c.attribute, c.attributeLabel,           c.scope,
            c.why,     c.note,      UiStyle::kindLabel(c.kind), UiStyle::statusLabel(c.status)};
        for (const ConflictSide &s : c.sides) {
            parts << s.label << s.value;
            for (const Claim &claim : s.claims)
                parts << claim.document << claim.subjectSurface;
        }
        return parts.join(QLatin1Char(' ')).toCaseFolded();
    }
    default:
        return {};
    }
}

QVariant ConflictTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == SourcesColumn)
        return tr("Independent sources behind each side");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SubjectColumn:
        return tr("Subject / attribute");
    case KindColumn:
        return tr("Kind");
    case SeverityColumn:
        return tr("Severity");
    case StatusColumn:
        return tr("Status");
    case SidesColumn:
        return tr("Sides");
    case SourcesColumn:
        return tr("Sources");
    }
    return {};
}

} // namespace cc
