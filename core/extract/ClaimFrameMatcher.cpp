#include "extract/ClaimFrameMatcher.h"

#include "extract/EntityWords.h"
#include "extract/ModalityDetector.h"
#include "extract/PredicateLexicon.h"
#include "extract/QuantityTagger.h"
#include "extract/StructureLexicon.h"
#include "extract/TimeTagger.h"

#include <QLocale>
#include <QSet>
#include <algorithm>

namespace cc {

namespace {

using Kind = Token::Kind;

// Words that may stand between a verb trigger and its object, or before a value.
bool isFiller(const Token &t) {
    static const QSet<QString> words = {
        QStringLiteral("the"),         QStringLiteral("a"),         QStringLiteral("an"),
        QStringLiteral("its"),         QStringLiteral("their"),     QStringLiteral("his"),
        QStringLiteral("her"),         QStringLiteral("our"),       QStringLiteral("this"),
        QStringLiteral("that"),        QStringLiteral("these"),     QStringLiteral("those"),
        QStringLiteral("new"),         QStringLiteral("latest"),    QStringLiteral("also"),
        QStringLiteral("just"),        QStringLiteral("first"),     QStringLiteral("now"),
        QStringLiteral("then"),        QStringLiteral("finally"),   QStringLiteral("reportedly"),
        QStringLiteral("exclusively"), QStringLiteral("entirely"),  QStringLiteral("only"),
        QStringLiteral("solely"),      QStringLiteral("fully"),     QStringLiteral("mostly"),
        QStringLiteral("largely"),     QStringLiteral("primarily"), QStringLiteral("natively"),
        QStringLiteral("partly"),      QStringLiteral("partially"), QStringLiteral("purely"),
        QStringLiteral("wholly"),      QStringLiteral("mainly"),    QStringLiteral("officially"),
        QStringLiteral("publicly"),    QStringLiteral("quietly"),   QStringLiteral("formally"),
        QStringLiteral("initially"),   QStringLiteral("already"),   QStringLiteral("still")};
    return t.kind == Kind::Word && words.contains(t.folded);
}

bool isPreposition(const Token &t) {
    static const QSet<QString> words = {
        QStringLiteral("on"),        QStringLiteral("in"),      QStringLiteral("at"),
        QStringLiteral("by"),        QStringLiteral("with"),    QStringLiteral("for"),
        QStringLiteral("to"),        QStringLiteral("as"),      QStringLiteral("after"),
        QStringLiteral("before"),    QStringLiteral("during"),  QStringLiteral("since"),
        QStringLiteral("from"),      QStringLiteral("without"), QStringLiteral("alongside"),
        QStringLiteral("across"),    QStringLiteral("around"),  QStringLiteral("until"),
        QStringLiteral("and"),       QStringLiteral("or"),      QStringLiteral("but"),
        QStringLiteral("while"),     QStringLiteral("when"),    QStringLiteral("through"),
        QStringLiteral("under"),     QStringLiteral("via"),     QStringLiteral("amid"),
        QStringLiteral("earlier"),   QStringLiteral("later"),   QStringLiteral("last"),
        QStringLiteral("this"),      QStringLiteral("next"),    QStringLiteral("globally"),
        QStringLiteral("worldwide"), QStringLiteral("together")};
    return t.kind == Kind::Word && words.contains(t.folded);
}

// Words that stop a noun phrase value ("domestic chips" but not "chips that ...").
bool stopsPhrase(const Token &t) {
    static const QSet<QString> words = {
        QStringLiteral("on"),      QStringLiteral("in"),    QStringLiteral("at"),
        QStringLiteral("by"),      QStringLiteral("with"),  QStringLiteral("for"),
        QStringLiteral("to"),      QStringLiteral("from"),  QStringLiteral("of"),
        QStringLiteral("that"),    QStringLiteral("which"), QStringLiteral("who"),
        QStringLiteral("while"),   QStringLiteral("as"),    QStringLiteral("than"),
        QStringLiteral("instead"), QStringLiteral("is"),    QStringLiteral("are"),
        QStringLiteral("was"),     QStringLiteral("were"),  QStringLiteral("be"),
        QStringLiteral("been"),    QStringLiteral("has"),   QStringLiteral("have"),
        QStringLiteral("had"),     QStringLiteral("will"),  QStringLiteral("would"),
        QStringLiteral("can"),     QStringLiteral("could"), QStringLiteral("not")};
    return t.kind == Kind::Punct || words.contains(t.folded);
}

bool isStrongBoundary(const Token &t) {
    if (t.kind != Kind::Punct)
        return false;
    const QChar c = t.folded[0];
    const char16_t u = c.unicode();
    if (u == ';' || u == '|' || u == 0x2014 || u == '?' || u == '!')
        return true;
    // A dash or a stray code-page letter standing alone between clauses.
    if ((u == 0x2013 || u == '-' || WordTokenizer::isStrayLetter(c)) && t.spaceBefore)
        return true;
    return false;
}

QSet<QString> monthWords() {
    QSet<QString> out;
    const QLocale c = QLocale::c();
    for (int m = 1; m <= 12; ++m) {
        out.insert(c.monthName(m, QLocale::LongFormat).toLower());
        out.insert(c.monthName(m, QLocale::ShortFormat).toLower());
    }
    out.insert(QStringLiteral("sept"));
    return out;
}

QString simplified(QStringView s) {
    return s.toString().simplified();
}

// A frame's dimension accepts the quantity's: the same, or money per unit of time ("$90 per
// year", "$20 a month") for a money frame. Rates keep their unit, so they are only compared
// with rates of the same unit; money per token or per item stays out (input and output
// prices per token would read as rivals).
bool dimensionFits(const Quantity &quantity, const QString &frame) {
    return quantity.dimension == frame ||
           (frame == QLatin1String("currency") && quantity.dimension == QLatin1String("price") &&
            quantity.unit.endsWith(QLatin1String("/s")));
}

bool isBareQuantity(const Quantity &q) {
    return q.unit.isEmpty() && (q.dimension.isEmpty() || q.dimension == QLatin1String("count") ||
                                q.dimension == QLatin1String("number"));
}

} // namespace

bool isExplicitDate(QStringView text) {
    static const QSet<QString> months = monthWords();
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        if (text[i].isLetter()) {
            const qsizetype s = i;
            while (i < n && text[i].isLetter())
                ++i;
            if (months.contains(text.mid(s, i - s).toString().toLower()))
                return true;
            continue;
        }
        if (text[i].isDigit()) {
            const qsizetype s = i;
            while (i < n && text[i].isDigit())
                ++i;
            const qsizetype len = i - s;
            if (len == 4 && (text[s] == QLatin1Char('1') || text[s] == QLatin1Char('2')))
                return true; // a year
            if (i + 1 < n &&
                (text[i] == QLatin1Char('/') || text[i] == QLatin1Char('-') ||
                 text[i] == QLatin1Char('.')) &&
                text[i + 1].isDigit()) {
                // Numeric dates need three parts ("4/5/2026"); two parts may be a fraction.
                qsizetype k = i + 1;
                while (k < n && text[k].isDigit())
                    ++k;
                if (k + 1 < n && (text[k] == text[i]) && text[k + 1].isDigit())
                    return true;
            }
            continue;
        }
        ++i;
    }
    return false;
}

// Per-sentence working state.
// Farthest a value's owner may stand from the claim's words.
constexpr int kOwnerWindow = 4;
// Farthest a hedge or unverified marker may stand from the claim it qualifies.
constexpr int kHedgeWindow = 8;

struct ClaimFrameMatcher::Impl {
    const ClaimFrameMatcher &m;
    const SentenceFacts &f;
    const std::vector<Token> &tok;
    int n = 0;
    std::vector<int> strongClause; // clause index per token (; — | ? !)
    std::vector<int> weakClause;   // the same with colons
    std::vector<int> parenDepth;
    std::vector<int> parenGroup; // innermost bracket group of the token, 0 outside brackets
    std::vector<int> entityAt;   // entity index covering the token, or -1
    std::vector<bool> masked;    // inside a URL
    // Inside a date mention after its first word: "March 3, 2026" counts as one word.
    std::vector<bool> timeTail;
    std::vector<ModalityCue> cues;

    Impl(const ClaimFrameMatcher &matcher, const SentenceFacts &facts)
        : m(matcher), f(facts), tok(facts.tokens), n(static_cast<int>(facts.tokens.size())) {
        strongClause.assign(static_cast<size_t>(n), 0);
        weakClause.assign(static_cast<size_t>(n), 0);
        parenDepth.assign(static_cast<size_t>(n), 0);
        parenGroup.assign(static_cast<size_t>(n), 0);
        std::vector<int> groups{0};
        int nextGroup = 0;
        entityAt.assign(static_cast<size_t>(n), -1);
        masked.assign(static_cast<size_t>(n), false);
        timeTail.assign(static_cast<size_t>(n), false);
        for (const Mention &m : f.times) {
            bool first = true;
            for (int i = 0; i < n; ++i) {
                const Token &x = tok[static_cast<size_t>(i)];
                if (x.start >= m.start && x.end <= m.end && x.isWord()) {
                    timeTail[static_cast<size_t>(i)] = !first;
                    first = false;
                }
            }
        }
        int strong = 0, weak = 0, depth = 0;
        for (int i = 0; i < n; ++i) {
            const Token &t = tok[static_cast<size_t>(i)];
            if (t.kind == Kind::Punct &&
                (t.folded == QLatin1String("(") || t.folded == QLatin1String("["))) {
                ++depth;
                groups.push_back(++nextGroup);
            }
            if (isStrongBoundary(t)) {
                ++strong;
                ++weak;
            } else if (t.kind == Kind::Punct && t.folded == QLatin1String(":")) {
                ++weak;
            }
            strongClause[static_cast<size_t>(i)] = strong;
            weakClause[static_cast<size_t>(i)] = weak;
            parenDepth[static_cast<size_t>(i)] = depth;
            parenGroup[static_cast<size_t>(i)] = groups.back();
            if (t.kind == Kind::Punct &&
                (t.folded == QLatin1String(")") || t.folded == QLatin1String("]"))) {
                depth = std::max(0, depth - 1);
                if (groups.size() > 1)
                    groups.pop_back();
            }
        }
        for (size_t e = 0; e < f.entities.size(); ++e) {
            for (int k = f.entities[e].first; k < f.entities[e].last; ++k)
                entityAt[static_cast<size_t>(k)] = static_cast<int>(e);
        }
        // URLs: their words are no triggers, names or values.
        const QStringView s = f.text.mid(f.start, f.end - f.start);
        qsizetype from = 0;
        while (true) {
            qsizetype a = s.indexOf(QLatin1String("http"), from);
            const qsizetype w = s.indexOf(QLatin1String("www."), from);
            if (a < 0 || (w >= 0 && w < a))
                a = w;
            if (a < 0)
                break;
            qsizetype b = a;
            while (b < s.size() && !s[b].isSpace())
                ++b;
            for (int i = 0; i < n; ++i) {
                const Token &t = tok[static_cast<size_t>(i)];
                if (t.start >= f.start + a && t.end <= f.start + b)
                    masked[static_cast<size_t>(i)] = true;
            }
            from = b;
        }
        // A month name is no hedge ("May 2"): cues inside date mentions are dropped.
        for (const ModalityCue &cue : m.m_modality.cues(tok)) {
            bool inDate = false;
            for (const Mention &d : f.times)
                inDate = inDate || (tok[static_cast<size_t>(cue.begin)].start >= d.start &&
                                    tok[static_cast<size_t>(cue.end - 1)].end <= d.end);
            if (!inDate)
                cues.push_back(cue);
        }
    }

