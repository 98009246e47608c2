#include "MainWindow.h"

#include "ClaimTableModel.h"
#include "ConflictFilterProxy.h"
#include "ConflictTreeModel.h"
#include "ConflictsPanel.h"
#include "DocumentListModel.h"
#include "DocumentViewer.h"
#include "EntityDialog.h"
#include "EvidenceModel.h"
#include "EvidencePanel.h"
#include "ExportDialog.h"
#include "FolderWatcher.h"
#include "ProjectSession.h"
#include "RecentFolders.h"
#include "ReviewCommands.h"
#include "RichTextDelegate.h"
#include "Roles.h"
#include "ScanController.h"
#include "SearchResultsModel.h"
#include "TextFilterProxy.h"
#include "TimelineView.h"
#include "UiStyle.h"
#include "WelcomeWidget.h"
#include "pipeline/ScanPipeline.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace cc {

namespace {

QHash<QString, QString> documentTitles(const ProjectSession &session) {
    QHash<QString, QString> titles;
    for (const DocumentRow &row : session.documents())
        titles.insert(row.document.path, row.document.title);
    return titles;
}

QHash<QString, Document> documentInfo(const ProjectSession &session) {
    QHash<QString, Document> docs;
    for (const DocumentRow &row : session.documents())
        docs.insert(row.document.path, row.document);
    return docs;
}

QTableView *makeTable(QWidget *parent, const QString &name) {
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

QLineEdit *makeFilter(QWidget *parent, const QString &name, const QString &placeholder) {
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    return edit;
}

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QStringLiteral("Crosscheck"));
    setAcceptDrops(true);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks |
                   QMainWindow::AllowNestedDocks);

    m_session = new ProjectSession(this);
    m_scan = new ScanController(this);
    m_watcher = new FolderWatcher(this);
    m_undo = new QUndoStack(this);
    m_timelineTimer = new QTimer(this);
    m_timelineTimer->setSingleShot(true);
    m_timelineTimer->setInterval(0);

    createPanels();
    createActions();
    createMenus();
    createStatusBar();

    connect(m_session, &ProjectSession::reloaded, this, &MainWindow::onReloaded);
    connect(m_session, &ProjectSession::conflictChanged, this, &MainWindow::onConflictChanged);
    connect(m_session, &ProjectSession::errorOccurred, this,
            [this](const QString &message) { showError(tr("Could not save"), message); });
    connect(m_session, &ProjectSession::busyChanged, this, &MainWindow::updateActions);
    connect(m_scan, &ScanController::started, this, &MainWindow::onScanStarted);
    connect(m_scan, &ScanController::progress, this, &MainWindow::onScanProgress);
    connect(m_scan, &ScanController::finished, this, &MainWindow::onScanFinished);
    connect(m_watcher, &FolderWatcher::changed, this, &MainWindow::onFolderChanged);
    connect(m_timelineTimer, &QTimer::timeout, this, &MainWindow::updateTimeline);
    connect(m_undo, &QUndoStack::indexChanged, this, &MainWindow::updateActions);

    // A first run fills most of the screen; later runs restore the analyst's geometry.
    const QRect screen = QGuiApplication::primaryScreen()
                             ? QGuiApplication::primaryScreen()->availableGeometry()
                             : QRect(0, 0, 1600, 1000);
    resize(std::max(1000, screen.width() * 9 / 10), std::max(700, screen.height() * 9 / 10));
    restoreSettings();
    showWelcome();
    updateActions();
}

MainWindow::~MainWindow() {
    // The scan thread holds its own connection to the project: stop it first.
    m_scan->cancel();
    m_scan->wait();
    // Children die in creation order; nothing may call back into a half-destroyed window.
    m_undo->disconnect(this);
    m_session->disconnect(this);
    m_scan->disconnect(this);
    m_watcher->disconnect(this);
}

// ---------------------------------------------------------------------------------------------
// Construction

