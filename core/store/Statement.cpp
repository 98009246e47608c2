#include "store/Statement.h"

#include "store/Database.h"

#include <sqlite3.h>

namespace cc {

Statement::Statement(Database *owner, sqlite3_stmt *stmt) : m_owner(owner), m_stmt(stmt) {}

Statement::~Statement() {
    finalize();
}

Statement::Statement(Statement &&other) noexcept : m_owner(other.m_owner), m_stmt(other.m_stmt) {
    other.m_stmt = nullptr;
}

Statement &Statement::operator=(Statement &&other) noexcept {
    if (this != &other) {
        finalize();
        m_owner = other.m_owner;
        m_stmt = other.m_stmt;
        other.m_stmt = nullptr;
    }
    return *this;
}

void Statement::finalize() {
    if (m_stmt)
        sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
}

void Statement::bindText(int index, const QString &value) {
    bindText(index, value.toUtf8());
}

void Statement::bindText(int index, const QByteArray &utf8) {
    if (!m_stmt)
        return;
    // SQLITE_TRANSIENT: SQLite copies the bytes, the temporary may go.
    sqlite3_bind_text64(m_stmt, index, utf8.constData(), static_cast<sqlite3_uint64>(utf8.size()),
                        SQLITE_TRANSIENT, SQLITE_UTF8);
}

void Statement::bindBlob(int index, const QByteArray &value) {
    if (!m_stmt)
        return;
    sqlite3_bind_blob64(m_stmt, index, value.constData(), static_cast<sqlite3_uint64>(value.size()),
                        SQLITE_TRANSIENT);
}

void Statement::bindInt(int index, qint64 value) {
    if (m_stmt)
        sqlite3_bind_int64(m_stmt, index, value);
}

void Statement::bindDouble(int index, double value) {
    if (m_stmt)
        sqlite3_bind_double(m_stmt, index, value);
}

void Statement::bindNull(int index) {
    if (m_stmt)
        sqlite3_bind_null(m_stmt, index);
}

void Statement::bindOptionalText(int index, const QString &value) {
    if (value.isEmpty())
        bindNull(index);
    else
        bindText(index, value);
}

void Statement::bindOptionalDouble(int index, const std::optional<double> &value) {
    if (value)
        bindDouble(index, *value);
    else
        bindNull(index);
}

Statement::Step Statement::step() {
    if (!m_stmt)
        return Step::Error;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return Step::Row;
    if (rc == SQLITE_DONE)
        return Step::Done;
    if (m_owner)
        m_owner->recordError(rc, QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_stmt))));
    return Step::Error;
}

bool Statement::run() {
    Step s = step();
    while (s == Step::Row)
        s = step();
    return s == Step::Done;
}

void Statement::reset() {
    if (!m_stmt)
        return;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::isNull(int column) const {
    return !m_stmt || sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QString Statement::columnText(int column) const {
    if (!m_stmt)
        return {};
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    const int bytes = sqlite3_column_bytes(m_stmt, column);
    return text ? QString::fromUtf8(text, bytes) : QString();
}

QByteArray Statement::columnBlob(int column) const {
    if (!m_stmt)
        return {};
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    const int bytes = sqlite3_column_bytes(m_stmt, column);
    return data ? QByteArray(data, bytes) : QByteArray();
}

qint64 Statement::columnInt(int column) const {
    return m_stmt ? sqlite3_column_int64(m_stmt, column) : 0;
}

double Statement::columnDouble(int column) const {
    return m_stmt ? sqlite3_column_double(m_stmt, column) : 0.0;
}

std::optional<double> Statement::columnOptionalDouble(int column) const {
    if (isNull(column))
        return std::nullopt;
    return columnDouble(column);
}

} // namespace cc
