// Models and proxies of the analyst's desktop over value types (no project file):
// grouping, filtering, sorting, evidence highlighting, lazy claims, document marks.
#include "ClaimTableModel.h"
#include "ConflictFilterProxy.h"
#include "ConflictTreeModel.h"
#include "DocumentListModel.h"
#include "EvidenceModel.h"
#include "Roles.h"
#include "TextFilterProxy.h"
#include "UiTestSupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace cc;

namespace {

Claim dateClaim(const QString &doc, const QString &subject, const QString &attribute, QDate date,
                const QString &quote, const QString &valueWords, qsizetype sentenceStart = 100) {
    Claim c;
    c.document = doc;
    c.subject = subject;
    c.subjectSurface = subject;
    c.attribute = attribute;
    c.value = ClaimValue::fromDate(DateInterval::day(date));
    c.label = valueWords;
    c.quote = quote;
    c.sentenceStart = sentenceStart;
    c.sentenceEnd = sentenceStart + quote.size();
    const qsizetype at = quote.indexOf(valueWords);
    c.valueStart = sentenceStart + at;
    c.valueEnd = c.valueStart + valueWords.size();
    c.claimDate = date.addDays(7);
    return c;
}

Conflict conflict(const QString &subject, const QString &attribute, ConflictKind kind,
                  Severity severity, ReviewStatus status = ReviewStatus::Open) {
    Conflict c;
    c.subject = subject;
    c.attribute = attribute;
    c.attributeLabel = QString(attribute).replace(QLatin1Char('_'), QLatin1Char(' '));
    c.kind = kind;
    c.severity = severity;
    c.status = status;
    c.id = Conflict::makeId(subject, attribute, QString(), kind);
    c.why = QStringLiteral("two sources disagree");
    ConflictSide a;
    a.label = QStringLiteral("March 3");
    a.value = QStringLiteral("2026-03-03");
    a.independentSources = 2;
    a.firstReported = QDate(2026, 3, 10);
    a.claims.push_back(dateClaim(QStringLiteral("a.txt"), subject, attribute, QDate(2026, 3, 3),
                                 QStringLiteral("It shipped on March 3 to everyone."),
                                 QStringLiteral("March 3")));
    ConflictSide b;
    b.label = QStringLiteral("March 5");
    b.value = QStringLiteral("2026-03-05");
    b.independentSources = 1;
    b.firstReported = QDate(2026, 3, 12);
    b.claims.push_back(dateClaim(QStringLiteral("b.txt"), subject, attribute, QDate(2026, 3, 5),
                                 QStringLiteral("It shipped on March 5, a report says."),
                                 QStringLiteral("March 5")));
    c.sides = {a, b};
    return c;
}

std::vector<Conflict> sampleConflicts() {
    return {conflict(QStringLiteral("Orbis"), QStringLiteral("release_date"), ConflictKind::Date,
                     Severity::Medium),
            conflict(QStringLiteral("Orbis"), QStringLiteral("price"), ConflictKind::Number,
                     Severity::Low, ReviewStatus::Dismissed),
            conflict(QStringLiteral("Zentrix"), QStringLiteral("headcount"), ConflictKind::Number,
                     Severity::High, ReviewStatus::Confirmed),
            conflict(QStringLiteral("Amberline"), QStringLiteral("founded"), ConflictKind::Date,
                     Severity::Low)};
}

QStringList topLevelLabels(const QAbstractItemModel &model) {
    QStringList labels;
    for (int r = 0; r < model.rowCount(); ++r)
        labels << model.index(r, 0).data().toString();
    return labels;
}

} // namespace

