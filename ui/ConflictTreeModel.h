#pragma once

#include "model/Conflict.h"

#include <QAbstractItemModel>
#include <QHash>
#include <vector>

namespace cc {

// The conflicts, grouped by subject: top-level rows are subjects, their
// children the conflicts about them. Sorting and filtering are the proxy's
// business (ConflictFilterProxy); this model only presents.
class ConflictTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column {
        SubjectColumn,
        KindColumn,
        SeverityColumn,
        StatusColumn,
        SidesColumn,
        SourcesColumn,
        ColumnCount
    };

    explicit ConflictTreeModel(QObject *parent = nullptr);

    void setConflicts(std::vector<cc::Conflict> conflicts);
    // Replaces one conflict's review state in place (no reset: selection stays).
    void updateConflict(const cc::Conflict &conflict);
    const cc::Conflict *conflictAt(const QModelIndex &index) const;
    QModelIndex indexOf(const QString &conflictId, int column = 0) const;
    const std::vector<cc::Conflict> &conflicts() const { return m_conflicts; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Group {
        QString subject;
        std::vector<int> members; // indexes into m_conflicts
    };
    QVariant groupData(const Group &group, int column, int role) const;
    QVariant conflictData(const cc::Conflict &c, int column, int role) const;

    std::vector<cc::Conflict> m_conflicts;
    std::vector<Group> m_groups;
    // Per conflict: its group and its row within the group.
    std::vector<int> m_groupOf;
    std::vector<int> m_rowInGroup;
    QHash<QString, int> m_byId;
};

} // namespace cc
