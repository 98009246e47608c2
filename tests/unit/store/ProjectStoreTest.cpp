#include "StoreTestData.h"
#include "TestSupport.h"

#include "store/ProjectStore.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <algorithm>
#include <sqlite3.h>

namespace cc {
namespace {

using test::put;
using test::releaseConflict;
using test::richDocument;
using test::StoredDocument;

class ProjectStoreTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("project.sqlite"));
        reopen();
    }

    void reopen() {
        m_store.reset();
        QString error;
        m_store = ProjectStore::open(m_path, &error);
        ASSERT_TRUE(m_store) << error.toStdString();
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<ProjectStore> m_store;
};

void expectSameValue(const ClaimValue &a, const ClaimValue &b) {
    EXPECT_EQ(a.type, b.type);
    EXPECT_EQ(a.toKey(), b.toKey());
    switch (a.type) {
    case ClaimValue::Type::Date:
        EXPECT_EQ(a.date.begin, b.date.begin);
        EXPECT_EQ(a.date.end, b.date.end);
        EXPECT_EQ(a.date.precision, b.date.precision);
        EXPECT_EQ(a.date.ambiguous, b.date.ambiguous);
        break;
    case ClaimValue::Type::Quantity:
        EXPECT_EQ(a.quantity.low, b.quantity.low);
        EXPECT_EQ(a.quantity.high, b.quantity.high);
        EXPECT_EQ(a.quantity.unit, b.quantity.unit);
        EXPECT_EQ(a.quantity.dimension, b.quantity.dimension);
        EXPECT_EQ(a.quantity.approximate, b.quantity.approximate);
        break;
    case ClaimValue::Type::Category:
        EXPECT_EQ(a.term, b.term);
        EXPECT_EQ(a.exclusive, b.exclusive);
        break;
    case ClaimValue::Type::Polarity:
        EXPECT_EQ(a.present, b.present);
        break;
    case ClaimValue::Type::None:
        break;
    }
}

void expectSameClaim(const Claim &a, const Claim &b) {
    EXPECT_EQ(a.document, b.document);
    EXPECT_EQ(a.subject, b.subject);
    EXPECT_EQ(a.subjectSurface, b.subjectSurface);
    EXPECT_EQ(a.attribute, b.attribute);
    EXPECT_EQ(a.scope, b.scope);
    expectSameValue(a.value, b.value);
    EXPECT_EQ(a.label, b.label);
    EXPECT_EQ(a.certainty, b.certainty);
    EXPECT_EQ(a.sentenceStart, b.sentenceStart);
    EXPECT_EQ(a.sentenceEnd, b.sentenceEnd);
    EXPECT_EQ(a.valueStart, b.valueStart);
    EXPECT_EQ(a.valueEnd, b.valueEnd);
    EXPECT_EQ(a.cpSentenceStart, b.cpSentenceStart);
    EXPECT_EQ(a.cpSentenceEnd, b.cpSentenceEnd);
    EXPECT_EQ(a.cpValueStart, b.cpValueStart);
    EXPECT_EQ(a.cpValueEnd, b.cpValueEnd);
    EXPECT_EQ(a.page, b.page);
    EXPECT_EQ(a.quote, b.quote);
    EXPECT_EQ(a.claimDate, b.claimDate);
    EXPECT_EQ(a.citedSources, b.citedSources);
    EXPECT_EQ(a.fromTable, b.fromTable);
    EXPECT_EQ(a.rejected, b.rejected);
}

// The order claims() promises: document, sentence start, value start.
std::vector<Claim> inStoreOrder(std::vector<Claim> claims) {
    std::stable_sort(claims.begin(), claims.end(), [](const Claim &a, const Claim &b) {
        return std::tie(a.document, a.sentenceStart, a.valueStart) <
               std::tie(b.document, b.sentenceStart, b.valueStart);
    });
    return claims;
}