    const Token &t(int i) const { return tok[static_cast<size_t>(i)]; }
    bool isMasked(int a, int b) const {
        for (int i = std::max(0, a); i < std::min(n, b); ++i) {
            if (masked[static_cast<size_t>(i)])
                return true;
        }
        return false;
    }

    // Token range [first, last) covering the UTF-16 span.
    std::pair<int, int> range(qsizetype s, qsizetype e) const {
        const auto lo = std::lower_bound(
            tok.begin(), tok.end(), s, [](const Token &t, qsizetype pos) { return t.end <= pos; });
        int a = static_cast<int>(lo - tok.begin());
        int b = a;
        while (b < n && t(b).start < e)
            ++b;
        return {a, std::max(a, b)};
    }

    // Words strictly between two token ranges, not counting words inside
    // brackets deeper than both ends.
    int distance(int aBegin, int aEnd, int bBegin, int bEnd) const {
        int from = aEnd, to = bBegin;
        if (bEnd <= aBegin) {
            from = bEnd;
            to = aBegin;
        }
        if (from >= to)
            return 0;
        // Asides between the two ends do not count, words of an aside holding one end do.
        const int depth = std::max(parenDepth[static_cast<size_t>(std::max(0, from - 1))],
                                   parenDepth[static_cast<size_t>(std::min(n - 1, to))]);
        int words = 0;
        for (int i = from; i < to; ++i) {
            if (t(i).isWord() && parenDepth[static_cast<size_t>(i)] <= depth &&
                !timeTail[static_cast<size_t>(i)])
                ++words;
        }
        return words;
    }

    bool sameClause(int a, int b, bool weak) const {
        const auto &c = weak ? weakClause : strongClause;
        return c[static_cast<size_t>(std::clamp(a, 0, n - 1))] ==
               c[static_cast<size_t>(std::clamp(b, 0, n - 1))];
    }

    bool excluded(const PredicateFrame &frame, const PhraseMatch &trigger) const {
        if (isMasked(trigger.begin, trigger.end))
            return true;
        // A trigger inside a compound modifier ("training-scale", "audio-visual") names nothing.
        if (frame.type != ClaimValue::Type::Quantity &&
            ((trigger.end < n && t(trigger.end).hyphenJoined) || t(trigger.begin).hyphenJoined))
            return true;
        for (int i = std::max(0, trigger.begin - 2); i < std::min(n, trigger.end + 2); ++i) {
            const PhraseMatch x = frame.excludes.longestAt(tok, i);
            if (x.end > x.begin && (x.end <= trigger.begin || x.begin >= trigger.end))
                return true;
        }
        return false;
    }

    // Exclusion words of the frame within two words of the claim's words [a, b).
    bool excludedAround(const PredicateFrame &frame, int a, int b) const {
        for (int i = std::max(0, a - 2); i < std::min(n, b + 2); ++i) {
            const PhraseMatch x = frame.excludes.longestAt(tok, i);
            if (x.end > x.begin)
                return true;
        }
        return false;
    }

    // A bare year naming the period of a trigger: "2026 revenue", "fiscal 2026 sales",
    // "revenue in 2026" (the time tagger leaves a lone four-digit number unread). Empty
    // when there is none.
    QString yearNamingTrigger(int triggerBegin, int triggerEnd) const {
        auto yearAt = [&](int i) -> QString {
            if (i < 0 || i >= n || t(i).kind != Kind::Number || t(i).folded.size() != 4)
                return {};
            bool ok = false;
            const int y = t(i).folded.toInt(&ok);
            return ok && y >= 1900 && y <= 2199 ? t(i).folded : QString();
        };
        if (QString y = yearAt(triggerBegin - 1); !y.isEmpty())
            return y;
        if (triggerEnd + 1 < n && (t(triggerEnd).is("in") || t(triggerEnd).is("for")))
            return yearAt(triggerEnd + 1);
        return {};
    }

    // "a capacity of 52,000", "employs 9,000", "orders for the Z4 stand at 286": a bare
    // number right after its trigger, with at most linking words (and the name the figure
    // is for) between, counts like "52,000 seats".
    bool leadsInto(const PhraseMatch &trigger, int valueBegin) const {
        static const QSet<QString> linking = {
            QStringLiteral("of"),      QStringLiteral("is"),       QStringLiteral("was"),
            QStringLiteral("at"),      QStringLiteral("to"),       QStringLiteral("now"),
            QStringLiteral("stand"),   QStringLiteral("stands"),   QStringLiteral("stood"),
            QStringLiteral("total"),   QStringLiteral("totals"),   QStringLiteral("totalled"),
            QStringLiteral("totaled"), QStringLiteral("reached"),  QStringLiteral("are"),
            QStringLiteral("were"),    QStringLiteral("numbered"), QStringLiteral("came")};
        if (trigger.end > valueBegin)
            return false;
        int from = trigger.end;
        // "orders for the Z4 stand at": the name the figure is for.
        if (from + 1 < valueBegin && (t(from).is("for") || t(from).is("of"))) {
            int p = from + 1;
            if (p < valueBegin && t(p).is("the"))
                ++p;
            const int e = entityStartingAt(p);
            if (e >= 0 && f.entities[static_cast<size_t>(e)].last < valueBegin)
                from = f.entities[static_cast<size_t>(e)].last;
        }
        if (valueBegin - from > 2)
            return false;
        for (int i = from; i < valueBegin; ++i) {
            if (t(i).kind != Kind::Word || !linking.contains(t(i).folded))
                return false;
        }
        return true;
    }

    bool requirementMet(const PredicateFrame &frame, int a, int b) const {
        if (!frame.hasRequires)
            return true;
        const int lo = std::max(0, a - frame.window), hi = std::min(n, b + frame.window);
        for (int i = lo; i < hi; ++i) {
            const PhraseMatch x = frame.requires_.longestAt(tok, i);
            if (x.end > x.begin && sameClause(i, a, true))
                return true;
        }
        return false;
    }

    // Set while a frame that takes people as subjects is read (see PredicateFrame).
    mutable bool personsAllowed = false;

    bool usableSubject(int e) const {
        const EntityMention &em = f.entities[static_cast<size_t>(e)];
        return !em.place && (!em.person || personsAllowed) && !em.outlet &&
               !isMasked(em.first, em.last);
    }

    // A name after "in", "at", "by" ... is where or by whom something happens, not
    // the owner of a figure ("headquartered in Munich, reported revenue of ...").
    bool afterLocativePreposition(int e) const {
        const EntityMention &em = f.entities[static_cast<size_t>(e)];
        if (em.first == 0 || em.possessive)
            return false;
        static const QSet<QString> words = {QStringLiteral("in"),    QStringLiteral("at"),
                                            QStringLiteral("by"),    QStringLiteral("from"),
                                            QStringLiteral("near"),  QStringLiteral("outside"),
                                            QStringLiteral("across")};
        int p = em.first - 1;
        if (p > 0 && t(p).is("the"))
            --p;
        return t(p).kind == Kind::Word && words.contains(t(p).folded);
    }

    // Nearest subject-worthy name ending at or before `limit` in the clause of `anchor`.
    int nearestBefore(int limit, int anchor, bool weak = true, int skipFrom = -1,
                      int skipTo = -1) const {
        int best = -1;
        for (int e = 0; e < static_cast<int>(f.entities.size()); ++e) {
            const EntityMention &em = f.entities[static_cast<size_t>(e)];
            if (em.last > limit || !usableSubject(e))
                continue;
            if (skipFrom >= 0 && em.first < skipTo && em.last > skipFrom)
                continue;
            if (!sameClause(em.last - 1, anchor, weak))
                continue;
            // A name inside another bracket group belongs to that aside.
            const int group = parenGroup[static_cast<size_t>(em.first)];
            if (group != 0 &&
                group != parenGroup[static_cast<size_t>(std::clamp(anchor, 0, n - 1))])
                continue;
            if (best < 0 || em.last > f.entities[static_cast<size_t>(best)].last)
                best = e;
        }
        return best;
    }

    int entityStartingAt(int p) const {
        if (p < 0 || p >= n)
            return -1;
        const int e = entityAt[static_cast<size_t>(p)];
        if (e >= 0 && f.entities[static_cast<size_t>(e)].first == p)
            return e;
        return -1;
    }

