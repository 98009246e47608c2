#pragma once

#include "store/Statement.h"

#include <QByteArray>
#include <QString>
#include <memory>
#include <unordered_map>

struct sqlite3;

namespace cc {

// One SQLite connection (C API). Owns a cache of prepared statements keyed by
// their SQL text, so a statement run once per row is prepared once per connection.
class Database {
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (readOnly) or opens-or-creates the file. Returns nullptr with the reason.
    static std::unique_ptr<Database> open(const QString &path, bool readOnly, QString *error);

    // Finalizes every statement and closes the connection (the destructor does
    // it too). Afterwards every call fails.
    void close();
    bool isOpen() const { return m_db != nullptr; }

    QString path() const { return m_path; }
    sqlite3 *handle() const { return m_db; }

    // Runs SQL without values (schema, pragmas, transaction control).
    bool exec(const QByteArray &sql);
    // A cached statement, reset and with its bindings cleared. Never null: an
    // invalid statement (prepare failed, see lastError) steps to Error.
    Statement &cached(const char *sql);
    // A one-off statement, finalized when the returned object goes.
    Statement prepare(const QByteArray &sql);
    // The first column of the first row as text/int (pragmas, counts).
    QString queryText(const QByteArray &sql, bool *ok = nullptr);
    qint64 queryInt(const QByteArray &sql, bool *ok = nullptr);

    void setBusyTimeout(int milliseconds);
    bool inTransaction() const;
    bool isReadOnlyFile() const;
    qint64 lastInsertRowId() const;

    // The last failure of this connection or one of its statements.
    QString lastError() const { return m_lastError; }
    int lastErrorCode() const { return m_lastErrorCode; }
    // True when the last failure was another connection holding the lock.
    bool lastErrorWasBusy() const;
    void recordError(int code, const QString &message);
    // Sticky: some call since opening met a damaged file (SQLITE_CORRUPT or
    // SQLITE_NOTADB). The open-time checks are cheap and partial, so damage in
    // derived tables is found here, by the first statement that reads it.
    bool corruptionSeen() const { return m_corruptionSeen; }
    QString corruptionMessage() const { return m_corruptionMessage; }

private:
    Database(sqlite3 *db, const QString &path);
    void recordConnectionError(int code);

    sqlite3 *m_db = nullptr;
    QString m_path;
    std::unordered_map<std::string, std::unique_ptr<Statement>> m_cache;
    Statement m_failed; // returned by cached() when prepare fails
    QString m_lastError;
    int m_lastErrorCode = 0;
    bool m_corruptionSeen = false;
    QString m_corruptionMessage;
};

} // namespace cc