void MainWindow::createPanels() {
    m_central = new QStackedWidget(this);
    m_welcome = new WelcomeWidget(m_central);
    m_timeline = new TimelineView(m_central);
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_central->addWidget(m_welcome);
    m_central->addWidget(m_timeline);
    setCentralWidget(m_central);
    connect(m_welcome, &WelcomeWidget::openFolderRequested, this, &MainWindow::chooseAndOpenFolder);
    connect(m_welcome, &WelcomeWidget::recentFolderChosen, this,
            [this](const QString &folder) { openFolder(folder); });
    connect(m_timeline, &TimelineView::conflictClicked, this, &MainWindow::selectConflict);

    auto addDock = [this](QWidget *widget, const QString &name, const QString &title,
                          Qt::DockWidgetArea area) {
        auto *dock = new QDockWidget(title, this);
        dock->setObjectName(name);
        dock->setWidget(widget);
        dock->setAllowedAreas(Qt::AllDockWidgetAreas);
        addDockWidget(area, dock);
        m_docks << dock;
        return dock;
    };

    // Conflicts.
    m_conflicts = new ConflictsPanel(this);
    QDockWidget *conflictsDock = addDock(m_conflicts, QStringLiteral("conflictsDock"),
                                         tr("Conflicts"), Qt::LeftDockWidgetArea);
    connect(m_conflicts, &ConflictsPanel::currentConflictChanged, this,
            &MainWindow::showCurrentEvidence);
    auto *proxy = m_conflicts->proxy();
    connect(proxy, &QAbstractItemModel::modelReset, this, &MainWindow::scheduleTimelineUpdate);
    connect(proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::scheduleTimelineUpdate);
    connect(proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::scheduleTimelineUpdate);
    connect(proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::scheduleTimelineUpdate);
    connect(proxy, &ConflictFilterProxy::filterChanged, this, &MainWindow::scheduleTimelineUpdate);

    // Documents.
    auto *documents = new QWidget(this);
    auto *documentsLayout = new QVBoxLayout(documents);
    documentsLayout->setContentsMargins(4, 4, 4, 4);
    QLineEdit *documentsFilter =
        makeFilter(documents, QStringLiteral("documentsFilter"), tr("Filter documents…"));
    documentsLayout->addWidget(documentsFilter);
    m_documentsModel = new DocumentListModel(this);
    m_documentsProxy = new TextFilterProxy(this);
    m_documentsProxy->setSourceModel(m_documentsModel);
    m_documentsView = makeTable(documents, QStringLiteral("documentsView"));
    m_documentsView->setModel(m_documentsProxy);
    m_documentsView->setSortingEnabled(true);
    m_documentsView->sortByColumn(DocumentListModel::Published, Qt::AscendingOrder);
    m_documentsView->horizontalHeader()->setStretchLastSection(true);
    documentsLayout->addWidget(m_documentsView);
    QDockWidget *documentsDock = addDock(documents, QStringLiteral("documentsDock"),
                                         tr("Documents"), Qt::LeftDockWidgetArea);
    tabifyDockWidget(conflictsDock, documentsDock);
    conflictsDock->raise();
    connect(documentsFilter, &QLineEdit::textChanged, m_documentsProxy,
            &TextFilterProxy::setTextFilter);
    connect(m_documentsView, &QTableView::activated, this, [this](const QModelIndex &index) {
        showDocument(index.data(Roles::DocumentPathRole).toString());
    });
    connect(m_documentsView, &QTableView::clicked, this, [this](const QModelIndex &index) {
        showDocument(index.data(Roles::DocumentPathRole).toString());
    });

    // Evidence.
    m_evidence = new EvidencePanel(this);
    addDock(m_evidence, QStringLiteral("evidenceDock"), tr("Evidence"), Qt::RightDockWidgetArea);
    connect(m_evidence, &EvidencePanel::claimActivated, this, [this](const Claim &c) {
        showDocument(c.document, c.sentenceStart, c.sentenceEnd, c.valueStart, c.valueEnd);
    });
    connect(m_evidence, &EvidencePanel::rejectClaimRequested, this, &MainWindow::rejectClaim);

    // Document viewer.
    m_viewer = new DocumentViewer(this);
    addDock(m_viewer, QStringLiteral("documentDock"), tr("Document"), Qt::RightDockWidgetArea);

    // Claims.
    auto *claims = new QWidget(this);
    auto *claimsLayout = new QVBoxLayout(claims);
    claimsLayout->setContentsMargins(4, 4, 4, 4);
    auto *claimsBar = new QHBoxLayout;
    QLineEdit *claimsFilter = makeFilter(claims, QStringLiteral("claimsFilter"),
                                         tr("Search claims (subject, value, sentence, document)…"));
    claimsBar->addWidget(claimsFilter, 1);
    m_claimsCount = new QLabel(claims);
    claimsBar->addWidget(m_claimsCount);
    claimsLayout->addLayout(claimsBar);
    m_claimsModel = new ClaimTableModel(this);
    m_claimsProxy = new TextFilterProxy(this);
    m_claimsProxy->setSourceModel(m_claimsModel);
    m_claimsView = makeTable(claims, QStringLiteral("claimsView"));
    m_claimsView->setModel(m_claimsProxy);
    m_claimsView->horizontalHeader()->setSectionResizeMode(ClaimTableModel::SentenceColumn,
                                                           QHeaderView::Stretch);
    m_claimsView->setContextMenuPolicy(Qt::CustomContextMenu);
    claimsLayout->addWidget(m_claimsView);
    QDockWidget *claimsDock =
        addDock(claims, QStringLiteral("claimsDock"), tr("Claims"), Qt::BottomDockWidgetArea);
    auto *claimsTimer = new QTimer(this);
    claimsTimer->setSingleShot(true);
    claimsTimer->setInterval(200);
    connect(claimsFilter, &QLineEdit::textChanged, claimsTimer, qOverload<>(&QTimer::start));
    connect(claimsTimer, &QTimer::timeout, this, [this, claimsFilter] {
        // Filtering needs every row: a lazily fetched tail would be skipped.
        if (!claimsFilter->text().trimmed().isEmpty())
            m_claimsModel->ensureLoaded(m_claimsModel->totalCount() - 1);
        m_claimsProxy->setTextFilter(claimsFilter->text());
        updateCounts();
    });
    auto openClaim = [this](const QModelIndex &index) {
        showDocument(index.data(Roles::DocumentPathRole).toString(),
                     index.data(Roles::SentenceStartRole).toLongLong(),
                     index.data(Roles::SentenceEndRole).toLongLong(),
                     index.data(Roles::ValueStartRole).toLongLong(),
                     index.data(Roles::ValueEndRole).toLongLong());
    };
    connect(m_claimsView, &QTableView::activated, this, openClaim);
    connect(m_claimsView, &QTableView::clicked, this, openClaim);
    connect(m_claimsView, &QWidget::customContextMenuRequested, this,
            &MainWindow::showClaimsContextMenu);
    connect(m_claimsProxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCounts);

    // Search results.
    m_searchModel = new SearchResultsModel(this);
    m_searchView = new QTreeView(this);
    m_searchView->setObjectName(QStringLiteral("searchResultsView"));
    m_searchView->setModel(m_searchModel);
    m_searchView->setHeaderHidden(true);
    m_searchView->setRootIsDecorated(false);
    m_searchView->setUniformRowHeights(false);
    m_searchView->setItemDelegate(new RichTextDelegate(m_searchView));
    QDockWidget *searchDock = addDock(m_searchView, QStringLiteral("searchDock"),
                                      tr("Search Results"), Qt::BottomDockWidgetArea);
    tabifyDockWidget(claimsDock, searchDock);
    claimsDock->raise();
    auto openHit = [this](const QModelIndex &index) {
        showDocument(index.data(Roles::DocumentPathRole).toString(),
                     index.data(Roles::SentenceStartRole).toLongLong(),
                     index.data(Roles::SentenceEndRole).toLongLong());
    };
    connect(m_searchView, &QTreeView::activated, this, openHit);
    connect(m_searchView, &QTreeView::clicked, this, openHit);
}

