#include "extract/EntityTagger.h"

#include "extract/EntityWords.h"

namespace cc {

namespace {

QStringView rawOf(const Token &t, QStringView text) {
    return text.mid(t.start, t.end - t.start);
}

bool isPeriodToken(const QString &folded) {
    // "Q1", "H2", "FY2025", "1H": reporting periods, not names.
    const qsizetype n = folded.size();
    if (n == 2 && (folded[0] == QLatin1Char('q') || folded[0] == QLatin1Char('h')) &&
        folded[1] >= QLatin1Char('1') && folded[1] <= QLatin1Char('4'))
        return true;
    if (n >= 4 && folded.startsWith(QLatin1String("fy"))) {
        for (qsizetype i = 2; i < n; ++i) {
            if (!folded[i].isDigit())
                return false;
        }
        return true;
    }
    return false;
}

bool isYear(const QString &folded) {
    return folded.size() == 4 && folded[0].isDigit() && folded[1].isDigit() &&
           folded[2].isDigit() && folded[3].isDigit() &&
           (folded.startsWith(QLatin1String("19")) || folded.startsWith(QLatin1String("20")));
}

bool isPureNumber(const QString &folded) {
    for (QChar c : folded) {
        if (!c.isDigit() && c != QLatin1Char('.'))
            return false;
    }
    return !folded.isEmpty() && folded[0].isDigit();
}

bool isMagnitudeWord(const QString &folded) {
    static const QSet<QString> words = {
        QStringLiteral("million"),    QStringLiteral("billion"), QStringLiteral("trillion"),
        QStringLiteral("thousand"),   QStringLiteral("hundred"), QStringLiteral("percent"),
        QStringLiteral("%"),          QStringLiteral("bn"),      QStringLiteral("mn"),
        QStringLiteral("times"),      QStringLiteral("units"),   QStringLiteral("per"),
        QStringLiteral("parameters"), QStringLiteral("tokens"),  QStringLiteral("users"),
        QStringLiteral("years"),      QStringLiteral("months"),  QStringLiteral("days"),
        QStringLiteral("weeks"),      QStringLiteral("hours"),   QStringLiteral("minutes"),
        QStringLiteral("percentage"), QStringLiteral("points"),  QStringLiteral("x")};
    return words.contains(folded);
}

} // namespace

EntityTagger::EntityTagger(const EntityWords &words) : m_words(words) {}

bool EntityTagger::isNameWord(const Token &t, QStringView raw) const {
    if (t.kind != Token::Kind::Word || !t.hasLetter)
        return false;
    if (!(t.capitalized || t.camelCase || t.hasDigit))
        return false;
    if (isPeriodToken(t.folded))
        return false;
    if (t.folded.contains(QLatin1Char('_')))
        return false;
    Q_UNUSED(raw);
    return !m_words.isNonEntityFolded(t.folded);
}

bool EntityTagger::isTitleCase(const std::vector<Token> &tokens, QStringView docText) {
    int longWords = 0, capitalized = 0;
    for (const Token &t : tokens) {
        if (t.kind != Token::Kind::Word || !t.hasLetter || t.hasDigit)
            continue;
        if (rawOf(t, docText).size() < 4)
            continue;
        ++longWords;
        capitalized += t.capitalized ? 1 : 0;
    }
    // A short sentence full of names ("Acme Labs released Vela-3 on March 3, 2026.") is
    // prose: headings and contents lines rarely end with a full stop after a lower-case verb.
    const bool endsLikeProse =
        !tokens.empty() && tokens.back().kind == Token::Kind::Punct &&
        (tokens.back().folded == QLatin1String(".") || tokens.back().folded == QLatin1String("!") ||
         tokens.back().folded == QLatin1String("?"));
    if (endsLikeProse && capitalized < longWords)
        return false;
    return longWords >= 3 && capitalized * 10 >= longWords * 7;
}

void EntityTagger::collectCapitalized(const std::vector<Token> &tokens, QStringView docText,
                                      QSet<QString> &out, QSet<QString> *lowercase) {
    bool opening = true;
    for (const Token &t : tokens) {
        if (t.kind == Token::Kind::Punct) {
            const QChar c = t.folded[0];
            if (c == QLatin1Char(':') || c == QLatin1Char('"') || c.unicode() == 0x201c ||
                c == QLatin1Char('(') || c == QLatin1Char('.') || c == QLatin1Char('?') ||
                c == QLatin1Char('!'))
                opening = true;
            continue;
        }
        if (!opening && t.capitalized)
            out.insert(t.folded);
        else if (lowercase && t.kind == Token::Kind::Word && t.hasLetter && !t.hasDigit &&
                 !t.capitalized && !t.camelCase)
            lowercase->insert(t.folded);
        Q_UNUSED(docText);
        opening = false;
    }
}

void EntityTagger::addKnown(const EntityMention &mention, QSet<QString> &known) const {
    const QString key = entityFoldKey(mention.name, m_words);
    known.insert(key);
    // Word prefixes too: "Acme Z4 Pro" makes "Acme" and "Acme Z4" known.
    for (qsizetype i = 0; i < key.size(); ++i) {
        if (key[i] == QLatin1Char(' '))
            known.insert(key.left(i));
    }
}

std::vector<EntityMention> EntityTagger::tag(const std::vector<Token> &tokens, QStringView docText,
                                             const DocumentContext &context, bool titleCase) const {
    std::vector<EntityMention> out;
    const int n = static_cast<int>(tokens.size());
    // Index of the first word token of the sentence: a capital there proves nothing.
    int firstWord = -1;
    for (int i = 0; i < n && firstWord < 0; ++i) {
        if (tokens[static_cast<size_t>(i)].isWord())
            firstWord = i;
    }
    auto tok = [&](int i) -> const Token & { return tokens[static_cast<size_t>(i)]; };
    // Words opening the sentence or a part of it (after a colon, a quote, a bracket).
    std::vector<bool> opening(static_cast<size_t>(n), false);
    {
        bool open = true;
        for (int k = 0; k < n; ++k) {
            const Token &t = tok(k);
            if (t.kind == Token::Kind::Punct) {
                const char16_t u = t.folded[0].unicode();
                if (u == ':' || u == '"' || u == 0x201c || u == '(' || u == '.' || u == '?' ||
                    u == '!' || u == '>' || u == ';')
                    open = true;
                continue;
            }
            opening[static_cast<size_t>(k)] = open;
            open = false;
        }
    }
    auto raw = [&](int i) { return rawOf(tok(i), docText); };

    auto makeMention = [&](int a, int b) {
        EntityMention m;
        m.first = a;
        m.last = b;
        m.start = tok(a).start;
        m.end = tok(b - 1).end;
        QString name;
        for (int k = a; k < b; ++k) {
            const Token &t = tok(k);
            if (k > a) {
                if (t.hyphenJoined)
                    name += QLatin1Char('-');
                else if (t.spaceBefore)
                    name += QLatin1Char(' ');
            }
            name += raw(k);
            if (t.isWord() && (t.hasDigit || t.camelCase || t.allCaps))
                m.strong = true;
        }
        m.name = name;
        m.place = m_words.isPlace(name);
        m.outlet = m_words.isOutlet(name);
        m.person = a > 0 && tok(a - 1).isWord() && m_words.isTitle(raw(a - 1).toString());
        m.possessive = tok(b - 1).possessive;
        return m;
    };

    int i = 0;
    while (i < n) {
        const Token &t = tok(i);
        if (!isNameWord(t, raw(i))) {
            ++i;
            continue;
        }
        // Extend the run.
        int j = i + 1;
        while (j < n && !tok(j - 1).possessive) {
            const Token &u = tok(j);
            const bool adjacent = u.spaceBefore || u.hyphenJoined;
            if (u.kind == Token::Kind::Word && adjacent && isNameWord(u, raw(j))) {
                ++j;
                continue;
            }
            if (u.kind == Token::Kind::Number && adjacent && tok(j - 1).isWord()) {
                // "Vela 3", "Orbit-2.1", "Helix 900C": a model number after a name word.
                const bool alnum = u.hasLetter;
                // "Helix 900B" is a model even though "900B" could be 900 billion.
                const bool magnitudeNext = j + 1 < n && isMagnitudeWord(tok(j + 1).folded);
                if (alnum && u.folded.size() <= 7 && !magnitudeNext &&
                    (!m_words.isQuantityToken(raw(j).toString()) ||
                     tok(j - 1).kind == Token::Kind::Word)) {
                    ++j;
                    continue;
                }
                if (!alnum && isPureNumber(u.folded) && u.folded.size() <= 6 &&
                    (!isYear(u.folded) || u.hyphenJoined) && tok(j - 1).kind == Token::Kind::Word &&
                    !(j + 1 < n && isMagnitudeWord(tok(j + 1).folded))) {
                    ++j;
                    continue;
                }
                break;
            }
            if (u.kind == Token::Kind::Punct && u.folded == QLatin1String("+") && !u.spaceBefore &&
                (j + 1 >= n || tok(j + 1).spaceBefore || tok(j + 1).kind == Token::Kind::Punct)) {
                ++j; // "FT-2000+"
                break;
            }
            if ((u.is("of") || u.is("&")) && j + 1 < n && tok(j + 1).capitalized &&
                isNameWord(tok(j + 1), raw(j + 1)) && !titleCase) {
                j += 2;
                continue;
            }
            break;
        }
        // Trailing connectors never end a name.
        while (j > i + 1 && (tok(j - 1).is("of") || tok(j - 1).is("&")))
            --j;
        int a = i;
        const int b = j;
        i = j;
        // A capital opening the sentence proves nothing: "Surpassing Acme Z4" is "Acme Z4",
        // when the word is a common one (written in lower case elsewhere, or a verb form).
        // Verb forms ("Surpassing") and, for a word standing alone, plurals ("Sales rose")
        // open sentences as common words; names go on ("Nimbus Air", "Atlas Robotics").
        auto common = [&](const Token &w, bool alone) {
            const QString &f = w.folded;
            return context.lowercaseWords.contains(f) ||
                   (!w.hasDigit &&
                    (f.endsWith(QLatin1String("ing")) || f.endsWith(QLatin1String("ed")) ||
                     (alone && f.size() > 3 && f.endsWith(QLatin1Char('s')) &&
                      !f.endsWith(QLatin1String("ss")))));
        };
        if (opening[static_cast<size_t>(a)] && b - a > 1 && !titleCase && !tok(a).hasDigit &&
            !tok(a).camelCase && !tok(a).allCaps &&
            !context.capitalizedMidSentence.contains(tok(a).folded) && common(tok(a), false)) {
            ++a;
            if (!isNameWord(tok(a), raw(a)))
                continue;
        }
        // "Q1:" / "A1:" labels of a question list.
        if (a == firstWord && b - a == 1 && b < n && tok(b).is(":") && raw(a).size() <= 3)
            continue;

        if (titleCase) {
            // Keep the known names and strong words inside the run.
            int s = a;
            while (s < b) {
                int best = -1;
                for (int e = std::min(b, s + 6); e > s; --e) {
                    if (context.knownNames.contains(
                            entityFoldKey(makeMention(s, e).name, m_words))) {
                        best = e;
                        break;
                    }
                }
                if (best < 0 && tok(s).isWord() &&
                    (tok(s).hasDigit || tok(s).camelCase ||
                     (tok(s).allCaps && raw(s).size() >= 2))) {
                    best = s + 1;
                    // A model number or variant word after it belongs to it ("Z4 Pro").
                    while (best < b &&
                           (tok(best).hasDigit || m_words.isVariant(raw(best).toString())))
                        ++best;
                }
                if (best > s) {
                    out.push_back(makeMention(s, best));
                    s = best;
                } else {
                    ++s;
                }
            }
            continue;
        }

        EntityMention m = makeMention(a, b);
        // A variant word alone ("Flash") names no product.
        if (b - a == 1 && m_words.isVariant(m.name))
            continue;
        // A lone capitalized word opening the sentence must be seen capitalized elsewhere.
        if (b - a == 1 && opening[static_cast<size_t>(a)] && !m.strong && !m.place && !m.outlet &&
            !context.capitalizedMidSentence.contains(tok(a).folded) && common(tok(a), true))
            continue;
        out.push_back(std::move(m));
    }

    // Possessive folding: "Acme's Z4" is "Acme Z4" when the second is a model name.
    std::vector<EntityMention> folded;
    for (size_t k = 0; k < out.size(); ++k) {
        EntityMention m = out[k];
        if (m.possessive && !m.place && k + 1 < out.size()) {
            const EntityMention &next = out[k + 1];
            bool model = false;
            for (int t = next.first; t < next.last; ++t)
                model = model || tok(t).hasDigit;
            model = model || m_words.isVariant(raw(next.last - 1).toString());
            if (next.first == m.last && model) {
                EntityMention merged = next;
                merged.first = m.first;
                merged.start = m.start;
                merged.name = m.name + QLatin1Char(' ') + next.name;
                merged.strong = true;
                merged.place = false;
                folded.push_back(std::move(merged));
                ++k;
                continue;
            }
        }
        folded.push_back(std::move(m));
    }
    return folded;
}

} // namespace cc