    // Who performs the event of trigger [tb, te), for actor-scoped frames: "approved by
    // the X", a name right before the trigger ("X approved", "X validation"), or a name
    // before a granting verb ("X granted the jet its type certificate"). A bracketed
    // abbreviation after the name stands for it ("Agency (XA) granted" -> "XA"). Empty
    // when the sentence names none; the subject itself is never its own actor.
    QString actorOf(int tb, int te, const QString &subject) const {
        auto usable = [&](int e) {
            if (e < 0)
                return false;
            const EntityMention &m = f.entities[static_cast<size_t>(e)];
            return !m.place && !m.person && !m.outlet && m.name != subject;
        };
        // The actor's whole name as written: the tagger may stop at a joining word or an
        // adjective of place ("Food and Drug Administration", "European Commission").
        auto nameOf = [&](int e) {
            const EntityMention &m = f.entities[static_cast<size_t>(e)];
            int first = m.first;
            auto capitalized = [&](int i) {
                const QStringView w = f.text.mid(t(i).start, t(i).end - t(i).start);
                return t(i).kind == Kind::Word && !w.isEmpty() && w.front().isUpper() &&
                       !t(i).is("the");
            };
            while (first > 0) {
                if (capitalized(first - 1)) {
                    --first;
                } else if (first > 1 && (t(first - 1).is("and") || t(first - 1).is("of")) &&
                           capitalized(first - 2)) {
                    first -= 2;
                } else if (first > 1 && t(first - 1).folded == QLatin1String(".") &&
                           capitalized(first - 2)) {
                    first -= 2; // "U.S."
                } else {
                    break;
                }
            }
            if (first == m.first)
                return m.name;
            return simplified(f.text.mid(t(first).start, m.end - t(first).start));
        };
        // "approved by the X", "certification by X".
        if (te < n && t(te).is("by")) {
            int p = te + 1;
            if (p < n && t(p).is("the"))
                ++p;
            const int e = entityStartingAt(p);
            if (usable(e))
                return nameOf(e);
        }
        auto endingBefore = [&](int p) -> int {
            // "Agency (XA)": the abbreviation in brackets.
            if (p - 1 >= 0 && t(p - 1).folded == QLatin1String(")")) {
                const int open = skipBracketBackward(p);
                if (open + 1 < p) {
                    const int e = entityStartingAt(open + 1);
                    if (usable(e))
                        return e;
                }
                p = open;
            }
            if (p - 1 < 0)
                return -1;
            const int e = entityAt[static_cast<size_t>(p - 1)];
            if (e >= 0 && f.entities[static_cast<size_t>(e)].last == p)
                return e;
            return -1;
        };
        if (const int e = endingBefore(tb); usable(e))
            return nameOf(e);
        // "The national rail authority approved": an unnamed agent is an actor too, kept
        // apart from every named one (up to four plain words back to their article).
        {
            static const QSet<QString> articles = {QStringLiteral("the"), QStringLiteral("a"),
                                                   QStringLiteral("an")};
            // Verbs and auxiliaries: "the drug was approved", "the company won approval".
            static const QSet<QString> verbs = {
                QStringLiteral("was"),      QStringLiteral("were"),     QStringLiteral("is"),
                QStringLiteral("are"),      QStringLiteral("be"),       QStringLiteral("been"),
                QStringLiteral("being"),    QStringLiteral("has"),      QStringLiteral("have"),
                QStringLiteral("had"),      QStringLiteral("won"),      QStringLiteral("wins"),
                QStringLiteral("received"), QStringLiteral("receives"), QStringLiteral("got"),
                QStringLiteral("gained"),   QStringLiteral("secured"),  QStringLiteral("obtained"),
                QStringLiteral("sought"),   QStringLiteral("seeks"),    QStringLiteral("awaits"),
                QStringLiteral("needs"),    QStringLiteral("needed"),   QStringLiteral("will"),
                QStringLiteral("would"),    QStringLiteral("could"),    QStringLiteral("may"),
                QStringLiteral("might"),    QStringLiteral("must"),     QStringLiteral("not"),
                QStringLiteral("final"),    QStringLiteral("full"),     QStringLiteral("its")};
            int p = tb - 1;
            while (p >= 0 && tb - p <= 4 && t(p).kind == Kind::Word &&
                   !articles.contains(t(p).folded) && entityAt[static_cast<size_t>(p)] < 0 &&
                   !isFiller(t(p)) && !isPreposition(t(p)) && !verbs.contains(t(p).folded))
                --p;
            if (p >= 0 && p < tb - 1 && articles.contains(t(p).folded)) {
                const QString agent =
                    simplified(f.text.mid(t(p + 1).start, t(tb - 1).end - t(p + 1).start))
                        .toLower();
                static const QSet<QString> notAgents = {
                    QStringLiteral("deal"),    QStringLiteral("drug"), QStringLiteral("product"),
                    QStringLiteral("company"), QStringLiteral("firm"), QStringLiteral("plan")};
                if (!notAgents.contains(agent.section(QLatin1Char(' '), -1)))
                    return agent;
            }
        }
        static const QSet<QString> granting = {QStringLiteral("granted"), QStringLiteral("grants"),
                                               QStringLiteral("issued"),  QStringLiteral("issues"),
                                               QStringLiteral("gave"),    QStringLiteral("gives"),
                                               QStringLiteral("awarded"), QStringLiteral("awards")};
        for (int i = tb - 1; i > 0 && tb - i <= 6; --i) {
            if (t(i).kind == Kind::Word && granting.contains(t(i).folded) &&
                sameClause(i, tb, true)) {
                if (const int e = endingBefore(i); usable(e))
                    return nameOf(e);
                break;
            }
        }
        return {};
    }

    // Skips a bracketed group ending just before `p` (exclusive), returns the new position.
    int skipBracketBackward(int p) const {
        if (p - 1 >= 0 && t(p - 1).folded == QLatin1String(")")) {
            int depth = 0;
            for (int i = p - 1; i >= 0; --i) {
                if (t(i).folded == QLatin1String(")"))
                    ++depth;
                else if (t(i).folded == QLatin1String("(") && --depth == 0)
                    return i;
            }
        }
        return p;
    }

    // The named subject and the names coordinated with it ("X and Y launched").
    std::vector<int> coordinated(int e) const {
        std::vector<int> out{e};
        int cur = e;
        for (int guard = 0; guard < 4; ++guard) {
            int p = skipBracketBackward(f.entities[static_cast<size_t>(cur)].first);
            if (p - 1 < 0)
                break;
            const Token &c = t(p - 1);
            if (!(c.is("and") || c.is(",") || c.is("&")))
                break;
            int q = p - 1;
            if (c.is("and") && q - 1 >= 0 && t(q - 1).is(","))
                --q;
            q = skipBracketBackward(q);
            if (q - 1 < 0)
                break;
            const int prev = entityAt[static_cast<size_t>(q - 1)];
            if (prev < 0 || f.entities[static_cast<size_t>(prev)].last != q || !usableSubject(prev))
                break;
            out.insert(out.begin(), prev);
            cur = prev;
        }
        return out;
    }

    // Subject surfaces from names: coordinated variants of one line become the line.
    QStringList subjectsFrom(const std::vector<int> &names) const {
        QStringList out;
        for (int e : names)
            out << f.entities[static_cast<size_t>(e)].name;
        if (out.size() < 2)
            return out;
        QString commonLine;
        bool allVariants = true;
        for (const QString &name : out) {
            const qsizetype sp = name.lastIndexOf(QLatin1Char(' '));
            const QString last = sp < 0 ? QString() : name.mid(sp + 1);
            if (sp < 0 || !m.m_words.isVariant(last)) {
                allVariants = false;
                break;
            }
            const QString line = entityFoldKey(name.left(sp), m.m_words);
            if (commonLine.isEmpty())
                commonLine = line;
            else if (commonLine != line)
                allVariants = false;
        }
        if (allVariants) {
            const QString first = out.front();
            return {first.left(first.lastIndexOf(QLatin1Char(' ')))};
        }
        return out;
    }

    // The previous sentence's subject when an anaphor stands before `limit` in the clause:
    // "the company" means the name that sentence was about (its first name), "it" or
    // "both" what its first claim was about.
    QString anaphorSubject(int limit, int anchor) const {
        for (int i = limit - 1; i >= 0 && sameClause(i, anchor, true); --i) {
            const Token &x = t(i);
            if (x.kind != Kind::Word)
                continue;
            for (const EntityWords::Anaphor &a : m.m_words.anaphors()) {
                const bool one = a.phrase == x.folded;
                const bool two = i > 0 && a.phrase.endsWith(QLatin1Char(' ') + x.folded) &&
                                 a.phrase == t(i - 1).folded + QLatin1Char(' ') + x.folded;
                if (!one && !two)
                    continue;
                // The nearest name earlier in the same sentence comes first ("Acme raised ...,
                // valuing the startup at ..."), then the previous sentence.
                int nearest = -1;
                for (int e = 0; e < static_cast<int>(f.entities.size()); ++e) {
                    const EntityMention &em = f.entities[static_cast<size_t>(e)];
                    if (em.last <= i - (two ? 1 : 0) && usableSubject(e) &&
                        !afterLocativePreposition(e))
                        nearest = e;
                }
                if (nearest >= 0)
                    return f.entities[static_cast<size_t>(nearest)].name;
                const QString &first = a.refersToActor ? f.actor : f.topic;
                const QString &second = a.refersToActor ? f.topic : f.actor;
                return first.isEmpty() ? second : first;
            }
        }
        return {};
    }