void MainWindow::createActions() {
    auto make = [this](const QString &name, const QString &text, const QKeySequence &key,
                       auto slot) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        if (!key.isEmpty())
            a->setShortcut(key);
        connect(a, &QAction::triggered, this, slot);
        addAction(a); // shortcuts work while the menu bar is hidden, too
        return a;
    };
    const QStyle *s = style();

    QAction *open = make(QStringLiteral("actionOpenFolder"), tr("&Open Folder…"),
                         QKeySequence::Open, [this] { chooseAndOpenFolder(); });
    open->setIcon(s->standardIcon(QStyle::SP_DirOpenIcon));
    make(QStringLiteral("actionRescan"), tr("&Rescan"), QKeySequence(Qt::Key_F5), [this] {
        rescan(false);
    })->setIcon(s->standardIcon(QStyle::SP_BrowserReload));
    make(QStringLiteral("actionRebuild"), tr("Re-read &Every Document"), QKeySequence(),
         [this] { rescan(true); });
    make(QStringLiteral("actionCancelScan"), tr("&Cancel Scan"), QKeySequence(Qt::Key_Escape),
         [this] { cancelScan(); })
        ->setIcon(s->standardIcon(QStyle::SP_BrowserStop));
    make(QStringLiteral("actionExport"), tr("&Export Report…"), QKeySequence(Qt::CTRL | Qt::Key_E),
         [this] { exportWithDialog(); })
        ->setIcon(s->standardIcon(QStyle::SP_DialogSaveButton));
    make(QStringLiteral("actionClose"), tr("&Close Project"), QKeySequence::Close,
         [this] { closeProject(); });
    make(QStringLiteral("actionQuit"), tr("&Quit"), QKeySequence::Quit, [this] { close(); });

    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    addAction(undo);
    addAction(redo);
    make(QStringLiteral("actionFind"), tr("&Find in Documents"), QKeySequence::Find, [this] {
        m_searchBox->setFocus();
        m_searchBox->selectAll();
    });
    make(QStringLiteral("actionNames"), tr("&Merge or Split Names…"),
         QKeySequence(Qt::CTRL | Qt::Key_M), [this] { entityDialog(); });

    // Review: single keys, as an analyst goes through a list (not while typing in a field).
    auto review = [&](const QString &name, const QString &text, const QKeySequence &key, auto slot,
                      const QIcon &icon, const QString &shortText) {
        QAction *a = make(name, text, key, slot);
        a->setIcon(icon);
        a->setIconText(shortText); // the evidence panel's toolbar is narrow
        a->setToolTip(QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')),
                                                    key.toString(QKeySequence::NativeText)));
        m_reviewActions << a;
        return a;
    };
    review(
        QStringLiteral("actionConfirm"), tr("&Confirm"), QKeySequence(Qt::Key_C),
        [this] { confirmCurrent(); }, UiStyle::statusIcon(ReviewStatus::Confirmed), tr("Confirm"));
    review(
        QStringLiteral("actionDismiss"), tr("&Dismiss"), QKeySequence(Qt::Key_D),
        [this] { dismissCurrent(); }, UiStyle::statusIcon(ReviewStatus::Dismissed), tr("Dismiss"));
    review(
        QStringLiteral("actionResolve"), tr("Mark &Resolved"), QKeySequence(Qt::Key_R),
        [this] { resolveCurrent(); }, UiStyle::statusIcon(ReviewStatus::Resolved), tr("Resolved"));
    review(
        QStringLiteral("actionReopen"), tr("Re&open"), QKeySequence(Qt::Key_O),
        [this] { reopenCurrent(); }, UiStyle::statusIcon(ReviewStatus::Open), tr("Reopen"));
    for (int i = 0; i < 3; ++i)
        review(
            QStringLiteral("actionChooseSide%1").arg(i + 1), tr("Choose Side &%1").arg(i + 1),
            QKeySequence(Qt::Key_1 + i), [this, i] { chooseSide(i); }, UiStyle::sideIcon(i),
            QString::number(i + 1));
    review(
        QStringLiteral("actionNote"), tr("&Note…"), QKeySequence(Qt::Key_N),
        [this] { editNoteWithDialog(); }, QIcon(), tr("Note…"));
    make(QStringLiteral("actionNextConflict"), tr("Ne&xt Conflict"), QKeySequence(Qt::Key_J),
         [this] { m_conflicts->selectNext(1); });
    make(QStringLiteral("actionPreviousConflict"), tr("&Previous Conflict"),
         QKeySequence(Qt::Key_K), [this] { m_conflicts->selectNext(-1); });
    m_evidence->setReviewActions(m_reviewActions);

    make(QStringLiteral("actionLanesBySource"), tr("Timeline Lanes by &Source"),
         QKeySequence(Qt::Key_L),
         [this] {
             const bool bySource = action(QStringLiteral("actionLanesBySource"))->isChecked();
             m_timeline->setLaneMode(bySource ? TimelineView::LaneMode::Source
                                              : TimelineView::LaneMode::SubjectAttribute);
         })
        ->setCheckable(true);
    make(QStringLiteral("actionResetZoom"), tr("Reset Timeline &Zoom"), QKeySequence(Qt::Key_0),
         [this] { m_timeline->resetZoom(); });
    make(QStringLiteral("actionFitConflict"), tr("&Fit Timeline to Conflict"),
         QKeySequence(Qt::Key_F), [this] { m_timeline->zoomToSelection(); });
    make(QStringLiteral("actionAbout"), tr("&About Crosscheck"), QKeySequence(),
         [this] { showAbout(); });
    make(QStringLiteral("actionAboutQt"), tr("About &Qt"), QKeySequence(),
         [] { QApplication::aboutQt(); });
}

