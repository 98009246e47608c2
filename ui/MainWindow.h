#pragma once

#include <QMainWindow>

namespace cc {

// The analyst's main window (issue: the analyst's desktop). Shell for now.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void openFolder(const QString &folder);
    void restoreLastProject();
};

} // namespace cc
