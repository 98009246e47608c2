#include "store/ProjectRecovery.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>
#include <functional>
#include <memory>
#include <sqlite3.h>
#include <vector>

namespace cc {

namespace {

// The files SQLite keeps beside a database. They travel with it: a stale
// -wal left beside a new file would be replayed into it.
const char *const kCompanions[] = {"-wal", "-shm", "-journal"};

// One read-only connection to a file that may be damaged.
class RawConnection {
public:
    RawConnection(const QString &path, bool immutable) {
        QByteArray name;
        int flags = SQLITE_OPEN_READONLY;
        if (immutable) {
            // immutable=1: no locks, no -wal or -shm; the file's bytes as they are.
            name = "file:" + QUrl::toPercentEncoding(QFileInfo(path).absoluteFilePath(), "/") +
                   "?immutable=1";
            flags |= SQLITE_OPEN_URI;
        } else {
            name = QFile::encodeName(path);
        }
        if (sqlite3_open_v2(name.constData(), &m_db, flags, nullptr) != SQLITE_OK) {
            m_error = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db))
                           : QStringLiteral("cannot open the file");
            sqlite3_close_v2(m_db);
            m_db = nullptr;
            return;
        }
        sqlite3_extended_result_codes(m_db, 1);
        sqlite3_busy_timeout(m_db, 2000);
        // A read-only connection can write nothing; writable_schema only makes
        // SQLite read a file shorter than its header says (cut short) instead
        // of refusing it whole, so the pages that are there can be read.
        sqlite3_exec(m_db, "PRAGMA writable_schema = ON", nullptr, nullptr, nullptr);
        sqlite3_exec(m_db, "PRAGMA cell_size_check = ON", nullptr, nullptr, nullptr);
    }
    ~RawConnection() { sqlite3_close_v2(m_db); }
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    // Runs `sql`, calling `row` for each row until the end or an error.
    // Returns the rows read; *error is set when it stopped early.
    int read(const char *sql, const std::function<void(sqlite3_stmt *)> &row, QString *error) {
        if (!m_db) {
            *error = m_error;
            return 0;
        }
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) != SQLITE_OK) {
            *error = QString::fromUtf8(sqlite3_errmsg(m_db));
            sqlite3_finalize(stmt);
            return 0;
        }
        int rows = 0;
        int rc;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            row(stmt);
            ++rows;
        }
        if (rc != SQLITE_DONE)
            *error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_finalize(stmt);
        return rows;
    }

private:
    sqlite3 *m_db = nullptr;
    QString m_error;
};

QString text(sqlite3_stmt *stmt, int column) {
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(stmt, column));
    return bytes ? QString::fromUtf8(bytes, sqlite3_column_bytes(stmt, column)) : QString();
}

Review readReview(sqlite3_stmt *stmt) {
    Review r;
    r.conflictId = text(stmt, 0);
    r.status = reviewStatusFromString(text(stmt, 1));
    if (sqlite3_column_type(stmt, 2) != SQLITE_NULL)
        r.chosenSide = sqlite3_column_int(stmt, 2);
    r.note = text(stmt, 3);
    r.sidesFingerprint = text(stmt, 4);
    r.summary = text(stmt, 5);
    if (sqlite3_column_type(stmt, 6) != SQLITE_NULL)
        r.updated = QDateTime::fromString(text(stmt, 6), Qt::ISODateWithMs);
    return r;
}

// One table read through each connection in turn; the most rows win, and a
// problem is kept only when no connection read the table to its end.
template <typename T>
void salvageTable(const std::vector<RawConnection *> &connections, const char *what,
                  const char *sql, const std::function<T(sqlite3_stmt *)> &convert,
                  std::vector<T> *out, QStringList *problems) {
    std::vector<T> best;
    QString bestError;
    bool complete = false;
    for (RawConnection *connection : connections) {
        std::vector<T> rows;
        QString error;
        connection->read(
            sql, [&](sqlite3_stmt *stmt) { rows.push_back(convert(stmt)); }, &error);
        if (error.isEmpty()) {
            best = std::move(rows);
            complete = true;
            break;
        }
        if (bestError.isEmpty() || rows.size() > best.size()) {
            best = std::move(rows);
            bestError = error;
        }
    }
    if (!complete) {
        problems->append(
            best.empty()
                ? QStringLiteral("%1: could not be read (%2)").arg(QLatin1String(what), bestError)
                : QStringLiteral("%1: %2 read, then it stopped (%3)")
                      .arg(QLatin1String(what))
                      .arg(best.size())
                      .arg(bestError));
    }
    *out = std::move(best);
}

} // namespace

QString ProjectRecovery::asidePathFor(const QString &path, const QDateTime &when) {
    const QString base =
        path + QStringLiteral(".damaged-") + when.toString(QStringLiteral("yyyyMMdd-HHmmss"));
    auto taken = [](const QString &candidate) {
        if (QFileInfo::exists(candidate))
            return true;
        for (const char *suffix : kCompanions) {
            if (QFileInfo::exists(candidate + QLatin1String(suffix)))
                return true;
        }
        return false;
    };
    QString candidate = base;
    for (int n = 2; taken(candidate); ++n)
        candidate = base + QLatin1Char('-') + QString::number(n);
    return candidate;
}