void MainWindow::createMenus() {
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(action(QStringLiteral("actionOpenFolder")));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    file->addSeparator();
    file->addAction(action(QStringLiteral("actionRescan")));
    file->addAction(action(QStringLiteral("actionRebuild")));
    file->addAction(action(QStringLiteral("actionCancelScan")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("actionExport")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("actionClose")));
    file->addAction(action(QStringLiteral("actionQuit")));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(action(QStringLiteral("actionUndo")));
    edit->addAction(action(QStringLiteral("actionRedo")));
    edit->addSeparator();
    edit->addAction(action(QStringLiteral("actionFind")));
    edit->addAction(action(QStringLiteral("actionNames")));

    QMenu *review = menuBar()->addMenu(tr("&Review"));
    for (QAction *a : std::as_const(m_reviewActions)) {
        review->addAction(a);
        if (a->objectName() == QLatin1String("actionReopen") ||
            a->objectName() == QLatin1String("actionChooseSide3"))
            review->addSeparator();
    }
    review->addSeparator();
    review->addAction(action(QStringLiteral("actionNextConflict")));
    review->addAction(action(QStringLiteral("actionPreviousConflict")));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *d : std::as_const(m_docks))
        view->addAction(d->toggleViewAction());
    view->addSeparator();
    view->addAction(action(QStringLiteral("actionLanesBySource")));
    view->addAction(action(QStringLiteral("actionResetZoom")));
    view->addAction(action(QStringLiteral("actionFitConflict")));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(action(QStringLiteral("actionAbout")));
    help->addAction(action(QStringLiteral("actionAboutQt")));

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(action(QStringLiteral("actionOpenFolder")));
    toolbar->addAction(action(QStringLiteral("actionRescan")));
    toolbar->addAction(action(QStringLiteral("actionExport")));
    toolbar->addSeparator();
    m_searchBox = new QLineEdit(toolbar);
    m_searchBox->setObjectName(QStringLiteral("searchBox"));
    m_searchBox->setPlaceholderText(tr("Search all documents (Ctrl+F)…"));
    m_searchBox->setClearButtonEnabled(true);
    m_searchBox->setMinimumWidth(260);
    m_searchBox->setMaximumWidth(420);
    toolbar->addWidget(m_searchBox);
    connect(m_searchBox, &QLineEdit::returnPressed, this, [this] { search(m_searchBox->text()); });
}

void MainWindow::createStatusBar() {
    m_progressLabel = new QLabel(this);
    m_progressLabel->setMinimumWidth(200);
    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName(QStringLiteral("scanProgress"));
    m_progressBar->setMaximumWidth(220);
    m_progressBar->setTextVisible(true);
    m_cancelButton = new QToolButton(this);
    m_cancelButton->setObjectName(QStringLiteral("cancelScanButton"));
    m_cancelButton->setDefaultAction(action(QStringLiteral("actionCancelScan")));
    m_cancelButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    statusBar()->addWidget(m_progressLabel, 1);
    statusBar()->addPermanentWidget(m_progressBar);
    statusBar()->addPermanentWidget(m_cancelButton);
    statusBar()->addPermanentWidget(m_countsLabel);
    m_progressLabel->hide();
    m_progressBar->hide();
    m_cancelButton->hide();
}

QAction *MainWindow::action(const QString &objectName) const {
    return findChild<QAction *>(objectName);
}

QDockWidget *MainWindow::dock(const QString &objectName) const {
    for (QDockWidget *d : m_docks)
        if (d->objectName() == objectName)
            return d;
    return nullptr;
}

// ---------------------------------------------------------------------------------------------
// Opening and scanning

void MainWindow::chooseAndOpenFolder() {
    const QString start = m_session->isOpen() ? m_session->folder()
                                              : RecentFolders::list().value(0, QDir::homePath());
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Open a Folder of Briefings"), start);
    if (!folder.isEmpty())
        openFolder(folder);
}

bool MainWindow::openFolder(const QString &folder, const QString &projectPath) {
    const QFileInfo info(folder);
    if (!info.isDir()) {
        showError(tr("Cannot open folder"), tr("%1 is not a folder.").arg(folder));
        return false;
    }
    if (m_scan->isRunning()) {
        m_scan->cancel();
        m_scan->wait();
    }
    if (m_session->isOpen())
        saveSettings();
    m_undo->clear();
    m_watcher->stop();
    m_rescanPending = false;
    QString error;
    if (!m_session->open(info.absoluteFilePath(), projectPath, &error)) {
        showError(tr("Cannot open project"), error);
        showWelcome();
        return false;
    }
    RecentFolders::add(m_session->folder());
    setWindowTitle(tr("%1 — Crosscheck").arg(QDir::toNativeSeparators(m_session->folder())));
    showWorkspace();
    const QStringList lexiconErrors = m_session->lexiconErrors();
    if (!lexiconErrors.isEmpty())
        showError(
            tr("Lexicon errors"),
            tr("These lexicon files were skipped:\n%1").arg(lexiconErrors.join(QLatin1Char('\n'))));
    m_watcher->watch(m_session->folder());
    emit projectOpened(m_session->folder());
    rescan(false);
    return true;
}

void MainWindow::restoreLastProject() {
    const QStringList recent = RecentFolders::list();
    if (!recent.isEmpty() && QFileInfo(recent.first()).isDir())
        openFolder(recent.first());
    else
        showWelcome();
}

void MainWindow::closeProject() {
    if (m_scan->isRunning()) {
        m_scan->cancel();
        m_scan->wait();
        m_session->setBusy(false);
    }
    if (m_session->isOpen())
        saveSettings();
    m_watcher->stop();
    m_undo->clear();
    m_session->close();
    m_conflicts->setConflicts({});
    m_evidence->setConflict(std::nullopt);
    m_viewer->clear();
    m_viewerConflict.clear();
    m_documentsModel->setDocuments({});
    m_claimsModel->setSource(0, {});
    m_searchModel->setResults(QString(), {});
    m_timeline->setData({}, {});
    setWindowTitle(QStringLiteral("Crosscheck"));
    showWelcome();
    updateActions();
    updateCounts();
}

void MainWindow::rescan(bool rebuild) {
    if (!m_session->isOpen())
        return;
    if (m_scan->isRunning()) {
        m_rescanPending = true; // once this one is done
        return;
    }
    m_session->rememberDocumentStates();
    m_scan->start(m_session->folder(), m_session->projectPath(), rebuild);
}

