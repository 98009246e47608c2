#include "DocumentListModel.h"

#include "Roles.h"
#include "UiStyle.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace cc {

namespace {

QString changeLabel(DocumentChange change) {
    switch (change) {
    case DocumentChange::New:
        return DocumentListModel::tr("new");
    case DocumentChange::Changed:
        return DocumentListModel::tr("changed");
    case DocumentChange::Gone:
        return DocumentListModel::tr("gone");
    case DocumentChange::Unchanged:
        break;
    }
    return QString();
}

QString publishedLabel(const Document &doc) {
    if (!doc.published)
        return QString();
    return doc.published->toIso();
}

} // namespace

DocumentListModel::DocumentListModel(QObject *parent) : QAbstractTableModel(parent) {}

void DocumentListModel::setDocuments(std::vector<DocumentRow> rows) {
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const DocumentRow *DocumentListModel::rowAt(int row) const {
    return row >= 0 && row < static_cast<int>(m_rows.size()) ? &m_rows[static_cast<size_t>(row)]
                                                             : nullptr;
}

int DocumentListModel::rowOf(const QString &path) const {
    for (int i = 0; i < static_cast<int>(m_rows.size()); ++i)
        if (m_rows[static_cast<size_t>(i)].document.path == path)
            return i;
    return -1;
}

int DocumentListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DocumentListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DocumentListModel::data(const QModelIndex &index, int role) const {
    const DocumentRow *row = rowAt(index.row());
    if (!row || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const Document &doc = row->document;
    const bool gone = row->change == DocumentChange::Gone;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Title:
            return doc.title.isEmpty() ? doc.path : doc.title;
        case Published:
            return doc.published ? publishedLabel(doc) : tr("none stated");
        case Outlet:
            return doc.outlet;
        case Claims:
            return gone ? QVariant() : QVariant(row->claims);
        case Conflicts:
            return gone ? QVariant() : QVariant(row->conflicts);
        case Warnings:
            return doc.warnings.isEmpty() ? QString() : doc.warnings.join(QStringLiteral("; "));
        case Change:
            return changeLabel(row->change);
        }
        break;
    case Qt::ToolTipRole: {
        QString tip = QStringLiteral("<b>%1</b><br>%2")
                          .arg((doc.title.isEmpty() ? doc.path : doc.title).toHtmlEscaped(),
                               doc.path.toHtmlEscaped());
        if (doc.published)
            tip += QStringLiteral("<br>") +
                   tr("Published: %1 (%2)")
                       .arg(doc.published->toLabel(), toString(doc.published->precision));
        if (!doc.citedSources.isEmpty())
            tip += QStringLiteral("<br>") +
                   tr("Cites: %1").arg(doc.citedSources.join(QStringLiteral(", ")).toHtmlEscaped());
        for (const QString &w : doc.warnings)
            tip += QStringLiteral("<br>⚠ ") + w.toHtmlEscaped();
        if (row->change != DocumentChange::Unchanged)
            tip += QStringLiteral("<br><i>") +
                   tr("%1 since the last scan").arg(changeLabel(row->change)) +
                   QStringLiteral("</i>");
        return tip;
    }
    case Qt::DecorationRole:
        if (index.column() == Warnings && !doc.warnings.isEmpty())
            return UiStyle::changedIcon();
        if (index.column() == Change && row->change != DocumentChange::Unchanged)
            return row->change == DocumentChange::Gone
                       ? UiStyle::statusIcon(ReviewStatus::Dismissed)
                       : UiStyle::statusIcon(ReviewStatus::Resolved);
        break;
    case Qt::FontRole:
        if (gone || row->change == DocumentChange::New || row->change == DocumentChange::Changed) {
            QFont f;
            f.setStrikeOut(gone);
            f.setItalic(!gone);
            return f;
        }
        break;
    case Qt::ForegroundRole:
        if (gone)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Claims || index.column() == Conflicts)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Roles::SortRole:
        switch (index.column()) {
        case Published:
            return doc.published && doc.published->begin.isValid()
                       ? QVariant(doc.published->begin.toJulianDay())
                       : QVariant(qint64(0));
        case Claims:
            return row->claims;
        case Conflicts:
            return row->conflicts;
        case Warnings:
            return static_cast<int>(doc.warnings.size());
        case Change:
            return static_cast<int>(row->change);
        default:
            return data(index, Qt::DisplayRole).toString().toCaseFolded();
        }
    case Roles::SearchTextRole:
        return QString(doc.path + QLatin1Char(' ') + doc.title + QLatin1Char(' ') + doc.outlet)
            .toCaseFolded();
    case Roles::DocumentPathRole:
        return doc.path;
    case Roles::ChangeMarkRole:
        return static_cast<int>(row->change);
    default:
        break;
    }
    return {};
}

QVariant DocumentListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Title:
        return tr("Document");
    case Published:
        return tr("Published");
    case Outlet:
        return tr("Outlet");
    case Claims:
        return tr("Claims");
    case Conflicts:
        return tr("Conflicts");
    case Warnings:
        return tr("Warnings");
    case Change:
        return tr("Since last scan");
    }
    return {};
}

} // namespace cc
