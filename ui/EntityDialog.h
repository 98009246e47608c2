#pragma once

#include "extract/EntityResolver.h"

#include <QDialog>
#include <map>
#include <vector>

class QComboBox;
class QListWidget;
class QTabWidget;

namespace cc {

// Edit → Merge or Split Names…: tell the engine that a name as written means
// another entity (merge), keep a name the folder folded apart (split), or drop
// an earlier decision. One decision per run; the window makes it an undoable command.
class EntityDialog : public QDialog {
    Q_OBJECT
public:
    enum class Action { None, Merge, KeepApart, RemoveAlias };

    // surfaces: name as written -> entity it resolves to now.
    EntityDialog(const std::map<QString, QString> &surfaces,
                 const std::vector<EntityAlias> &aliases,
                 const QString &preselectedSurface = QString(), QWidget *parent = nullptr);

    Action action() const { return m_action; }
    QString surface() const { return m_surface; }
    QString canonical() const { return m_canonical; }

private:
    QTabWidget *m_tabs;
    QComboBox *m_mergeSurface;
    QComboBox *m_mergeInto;
    QListWidget *m_folded;
    QListWidget *m_aliases;
    Action m_action = Action::None;
    QString m_surface;
    QString m_canonical;
};

} // namespace cc