void MainWindow::cancelScan() {
    m_rescanPending = false;
    m_scan->cancel();
    if (m_scan->isRunning())
        m_progressLabel->setText(tr("Cancelling…"));
}

bool MainWindow::isScanning() const {
    return m_scan->isRunning();
}

void MainWindow::onFolderChanged() {
    statusBar()->showMessage(tr("Briefings changed on disk; scanning again…"), 4000);
    rescan(false);
}

void MainWindow::onScanStarted() {
    m_session->setBusy(true);
    m_progressLabel->setText(tr("Listing files…"));
    m_progressBar->setRange(0, 0);
    m_progressLabel->show();
    m_progressBar->show();
    m_cancelButton->show();
    updateActions();
}

void MainWindow::onScanProgress(const ScanProgress &p) {
    if (m_scan->isCancelling())
        return;
    if (p.stage == QLatin1String("reading") && p.total > 0) {
        m_progressBar->setRange(0, p.total);
        m_progressBar->setValue(p.done);
        m_progressLabel->setText(
            tr("Reading %1 of %2: %3").arg(p.done + 1).arg(p.total).arg(p.currentFile));
    } else if (p.stage == QLatin1String("detecting")) {
        m_progressBar->setRange(0, 0);
        m_progressLabel->setText(tr("Detecting conflicts…"));
    } else if (p.stage == QLatin1String("saving")) {
        m_progressBar->setRange(0, 0);
        m_progressLabel->setText(tr("Saving the project…"));
    } else {
        m_progressBar->setRange(0, 0);
        m_progressLabel->setText(tr("Listing files…"));
    }
}

void MainWindow::onScanFinished(const ScanSummary &summary, bool ok, const QString &error,
                                const QStringList &lexiconErrors) {
    m_progressLabel->hide();
    m_progressBar->hide();
    m_cancelButton->hide();
    m_session->setBusy(false);
    if (!ok) {
        showError(tr("Scan failed"), tr("The project keeps its previous state.\n\n%1").arg(error));
    } else if (summary.cancelled) {
        statusBar()->showMessage(tr("Scan cancelled; the project is unchanged."), 8000);
    } else {
        m_session->markChangesSinceRemembered();
        m_session->reload();
        QString message = tr("Scan done: %1 read, %2 unchanged, %3 removed.")
                              .arg(summary.documentsRead)
                              .arg(summary.documentsUnchanged)
                              .arg(summary.documentsRemoved);
        if (!summary.skipped.empty())
            message +=
                QLatin1Char(' ') + UiStyle::count(static_cast<qsizetype>(summary.skipped.size()),
                                                  tr("file skipped."), tr("files skipped."));
        statusBar()->showMessage(message, 10000);
        if (!summary.skipped.empty()) {
            QStringList lines;
            for (const SkippedFile &f : summary.skipped)
                lines << f.path + QStringLiteral(": ") + f.reason;
            statusBar()->setToolTip(lines.join(QLatin1Char('\n')));
        }
    }
    Q_UNUSED(lexiconErrors); // shown when the project was opened
    updateActions();
    emit scanFinished(ok, summary.cancelled);
    if (m_rescanPending && m_session->isOpen()) {
        m_rescanPending = false;
        rescan(false);
    }
}

// ---------------------------------------------------------------------------------------------
// Showing the project

void MainWindow::showWelcome() {
    m_welcome->setRecentFolders(RecentFolders::list());
    m_central->setCurrentWidget(m_welcome);
    for (QDockWidget *d : std::as_const(m_docks))
        d->hide();
    updateCounts();
}

void MainWindow::showWorkspace() {
    m_central->setCurrentWidget(m_timeline);
    if (!m_layoutRestored) {
        m_layoutRestored = true;
        const QByteArray state = QSettings().value(QStringLiteral("window/state")).toByteArray();
        if (!state.isEmpty() && restoreState(state))
            return;
    }
    for (QDockWidget *d : std::as_const(m_docks))
        d->show();
    dock(QStringLiteral("conflictsDock"))->raise();
    dock(QStringLiteral("claimsDock"))->raise();
    // The default layout: room for the conflicts list and the evidence beside the timeline.
    // Once the window has its size: docks cannot be sized before it is laid out.
    QTimer::singleShot(0, this, [this] {
        QDockWidget *conflicts = dock(QStringLiteral("conflictsDock"));
        QDockWidget *evidence = dock(QStringLiteral("evidenceDock"));
        QDockWidget *document = dock(QStringLiteral("documentDock"));
        const int w = std::max(width(), 900);
        resizeDocks({conflicts, evidence}, {w * 36 / 100, w * 30 / 100}, Qt::Horizontal);
        const int h = std::max(height() - height() / 4, 400);
        resizeDocks({evidence, document}, {h * 62 / 100, h * 38 / 100}, Qt::Vertical);
        resizeDocks({dock(QStringLiteral("claimsDock"))}, {std::max(height(), 600) / 4},
                    Qt::Vertical);
    });
}

void MainWindow::onReloaded() {
    const QString current = m_conflicts->currentConflictId();
    m_documentsModel->setDocuments(m_session->documents());
    m_documentsView->resizeColumnsToContents();
    // Long titles must not push the counts and marks out of sight.
    m_documentsView->setColumnWidth(
        DocumentListModel::Title,
        std::min(m_documentsView->columnWidth(DocumentListModel::Title), 280));
    m_documentsView->setColumnWidth(
        DocumentListModel::Warnings,
        std::min(m_documentsView->columnWidth(DocumentListModel::Warnings), 180));
    m_conflicts->setConflicts(m_session->conflicts());
    m_claimsModel->setSource(m_session->claimCount(),
                             [session = m_session](qsizetype offset, qsizetype limit) {
                                 return session->claimsPage(offset, limit);
                             });
    for (int c = 0; c < ClaimTableModel::SentenceColumn; ++c)
        m_claimsView->resizeColumnToContents(c);
    if (!m_claimsProxy->textFilter().isEmpty())
        m_claimsModel->ensureLoaded(m_claimsModel->totalCount() - 1);
    if (!current.isEmpty() && m_session->conflict(current)) {
        m_conflicts->selectConflict(current);
    } else {
        // Start with the most severe conflict in view, so the evidence panel has something to say.
        const QStringList shown = m_conflicts->proxy()->acceptedConflictIds();
        if (shown.isEmpty() || !m_conflicts->selectConflict(shown.first()))
            m_evidence->setConflict(std::nullopt);
    }
    showCurrentEvidence();
    // The viewer keeps its document, with the claims as they are now.
    if (!m_viewer->documentPath().isEmpty()) {
        const QString path = m_viewer->documentPath();
        if (m_session->documentRow(path))
            showDocument(path, m_viewer->focusStart());
        else
            m_viewer->clear();
    }
    scheduleTimelineUpdate();
    updateCounts();
    updateActions();
}

