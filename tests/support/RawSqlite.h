#pragma once
// SQLite reached behind the store's back, as another program or a damaged disk would:
// the project-file safety, recovery and damaged-project tests share these.
#include "TestSupport.h"

#include <QByteArray>
#include <QFile>
#include <QString>
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <string>
#include <vector>

namespace cc::test {

// Runs SQL on a closed project file.
inline void execRaw(const QString &path, const char *sql) {
    sqlite3 *db = nullptr;
    ASSERT_EQ(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    char *message = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &message);
    const std::string text = message ? message : "";
    sqlite3_free(message);
    sqlite3_close(db);
    ASSERT_EQ(rc, SQLITE_OK) << text;
}

// The first column of the first row of a query (or a PRAGMA), read-only; -1 when none.
inline qint64 pragmaRaw(const QString &path, const char *pragma) {
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) !=
        SQLITE_OK) {
        sqlite3_close(db);
        return -1;
    }
    sqlite3_stmt *stmt = nullptr;
    qint64 value = -1;
    if (sqlite3_prepare_v2(db, pragma, -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW)
        value = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return value;
}

// The pages of one table or index (dbstat), for damaging exactly them.
inline std::vector<qint64> pagesOf(const QString &path, const char *name) {
    std::vector<qint64> pages;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) ==
        SQLITE_OK) {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, "SELECT pageno FROM dbstat WHERE name = ?1", -1, &stmt,
                               nullptr) == SQLITE_OK) {
            sqlite3_bind_text(stmt, 1, name, -1, SQLITE_STATIC);
            while (sqlite3_step(stmt) == SQLITE_ROW)
                pages.push_back(sqlite3_column_int64(stmt, 0));
        }
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return pages;
}

// Overwrites whole pages (1-based) of a closed, checkpointed file with a byte that is no
// valid b-tree page type; returns the file's new bytes.
inline QByteArray damagePages(const QString &path, const std::vector<qint64> &pages) {
    QByteArray bytes = readFile(path);
    const qsizetype pageSize = 4096;
    for (qint64 page : pages) {
        const qsizetype at = (page - 1) * pageSize;
        if (at >= 0 && at + pageSize <= bytes.size())
            bytes.replace(at, pageSize, QByteArray(pageSize, '\xA5'));
    }
    writeFile(path, bytes);
    return bytes;
}

} // namespace cc::test
