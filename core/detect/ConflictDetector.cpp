#include "detect/ConflictDetector.h"

#include "detect/PredicateCatalog.h"
#include "detect/SourceIndependence.h"
#include "detect/ValueBuckets.h"
#include "extract/EntityResolver.h"
#include "lexicon/LexiconSet.h"

#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <limits>

namespace cc {

namespace {

// Relative tolerance for rounding ("1.6 trillion" vs "1.58 trillion"), applied to
// each side, and the extra widening of an approximate figure ("~", "est.").
constexpr double kRelTolerance = 0.02;
constexpr double kApproximateTolerance = 0.05;
// The most rounding a stated percentage carries, in points ("18%" may be 17.5-18.5%).
constexpr double kPercentPointTolerance = 0.5;
// A key with more distinct incompatible values than this is noise, not a conflict
// an analyst can read; the cap also keeps a pathological key linear.
constexpr int kMaxSides = 32;
// Sides named in the one-line explanation.
constexpr int kSidesInWhy = 4;
constexpr double kInf = std::numeric_limits<double>::infinity();

// A claim taking part in one group, with the subject it is about (a variant
// grouped under its line keeps its own name here).
struct Member {
    const Claim *claim = nullptr;
    QString subject;
};

struct Group {
    QString subject; // the key's subject: the line for line-shared attributes
    QString attribute;
    QString scope;
    PredicateInfo predicate;
    bool spansVariants = false; // members may differ from the key's subject
    std::vector<Member> members;
};

// Distinct values of one kind inside a group, with the claims holding them.
struct Atom {
    ClaimValue value;
    QString key;
    bool exclusive = false;
    std::vector<int> members; // indices into Group::members
};

QString folded(const QString &s) {
    return s.simplified().toCaseFolded();
}

QString sourcesText(int n) {
    return n == 1 ? QStringLiteral("1 source") : QStringLiteral("%1 sources").arg(n);
}

// Words of a term, for "Acme Tarn 720X" contains "Tarn 720X".
QStringList words(const QString &term) {
    static const QRegularExpression sep(QStringLiteral("[^\\w.+#-]+"));
    QStringList out = folded(term).split(sep, Qt::SkipEmptyParts);
    return out;
}

bool containsWords(const QStringList &hay, const QStringList &needle) {
    if (needle.isEmpty() || needle.size() > hay.size())
        return false;
    for (qsizetype i = 0; i + needle.size() <= hay.size(); ++i) {
        bool all = true;
        for (qsizetype j = 0; j < needle.size() && all; ++j)
            all = hay[i + j] == needle[j];
        if (all)
            return true;
    }
    return false;
}

// A claim's identity for de-duplication: same place, same statement.
struct ClaimIdentity {
    const Claim *claim;
    friend bool operator==(const ClaimIdentity &a, const ClaimIdentity &b) {
        const Claim &x = *a.claim;
        const Claim &y = *b.claim;
        return x.cpSentenceStart == y.cpSentenceStart && x.cpValueStart == y.cpValueStart &&
               x.certainty == y.certainty && x.document == y.document && x.subject == y.subject &&
               x.attribute == y.attribute && x.value == y.value;
    }
};

size_t qHash(const ClaimIdentity &id, size_t seed = 0) {
    const Claim &c = *id.claim;
    return qHashMulti(seed, c.document, c.cpSentenceStart, c.cpValueStart, c.subject, c.attribute);
}

QString sentenceKey(const Claim &c) {
    return c.document + QLatin1Char('#') + QString::number(c.cpSentenceStart) + QLatin1Char('/') +
           QString::number(c.sentenceStart);
}

// Sort key for claims: by document, then position.
bool claimBefore(const Claim *a, const Claim *b) {
    if (a->document != b->document)
        return a->document < b->document;
    if (a->cpSentenceStart != b->cpSentenceStart)
        return a->cpSentenceStart < b->cpSentenceStart;
    if (a->cpValueStart != b->cpValueStart)
        return a->cpValueStart < b->cpValueStart;
    if (a->cpValueEnd != b->cpValueEnd)
        return a->cpValueEnd < b->cpValueEnd;
    if (a->subject != b->subject)
        return a->subject < b->subject;
    if (a->certainty != b->certainty)
        return a->certainty < b->certainty;
    if (a->value.toKey() != b->value.toKey())
        return a->value.toKey() < b->value.toKey();
    if (a->value.term != b->value.term)
        return a->value.term < b->value.term;
    return a->label < b->label;
}

} // namespace

struct ConflictDetector::Data {
    explicit Data(const LexiconSet &lexicons) : predicates(lexicons), sources(lexicons) {}
    PredicateCatalog predicates;
    SourceIndependence sources;
};

namespace {

// One detection run: the folder's documents and the entity relations.
class Run {
public:
    Run(const PredicateCatalog &predicates, const SourceIndependence &sources,
        const std::vector<Document> &documents, const ConflictDetector::LineOf &lineOf)
        : m_predicates(predicates), m_sources(sources), m_lineOf(lineOf) {
        for (const Document &d : documents)
            m_documents.insert(d.path, &d);
    }