TEST_F(ProjectStoreTest, DocumentRoundTripKeepsEveryField) {
    const StoredDocument undated = richDocument(QStringLiteral("b/undated.md"), false);
    const StoredDocument dated = richDocument(QStringLiteral("a/dated.md"), true);
    ASSERT_TRUE(put(*m_store, undated));
    ASSERT_TRUE(put(*m_store, dated));
    reopen(); // from the file, not from a cache

    for (const StoredDocument *expected : {&dated, &undated}) {
        SCOPED_TRACE(expected->doc.path.toStdString());
        const std::optional<Document> got = m_store->document(expected->doc.path);
        ASSERT_TRUE(got);
        const Document &e = expected->doc;
        EXPECT_EQ(got->path, e.path);
        EXPECT_EQ(got->contentHash, e.contentHash);
        EXPECT_EQ(got->format, e.format);
        EXPECT_EQ(got->title, e.title);
        ASSERT_EQ(got->published.has_value(), e.published.has_value());
        if (e.published) {
            EXPECT_EQ(got->published->begin, e.published->begin);
            EXPECT_EQ(got->published->end, e.published->end);
            EXPECT_EQ(got->published->precision, e.published->precision);
            EXPECT_TRUE(got->published->ambiguous);
        }
        EXPECT_EQ(got->outlet, e.outlet);
        EXPECT_EQ(got->citedSources, e.citedSources);
        ASSERT_EQ(got->citations.size(), e.citations.size());
        for (size_t i = 0; i < e.citations.size(); ++i) {
            EXPECT_EQ(got->citations[i].source, e.citations[i].source);
            EXPECT_EQ(got->citations[i].start, e.citations[i].start);
            EXPECT_EQ(got->citations[i].end, e.citations[i].end);
        }
        EXPECT_EQ(got->text, e.text);
        EXPECT_TRUE(got->text.contains(QStringLiteral("\U0001F680")));
        EXPECT_EQ(got->warnings, e.warnings);
        EXPECT_EQ(got->fileSize, e.fileSize);
        EXPECT_EQ(got->fileModified, e.fileModified);
        EXPECT_EQ(got->fileModified.time().msec(), 123);
        EXPECT_EQ(got->pageStarts, e.pageStarts);
        ASSERT_EQ(got->tableRows.size(), 1u);
        EXPECT_EQ(got->tableRows[0].start, e.tableRows[0].start);
        EXPECT_EQ(got->tableRows[0].end, e.tableRows[0].end);
        EXPECT_EQ(got->tableRows[0].cells, e.tableRows[0].cells);
        EXPECT_EQ(got->tableRows[0].header, true);
        EXPECT_EQ(got->tableRows[0].table, 2);
        EXPECT_EQ(got->partIndex, 3);

        const std::vector<Sentence> sentences = m_store->sentences(e.path);
        ASSERT_EQ(sentences.size(), expected->sentences.size());
        for (size_t i = 0; i < sentences.size(); ++i) {
            EXPECT_EQ(sentences[i].start, expected->sentences[i].start);
            EXPECT_EQ(sentences[i].end, expected->sentences[i].end);
            EXPECT_EQ(sentences[i].kind, expected->sentences[i].kind);
            EXPECT_EQ(sentences[i].page, expected->sentences[i].page);
            EXPECT_EQ(sentences[i].cells, expected->sentences[i].cells);
            EXPECT_EQ(sentences[i].language, expected->sentences[i].language);
        }
        EXPECT_EQ(m_store->entities(e.path), expected->entities);

        const std::vector<Claim> want = inStoreOrder(expected->claims);
        const std::vector<Claim> got2 = m_store->claimsForDocument(e.path);
        ASSERT_EQ(got2.size(), want.size());
        for (size_t i = 0; i < want.size(); ++i) {
            SCOPED_TRACE(want[i].attribute.toStdString());
            EXPECT_GT(got2[i].id, 0);
            expectSameClaim(got2[i], want[i]);
        }
    }

    // Metadata-only listing: by path, text left out.
    const std::vector<Document> listed = m_store->documents();
    ASSERT_EQ(listed.size(), 2u);
    EXPECT_EQ(listed[0].path, QStringLiteral("a/dated.md"));
    EXPECT_EQ(listed[1].path, QStringLiteral("b/undated.md"));
    EXPECT_TRUE(listed[0].text.isEmpty());
    EXPECT_FALSE(listed[1].published.has_value());
    EXPECT_EQ(m_store->documents(true)[1].text, undated.doc.text);

    const auto states = m_store->documentStates();
    ASSERT_EQ(states.size(), 2u);
    EXPECT_EQ(states.at(QStringLiteral("a/dated.md")).contentHash, dated.state.contentHash);
    EXPECT_EQ(states.at(QStringLiteral("a/dated.md")).engineVersion, QStringLiteral("engine-7"));
    EXPECT_EQ(states.at(QStringLiteral("a/dated.md")).lexiconHash, QByteArray("lexhash-1"));
}

TEST_F(ProjectStoreTest, ListsComeBackInDeterministicOrder) {
    // Inserted out of order, claims within a document out of order too.
    StoredDocument c = richDocument(QStringLiteral("c.md"), true);
    std::reverse(c.claims.begin(), c.claims.end());
    ASSERT_TRUE(put(*m_store, c));
    ASSERT_TRUE(put(*m_store, richDocument(QStringLiteral("a.md"), true)));
    ASSERT_TRUE(put(*m_store, richDocument(QStringLiteral("B.md"), false)));

    QStringList paths;
    for (const Document &d : m_store->documents())
        paths << d.path;
    EXPECT_EQ(paths, (QStringList{QStringLiteral("B.md"), QStringLiteral("a.md"),
                                  QStringLiteral("c.md")}));

    const std::vector<Claim> claims = m_store->claims();
    ASSERT_EQ(claims.size(), 15u);
    for (size_t i = 1; i < claims.size(); ++i) {
        const Claim &p = claims[i - 1];
        const Claim &q = claims[i];
        EXPECT_LE(std::tie(p.document, p.sentenceStart, p.valueStart),
                  std::tie(q.document, q.sentenceStart, q.valueStart))
            << i;
    }
    // Paging walks the same order.
    EXPECT_EQ(m_store->claimCount(), 15);
    std::vector<Claim> paged;
    for (qsizetype offset = 0; offset < 15; offset += 4) {
        const std::vector<Claim> page = m_store->claimsPage(offset, 4);
        paged.insert(paged.end(), page.begin(), page.end());
    }
    ASSERT_EQ(paged.size(), claims.size());
    for (size_t i = 0; i < claims.size(); ++i)
        EXPECT_EQ(paged[i].id, claims[i].id);
}

