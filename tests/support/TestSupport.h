#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace cc::test {

// shared/ beside the checkout (seed briefings, conformance suite), or empty when absent.
inline QString sharedDir() {
    const QString dir = QStringLiteral(CROSSCHECK_SHARED_DIR);
    return QFileInfo::exists(dir) ? QDir(dir).canonicalPath() : QString();
}

inline QString seedsDir() {
    const QString shared = sharedDir();
    const QString seeds = shared + QStringLiteral("/corpus/seeds");
    return !shared.isEmpty() && QFileInfo::exists(seeds) ? seeds : QString();
}

inline QString sourceDir() {
    return QStringLiteral(CROSSCHECK_SOURCE_DIR);
}

// Writes a file under dir, creating folders; fails the test when it cannot.
inline void writeFile(const QString &path, const QByteArray &bytes) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly)) << path.toStdString();
    ASSERT_EQ(f.write(bytes), bytes.size());
}

inline QByteArray readFile(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A PDF literal string's text: parentheses and backslashes escaped.
inline QByteArray pdfEscape(const QByteArray &text) {
    QByteArray out;
    for (const char c : text) {
        if (c == '(' || c == ')' || c == '\\')
            out += '\\';
        out += c;
    }
    return out;
}

} // namespace cc::test

// Skips the current test, saying why, when the seed briefings are not beside the checkout.
#define CC_REQUIRE_SEEDS()                                                                         \
    do {                                                                                           \
        if (cc::test::seedsDir().isEmpty())                                                        \
            GTEST_SKIP() << "../shared/corpus/seeds is absent: seed acceptance test skipped";      \
    } while (0)