    // Owner of a value: the nearest name before it (or before its trigger), a name
    // after "of"/"for", or the previous sentence's subject after an anaphor.
    // `anchor`: where the claim's words start (its trigger, value or the word it requires).
    QStringList ownerSubjects(int triggerBegin, int triggerEnd, int valueBegin, int valueEnd,
                              int anchor) const {
        const int a = std::min(triggerBegin, valueBegin);
        const int b = std::max(triggerEnd, valueEnd);
        int e = nearestBefore(valueBegin, valueBegin, true, valueBegin, valueEnd);
        if (e < 0 && triggerBegin < valueBegin)
            e = nearestBefore(triggerBegin, triggerBegin, true);
        // "headquartered in Munich, reported revenue of ...": not Munich's revenue. A name
        // right before its value keeps it ("at Z4 Pro scale (1.2T params)").
        if (e >= 0 && afterLocativePreposition(e) &&
            distance(f.entities[static_cast<size_t>(e)].first,
                     f.entities[static_cast<size_t>(e)].last, valueBegin, valueEnd) > 1) {
            // "Acme, headquartered in Munich, also reported ...": the name opening the
            // sentence, set off by the aside, owns the figure.
            const int place = e;
            e = -1;
            // "signed Z from Acme for $40m": the name the place-like phrase qualifies.
            const EntityMention &pm = f.entities[static_cast<size_t>(place)];
            const int held = pm.first >= 2 ? entityAt[static_cast<size_t>(pm.first - 2)] : -1;
            if (held >= 0 && held != place &&
                f.entities[static_cast<size_t>(held)].last == pm.first - 1 && usableSubject(held) &&
                t(pm.first - 1).is("from"))
                return {f.entities[static_cast<size_t>(held)].name};
            const int opener = entityStartingAt(0);
            if (opener >= 0 && opener != place && usableSubject(opener) &&
                f.entities[static_cast<size_t>(opener)].last < n &&
                t(f.entities[static_cast<size_t>(opener)].last).folded == QLatin1String(","))
                return subjectsFrom(coordinated(opener));
        }
        if (e >= 0) {
            const EntityMention &em = f.entities[static_cast<size_t>(e)];
            // The owner stands close to the claim's words.
            const int to = em.last <= anchor ? anchor : valueBegin;
            if (distance(em.first, em.last, to, to + 1) > kOwnerWindow)
                e = -1;
        }
        // "paid Acme a $60 million fee for Z", "Acme's $8 billion deal for Z": what the figure
        // is for, named right after the phrase, owns it rather than the party before it.
        if (e >= 0 && b < n && t(b).is("for")) {
            int q = b + 1;
            while (q < n && isFiller(t(q)))
                ++q;
            const int after = entityStartingAt(q);
            if (after >= 0 && usableSubject(after))
                return {f.entities[static_cast<size_t>(after)].name};
        }
        if (e >= 0) {
            const EntityMention &em = f.entities[static_cast<size_t>(e)];
            // "Z4 Pro at 1.2 trillion": a value right after a name is that name's alone.
            if (em.last <= valueBegin && distance(em.first, em.last, valueBegin, valueEnd) <= 1)
                return {em.name};
            return subjectsFrom(coordinated(e));
        }
        // "... of Acme Z4": a name right after the phrase.
        for (int p = b; p < std::min(n, b + 2); ++p) {
            if (t(p).is("of") || t(p).is("for")) {
                int q = p + 1;
                while (q < n && isFiller(t(q)))
                    ++q;
                const int after = entityStartingAt(q);
                if (after >= 0 && usableSubject(after))
                    return {f.entities[static_cast<size_t>(after)].name};
            }
        }
        // "valuing the startup at $300 million": the anaphor may stand before the value.
        if (const QString s = anaphorSubject(std::max(a, valueBegin), a); !s.isEmpty())
            return {s};
        return {};
    }

    // Whether a trigger word is used as a noun ("the May 3 release", "Z4's launch").
    bool nounUse(int triggerBegin) const {
        if (triggerBegin == 0)
            return false;
        // Inflected forms are verbs: "launched", "releases", "launching".
        const QString &w = t(triggerBegin).folded;
        if (w.endsWith(QLatin1String("ed")) ||
            (w.endsWith(QLatin1Char('s')) && !w.endsWith(QLatin1String("ss")) && w.size() > 3))
            return false;
        const Token &prev = t(triggerBegin - 1);
        if (prev.possessive || entityAt[static_cast<size_t>(triggerBegin - 1)] >= 0)
            return true;
        for (const Mention &d : f.times) {
            if (d.end == prev.end)
                return true;
        }
        static const QSet<QString> determiners = {
            QStringLiteral("the"),      QStringLiteral("a"),         QStringLiteral("an"),
            QStringLiteral("its"),      QStringLiteral("their"),     QStringLiteral("his"),
            QStringLiteral("her"),      QStringLiteral("this"),      QStringLiteral("that"),
            QStringLiteral("our"),      QStringLiteral("whose"),     QStringLiteral("upcoming"),
            QStringLiteral("planned"),  QStringLiteral("official"),  QStringLiteral("public"),
            QStringLiteral("initial"),  QStringLiteral("first"),     QStringLiteral("latest"),
            QStringLiteral("recent"),   QStringLiteral("global"),    QStringLiteral("full"),
            QStringLiteral("general"),  QStringLiteral("wide"),      QStringLiteral("commercial"),
            QStringLiteral("expected"), QStringLiteral("scheduled"), QStringLiteral("delayed")};
        return prev.kind == Kind::Word && determiners.contains(prev.folded);
    }

    // Subject of an event (released, launched, trained): what it happens to.
    // Returns an empty list when the object is a thing without a name.
    QStringList eventSubjects(const PredicateFrame &frame, const PhraseMatch &trigger,
                              int valueBegin, int valueEnd) const {
        const int tb = trigger.begin, te = trigger.end;
        // "while training on ...": the subject of the clause, not the nearest name.
        if (tb > 0 && t(tb).folded.endsWith(QLatin1String("ing")) && !nounUse(tb)) {
            static const QSet<QString> subordinators = {
                QStringLiteral("while"),  QStringLiteral("when"),   QStringLiteral("after"),
                QStringLiteral("before"), QStringLiteral("by"),     QStringLiteral("since"),
                QStringLiteral("for"),    QStringLiteral("without")};
            if (subordinators.contains(t(tb - 1).folded)) {
                for (int e = 0; e < static_cast<int>(f.entities.size()); ++e) {
                    const EntityMention &em = f.entities[static_cast<size_t>(e)];
                    if (em.last <= tb && usableSubject(e) && sameClause(em.first, tb, true) &&
                        parenGroup[static_cast<size_t>(em.first)] == 0)
                        return {em.name};
                }
                return {};
            }
        }
        if (nounUse(tb)) {
            // "the release of Z4" / "Z4's May 3 release".
            int p = te;
            if (p < n && t(p).is("of")) {
                ++p;
                while (p < n && isFiller(t(p)))
                    ++p;
                const int e = entityStartingAt(p);
                if (e >= 0 && usableSubject(e))
                    return {f.entities[static_cast<size_t>(e)].name};
            }
            if (!frame.possessorSubject)
                return {};
            const int e = nearestBefore(tb, tb, true);
            if (e >= 0)
                return subjectsFrom(coordinated(e));
            if (const QString s = anaphorSubject(tb, tb); !s.isEmpty())
                return {s};
            return {};
        }
        // A verb: its object when it has one ("announced on May 3 a ban": skip the date).
        int p = te;
        while (p < n) {
            // "announced on May 3 that ...": right after the date "that" opens a clause.
            if (p == valueEnd && p > te && t(p).is("that"))
                break;
            if (isFiller(t(p)) || (p >= valueBegin && p < valueEnd)) {
                ++p;
                continue;
            }
            if (isPreposition(t(p)) && p + 1 < n &&
                (p + 1 == valueBegin || (t(p + 1).is("the") && p + 2 == valueBegin))) {
                p = valueEnd;
                // A date may come before the object ("announced on May 3 a ban"); after a
                // named value ("trained on X chips") the clause is over.
                if (frame.type == ClaimValue::Type::Date)
                    continue;
                p = n;
            }
            break;
        }
        // The value's cue word ("trained on", "training used") ends the search for an object.
        const bool cueHere = p < n && frame.valueCues.longestAt(tok, p).end > p;
        if (p < n && !cueHere && sameClause(p, tb, false)) {
            int e = entityStartingAt(p);
            // "approved Acme's Z4": the object is the possessed name, not its owner.
            if (e >= 0 && f.entities[static_cast<size_t>(e)].possessive) {
                const int owned = entityStartingAt(f.entities[static_cast<size_t>(e)].last);
                if (owned >= 0 && usableSubject(owned))
                    e = owned;
            }
            if (e >= 0) {
                if (!usableSubject(e))
                    return {};
                // Forward coordination: "launched Z4 and Z5".
                std::vector<int> names{e};
                int q = f.entities[static_cast<size_t>(e)].last;
                while (q + 1 < n && (t(q).is("and") || t(q).is(","))) {
                    const int next = entityStartingAt(q + 1);
                    if (next < 0 || !usableSubject(next))
                        break;
                    names.push_back(next);
                    q = f.entities[static_cast<size_t>(next)].last;
                }
                return subjectsFrom(names);
            }
            const Token &x = t(p);
            // "announced on May 3 that it would acquire Z": what is announced is the first
            // name of the clause; none, and nothing is claimed.
            if (x.is("that")) {
                for (int q = p + 1; q < n && q - p <= 8 && !isStrongBoundary(t(q)); ++q) {
                    const int e = entityStartingAt(q);
                    if (e >= 0 && !f.entities[static_cast<size_t>(e)].place)
                        return usableSubject(e)
                                   ? QStringList{f.entities[static_cast<size_t>(e)].name}
                                   : QStringList();
                }
                return {};
            }
            if (x.kind == Kind::Word && !isPreposition(x) && !x.is("of")) {
                bool valueHere = false;
                for (const Mention &d : f.times)
                    valueHere = valueHere || (d.start <= x.start && x.start < d.end);
                if (!valueHere)
                    return {}; // "released its list": an object without a name
            }
        }
        // Intransitive or passive: the name before the trigger.
        const int e = nearestBefore(tb, tb, true);
        if (e >= 0)
            return subjectsFrom(coordinated(e));
        if (const QString s = anaphorSubject(tb, tb); !s.isEmpty())
            return {s};
        return {};
    }

    // A verb of denial before `anchor` whose object clause holds it: "that" opens the
    // clause within ten words, or the anchor follows within six ("denied it was"); a
    // semicolon, or a full stop, ends the reach.
    bool deniesClause(const ModalityCue &c, int anchor) const {
        static const QSet<QString> denials = {QStringLiteral("denied"),   QStringLiteral("denies"),
                                              QStringLiteral("deny"),     QStringLiteral("denying"),
                                              QStringLiteral("rejected"), QStringLiteral("rejects"),
                                              QStringLiteral("refuted")};
        if (c.end != c.begin + 1 || !denials.contains(t(c.begin).folded) || anchor < c.end)
            return false;
        bool opened = anchor - c.end <= 6;
        for (int i = c.end; i < anchor; ++i) {
            const QString &w = t(i).folded;
            if (w == QLatin1String(";") || w == QLatin1String("."))
                return false;
            if (w == QLatin1String("that") && i - c.end <= 10)
                opened = true;
        }
        return opened;
    }

    // "estimate"/"forecast" used as a noun: after a determiner or a possessive, or before
    // "of"/"for" ("the average estimate", "analysts' forecast", "an estimate of").
    bool nounEstimate(const ModalityCue &c) const {
        static const QSet<QString> nouns = {
            QStringLiteral("estimate"),   QStringLiteral("estimates"),
            QStringLiteral("forecast"),   QStringLiteral("forecasts"),
            QStringLiteral("projection"), QStringLiteral("projections")};
        static const QSet<QString> before = {
            QStringLiteral("the"),      QStringLiteral("an"),      QStringLiteral("a"),
            QStringLiteral("its"),      QStringLiteral("their"),   QStringLiteral("his"),
            QStringLiteral("her"),      QStringLiteral("average"), QStringLiteral("consensus"),
            QStringLiteral("mean"),     QStringLiteral("median"),  QStringLiteral("'"),
            QStringLiteral("'s"),       QStringLiteral("\u2019"),  QStringLiteral("analysts"),
            QStringLiteral("official"), QStringLiteral("earlier"), QStringLiteral("previous")};
        if (c.end != c.begin + 1 || !nouns.contains(t(c.begin).folded))
            return false;
        if (c.end < n && (t(c.end).is("of") || t(c.end).is("for")))
            return true;
        return c.begin > 0 && before.contains(t(c.begin - 1).folded);
    }