class UiModelsTest : public QObject {
    Q_OBJECT
private slots:
    void conflictTreeGroupsBySubject() {
        ConflictTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setConflicts(sampleConflicts());
        QCOMPARE(model.rowCount(), 3); // Amberline, Orbis, Zentrix
        const QModelIndex orbis = model.index(1, 0);
        QVERIFY(orbis.data(Roles::IsGroupRole).toBool());
        QVERIFY(orbis.data().toString().startsWith(QStringLiteral("Orbis")));
        QCOMPARE(model.rowCount(orbis), 2);
        const QModelIndex child = model.index(0, 0, orbis);
        QVERIFY(!child.data(Roles::IsGroupRole).toBool());
        QCOMPARE(child.parent(), orbis);
        QVERIFY(model.conflictAt(child) != nullptr);
        QCOMPARE(model.conflictAt(orbis), nullptr);
        // indexOf finds each conflict back.
        for (const Conflict &c : sampleConflicts())
            QCOMPARE(model.indexOf(c.id).data(Roles::ConflictIdRole).toString(), c.id);
        QVERIFY(!model.indexOf(QStringLiteral("no-such-id")).isValid());
        // Sides column lists both values.
        QVERIFY(model.index(0, ConflictTreeModel::SidesColumn, orbis)
                    .data()
                    .toString()
                    .contains(QStringLiteral("March 5")));
    }

    void groupSeverityIsItsWorstConflict() {
        ConflictTreeModel model;
        model.setConflicts(sampleConflicts());
        const QModelIndex orbis = model.index(1, ConflictTreeModel::SeverityColumn);
        QCOMPARE(orbis.data(Roles::SortRole).toInt(), static_cast<int>(Severity::Medium));
    }

    void proxySortsBySeverityDescending() {
        ConflictTreeModel model;
        model.setConflicts(sampleConflicts());
        ConflictFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.sort(ConflictTreeModel::SeverityColumn, Qt::DescendingOrder);
        const QStringList groups = topLevelLabels(proxy);
        QVERIFY2(groups.value(0).startsWith(QStringLiteral("Zentrix")),
                 qPrintable(groups.join(',')));
        QVERIFY2(groups.value(2).startsWith(QStringLiteral("Amberline")),
                 qPrintable(groups.join(',')));
        // Inside Orbis: the medium date conflict before the low price one.
        const QModelIndex orbis = proxy.index(1, 0);
        QCOMPARE(proxy.index(0, ConflictTreeModel::KindColumn, orbis).data().toString(),
                 QStringLiteral("Date"));
        QCOMPARE(proxy.acceptedConflictIds().size(), 4);
    }

    void proxyFiltersByKindStatusAndText() {
        ConflictTreeModel model;
        model.setConflicts(sampleConflicts());
        ConflictFilterProxy proxy;
        proxy.setSourceModel(&model);
        QSignalSpy changed(&proxy, &ConflictFilterProxy::filterChanged);

        proxy.setKindFilter(ConflictKind::Number);
        QCOMPARE(proxy.acceptedConflictIds().size(), 2);
        QCOMPARE(proxy.rowCount(), 2); // Amberline has no number conflict: its group is gone
        QVERIFY(proxy.isFiltering());

        proxy.setStatusFilter(ConflictFilterProxy::StatusFilter::Dismissed);
        QCOMPARE(proxy.acceptedConflictIds(),
                 QStringList{Conflict::makeId(QStringLiteral("Orbis"), QStringLiteral("price"),
                                              QString(), ConflictKind::Number)});

        proxy.setKindFilter(std::nullopt);
        proxy.setStatusFilter(ConflictFilterProxy::StatusFilter::NeedsAttention);
        QCOMPARE(proxy.acceptedConflictIds().size(), 2); // the two open ones

        proxy.setStatusFilter(ConflictFilterProxy::StatusFilter::Any);
        proxy.setTextFilter(QStringLiteral("  ZENTRIX  "));
        QCOMPARE(proxy.acceptedConflictIds().size(), 1);
        // Every word must match: a second word that matches nothing empties the list.
        proxy.setTextFilter(QStringLiteral("zentrix nowhere"));
        QCOMPARE(proxy.acceptedConflictIds().size(), 0);
        QCOMPARE(proxy.rowCount(), 0);
        // Words from the sides' values and documents count too.
        proxy.setTextFilter(QStringLiteral("b.txt orbis"));
        QCOMPARE(proxy.acceptedConflictIds().size(), 2);
        proxy.setTextFilter(QString());
        QVERIFY(!proxy.isFiltering());
        QVERIFY(changed.count() >= 6);
    }

