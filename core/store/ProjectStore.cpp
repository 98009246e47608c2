#include "store/ProjectStore.h"

#include "store/Database.h"
#include "store/JsonColumns.h"
#include "store/Migrations.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <algorithm>
#include <sqlite3.h>

namespace cc {

static_assert(ProjectStore::kSchemaVersion > 0);

namespace {

// SQLite's page cache per connection, in KiB: day to day, and while a scan's one large
// transaction is open.
constexpr qint64 kCacheKiB = 32 * 1024;
constexpr qint64 kScanCacheKiB = 256 * 1024;

QString busyMessage() {
    return QStringLiteral("the project is being updated by another Crosscheck process; try again "
                          "when it finishes");
}

// Every table of schema 1; a file of that version without one of them is damaged.
constexpr const char *kRequiredTables[] = {
    "documents",          "sentences", "entities",        "aliases",  "claims",      "conflicts",
    "conflict_documents", "reviews",   "rejected_claims", "settings", "sentence_fts"};
// What only the analyst can make: checked on every open (they are small).
constexpr const char *kAnalystTables[] = {"reviews", "aliases", "rejected_claims", "settings"};

quint32 bigEndian(const QByteArray &bytes, int at, int size) {
    quint32 value = 0;
    for (int i = 0; i < size; ++i)
        value = (value << 8) | static_cast<uchar>(bytes[at + i]);
    return value;
}

// True when a write-ahead log or rollback journal beside the file may hold
// pages the file itself does not have yet (an interrupted checkpoint).
bool hasPendingJournal(const QString &path) {
    return QFileInfo(path + QStringLiteral("-wal")).size() > 0 ||
           QFileInfo(path + QStringLiteral("-journal")).size() > 0;
}

// What the 100-byte header and the file's size say without SQLite: an
// impossible page size, or a file shorter than the page count its header
// records (cut short by a copy or a full disk). Empty when nothing is wrong.
QString headerProblem(const QByteArray &header, qint64 fileSize, bool journalPending) {
    quint32 pageSize = bigEndian(header, 16, 2);
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0)
        return QStringLiteral("its header gives an impossible page size");
    // Pages still in the log are written to the file by the next checkpoint.
    if (journalPending)
        return {};
    if (fileSize % pageSize != 0)
        return QStringLiteral("cut short: it ends inside a page");
    // The header's page count is valid only when its change counter (offset
    // 24) matches the "version valid for" number (offset 92).
    const quint32 pages = bigEndian(header, 28, 4);
    if (pages != 0 && bigEndian(header, 24, 4) == bigEndian(header, 92, 4) &&
        static_cast<qint64>(pages) * pageSize > fileSize)
        return QStringLiteral("cut short: %1 of its %2 pages are missing")
            .arg(static_cast<qint64>(pages) - fileSize / pageSize)
            .arg(pages);
    return {};
}

QString readOnlyMessage(const QString &path) {
    return QStringLiteral("the project %1 is read-only; nothing was changed")
        .arg(QDir::toNativeSeparators(path));
}

QString shortHash(const QString &text) {
    const QByteArray digest =
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex();
    return QString::fromLatin1(digest.left(16));
}

Severity severityFromString(const QString &text) {
    if (text == u"high")
        return Severity::High;
    if (text == u"low")
        return Severity::Low;
    return Severity::Medium;
}

QString dateTimeText(const QDateTime &dt) {
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// ---- documents -------------------------------------------------------------

// Columns read for a Document, in the order readDocument expects them.
#define CC_DOCUMENT_COLUMNS                                                                        \
    "d.path, d.content_hash, d.format, d.title, d.published_begin, d.published_end, "              \
    "d.published_precision, d.published_ambiguous, d.outlet, d.cited_sources, d.citations, "       \
    "d.warnings, d.file_size, d.file_modified, d.page_starts, d.table_rows, d.part_index"
constexpr int kDocumentColumnCount = 17;

Document readDocument(const Statement &s) {
    Document doc;
    doc.path = s.columnText(0);
    doc.contentHash = s.columnBlob(1);
    doc.format = s.columnText(2);
    doc.title = s.columnText(3);
    if (!s.isNull(6)) {
        DateInterval published;
        published.begin = JsonColumns::toDate(s.columnText(4));
        published.end = JsonColumns::toDate(s.columnText(5));
        published.precision = datePrecisionFromString(s.columnText(6));
        published.ambiguous = s.columnInt(7) != 0;
        doc.published = published;
    }
    doc.outlet = s.columnText(8);
    doc.citedSources = JsonColumns::toStringList(s.columnBlob(9));
    doc.citations = JsonColumns::toCitations(s.columnBlob(10));
    doc.warnings = JsonColumns::toStringList(s.columnBlob(11));
    doc.fileSize = s.columnInt(12);
    if (!s.isNull(13))
        doc.fileModified = QDateTime::fromMSecsSinceEpoch(s.columnInt(13));
    doc.pageStarts = JsonColumns::toOffsets(s.columnBlob(14));
    doc.tableRows = JsonColumns::toTableRows(s.columnBlob(15));
    doc.partIndex = static_cast<int>(s.columnInt(16));
    return doc;
}

// ---- claims ----------------------------------------------------------------

#define CC_CLAIM_COLUMNS                                                                           \
    "c.id, c.document, c.subject, c.subject_surface, c.attribute, c.scope, c.value_type, "         \
    "c.date_begin, c.date_end, c.date_precision, c.date_ambiguous, c.quantity_low, "               \
    "c.quantity_high, c.quantity_unit, c.quantity_dimension, c.quantity_approximate, c.term, "     \
    "c.exclusive, c.present, c.label, c.certainty, c.sentence_start, c.sentence_end, "             \
    "c.value_start, c.value_end, c.cp_sentence_start, c.cp_sentence_end, c.cp_value_start, "       \
    "c.cp_value_end, c.page, c.quote, c.claim_date, c.cited_sources, c.from_table, "               \
    "(r.key IS NOT NULL)"
// Rejection is not a column of claims: it is the analyst's, keyed by claimKey,
// and joined in so it survives the claim being re-extracted.
#define CC_CLAIM_FROM " FROM claims c LEFT JOIN rejected_claims r ON r.key = c.claim_key "
#define CC_CLAIM_ORDER " ORDER BY c.document, c.sentence_start, c.value_start, c.id"

Claim readClaim(const Statement &s) {
    Claim c;
    c.id = s.columnInt(0);
    c.document = s.columnText(1);
    c.subject = s.columnText(2);
    c.subjectSurface = s.columnText(3);
    c.attribute = s.columnText(4);
    c.scope = s.columnText(5);
    const QString type = s.columnText(6);
    if (type == u"date") {
        DateInterval d;
        d.begin = JsonColumns::toDate(s.columnText(7));
        d.end = JsonColumns::toDate(s.columnText(8));
        d.precision = datePrecisionFromString(s.columnText(9));
        d.ambiguous = s.columnInt(10) != 0;
        c.value = ClaimValue::fromDate(d);
    } else if (type == u"quantity") {
        Quantity q;
        q.low = s.columnOptionalDouble(11);
        q.high = s.columnOptionalDouble(12);
        q.unit = s.columnText(13);
        q.dimension = s.columnText(14);
        q.approximate = s.columnInt(15) != 0;
        c.value = ClaimValue::fromQuantity(q);
    } else if (type == u"category") {
        c.value = ClaimValue::fromCategory(s.columnText(16), s.columnInt(17) != 0);
    } else if (type == u"polarity") {
        c.value = ClaimValue::fromPolarity(s.columnInt(18) != 0);
    }
    c.label = s.columnText(19);
    c.certainty = certaintyFromString(s.columnText(20));
    c.sentenceStart = s.columnInt(21);
    c.sentenceEnd = s.columnInt(22);
    c.valueStart = s.columnInt(23);
    c.valueEnd = s.columnInt(24);
    c.cpSentenceStart = s.columnInt(25);
    c.cpSentenceEnd = s.columnInt(26);
    c.cpValueStart = s.columnInt(27);
    c.cpValueEnd = s.columnInt(28);
    c.page = static_cast<int>(s.columnInt(29));
    c.quote = s.columnText(30);
    c.claimDate = JsonColumns::toDate(s.columnText(31));
    c.citedSources = JsonColumns::toStringList(s.columnBlob(32));
    c.fromTable = s.columnInt(33) != 0;
    c.rejected = s.columnInt(34) != 0;
    return c;
}

std::vector<Claim> readClaims(Statement &s) {
    const Statement::ResetOnExit reset(s);
    std::vector<Claim> claims;
    while (s.step() == Statement::Step::Row)
        claims.push_back(readClaim(s));
    return claims;
}

// Binds every column of the claims INSERT below.
void bindClaim(Statement &s, const QString &document, const Claim &c) {
    s.bindText(1, document);
    s.bindText(2, ProjectStore::claimKey(c));
    s.bindText(3, c.subject);
    s.bindText(4, c.subjectSurface);
    s.bindText(5, c.attribute);
    s.bindText(6, c.scope);
    s.bindText(7, toString(c.value.type));
    if (c.value.type == ClaimValue::Type::Date) {
        s.bindOptionalText(8, JsonColumns::fromDate(c.value.date.begin));
        s.bindOptionalText(9, JsonColumns::fromDate(c.value.date.end));
        s.bindText(10, toString(c.value.date.precision));
        s.bindInt(11, c.value.date.ambiguous ? 1 : 0);
    } else {
        s.bindNull(8);
        s.bindNull(9);
        s.bindNull(10);
        s.bindInt(11, 0);
    }
    s.bindOptionalDouble(12, c.value.quantity.low);
    s.bindOptionalDouble(13, c.value.quantity.high);
    s.bindText(14, c.value.quantity.unit);
    s.bindText(15, c.value.quantity.dimension);
    s.bindInt(16, c.value.quantity.approximate ? 1 : 0);
    s.bindText(17, c.value.term);
    s.bindInt(18, c.value.exclusive ? 1 : 0);
    s.bindInt(19, c.value.present ? 1 : 0);
    s.bindText(20, c.value.toKey());
    s.bindText(21, c.label);
    s.bindText(22, toString(c.certainty));
    s.bindInt(23, c.sentenceStart);
    s.bindInt(24, c.sentenceEnd);
    s.bindInt(25, c.valueStart);
    s.bindInt(26, c.valueEnd);
    s.bindInt(27, c.cpSentenceStart);
    s.bindInt(28, c.cpSentenceEnd);
    s.bindInt(29, c.cpValueStart);
    s.bindInt(30, c.cpValueEnd);
    s.bindInt(31, c.page);
    s.bindText(32, c.quote);
    s.bindOptionalText(33, JsonColumns::fromDate(c.claimDate));
    s.bindText(34, JsonColumns::fromStringList(c.citedSources));
    s.bindInt(35, c.fromTable ? 1 : 0);
}

constexpr const char *kInsertClaim =
    "INSERT INTO claims (document, claim_key, subject, subject_surface, attribute, scope, "
    "value_type, date_begin, date_end, date_precision, date_ambiguous, quantity_low, "
    "quantity_high, quantity_unit, quantity_dimension, quantity_approximate, term, exclusive, "
    "present, value_key, label, certainty, sentence_start, sentence_end, value_start, value_end, "
    "cp_sentence_start, cp_sentence_end, cp_value_start, cp_value_end, page, quote, claim_date, "
    "cited_sources, from_table) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, "
    "?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, "
    "?32, ?33, ?34, ?35)";

// ---- conflicts and reviews -------------------------------------------------

#define CC_CONFLICT_SELECT                                                                         \
    "SELECT c.id, c.kind, c.severity, c.why, c.subject, c.attribute, c.attribute_label, "          \
    "c.scope, c.intra_document, c.sides, c.sides_fingerprint, r.conflict_id IS NOT NULL, "         \
    "r.status, r.chosen_side, r.note, r.sides_fingerprint "                                        \
    "FROM conflicts c LEFT JOIN reviews r ON r.conflict_id = c.id "

Conflict readConflict(const Statement &s) {
    Conflict c;
    c.id = s.columnText(0);
    c.kind = conflictKindFromString(s.columnText(1));
    c.severity = severityFromString(s.columnText(2));
    c.why = s.columnText(3);
    c.subject = s.columnText(4);
    c.attribute = s.columnText(5);
    c.attributeLabel = s.columnText(6);
    c.scope = s.columnText(7);
    c.intraDocument = s.columnInt(8) != 0;
    c.sides = JsonColumns::toSides(s.columnBlob(9));
    if (s.columnInt(11) != 0) {
        c.status = reviewStatusFromString(s.columnText(12));
        if (!s.isNull(13))
            c.chosenSide = static_cast<int>(s.columnInt(13));
        c.note = s.columnText(14);
        // The fingerprint stored with the conflict is its sidesFingerprint() when detected.
        c.changedSinceReview = s.columnText(15) != s.columnText(10);
    }
    return c;
}

std::vector<Conflict> readConflicts(Statement &s) {
    const Statement::ResetOnExit reset(s);
    std::vector<Conflict> conflicts;
    while (s.step() == Statement::Step::Row)
        conflicts.push_back(readConflict(s));
    return conflicts;
}

#define CC_REVIEW_SELECT                                                                           \
    "SELECT r.conflict_id, r.status, r.chosen_side, r.note, r.sides_fingerprint, r.summary, "      \
    "r.updated FROM reviews r "

Review readReview(const Statement &s) {
    Review r;
    r.conflictId = s.columnText(0);
    r.status = reviewStatusFromString(s.columnText(1));
    if (!s.isNull(2))
        r.chosenSide = static_cast<int>(s.columnInt(2));
    r.note = s.columnText(3);
    r.sidesFingerprint = s.columnText(4);
    r.summary = s.columnText(5);
    if (!s.isNull(6))
        r.updated = QDateTime::fromString(s.columnText(6), Qt::ISODateWithMs);
    return r;
}

std::vector<Review> readReviews(Statement &s) {
    const Statement::ResetOnExit reset(s);
    std::vector<Review> reviews;
    while (s.step() == Statement::Step::Row)
        reviews.push_back(readReview(s));
    return reviews;
}

// What a person reads for a review whose conflict may later vanish.
QString conflictSummary(const QString &subject, const QString &attributeLabel, const QString &scope,
                        const QString &kind) {
    QString text = subject + QStringLiteral(": ") + attributeLabel;
    if (!scope.isEmpty())
        text += QStringLiteral(" (") + scope + QLatin1Char(')');
    return text + QStringLiteral(" — ") + kind + QStringLiteral(" conflict");
}

// The analyst's words as an FTS5 query: every word must occur, each word
// quoted so that punctuation and FTS operators in it are taken literally;
// a trailing '*' keeps its meaning of "starts with".
QString ftsQuery(const QString &query) {
    QStringList terms;
    for (QString word :
         query.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        bool prefix = false;
        if (word.size() > 1 && word.endsWith(QLatin1Char('*'))) {
            prefix = true;
            word.chop(1);
        }
        word.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        terms << QLatin1Char('"') + word + QLatin1Char('"') +
                     (prefix ? QStringLiteral("*") : QString());
    }
    return terms.join(QLatin1Char(' '));
}

} // namespace

// ---- opening ---------------------------------------------------------------

ProjectStore::ProjectStore(std::unique_ptr<Database> db, bool readOnly)
    : m_db(std::move(db)), m_readOnly(readOnly) {}

ProjectStore::~ProjectStore() {
    // An unfinished scan leaves the previous state.
    m_scan.reset();
}

std::unique_ptr<ProjectStore> ProjectStore::open(const QString &path, QString *error) {
    return open(path, error, OpenOptions{}, nullptr);
}

std::unique_ptr<ProjectStore> ProjectStore::open(const QString &path, QString *error,
                                                 const OpenOptions &options) {
    return open(path, error, options, nullptr);
}

std::unique_ptr<ProjectStore> ProjectStore::open(const QString &path, QString *error,
                                                 const OpenOptions &options,
                                                 OpenFailure *failureKind) {
    const QString shown = QDir::toNativeSeparators(path);
    if (failureKind)
        *failureKind = OpenFailure::None;
    auto refuseAs = [&](OpenFailure kind, const QString &message) -> std::unique_ptr<ProjectStore> {
        if (error)
            *error = message;
        if (failureKind)
            *failureKind = kind;
        return nullptr;
    };
    const QString unchanged = QStringLiteral("; it was not changed");
    auto damaged = [&](const QString &detail) {
        return refuseAs(OpenFailure::Damaged, damagedMessage(path, detail));
    };
    auto notADatabase = [&]() {
        return refuseAs(
            OpenFailure::NotADatabase,
            QStringLiteral("%1 is not a Crosscheck project (not an SQLite database)").arg(shown) +
                unchanged);
    };
    auto foreign = [&]() {
        return refuseAs(OpenFailure::ForeignDatabase,
                        QStringLiteral("%1 is an SQLite database of another program, not a "
                                       "Crosscheck project")
                                .arg(shown) +
                            unchanged);
    };

    // Look at the bytes before SQLite does: a file that is not a database, or
    // one visibly cut short, is never handed to it, so nothing can write to it.
    const QFileInfo info(path);
    if (info.exists()) {
        if (!info.isFile())
            return refuseAs(OpenFailure::Other, QStringLiteral("%1 is not a file").arg(shown));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return refuseAs(
                OpenFailure::Other,
                QStringLiteral("cannot read the project %1: %2").arg(shown, file.errorString()));
        const QByteArray header = file.read(100);
        static const QByteArray magic("SQLite format 3\0", 16);
        if (!header.isEmpty() && !header.startsWith(magic))
            return notADatabase();
        if (!header.isEmpty() && header.size() < 100)
            return damaged(QStringLiteral("cut short"));
        if (!header.isEmpty()) {
            const QString problem = headerProblem(header, file.size(), hasPendingJournal(path));
            if (!problem.isEmpty())
                return damaged(problem);
        }
    } else if (options.readOnly) {
        return refuseAs(OpenFailure::Missing,
                        QStringLiteral("there is no project file at %1").arg(shown));
    }

    QString openError;
    std::unique_ptr<Database> db = Database::open(path, options.readOnly, &openError);
    if (!db)
        return refuseAs(OpenFailure::Other,
                        QStringLiteral("cannot open the project %1: %2").arg(shown, openError));
    db->setBusyTimeout(options.busyTimeoutMs);

    auto failure = [&](const QString &what) -> std::unique_ptr<ProjectStore> {
        const int primary = db->lastErrorCode() & 0xff;
        if (db->lastErrorWasBusy())
            return refuseAs(OpenFailure::Busy, busyMessage());
        if (primary == SQLITE_NOTADB)
            return notADatabase();
        if (primary == SQLITE_CORRUPT)
            return damaged(db->lastError());
        return refuseAs(
            OpenFailure::Other,
            QStringLiteral("cannot %1 the project %2: %3").arg(what, shown, db->lastError()));
    };

    // Read-only checks first: nothing is written until the file is known to be ours.
    bool ok = false;
    const qint64 version = db->queryInt("PRAGMA user_version", &ok);
    if (!ok)
        return failure(QStringLiteral("read"));
    if (version > kSchemaVersion)
        return refuseAs(OpenFailure::NewerVersion,
                        QStringLiteral("%1 was written by a newer Crosscheck (schema %2; this "
                                       "build reads up to %3)")
                                .arg(shown)
                                .arg(version)
                                .arg(kSchemaVersion) +
                            unchanged);
    if (version > 0) {
        const qint64 applicationId = db->queryInt("PRAGMA application_id", &ok);
        if (!ok)
            return failure(QStringLiteral("read"));
        if (applicationId != Migrations::kApplicationId)
            return foreign();
    }
    // The tables this build expects of the file's version (none for a new, empty file).
    QSet<QString> tables;
    {
        Statement s = db->prepare("SELECT name FROM sqlite_schema WHERE type = 'table'");
        Statement::Step step;
        while ((step = s.step()) == Statement::Step::Row)
            tables.insert(s.columnText(0));
        if (step == Statement::Step::Error)
            return failure(QStringLiteral("read"));
    }
    if (version == 0 && !tables.isEmpty())
        return foreign();
    if (version > 0) {
        for (const char *table : kRequiredTables) {
            if (!tables.contains(QLatin1String(table)))
                return damaged(QStringLiteral("the table %1 is missing").arg(QLatin1String(table)));
        }
    }

    // Check b-tree pages as they are read, so damage anywhere is met early
    // (SQLITE_CORRUPT, remembered by the connection) rather than misread.
    db->exec("PRAGMA cell_size_check = ON");
    // Not a whole-file quick_check (it reads every page: seconds for a big
    // project): only the analyst's own tables, the one thing a scan cannot
    // rebuild. The rest is checked as it is read, and in full by check()
    // (scan --rebuild). docs/reliability.md explains the choice.
    if (version > 0) {
        for (const char *table : kAnalystTables) {
            const QString result =
                db->queryText(QByteArray("PRAGMA quick_check(") + table + ')', &ok);
            if (!ok)
                return failure(QStringLiteral("check"));
            if (result != u"ok")
                return damaged(result);
        }
    }

    const bool readOnly = options.readOnly || db->isReadOnlyFile();
    // Schema 2 only added indexes: a schema-1 file reads as it is, just slower.
    if (readOnly && version < kOldestReadableVersion) {
        if (version == 0)
            return refuseAs(OpenFailure::ReadOnly,
                            QStringLiteral("the project %1 is read-only and empty; a project needs "
                                           "write access to be created")
                                .arg(shown));
        return refuseAs(OpenFailure::ReadOnly,
                        QStringLiteral("the project %1 is read-only and needs upgrading from "
                                       "schema %2 to %3, which needs write access")
                                .arg(shown)
                                .arg(version)
                                .arg(kSchemaVersion) +
                            unchanged);
    }

    if (readOnly) {
        db->exec("PRAGMA query_only = ON");
    } else {
        // WAL: readers (the UI) never wait for the scan's writer.
        if (db->queryText("PRAGMA journal_mode", &ok) != u"wal") {
            db->queryText("PRAGMA journal_mode = WAL", &ok);
            if (!ok)
                return failure(QStringLiteral("set up"));
        }
        // Reviews must survive a power loss; beginScan relaxes this for the scan.
        db->exec("PRAGMA synchronous = FULL");
        // A big scan grows the WAL; give the space back after checkpoints.
        db->exec("PRAGMA journal_size_limit = 67108864");
    }
    db->exec("PRAGMA foreign_keys = ON");
    db->exec("PRAGMA cache_size = -" + QByteArray::number(kCacheKiB));

    if (!readOnly && version < kSchemaVersion) {
        QString migrateError;
        if (!Migrations::migrate(*db, static_cast<int>(version), &migrateError)) {
            if (db->lastErrorWasBusy())
                return refuseAs(OpenFailure::Busy, busyMessage());
            return refuseAs(
                OpenFailure::Other,
                QStringLiteral("cannot set up the project %1: %2").arg(shown, migrateError));
        }
    }
    return std::unique_ptr<ProjectStore>(new ProjectStore(std::move(db), readOnly));
}

bool ProjectStore::check(QString *problem, CheckDepth depth) {
    bool ok = false;
    if (m_db->corruptionSeen()) {
        if (problem)
            *problem = m_db->corruptionMessage();
        return false;
    }
    // Up to ten findings: enough to say what is wrong without listing every page.
    Statement s = m_db->prepare(depth == CheckDepth::Full ? "PRAGMA integrity_check(10)"
                                                          : "PRAGMA quick_check(10)");
    QStringList findings;
    Statement::Step step;
    while ((step = s.step()) == Statement::Step::Row)
        findings << s.columnText(0);
    ok = step == Statement::Step::Done && findings == QStringList{QStringLiteral("ok")};
    if (ok)
        return true;
    if (step == Statement::Step::Error)
        findings << m_db->lastError(); // recorded by the statement (corruption or not)
    else
        m_db->recordError(SQLITE_CORRUPT, findings.join(QStringLiteral("; ")));
    if (problem)
        *problem = findings.join(QStringLiteral("; "));
    return false;
}

int ProjectStore::synchronousLevel() const {
    return static_cast<int>(m_db->queryInt("PRAGMA synchronous"));
}

bool ProjectStore::isDamaged() const {
    return m_db->corruptionSeen();
}

QString ProjectStore::damageMessage() const {
    return m_db->corruptionSeen() ? damagedMessage(path(), m_db->corruptionMessage()) : QString();
}

QString ProjectStore::damagedMessage(const QString &path, const QString &detail) {
    return QStringLiteral("the project %1 is damaged (%2); it was not changed. Rebuild it "
                          "(crosscheck scan FOLDER --rebuild) to set it aside and scan the folder "
                          "into a new one, keeping the reviews that can still be read")
        .arg(QDir::toNativeSeparators(path), detail);
}

QString ProjectStore::defaultPathFor(const QString &folder) {
    const QString dir = QDir(folder).absolutePath();
    // Permission bits lie to root and to some network file systems: try it.
    QTemporaryFile probe(dir + QStringLiteral("/.crosscheck.sqlite-probe-XXXXXX"));
    if (probe.open()) {
        probe.close();
        probe.remove();
        return dir + QStringLiteral("/.crosscheck.sqlite");
    }
    QString base;
    if (!QCoreApplication::applicationName().isEmpty())
        base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (base.isEmpty())
        base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
               QStringLiteral("/crosscheck");
    const QString projects = base + QStringLiteral("/projects");
    QDir().mkpath(projects);
    QString canonical = QFileInfo(dir).canonicalFilePath();
    if (canonical.isEmpty())
        canonical = dir;
    const QByteArray key =
        QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha1).toHex();
    return projects + QLatin1Char('/') + QString::fromLatin1(key) + QStringLiteral(".sqlite");
}