void MainWindow::onConflictChanged(const QString &conflictId) {
    if (const Conflict *c = m_session->conflict(conflictId)) {
        m_conflicts->updateConflict(*c);
        if (conflictId == m_conflicts->currentConflictId())
            m_evidence->setConflict(*c, documentInfo(*m_session));
    }
    updateCounts();
    updateActions();
}

void MainWindow::showCurrentEvidence() {
    const QString id = m_conflicts->currentConflictId();
    const Conflict *c = id.isEmpty() ? nullptr : m_session->conflict(id);
    if (c)
        m_evidence->setConflict(*c, documentInfo(*m_session));
    else
        m_evidence->setConflict(std::nullopt);
    // A new conflict opens its first claim in the viewer, so its context is one glance away.
    if (c && id != m_viewerConflict && !c->sides.empty() && !c->sides.front().claims.empty()) {
        m_viewerConflict = id;
        const Claim &first = c->sides.front().claims.front();
        showDocument(first.document, first.sentenceStart, first.sentenceEnd, first.valueStart,
                     first.valueEnd);
        dock(QStringLiteral("evidenceDock"))->raise();
    }
    m_timeline->setSelectedConflict(id);
    updateActions();
}

void MainWindow::selectConflict(const QString &conflictId) {
    if (!m_conflicts->selectConflict(conflictId)) {
        // Hidden by the filter: show it anyway in the evidence panel.
        if (const Conflict *c = m_session->conflict(conflictId)) {
            m_evidence->setConflict(*c, documentInfo(*m_session));
            m_timeline->setSelectedConflict(conflictId);
        }
    }
    dock(QStringLiteral("evidenceDock"))->raise();
}

QString MainWindow::currentConflictId() const {
    return m_conflicts->currentConflictId();
}

void MainWindow::scheduleTimelineUpdate() {
    m_timelineTimer->start();
}

void MainWindow::updateTimeline() {
    std::vector<Conflict> shown;
    for (const QString &id : m_conflicts->proxy()->acceptedConflictIds())
        if (const Conflict *c = m_session->conflict(id))
            shown.push_back(*c);
    std::vector<Document> documents;
    for (const DocumentRow &row : m_session->documents())
        if (row.change != DocumentChange::Gone)
            documents.push_back(row.document);
    m_timeline->setData(std::move(shown), documents);
    m_timeline->setSelectedConflict(m_conflicts->currentConflictId());
}

void MainWindow::showDocument(const QString &path, qsizetype start, qsizetype end,
                              qsizetype valueStart, qsizetype valueEnd) {
    if (path.isEmpty() || !m_session->isOpen())
        return;
    const std::optional<Document> doc = m_session->documentWithText(path);
    if (!doc) {
        statusBar()->showMessage(tr("%1 is no longer in the project.").arg(path), 5000);
        return;
    }
    m_viewer->showDocument(*doc, m_session->claimsOf(path), start, end, valueStart, valueEnd);
    QDockWidget *d = dock(QStringLiteral("documentDock"));
    d->show();
    d->raise();
}

int MainWindow::search(const QString &query) {
    if (!m_session->isOpen() || query.trimmed().isEmpty())
        return 0;
    std::vector<SearchHit> hits = m_session->search(query);
    const int count = static_cast<int>(hits.size());
    m_searchModel->setResults(query, std::move(hits), documentTitles(*m_session));
    QDockWidget *d = dock(QStringLiteral("searchDock"));
    d->show();
    d->raise();
    statusBar()->showMessage(UiStyle::count(count, tr("sentence found"), tr("sentences found")),
                             5000);
    if (count > 0) {
        const QModelIndex first = m_searchModel->index(0, 0);
        m_searchView->setCurrentIndex(first);
        showDocument(first.data(Roles::DocumentPathRole).toString(),
                     first.data(Roles::SentenceStartRole).toLongLong(),
                     first.data(Roles::SentenceEndRole).toLongLong());
    }
    return count;
}

void MainWindow::updateCounts() {
    if (!m_session->isOpen()) {
        m_countsLabel->setText(QString());
        m_claimsCount->setText(QString());
        return;
    }
    int documents = 0;
    for (const DocumentRow &row : m_session->documents())
        documents += row.change == DocumentChange::Gone ? 0 : 1;
    const int claims = static_cast<int>(m_session->claimCount());
    const int conflicts = static_cast<int>(m_session->conflicts().size());
    m_countsLabel->setText(
        UiStyle::count(documents, tr("document"), tr("documents")) + QStringLiteral(" · ") +
        UiStyle::count(claims, tr("claim"), tr("claims")) + QStringLiteral(" · ") +
        UiStyle::count(conflicts, tr("conflict"), tr("conflicts")) +
        tr(" (%1 open)").arg(m_session->openConflictCount()));
    m_claimsCount->setText(m_claimsProxy->textFilter().isEmpty()
                               ? UiStyle::count(claims, tr("claim"), tr("claims"))
                               : tr("%1 of %2").arg(m_claimsProxy->rowCount()).arg(claims));
}