    void updateConflictChangesStatusInPlace() {
        ConflictTreeModel model;
        std::vector<Conflict> conflicts = sampleConflicts();
        model.setConflicts(conflicts);
        ConflictFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.setStatusFilter(ConflictFilterProxy::StatusFilter::Open);
        QCOMPARE(proxy.acceptedConflictIds().size(), 2);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy data(&model, &QAbstractItemModel::dataChanged);
        Conflict c = conflicts[0];
        c.status = ReviewStatus::Confirmed;
        c.changedSinceReview = false;
        model.updateConflict(c);
        QCOMPARE(reset.count(), 0);
        QVERIFY(data.count() >= 1);
        QCOMPARE(model.indexOf(c.id, ConflictTreeModel::StatusColumn).data().toString(),
                 QStringLiteral("Confirmed"));
        // The dynamic filter drops it from the "open" view at once.
        QCOMPARE(proxy.acceptedConflictIds().size(), 1);
    }

    void changedSinceReviewIsMarked() {
        ConflictTreeModel model;
        std::vector<Conflict> conflicts = sampleConflicts();
        conflicts[2].changedSinceReview = true;
        model.setConflicts(conflicts);
        const QModelIndex status = model.indexOf(conflicts[2].id, ConflictTreeModel::StatusColumn);
        QVERIFY(status.data().toString().contains(QStringLiteral("changed since review")));
        QVERIFY(status.data(Roles::ChangedSinceReviewRole).toBool());
        ConflictFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.setStatusFilter(ConflictFilterProxy::StatusFilter::NeedsAttention);
        QVERIFY(proxy.acceptedConflictIds().contains(conflicts[2].id)); // confirmed but changed
    }

    void evidenceShowsSidesAndClaims() {
        EvidenceModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        Conflict c = sampleConflicts()[0];
        c.chosenSide = 1;
        Document a;
        a.path = QStringLiteral("a.txt");
        a.title = QStringLiteral("Morning Digest");
        a.citedSources << QStringLiteral("Wire Service");
        model.setConflict(c, {{a.path, a}});
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex side0 = model.index(0, 0);
        QVERIFY(side0.data().toString().contains(QStringLiteral("March 3")));
        QVERIFY(
            side0.data(Roles::DetailTextRole).toString().contains(QStringLiteral("2 independent")));
        QVERIFY(!side0.data(Roles::ChosenRole).toBool());
        QVERIFY(model.index(1, 0).data(Roles::ChosenRole).toBool());
        QCOMPARE(model.rowCount(side0), 1);
        const QModelIndex claim = model.index(0, 0, side0);
        QVERIFY(model.claimAt(claim) != nullptr);
        QCOMPARE(model.sideAt(claim), 0);
        QCOMPARE(claim.data(Roles::DocumentPathRole).toString(), QStringLiteral("a.txt"));
        QVERIFY(claim.data(Roles::DetailTextRole)
                    .toString()
                    .contains(QStringLiteral("Morning Digest")));
        const QString html = claim.data(Roles::RichTextRole).toString();
        QVERIFY2(html.contains(QStringLiteral("font-weight:bold;\">March 3</span>")),
                 qPrintable(html));
        model.setConflict(std::nullopt);
        QCOMPARE(model.rowCount(), 0);
    }

    void highlightEscapesAndFallsBack() {
        Claim c =
            dateClaim(QStringLiteral("a.txt"), QStringLiteral("X"), QStringLiteral("release_date"),
                      QDate(2026, 3, 3), QStringLiteral("<b>Tags</b> & March 3 release"),
                      QStringLiteral("March 3"));
        const QString html = EvidenceModel::highlightedSentence(c, Qt::yellow);
        QVERIFY2(html.startsWith(QStringLiteral("&lt;b&gt;Tags&lt;/b&gt; &amp; <span")),
                 qPrintable(html));
        // Offsets that do not fit the quote: the label is found in the sentence instead.
        c.valueStart = 9999;
        c.valueEnd = 10005;
        QVERIFY(EvidenceModel::highlightedSentence(c, Qt::yellow)
                    .contains(QStringLiteral(">March 3</span>")));
        // Nothing to mark: the sentence, escaped, unmarked.
        c.label = QStringLiteral("June 9");
        QVERIFY(
            !EvidenceModel::highlightedSentence(c, Qt::yellow).contains(QStringLiteral("<span")));
    }