    Certainty certaintyFor(int anchorBegin, int anchorEnd,
                           const std::vector<std::pair<int, int>> &all, bool polarity,
                           int consumedCue) const {
        bool hedged = false, unverified = false, negated = false;
        for (int ci = 0; ci < static_cast<int>(cues.size()); ++ci) {
            const ModalityCue &c = cues[static_cast<size_t>(ci)];
            if (ci == consumedCue)
                continue;
            if (c.kind == ModalityCue::Kind::Exclusive || c.kind == ModalityCue::Kind::DateBound)
                continue;
            // "X denied (a report) that it was building Y", "X denied it would buy Y": a
            // verb of denial reaches into the clause it governs.
            if (c.kind == ModalityCue::Kind::Negation && !polarity &&
                deniesClause(c, anchorBegin)) {
                negated = true;
                continue;
            }
            if (!sameClause(c.begin, anchorBegin, false) &&
                !sameClause(c.begin, anchorEnd - 1, false))
                continue;
            if (c.kind == ModalityCue::Kind::Negation) {
                if (polarity)
                    continue; // a capability's negation is its value
                const bool inside = c.begin >= anchorBegin && c.end <= anchorEnd;
                const bool justBefore =
                    c.end <= anchorBegin && distance(c.begin, c.end, anchorBegin, anchorEnd) <= 3;
                if (inside || justBefore)
                    negated = true;
                continue;
            }
            // "whether X", "if X": the cue reaches forward only.
            if (c.end == c.begin + 1 &&
                (t(c.begin).is("whether") || t(c.begin).is("if") || t(c.begin).is("unless")) &&
                anchorBegin < c.begin)
                continue;
            // "was announced on May 3 and is expected to close in June": a hedge opening a
            // coordinated predicate reaches forward only.
            if (anchorEnd <= c.begin) {
                bool coordinated = false;
                for (int k = std::max(anchorEnd, c.begin - 3); k < c.begin; ++k)
                    coordinated = coordinated || t(k).is("and") || t(k).is("but");
                if (coordinated)
                    continue;
            }
            // "beating analysts' average estimate of $3.3 billion": an estimate named as a
            // noun qualifies the figure it introduces, not the claims before it.
            if (anchorEnd <= c.begin && nounEstimate(c))
                continue;
            // "unverified whether X", "not confirmed that X": the cue reaches forward only.
            if (c.end < n && (t(c.end).is("whether") || t(c.end).is("if") || t(c.end).is("that")) &&
                anchorBegin < c.begin && anchorEnd <= c.begin)
                continue;
            // Hedges and unverified markers qualify the claims of their clause nearest to them.
            const int d = distance(c.begin, c.end, anchorBegin, anchorEnd);
            int nearest = d;
            for (const auto &[a, b] : all) {
                if (sameClause(a, c.begin, false) || sameClause(b - 1, c.begin, false))
                    nearest = std::min(nearest, distance(c.begin, c.end, a, b));
            }
            if (d > nearest + 3 || d > kHedgeWindow)
                continue;
            if (c.kind == ModalityCue::Kind::Unverified)
                unverified = true;
            else
                hedged = true;
        }
        if (unverified)
            return Certainty::Unverified;
        if (negated)
            return Certainty::Negated;
        if (hedged)
            return Certainty::Hedged;
        return Certainty::Asserted;
    }

    bool exclusiveFor(int triggerEnd, int valueBegin) const {
        for (const ModalityCue &c : cues) {
            if (c.kind != ModalityCue::Kind::Exclusive)
                continue;
            if (c.begin >= triggerEnd && c.end <= valueBegin)
                return true;
            if (c.end <= valueBegin && distance(c.begin, c.end, valueBegin, valueBegin + 1) <= 2 &&
                sameClause(c.begin, valueBegin, false))
                return true;
        }
        return false;
    }
};

ClaimFrameMatcher::ClaimFrameMatcher(const PredicateLexicon &predicates,
                                     const ModalityDetector &modality,
                                     const StructureLexicon &structure, const EntityWords &words,
                                     const EntityTagger &entities, const TimeTagger &time,
                                     const QuantityTagger &quantity)
    : m_predicates(predicates), m_modality(modality), m_structure(structure), m_words(words),
      m_entities(entities), m_time(time), m_quantity(quantity) {}

