#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace cc {

class Database;

// A prepared SQLite statement that finalizes itself. Values only ever reach
// SQL through the bind helpers, never by building SQL text.
//
// Gotcha: SQLite numbers PARAMETERS from 1 (the first "?" is index 1) but
// result COLUMNS from 0 (the first selected column is index 0). The helpers
// keep SQLite's numbering; callers write bind*(1, ...) and column*(0).
class Statement {
public:
    enum class Step { Row, Done, Error };

    Statement() = default;
    Statement(Database *owner, sqlite3_stmt *stmt);
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }

    // Parameters, 1-based. A null QString binds as '' (use bindNull for NULL).
    void bindText(int index, const QString &value);
    void bindText(int index, const QByteArray &utf8);
    void bindBlob(int index, const QByteArray &value);
    void bindInt(int index, qint64 value);
    void bindDouble(int index, double value);
    void bindNull(int index);
    // NULL when the value is empty.
    void bindOptionalText(int index, const QString &value);
    void bindOptionalDouble(int index, const std::optional<double> &value);

    // Runs one step; errors are recorded on the owning Database.
    Step step();
    // Runs a statement that returns no rows (or ignores them) to completion.
    bool run();
    // Ready for a new execution: clears the bindings too.
    void reset();

    // Columns, 0-based.
    bool isNull(int column) const;
    QString columnText(int column) const;
    QByteArray columnBlob(int column) const;
    qint64 columnInt(int column) const;
    double columnDouble(int column) const;
    std::optional<double> columnOptionalDouble(int column) const;

    // Resets the statement when the scope ends, so a cached statement never
    // keeps a read transaction open after an early return.
    class ResetOnExit {
    public:
        explicit ResetOnExit(Statement &s) : m_statement(s) {}
        ~ResetOnExit() { m_statement.reset(); }
        ResetOnExit(const ResetOnExit &) = delete;
        ResetOnExit &operator=(const ResetOnExit &) = delete;

    private:
        Statement &m_statement;
    };

private:
    void finalize();

    Database *m_owner = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace cc
