#pragma once

#include "model/Conflict.h"

#include <QWidget>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QTreeView;

namespace cc {

class ConflictFilterProxy;
class ConflictTreeModel;

// The conflicts grouped by subject, with filters for kind, status and text.
class ConflictsPanel : public QWidget {
    Q_OBJECT
public:
    explicit ConflictsPanel(QWidget *parent = nullptr);
    // The size the dock starts with in the default layout.
    QSize sizeHint() const override { return {540, 420}; }

    void setConflicts(std::vector<cc::Conflict> conflicts);
    void updateConflict(const cc::Conflict &conflict);
    // Selects (and scrolls to) a conflict; false when it is not shown.
    bool selectConflict(const QString &conflictId);
    QString currentConflictId() const;
    // Moves the selection to the next/previous conflict in display order.
    void selectNext(int step);

    ConflictTreeModel *model() const { return m_model; }
    ConflictFilterProxy *proxy() const { return m_proxy; }
    QTreeView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_text; }
    QComboBox *kindBox() const { return m_kind; }
    QComboBox *statusBox() const { return m_status; }

signals:
    void currentConflictChanged(const QString &conflictId);

private:
    void updateCount();

    ConflictTreeModel *m_model;
    ConflictFilterProxy *m_proxy;
    QTreeView *m_view;
    QLineEdit *m_text;
    QComboBox *m_kind;
    QComboBox *m_status;
    QLabel *m_count;
    QString m_current;
};

} // namespace cc
