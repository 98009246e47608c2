#pragma once

#include <QStringList>

namespace cc {

// The recently opened folders, newest first, kept in QSettings.
class RecentFolders {
public:
    static constexpr int kMax = 10;
    static QStringList list();
    static void add(const QString &folder);
    static void remove(const QString &folder);
    static void clear();
};

} // namespace cc
