#include "WelcomeWidget.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace cc {

WelcomeWidget::WelcomeWidget(QWidget *parent) : QWidget(parent) {
    setObjectName(QStringLiteral("welcome"));
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto *column = new QVBoxLayout;
    column->setSpacing(12);

    auto *icon = new QLabel(this);
    QIcon appIcon = QApplication::windowIcon();
    if (appIcon.isNull())
        appIcon = QIcon(QStringLiteral(":/icons/crosscheck-128.png"));
    icon->setPixmap(appIcon.pixmap(QSize(96, 96)));
    icon->setAlignment(Qt::AlignCenter);
    column->addWidget(icon);

    auto *title = new QLabel(tr("<h1>Crosscheck</h1>"), this);
    title->setAlignment(Qt::AlignCenter);
    column->addWidget(title);
    auto *blurb =
        new QLabel(tr("Open a folder of briefings — newsletters, digests, research notes, "
                      "saved pages — to see where your sources disagree."),
                   this);
    blurb->setWordWrap(true);
    blurb->setAlignment(Qt::AlignCenter);
    column->addWidget(blurb);

    m_open =
        new QPushButton(style()->standardIcon(QStyle::SP_DirOpenIcon), tr("Open Folder…"), this);
    m_open->setObjectName(QStringLiteral("welcomeOpenFolder"));
    m_open->setDefault(true);
    m_open->setMinimumHeight(36);
    column->addWidget(m_open, 0, Qt::AlignCenter);

    auto *hint = new QLabel(tr("or drop a folder onto this window"), this);
    hint->setAlignment(Qt::AlignCenter);
    hint->setEnabled(false);
    column->addWidget(hint);

    m_recentTitle = new QLabel(tr("<b>Recent folders</b>"), this);
    column->addWidget(m_recentTitle);
    m_recent = new QListWidget(this);
    m_recent->setObjectName(QStringLiteral("welcomeRecent"));
    m_recent->setMinimumHeight(120);
    m_recent->setMaximumHeight(220);
    column->addWidget(m_recent);

    auto *center = new QHBoxLayout;
    center->addStretch(1);
    auto *holder = new QWidget(this);
    holder->setLayout(column);
    holder->setMinimumWidth(420);
    holder->setMaximumWidth(560);
    center->addWidget(holder, 2);
    center->addStretch(1);
    outer->addLayout(center);
    outer->addStretch(2);

    connect(m_open, &QPushButton::clicked, this, &WelcomeWidget::openFolderRequested);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit recentFolderChosen(item->data(Qt::UserRole).toString());
    });
    connect(m_recent, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        emit recentFolderChosen(item->data(Qt::UserRole).toString());
    });
    m_recentTitle->setVisible(false);
    m_recent->setVisible(false);
}

void WelcomeWidget::setRecentFolders(const QStringList &folders) {
    m_recent->clear();
    int shown = 0;
    for (const QString &folder : folders) {
        if (!QFileInfo(folder).isDir())
            continue; // moved or deleted since: nothing to open
        auto *item = new QListWidgetItem(style()->standardIcon(QStyle::SP_DirIcon),
                                         QDir::toNativeSeparators(folder), m_recent);
        item->setData(Qt::UserRole, folder);
        item->setToolTip(folder);
        ++shown;
    }
    const bool any = shown > 0;
    m_recent->setVisible(any);
    m_recentTitle->setVisible(any);
}

} // namespace cc