TEST_F(ProjectStoreTest, PutDocumentReplacesTheEarlierVersion) {
    ASSERT_TRUE(put(*m_store, richDocument(QStringLiteral("a.md"), true)));
    StoredDocument changed =
        richDocument(QStringLiteral("a.md"), true, QStringLiteral("A new sentence here."));
    changed.claims.resize(2);
    changed.entities = {QStringLiteral("Only")};
    changed.doc.title = QStringLiteral("Second version");
    ASSERT_TRUE(put(*m_store, changed));

    EXPECT_EQ(m_store->documents().size(), 1u);
    EXPECT_EQ(m_store->document(QStringLiteral("a.md"))->title, QStringLiteral("Second version"));
    EXPECT_EQ(m_store->sentences(QStringLiteral("a.md")).size(), changed.sentences.size());
    EXPECT_EQ(m_store->claims().size(), 2u);
    EXPECT_EQ(m_store->entities(QStringLiteral("a.md")), QStringList{QStringLiteral("Only")});
    // The old sentences left the full-text index too: one hit, not two.
    EXPECT_EQ(m_store->search(QStringLiteral("released")).size(), 1u);
}

TEST_F(ProjectStoreTest, RemoveDocumentCascades) {
    ASSERT_TRUE(put(*m_store, richDocument(QStringLiteral("a.md"), true)));
    ASSERT_TRUE(put(*m_store, richDocument(QStringLiteral("b.md"), true)));
    QString error;
    ASSERT_TRUE(m_store->removeDocument(QStringLiteral("a.md"), &error)) << error.toStdString();
    EXPECT_FALSE(m_store->document(QStringLiteral("a.md")));
    EXPECT_TRUE(m_store->sentences(QStringLiteral("a.md")).empty());
    EXPECT_TRUE(m_store->entities(QStringLiteral("a.md")).isEmpty());
    for (const Claim &c : m_store->claims())
        EXPECT_EQ(c.document, QStringLiteral("b.md"));
    for (const SearchHit &hit : m_store->search(QStringLiteral("trillion")))
        EXPECT_EQ(hit.document, QStringLiteral("b.md"));
    EXPECT_EQ(m_store->search(QStringLiteral("trillion")).size(), 1u);
}

// Counts rows through a connection of its own: what is committed to the file.
qint64 countRows(const QString &path, const char *sql) {
    sqlite3 *db = nullptr;
    qint64 n = -1;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) ==
        SQLITE_OK) {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK &&
            sqlite3_step(stmt) == SQLITE_ROW)
            n = sqlite3_column_int64(stmt, 0);
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return n;
}

TEST_F(ProjectStoreTest, FullTextIndexHoldsExactlyTheStoredSentences) {
    // search() joins the index to sentences, so a stray index row would be
    // invisible there; count both tables instead.
    ASSERT_TRUE(put(*m_store, richDocument(QStringLiteral("a.md"), true)));
    ASSERT_TRUE(put(*m_store, richDocument(QStringLiteral("b.md"), true)));
    ASSERT_TRUE(put(*m_store, richDocument(QStringLiteral("a.md"), true, QStringLiteral("More."))));
    QString error;
    ASSERT_TRUE(m_store->removeDocument(QStringLiteral("b.md"), &error));
    EXPECT_EQ(countRows(m_path, "SELECT count(*) FROM sentences"), 7);
    EXPECT_EQ(countRows(m_path, "SELECT count(*) FROM sentence_fts"), 7);
    EXPECT_EQ(countRows(m_path, "SELECT count(*) FROM sentence_fts f JOIN sentences s ON s.id = "
                                "f.rowid"),
              7);
    EXPECT_EQ(countRows(m_path, "SELECT count(*) FROM claims"), 5);
    EXPECT_EQ(countRows(m_path, "SELECT count(*) FROM entities"), 2);
}

TEST_F(ProjectStoreTest, EntitiesInFolderOrderIncludeDocumentsWithoutEntities) {
    StoredDocument b = richDocument(QStringLiteral("b.md"), true);
    b.entities = {QStringLiteral("Second"), QStringLiteral("Third")};
    StoredDocument a = richDocument(QStringLiteral("a.md"), true);
    a.entities = {QStringLiteral("First")};
    StoredDocument c = richDocument(QStringLiteral("c.md"), true);
    c.entities.clear();
    ASSERT_TRUE(put(*m_store, b));
    ASSERT_TRUE(put(*m_store, c));
    ASSERT_TRUE(put(*m_store, a));
    const std::vector<QStringList> got = m_store->entitiesInOrder();
    ASSERT_EQ(got.size(), 3u);
    EXPECT_EQ(got[0], a.entities);
    EXPECT_EQ(got[1], b.entities);
    EXPECT_TRUE(got[2].isEmpty());
}

