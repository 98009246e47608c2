#include "store/Database.h"

#include <QFile>
#include <sqlite3.h>

namespace cc {

Database::Database(sqlite3 *db, const QString &path) : m_db(db), m_path(path) {}

Database::~Database() {
    close();
}

void Database::close() {
    // Statements must be finalized before the connection closes.
    m_cache.clear();
    m_failed = Statement();
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
}

std::unique_ptr<Database> Database::open(const QString &path, bool readOnly, QString *error) {
    // SQLite's allocation statistics take a global mutex on every malloc; nothing reads them.
    // Must run before SQLite initializes; a later call is refused harmlessly.
    static const bool configured = [] {
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
        return true;
    }();
    (void)configured;
    sqlite3 *db = nullptr;
    // A connection, with its statement cache, belongs to one thread at a time (the scan's worker
    // or the UI), so SQLite's own per-call locking is pure cost: a scan makes millions of calls.
    const int flags =
        (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) |
        SQLITE_OPEN_NOMUTEX;
    const QByteArray name = QFile::encodeName(path);
    const int rc = sqlite3_open_v2(name.constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        if (error) {
            *error =
                db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
        }
        sqlite3_close_v2(db);
        return nullptr;
    }
    sqlite3_extended_result_codes(db, 1);
    return std::unique_ptr<Database>(new Database(db, path));
}

bool Database::exec(const QByteArray &sql) {
    if (!m_db) {
        recordError(SQLITE_MISUSE, QStringLiteral("the project is closed"));
        return false;
    }
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        recordError(rc,
                    message ? QString::fromUtf8(message) : QString::fromUtf8(sqlite3_errstr(rc)));
        sqlite3_free(message);
        return false;
    }
    return true;
}

Statement &Database::cached(const char *sql) {
    auto it = m_cache.find(sql);
    if (it != m_cache.end()) {
        it->second->reset();
        return *it->second;
    }
    Statement statement = prepare(QByteArray(sql));
    if (!statement.isValid()) {
        m_failed = Statement();
        return m_failed;
    }
    auto inserted = m_cache.emplace(sql, std::make_unique<Statement>(std::move(statement)));
    return *inserted.first->second;
}

Statement Database::prepare(const QByteArray &sql) {
    if (!m_db) {
        recordError(SQLITE_MISUSE, QStringLiteral("the project is closed"));
        return Statement();
    }
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, sql.constData(), static_cast<int>(sql.size()),
                                      SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        recordConnectionError(rc);
        sqlite3_finalize(stmt);
        return Statement();
    }
    return Statement(this, stmt);
}

QString Database::queryText(const QByteArray &sql, bool *ok) {
    Statement s = prepare(sql);
    const Statement::Step step = s.step();
    if (ok)
        *ok = step != Statement::Step::Error;
    return step == Statement::Step::Row ? s.columnText(0) : QString();
}

qint64 Database::queryInt(const QByteArray &sql, bool *ok) {
    Statement s = prepare(sql);
    const Statement::Step step = s.step();
    if (ok)
        *ok = step != Statement::Step::Error;
    return step == Statement::Step::Row ? s.columnInt(0) : 0;
}

void Database::setBusyTimeout(int milliseconds) {
    if (m_db)
        sqlite3_busy_timeout(m_db, milliseconds);
}

bool Database::inTransaction() const {
    return m_db && sqlite3_get_autocommit(m_db) == 0;
}

bool Database::isReadOnlyFile() const {
    return m_db && sqlite3_db_readonly(m_db, "main") == 1;
}

qint64 Database::lastInsertRowId() const {
    return m_db ? sqlite3_last_insert_rowid(m_db) : 0;
}

bool Database::lastErrorWasBusy() const {
    const int primary = m_lastErrorCode & 0xff;
    return primary == SQLITE_BUSY || primary == SQLITE_LOCKED;
}

void Database::recordError(int code, const QString &message) {
    m_lastErrorCode = code;
    m_lastError = message;
    const int primary = code & 0xff;
    if ((primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB) && !m_corruptionSeen) {
        m_corruptionSeen = true;
        m_corruptionMessage = message;
    }
}

void Database::recordConnectionError(int code) {
    recordError(code, QString::fromUtf8(sqlite3_errmsg(m_db)));
}

} // namespace cc
