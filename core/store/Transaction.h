#pragma once

namespace cc {

class Database;

// A transaction that rolls back in its destructor unless commit() ran. At the
// outermost level it is BEGIN IMMEDIATE (the write lock is taken up front, so a
// busy project fails at the start rather than half-way). Inside another it
// simply joins it: commit() and rollback() do nothing and a failure is the
// outer owner's to roll back. (Not a SAVEPOINT: releasing one makes FTS5 flush
// its pending index, which made a 10,000-document scan several times slower.)
class Transaction {
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // False when BEGIN failed (busy, read-only); see Database::lastError.
    bool isActive() const { return m_active; }
    bool isJoined() const { return m_joined; }
    bool commit();
    void rollback();

private:
    Database &m_db;
    bool m_joined = false;
    bool m_active = false;
};

} // namespace cc