TEST_F(ProjectStoreTest, UpdateClaimSubjectsRewritesOnlySubjects) {
    ASSERT_TRUE(put(*m_store, richDocument(QStringLiteral("a.md"), true)));
    std::vector<Claim> claims = m_store->claims();
    for (Claim &c : claims)
        c.subject = QStringLiteral("Acme Zeta-9");
    claims[0].quote = QStringLiteral("not written back");
    QString error;
    ASSERT_TRUE(m_store->updateClaimSubjects(claims, &error)) << error.toStdString();
    reopen();
    for (const Claim &c : m_store->claims()) {
        EXPECT_EQ(c.subject, QStringLiteral("Acme Zeta-9"));
        EXPECT_EQ(c.subjectSurface, QStringLiteral("Zeta-9"));
        EXPECT_NE(c.quote, QStringLiteral("not written back"));
    }
}

TEST_F(ProjectStoreTest, ClaimKeySurvivesRescansButNotValueChanges) {
    const StoredDocument s = richDocument(QStringLiteral("a.md"), true);
    Claim claim = s.claims[0];
    const QString key = ProjectStore::claimKey(claim);
    EXPECT_EQ(key.size(), 16);

    Claim rescanned = claim;
    rescanned.id = 99;
    rescanned.subject = QStringLiteral("Other canonical");
    rescanned.quote = QStringLiteral("  The Zeta-9 model\nwas released on   April 25. ");
    rescanned.sentenceStart += 40; // an earlier paragraph was added
    EXPECT_EQ(ProjectStore::claimKey(rescanned), key);

    Claim otherValue = claim;
    otherValue.value = ClaimValue::fromDate(DateInterval::day(QDate(2026, 4, 24)));
    EXPECT_NE(ProjectStore::claimKey(otherValue), key);
    Claim otherDocument = claim;
    otherDocument.document = QStringLiteral("b.md");
    EXPECT_NE(ProjectStore::claimKey(otherDocument), key);
    Claim otherAttribute = claim;
    otherAttribute.attribute = QStringLiteral("announcement_date");
    EXPECT_NE(ProjectStore::claimKey(otherAttribute), key);
}

TEST_F(ProjectStoreTest, RejectedClaimsAreKeyedAndSurviveRescans) {
    const StoredDocument s = richDocument(QStringLiteral("a.md"), true);
    ASSERT_TRUE(put(*m_store, s));
    QString error;
    ASSERT_TRUE(m_store->setClaimRejected(s.claims[1], true, &error)) << error.toStdString();
    ASSERT_TRUE(m_store->setClaimRejected(s.claims[1], true, &error)); // idempotent
    EXPECT_EQ(m_store->rejectedClaimKeys(), QStringList{ProjectStore::claimKey(s.claims[1])});

    // Re-scan: the document is stored again, its claims get new ids.
    ASSERT_TRUE(put(*m_store, s));
    int rejected = 0;
    for (const Claim &c : m_store->claims()) {
        if (c.rejected) {
            ++rejected;
            EXPECT_EQ(c.attribute, s.claims[1].attribute);
        }
    }
    EXPECT_EQ(rejected, 1);

    ASSERT_TRUE(m_store->setClaimRejected(s.claims[1], false, &error));
    EXPECT_TRUE(m_store->rejectedClaimKeys().isEmpty());
    for (const Claim &c : m_store->claims())
        EXPECT_FALSE(c.rejected);
}

