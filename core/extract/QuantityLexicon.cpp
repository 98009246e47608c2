#include "extract/QuantityLexicon.h"

#include "lexicon/LexiconSet.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QSet>
#include <map>

namespace cc {

namespace {

// Validation of one lexicon entry: reads fields, collects problems.
class EntryReader {
public:
    EntryReader(const LexiconEntry &entry, const QString &lexicon, QStringList *errors)
        : m_entry(entry), m_lexicon(lexicon), m_errors(errors) {}

    QString key() const { return m_entry.string("key"); }

    void fail(const QString &problem) {
        m_ok = false;
        if (m_errors)
            m_errors->append(QStringLiteral("%1: %2 entry \"%3\": %4")
                                 .arg(m_entry.where(), m_lexicon, key(), problem));
    }
    bool ok() const { return m_ok; }

    QString string(const char *field, bool required) {
        const QJsonValue v = m_entry.object.value(QLatin1String(field));
        if (v.isUndefined() && !required)
            return {};
        if (!v.isString() || v.toString().trimmed().isEmpty()) {
            fail(QStringLiteral("'%1' must be a non-empty string").arg(QLatin1String(field)));
            return {};
        }
        return v.toString();
    }

    double number(const char *field, bool required, double fallback, bool positive) {
        const QJsonValue v = m_entry.object.value(QLatin1String(field));
        if (v.isUndefined() && !required)
            return fallback;
        if (!v.isDouble() || (positive && !(v.toDouble() > 0))) {
            fail(
                QStringLiteral("'%1' must be a %2number")
                    .arg(QLatin1String(field), positive ? QStringLiteral("positive ") : QString()));
            return fallback;
        }
        return v.toDouble();
    }

    bool flag(const char *field) {
        const QJsonValue v = m_entry.object.value(QLatin1String(field));
        if (v.isUndefined())
            return false;
        if (!v.isBool()) {
            fail(QStringLiteral("'%1' must be true or false").arg(QLatin1String(field)));
            return false;
        }
        return v.toBool();
    }

    QStringList strings(const char *field) {
        const QJsonValue v = m_entry.object.value(QLatin1String(field));
        QStringList out;
        if (v.isUndefined())
            return out;
        if (!v.isArray()) {
            fail(QStringLiteral("'%1' must be a list of strings").arg(QLatin1String(field)));
            return out;
        }
        for (const QJsonValue &item : v.toArray()) {
            if (!item.isString() || item.toString().trimmed().isEmpty()) {
                fail(QStringLiteral("'%1' must hold non-empty strings").arg(QLatin1String(field)));
                return {};
            }
            out << item.toString();
        }
        return out;
    }