    std::vector<Conflict> detect(const std::vector<Claim> &claims);

private:
    // A side under construction: its value and the group members supporting it.
    struct SideDraft {
        QString value;
        QString label;
        std::vector<int> members;
        DatePrecision precision = DatePrecision::Day; // of the seed (date kind)
    };

    QStringList ancestors(const QString &subject);
    bool comparable(const Group &g, const QString &a, const QString &b);
    bool canOppose(const Group &g, const std::vector<int> &a, const std::vector<int> &b);

    void detectValues(const Group &g, ClaimValue::Type type, std::vector<Conflict> &out);
    void detectCertainty(const Group &g, std::vector<Conflict> &out);
    void buildConflict(const Group &g, ConflictKind kind, std::vector<SideDraft> drafts,
                       bool exclusiveRule, std::vector<Conflict> &out);

    bool strongClaim(ConflictKind kind, const Claim &c) const;
    QDate reportedOn(const Claim &c) const;
    // The actor each claim of an actor-scoped attribute is grouped under (may be empty).
    QHash<const Claim *, QString> actorScopes(const std::vector<Claim> &claims) const;

    const PredicateCatalog &m_predicates;
    const SourceIndependence &m_sources;
    const ConflictDetector::LineOf &m_lineOf;
    SourceIndependence::DocumentIndex m_documents;
    QHash<QString, QStringList> m_ancestors;
};

QStringList Run::ancestors(const QString &subject) {
    if (!m_lineOf)
        return {};
    if (const auto it = m_ancestors.constFind(subject); it != m_ancestors.constEnd())
        return *it;
    QStringList chain;
    QString current = subject;
    // A line of a line ("Z4 Pro Max" -> "Z4 Pro" -> "Z4"); bounded against cycles.
    for (int depth = 0; depth < 8; ++depth) {
        const QString line = m_lineOf(current);
        if (line.isEmpty() || line == subject || chain.contains(line))
            break;
        chain << line;
        current = line;
    }
    m_ancestors.insert(subject, chain);
    return chain;
}

// A claim about a line and one about its variant compare; siblings never do.
bool Run::comparable(const Group &g, const QString &a, const QString &b) {
    if (!g.spansVariants || a == b)
        return true;
    return ancestors(a).contains(b) || ancestors(b).contains(a);
}

// Two sets of claims can stand against each other when some pair of them may be
// compared (not siblings) and comes from different sentences: one sentence giving
// several values of an attribute lists a series or a range ("120K, 280K, 450K"),
// it does not contradict itself.
bool Run::canOppose(const Group &g, const std::vector<int> &a, const std::vector<int> &b) {
    QHash<QString, QSet<QString>> sentencesA, sentencesB;
    for (int i : a)
        sentencesA[g.members[i].subject].insert(sentenceKey(*g.members[i].claim));
    for (int i : b)
        sentencesB[g.members[i].subject].insert(sentenceKey(*g.members[i].claim));
    for (auto x = sentencesA.cbegin(); x != sentencesA.cend(); ++x) {
        for (auto y = sentencesB.cbegin(); y != sentencesB.cend(); ++y) {
            if (!comparable(g, x.key(), y.key()))
                continue;
            if (x->size() > 1 || y->size() > 1 || *x != *y)
                return true;
        }
    }
    return false;
}

namespace {

// "FDA" for "U.S. Food and Drug Administration", "XASA" for "Xland Aviation Safety Agency":
// the short form's letters run through the initials of the long form's capitalized words
// (abbreviated words such as "U.S." left out), first and last letters agreeing.
bool abbreviates(const QString &shortForm, const QString &longForm) {
    if (shortForm.contains(QLatin1Char(' ')) || shortForm.size() < 2 || shortForm.size() > 8 ||
        !longForm.contains(QLatin1Char(' ')))
        return false;
    for (QChar ch : shortForm) {
        if (!ch.isUpper())
            return false;
    }
    QString initials;
    for (const QString &word : longForm.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (word.contains(QLatin1Char('.')) || !word.front().isUpper())
            continue;
        initials += word.front();
    }
    if (initials.size() < shortForm.size() || initials.front() != shortForm.front() ||
        initials.back() != shortForm.back())
        return false;
    qsizetype at = 0;
    for (QChar ch : shortForm) {
        at = initials.indexOf(ch, at);
        if (at < 0)
            return false;
        ++at;
    }
    return true;
}

} // namespace

QHash<const Claim *, QString> Run::actorScopes(const std::vector<Claim> &claims) const {
    // subject + attribute -> folded actor -> the actor as first written.
    QHash<QString, QMap<QString, QString>> actorsOf;
    std::vector<const Claim *> scoped;
    for (const Claim &c : claims) {
        if (c.rejected || !m_predicates.lookup(c.attribute, c.value.type).actorScoped)
            continue;
        scoped.push_back(&c);
        const QString actor = c.scope.simplified();
        if (!actor.isEmpty()) {
            QMap<QString, QString> &known =
                actorsOf[c.subject.toCaseFolded() + QChar(0x1f) + c.attribute];
            if (!known.contains(actor.toCaseFolded()))
                known.insert(actor.toCaseFolded(), actor);
        }
    }
    // An abbreviation and its long form are one actor, shown as the abbreviation.
    for (auto it = actorsOf.begin(); it != actorsOf.end(); ++it) {
        QMap<QString, QString> &known = it.value();
        for (auto a = known.begin(); a != known.end(); ++a) {
            for (auto b = known.begin(); b != known.end(); ++b) {
                if (a != b && abbreviates(a.value(), b.value()))
                    b.value() = a.value();
            }
        }
    }
    QHash<const Claim *, QString> out;
    for (const Claim *c : scoped) {
        const QString actor = c->scope.simplified();
        const QString sa = c->subject.toCaseFolded() + QChar(0x1f) + c->attribute;
        const QMap<QString, QString> known = actorsOf.value(sa);
        if (!actor.isEmpty()) {
            out.insert(c, known.value(actor.toCaseFolded(), actor));
            continue;
        }
        const QStringList distinct = QSet<QString>(known.cbegin(), known.cend()).values();
        if (distinct.size() == 1) {
            out.insert(c, distinct.front());
            continue;
        }
        // Several actors: the one its own briefing named last before it ("Since its March
        // 12 approval" after "the X approved it on March 8").
        const Claim *best = nullptr;
        for (const Claim *o : scoped) {
            if (o->document == c->document && o->attribute == c->attribute &&
                o->subject.compare(c->subject, Qt::CaseInsensitive) == 0 &&
                !o->scope.simplified().isEmpty() && o->sentenceStart < c->sentenceStart &&
                (!best || o->sentenceStart > best->sentenceStart))
                best = o;
        }
        if (best)
            out.insert(c, known.value(best->scope.simplified().toCaseFolded()));
    }
    return out;
}

QDate Run::reportedOn(const Claim &c) const {
    if (c.claimDate.isValid())
        return c.claimDate;
    const Document *doc = m_documents.value(c.document, nullptr);
    if (doc && doc->published) {
        if (doc->published->begin.isValid())
            return doc->published->begin;
        return doc->published->end;
    }
    return {};
}

// A claim that would make its side worth acting on: stated outright and exactly.
bool Run::strongClaim(ConflictKind kind, const Claim &c) const {
    if (kind == ConflictKind::Certainty)
        return c.certainty != Certainty::Hedged;
    if (c.certainty != Certainty::Asserted)
        return false;
    if (c.value.type == ClaimValue::Type::Quantity && c.value.quantity.approximate)
        return false;
    return true;
}

std::vector<Conflict> Run::detect(const std::vector<Claim> &claims) {
    // One pass: key -> group. Linear in the number of claims.
    QHash<QString, int> index;
    std::vector<Group> groups;
    // The same claim extracted twice counts once.
    QSet<ClaimIdentity> seen;
    seen.reserve(qsizetype(claims.size()));
    QHash<QString, QString> foldedSubjects;
    const QHash<const Claim *, QString> actors = actorScopes(claims);
    for (const Claim &c : claims) {
        if (c.rejected || c.subject.trimmed().isEmpty() || c.attribute.isEmpty())
            continue;
        const ClaimIdentity identity{&c};
        if (seen.contains(identity))
            continue;
        seen.insert(identity);
        const PredicateInfo predicate = m_predicates.lookup(c.attribute, c.value.type);
        QString keySubject = c.subject;
        bool viaLine = false;
        if (predicate.lineShared) {
            const QStringList up = ancestors(c.subject);
            if (!up.isEmpty()) {
                keySubject = up.last();
                viaLine = true;
            }
        }
        QString scope = predicate.timeScoped ? c.scope.trimmed() : QString();
        if (predicate.actorScoped && !predicate.timeScoped)
            scope = actors.value(&c);
        if (predicate.timeScoped && scope.isEmpty()) {
            // A figure that changes over time (users, staff) stated without a period holds
            // as of its report: January's count and June's are not compared.
            const QDate when = reportedOn(c);
            if (when.isValid())
                scope = QStringLiteral("as of ") + when.toString(predicate.undatedByYear
                                                                     ? QStringLiteral("yyyy")
                                                                     : QStringLiteral("yyyy-MM"));
        }
        auto f = foldedSubjects.constFind(keySubject);
        if (f == foldedSubjects.constEnd())
            f = foldedSubjects.insert(keySubject, folded(keySubject));
        const QString key = *f + QChar(0x1f) + c.attribute + QChar(0x1f) + scope.toCaseFolded();
        auto it = index.constFind(key);
        if (it == index.constEnd()) {
            it = index.insert(key, static_cast<int>(groups.size()));
            Group g;
            g.subject = keySubject;
            g.attribute = c.attribute;
            g.scope = scope;
            g.predicate = predicate;
            groups.push_back(std::move(g));
        }
        Group &g = groups[*it];
        g.members.push_back({&c, c.subject});
        g.spansVariants = g.spansVariants || viaLine || c.subject != g.subject;
    }

    std::vector<Conflict> out;
    for (Group &g : groups) {
        if (g.members.size() < 2)
            continue;
        // Claims in document order make every later choice deterministic.
        std::sort(g.members.begin(), g.members.end(),
                  [](const Member &a, const Member &b) { return claimBefore(a.claim, b.claim); });
        for (ClaimValue::Type t : {ClaimValue::Type::Date, ClaimValue::Type::Quantity,
                                   ClaimValue::Type::Category, ClaimValue::Type::Polarity})
            detectValues(g, t, out);
        detectCertainty(g, out);
    }
    std::sort(out.begin(), out.end(),
              [](const Conflict &a, const Conflict &b) { return a.id < b.id; });
    return out;
}

void Run::detectValues(const Group &g, ClaimValue::Type type, std::vector<Conflict> &out) {
    const PredicateInfo &p = g.predicate;
    if (p.type != ClaimValue::Type::None && p.type != type)
        return; // a value of the wrong type for this attribute is an extraction slip
    // Several values can be true at once: only an exclusive claim contradicts another.
    const bool exclusiveRule = !p.singleValued;
    if (exclusiveRule && type != ClaimValue::Type::Category)
        return;

    std::vector<Atom> atoms;
    QHash<QString, int> atomIndex;
    std::vector<bool> late;
    for (int i = 0; i < static_cast<int>(g.members.size()); ++i) {
        const Claim &c = *g.members[i].claim;
        ClaimValue v = c.value;
        Certainty certainty = c.certainty;
        // "without image input" may come as a negated "present": normalise to "absent".
        if (type == ClaimValue::Type::Polarity && v.type == type &&
            certainty == Certainty::Negated) {
            v.present = !v.present;
            certainty = Certainty::Asserted;
        }
        if (v.type != type || (certainty != Certainty::Asserted && certainty != Certainty::Hedged))
            continue;
        QString key;
        switch (type) {
        case ClaimValue::Type::Date:
            if (!v.date.isValid())
                continue;
            // Julian days, not ISO text: formatting dates is slow and this runs per claim.
            key = QString::number(v.date.begin.isValid() ? v.date.begin.toJulianDay() : -1) +
                  QLatin1Char('|') +
                  QString::number(v.date.end.isValid() ? v.date.end.toJulianDay() : -1) +
                  QLatin1Char('|') + QString::number(int(v.date.precision)) +
                  (v.date.ambiguous ? QStringLiteral("?") : QString());
            break;
        case ClaimValue::Type::Quantity:
            if (!v.quantity.isValid() || !std::isfinite(v.quantity.low.value_or(0)) ||
                !std::isfinite(v.quantity.high.value_or(0)))
                continue;
            // Money per unit of time ("$90 per year") belongs to a money attribute; the
            // partitions by unit below keep it apart from plain amounts.
            if (!p.dimension.isEmpty() && !v.quantity.dimension.isEmpty() &&
                v.quantity.dimension != p.dimension &&
                !(p.dimension == QLatin1String("currency") &&
                  v.quantity.dimension == QLatin1String("price") &&
                  v.quantity.unit.endsWith(QLatin1String("/s"))))
                continue;
            key = v.quantity.dimension + QLatin1Char('|') + v.toKey() +
                  (v.quantity.approximate ? QStringLiteral("~") : QString());
            break;
        case ClaimValue::Type::Category:
            if (v.term.trimmed().isEmpty())
                continue;
            key = folded(v.term) + (v.exclusive ? QStringLiteral("|only") : QString());
            break;
        case ClaimValue::Type::Polarity:
            key = v.toKey();
            break;
        case ClaimValue::Type::None:
            return;
        }
        auto it = atomIndex.constFind(key);
        if (it == atomIndex.constEnd()) {
            it = atomIndex.insert(key, static_cast<int>(atoms.size()));
            Atom a;
            a.value = v;
            a.key = key;
            a.exclusive = v.type == ClaimValue::Type::Category && v.exclusive;
            atoms.push_back(a);
        }
        atoms[*it].members.push_back(i);
    }
    if (atoms.size() < 2)
        return;

    // Buckets per unit: different units or dimensions are never compared.
    QHash<QString, std::vector<int>> partitions;
    QStringList partitionOrder;
    for (int a = 0; a < static_cast<int>(atoms.size()); ++a) {
        const QString part = type == ClaimValue::Type::Quantity
                                 ? atoms[a].value.quantity.dimension + QLatin1Char('|') +
                                       atoms[a].value.quantity.unit
                                 : QString();
        if (!partitions.contains(part))
            partitionOrder << part;
        partitions[part].push_back(a);
    }
    partitionOrder.sort();

    std::vector<SideDraft> drafts;
    for (const QString &part : partitionOrder) {
        const std::vector<int> &ids = partitions[part];
        if (ids.size() < 2)
            continue;
        std::vector<ValueBuckets::Value> values;
        std::vector<QStringList> termWords;
        for (int a : ids) {
            const ClaimValue &v = atoms[a].value;
            ValueBuckets::Value bv;
            bv.key = atoms[a].key;
            switch (type) {
            case ClaimValue::Type::Date:
                bv.lo = v.date.begin.isValid() ? double(v.date.begin.toJulianDay()) : -kInf;
                bv.hi = v.date.end.isValid() ? double(v.date.end.toJulianDay()) : kInf;
                bv.width = bv.hi - bv.lo;
                bv.order = bv.lo;
                bv.late = v.date.ambiguous; // ambiguous numeric dates never seed a conflict
                break;
            case ClaimValue::Type::Quantity: {
                const Quantity &q = v.quantity;
                const double tol = kRelTolerance + (q.approximate ? kApproximateTolerance : 0.0);
                // A stated percentage is rounded to at most a whole point: "61.8%" and
                // "64.2%" are no rounding of one another, though 2% of each would overlap.
                const bool points = q.dimension == QLatin1String("percent") && !q.approximate;
                auto slack = [&](double x) {
                    const double rel = std::fabs(x) * tol;
                    return points ? std::min(rel, kPercentPointTolerance) : rel;
                };
                bv.lo = q.low ? *q.low - slack(*q.low) : -kInf;
                bv.hi = q.high ? *q.high + slack(*q.high) : kInf;
                const double scale =
                    std::max({std::fabs(q.low.value_or(0)), std::fabs(q.high.value_or(0)), 1e-12});
                bv.width = (q.low && q.high) ? (*q.high - *q.low) / scale : kInf;
                if (q.approximate)
                    bv.width += 1e-9; // exact figures seed before approximate ones
                bv.order = q.low ? *q.low : (q.high ? *q.high : 0);
                break;
            }
            case ClaimValue::Type::Category:
                termWords.push_back(words(v.term));
                // More specific terms (more words) seed first.
                bv.width = -double(termWords.back().size());
                break;
            default:
                break;
            }
            values.push_back(bv);
        }
        ValueBuckets::Compatible compatible;
        if (type == ClaimValue::Type::Category) {
            compatible = [&](int x, int y) {
                const QStringList &a = termWords[x];
                const QStringList &b = termWords[y];
                if (a == b || containsWords(a, b) || containsWords(b, a))
                    return true;
                const QString ta = atoms[ids[x]].value.term;
                const QString tb = atoms[ids[y]].value.term;
                return ancestors(ta).contains(tb) || ancestors(tb).contains(ta);
            };
        } else if (type == ClaimValue::Type::Polarity) {
            compatible = [&](int x, int y) { return values[x].key == values[y].key; };
        }
        const ValueBuckets buckets(values, compatible, kMaxSides);

        // Keep the sides that truly oppose another: values incompatible, claims
        // comparable (not siblings), and for multi-valued attributes an exclusive claim.
        const auto &sides = buckets.sides();
        auto opposes = [&](int x, int y) {
            if (buckets.compatible(x, y))
                return false;
            if (exclusiveRule && !atoms[ids[x]].exclusive && !atoms[ids[y]].exclusive)
                return false;
            if (values[x].late || values[y].late)
                return false;
            return canOppose(g, atoms[ids[x]].members, atoms[ids[y]].members);
        };
        std::vector<bool> keep(sides.size(), false);
        for (size_t s = 0; s < sides.size(); ++s) {
            for (size_t t = s + 1; t < sides.size(); ++t) {
                if (keep[s] && keep[t])
                    continue;
                bool found = false;
                for (int x : sides[s]) {
                    for (int y : sides[t]) {
                        if (opposes(x, y)) {
                            found = true;
                            break;
                        }
                    }
                    if (found)
                        break;
                }
                if (found)
                    keep[s] = keep[t] = true;
            }
        }
        for (size_t s = 0; s < sides.size(); ++s) {
            if (!keep[s])
                continue;
            SideDraft d;
            const Atom &seed = atoms[ids[sides[s].front()]];
            switch (type) {
            case ClaimValue::Type::Date:
                d.value = seed.value.date.toIso();
                d.label = seed.value.date.toLabel();
                d.precision = seed.value.date.precision;
                break;
            case ClaimValue::Type::Quantity:
                d.value = seed.value.toKey();
                d.label = seed.value.quantity.toLabel();
                break;
            case ClaimValue::Type::Category: {
                d.value = folded(seed.value.term);
                bool anyExclusive = false;
                for (int x : sides[s])
                    anyExclusive = anyExclusive || atoms[ids[x]].exclusive;
                d.label = (anyExclusive ? QStringLiteral("exclusively ") : QString()) +
                          seed.value.term.simplified();
                break;
            }
            default:
                d.value = seed.value.toKey();
                d.label = seed.value.toLabel();
                break;
            }
            for (int x : sides[s])
                for (int m : atoms[ids[x]].members)
                    d.members.push_back(m);
            drafts.push_back(std::move(d));
        }
    }
    if (drafts.size() < 2)
        return;
    if (type == ClaimValue::Type::Polarity) {
        // Capabilities change: one briefing saying a model launched without a feature
        // and later that the feature arrived tells a story, it does not contradict itself.
        QSet<QString> documents;
        for (const SideDraft &d : drafts)
            for (int m : d.members)
                documents.insert(g.members[m].claim->document);
        if (documents.size() < 2)
            return;
    }
    ConflictKind kind = ConflictKind::Date;
    if (type == ClaimValue::Type::Quantity)
        kind = ConflictKind::Number;
    else if (type == ClaimValue::Type::Category)
        kind = ConflictKind::Category;
    else if (type == ClaimValue::Type::Polarity)
        kind = ConflictKind::Negation;
    buildConflict(g, kind, std::move(drafts), exclusiveRule, out);
}

// One side asserts, another says unverified or denied. The key decides: an
// unverified claim disputes any assertion of the key; a denial disputes an
// assertion of a compatible value ("not on June 3" against "on June 3").
void Run::detectCertainty(const Group &g, std::vector<Conflict> &out) {
    std::vector<int> asserted, unverified, denied;
    for (int i = 0; i < static_cast<int>(g.members.size()); ++i) {
        const Claim &c = *g.members[i].claim;
        if (c.certainty == Certainty::Asserted)
            asserted.push_back(i);
        else if (c.certainty == Certainty::Unverified)
            unverified.push_back(i);
        // A negated capability is the value "absent", handled by the negation kind.
        else if (c.certainty == Certainty::Negated && c.value.type != ClaimValue::Type::Polarity)
            denied.push_back(i);
    }
    if (asserted.empty() || (unverified.empty() && denied.empty()))
        return;
    auto valuesCompatible = [this](const ClaimValue &assertion, const ClaimValue &denial) {
        if (denial.type == ClaimValue::Type::None)
            return true;
        if (assertion.type != denial.type)
            return false;
        switch (denial.type) {
        case ClaimValue::Type::Date:
            return !assertion.date.disjointFrom(denial.date);
        case ClaimValue::Type::Quantity:
            return !assertion.quantity.disjointFrom(denial.quantity, kRelTolerance);
        case ClaimValue::Type::Category: {
            const QStringList a = words(assertion.term), b = words(denial.term);
            return a == b || containsWords(a, b) || containsWords(b, a) ||
                   ancestors(assertion.term).contains(denial.term) ||
                   ancestors(denial.term).contains(assertion.term);
        }
        default:
            return assertion == denial;
        }
    };
    // Asserted claims by subject (with their sentences) and by document, so the
    // pairing below stays linear in the claims of the key.
    QHash<QString, std::vector<int>> assertedBySubject;
    QHash<QString, std::vector<int>> assertedByDocument;
    for (int a : asserted) {
        assertedBySubject[g.members[a].subject].push_back(a);
        assertedByDocument[g.members[a].claim->document].push_back(a);
    }
    std::vector<bool> assertedUsed(g.members.size(), false);
    QSet<QString> usedSubjects;
    std::vector<int> unverifiedKept, deniedKept;
    for (int u : unverified) {
        const Claim &doubt = *g.members[u].claim;
        // A document that itself asserts the value it calls unverified doubts something
        // else in that sentence ("whether the 1.6T model's training used X is unverified").
        bool selfAsserted = false;
        if (doubt.value.type != ClaimValue::Type::None) {
            for (int a : assertedByDocument.value(doubt.document)) {
                if (valuesCompatible(g.members[a].claim->value, doubt.value)) {
                    selfAsserted = true;
                    break;
                }
            }
        }
        if (selfAsserted)
            continue;
        bool any = false;
        for (auto it = assertedBySubject.cbegin(); it != assertedBySubject.cend(); ++it) {
            if (!comparable(g, it.key(), g.members[u].subject))
                continue;
            // One sentence that asserts and doubts at once is not two sources disagreeing.
            const QString own = sentenceKey(doubt);
            // A doubt about a dated event holds against the dates before its report only:
            // an approval that came after the doubt was written is news moving on.
            const QDate doubtedOn = reportedOn(doubt);
            const bool found = std::any_of(it->begin(), it->end(), [&](int a) {
                const Claim &claim = *g.members[a].claim;
                if (doubt.value.type == ClaimValue::Type::None &&
                    claim.value.type == ClaimValue::Type::Date && doubtedOn.isValid() &&
                    claim.value.date.begin.isValid() && claim.value.date.begin > doubtedOn)
                    return false;
                return sentenceKey(claim) != own;
            });
            if (found) {
                usedSubjects.insert(it.key());
                any = true;
            }
        }
        if (any)
            unverifiedKept.push_back(u);
    }
    for (int a : asserted)
        if (usedSubjects.contains(g.members[a].subject))
            assertedUsed[a] = true;
    for (int n : denied) {
        bool any = false;
        for (int a : asserted) {
            if (comparable(g, g.members[a].subject, g.members[n].subject) &&
                sentenceKey(*g.members[a].claim) != sentenceKey(*g.members[n].claim) &&
                valuesCompatible(g.members[a].claim->value, g.members[n].claim->value)) {
                assertedUsed[a] = true;
                any = true;
            }
        }
        if (any)
            deniedKept.push_back(n);
    }
    if (unverifiedKept.empty() && deniedKept.empty())
        return;

    auto labelOf = [&](const QString &prefix, const std::vector<int> &ids) {
        QStringList labels;
        for (int i : ids) {
            const ClaimValue &v = g.members[i].claim->value;
            const QString l =
                v.type == ClaimValue::Type::Category ? v.toLabel().simplified() : v.toLabel();
            if (!l.isEmpty() && !labels.contains(l))
                labels << l;
        }
        if (labels.isEmpty())
            return prefix;
        const qsizetype shown = std::min<qsizetype>(labels.size(), 3);
        QString text =
            prefix + QStringLiteral(": ") + labels.mid(0, shown).join(QStringLiteral("; "));
        if (labels.size() > shown)
            text += QStringLiteral("; …");
        return text;
    };
    std::vector<SideDraft> drafts;
    SideDraft a;
    a.value = QStringLiteral("asserted");
    for (int i = 0; i < static_cast<int>(g.members.size()); ++i)
        if (assertedUsed[i])
            a.members.push_back(i);
    a.label = labelOf(QStringLiteral("asserted"), a.members);
    drafts.push_back(a);
    if (!unverifiedKept.empty()) {
        SideDraft u;
        u.value = QStringLiteral("unverified");
        u.members = unverifiedKept;
        u.label = labelOf(QStringLiteral("unverified"), u.members);
        drafts.push_back(u);
    }
    if (!deniedKept.empty()) {
        SideDraft n;
        n.value = QStringLiteral("denied");
        n.members = deniedKept;
        n.label = labelOf(QStringLiteral("denied"), n.members);
        drafts.push_back(n);
    }
    buildConflict(g, ConflictKind::Certainty, std::move(drafts), false, out);
}

void Run::buildConflict(const Group &g, ConflictKind kind, std::vector<SideDraft> drafts,
                        bool exclusiveRule, std::vector<Conflict> &out) {
    Conflict c;
    c.kind = kind;
    c.subject = g.subject;
    c.attribute = g.attribute;
    c.attributeLabel = g.predicate.label;
    c.scope = g.scope;
    c.id = Conflict::makeId(g.subject, g.attribute, g.scope, kind);

    std::vector<const Claim *> all;
    QSet<QString> documents;
    std::vector<DatePrecision> precisions;
    int multiSourced = 0, firm = 0, solid = 0;
    for (SideDraft &d : drafts) {
        ConflictSide side;
        side.value = d.value;
        side.label = d.label;
        std::vector<const Claim *> claims;
        for (int m : d.members)
            claims.push_back(g.members[m].claim);
        std::sort(claims.begin(), claims.end(), claimBefore);
        claims.erase(std::unique(claims.begin(), claims.end()), claims.end());
        side.independentSources = m_sources.count(claims, m_documents);
        bool strong = false;
        for (const Claim *cl : claims) {
            side.claims.push_back(*cl);
            all.push_back(cl);
            documents.insert(cl->document);
            const QDate when = reportedOn(*cl);
            if (when.isValid() && (!side.firstReported.isValid() || when < side.firstReported))
                side.firstReported = when;
            strong = strong || strongClaim(kind, *cl);
        }
        // High severity wants day-precision dates; a month against a day is a softer clash.
        const bool preciseEnough = kind != ConflictKind::Date || d.precision == DatePrecision::Day;
        solid += strong ? 1 : 0;
        multiSourced += side.independentSources >= 2 ? 1 : 0;
        firm += (strong && preciseEnough && side.independentSources >= 2) ? 1 : 0;
        precisions.push_back(d.precision);
        c.sides.push_back(std::move(side));
    }
    std::sort(c.sides.begin(), c.sides.end(), [](const ConflictSide &a, const ConflictSide &b) {
        if (a.firstReported != b.firstReported) {
            if (!a.firstReported.isValid() || !b.firstReported.isValid())
                return a.firstReported.isValid(); // undated sides last
            return a.firstReported < b.firstReported;
        }
        return a.value < b.value;
    });
    c.intraDocument = documents.size() == 1;
    const int origins = m_sources.count(all, m_documents);

    // Severity, and the reason a person reads.
    QString reason;
    if (c.intraDocument) {
        c.severity = Severity::Low;
        reason = QStringLiteral("low: a single document disagrees with itself");
    } else if (origins <= 1) {
        c.severity = Severity::Low;
        reason = QStringLiteral("low: every claim traces back to one source");
    } else if (solid < 2) {
        c.severity = Severity::Low;
        reason = QStringLiteral("low: at most one side is stated outright and exactly (the "
                                "rest is hedged or approximate)");
    } else if (firm >= 2) {
        c.severity = Severity::High;
        reason = kind == ConflictKind::Date
                     ? QStringLiteral("high: two or more sides each have 2+ independent sources "
                                      "asserting a day-precision date")
                     : QStringLiteral("high: two or more sides each have 2+ independent sources "
                                      "stating it outright");
    } else {
        c.severity = Severity::Medium;
        reason = multiSourced >= 2
                     ? QStringLiteral("medium: well sourced, but the values are not all exact "
                                      "day-precision assertions")
                     : QStringLiteral("medium: fewer than two sides have 2+ independent sources");
    }

    const QString scopeText =
        c.scope.isEmpty() ? QString() : QStringLiteral(" (") + c.scope + QLatin1Char(')');
    const QString about = c.attributeLabel + QStringLiteral(" of ") + c.subject + scopeText;
    // Who speaks: one document, one origin, or several independent ones.
    const QString who = c.intraDocument ? QStringLiteral("one document")
                        : origins == 1  ? QStringLiteral("sources tracing back to one origin")
                                        : QStringLiteral("%1 independent sources").arg(origins);
    QString what;
    switch (kind) {
    case ConflictKind::Date: {
        const bool allDays = std::all_of(precisions.begin(), precisions.end(),
                                         [](DatePrecision p) { return p == DatePrecision::Day; });
        what = who + (c.intraDocument ? QStringLiteral(" gives ") : QStringLiteral(" give ")) +
               (allDays ? QStringLiteral("disjoint day-precision dates")
                        : QStringLiteral("disjoint dates")) +
               QStringLiteral(" for the ") + about;
        break;
    }
    case ConflictKind::Number:
        what = who + (c.intraDocument ? QStringLiteral(" gives ") : QStringLiteral(" give ")) +
               QStringLiteral("figures for the ") + about +
               QStringLiteral(" that do not overlap, even allowing for rounding");
        break;
    case ConflictKind::Category:
        what = who + (c.intraDocument ? QStringLiteral(" gives ") : QStringLiteral(" give ")) +
               (exclusiveRule ? QString(QStringLiteral("values for the ") + about +
                                        QStringLiteral(" where one side says it is exclusive"))
                              : QString(QStringLiteral("different values for the ") + about +
                                        QStringLiteral(", which holds only one")));
        break;
    case ConflictKind::Certainty:
        what = c.intraDocument
                   ? QString(QStringLiteral("one document both asserts and doubts the ") + about)
                   : QString(who + QStringLiteral(" disagree on whether the ") + about +
                             QStringLiteral(" is established"));
        break;
    case ConflictKind::Negation:
        what = who +
               (c.intraDocument ? QStringLiteral(" disagrees") : QStringLiteral(" disagree")) +
               QStringLiteral(" on whether ") + c.subject + QStringLiteral(" has ") +
               c.attributeLabel + scopeText;
        break;
    }
    QStringList sideTexts;
    for (size_t i = 0; i < c.sides.size() && i < size_t(kSidesInWhy); ++i) {
        const ConflictSide &s = c.sides[i];
        sideTexts << (c.intraDocument ? s.label
                                      : s.label + QStringLiteral(" (") +
                                            sourcesText(s.independentSources) + QLatin1Char(')'));
    }
    QString sidesLine = sideTexts.join(QStringLiteral(" vs "));
    if (c.sides.size() > size_t(kSidesInWhy))
        sidesLine += QStringLiteral(" and %1 more").arg(c.sides.size() - kSidesInWhy);
    // A document that also contradicts itself deserves a mention.
    QString alsoInside;
    if (!c.intraDocument) {
        QHash<QString, int> sidesPerDocument;
        for (const ConflictSide &s : c.sides) {
            QSet<QString> docs;
            for (const Claim &cl : s.claims)
                docs.insert(cl.document);
            for (const QString &doc : docs)
                sidesPerDocument[doc] += 1;
        }
        QStringList selfContradicting;
        for (auto it = sidesPerDocument.cbegin(); it != sidesPerDocument.cend(); ++it)
            if (it.value() > 1)
                selfContradicting << it.key();
        selfContradicting.sort();
        if (!selfContradicting.isEmpty())
            alsoInside =
                QStringLiteral("; also inside ") + selfContradicting.join(QStringLiteral(", "));
    }
    c.why = what + QStringLiteral(": ") + sidesLine + alsoInside + QStringLiteral("; ") + reason;
    out.push_back(std::move(c));
}

} // namespace

ConflictDetector::ConflictDetector(const LexiconSet &lexicons)
    : d(std::make_shared<Data>(lexicons)) {}
ConflictDetector::~ConflictDetector() = default;

QStringList ConflictDetector::errors() const {
    return d->predicates.errors();
}

std::vector<Conflict> ConflictDetector::detect(const std::vector<Claim> &claims,
                                               const std::vector<Document> &documents,
                                               const EntityResolver *entities) const {
    LineOf lineOf;
    if (entities)
        lineOf = [entities](const QString &name) { return entities->lineOf(name); };
    return detect(claims, documents, lineOf);
}

std::vector<Conflict> ConflictDetector::detect(const std::vector<Claim> &claims,
                                               const std::vector<Document> &documents,
                                               const LineOf &lineOf) const {
    Run run(d->predicates, d->sources, documents, lineOf);
    return run.detect(claims);
}

} // namespace cc