TEST_F(ProjectStoreTest, ConflictsRoundTripWithTheirSides) {
    const StoredDocument s = richDocument(QStringLiteral("a.md"), true);
    ASSERT_TRUE(put(*m_store, s));
    Conflict c;
    c.kind = ConflictKind::Certainty;
    c.severity = Severity::Low;
    c.why = QStringLiteral("one side asserts, the other says unverified");
    c.subject = QStringLiteral("Zeta-9");
    c.attribute = QStringLiteral("training_hardware");
    c.attributeLabel = QStringLiteral("training hardware");
    c.scope = QStringLiteral("2026");
    c.intraDocument = true;
    c.id = Conflict::makeId(c.subject, c.attribute, c.scope, c.kind);
    ConflictSide side;
    side.value = QStringLiteral("q-chip");
    side.label = QStringLiteral("exclusively Q-chip");
    side.independentSources = 2;
    side.firstReported = QDate(2026, 4, 20);
    side.claims = {s.claims[2], s.claims[1]};
    side.claims[0].id = 7;
    side.claims[1].rejected = true;
    ConflictSide empty;
    empty.value = QStringLiteral("unverified");
    c.sides = {side, empty};
    QString error;
    ASSERT_TRUE(m_store->replaceConflicts({c}, &error)) << error.toStdString();
    reopen();

    const std::vector<Conflict> got = m_store->conflicts();
    ASSERT_EQ(got.size(), 1u);
    const Conflict &g = got[0];
    EXPECT_EQ(g.id, c.id);
    EXPECT_EQ(g.kind, c.kind);
    EXPECT_EQ(g.severity, c.severity);
    EXPECT_EQ(g.why, c.why);
    EXPECT_EQ(g.subject, c.subject);
    EXPECT_EQ(g.attribute, c.attribute);
    EXPECT_EQ(g.attributeLabel, c.attributeLabel);
    EXPECT_EQ(g.scope, c.scope);
    EXPECT_TRUE(g.intraDocument);
    EXPECT_EQ(g.status, ReviewStatus::Open);
    EXPECT_FALSE(g.changedSinceReview);
    ASSERT_EQ(g.sides.size(), 2u);
    EXPECT_EQ(g.sides[0].value, side.value);
    EXPECT_EQ(g.sides[0].label, side.label);
    EXPECT_EQ(g.sides[0].independentSources, 2);
    EXPECT_EQ(g.sides[0].firstReported, side.firstReported);
    EXPECT_FALSE(g.sides[1].firstReported.isValid());
    ASSERT_EQ(g.sides[0].claims.size(), 2u);
    EXPECT_EQ(g.sides[0].claims[0].id, 7);
    expectSameClaim(g.sides[0].claims[0], side.claims[0]);
    expectSameClaim(g.sides[0].claims[1], side.claims[1]);
    EXPECT_EQ(g.sidesFingerprint(), c.sidesFingerprint());

    ASSERT_TRUE(m_store->conflict(c.id));
    EXPECT_FALSE(m_store->conflict(QStringLiteral("date-0000")));
    EXPECT_EQ(m_store->conflictsForDocument(QStringLiteral("a.md")).size(), 1u);
    EXPECT_TRUE(m_store->conflictsForDocument(QStringLiteral("b.md")).empty());
    const std::vector<DocumentSummary> counts = m_store->documentsWithCounts();
    ASSERT_EQ(counts.size(), 1u);
    EXPECT_EQ(counts[0].sentences, 6);
    EXPECT_EQ(counts[0].claims, 5);
    EXPECT_EQ(counts[0].conflicts, 1);
}

TEST_F(ProjectStoreTest, ConflictsComeBackById) {
    Conflict a = releaseConflict({{QStringLiteral("2026-04-25"), QStringLiteral("x")}});
    Conflict b = a;
    a.id = QStringLiteral("number-b");
    b.id = QStringLiteral("date-a");
    QString error;
    ASSERT_TRUE(m_store->replaceConflicts({a, b}, &error));
    const std::vector<Conflict> got = m_store->conflicts();
    ASSERT_EQ(got.size(), 2u);
    EXPECT_EQ(got[0].id, QStringLiteral("date-a"));
    EXPECT_EQ(got[1].id, QStringLiteral("number-b"));

    // Two conflicts with one id is a detector bug: refused, named, nothing replaced.
    EXPECT_FALSE(m_store->replaceConflicts({a, a}, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("number-b"))) << error.toStdString();
    EXPECT_EQ(m_store->conflicts().size(), 2u);
}

TEST_F(ProjectStoreTest, ReplaceConflictsKeepsReviews) {
    const Conflict c = releaseConflict({{QStringLiteral("2026-04-25"), QStringLiteral("one")},
                                        {QStringLiteral("2026-04-24"), QStringLiteral("two")}});
    QString error;
    ASSERT_TRUE(m_store->replaceConflicts({c}, &error));
    Review r;
    r.conflictId = c.id;
    r.status = ReviewStatus::Resolved;
    r.chosenSide = 1;
    r.note = QStringLiteral("the wire story is earlier \U0001F4F0");
    r.updated = QDateTime(QDate(2026, 5, 2), QTime(8, 0, 0, 250), Qt::UTC);
    ASSERT_TRUE(m_store->saveReview(r, &error)) << error.toStdString();

    ASSERT_TRUE(m_store->replaceConflicts({c}, &error)); // a re-scan finds the same conflict
    reopen();
    const std::vector<Conflict> got = m_store->conflicts();
    ASSERT_EQ(got.size(), 1u);
    EXPECT_EQ(got[0].status, ReviewStatus::Resolved);
    EXPECT_EQ(got[0].chosenSide, std::optional<int>(1));
    EXPECT_EQ(got[0].note, r.note);
    EXPECT_FALSE(got[0].changedSinceReview);

    const std::optional<Review> stored = m_store->review(c.id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->status, ReviewStatus::Resolved);
    EXPECT_EQ(stored->chosenSide, std::optional<int>(1));
    EXPECT_EQ(stored->note, r.note);
    EXPECT_EQ(stored->updated, r.updated);
    // Filled in from the conflict when the caller left them empty.
    EXPECT_EQ(stored->sidesFingerprint, c.sidesFingerprint());
    EXPECT_TRUE(stored->summary.contains(QStringLiteral("release date")))
        << stored->summary.toStdString();

    // A later edit replaces the review; clearing the chosen side stores NULL.
    r.status = ReviewStatus::Dismissed;
    r.chosenSide.reset();
    ASSERT_TRUE(m_store->saveReview(r, &error));
    EXPECT_EQ(m_store->reviews().size(), 1u);
    EXPECT_FALSE(m_store->review(c.id)->chosenSide);
    EXPECT_EQ(m_store->conflicts()[0].status, ReviewStatus::Dismissed);

    ASSERT_TRUE(m_store->removeReview(c.id, &error));
    EXPECT_FALSE(m_store->review(c.id));
    EXPECT_EQ(m_store->conflicts()[0].status, ReviewStatus::Open);
}