    int choice(const char *field, const QStringList &allowed) {
        const QString v = string(field, true);
        const int i = int(allowed.indexOf(v));
        if (!v.isEmpty() && i < 0)
            fail(QStringLiteral("'%1' must be one of: %2")
                     .arg(QLatin1String(field), allowed.join(QStringLiteral(", "))));
        return i;
    }

private:
    const LexiconEntry &m_entry;
    QString m_lexicon;
    QStringList *m_errors;
    bool m_ok = true;
};

bool isSymbolic(const QString &s) {
    for (const QChar c : s)
        if (c.isLetterOrNumber())
            return false;
    return true;
}

void loadNumberWords(const LexiconSet &set, QuantityLexicon &lex, QStringList *errors) {
    static const QStringList classes = {
        QStringLiteral("digit"),       QStringLiteral("teen"),
        QStringLiteral("tens"),        QStringLiteral("hundred"),
        QStringLiteral("dozen"),       QStringLiteral("ordinal"),
        QStringLiteral("fraction"),    QStringLiteral("vulgar"),
        QStringLiteral("multiplier"),  QStringLiteral("article"),
        QStringLiteral("conjunction"), QStringLiteral("decimal_point"),
        QStringLiteral("negative"),    QStringLiteral("ratio"),
        QStringLiteral("of"),          QStringLiteral("range_between"),
        QStringLiteral("range_from"),  QStringLiteral("range_to"),
        QStringLiteral("rate"),        QStringLiteral("ordinal_suffix")};
    using C = QuantityLexicon::WordClass;
    for (const LexiconEntry &e : set.entries(QStringLiteral("number_words"))) {
        EntryReader r(e, QStringLiteral("number_words"), errors);
        const QString key = r.string("key", true);
        QuantityLexicon::NumberWord w;
        const int cls = r.choice("class", classes);
        if (cls >= 0)
            w.cls = static_cast<C>(cls);
        const bool needsValue = cls >= 0 && (w.cls <= C::Multiplier);
        w.value = r.number("value", needsValue, 0, false);
        if (needsValue &&
            (w.cls == C::Ordinal || w.cls == C::Fraction || w.cls == C::Hundred ||
             w.cls == C::Dozen || w.cls == C::Multiplier) &&
            !(w.value > 0))
            r.fail(QStringLiteral("'value' must be positive for class %1").arg(classes.value(cls)));
        w.plural = r.flag("plural");
        w.denominator = r.flag("denominator") || w.cls == C::Fraction;
        w.ordered = r.flag("ordered");
        for (const QString &word : r.strings("not_after"))
            w.notAfter.push_back(QuantityTokenizer::foldHash(word));
        if (!r.ok())
            continue;
        lex.words.push_back(w);
        lex.wordTable.add(key, false, int(lex.words.size() - 1));
        switch (w.cls) {
        case C::Digit:
        case C::Teen:
        case C::Tens:
        case C::Ordinal:
        case C::Fraction:
        case C::Vulgar:
        case C::Multiplier:
        case C::Article:
        case C::Negative:
            lex.addStarter(key);
            break;
        default:
            break;
        }
    }
}

void loadMagnitudes(const LexiconSet &set, QuantityLexicon &lex, QStringList *errors) {
    for (const LexiconEntry &e : set.entries(QStringLiteral("magnitudes"))) {
        EntryReader r(e, QStringLiteral("magnitudes"), errors);
        QuantityLexicon::Magnitude m;
        m.key = r.string("key", true);
        m.factor = r.number("factor", true, 1, true);
        const QStringList words = r.strings("words");
        const QStringList symbols = r.strings("symbols");
        const QStringList money = r.strings("currency_symbols");
        const QString prefix = r.string("code_prefix", false);
        if (prefix.size() > 1)
            r.fail(QStringLiteral("'code_prefix' must be one letter"));
        if (words.isEmpty() && symbols.isEmpty() && money.isEmpty())
            r.fail(QStringLiteral("needs 'words' or 'symbols'"));
        if (!r.ok())
            continue;
        const int index = int(lex.magnitudes.size());
        lex.magnitudes.push_back(m);
        for (const QString &w : words)
            lex.magnitudeTable.add(w, false, index * 4 + QuantityLexicon::MagnitudeWord);
        for (const QString &s : symbols)
            lex.magnitudeTable.add(s, true, index * 4 + QuantityLexicon::MagnitudeSymbol);
        for (const QString &s : money)
            lex.magnitudeTable.add(s, true, index * 4 + QuantityLexicon::MagnitudeMoney);
        if (prefix.size() == 1)
            lex.codePrefixes.emplace_back(prefix[0].unicode(), index);
    }
}

void loadCurrencies(const LexiconSet &set, QuantityLexicon &lex, QStringList *errors) {
    struct Claim {
        int currency;
        int role;
        bool caseSensitive;
        bool isDefault;
        QString where;
    };
    // Spelling (folded unless case-sensitive) -> entries listing it, in order.
    std::map<QString, std::vector<Claim>> claims;
    std::vector<QString> spellingOrder;
    for (const LexiconEntry &e : set.entries(QStringLiteral("currencies"))) {
        EntryReader r(e, QStringLiteral("currencies"), errors);
        QuantityLexicon::Currency c;
        c.key = r.string("key", true);
        c.code = r.string("code", false);
        if (c.code.isEmpty())
            c.code = c.key;
        c.factor = r.number("factor", false, 1, true);
        c.minor = r.number("minor", false, 0, true);
        c.subunit = r.flag("subunit");
        const QStringList names = r.strings("names");
        const QStringList symbols = r.strings("symbols");
        const QStringList codes = r.strings("codes");
        const QStringList defaults = r.strings("defaults");
        const QStringList bare = r.strings("bare");
        for (const QString &d : defaults)
            if (!symbols.contains(d) && !codes.contains(d) && !names.contains(d))
                r.fail(QStringLiteral("'defaults' lists \"%1\", which the entry does not spell")
                           .arg(d));
        if (names.isEmpty() && symbols.isEmpty() && codes.isEmpty())
            r.fail(QStringLiteral("needs 'names', 'symbols' or 'codes'"));
        for (const QString &b : bare)
            if (!symbols.contains(b) && !codes.contains(b) && !names.contains(b))
                r.fail(
                    QStringLiteral("'bare' lists \"%1\", which the entry does not spell").arg(b));
        if (!r.ok())
            continue;
        const int index = int(lex.currencies.size());
        lex.currencies.push_back(c);
        for (const QString &b : bare) {
            lex.bareTable.add(b, symbols.contains(b), index * 2);
            lex.addStarter(b);
        }
        auto claim = [&](const QString &s, int role, bool cs) {
            const QString k =
                (cs ? QStringLiteral("=") + s : QStringLiteral("~") + s.toCaseFolded());
            if (!claims.count(k))
                spellingOrder.push_back(k);
            claims[k].push_back({index, role, cs, defaults.contains(s), e.where()});
        };
        for (const QString &s : names)
            claim(s, QuantityLexicon::CurrencyName, false);
        for (const QString &s : symbols)
            claim(s, QuantityLexicon::CurrencySymbol, true);
        for (const QString &s : codes)
            claim(s, QuantityLexicon::CurrencyCode, false);
    }
    for (const QString &k : spellingOrder) {
        const std::vector<Claim> &list = claims[k];
        const Claim *owner = &list.front();
        int defaults = 0;
        for (const Claim &c : list)
            if (c.isDefault) {
                if (!defaults++)
                    owner = &c;
            }
        if (list.size() > 1 && defaults != 1 && errors) {
            QStringList who;
            for (const Claim &c : list)
                who << lex.currencies[c.currency].key + QStringLiteral(" (") + c.where +
                           QLatin1Char(')');
            errors->append(QStringLiteral("%1: currencies: \"%2\" is listed by %3 and %4 of them "
                                          "claim it in 'defaults'; %5 is used")
                               .arg(owner->where, k.mid(1), who.join(QStringLiteral(", ")))
                               .arg(defaults)
                               .arg(lex.currencies[owner->currency].key));
        }
        lex.currencyTable.add(k.mid(1), owner->caseSensitive, owner->currency * 4 + owner->role);
        if (owner->role != QuantityLexicon::CurrencyName)
            lex.addStarter(k.mid(1));
    }
}

void loadUnits(const LexiconSet &set, QuantityLexicon &lex, QStringList *errors) {
    static const QStringList kinds = {QStringLiteral("dimension"), QStringLiteral("count"),
                                      QStringLiteral("percent"), QStringLiteral("ratio"),
                                      QStringLiteral("duration")};
    std::vector<std::pair<int, QStringList>> compounds;
    std::vector<QString> compoundWhere;
    QSet<QString> keys;
    for (const LexiconEntry &e : set.entries(QStringLiteral("units"))) {
        EntryReader r(e, QStringLiteral("units"), errors);
        QuantityLexicon::Unit u;
        u.key = r.string("key", true);
        u.base = r.string("base", true);
        u.factor = r.number("factor", true, 1, true);
        u.dimension = r.string("dimension", true);
        const int kind = r.choice("kind", kinds);
        if (kind >= 0)
            u.kind = static_cast<QuantityLexicon::UnitKind>(kind);
        u.perName = r.string("per_name", false);
        if (u.perName.isEmpty())
            u.perName = u.base;
        const QStringList names = r.strings("names");
        const QStringList symbols = r.strings("symbols");
        const QStringList glued = r.strings("glued_symbols");
        const QStringList compoundNames = r.strings("compound_names");
        const QStringList compound = r.strings("compound");
        const QStringList bare = r.strings("bare");
        for (const QString &b : bare)
            if (!names.contains(b) && !symbols.contains(b))
                r.fail(
                    QStringLiteral("'bare' lists \"%1\", which the entry does not spell").arg(b));
        if (names.isEmpty() && symbols.isEmpty() && glued.isEmpty() && compoundNames.isEmpty())
            r.fail(QStringLiteral("needs 'names' or 'symbols'"));
        if (!r.ok())
            continue;
        const int index = int(lex.units.size());
        lex.units.push_back(u);
        for (const QString &b : bare) {
            lex.bareTable.add(b, symbols.contains(b), index * 2 + 1);
            lex.addStarter(b);
        }
        keys.insert(u.key);
        for (const QString &s : names) {
            lex.unitTable.add(s, false, index * 4 + QuantityLexicon::UnitName);
            if (u.kind == QuantityLexicon::UnitKind::Percent)
                lex.addStarter(s);
        }
        for (const QString &s : symbols)
            lex.unitTable.add(s, true, index * 4 + QuantityLexicon::UnitSymbol);
        for (const QString &s : glued)
            lex.unitTable.add(s, true, index * 4 + QuantityLexicon::UnitGlued);
        for (const QString &s : compoundNames)
            lex.unitTable.add(s, false, index * 4 + QuantityLexicon::UnitCompoundName);
        if (!compound.isEmpty()) {
            compounds.emplace_back(index, compound);
            compoundWhere.push_back(e.where());
        }
    }
    for (std::size_t c = 0; c < compounds.size(); ++c) {
        QuantityLexicon::Unit &u = lex.units[compounds[c].first];
        for (const QString &key : compounds[c].second) {
            int found = -1;
            for (std::size_t i = 0; i < lex.units.size(); ++i)
                if (lex.units[i].key == key)
                    found = int(i);
            if (found < 0 || lex.units[found].base != u.base) {
                if (errors)
                    errors->append(
                        QStringLiteral("%1: units entry \"%2\": 'compound' names \"%3\", "
                                       "which is no unit of the same base")
                            .arg(compoundWhere[c], u.key, key));
                continue;
            }
            u.compound.push_back(found);
        }
    }
}

void loadModifiers(const LexiconSet &set, QuantityLexicon &lex, QStringList *errors) {
    static const QStringList effects = {QStringLiteral("approximate"),
                                        QStringLiteral("lower_bound"),
                                        QStringLiteral("upper_bound")};
    static const QStringList positions = {QStringLiteral("before"), QStringLiteral("after")};
    for (const LexiconEntry &e : set.entries(QStringLiteral("quantity_modifiers"))) {
        EntryReader r(e, QStringLiteral("quantity_modifiers"), errors);
        const QString key = r.string("key", true);
        QString phrase = r.string("phrase", false);
        if (phrase.isEmpty())
            phrase = key;
        QuantityLexicon::Modifier m;
        const int effect = r.choice("effect", effects);
        if (effect >= 0)
            m.effect = static_cast<QuantityLexicon::Effect>(effect);
        const int position = r.choice("position", positions);
        m.ambiguous = r.flag("ambiguous");
        m.symbolic = isSymbolic(phrase);
        if (!r.ok())
            continue;
        const int index = int(lex.modifiers.size());
        lex.modifiers.push_back(m);
        (position == 0 ? lex.modifiersBefore : lex.modifiersAfter).add(phrase, false, index);
    }
}

} // namespace

void QuantityLexicon::addStarter(QStringView phrase) {
    std::vector<QuantityToken> tokens;
    QuantityTokenizer::tokenize(phrase, tokens);
    if (!tokens.empty())
        m_starterList.push_back(tokens.front().fold);
}

void QuantityLexicon::finishStarters() {
    // A sparse table: most words are no starter and should miss at once.
    std::size_t size = 16;
    while (size < m_starterList.size() * 8)
        size *= 2;
    m_starters.assign(size, 0);
    m_starterMask = size - 1;
    for (const std::uint64_t h : m_starterList) {
        std::size_t s = (h ^ (h >> 29)) & m_starterMask;
        while (m_starters[s] != 0 && m_starters[s] != h)
            s = (s + 1) & m_starterMask;
        m_starters[s] = h;
    }
}

std::shared_ptr<const QuantityLexicon> QuantityLexicon::compile(const LexiconSet &lexicons,
                                                                QStringList *errors) {
    auto lex = std::make_shared<QuantityLexicon>();
    loadNumberWords(lexicons, *lex, errors);
    loadMagnitudes(lexicons, *lex, errors);
    loadCurrencies(lexicons, *lex, errors);
    loadUnits(lexicons, *lex, errors);
    loadModifiers(lexicons, *lex, errors);
    lex->wordTable.finish();
    lex->magnitudeTable.finish();
    lex->currencyTable.finish();
    lex->unitTable.finish();
    lex->modifiersBefore.finish();
    lex->modifiersAfter.finish();
    lex->bareTable.finish();
    lex->finishStarters();
    return lex;
}

} // namespace cc
