#include "store/Migrations.h"

#include "store/Database.h"
#include "store/Transaction.h"

#include <array>

namespace cc {

namespace {

struct MigrationStep {
    int version;
    const char *sql;
};

// Version 1: the first schema. Offsets are UTF-16 (QString indices) unless the
// column says cp_ (Unicode code points, as reports give them). JSON columns hold
// small lists the queries never look inside.
constexpr const char *kSchema1 = R"sql(
CREATE TABLE documents (
    path TEXT PRIMARY KEY NOT NULL,
    content_hash TEXT NOT NULL,
    format TEXT NOT NULL,
    title TEXT NOT NULL,
    published_begin TEXT,          -- ISO date; NULL for an open bound
    published_end TEXT,
    published_precision TEXT,      -- NULL when the document states no date
    published_ambiguous INTEGER NOT NULL DEFAULT 0,
    outlet TEXT NOT NULL,
    cited_sources TEXT NOT NULL,   -- JSON array of names
    citations TEXT NOT NULL,       -- JSON [{source, start, end}]
    text TEXT NOT NULL,
    warnings TEXT NOT NULL,        -- JSON array
    file_size INTEGER NOT NULL,
    file_modified INTEGER,         -- ms since the epoch, UTC
    page_starts TEXT NOT NULL,     -- JSON array of offsets
    table_rows TEXT NOT NULL,      -- JSON [{start, end, cells, header, table}]
    part_index INTEGER NOT NULL,
    engine_version TEXT NOT NULL,
    lexicon_hash TEXT NOT NULL
);

CREATE TABLE sentences (
    id INTEGER PRIMARY KEY AUTOINCREMENT, -- also the rowid of sentence_fts
    document TEXT NOT NULL REFERENCES documents(path) ON DELETE CASCADE,
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    kind TEXT NOT NULL,
    page INTEGER NOT NULL,
    cells TEXT,                    -- JSON array, NULL when the row has none
    language TEXT NOT NULL
);
CREATE INDEX sentences_by_document ON sentences(document, start_offset);

CREATE TABLE entities (
    document TEXT NOT NULL REFERENCES documents(path) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (document, ordinal)
) WITHOUT ROWID;

CREATE TABLE aliases (
    surface TEXT PRIMARY KEY NOT NULL,
    canonical TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE claims (
    id INTEGER PRIMARY KEY,
    document TEXT NOT NULL REFERENCES documents(path) ON DELETE CASCADE,
    claim_key TEXT NOT NULL,       -- ProjectStore::claimKey, joins rejected_claims
    subject TEXT NOT NULL,
    subject_surface TEXT NOT NULL,
    attribute TEXT NOT NULL,
    scope TEXT NOT NULL,
    value_type TEXT NOT NULL,      -- none, date, quantity, category, polarity
    date_begin TEXT,
    date_end TEXT,
    date_precision TEXT,
    date_ambiguous INTEGER NOT NULL DEFAULT 0,
    quantity_low REAL,
    quantity_high REAL,
    quantity_unit TEXT NOT NULL DEFAULT '',
    quantity_dimension TEXT NOT NULL DEFAULT '',
    quantity_approximate INTEGER NOT NULL DEFAULT 0,
    term TEXT NOT NULL DEFAULT '',
    exclusive INTEGER NOT NULL DEFAULT 0,
    present INTEGER NOT NULL DEFAULT 1,
    value_key TEXT NOT NULL,
    label TEXT NOT NULL,
    certainty TEXT NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end INTEGER NOT NULL,
    value_start INTEGER NOT NULL,
    value_end INTEGER NOT NULL,
    cp_sentence_start INTEGER NOT NULL,
    cp_sentence_end INTEGER NOT NULL,
    cp_value_start INTEGER NOT NULL,
    cp_value_end INTEGER NOT NULL,
    page INTEGER NOT NULL,
    quote TEXT NOT NULL,
    claim_date TEXT,
    cited_sources TEXT NOT NULL,   -- JSON array
    from_table INTEGER NOT NULL
);
CREATE INDEX claims_in_order ON claims(document, sentence_start, value_start, id);

CREATE TABLE conflicts (
    id TEXT PRIMARY KEY NOT NULL,
    kind TEXT NOT NULL,
    severity TEXT NOT NULL,
    why TEXT NOT NULL,
    subject TEXT NOT NULL,
    attribute TEXT NOT NULL,
    attribute_label TEXT NOT NULL,
    scope TEXT NOT NULL,
    intra_document INTEGER NOT NULL,
    sides_fingerprint TEXT NOT NULL,  -- Conflict::sidesFingerprint() when stored
    sides TEXT NOT NULL               -- JSON [{value, label, independent_sources, first_reported, claims}]
) WITHOUT ROWID;

-- Which documents a conflict draws on (documents list counts, document viewer).
CREATE TABLE conflict_documents (
    conflict_id TEXT NOT NULL REFERENCES conflicts(id) ON DELETE CASCADE,
    document TEXT NOT NULL,
    PRIMARY KEY (conflict_id, document)
) WITHOUT ROWID;
CREATE INDEX conflict_documents_by_document ON conflict_documents(document, conflict_id);

-- Deliberately not foreign-keyed to conflicts: a review outlives its conflict.
CREATE TABLE reviews (
    conflict_id TEXT PRIMARY KEY NOT NULL,
    status TEXT NOT NULL,
    chosen_side INTEGER,
    note TEXT NOT NULL,
    sides_fingerprint TEXT NOT NULL,
    summary TEXT NOT NULL,
    updated TEXT                   -- ISO 8601 UTC with milliseconds
) WITHOUT ROWID;

CREATE TABLE rejected_claims (
    key TEXT PRIMARY KEY NOT NULL
) WITHOUT ROWID;

CREATE TABLE settings (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- Full-text index of sentence text; rowid = sentences.id, which gives the
-- document and span. Kept in step by ProjectStore (putDocument,
-- deleteExtraction), not by a trigger: a trigger makes every delete from
-- sentences open a statement savepoint, and FTS5 flushes its pending index on
-- each. AUTOINCREMENT: a sentence id is never reused, so a stray index row
-- could never be taken for a new sentence.
CREATE VIRTUAL TABLE sentence_fts USING fts5(text, tokenize = 'unicode61 remove_diacritics 2');
)sql";

// Schema 2: the document list and the re-scan's states read every document. In a row
// the text (tens of KB, on overflow pages) comes before most of these columns, so a
// table scan read the whole folder's text; covering indexes hold what they need.
constexpr const char *kSchema2 = R"sql(
CREATE INDEX documents_states ON documents(
    path, content_hash, engine_version, lexicon_hash, file_size, file_modified);
CREATE INDEX documents_metadata ON documents(
    path, content_hash, format, title, published_begin, published_end, published_precision,
    published_ambiguous, outlet, cited_sources, citations, warnings, file_size, file_modified,
    page_starts, table_rows, part_index);
)sql";

// Append a step for each new schema version; never edit a released one.
constexpr std::array<MigrationStep, 2> kSteps = {{
    {1, kSchema1},
    {2, kSchema2},
}};

} // namespace

int Migrations::latestVersion() {
    return kSteps.back().version;
}

bool Migrations::migrate(Database &db, int fromVersion, QString *error) {
    for (const MigrationStep &step : kSteps) {
        if (step.version <= fromVersion)
            continue;
        Transaction txn(db);
        // Another process may have run this step since fromVersion was read
        // (two scans creating the same project): the version counts once the
        // write lock is held.
        bool ok = txn.isActive();
        if (ok && db.queryInt("PRAGMA user_version", &ok) >= step.version && ok) {
            txn.commit();
            continue;
        }
        ok = ok && db.exec(QByteArray(step.sql));
        // PRAGMA values cannot be bound; both are integers formatted here.
        ok = ok && db.exec("PRAGMA application_id = " + QByteArray::number(kApplicationId));
        ok = ok && db.exec("PRAGMA user_version = " + QByteArray::number(step.version));
        ok = ok && txn.commit();
        if (!ok) {
            if (error)
                *error = QStringLiteral("could not upgrade the project to schema %1: %2")
                             .arg(step.version)
                             .arg(db.lastError());
            return false;
        }
    }
    return true;
}

} // namespace cc