std::vector<Claim> ClaimFrameMatcher::prose(const SentenceFacts &f) const {
    std::vector<Claim> out;
    if (f.tokens.empty())
        return out;
    std::vector<PhraseMatch> triggers;
    {
        const std::vector<PhraseMatch> every = m_predicates.triggers().findEvery(f.tokens);
        for (const PhraseMatch &m : every) {
            bool inside = false;
            for (const PhraseMatch &o : every) {
                inside = inside || (o.id == m.id && o.begin <= m.begin && m.end <= o.end &&
                                    o.end - o.begin > m.end - m.begin);
            }
            if (!inside)
                triggers.push_back(m);
        }
    }
    if (triggers.empty())
        return out;
    Impl im(*this, f);

    struct Pending {
        Claim claim;
        int triggerBegin = 0, triggerEnd = 0, valueBegin = 0, valueEnd = 0;
        bool polarity = false;
        int consumedCue = -1;
        int timeIndex = -1; // the date mention used as value
        // A dated event stated without its date: kept only when the sentence doubts it.
        bool doubtOnly = false;
    };
    std::vector<Pending> pending;

    auto addClaims = [&](const QStringList &subjects, const PredicateFrame &frame,
                         const ClaimValue &value, qsizetype vs, qsizetype ve,
                         const PhraseMatch &trig, int vb, int vend, int timeIndex = -1) {
        for (const QString &subject : subjects) {
            Pending p;
            p.claim.subjectSurface = subject;
            p.claim.subject = subject;
            p.claim.attribute = frame.key;
            p.claim.value = value;
            p.claim.valueStart = vs;
            p.claim.valueEnd = ve;
            p.claim.label = simplified(f.text.mid(vs, ve - vs));
            p.triggerBegin = trig.begin;
            p.triggerEnd = trig.end;
            p.valueBegin = vb;
            p.valueEnd = vend;
            p.timeIndex = timeIndex;
            pending.push_back(std::move(p));
        }
    };

    // ---- Dates: each trigger takes the nearest explicit date of its clause.
    struct DatePair {
        int distance;
        size_t trigger;
        int time;
    };
    std::vector<DatePair> datePairs;
    for (size_t ti = 0; ti < triggers.size(); ++ti) {
        const PhraseMatch &tr = triggers[ti];
        const PredicateFrame &frame = m_predicates.frame(tr.id);
        if (frame.type != ClaimValue::Type::Date || im.excluded(frame, tr))
            continue;
        for (int di = 0; di < static_cast<int>(f.times.size()); ++di) {
            const Mention &d = f.times[static_cast<size_t>(di)];
            if (d.value.type != ClaimValue::Type::Date || !d.value.date.isValid() ||
                d.value.date.ambiguous)
                continue;
            const auto [a, b] = im.range(d.start, d.end);
            if (b <= a || im.isMasked(a, b) || !im.sameClause(a, tr.begin, true))
                continue;
            if (!isExplicitDate(f.text.mid(d.start, d.end - d.start)))
                continue;
            const int dist = im.distance(tr.begin, tr.end, a, b);
            if (dist > frame.window)
                continue;
            // A date before a verb belongs to it only when it opens the clause ("On May 3,
            // Acme launched ...") or stands right before it; otherwise it dates something else
            // ("approved on May 2, and will launch ...").
            if (b <= tr.begin && !im.nounUse(tr.begin) && dist > 1) {
                int opener = a - 1;
                while (opener >= 0 && im.t(opener).kind == Kind::Word &&
                       isPreposition(im.t(opener)))
                    --opener;
                if (opener >= 0 && im.sameClause(opener, a, true) &&
                    !(im.t(opener).kind == Kind::Punct &&
                      im.t(opener).folded != QLatin1String(",")))
                    continue;
            }
            datePairs.push_back({dist * 2 + (a < tr.begin ? 1 : 0), ti, di});
        }
    }
    std::sort(datePairs.begin(), datePairs.end(), [](const DatePair &x, const DatePair &y) {
        return x.distance != y.distance ? x.distance < y.distance : x.time < y.time;
    });
    std::vector<bool> triggerUsed(triggers.size(), false);
    std::vector<bool> timeUsed(f.times.size(), false);
    for (const DatePair &dp : datePairs) {
        if (triggerUsed[dp.trigger] || timeUsed[static_cast<size_t>(dp.time)])
            continue;
        const PhraseMatch &tr = triggers[dp.trigger];
        const PredicateFrame &frame = m_predicates.frame(tr.id);
        const Mention &d = f.times[static_cast<size_t>(dp.time)];
        auto [a, b] = im.range(d.start, d.end);
        DateInterval value = d.value.date;
        qsizetype vs = d.start, ve = d.end;
        // "since the May 3 launch": the bound governs the event, the date is May 3.
        const int bound = m_modality.dateBoundAt(f.tokens, a);
        if (bound > 0 && b <= tr.begin) {
            int p = a + bound;
            if (p < b && im.t(p).is("the"))
                ++p;
            if (p < b) {
                const qsizetype rs = im.t(p).start;
                const std::vector<Mention> again =
                    m_time.tag(f.text.mid(rs, d.end - rs), f.reference);
                for (const Mention &x : again) {
                    if (x.value.type == ClaimValue::Type::Date && x.value.date.isValid()) {
                        value = x.value.date;
                        vs = rs + x.start;
                        ve = rs + x.end;
                        break;
                    }
                }
                const auto r = im.range(vs, ve);
                a = r.first;
                b = r.second;
            }
        }
        if (!value.isValid())
            continue;
        triggerUsed[dp.trigger] = true;
        timeUsed[static_cast<size_t>(dp.time)] = true;
        im.personsAllowed = frame.personSubject;
        const QStringList subjects = im.eventSubjects(frame, tr, a, b);
        im.personsAllowed = false;
        if (subjects.isEmpty())
            continue;
        addClaims(subjects, frame, ClaimValue::fromDate(value), vs, ve, tr, a, b, dp.time);
    }
    // "X validation of Z has not been confirmed": an actor-scoped event (an approval, a
    // certification) without a date still says something when the sentence doubts it.
    for (size_t ti = 0; ti < triggers.size(); ++ti) {
        const PhraseMatch &tr = triggers[ti];
        const PredicateFrame &frame = m_predicates.frame(tr.id);
        if (triggerUsed[ti] || frame.type != ClaimValue::Type::Date || !frame.actorScoped ||
            im.excluded(frame, tr) || tr.end <= tr.begin)
            continue;
        im.personsAllowed = frame.personSubject;
        const QStringList subjects = im.eventSubjects(frame, tr, tr.begin, tr.begin);
        im.personsAllowed = false;
        if (subjects.isEmpty())
            continue;
        const qsizetype vs = im.t(tr.begin).start, ve = im.t(tr.end - 1).end;
        const size_t first = pending.size();
        addClaims(subjects, frame, ClaimValue(), vs, ve, tr, tr.begin, tr.end);
        for (size_t k = first; k < pending.size(); ++k)
            pending[k].doubtOnly = true;
    }

    // ---- Quantities: each mention goes to the nearest compatible trigger.
    for (const Mention &q : f.quantities) {
        if (q.value.type != ClaimValue::Type::Quantity || !q.value.quantity.isValid())
            continue;
        auto [a, b] = im.range(q.start, q.end);
        if (b <= a || im.isMasked(a, b))
            continue;
        // "Helix 900B": a model number inside a name is no quantity.
        bool insideName = false;
        for (const EntityMention &em : f.entities)
            insideName = insideName || (em.start <= q.start && q.end <= em.end);
        if (insideName)
            continue;
        // "won 38 of the 90 seats", "3 out of 12": the number after "of the" is the whole,
        // not a figure claimed for anything.
        if (a >= 3 && im.t(a - 1).is("the") && im.t(a - 2).is("of") &&
            im.t(a - 3).kind == Kind::Number)
            continue;
        if (a >= 3 && im.t(a - 1).is("of") && im.t(a - 2).is("out") &&
            im.t(a - 3).kind == Kind::Number)
            continue;
        // "57.3%, up from 52.1%": the figure it moved from is an earlier one, not a claim.
        if (a >= 2 && im.t(a - 1).is("from") &&
            (im.t(a - 2).is("up") || im.t(a - 2).is("down") || im.t(a - 2).is("rising") ||
             im.t(a - 2).is("falling") || im.t(a - 2).is("rose") || im.t(a - 2).is("fell")))
            continue;
        Quantity quantity = q.value.quantity;
        quantity.approximate = quantity.approximate || q.approximate;
        int bestFrame = -1, bestDistance = 1 << 20, bestLength = 0;
        PhraseMatch bestTrigger{a, b, -1};
        qsizetype valueEnd = q.end;
        // "a 48,000-seat Harbour Arena": a hyphenated measure modifies the name after it.
        int modifiedName = -1;
        // A unit word right after (or closing) the number names the attribute: "1.2T parameters".
        for (int fi = 0; fi < static_cast<int>(m_predicates.frames().size()); ++fi) {
            const PredicateFrame &frame = m_predicates.frame(fi);
            if (frame.type != ClaimValue::Type::Quantity || frame.unitWords.isEmpty())
                continue;
            if (!(isBareQuantity(quantity) || quantity.dimension == frame.dimension))
                continue;
            // "3,100 patients" is an enrollment only where the frame's required word stands.
            if (frame.hasRequires && !im.requirementMet(frame, a, b))
                continue;
            PhraseMatch u = frame.unitWords.longestAt(f.tokens, b);
            bool inside = false;
            if (u.end <= u.begin) {
                for (int k = a + 1; k < b && u.end <= u.begin; ++k) {
                    const PhraseMatch x = frame.unitWords.longestAt(f.tokens, k);
                    if (x.end == b) {
                        u = x;
                        inside = true;
                    }
                }
            }
            if (u.end > u.begin &&
                (inside || im.t(u.begin).hyphenJoined || im.t(u.begin).spaceBefore)) {
                bestFrame = fi;
                bestDistance = 0;
                bestTrigger = u;
                if (!inside)
                    valueEnd = im.t(u.end - 1).end;
                if (!inside && im.t(u.begin).hyphenJoined) {
                    const int e = im.entityStartingAt(u.end);
                    if (e >= 0 && im.usableSubject(e))
                        modifiedName = e;
                }
                break;
            }
        }
        if (bestFrame < 0) {
            for (const PhraseMatch &tr : triggers) {
                const PredicateFrame &frame = m_predicates.frame(tr.id);
                if (frame.type != ClaimValue::Type::Quantity)
                    continue;
                // A bare number takes its attribute from a word after it ("300M users").
                const bool bare = isBareQuantity(quantity);
                const bool compatible =
                    (!bare && dimensionFits(quantity, frame.dimension)) ||
                    (bare && frame.bareNumbers && (tr.begin >= b || im.leadsInto(tr, a)));
                if (!compatible || im.excluded(frame, tr) || !im.sameClause(tr.begin, a, true))
                    continue;
                const int dist = im.distance(tr.begin, tr.end, a, b);
                if (dist > frame.window ||
                    !im.requirementMet(frame, std::min(a, tr.begin), std::max(b, tr.end)))
                    continue;
                const int length = tr.end - tr.begin;
                if (dist < bestDistance || (dist == bestDistance && length > bestLength)) {
                    bestFrame = tr.id;
                    bestDistance = dist;
                    bestLength = length;
                    bestTrigger = tr;
                }
            }
        }
        if (bestFrame < 0)
            continue;
        const PredicateFrame &frame = m_predicates.frame(bestFrame);
        if (im.excludedAround(frame, std::min(bestTrigger.begin, a), std::max(bestTrigger.end, b)))
            continue;
        // "revenue fell 3%": a falling trigger makes the change negative.
        const PhraseMatch falling = frame.negatingTriggers.longestAt(f.tokens, bestTrigger.begin);
        if (falling.end > falling.begin && bestTrigger.end > bestTrigger.begin) {
            const std::optional<double> low = quantity.low, high = quantity.high;
            quantity.low = high ? std::optional<double>(-*high) : std::nullopt;
            quantity.high = low ? std::optional<double>(-*low) : std::nullopt;
        }
        if (isBareQuantity(quantity)) {
            quantity.dimension = frame.dimension;
            quantity.unit = frame.unit;
        }
        const double probe = quantity.low ? *quantity.low : *quantity.high;
        if ((frame.minValue && probe < *frame.minValue) ||
            (frame.maxValue && probe > *frame.maxValue))
            continue;
        const int tb = std::min(bestTrigger.begin, a), te = std::max(bestTrigger.end, b);
        // Where the claim's words start: its trigger, its value, or a word the frame requires.
        int anchor = std::min(bestTrigger.begin, a);
        if (frame.hasRequires) {
            for (int k = std::max(0, anchor - frame.window); k < anchor; ++k) {
                const PhraseMatch x = frame.requires_.longestAt(f.tokens, k);
                if (x.end > x.begin && im.sameClause(k, anchor, true)) {
                    anchor = k;
                    break;
                }
            }
        }
        const QStringList subjects =
            modifiedName >= 0 ? QStringList{f.entities[static_cast<size_t>(modifiedName)].name}
            : frame.subject == PredicateFrame::SubjectRule::Event
                ? im.eventSubjects(frame, bestTrigger, a, b)
                : im.ownerSubjects(bestTrigger.begin, bestTrigger.end, a, b, anchor);
        if (subjects.isEmpty())
            continue;
        Q_UNUSED(tb);
        Q_UNUSED(te);
        addClaims(subjects, frame, ClaimValue::fromQuantity(quantity), q.start, valueEnd,
                  bestTrigger, a, im.range(q.start, valueEnd).second);
    }

    // ---- Categories and polarities: one claim per trigger.
    for (const PhraseMatch &tr : triggers) {
        const PredicateFrame &frame = m_predicates.frame(tr.id);
        if (frame.type != ClaimValue::Type::Category && frame.type != ClaimValue::Type::Polarity)
            continue;
        // "Oslo-based Acme": a name hyphenated to a one-word trigger is the value, the name
        // right after the compound its subject; of "Turku, Finland-based" the city. (Other
        // triggers inside compounds name nothing, see excluded().)
        if (frame.type == ClaimValue::Type::Category && tr.end - tr.begin == 1 && tr.begin > 0 &&
            im.t(tr.begin).hyphenJoined && !im.isMasked(tr.begin, tr.end)) {
            const int place = im.entityAt[static_cast<size_t>(tr.begin - 1)];
            const int owner = im.entityStartingAt(tr.end);
            if (place >= 0 && owner >= 0 &&
                f.entities[static_cast<size_t>(place)].last == tr.begin &&
                im.usableSubject(owner)) {
                int first = place;
                const int pf = f.entities[static_cast<size_t>(place)].first;
                if (pf >= 2 && im.t(pf - 1).is(",")) {
                    const int city = im.entityAt[static_cast<size_t>(pf - 2)];
                    if (city >= 0 && f.entities[static_cast<size_t>(city)].last == pf - 1)
                        first = city;
                }
                const EntityMention &v = f.entities[static_cast<size_t>(first)];
                addClaims({f.entities[static_cast<size_t>(owner)].name}, frame,
                          ClaimValue::fromCategory(v.name, false), im.t(v.first).start,
                          im.t(v.last - 1).end, tr, v.first, v.last);
                continue;
            }
        }
        if (im.excluded(frame, tr))
            continue;
        if (frame.type == ClaimValue::Type::Polarity) {
            // A capability is claimed when a presence word ("supports", "with") or a
            // negation ("without", "no") stands just before it.
            int negation = -1;
            for (int ci = 0; ci < static_cast<int>(im.cues.size()); ++ci) {
                const ModalityCue &c = im.cues[static_cast<size_t>(ci)];
                if (c.kind == ModalityCue::Kind::Negation && c.end <= tr.begin &&
                    im.distance(c.begin, c.end, tr.begin, tr.end) <= frame.window &&
                    im.sameClause(c.begin, tr.begin, false))
                    negation = ci;
            }
            // The presence word stands in the same phrase: "with vision support", "supports audio
            // input".
            bool present = false;
            for (int k = std::max(0, tr.begin - 3); k < tr.begin && negation < 0; ++k) {
                const PhraseMatch cue = frame.valueCues.longestAt(f.tokens, k);
                if (cue.end <= cue.begin || cue.end > tr.begin)
                    continue;
                bool punctuation = false;
                for (int j = cue.end; j < tr.begin; ++j)
                    punctuation = punctuation || im.t(j).kind == Kind::Punct;
                if (!punctuation && im.distance(cue.begin, cue.end, tr.begin, tr.end) <= 2)
                    present = true;
            }
            if (negation < 0 && !present)
                continue;
            const int e = im.nearestBefore(tr.begin, tr.begin, false);
            QStringList subjects;
            if (e >= 0 && im.distance(f.entities[static_cast<size_t>(e)].first,
                                      f.entities[static_cast<size_t>(e)].last, tr.begin,
                                      tr.end) <= frame.window + 2)
                subjects = im.subjectsFrom(im.coordinated(e));
            else if (const QString s = im.anaphorSubject(tr.begin, tr.begin); !s.isEmpty())
                subjects = {s};
            if (subjects.isEmpty())
                continue;
            const qsizetype vs = negation >= 0
                                     ? im.t(im.cues[static_cast<size_t>(negation)].begin).start
                                     : im.t(tr.begin).start;
            const qsizetype ve = im.t(tr.end - 1).end;
            const size_t before = pending.size();
            addClaims(subjects, frame, ClaimValue::fromPolarity(negation < 0), vs, ve, tr,
                      negation >= 0 ? im.cues[static_cast<size_t>(negation)].begin : tr.begin,
                      tr.end);
            for (size_t k = before; k < pending.size(); ++k) {
                pending[k].polarity = true;
                pending[k].consumedCue = negation;
            }
            continue;
        }
        // Category: the value after a cue word ("on", "using"): a name or a noun phrase.
        int start = -1;
        if (frame.hasValueCues) {
            int words = 0;
            for (int p = tr.end; p < im.n && words <= frame.cueWindow; ++p) {
                if (!im.sameClause(p, tr.begin, false))
                    break;
                const PhraseMatch cue = frame.valueCues.longestAt(f.tokens, p);
                if (cue.end > cue.begin) {
                    start = cue.end;
                    break;
                }
                if (im.t(p).isWord() && im.parenDepth[static_cast<size_t>(p)] <=
                                            im.parenDepth[static_cast<size_t>(tr.begin)])
                    ++words;
            }
        } else {
            start = tr.end;
        }
        // Tokens that belong to a qualifier ("unverified whether") never belong to the value.
        std::vector<bool> qualifier(static_cast<size_t>(im.n), false);
        for (const ModalityCue &cue : im.cues) {
            for (int k = cue.begin; k < cue.end; ++k)
                qualifier[static_cast<size_t>(k)] = true;
        }
        int valueBegin = -1, valueEnd = -1;
        QString term;
        auto readValue = [&](int from) {
            int q = from;
            while (q < im.n && isFiller(im.t(q)))
                ++q;
            if (q >= im.n || !im.sameClause(q, tr.begin, false))
                return false;
            const int e = im.entityStartingAt(q);
            if (e >= 0 && !im.isMasked(q, q + 1)) {
                const int last = f.entities[static_cast<size_t>(e)].last;
                const PhraseMatch head = frame.valueHeads.longestAt(f.tokens, last);
                if (frame.valueNeedsHead && head.end <= head.begin)
                    return false;
                valueBegin = q;
                valueEnd = head.end > head.begin ? head.end : last;
                term = f.entities[static_cast<size_t>(e)].name;
                return true;
            }
            if (!frame.hasValueHeads)
                return false;
            // A noun phrase of a modifier or more and a head noun ("domestic chips").
            bool coordination = false;
            int named = -1;
            for (int k = q; k < std::min(im.n, q + 6); ++k) {
                const Token &x = im.t(k);
                if (x.is("or") || x.is("and")) {
                    coordination = true;
                    continue;
                }
                if ((stopsPhrase(x) && x.folded != QLatin1String("/")) ||
                    qualifier[static_cast<size_t>(k)] || x.is("whether") || x.is("if"))
                    return false;
                if (im.entityAt[static_cast<size_t>(k)] >= 0 && named < 0)
                    named = im.entityAt[static_cast<size_t>(k)];
                const PhraseMatch head = frame.valueHeads.longestAt(f.tokens, k);
                if (head.end > head.begin) {
                    if (k == q)
                        return false; // a bare head ("hardware") says too little
                    valueBegin = q;
                    valueEnd = head.end;
                    if (named >= 0 && !coordination)
                        term = f.entities[static_cast<size_t>(named)].name;
                    else
                        term = simplified(f.text.mid(im.t(q).start,
                                                     im.t(head.end - 1).end - im.t(q).start))
                                   .toLower();
                    return true;
                }
            }
            return false;
        };
        bool found = start >= 0 && readValue(start);
        if (!found && !frame.passiveCues.isEmpty()) {
            // Passive: "whether domestic chips were used".
            int w = 0;
            for (int k = tr.end; k < im.n && w <= frame.window && !found; ++k) {
                if (!im.sameClause(k, tr.begin, false))
                    break;
                if (im.t(k).isWord())
                    ++w;
                if (!readValue(k) || valueEnd >= im.n)
                    continue;
                int c = valueEnd;
                if (c < im.n && (im.t(c).is("were") || im.t(c).is("was") || im.t(c).is("is") ||
                                 im.t(c).is("are") || im.t(c).is("been") || im.t(c).is("being")))
                    ++c;
                const PhraseMatch cue = frame.passiveCues.longestAt(f.tokens, c);
                found = cue.end > cue.begin;
            }
        }
        if (!found || valueBegin < 0 || term.isEmpty())
            continue;
        QStringList subjects;
        if (frame.subject == PredicateFrame::SubjectRule::Event) {
            // The thing trained: a name between the trigger and the value, else the event's
            // subject.
            for (int e = 0; e < static_cast<int>(f.entities.size()) && subjects.isEmpty(); ++e) {
                const EntityMention &em = f.entities[static_cast<size_t>(e)];
                if (em.first >= tr.end && em.last <= valueBegin && im.usableSubject(e))
                    subjects << em.name;
            }
            if (subjects.isEmpty())
                subjects = im.eventSubjects(frame, tr, valueBegin, valueEnd);
        } else {
            const int e = im.nearestBefore(tr.begin, tr.begin, true);
            if (e >= 0 && im.distance(f.entities[static_cast<size_t>(e)].first,
                                      f.entities[static_cast<size_t>(e)].last, tr.begin,
                                      tr.end) <= kOwnerWindow)
                subjects = im.subjectsFrom(im.coordinated(e));
            else if (const QString s = im.anaphorSubject(tr.begin, tr.begin); !s.isEmpty())
                subjects = {s};
        }
        if (subjects.isEmpty())
            continue;
        const bool exclusive = im.exclusiveFor(tr.end, valueBegin);
        addClaims(subjects, frame, ClaimValue::fromCategory(term, exclusive),
                  im.t(valueBegin).start, im.t(valueEnd - 1).end, tr, valueBegin, valueEnd);
    }

    if (pending.empty())
        return out;

    // ---- Certainty, dates of the claims, scopes.
    std::vector<std::pair<int, int>> anchors;
    for (const Pending &p : pending)
        anchors.emplace_back(std::min(p.triggerBegin, p.valueBegin),
                             std::max(p.triggerEnd, p.valueEnd));
    // A date after a reporting word dates the sentence itself ("reporting on May 1").
    int attributedTime = -1;
    for (const PhraseMatch &a : m_structure.attribution().findAll(f.tokens)) {
        for (int di = 0; di < static_cast<int>(f.times.size()) && attributedTime < 0; ++di) {
            const Mention &d = f.times[static_cast<size_t>(di)];
            const auto [x, y] = im.range(d.start, d.end);
            if (x >= a.end && im.distance(a.begin, a.end, x, y) <= 4 &&
                d.value.type == ClaimValue::Type::Date && d.value.date.isPoint() &&
                isExplicitDate(f.text.mid(d.start, d.end - d.start)))
                attributedTime = di;
        }
    }
    for (size_t k = 0; k < pending.size(); ++k) {
        Pending &p = pending[k];
        const PredicateFrame &frame =
            m_predicates.frame(m_predicates.frameIndex(p.claim.attribute));
        p.claim.certainty = im.certaintyFor(anchors[k].first, anchors[k].second, anchors,
                                            p.polarity, p.consumedCue);
        p.claim.claimDate = f.published;
        if (attributedTime >= 0 && attributedTime != p.timeIndex)
            p.claim.claimDate = f.times[static_cast<size_t>(attributedTime)].value.date.begin;
        if (frame.timeScoped && !frame.scopeWords.isEmpty()) {
            // What the figure is about, when the sentence names it ("a Series B round").
            for (const PhraseMatch &s : frame.scopeWords.findAll(f.tokens)) {
                p.claim.scope = simplified(f.text.mid(im.t(s.begin).start,
                                                      im.t(s.end - 1).end - im.t(s.begin).start))
                                    .toLower();
                break;
            }
        }
        if (frame.actorScoped && !frame.timeScoped && p.triggerEnd > p.triggerBegin)
            p.claim.scope = im.actorOf(p.triggerBegin, p.triggerEnd, p.claim.subjectSurface);
        if (frame.timeScoped && p.claim.scope.isEmpty() && p.triggerEnd > p.triggerBegin)
            p.claim.scope = im.yearNamingTrigger(p.triggerBegin, p.triggerEnd);
        if (frame.timeScoped && p.claim.scope.isEmpty()) {
            // The period the figure is about: the nearest other date of the sentence.
            int best = -1, bestDistance = 1 << 20;
            for (int di = 0; di < static_cast<int>(f.times.size()); ++di) {
                if (di == p.timeIndex || di == attributedTime)
                    continue;
                const Mention &d = f.times[static_cast<size_t>(di)];
                if (d.value.type != ClaimValue::Type::Date || !d.value.date.begin.isValid() ||
                    !d.value.date.end.isValid())
                    continue;
                const auto [x, y] = im.range(d.start, d.end);
                const int dist = im.distance(x, y, p.valueBegin, p.valueEnd);
                if (dist < bestDistance) {
                    best = di;
                    bestDistance = dist;
                }
            }
            if (best >= 0) {
                const DateInterval &di = f.times[static_cast<size_t>(best)].value.date;
                if (di.precision == DatePrecision::Day || di.precision == DatePrecision::Week)
                    p.claim.scope = QString::number(di.begin.year());
                else
                    p.claim.scope = di.toIso();
            }
        }
        if (p.doubtOnly && p.claim.certainty != Certainty::Unverified)
            continue;
        out.push_back(std::move(p.claim));
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Claim &x, const Claim &y) { return x.valueStart < y.valueStart; });
    // Two triggers may read the same claim ("Training ... training used X").
    std::vector<Claim> unique;
    for (Claim &c : out) {
        bool same = false;
        for (const Claim &u : unique) {
            same = same || (u.attribute == c.attribute && u.subjectSurface == c.subjectSurface &&
                            u.valueStart == c.valueStart && u.valueEnd == c.valueEnd);
        }
        if (!same)
            unique.push_back(std::move(c));
    }
    return unique;
}

