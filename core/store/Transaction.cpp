#include "store/Transaction.h"

#include "store/Database.h"

#include <QByteArray>

namespace cc {

namespace {
QByteArray savepointName(int level) {
    return "cc_sp" + QByteArray::number(level);
}
} // namespace

Transaction::Transaction(Database &db) : m_db(db) {
    m_level = db.transactionDepth() + 1;
    if (m_level == 1 && db.inTransaction()) {
        // Someone opened a transaction by hand: nest as a savepoint anyway.
        m_level = 2;
    }
    m_active =
        m_level == 1 ? db.exec("BEGIN IMMEDIATE") : db.exec("SAVEPOINT " + savepointName(m_level));
    if (m_active)
        db.setTransactionDepth(db.transactionDepth() + 1);
}

Transaction::~Transaction() {
    if (m_active)
        rollback();
}

bool Transaction::commit() {
    if (!m_active)
        return false;
    const bool ok =
        m_level == 1 ? m_db.exec("COMMIT") : m_db.exec("RELEASE " + savepointName(m_level));
    if (!ok)
        return false; // still active: the destructor rolls back
    m_active = false;
    m_db.setTransactionDepth(m_db.transactionDepth() - 1);
    return true;
}

void Transaction::rollback() {
    if (!m_active)
        return;
    m_active = false;
    m_db.setTransactionDepth(m_db.transactionDepth() - 1);
    // An I/O error or a full disk may already have rolled SQLite back.
    if (!m_db.inTransaction())
        return;
    // Keep the error that caused the rollback, not the rollback's own.
    const QString error = m_db.lastError();
    const int code = m_db.lastErrorCode();
    if (m_level == 1) {
        m_db.exec("ROLLBACK");
    } else {
        const QByteArray name = savepointName(m_level);
        m_db.exec("ROLLBACK TO " + name);
        m_db.exec("RELEASE " + name);
    }
    m_db.recordError(code, error);
}

} // namespace cc
