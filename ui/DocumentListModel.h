#pragma once

#include "ProjectSession.h"

#include <QAbstractTableModel>
#include <vector>

namespace cc {

// The documents of the project: publication date, outlet, claim and conflict
// counts, warnings, and whether the last scan found them new, changed or gone.
class DocumentListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Title, Published, Outlet, Claims, Conflicts, Warnings, Change, ColumnCount };

    explicit DocumentListModel(QObject *parent = nullptr);

    void setDocuments(std::vector<DocumentRow> rows);
    const DocumentRow *rowAt(int row) const;
    int rowOf(const QString &path) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<DocumentRow> m_rows;
};

} // namespace cc
