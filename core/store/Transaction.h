#pragma once

namespace cc {

class Database;

// A transaction that rolls back in its destructor unless commit() ran. At the
// outermost level it is BEGIN IMMEDIATE (the write lock is taken up front, so a
// busy project fails at the start rather than half-way); nested inside another
// it is a SAVEPOINT, so a write method joining a scan is still all-or-nothing.
class Transaction {
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // False when BEGIN failed (busy, read-only); see Database::lastError.
    bool isActive() const { return m_active; }
    bool isNested() const { return m_level > 1; }
    bool commit();
    void rollback();

private:
    Database &m_db;
    int m_level = 0;
    bool m_active = false;
};

} // namespace cc