void MainWindow::updateActions() {
    const bool open = m_session->isOpen();
    const bool busy = m_session->isBusy() || m_scan->isRunning();
    const Conflict *c = open ? m_session->conflict(m_conflicts->currentConflictId()) : nullptr;
    for (QAction *a : std::as_const(m_reviewActions)) {
        bool enabled = c && !busy;
        const QString name = a->objectName();
        if (c && name.startsWith(QLatin1String("actionChooseSide"))) {
            const int side = name.right(1).toInt() - 1;
            enabled = enabled && side < static_cast<int>(c->sides.size());
        }
        a->setEnabled(enabled);
    }
    action(QStringLiteral("actionRescan"))->setEnabled(open && !busy);
    action(QStringLiteral("actionRebuild"))->setEnabled(open && !busy);
    action(QStringLiteral("actionCancelScan"))->setEnabled(m_scan->isRunning());
    action(QStringLiteral("actionExport"))->setEnabled(open);
    action(QStringLiteral("actionClose"))->setEnabled(open);
    action(QStringLiteral("actionNames"))->setEnabled(open && !busy);
    action(QStringLiteral("actionFind"))->setEnabled(open);
    // Undoing writes the project too: not while the scan holds it.
    action(QStringLiteral("actionUndo"))->setEnabled(!busy && m_undo->canUndo());
    action(QStringLiteral("actionRedo"))->setEnabled(!busy && m_undo->canRedo());
    m_searchBox->setEnabled(open);
}

void MainWindow::updateRecentMenu() {
    m_recentMenu->clear();
    const QStringList recent = RecentFolders::list();
    for (const QString &folder : recent) {
        QAction *a = m_recentMenu->addAction(QDir::toNativeSeparators(folder));
        a->setEnabled(QFileInfo(folder).isDir());
        connect(a, &QAction::triggered, this, [this, folder] { openFolder(folder); });
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent folders"))->setEnabled(false);
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("Clear List"), this, [this] {
        RecentFolders::clear();
        m_welcome->setRecentFolders({});
    });
}

// ---------------------------------------------------------------------------------------------
// Review

template <typename Change> void MainWindow::pushReview(const QString &text, Change change) {
    if (m_session->isBusy() || m_scan->isRunning()) {
        statusBar()->showMessage(tr("A scan is running; review when it is done."), 4000);
        return;
    }
    const Conflict *c = m_session->conflict(m_conflicts->currentConflictId());
    if (!c)
        return;
    const Review current = m_session->reviewFor(*c);
    Review after = current;
    change(after, *c);
    std::optional<Review> before;
    if (m_session->hasStoredReview(c->id))
        before = m_session->storedReview(c->id);
    m_undo->push(new ReviewCommand(m_session, before, after,
                                   text + QStringLiteral(": ") + ProjectSession::summaryOf(*c)));
}

void MainWindow::confirmCurrent() {
    pushReview(tr("Confirm"),
               [](Review &r, const Conflict &) { r.status = ReviewStatus::Confirmed; });
}

void MainWindow::dismissCurrent() {
    pushReview(tr("Dismiss"),
               [](Review &r, const Conflict &) { r.status = ReviewStatus::Dismissed; });
}

void MainWindow::resolveCurrent() {
    pushReview(tr("Mark resolved"),
               [](Review &r, const Conflict &) { r.status = ReviewStatus::Resolved; });
}

void MainWindow::reopenCurrent() {
    pushReview(tr("Reopen"), [](Review &r, const Conflict &) {
        r.status = ReviewStatus::Open;
        r.chosenSide.reset();
    });
}

void MainWindow::chooseSide(int sideIndex) {
    const Conflict *c = m_session->conflict(m_conflicts->currentConflictId());
    if (!c || sideIndex < 0 || sideIndex >= static_cast<int>(c->sides.size()))
        return;
    // Choosing the better-supported side settles the conflict.
    pushReview(tr("Choose side %1").arg(sideIndex + 1), [sideIndex](Review &r, const Conflict &) {
        r.chosenSide = sideIndex;
        r.status = ReviewStatus::Resolved;
    });
}

void MainWindow::setNote(const QString &note) {
    pushReview(note.isEmpty() ? tr("Clear note") : tr("Edit note"),
               [note](Review &r, const Conflict &) { r.note = note; });
}

void MainWindow::editNoteWithDialog() {
    const Conflict *c = m_session->conflict(m_conflicts->currentConflictId());
    if (!c)
        return;
    bool ok = false;
    const QString note = QInputDialog::getMultiLineText(
        this, tr("Note"), tr("Note on %1:").arg(ProjectSession::summaryOf(*c)), c->note, &ok);
    if (ok && note != c->note)
        setNote(note);
}

