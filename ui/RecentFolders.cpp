#include "RecentFolders.h"

#include <QDir>
#include <QSettings>

namespace cc {

namespace {
const QString kKey = QStringLiteral("recentFolders");
}

QStringList RecentFolders::list() {
    return QSettings().value(kKey).toStringList();
}

void RecentFolders::add(const QString &folder) {
    const QString path = QDir(folder).absolutePath();
    QStringList folders = list();
    folders.removeAll(path);
    folders.prepend(path);
    while (folders.size() > kMax)
        folders.removeLast();
    QSettings().setValue(kKey, folders);
}

void RecentFolders::remove(const QString &folder) {
    QStringList folders = list();
    folders.removeAll(QDir(folder).absolutePath());
    QSettings().setValue(kKey, folders);
}

void RecentFolders::clear() {
    QSettings().remove(kKey);
}

} // namespace cc