TEST_F(ProjectStoreTest, ChangedSinceReviewFlipsWhenSidesChange) {
    const Conflict before =
        releaseConflict({{QStringLiteral("2026-04-25"), QStringLiteral("one")},
                         {QStringLiteral("2026-04-24"), QStringLiteral("two")}});
    QString error;
    ASSERT_TRUE(m_store->replaceConflicts({before}, &error));
    Review r;
    r.conflictId = before.id;
    r.status = ReviewStatus::Confirmed;
    r.sidesFingerprint = before.sidesFingerprint();
    ASSERT_TRUE(m_store->saveReview(r, &error));
    EXPECT_FALSE(m_store->conflicts()[0].changedSinceReview);

    // Same sides in another order: not a change.
    Conflict reordered = before;
    std::swap(reordered.sides[0], reordered.sides[1]);
    ASSERT_TRUE(m_store->replaceConflicts({reordered}, &error));
    EXPECT_FALSE(m_store->conflicts()[0].changedSinceReview);

    // A third side appears: the review was made on other evidence.
    const Conflict after =
        releaseConflict({{QStringLiteral("2026-04-25"), QStringLiteral("one")},
                         {QStringLiteral("2026-04-24"), QStringLiteral("two")},
                         {QStringLiteral("2026-04-27"), QStringLiteral("three")}});
    ASSERT_EQ(after.id, before.id);
    ASSERT_TRUE(m_store->replaceConflicts({after}, &error));
    const Conflict got = m_store->conflicts()[0];
    EXPECT_TRUE(got.changedSinceReview);
    EXPECT_EQ(got.status, ReviewStatus::Confirmed);

    // Reviewing again on the new sides clears it.
    r.sidesFingerprint = after.sidesFingerprint();
    ASSERT_TRUE(m_store->saveReview(r, &error));
    EXPECT_FALSE(m_store->conflicts()[0].changedSinceReview);
}

TEST_F(ProjectStoreTest, OrphanReviewsAreListedNotDropped) {
    const Conflict c = releaseConflict({{QStringLiteral("2026-04-25"), QStringLiteral("one")},
                                        {QStringLiteral("2026-04-24"), QStringLiteral("two")}});
    QString error;
    ASSERT_TRUE(m_store->replaceConflicts({c}, &error));
    Review kept;
    kept.conflictId = c.id;
    kept.status = ReviewStatus::Confirmed;
    ASSERT_TRUE(m_store->saveReview(kept, &error));
    Review never; // a review of a conflict that is not detected at all
    never.conflictId = QStringLiteral("number-0000000000000000");
    never.summary = QStringLiteral("kept by hand");
    ASSERT_TRUE(m_store->saveReview(never, &error));

    std::vector<Review> orphans = m_store->orphanReviews();
    ASSERT_EQ(orphans.size(), 1u);
    EXPECT_EQ(orphans[0].conflictId, never.conflictId);
    EXPECT_EQ(orphans[0].summary, QStringLiteral("kept by hand"));

    ASSERT_TRUE(m_store->replaceConflicts({}, &error)); // the conflict went away
    orphans = m_store->orphanReviews();
    ASSERT_EQ(orphans.size(), 2u);
    EXPECT_EQ(orphans[0].conflictId, c.id); // "date-..." sorts before "number-..."
    EXPECT_FALSE(orphans[0].summary.isEmpty());
    EXPECT_EQ(m_store->reviews().size(), 2u);

    ASSERT_TRUE(m_store->replaceConflicts({c}, &error)); // and came back
    EXPECT_EQ(m_store->orphanReviews().size(), 1u);
    EXPECT_EQ(m_store->conflicts()[0].status, ReviewStatus::Confirmed);
}