std::vector<Claim> ClaimFrameMatcher::tableRow(const SentenceFacts &row, const QStringList &header,
                                               const QStringList &cells,
                                               const std::vector<qsizetype> &cellStarts,
                                               const EntityTagger::DocumentContext &context) const {
    std::vector<Claim> out;
    if (header.size() != cells.size() || cells.size() < 2)
        return out;
    const int columns = static_cast<int>(cells.size());
    // Attribute of each column, from its header cell.
    auto frameOfText = [&](const QString &text) {
        const std::vector<Token> tokens = WordTokenizer::tokenize(text);
        int best = -1, bestLength = 0;
        for (const PhraseMatch &m : m_predicates.triggers().findEvery(tokens)) {
            const PredicateFrame &frame = m_predicates.frame(m.id);
            if (frame.type == ClaimValue::Type::Polarity)
                continue;
            if (m.end - m.begin > bestLength) {
                best = m.id;
                bestLength = m.end - m.begin;
            }
        }
        return best;
    };
    std::vector<int> columnFrame(static_cast<size_t>(columns), -1);
    int attributeColumns = 0;
    for (int c = 1; c < columns; ++c) {
        columnFrame[static_cast<size_t>(c)] = frameOfText(header[c]);
        attributeColumns += columnFrame[static_cast<size_t>(c)] >= 0 ? 1 : 0;
    }
    const bool transposed = attributeColumns == 0 && frameOfText(cells[0]) >= 0;
    if (attributeColumns == 0 && !transposed)
        return out;

    auto cellName = [&](const QString &text) -> QString {
        const std::vector<Token> tokens = WordTokenizer::tokenize(text);
        const std::vector<EntityMention> names = m_entities.tag(tokens, text, context, false);
        for (const EntityMention &e : names) {
            if (!e.place && !e.outlet && !e.person)
                return e.name;
        }
        return QString();
    };
    auto certaintyOf = [&](const QString &a, const QString &b) {
        bool hedged = false, unverified = false;
        for (const QString &text : {a, b}) {
            const std::vector<Token> tokens = WordTokenizer::tokenize(text);
            for (const ModalityCue &c : m_modality.cues(tokens)) {
                hedged = hedged || c.kind == ModalityCue::Kind::Hedge;
                unverified = unverified || c.kind == ModalityCue::Kind::Unverified;
            }
        }
        return unverified ? Certainty::Unverified
               : hedged   ? Certainty::Hedged
                          : Certainty::Asserted;
    };
    auto valueOf = [&](const PredicateFrame &frame, const QString &cell, qsizetype cellStart,
                       ClaimValue &value, qsizetype &vs, qsizetype &ve) {
        if (frame.type == ClaimValue::Type::Date) {
            for (const Mention &m : m_time.tag(cell, row.reference)) {
                if (m.value.type == ClaimValue::Type::Date && m.value.date.isValid() &&
                    !m.value.date.ambiguous &&
                    isExplicitDate(QStringView(cell).mid(m.start, m.end - m.start))) {
                    value = ClaimValue::fromDate(m.value.date);
                    vs = cellStart + m.start;
                    ve = cellStart + m.end;
                    return true;
                }
            }
            return false;
        }
        if (frame.type == ClaimValue::Type::Quantity) {
            for (const Mention &m : m_quantity.tag(cell)) {
                if (m.value.type != ClaimValue::Type::Quantity || !m.value.quantity.isValid())
                    continue;
                Quantity q = m.value.quantity;
                q.approximate = q.approximate || m.approximate;
                if (isBareQuantity(q)) {
                    q.dimension = frame.dimension;
                    q.unit = frame.unit;
                }
                if (q.dimension != frame.dimension)
                    continue;
                const double probe = q.low ? *q.low : *q.high;
                if ((frame.minValue && probe < *frame.minValue) ||
                    (frame.maxValue && probe > *frame.maxValue))
                    continue;
                value = ClaimValue::fromQuantity(q);
                vs = cellStart + m.start;
                ve = cellStart + m.end;
                return true;
            }
            return false;
        }
        if (frame.type == ClaimValue::Type::Category) {
            QString term = cellName(cell);
            if (term.isEmpty())
                return false;
            value = ClaimValue::fromCategory(term, false);
            vs = cellStart;
            ve = cellStart + cell.size();
            return true;
        }
        return false;
    };
    auto add = [&](const QString &subject, const PredicateFrame &frame, const ClaimValue &value,
                   qsizetype vs, qsizetype ve, Certainty certainty, const QString &scopeText) {
        Claim c;
        c.subjectSurface = subject;
        c.subject = subject;
        c.attribute = frame.key;
        c.value = value;
        c.valueStart = vs;
        c.valueEnd = ve;
        c.label = simplified(row.text.mid(vs, ve - vs));
        c.certainty = certainty;
        c.claimDate = row.published;
        c.fromTable = true;
        if (frame.timeScoped) {
            for (const Mention &m : m_time.tag(scopeText, row.reference)) {
                if (m.value.type == ClaimValue::Type::Date && m.value.date.begin.isValid() &&
                    m.value.date.end.isValid()) {
                    c.scope = m.value.date.precision == DatePrecision::Day
                                  ? QString::number(m.value.date.begin.year())
                                  : m.value.date.toIso();
                    break;
                }
            }
            // "Capex (2026 est.)": a year in the header is the period.
            for (qsizetype i = 0; c.scope.isEmpty() && i + 4 <= scopeText.size(); ++i) {
                const QStringView y = QStringView(scopeText).mid(i, 4);
                const bool bounded = (i == 0 || !scopeText[i - 1].isDigit()) &&
                                     (i + 4 == scopeText.size() || !scopeText[i + 4].isDigit());
                bool digits = bounded;
                for (QChar ch : y)
                    digits = digits && ch.isDigit();
                if (digits &&
                    (y.startsWith(QLatin1String("19")) || y.startsWith(QLatin1String("20"))))
                    c.scope = y.toString();
            }
        }
        out.push_back(std::move(c));
    };

    if (!transposed) {
        // The subject column: a model/product column when the header names one, else the first.
        static const QSet<QString> subjectHeaders = {
            QStringLiteral("model"),  QStringLiteral("product"), QStringLiteral("chip"),
            QStringLiteral("device"), QStringLiteral("name"),    QStringLiteral("system")};
        int subjectColumn = 0;
        for (int c = 0; c < columns; ++c) {
            if (subjectHeaders.contains(header[c].trimmed().toLower()) &&
                columnFrame[static_cast<size_t>(c)] < 0) {
                subjectColumn = c;
                break;
            }
        }
        const QString subject = cellName(cells[subjectColumn]);
        if (subject.isEmpty())
            return out;
        for (int c = 0; c < columns; ++c) {
            if (c == subjectColumn)
                continue;
            const int fi = columnFrame[static_cast<size_t>(c)];
            const qsizetype cs = cellStarts[static_cast<size_t>(c)];
            if (fi >= 0) {
                // A cell naming another attribute of the same kind says what it holds:
                // "Self-funded (~$220M revenue)" under "Capex" is revenue.
                int cellFrame = frameOfText(cells[c]);
                if (cellFrame < 0 ||
                    m_predicates.frame(cellFrame).type != m_predicates.frame(fi).type ||
                    m_predicates.frame(cellFrame).dimension != m_predicates.frame(fi).dimension)
                    cellFrame = fi;
                const PredicateFrame &frame = m_predicates.frame(cellFrame);
                ClaimValue value;
                qsizetype vs = 0, ve = 0;
                if (valueOf(frame, cells[c], cs, value, vs, ve))
                    add(subject, frame, value, vs, ve, certaintyOf(header[c], cells[c]), header[c]);
                continue;
            }
            // Capability words in a free-text cell ("Multimodal, long-context").
            const std::vector<Token> tokens = WordTokenizer::tokenize(cells[c], cs);
            const std::vector<ModalityCue> cellCues = m_modality.cues(tokens);
            for (const PhraseMatch &m : m_predicates.triggers().findEvery(tokens)) {
                const PredicateFrame &frame = m_predicates.frame(m.id);
                if (frame.type != ClaimValue::Type::Polarity)
                    continue;
                bool negated = false;
                for (const ModalityCue &cue : cellCues)
                    negated =
                        negated || (cue.kind == ModalityCue::Kind::Negation && cue.end <= m.begin);
                add(subject, frame, ClaimValue::fromPolarity(!negated),
                    tokens[static_cast<size_t>(m.begin)].start,
                    tokens[static_cast<size_t>(m.end - 1)].end, Certainty::Asserted, QString());
            }
        }
        return out;
    }
    // Transposed: the first cell names the attribute, header cells the subjects.
    const PredicateFrame &frame = m_predicates.frame(frameOfText(cells[0]));
    for (int c = 1; c < columns; ++c) {
        const QString subject = cellName(header[c]);
        if (subject.isEmpty())
            continue;
        ClaimValue value;
        qsizetype vs = 0, ve = 0;
        if (valueOf(frame, cells[c], cellStarts[static_cast<size_t>(c)], value, vs, ve))
            add(subject, frame, value, vs, ve, certaintyOf(cells[0], cells[c]), cells[0]);
    }
    return out;
}

} // namespace cc