bool ProjectRecovery::setAside(const QString &path, QString *asidePath, QString *error) {
    const QString aside = asidePathFor(path, QDateTime::currentDateTime());
    auto fail = [&](const QString &what, const QFile &file) {
        if (error)
            *error = QStringLiteral("could not move %1 aside to %2: %3")
                         .arg(QDir::toNativeSeparators(what), QDir::toNativeSeparators(aside),
                              file.errorString());
        return false;
    };
    QFile main(path);
    if (!main.rename(aside))
        return fail(path, main);
    // The companions follow; if one cannot, everything goes back where it was.
    std::vector<QString> moved;
    for (const char *suffix : kCompanions) {
        const QString from = path + QLatin1String(suffix);
        if (!QFileInfo::exists(from))
            continue;
        QFile companion(from);
        if (!companion.rename(aside + QLatin1String(suffix))) {
            const bool failed = fail(from, companion);
            for (const QString &s : moved)
                QFile::rename(aside + s, path + s);
            QFile::rename(aside, path);
            return failed;
        }
        moved.push_back(QLatin1String(suffix));
    }
    if (asidePath)
        *asidePath = aside;
    return true;
}

SalvagedProject ProjectRecovery::salvage(const QString &path) {
    SalvagedProject result;
    // Committed pages may still be in the -wal: only a normal connection reads
    // them. Without one, the immutable connection alone reads the file and
    // creates no -wal or -shm beside it.
    const bool logged = QFileInfo(path + QStringLiteral("-wal")).size() > 0;
    RawConnection immutable(path, true);
    std::unique_ptr<RawConnection> normal;
    if (logged)
        normal = std::make_unique<RawConnection>(path, false);
    const std::vector<RawConnection *> connections =
        logged ? std::vector<RawConnection *>{normal.get(), &immutable}
               : std::vector<RawConnection *>{&immutable};

    salvageTable<Review>(connections, "reviews",
                         "SELECT conflict_id, status, chosen_side, note, sides_fingerprint, "
                         "summary, updated FROM reviews",
                         readReview, &result.reviews, &result.problems);
    salvageTable<EntityAlias>(
        connections, "entity aliases", "SELECT surface, canonical FROM aliases",
        [](sqlite3_stmt *stmt) {
            return EntityAlias{text(stmt, 0), text(stmt, 1)};
        },
        &result.aliases, &result.problems);
    std::vector<QString> keys;
    salvageTable<QString>(
        connections, "claim rejections", "SELECT key FROM rejected_claims",
        [](sqlite3_stmt *stmt) { return text(stmt, 0); }, &keys, &result.problems);
    result.rejectedClaimKeys = QStringList(keys.begin(), keys.end());
    return result;
}

std::unique_ptr<ProjectStore>
ProjectRecovery::openForRebuild(const QString &path, QString *error, RecoveryReport *report,
                                const ProjectStore::OpenOptions &options) {
    RecoveryReport local;
    RecoveryReport &r = report ? *report : local;
    r = RecoveryReport();
    auto refuse = [&](const QString &message) -> std::unique_ptr<ProjectStore> {
        if (error)
            *error = message;
        return nullptr;
    };

    ProjectStore::OpenFailure why = ProjectStore::OpenFailure::None;
    QString openError;
    std::unique_ptr<ProjectStore> store = ProjectStore::open(path, &openError, options, &why);
    if (store) {
        // A rebuild reads every file anyway: the whole-file check is in proportion.
        QString problem;
        if (store->check(&problem))
            return store;
        r.damage = QStringLiteral("the project %1 is damaged (%2)")
                       .arg(QDir::toNativeSeparators(path), problem);
        store.reset();
    } else if (why == ProjectStore::OpenFailure::Damaged ||
               why == ProjectStore::OpenFailure::NotADatabase) {
        r.damage = openError.section(QStringLiteral("; it was not changed"), 0, 0);
    } else {
        return refuse(openError);
    }
    if (options.readOnly)
        return refuse(r.damage + QStringLiteral("; it is open read-only, so it cannot be rebuilt "
                                                "in place. It was not changed"));

    QString moveError;
    if (!setAside(path, &r.asidePath, &moveError)) {
        // Another process may have rebuilt it a moment ago: use what is there now.
        if (!QFileInfo::exists(path))
            return ProjectStore::open(path, error, options);
        return refuse(r.damage + QStringLiteral("; ") + moveError +
                      QStringLiteral(". It was not changed"));
    }
    r.setAside = true;

    SalvagedProject salvaged = salvage(r.asidePath);
    r.problems = salvaged.problems;
    store = ProjectStore::open(path, &openError, options);
    if (!store)
        return refuse(QStringLiteral("the damaged project was moved aside to %1, but a new one "
                                     "could not be created: %2")
                          .arg(QDir::toNativeSeparators(r.asidePath), openError));
    QString importError;
    if (store->importAnalystData(salvaged.reviews, salvaged.aliases, salvaged.rejectedClaimKeys,
                                 &importError)) {
        r.reviews = static_cast<int>(salvaged.reviews.size());
        r.aliases = static_cast<int>(salvaged.aliases.size());
        r.rejectedClaims = static_cast<int>(salvaged.rejectedClaimKeys.size());
    } else {
        r.problems << QStringLiteral("nothing could be carried over: ") + importError;
    }
    return store;
}

} // namespace cc