TEST_F(ProjectStoreTest, AliasesSetReplaceAndRemove) {
    QString error;
    ASSERT_TRUE(m_store->setAlias({QStringLiteral("Zeta"), QStringLiteral("Acme Zeta-9")}, &error));
    ASSERT_TRUE(m_store->setAlias({QStringLiteral("Acme"), QString()}, &error)); // a split
    ASSERT_TRUE(m_store->setAlias({QStringLiteral("Zeta"), QStringLiteral("Zeta-9")}, &error));
    reopen();
    std::vector<EntityAlias> got = m_store->aliases();
    ASSERT_EQ(got.size(), 2u);
    EXPECT_EQ(got[0].surface, QStringLiteral("Acme"));
    EXPECT_TRUE(got[0].canonical.isEmpty());
    EXPECT_EQ(got[1].surface, QStringLiteral("Zeta"));
    EXPECT_EQ(got[1].canonical, QStringLiteral("Zeta-9"));

    ASSERT_TRUE(m_store->removeAlias(QStringLiteral("Zeta"), &error));
    ASSERT_TRUE(m_store->removeAlias(QStringLiteral("not there"), &error));
    got = m_store->aliases();
    ASSERT_EQ(got.size(), 1u);
    EXPECT_EQ(got[0].surface, QStringLiteral("Acme"));
}

TEST_F(ProjectStoreTest, SettingsRoundTrip) {
    QString error;
    EXPECT_TRUE(m_store->setting(QStringLiteral("folder")).isEmpty());
    ASSERT_TRUE(m_store->setSetting(QStringLiteral("folder"), QStringLiteral("/a"), &error));
    ASSERT_TRUE(
        m_store->setSetting(QStringLiteral("folder"), QStringLiteral("/b \U0001F4C1"), &error));
    reopen();
    EXPECT_EQ(m_store->setting(QStringLiteral("folder")), QStringLiteral("/b \U0001F4C1"));
}

TEST_F(ProjectStoreTest, SearchFindsASentenceAndReturnsItsSpan) {
    const StoredDocument a = richDocument(QStringLiteral("a.md"), true);
    ASSERT_TRUE(put(*m_store, a));
    ASSERT_TRUE(put(*m_store, richDocument(QStringLiteral("b.md"), false,
                                           QStringLiteral("Nothing about launches."))));

    std::vector<SearchHit> hits = m_store->search(QStringLiteral("trillion parameters"));
    ASSERT_EQ(hits.size(), 2u);
    EXPECT_EQ(hits[0].document, QStringLiteral("a.md")); // equal rank: by document
    EXPECT_EQ(hits[0].start, a.sentences[2].start);
    EXPECT_EQ(hits[0].end, a.sentences[2].end);
    EXPECT_TRUE(hits[0].snippet.contains(QStringLiteral("trillion")))
        << hits[0].snippet.toStdString();

    // Every word must occur; case and diacritics are folded.
    EXPECT_TRUE(m_store->search(QStringLiteral("trillion vision")).empty());
    EXPECT_EQ(m_store->search(QStringLiteral("VISION supportéd")).size(), 2u);
    EXPECT_EQ(m_store->search(QStringLiteral("launch*")).size(),
              3u); // two headings, one "launches"
    EXPECT_EQ(m_store->search(QStringLiteral("launches")).size(), 1u);
    // Words with punctuation or FTS syntax are taken literally, never a syntax error.
    EXPECT_EQ(m_store->search(QStringLiteral("1.6")).size(), 2u);
    EXPECT_EQ(m_store->search(QStringLiteral("Zeta-9")).size(), 2u);
    EXPECT_TRUE(m_store->search(QStringLiteral("\"unbalanced AND (")).empty());
    EXPECT_EQ(m_store->search(QStringLiteral("NOT")).size(), 2u); // a word, not an operator
    EXPECT_TRUE(m_store->search(QStringLiteral("   ")).empty());
    EXPECT_EQ(m_store->search(QStringLiteral("parameters"), 1).size(), 1u);

    // Offsets are UTF-16 into the document text, past the astral emoji.
    const Document doc = *m_store->document(QStringLiteral("a.md"));
    hits = m_store->search(QStringLiteral("Q-chip"));
    ASSERT_FALSE(hits.empty());
    EXPECT_EQ(doc.text.mid(hits[0].start, hits[0].end - hits[0].start),
              QStringLiteral("Training used only the Q-chip."));
}