QString ProjectStore::path() const {
    return m_db->path();
}

bool ProjectStore::isReadOnly() const {
    return m_readOnly;
}

bool ProjectStore::inScan() const {
    return m_scan != nullptr;
}

bool ProjectStore::checkWritable(QString *error) const {
    // Damage seen by any earlier call: nothing more is written to the file.
    if (m_db->corruptionSeen()) {
        if (error)
            *error = damageMessage();
        return false;
    }
    if (!m_readOnly)
        return true;
    if (error)
        *error = readOnlyMessage(path());
    return false;
}

bool ProjectStore::fail(QString *error, const QString &action) const {
    if (!error)
        return false;
    const int primary = m_db->lastErrorCode() & 0xff;
    if (m_db->lastErrorWasBusy())
        *error = busyMessage();
    else if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
        *error = damagedMessage(path(), m_db->lastError());
    else if (primary == SQLITE_READONLY)
        *error = readOnlyMessage(path());
    else
        *error = QStringLiteral("could not %1 in the project %2: %3")
                     .arg(action, QDir::toNativeSeparators(path()), m_db->lastError());
    return false;
}

// ---- the scan transaction --------------------------------------------------

bool ProjectStore::beginScan(QString *error) {
    if (!checkWritable(error))
        return false;
    if (m_scan) {
        if (error)
            *error = QStringLiteral("a scan of this project is already running");
        return false;
    }
    // One scan is replayable from the folder: losing its last commit to a power
    // cut is acceptable, corrupting the file is not (WAL keeps it consistent).
    m_db->exec("PRAGMA synchronous = NORMAL");
    // A scan is one large transaction: pages that leave the cache before its COMMIT are
    // written to the log, and written again each time they change after that. A larger
    // cache while scanning writes each page about once (kScanCacheKiB, given back after).
    m_db->exec("PRAGMA cache_size = -" + QByteArray::number(kScanCacheKiB));
    auto scan = std::make_unique<Transaction>(*m_db);
    if (!scan->isActive()) {
        m_db->exec("PRAGMA synchronous = FULL");
        return fail(error, QStringLiteral("start the scan"));
    }
    m_scan = std::move(scan);
    return true;
}

