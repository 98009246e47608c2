#pragma once

// Synthetic claims and documents for the detector tests. Every entity, outlet
// and date here is invented.
#include "detect/ConflictDetector.h"
#include "lexicon/LexiconSet.h"
#include "model/Claim.h"
#include "model/Conflict.h"
#include "model/Document.h"

#include <QMap>
#include <QStringList>
#include <vector>

namespace cc::test {

// Attribute metadata as the predicates lexicon gives it (the test's own copy).
inline QByteArray predicatesJson() {
    return R"({"schema": "crosscheck.lexicon/1", "name": "predicates",
  "description": "test predicates",
  "entries": [
    {"key": "release_date", "label": "release date", "type": "date", "single_valued": true, "line_shared": true},
    {"key": "report_date", "label": "report date", "type": "date", "single_valued": true},
    {"key": "employees", "label": "employees", "type": "quantity", "dimension": "count", "single_valued": true, "time_scoped": true, "undated_scope": "year"},
    {"key": "approval_date", "label": "approval date", "type": "date", "single_valued": true, "actor_scoped": true},
    {"key": "parameter_count", "label": "parameter count", "type": "quantity", "dimension": "parameters", "single_valued": true},
    {"key": "funding_amount", "label": "funding amount", "type": "quantity", "dimension": "currency", "single_valued": true},
    {"key": "revenue_growth", "label": "revenue growth", "type": "quantity", "dimension": "percent", "single_valued": true, "time_scoped": true},
    {"key": "api_price", "label": "API price", "type": "quantity", "single_valued": false},
    {"key": "headquarters", "label": "headquarters", "type": "category", "single_valued": true},
    {"key": "training_hardware", "label": "training hardware", "type": "category", "single_valued": false},
    {"key": "image_input", "label": "image input", "type": "polarity", "single_valued": true}
  ]})";
}

inline QByteArray outletsJson() {
    return R"({"schema": "crosscheck.lexicon/1", "name": "outlets",
  "description": "test outlets",
  "entries": [
    {"key": "Meridian Wire", "aliases": ["MW", "The Meridian Wire"], "hosts": ["meridianwire.example"], "wire": true},
    {"key": "Harbor Ledger", "aliases": ["HL"], "hosts": ["harborledger.example"]}
  ]})";
}

inline LexiconSet testLexicons() {
    LexiconSet set;
    set.addData(predicatesJson(), QStringLiteral("predicates.json"));
    set.addData(outletsJson(), QStringLiteral("outlets.json"));
    return set;
}

inline Document doc(const QString &path, QDate published = QDate(2031, 6, 10),
                    const QByteArray &hash = QByteArray()) {
    Document d;
    d.path = path;
    d.format = QStringLiteral("txt");
    d.title = path;
    if (published.isValid())
        d.published = DateInterval::day(published);
    d.contentHash = hash.isEmpty() ? QByteArray("hash-") + path.toUtf8() : hash;
    return d;
}

// Builds claims compactly; offsets grow so that claims of one document differ.
class ClaimMaker {
public:
    Claim make(const QString &document, const QString &subject, const QString &attribute,
               const ClaimValue &value, Certainty certainty = Certainty::Asserted) {
        Claim c;
        c.document = document;
        c.subject = subject;
        c.subjectSurface = subject;
        c.attribute = attribute;
        c.value = value;
        c.label = value.toLabel();
        c.certainty = certainty;
        const qsizetype at = (m_next[document] += 100);
        c.sentenceStart = c.cpSentenceStart = at;
        c.sentenceEnd = c.cpSentenceEnd = at + 60;
        c.valueStart = c.cpValueStart = at + 20;
        c.valueEnd = c.cpValueEnd = at + 30;
        c.quote =
            subject + QLatin1Char(' ') + attribute + QLatin1Char(' ') + c.label + QLatin1Char('.');
        return c;
    }
    Claim date(const QString &document, const QString &subject, const DateInterval &d,
               Certainty certainty = Certainty::Asserted,
               const QString &attribute = QStringLiteral("release_date")) {
        return make(document, subject, attribute, ClaimValue::fromDate(d), certainty);
    }
    Claim day(const QString &document, const QString &subject, int y, int m, int dd,
              Certainty certainty = Certainty::Asserted) {
        return date(document, subject, DateInterval::day(QDate(y, m, dd)), certainty);
    }
    Claim number(const QString &document, const QString &subject, const QString &attribute,
                 std::optional<double> low, std::optional<double> high, const QString &unit,
                 const QString &dimension, bool approximate = false,
                 Certainty certainty = Certainty::Asserted) {
        Quantity q;
        q.low = low;
        q.high = high;
        q.unit = unit;
        q.dimension = dimension;
        q.approximate = approximate;
        return make(document, subject, attribute, ClaimValue::fromQuantity(q), certainty);
    }
    Claim term(const QString &document, const QString &subject, const QString &attribute,
               const QString &term, bool exclusive = false,
               Certainty certainty = Certainty::Asserted) {
        return make(document, subject, attribute, ClaimValue::fromCategory(term, exclusive),
                    certainty);
    }
    Claim polarity(const QString &document, const QString &subject, const QString &attribute,
                   bool present, Certainty certainty = Certainty::Asserted) {
        return make(document, subject, attribute, ClaimValue::fromPolarity(present), certainty);
    }

private:
    QMap<QString, qsizetype> m_next;
};

inline std::vector<Document> docs(std::initializer_list<const char *> paths) {
    std::vector<Document> out;
    for (const char *p : paths)
        out.push_back(doc(QString::fromUtf8(p)));
    return out;
}

// A readable, complete dump of conflicts for determinism checks.
inline QString dump(const std::vector<Conflict> &conflicts) {
    QStringList lines;
    for (const Conflict &c : conflicts) {
        lines << c.id + QLatin1Char(' ') + toString(c.kind) + QLatin1Char(' ') +
                     toString(c.severity) + QLatin1Char(' ') + c.subject + QLatin1Char('/') +
                     c.attribute + QLatin1Char('/') + c.scope +
                     (c.intraDocument ? QStringLiteral(" intra") : QString()) + QLatin1Char(' ') +
                     c.why;
        for (const ConflictSide &s : c.sides) {
            lines << QStringLiteral("  ") + s.value + QLatin1Char('|') + s.label +
                         QLatin1Char('|') + QString::number(s.independentSources) +
                         QLatin1Char('|') + s.firstReported.toString(Qt::ISODate);
            for (const Claim &cl : s.claims)
                lines << QStringLiteral("    ") + cl.document + QLatin1Char('@') +
                             QString::number(cl.cpSentenceStart) + QLatin1Char(' ') + cl.quote;
        }
    }
    return lines.join(QLatin1Char('\n'));
}

inline QStringList sideValues(const Conflict &c) {
    QStringList out;
    for (const ConflictSide &s : c.sides)
        out << s.value;
    return out;
}

} // namespace cc::test