void MainWindow::rejectClaim(const Claim &claim, bool rejected) {
    if (m_session->isBusy()) {
        statusBar()->showMessage(tr("A scan is running; try again when it is done."), 4000);
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_undo->push(new RejectClaimCommand(m_session, claim, rejected));
    QApplication::restoreOverrideCursor();
}

void MainWindow::mergeNames(const QString &surface, const QString &canonical) {
    if (m_session->isBusy())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_undo->push(new AliasCommand(m_session, surface, m_session->alias(surface),
                                  EntityAlias{surface, canonical},
                                  tr("Merge “%1” into “%2”").arg(surface, canonical)));
    QApplication::restoreOverrideCursor();
}

void MainWindow::keepNameApart(const QString &surface) {
    if (m_session->isBusy())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_undo->push(new AliasCommand(m_session, surface, m_session->alias(surface),
                                  EntityAlias{surface, QString()},
                                  tr("Keep “%1” apart").arg(surface)));
    QApplication::restoreOverrideCursor();
}

void MainWindow::removeNameDecision(const QString &surface) {
    if (m_session->isBusy())
        return;
    const std::optional<EntityAlias> before = m_session->alias(surface);
    if (!before)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_undo->push(new AliasCommand(m_session, surface, before, std::nullopt,
                                  tr("Forget the decision on “%1”").arg(surface)));
    QApplication::restoreOverrideCursor();
}

void MainWindow::entityDialog(const QString &surface) {
    if (!m_session->isOpen())
        return;
    EntityDialog dialog(m_session->surfaceNames(), m_session->aliases(), surface, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    switch (dialog.action()) {
    case EntityDialog::Action::Merge:
        mergeNames(dialog.surface(), dialog.canonical());
        break;
    case EntityDialog::Action::KeepApart:
        keepNameApart(dialog.surface());
        break;
    case EntityDialog::Action::RemoveAlias:
        removeNameDecision(dialog.surface());
        break;
    case EntityDialog::Action::None:
        break;
    }
}

void MainWindow::showClaimsContextMenu(const QPoint &pos) {
    const QModelIndex index = m_claimsProxy->mapToSource(m_claimsView->indexAt(pos));
    const Claim *claim = m_claimsModel->claimAt(index.row());
    if (!claim)
        return;
    const Claim copy = *claim;
    const QString surface = copy.subjectSurface.isEmpty() ? copy.subject : copy.subjectSurface;
    QMenu menu(this);
    menu.addAction(tr("Open in Document Viewer"), this, [this, copy] {
        showDocument(copy.document, copy.sentenceStart, copy.sentenceEnd, copy.valueStart,
                     copy.valueEnd);
    });
    menu.addSeparator();
    if (copy.rejected)
        menu.addAction(tr("Restore Claim"), this, [this, copy] { rejectClaim(copy, false); });
    else
        menu.addAction(tr("Reject Claim (mis-extracted)"), this,
                       [this, copy] { rejectClaim(copy, true); });
    menu.addAction(tr("Merge or Split “%1”…").arg(surface), this,
                   [this, surface] { entityDialog(surface); });
    menu.exec(m_claimsView->viewport()->mapToGlobal(pos));
}

// ---------------------------------------------------------------------------------------------
// Export, about, errors

bool MainWindow::exportReport(ReportFormat format, const QString &path, bool filteredOnly,
                              QString *error) {
    if (!m_session->isOpen()) {
        *error = tr("No project is open.");
        return false;
    }
    std::optional<QSet<QString>> ids;
    if (filteredOnly) {
        const QStringList accepted = m_conflicts->proxy()->acceptedConflictIds();
        ids = QSet<QString>(accepted.begin(), accepted.end());
    }
    return ExportDialog::write(m_session->reportInput(ids), format, path, error);
}

void MainWindow::exportWithDialog() {
    if (!m_session->isOpen())
        return;
    const int all = static_cast<int>(m_session->conflicts().size());
    const int filtered = static_cast<int>(m_conflicts->proxy()->acceptedConflictIds().size());
    const QString base = QDir(m_session->folder())
                             .absoluteFilePath(QStringLiteral("crosscheck-report-") +
                                               QDate::currentDate().toString(Qt::ISODate));
    ExportDialog dialog(all, filtered, m_conflicts->proxy()->isFiltering(), base, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = exportReport(dialog.format(), dialog.path(), dialog.filteredOnly(), &error);
    QApplication::restoreOverrideCursor();
    if (ok)
        statusBar()->showMessage(tr("Report written to %1").arg(dialog.path()), 8000);
    else
        showError(tr("Export failed"), error);
}

void MainWindow::showAbout() {
    const QString text =
        tr("<h2>Crosscheck %1</h2>"
           "<p>Finds where your briefings disagree: dated, sourced claims, contradictions "
           "across and within documents, and the evidence side by side.</p>"
           "<p>Engine %2</p>"
           "<p>Copyright © the Crosscheck authors. Crosscheck is free software: you can "
           "redistribute it and/or modify it under the terms of the GNU General Public License, "
           "version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with "
           "no warranty.</p>"
           "<p><b>Third-party software</b></p>"
           "<ul>"
           "<li>Qt %3 — LGPL-3.0 (Qt Core, Gui, Widgets)</li>"
           "<li>Qt Charts — GPL-3.0</li>"
           "<li>SQLite — public domain</li>"
           "<li>Gumbo HTML parser — Apache-2.0</li>"
           "<li>uchardet — MPL-1.1 / GPL-2.0+ / LGPL-2.1+</li>"
           "<li>Poppler — GPL-2.0-or-later</li>"
           "<li>GMime — LGPL-2.1-or-later</li>"
           "<li>libzip — BSD-3-Clause</li>"
           "<li>pugixml — MIT</li>"
           "</ul>")
            .arg(QStringLiteral(CROSSCHECK_VERSION), ScanPipeline::engineVersion(),
                 QString::fromLatin1(qVersion()));
    QMessageBox box(this);
    box.setWindowTitle(tr("About Crosscheck"));
    QIcon icon = QApplication::windowIcon();
    if (icon.isNull())
        icon = QIcon(QStringLiteral(":/icons/crosscheck-64.png"));
    box.setIconPixmap(icon.pixmap(QSize(64, 64)));
    box.setTextFormat(Qt::RichText);
    box.setText(text);
    box.exec();
}

void MainWindow::showError(const QString &title, const QString &message) {
    // Window-modal and non-blocking: a scan finishing behind it is not held up.
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
    statusBar()->showMessage(
        title + QStringLiteral(": ") + message.section(QLatin1Char('\n'), 0, 0), 10000);
}

// ---------------------------------------------------------------------------------------------
// Window state, drag and drop

void MainWindow::saveSettings() {
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    // The dock layout is only meaningful while the docks are shown.
    if (m_central->currentWidget() == m_timeline)
        settings.setValue(QStringLiteral("window/state"), saveState());
}

void MainWindow::restoreSettings() {
    QSettings settings;
    const QByteArray geometry = settings.value(QStringLiteral("window/geometry")).toByteArray();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
}

void MainWindow::closeEvent(QCloseEvent *event) {
    m_scan->cancel();
    m_scan->wait();
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event) {
    const QList<QUrl> urls = event->mimeData()->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isDir()) {
            event->acceptProposedAction();
            return;
        }
    }
}

void MainWindow::dropEvent(QDropEvent *event) {
    const QList<QUrl> urls = event->mimeData()->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isDir()) {
            event->acceptProposedAction();
            // After the drop returns: opening may show a dialog.
            const QString folder = url.toLocalFile();
            QTimer::singleShot(0, this, [this, folder] { openFolder(folder); });
            return;
        }
    }
}

} // namespace cc