bool ProjectStore::commitScan(QString *error) {
    if (!m_scan) {
        if (error)
            *error = QStringLiteral("no scan of this project is running");
        return false;
    }
    // A read during the scan met damage: what it built may rest on rows it
    // could not see, so none of it is kept.
    if (m_db->corruptionSeen()) {
        rollbackScan();
        if (error)
            *error = damageMessage();
        return false;
    }
    const bool ok = m_scan->commit();
    m_scan.reset(); // rolls back when the commit failed
    m_db->exec("PRAGMA synchronous = FULL");
    m_db->exec("PRAGMA cache_size = -" + QByteArray::number(kCacheKiB));
    return ok || fail(error, QStringLiteral("save the scan"));
}

void ProjectStore::rollbackScan() {
    m_scan.reset();
    m_db->exec("PRAGMA synchronous = FULL");
    m_db->exec("PRAGMA cache_size = -" + QByteArray::number(kCacheKiB));
}

// ---- documents -------------------------------------------------------------

std::map<QString, StoredDocumentState> ProjectStore::documentStates() const {
    std::map<QString, StoredDocumentState> states;
    Statement &s =
        m_db->cached("SELECT path, content_hash, engine_version, lexicon_hash, file_size, "
                     "file_modified FROM documents");
    const Statement::ResetOnExit reset(s);
    while (s.step() == Statement::Step::Row)
        states[s.columnText(0)] = {s.columnBlob(1), s.columnText(2), s.columnBlob(3),
                                   s.columnInt(4), s.columnInt(5)};
    return states;
}

