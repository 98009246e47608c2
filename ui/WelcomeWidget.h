#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace cc {

// Shown while no project is open: open a folder, or pick a recent one.
class WelcomeWidget : public QWidget {
    Q_OBJECT
public:
    explicit WelcomeWidget(QWidget *parent = nullptr);
    void setRecentFolders(const QStringList &folders);

signals:
    void openFolderRequested();
    void recentFolderChosen(const QString &folder);

private:
    QLabel *m_recentTitle;
    QListWidget *m_recent;
    QPushButton *m_open;
};

} // namespace cc
