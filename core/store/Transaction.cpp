#include "store/Transaction.h"

#include "store/Database.h"

namespace cc {

Transaction::Transaction(Database &db) : m_db(db) {
    if (db.inTransaction()) {
        m_joined = true;
        m_active = true;
        return;
    }
    m_active = db.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction() {
    if (m_active)
        rollback();
}

bool Transaction::commit() {
    if (!m_active)
        return false;
    if (m_joined) {
        m_active = false;
        return true;
    }
    if (!m_db.exec("COMMIT"))
        return false; // still active: the destructor rolls back
    m_active = false;
    return true;
}

void Transaction::rollback() {
    if (!m_active)
        return;
    m_active = false;
    // Joined: the outer transaction's owner decides. And an I/O error or a
    // full disk may already have rolled SQLite back.
    if (m_joined || !m_db.inTransaction())
        return;
    // Keep the error that caused the rollback, not the rollback's own.
    const QString error = m_db.lastError();
    const int code = m_db.lastErrorCode();
    m_db.exec("ROLLBACK");
    m_db.recordError(code, error);
}

} // namespace cc