bool ProjectStore::putDocument(const Document &doc, const std::vector<Sentence> &sentences,
                               const std::vector<Claim> &claims, const QStringList &entities,
                               const StoredDocumentState &state, QString *error) {
    if (!checkWritable(error))
        return false;
    const QString action = QStringLiteral("save %1").arg(doc.path);
    Transaction txn(*m_db);
    if (!txn.isActive())
        return fail(error, action);

    // Replacing updates the row in place and deletes the old extraction
    // explicitly: deleting the row would cascade, and a cascading statement
    // opens a statement savepoint, which makes FTS5 flush its pending index
    // (a segment per document: a re-scan of every document ran twice as slow).
    Statement &exists = m_db->cached("SELECT 1 FROM documents WHERE path = ?1");
    exists.bindText(1, doc.path);
    const Statement::Step found = exists.step();
    exists.reset();
    if (found == Statement::Step::Error)
        return fail(error, action);
    const bool replacing = found == Statement::Step::Row;
    if (replacing && !deleteExtraction(doc.path))
        return fail(error, action);

    // Both statements number their parameters alike.
    Statement &insert =
        replacing
            ? m_db->cached(
                  "UPDATE documents SET content_hash = ?2, format = ?3, title = ?4, "
                  "published_begin = ?5, published_end = ?6, published_precision = ?7, "
                  "published_ambiguous = ?8, outlet = ?9, cited_sources = ?10, citations = ?11, "
                  "text = ?12, warnings = ?13, file_size = ?14, file_modified = ?15, "
                  "page_starts = ?16, table_rows = ?17, part_index = ?18, engine_version = ?19, "
                  "lexicon_hash = ?20 WHERE path = ?1")
            : m_db->cached(
                  "INSERT INTO documents (path, content_hash, format, title, published_begin, "
                  "published_end, published_precision, published_ambiguous, outlet, "
                  "cited_sources, citations, text, warnings, file_size, file_modified, "
                  "page_starts, table_rows, part_index, engine_version, lexicon_hash) VALUES "
                  "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, "
                  "?18, ?19, ?20)");
    insert.bindText(1, doc.path);
    insert.bindText(2, state.contentHash.isEmpty() ? doc.contentHash : state.contentHash);
    insert.bindText(3, doc.format);
    insert.bindText(4, doc.title);
    if (doc.published) {
        insert.bindOptionalText(5, JsonColumns::fromDate(doc.published->begin));
        insert.bindOptionalText(6, JsonColumns::fromDate(doc.published->end));
        insert.bindText(7, toString(doc.published->precision));
        insert.bindInt(8, doc.published->ambiguous ? 1 : 0);
    } else {
        insert.bindNull(5);
        insert.bindNull(6);
        insert.bindNull(7);
        insert.bindInt(8, 0);
    }
    insert.bindText(9, doc.outlet);
    insert.bindText(10, JsonColumns::fromStringList(doc.citedSources));
    insert.bindText(11, JsonColumns::fromCitations(doc.citations));
    insert.bindText(12, doc.text);
    insert.bindText(13, JsonColumns::fromStringList(doc.warnings));
    insert.bindInt(14, doc.fileSize);
    if (doc.fileModified.isValid())
        insert.bindInt(15, doc.fileModified.toMSecsSinceEpoch());
    else
        insert.bindNull(15);
    insert.bindText(16, JsonColumns::fromOffsets(doc.pageStarts));
    insert.bindText(17, JsonColumns::fromTableRows(doc.tableRows));
    insert.bindInt(18, doc.partIndex);
    insert.bindText(19, state.engineVersion);
    insert.bindText(20, state.lexiconHash);
    if (!insert.run())
        return fail(error, action);

    Statement &sentence =
        m_db->cached("INSERT INTO sentences (document, start_offset, end_offset, kind, page, "
                     "cells, language) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    Statement &fts = m_db->cached("INSERT INTO sentence_fts (rowid, text) VALUES (?1, ?2)");
    const qsizetype textSize = doc.text.size();
    for (const Sentence &s : sentences) {
        sentence.reset();
        sentence.bindText(1, doc.path);
        sentence.bindInt(2, s.start);
        sentence.bindInt(3, s.end);
        sentence.bindText(4, JsonColumns::fromSentenceKind(s.kind));
        sentence.bindInt(5, s.page);
        if (s.cells.isEmpty())
            sentence.bindNull(6);
        else
            sentence.bindText(6, JsonColumns::fromStringList(s.cells));
        sentence.bindText(7, s.language);
        if (!sentence.run())
            return fail(error, action);
        const qsizetype start = std::clamp<qsizetype>(s.start, 0, textSize);
        const qsizetype end = std::clamp<qsizetype>(s.end, start, textSize);
        fts.reset();
        fts.bindInt(1, m_db->lastInsertRowId());
        fts.bindText(2, QStringView(doc.text).mid(start, end - start).toUtf8());
        if (!fts.run())
            return fail(error, action);
    }

    Statement &entity =
        m_db->cached("INSERT INTO entities (document, ordinal, name) VALUES (?1, ?2, ?3)");
    for (qsizetype i = 0; i < entities.size(); ++i) {
        entity.reset();
        entity.bindText(1, doc.path);
        entity.bindInt(2, i);
        entity.bindText(3, entities[i]);
        if (!entity.run())
            return fail(error, action);
    }

    // Claims belong to the document they are stored with, whatever their own field says.
    Statement &claim = m_db->cached(kInsertClaim);
    for (const Claim &c : claims) {
        claim.reset();
        bindClaim(claim, doc.path, c);
        if (!claim.run())
            return fail(error, action);
    }
    return txn.commit() || fail(error, action);
}

bool ProjectStore::removeDocument(const QString &path, QString *error) {
    if (!checkWritable(error))
        return false;
    const QString action = QStringLiteral("remove %1").arg(path);
    Transaction txn(*m_db);
    if (!txn.isActive())
        return fail(error, action);
    if (!deleteExtraction(path))
        return fail(error, action);
    // The cascade finds nothing left to delete; it keeps the schema honest.
    Statement &s = m_db->cached("DELETE FROM documents WHERE path = ?1");
    s.bindText(1, path);
    if (!s.run())
        return fail(error, action);
    return txn.commit() || fail(error, action);
}

bool ProjectStore::deleteExtraction(const QString &path) {
    // The full-text rows first, one by one: a single-row delete from the FTS
    // table needs no statement savepoint (see putDocument).
    std::vector<qint64> ids;
    {
        Statement &s = m_db->cached("SELECT id FROM sentences WHERE document = ?1");
        const Statement::ResetOnExit reset(s);
        s.bindText(1, path);
        Statement::Step step;
        while ((step = s.step()) == Statement::Step::Row)
            ids.push_back(s.columnInt(0));
        if (step == Statement::Step::Error)
            return false;
    }
    Statement &fts = m_db->cached("DELETE FROM sentence_fts WHERE rowid = ?1");
    for (qint64 id : ids) {
        fts.reset();
        fts.bindInt(1, id);
        if (!fts.run())
            return false;
    }
    for (const char *sql :
         {"DELETE FROM sentences WHERE document = ?1", "DELETE FROM entities WHERE document = ?1",
          "DELETE FROM claims WHERE document = ?1"}) {
        Statement &s = m_db->cached(sql);
        s.bindText(1, path);
        if (!s.run())
            return false;
    }
    return true;
}

std::vector<Document> ProjectStore::documents(bool withText) const {
    Statement &s =
        withText ? m_db->cached("SELECT " CC_DOCUMENT_COLUMNS
                                ", d.text FROM documents d ORDER BY d.path")
                 : m_db->cached("SELECT " CC_DOCUMENT_COLUMNS " FROM documents d ORDER BY d.path");
    const Statement::ResetOnExit reset(s);
    std::vector<Document> docs;
    while (s.step() == Statement::Step::Row) {
        docs.push_back(readDocument(s));
        if (withText)
            docs.back().text = s.columnText(kDocumentColumnCount);
    }
    return docs;
}

std::optional<Document> ProjectStore::document(const QString &path) const {
    Statement &s =
        m_db->cached("SELECT " CC_DOCUMENT_COLUMNS ", d.text FROM documents d WHERE d.path = ?1");
    const Statement::ResetOnExit reset(s);
    s.bindText(1, path);
    if (s.step() != Statement::Step::Row)
        return std::nullopt;
    Document doc = readDocument(s);
    doc.text = s.columnText(kDocumentColumnCount);
    return doc;
}

std::vector<Sentence> ProjectStore::sentences(const QString &path) const {
    Statement &s = m_db->cached("SELECT start_offset, end_offset, kind, page, cells, language "
                                "FROM sentences WHERE document = ?1 ORDER BY start_offset, id");
    const Statement::ResetOnExit reset(s);
    s.bindText(1, path);
    std::vector<Sentence> result;
    while (s.step() == Statement::Step::Row) {
        Sentence sentence;
        sentence.start = s.columnInt(0);
        sentence.end = s.columnInt(1);
        sentence.kind = JsonColumns::toSentenceKind(s.columnText(2));
        sentence.page = static_cast<int>(s.columnInt(3));
        if (!s.isNull(4))
            sentence.cells = JsonColumns::toStringList(s.columnBlob(4));
        sentence.language = s.columnText(5);
        result.push_back(std::move(sentence));
    }
    return result;
}

std::vector<DocumentSummary> ProjectStore::documentsWithCounts() const {
    Statement &s =
        m_db->cached("SELECT " CC_DOCUMENT_COLUMNS ", "
                     "(SELECT count(*) FROM sentences s WHERE s.document = d.path), "
                     "(SELECT count(*) FROM claims c WHERE c.document = d.path), "
                     "(SELECT count(*) FROM conflict_documents x WHERE x.document = d.path) "
                     "FROM documents d ORDER BY d.path");
    const Statement::ResetOnExit reset(s);
    std::vector<DocumentSummary> result;
    while (s.step() == Statement::Step::Row) {
        DocumentSummary summary;
        summary.document = readDocument(s);
        summary.sentences = static_cast<int>(s.columnInt(kDocumentColumnCount));
        summary.claims = static_cast<int>(s.columnInt(kDocumentColumnCount + 1));
        summary.conflicts = static_cast<int>(s.columnInt(kDocumentColumnCount + 2));
        result.push_back(std::move(summary));
    }
    return result;
}

QStringList ProjectStore::entities(const QString &path) const {
    Statement &s = m_db->cached("SELECT name FROM entities WHERE document = ?1 ORDER BY ordinal");
    const Statement::ResetOnExit reset(s);
    s.bindText(1, path);
    QStringList names;
    while (s.step() == Statement::Step::Row)
        names << s.columnText(0);
    return names;
}

std::vector<QStringList> ProjectStore::entitiesInOrder() const {
    Statement &s = m_db->cached("SELECT d.path, e.name FROM documents d LEFT JOIN entities e "
                                "ON e.document = d.path ORDER BY d.path, e.ordinal");
    const Statement::ResetOnExit reset(s);
    std::vector<QStringList> result;
    QString current;
    while (s.step() == Statement::Step::Row) {
        const QString path = s.columnText(0);
        if (result.empty() || path != current) {
            result.emplace_back();
            current = path;
        }
        if (!s.isNull(1))
            result.back() << s.columnText(1);
    }
    return result;
}

// ---- claims ----------------------------------------------------------------

std::vector<Claim> ProjectStore::claims() const {
    return readClaims(m_db->cached("SELECT " CC_CLAIM_COLUMNS CC_CLAIM_FROM CC_CLAIM_ORDER));
}

std::vector<Claim> ProjectStore::claimsForDocument(const QString &path) const {
    Statement &s = m_db->cached("SELECT " CC_CLAIM_COLUMNS CC_CLAIM_FROM
                                "WHERE c.document = ?1" CC_CLAIM_ORDER);
    s.bindText(1, path);
    return readClaims(s);
}

std::vector<Claim> ProjectStore::claimsPage(qsizetype offset, qsizetype limit) const {
    Statement &s =
        m_db->cached("SELECT " CC_CLAIM_COLUMNS CC_CLAIM_FROM CC_CLAIM_ORDER " LIMIT ?1 OFFSET ?2");
    s.bindInt(1, std::max<qsizetype>(limit, 0));
    s.bindInt(2, std::max<qsizetype>(offset, 0));
    return readClaims(s);
}

qsizetype ProjectStore::claimCount() const {
    Statement &s = m_db->cached("SELECT count(*) FROM claims");
    const Statement::ResetOnExit reset(s);
    return s.step() == Statement::Step::Row ? s.columnInt(0) : 0;
}

bool ProjectStore::updateClaimSubjects(const std::vector<Claim> &claims, QString *error) {
    if (!checkWritable(error))
        return false;
    const QString action = QStringLiteral("update claim subjects");
    Transaction txn(*m_db);
    if (!txn.isActive())
        return fail(error, action);
    // Unchanged rows are matched but not rewritten.
    Statement &s =
        m_db->cached("UPDATE claims SET subject = ?1 WHERE id = ?2 AND subject IS NOT ?1");
    for (const Claim &c : claims) {
        if (c.id == 0)
            continue;
        s.reset();
        s.bindText(1, c.subject);
        s.bindInt(2, c.id);
        if (!s.run())
            return fail(error, action);
    }
    return txn.commit() || fail(error, action);
}

QString ProjectStore::claimKey(const Claim &claim) {
    const QChar sep(0x1f);
    return shortHash(claim.document + sep + claim.quote.simplified() + sep + claim.attribute + sep +
                     claim.value.toKey());
}

bool ProjectStore::setClaimRejected(const Claim &claim, bool rejected, QString *error) {
    if (!checkWritable(error))
        return false;
    const QString action = QStringLiteral("mark a claim");
    Transaction txn(*m_db);
    if (!txn.isActive())
        return fail(error, action);
    Statement &s = rejected
                       ? m_db->cached("INSERT OR IGNORE INTO rejected_claims (key) VALUES (?1)")
                       : m_db->cached("DELETE FROM rejected_claims WHERE key = ?1");
    s.bindText(1, claimKey(claim));
    if (!s.run())
        return fail(error, action);
    return txn.commit() || fail(error, action);
}

QStringList ProjectStore::rejectedClaimKeys() const {
    Statement &s = m_db->cached("SELECT key FROM rejected_claims ORDER BY key");
    const Statement::ResetOnExit reset(s);
    QStringList keys;
    while (s.step() == Statement::Step::Row)
        keys << s.columnText(0);
    return keys;
}

// ---- conflicts -------------------------------------------------------------

bool ProjectStore::replaceConflicts(const std::vector<Conflict> &conflicts, QString *error) {
    if (!checkWritable(error))
        return false;
    const QString action = QStringLiteral("save the conflicts");
    Transaction txn(*m_db);
    if (!txn.isActive())
        return fail(error, action);
    // Reviews are untouched: they are keyed by the stable id and outlive conflicts.
    if (!m_db->cached("DELETE FROM conflict_documents").run() ||
        !m_db->cached("DELETE FROM conflicts").run())
        return fail(error, action);

    Statement &insert = m_db->cached(
        "INSERT INTO conflicts (id, kind, severity, why, subject, attribute, attribute_label, "
        "scope, intra_document, sides_fingerprint, sides) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, "
        "?9, ?10, ?11)");
    Statement &link = m_db->cached(
        "INSERT OR IGNORE INTO conflict_documents (conflict_id, document) VALUES (?1, ?2)");
    for (const Conflict &c : conflicts) {
        insert.reset();
        insert.bindText(1, c.id);
        insert.bindText(2, toString(c.kind));
        insert.bindText(3, toString(c.severity));
        insert.bindText(4, c.why);
        insert.bindText(5, c.subject);
        insert.bindText(6, c.attribute);
        insert.bindText(7, c.attributeLabel);
        insert.bindText(8, c.scope);
        insert.bindInt(9, c.intraDocument ? 1 : 0);
        insert.bindText(10, c.sidesFingerprint());
        insert.bindText(11, JsonColumns::fromSides(c.sides));
        if (!insert.run()) {
            if ((m_db->lastErrorCode() & 0xff) == SQLITE_CONSTRAINT && error) {
                *error =
                    QStringLiteral("could not save the conflicts: two conflicts share the id %1")
                        .arg(c.id);
                return false;
            }
            return fail(error, action);
        }
        for (const ConflictSide &side : c.sides) {
            for (const Claim &claim : side.claims) {
                link.reset();
                link.bindText(1, c.id);
                link.bindText(2, claim.document);
                if (!link.run())
                    return fail(error, action);
            }
        }
    }
    return txn.commit() || fail(error, action);
}

std::vector<Conflict> ProjectStore::conflicts() const {
    return readConflicts(m_db->cached(CC_CONFLICT_SELECT "ORDER BY c.id"));
}

std::optional<Conflict> ProjectStore::conflict(const QString &id) const {
    Statement &s = m_db->cached(CC_CONFLICT_SELECT "WHERE c.id = ?1");
    s.bindText(1, id);
    std::vector<Conflict> found = readConflicts(s);
    if (found.empty())
        return std::nullopt;
    return std::move(found.front());
}

std::vector<Conflict> ProjectStore::conflictsForDocument(const QString &path) const {
    Statement &s = m_db->cached(CC_CONFLICT_SELECT "WHERE c.id IN (SELECT conflict_id FROM "
                                                   "conflict_documents WHERE document = ?1) "
                                                   "ORDER BY c.id");
    s.bindText(1, path);
    return readConflicts(s);
}

// ---- reviews ---------------------------------------------------------------

bool ProjectStore::saveReview(const Review &review, QString *error) {
    if (!checkWritable(error))
        return false;
    const QString action = QStringLiteral("save the review of %1").arg(review.conflictId);
    Transaction txn(*m_db);
    if (!txn.isActive())
        return fail(error, action);

    QString fingerprint = review.sidesFingerprint;
    QString summary = review.summary;
    if (fingerprint.isEmpty() || summary.isEmpty()) {
        Statement &s = m_db->cached("SELECT sides_fingerprint, subject, attribute_label, scope, "
                                    "kind FROM conflicts WHERE id = ?1");
        const Statement::ResetOnExit reset(s);
        s.bindText(1, review.conflictId);
        if (s.step() == Statement::Step::Row) {
            if (fingerprint.isEmpty())
                fingerprint = s.columnText(0);
            if (summary.isEmpty())
                summary = conflictSummary(s.columnText(1), s.columnText(2), s.columnText(3),
                                          s.columnText(4));
        }
    }

    Statement &s = m_db->cached(
        "INSERT INTO reviews (conflict_id, status, chosen_side, note, sides_fingerprint, summary, "
        "updated) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (conflict_id) DO UPDATE SET "
        "status = excluded.status, chosen_side = excluded.chosen_side, note = excluded.note, "
        "sides_fingerprint = excluded.sides_fingerprint, summary = excluded.summary, "
        "updated = excluded.updated");
    s.bindText(1, review.conflictId);
    s.bindText(2, toString(review.status));
    if (review.chosenSide)
        s.bindInt(3, *review.chosenSide);
    else
        s.bindNull(3);
    s.bindText(4, review.note);
    s.bindText(5, fingerprint);
    s.bindText(6, summary);
    s.bindText(7, dateTimeText(review.updated.isValid() ? review.updated
                                                        : QDateTime::currentDateTimeUtc()));
    if (!s.run())
        return fail(error, action);
    // Outside a scan this COMMIT runs with synchronous=FULL: durable on return.
    return txn.commit() || fail(error, action);
}

bool ProjectStore::removeReview(const QString &conflictId, QString *error) {
    if (!checkWritable(error))
        return false;
    const QString action = QStringLiteral("remove the review of %1").arg(conflictId);
    Transaction txn(*m_db);
    if (!txn.isActive())
        return fail(error, action);
    Statement &s = m_db->cached("DELETE FROM reviews WHERE conflict_id = ?1");
    s.bindText(1, conflictId);
    if (!s.run())
        return fail(error, action);
    return txn.commit() || fail(error, action);
}

bool ProjectStore::importAnalystData(const std::vector<Review> &reviews,
                                     const std::vector<EntityAlias> &aliases,
                                     const QStringList &rejectedClaimKeys, QString *error) {
    if (!checkWritable(error))
        return false;
    const QString action = QStringLiteral("carry over the reviews");
    Transaction txn(*m_db);
    if (!txn.isActive())
        return fail(error, action);
    Statement &review = m_db->cached(
        "INSERT INTO reviews (conflict_id, status, chosen_side, note, sides_fingerprint, summary, "
        "updated) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (conflict_id) DO UPDATE SET "
        "status = excluded.status, chosen_side = excluded.chosen_side, note = excluded.note, "
        "sides_fingerprint = excluded.sides_fingerprint, summary = excluded.summary, "
        "updated = excluded.updated");
    for (const Review &r : reviews) {
        if (r.conflictId.isEmpty())
            continue;
        review.reset();
        review.bindText(1, r.conflictId);
        review.bindText(2, toString(r.status));
        if (r.chosenSide)
            review.bindInt(3, *r.chosenSide);
        else
            review.bindNull(3);
        review.bindText(4, r.note);
        review.bindText(5, r.sidesFingerprint);
        review.bindText(6, r.summary);
        if (r.updated.isValid())
            review.bindText(7, dateTimeText(r.updated));
        else
            review.bindNull(7);
        if (!review.run())
            return fail(error, action);
    }
    Statement &alias =
        m_db->cached("INSERT INTO aliases (surface, canonical) VALUES (?1, ?2) "
                     "ON CONFLICT (surface) DO UPDATE SET canonical = excluded.canonical");
    for (const EntityAlias &a : aliases) {
        if (a.surface.isEmpty())
            continue;
        alias.reset();
        alias.bindText(1, a.surface);
        alias.bindText(2, a.canonical);
        if (!alias.run())
            return fail(error, action);
    }
    Statement &rejected = m_db->cached("INSERT OR IGNORE INTO rejected_claims (key) VALUES (?1)");
    for (const QString &key : rejectedClaimKeys) {
        if (key.isEmpty())
            continue;
        rejected.reset();
        rejected.bindText(1, key);
        if (!rejected.run())
            return fail(error, action);
    }
    // Outside a scan this COMMIT runs with synchronous=FULL.
    return txn.commit() || fail(error, action);
}

std::optional<Review> ProjectStore::review(const QString &conflictId) const {
    Statement &s = m_db->cached(CC_REVIEW_SELECT "WHERE r.conflict_id = ?1");
    s.bindText(1, conflictId);
    std::vector<Review> found = readReviews(s);
    if (found.empty())
        return std::nullopt;
    return std::move(found.front());
}

std::vector<Review> ProjectStore::reviews() const {
    return readReviews(m_db->cached(CC_REVIEW_SELECT "ORDER BY r.conflict_id"));
}

std::vector<Review> ProjectStore::orphanReviews() const {
    return readReviews(m_db->cached(CC_REVIEW_SELECT "WHERE NOT EXISTS (SELECT 1 FROM conflicts c "
                                                     "WHERE c.id = r.conflict_id) "
                                                     "ORDER BY r.conflict_id"));
}

// ---- aliases ---------------------------------------------------------------

std::vector<EntityAlias> ProjectStore::aliases() const {
    Statement &s = m_db->cached("SELECT surface, canonical FROM aliases ORDER BY surface");
    const Statement::ResetOnExit reset(s);
    std::vector<EntityAlias> result;
    while (s.step() == Statement::Step::Row)
        result.push_back({s.columnText(0), s.columnText(1)});
    return result;
}

bool ProjectStore::setAlias(const EntityAlias &alias, QString *error) {
    if (!checkWritable(error))
        return false;
    const QString action = QStringLiteral("save the alias %1").arg(alias.surface);
    Transaction txn(*m_db);
    if (!txn.isActive())
        return fail(error, action);
    Statement &s =
        m_db->cached("INSERT INTO aliases (surface, canonical) VALUES (?1, ?2) "
                     "ON CONFLICT (surface) DO UPDATE SET canonical = excluded.canonical");
    s.bindText(1, alias.surface);
    s.bindText(2, alias.canonical);
    if (!s.run())
        return fail(error, action);
    return txn.commit() || fail(error, action);
}

bool ProjectStore::removeAlias(const QString &surface, QString *error) {
    if (!checkWritable(error))
        return false;
    const QString action = QStringLiteral("remove the alias %1").arg(surface);
    Transaction txn(*m_db);
    if (!txn.isActive())
        return fail(error, action);
    Statement &s = m_db->cached("DELETE FROM aliases WHERE surface = ?1");
    s.bindText(1, surface);
    if (!s.run())
        return fail(error, action);
    return txn.commit() || fail(error, action);
}

// ---- search ----------------------------------------------------------------

std::vector<SearchHit> ProjectStore::search(const QString &query, int limit) const {
    const QString match = ftsQuery(query);
    if (match.isEmpty() || limit <= 0)
        return {};
    Statement &s = m_db->cached("SELECT s.document, s.start_offset, s.end_offset, "
                                "snippet(sentence_fts, 0, '', '', '…', 24) "
                                "FROM sentence_fts JOIN sentences s ON s.id = sentence_fts.rowid "
                                "WHERE sentence_fts MATCH ?1 "
                                "ORDER BY sentence_fts.rank, s.document, s.start_offset LIMIT ?2");
    const Statement::ResetOnExit reset(s);
    s.bindText(1, match);
    s.bindInt(2, limit);
    std::vector<SearchHit> hits;
    while (s.step() == Statement::Step::Row)
        hits.push_back({s.columnText(0), s.columnInt(1), s.columnInt(2), s.columnText(3)});
    return hits;
}

// ---- settings --------------------------------------------------------------

QString ProjectStore::setting(const QString &key) const {
    Statement &s = m_db->cached("SELECT value FROM settings WHERE key = ?1");
    const Statement::ResetOnExit reset(s);
    s.bindText(1, key);
    return s.step() == Statement::Step::Row ? s.columnText(0) : QString();
}

bool ProjectStore::setSetting(const QString &key, const QString &value, QString *error) {
    if (!checkWritable(error))
        return false;
    const QString action = QStringLiteral("save the setting %1").arg(key);
    Transaction txn(*m_db);
    if (!txn.isActive())
        return fail(error, action);
    Statement &s = m_db->cached("INSERT INTO settings (key, value) VALUES (?1, ?2) "
                                "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    s.bindText(1, key);
    s.bindText(2, value);
    if (!s.run())
        return fail(error, action);
    return txn.commit() || fail(error, action);
}

} // namespace cc
