#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QString>
#include <QWidget>

namespace cc::uitest {

// Settings and data of the tests never touch the analyst's own (QStandardPaths test mode).
inline void isolateSettings(const char *testName) {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CrosscheckTests"));
    QCoreApplication::setApplicationName(QString::fromLatin1(testName));
    QSettings().clear(); // every run starts like a first run
}

inline bool writeText(const QString &path, const QString &text) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    const QByteArray bytes = text.toUtf8();
    return f.write(bytes) == bytes.size();
}

inline QByteArray readAll(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A small folder of invented briefings with a planted contradiction: two documents
// give different release dates for the same (invented) product; a third agrees with
// the first; a fourth is about something else entirely.
inline bool writeSampleBriefings(const QString &dir) {
    bool ok = true;
    ok &= writeText(dir + QStringLiteral("/01_morning_digest.txt"),
                    QStringLiteral("Morning Technology Digest — March 10, 2026\n\n"
                                   "Posted on March 10, 2026\n\n"
                                   "Veltrona Labs released Quorra-3 on March 3, 2026. "
                                   "The model has 120 billion parameters, according to the "
                                   "company.\n\n"
                                   "Analysts expect broad adoption among cloud providers this "
                                   "spring.\n\n"
                                   "Sources: Reuters\n"));
    ok &= writeText(dir + QStringLiteral("/02_weekly_review.txt"),
                    QStringLiteral("Weekly Model Review — March 12, 2026\n\n"
                                   "Posted on March 12, 2026\n\n"
                                   "Quorra-3 was released on March 5, 2026 by Veltrona Labs. "
                                   "Early users praised its long context window.\n\n"
                                   "Sources: Bloomberg\n"));
    ok &= writeText(dir + QStringLiteral("/03_analyst_note.txt"),
                    QStringLiteral("Analyst Note: Veltrona Labs — March 14, 2026\n\n"
                                   "Posted on March 14, 2026\n\n"
                                   "Veltrona Labs launched Quorra-3 on March 3, 2026, two weeks "
                                   "ahead of its rivals.\n\n"
                                   "Sources: Associated Press\n"));
    ok &= writeText(dir + QStringLiteral("/04_market_wrap.txt"),
                    QStringLiteral("Market Wrap — March 15, 2026\n\n"
                                   "Posted on March 15, 2026\n\n"
                                   "Marivel Foods opened 12 new stores in the first quarter of "
                                   "2026.\n"));
    return ok;
}

// Where screenshots go: the build folder.
inline QString screenshotDir() {
#ifdef CROSSCHECK_BINARY_DIR
    const QString dir = QStringLiteral(CROSSCHECK_BINARY_DIR);
#else
    const QString dir = QDir::currentPath();
#endif
    return QFileInfo(dir).isDir() ? dir : QDir::currentPath();
}

inline QString saveScreenshot(QWidget *widget, const QString &name) {
    const QString path = screenshotDir() + QStringLiteral("/ui-") + name + QStringLiteral(".png");
    widget->grab().save(path);
    return path;
}

} // namespace cc::uitest