    void claimsTableFetchesLazily() {
        std::vector<Claim> claims;
        const int total = ClaimTableModel::kChunk * 2 + 17;
        for (int i = 0; i < total; ++i)
            claims.push_back(dateClaim(QStringLiteral("doc%1.txt").arg(i % 7),
                                       QStringLiteral("S%1").arg(i), QStringLiteral("release_date"),
                                       QDate(2026, 1, 1).addDays(i % 300),
                                       QStringLiteral("Claim number %1 on January 1.").arg(i),
                                       QStringLiteral("January 1")));
        ClaimTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        int pagesAsked = 0;
        auto shared = std::make_shared<std::vector<Claim>>(claims);
        model.setSource(total, [&pagesAsked, shared](qsizetype offset, qsizetype limit) {
            ++pagesAsked;
            const auto from = shared->begin() + offset;
            const auto to = shared->begin() + std::min<qsizetype>(offset + limit, shared->size());
            return std::vector<Claim>(from, to);
        });
        QCOMPARE(model.rowCount(), ClaimTableModel::kChunk);
        QCOMPARE(pagesAsked, 1);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * ClaimTableModel::kChunk);
        model.ensureLoaded(total - 1);
        QCOMPARE(model.rowCount(), total);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.index(total - 1, ClaimTableModel::SubjectColumn).data().toString(),
                 QStringLiteral("S%1").arg(total - 1));

        TextFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.setTextFilter(QStringLiteral("s4 number"));
        // S4, S40..S49, S400..S499, S4000..S4016 (of 4017 claims)
        QCOMPARE(proxy.rowCount(), 1 + 10 + 100 + 17);
    }

    void rejectedClaimsAreStruckThrough() {
        Claim c = dateClaim(QStringLiteral("a.txt"), QStringLiteral("X"),
                            QStringLiteral("release_date"), QDate(2026, 3, 3),
                            QStringLiteral("It came on March 3."), QStringLiteral("March 3"));
        c.rejected = true;
        ClaimTableModel model;
        model.setClaims({c});
        QVERIFY(model.index(0, 0).data(Qt::FontRole).value<QFont>().strikeOut());
        QVERIFY(model.index(0, 0).data(Roles::RejectedRole).toBool());
    }

    void documentsShowChangeMarksAndCounts() {
        std::vector<DocumentRow> rows(3);
        rows[0].document.path = QStringLiteral("a.txt");
        rows[0].document.title = QStringLiteral("Alpha");
        rows[0].document.published = DateInterval::day(QDate(2026, 3, 10));
        rows[0].claims = 4;
        rows[0].conflicts = 1;
        rows[0].change = DocumentChange::New;
        rows[1].document.path = QStringLiteral("b.txt");
        rows[1].document.warnings << QStringLiteral("damaged encoding");
        rows[2].document.path = QStringLiteral("gone.txt");
        rows[2].change = DocumentChange::Gone;
        DocumentListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocuments(rows);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, DocumentListModel::Title).data().toString(),
                 QStringLiteral("Alpha"));
        QCOMPARE(model.index(1, DocumentListModel::Title).data().toString(),
                 QStringLiteral("b.txt"));
        QCOMPARE(model.index(0, DocumentListModel::Published).data().toString(),
                 QStringLiteral("2026-03-10"));
        QCOMPARE(model.index(1, DocumentListModel::Published).data().toString(),
                 QStringLiteral("none stated"));
        QCOMPARE(model.index(0, DocumentListModel::Claims).data().toInt(), 4);
        QCOMPARE(model.index(0, DocumentListModel::Change).data().toString(),
                 QStringLiteral("new"));
        QCOMPARE(model.index(1, DocumentListModel::Warnings).data().toString(),
                 QStringLiteral("damaged encoding"));
        QCOMPARE(model.index(2, DocumentListModel::Change).data().toString(),
                 QStringLiteral("gone"));
        QVERIFY(model.index(2, 0).data(Qt::FontRole).value<QFont>().strikeOut());
        QVERIFY(!model.index(2, DocumentListModel::Claims).data().isValid());
        QCOMPARE(model.rowOf(QStringLiteral("b.txt")), 1);

        TextFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(DocumentListModel::Published, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data(Roles::DocumentPathRole).toString(),
                 QStringLiteral("a.txt"));
        proxy.setTextFilter(QStringLiteral("alpha"));
        QCOMPARE(proxy.rowCount(), 1);
    }
};

QTEST_MAIN(UiModelsTest)
#include "UiModelsTest.moc"
