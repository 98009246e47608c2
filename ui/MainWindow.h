#pragma once

#include "model/Claim.h"
#include "model/Conflict.h"
#include "model/ScanSummary.h"
#include "report/ReportInput.h"

#include <QMainWindow>
#include <QPointer>
#include <optional>

class QAction;
class QDockWidget;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolButton;
class QTreeView;
class QUndoStack;

namespace cc {

class ClaimTableModel;
class ConflictsPanel;
class DocumentListModel;
class DocumentViewer;
class EvidencePanel;
class FolderWatcher;
class ProjectSession;
class ScanController;
class SearchResultsModel;
class TextFilterProxy;
class TimelineView;
class WelcomeWidget;
struct ScanProgress;

// The analyst's desktop: a timeline in the middle; conflicts, documents,
// evidence, the document viewer, claims and search results in dockable
// panels. Opening a folder scans it off the UI thread; the folder is watched
// and rescanned when briefings change. Review decisions are undoable commands
// persisted at once.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a folder's project (projectPath empty: ProjectStore::defaultPathFor)
    // and starts an incremental scan. Returns false (with a message shown) on failure.
    bool openFolder(const QString &folder, const QString &projectPath = QString());
    void restoreLastProject();
    void closeProject();
    // Scans the open folder again (rebuild: re-read every document).
    void rescan(bool rebuild = false);
    void cancelScan();
    bool isScanning() const;

    // Review actions on the selected conflict (what the shortcuts trigger).
    void confirmCurrent();
    void dismissCurrent();
    void resolveCurrent();
    void reopenCurrent();
    void chooseSide(int sideIndex);
    void setNote(const QString &note);
    void selectConflict(const QString &conflictId);
    QString currentConflictId() const;

    // Analyst corrections, as undoable commands.
    void rejectClaim(const Claim &claim, bool rejected);
    void mergeNames(const QString &surface, const QString &canonical);
    void keepNameApart(const QString &surface);
    void removeNameDecision(const QString &surface);

    // Full-text search; jumps to the first hit. Returns the number of hits.
    int search(const QString &query);
    // Opens the document viewer at a span (UTF-16 offsets; -1: the top).
    void showDocument(const QString &path, qsizetype start = -1, qsizetype end = -1,
                      qsizetype valueStart = -1, qsizetype valueEnd = -1);
    bool exportReport(ReportFormat format, const QString &path, bool filteredOnly, QString *error);

    ProjectSession *session() const { return m_session; }
    ScanController *scanController() const { return m_scan; }
    FolderWatcher *folderWatcher() const { return m_watcher; }
    QUndoStack *undoStack() const { return m_undo; }
    ConflictsPanel *conflictsPanel() const { return m_conflicts; }
    EvidencePanel *evidencePanel() const { return m_evidence; }
    TimelineView *timeline() const { return m_timeline; }
    DocumentViewer *documentViewer() const { return m_viewer; }
    QTableView *documentsView() const { return m_documentsView; }
    QTableView *claimsView() const { return m_claimsView; }
    QLineEdit *searchBox() const { return m_searchBox; }
    QAction *action(const QString &objectName) const;
    QDockWidget *dock(const QString &objectName) const;

signals:
    void projectOpened(const QString &folder);
    void scanFinished(bool ok, bool cancelled);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createPanels();
    void createActions();
    void createMenus();
    void createStatusBar();
    void showWelcome();
    void showWorkspace();
    void updateRecentMenu();
    void updateActions();
    void updateCounts();
    void scheduleTimelineUpdate();
    void updateTimeline();
    void showCurrentEvidence();

    void onReloaded();
    void onConflictChanged(const QString &conflictId);
    void onScanStarted();
    void onScanProgress(const ScanProgress &progress);
    void onScanFinished(const ScanSummary &summary, bool ok, const QString &error,
                        const QStringList &lexiconErrors);
    void onFolderChanged();

    void chooseAndOpenFolder();
    void exportWithDialog();
    void editNoteWithDialog();
    void entityDialog(const QString &surface = QString());
    void showClaimsContextMenu(const QPoint &pos);
    void showAbout();
    void showError(const QString &title, const QString &message);
    // Pushes a review of the current conflict changed by `change`.
    template <typename Change> void pushReview(const QString &text, Change change);

    void saveSettings();
    void restoreSettings();

    ProjectSession *m_session;
    ScanController *m_scan;
    FolderWatcher *m_watcher;
    QUndoStack *m_undo;
    bool m_rescanPending = false;
    bool m_layoutRestored = false;
    QString m_viewerConflict; // the conflict whose first claim the viewer last opened

    QStackedWidget *m_central;
    WelcomeWidget *m_welcome;
    TimelineView *m_timeline;
    ConflictsPanel *m_conflicts;
    EvidencePanel *m_evidence;
    DocumentViewer *m_viewer;
    DocumentListModel *m_documentsModel;
    TextFilterProxy *m_documentsProxy;
    QTableView *m_documentsView;
    ClaimTableModel *m_claimsModel;
    TextFilterProxy *m_claimsProxy;
    QTableView *m_claimsView;
    QLabel *m_claimsCount;
    SearchResultsModel *m_searchModel;
    QTreeView *m_searchView;
    QLineEdit *m_searchBox;
    QList<QDockWidget *> m_docks;
    QTimer *m_timelineTimer;

    QLabel *m_countsLabel;
    QLabel *m_progressLabel;
    QProgressBar *m_progressBar;
    QToolButton *m_cancelButton;

    QMenu *m_recentMenu = nullptr;
    QList<QAction *> m_reviewActions;
};

} // namespace cc
