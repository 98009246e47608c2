#pragma once

// Small project contents shared by the store tests: documents whose every
// field is set, their sentences and claims, and conflicts over those claims.

#include "model/Claim.h"
#include "model/CodePointIndex.h"
#include "model/Conflict.h"
#include "model/Document.h"
#include "model/Sentence.h"
#include "store/ProjectStore.h"

#include <QDateTime>
#include <QStringList>
#include <algorithm>
#include <vector>

namespace cc::test {

struct StoredDocument {
    Document doc;
    std::vector<Sentence> sentences;
    std::vector<Claim> claims;
    QStringList entities;
    StoredDocumentState state;
};

// A claim on the sentence [start, end) of doc, with the value's words at valueWords.
inline Claim claimIn(const Document &doc, qsizetype start, qsizetype end, const QString &valueWords,
                     const QString &subject, const QString &attribute, const ClaimValue &value) {
    const CodePointIndex cp(doc.text);
    Claim c;
    c.document = doc.path;
    c.subject = subject;
    c.subjectSurface = subject;
    c.attribute = attribute;
    c.value = value;
    c.label = value.toLabel();
    c.sentenceStart = start;
    c.sentenceEnd = end;
    c.valueStart = doc.text.indexOf(valueWords, start);
    c.valueEnd = c.valueStart + valueWords.size();
    c.cpSentenceStart = cp.toCodePoint(c.sentenceStart);
    c.cpSentenceEnd = cp.toCodePoint(c.sentenceEnd);
    c.cpValueStart = cp.toCodePoint(c.valueStart);
    c.cpValueEnd = cp.toCodePoint(c.valueEnd);
    c.quote = doc.text.mid(start, end - start);
    c.claimDate =
        doc.published && doc.published->begin.isValid() ? doc.published->begin : QDate(2026, 1, 1);
    return c;
}

// A document with every field set, a non-BMP character before the claims (so
// UTF-16 and code-point offsets differ) and no publication date when `dated` is false.
inline StoredDocument richDocument(const QString &path, bool dated, const QString &extra = {}) {
    StoredDocument s;
    Document &d = s.doc;
    d.path = path;
    d.contentHash = QByteArray("ab12cd34").repeated(8);
    d.format = QStringLiteral("md");
    d.title = QStringLiteral("Weekly briefing \U0001D4D1 ") + path;
    if (dated) {
        DateInterval published = DateInterval::day(QDate(2026, 4, 27));
        published.ambiguous = true;
        d.published = published;
    }
    d.outlet = QStringLiteral("Example Wire");
    d.citedSources = {QStringLiteral("Wire A"), QStringLiteral("Wire B")};
    d.text = QStringLiteral("Heading \U0001F680 launch\n"
                            "The Zeta-9 model was released on April 25. "
                            "It has about 1.6 trillion parameters. ") +
             extra +
             QStringLiteral("\n| Chip | Role |\n"
                            "Training used only the Q-chip. Vision is not supported.\n");
    d.citations = {{QStringLiteral("Wire A"), 3, 9}, {QStringLiteral("Wire B"), 10, 14}};
    d.warnings = {QStringLiteral("lost bytes near offset 12")};
    d.fileSize = 20480;
    d.fileModified = QDateTime(QDate(2026, 4, 28), QTime(9, 30, 15, 123), Qt::UTC);
    d.pageStarts = {0, 18};
    const qsizetype tableStart = d.text.indexOf(QStringLiteral("| Chip"));
    const qsizetype tableEnd = d.text.indexOf(QLatin1Char('\n'), tableStart);
    d.tableRows = {
        {tableStart, tableEnd, {QStringLiteral("Chip"), QStringLiteral("Role")}, true, 2}};
    d.partIndex = 3;

    auto sentenceAt = [&](const QString &words, Sentence::Kind kind) {
        Sentence sentence;
        sentence.start = d.text.indexOf(words);
        sentence.end = sentence.start + words.size();
        sentence.kind = kind;
        sentence.page = sentence.start >= 18 ? 2 : 1;
        return sentence;
    };
    s.sentences.push_back(
        sentenceAt(QStringLiteral("Heading \U0001F680 launch"), Sentence::Kind::Heading));
    s.sentences.push_back(sentenceAt(QStringLiteral("The Zeta-9 model was released on April 25."),
                                     Sentence::Kind::Prose));
    s.sentences.push_back(
        sentenceAt(QStringLiteral("It has about 1.6 trillion parameters."), Sentence::Kind::Prose));
    Sentence row = sentenceAt(QStringLiteral("| Chip | Role |"), Sentence::Kind::TableRow);
    row.cells = {QStringLiteral("Chip"), QStringLiteral("Role")};
    row.language = QStringLiteral("zh");
    s.sentences.push_back(row);
    s.sentences.push_back(
        sentenceAt(QStringLiteral("Training used only the Q-chip."), Sentence::Kind::ListItem));
    s.sentences.push_back(
        sentenceAt(QStringLiteral("Vision is not supported."), Sentence::Kind::Quote));

    const Sentence &released = s.sentences[1];
    Claim date = claimIn(d, released.start, released.end, QStringLiteral("April 25"),
                         QStringLiteral("Zeta-9"), QStringLiteral("release_date"),
                         ClaimValue::fromDate(DateInterval::day(QDate(2026, 4, 25))));
    date.citedSources = {QStringLiteral("Wire A")};
    date.page = 2;
    s.claims.push_back(date);

    const Sentence &params = s.sentences[2];
    Quantity q;
    q.low = 1.6e12;
    q.high = std::nullopt; // an open bound must come back open
    q.unit = QStringLiteral("parameters");
    q.dimension = QStringLiteral("parameters");
    q.approximate = true;
    Claim quantity = claimIn(d, params.start, params.end, QStringLiteral("1.6 trillion"),
                             QStringLiteral("Zeta-9"), QStringLiteral("parameter_count"),
                             ClaimValue::fromQuantity(q));
    quantity.certainty = Certainty::Hedged;
    quantity.scope = QStringLiteral("2026");
    s.claims.push_back(quantity);

    const Sentence &chip = s.sentences[4];
    Claim category = claimIn(d, chip.start, chip.end, QStringLiteral("Q-chip"),
                             QStringLiteral("Zeta-9"), QStringLiteral("training_hardware"),
                             ClaimValue::fromCategory(QStringLiteral("Q-chip"), true));
    category.fromTable = true;
    category.certainty = Certainty::Unverified;
    category.claimDate = QDate();
    s.claims.push_back(category);

    const Sentence &vision = s.sentences[5];
    Claim polarity = claimIn(d, vision.start, vision.end, QStringLiteral("not supported"),
                             QStringLiteral("Zeta-9"), QStringLiteral("vision"),
                             ClaimValue::fromPolarity(false));
    polarity.certainty = Certainty::Negated;
    s.claims.push_back(polarity);

    // An open-begin date ("by June").
    DateInterval byJune;
    byJune.end = QDate(2026, 6, 30);
    byJune.precision = DatePrecision::Month;
    Claim open = claimIn(d, released.start, released.end, QStringLiteral("released"),
                         QStringLiteral("Zeta-9"), QStringLiteral("availability_date"),
                         ClaimValue::fromDate(byJune));
    s.claims.push_back(open);

    if (!extra.isEmpty()) {
        s.sentences.push_back(sentenceAt(extra, Sentence::Kind::Prose));
        std::sort(s.sentences.begin(), s.sentences.end(),
                  [](const Sentence &x, const Sentence &y) { return x.start < y.start; });
    }
    s.entities = {QStringLiteral("Zeta-9"), QStringLiteral("Q-chip \U0001F600")};
    s.state = {d.contentHash, QStringLiteral("engine-7"), QByteArray("lexhash-1")};
    return s;
}

inline bool put(ProjectStore &store, const StoredDocument &s, QString *error = nullptr) {
    QString local;
    return store.putDocument(s.doc, s.sentences, s.claims, s.entities, s.state,
                             error ? error : &local);
}

// A conflict over the release date: one side per value given, one claim each.
inline Conflict releaseConflict(const std::vector<std::pair<QString, QString>> &sideQuotes) {
    Conflict c;
    c.kind = ConflictKind::Date;
    c.severity = Severity::High;
    c.why = QStringLiteral("two sources give disjoint day-precision dates");
    c.subject = QStringLiteral("Zeta-9");
    c.attribute = QStringLiteral("release_date");
    c.attributeLabel = QStringLiteral("release date");
    c.id = Conflict::makeId(c.subject, c.attribute, c.scope, c.kind);
    for (const auto &[value, quote] : sideQuotes) {
        ConflictSide side;
        side.value = value;
        side.label = value;
        side.independentSources = 1;
        side.firstReported = QDate(2026, 4, 27);
        Claim claim;
        claim.document = QStringLiteral("a.md");
        claim.quote = quote;
        claim.value =
            ClaimValue::fromDate(DateInterval::day(QDate::fromString(value, Qt::ISODate)));
        side.claims.push_back(claim);
        c.sides.push_back(side);
    }
    return c;
}

} // namespace cc::test