TEST_F(ProjectStoreTest, RolledBackScanLeavesThePreviousState) {
    const StoredDocument a = richDocument(QStringLiteral("a.md"), true);
    const StoredDocument b = richDocument(QStringLiteral("b.md"), false);
    ASSERT_TRUE(put(*m_store, a));
    ASSERT_TRUE(put(*m_store, b));
    const Conflict c = releaseConflict({{QStringLiteral("2026-04-25"), QStringLiteral("one")},
                                        {QStringLiteral("2026-04-24"), QStringLiteral("two")}});
    QString error;
    ASSERT_TRUE(m_store->replaceConflicts({c}, &error));
    Review r;
    r.conflictId = c.id;
    r.status = ReviewStatus::Confirmed;
    r.note = QStringLiteral("before");
    ASSERT_TRUE(m_store->saveReview(r, &error));
    ASSERT_TRUE(m_store->setAlias({QStringLiteral("Z"), QStringLiteral("Zeta-9")}, &error));
    const size_t claimsBefore = m_store->claims().size();

    auto scanAndAbandon = [&](bool viaDestructor) {
        ASSERT_TRUE(m_store->beginScan(&error)) << error.toStdString();
        EXPECT_TRUE(m_store->inScan());
        StoredDocument changed =
            richDocument(QStringLiteral("a.md"), true, QStringLiteral("More."));
        changed.doc.title = QStringLiteral("changed");
        ASSERT_TRUE(put(*m_store, changed, &error)) << error.toStdString();
        ASSERT_TRUE(m_store->removeDocument(QStringLiteral("b.md"), &error));
        ASSERT_TRUE(put(*m_store, richDocument(QStringLiteral("new.md"), true)));
        ASSERT_TRUE(m_store->replaceConflicts({}, &error));
        Review r2 = r;
        r2.note = QStringLiteral("during the scan");
        ASSERT_TRUE(m_store->saveReview(r2, &error));
        ASSERT_TRUE(m_store->removeAlias(QStringLiteral("Z"), &error));
        // The scan sees its own writes.
        EXPECT_EQ(m_store->documents().size(), 2u);
        EXPECT_TRUE(m_store->conflicts().empty());
        if (viaDestructor) {
            m_store.reset(); // a crash or a quit mid-scan
            reopen();
        } else {
            m_store->rollbackScan();
        }
        EXPECT_FALSE(m_store->inScan());
    };

    for (bool viaDestructor : {false, true}) {
        SCOPED_TRACE(viaDestructor ? "store closed mid-scan" : "rollbackScan");
        scanAndAbandon(viaDestructor);
        const std::vector<Document> docs = m_store->documents();
        ASSERT_EQ(docs.size(), 2u);
        EXPECT_EQ(docs[0].title, a.doc.title);
        EXPECT_EQ(docs[1].path, QStringLiteral("b.md"));
        EXPECT_EQ(m_store->claims().size(), claimsBefore);
        EXPECT_EQ(m_store->search(QStringLiteral("More")).size(), 0u);
        EXPECT_EQ(m_store->search(QStringLiteral("trillion")).size(), 2u);
        ASSERT_EQ(m_store->conflicts().size(), 1u);
        EXPECT_EQ(m_store->review(c.id)->note, QStringLiteral("before"));
        EXPECT_EQ(m_store->aliases().size(), 1u);
    }

    // And a committed scan keeps everything it wrote.
    ASSERT_TRUE(m_store->beginScan(&error));
    ASSERT_TRUE(m_store->removeDocument(QStringLiteral("b.md"), &error));
    ASSERT_TRUE(m_store->commitScan(&error)) << error.toStdString();
    reopen();
    EXPECT_EQ(m_store->documents().size(), 1u);
    EXPECT_FALSE(m_store->commitScan(&error)); // no scan running
}

TEST_F(ProjectStoreTest, ScanCannotBeginTwice) {
    QString error;
    ASSERT_TRUE(m_store->beginScan(&error));
    EXPECT_FALSE(m_store->beginScan(&error));
    EXPECT_TRUE(error.contains(QStringLiteral("already running"))) << error.toStdString();
    m_store->rollbackScan();
    EXPECT_TRUE(m_store->beginScan(&error)) << error.toStdString();
    EXPECT_TRUE(m_store->commitScan(&error));
}

TEST_F(ProjectStoreTest, DefaultPathIsInsideAWritableFolder) {
    QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    const QString path = ProjectStore::defaultPathFor(folder.path());
    EXPECT_EQ(path, QDir(folder.path()).absoluteFilePath(QStringLiteral(".crosscheck.sqlite")));
    // The write probe leaves nothing behind.
    EXPECT_TRUE(QDir(folder.path())
                    .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
                    .isEmpty());
}

TEST_F(ProjectStoreTest, DefaultPathForAFolderThatCannotBeWrittenIsPerUser) {
    // A folder that does not exist cannot take the probe file, even for root.
    QStandardPaths::setTestModeEnabled(true); // per-user files go to a test location
    const QString missing = m_dir.filePath(QStringLiteral("no/such/folder"));
    const QString path = ProjectStore::defaultPathFor(missing);
    EXPECT_FALSE(path.startsWith(missing)) << path.toStdString();
    EXPECT_TRUE(path.contains(QStringLiteral("/projects/"))) << path.toStdString();
    EXPECT_TRUE(path.endsWith(QStringLiteral(".sqlite")));
    EXPECT_TRUE(QFileInfo(QFileInfo(path).absolutePath()).isDir());
    EXPECT_EQ(ProjectStore::defaultPathFor(missing), path); // stable per folder
    EXPECT_NE(ProjectStore::defaultPathFor(missing + QStringLiteral("2")), path);
}

} // namespace
} // namespace cc
