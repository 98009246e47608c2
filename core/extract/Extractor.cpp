#include "extract/Extractor.h"

#include "extract/CitationAssigner.h"
#include "extract/ClaimFrameMatcher.h"
#include "extract/EntityResolver.h"
#include "extract/EntityTagger.h"
#include "extract/EntityWords.h"
#include "extract/ModalityDetector.h"
#include "extract/PredicateLexicon.h"
#include "extract/QuantityTagger.h"
#include "extract/SentenceSplitter.h"
#include "extract/StructureLexicon.h"
#include "extract/TimeTagger.h"
#include "extract/WordTokenizer.h"
#include "lexicon/LexiconSet.h"
#include "model/CodePointIndex.h"

#include <QSet>

namespace cc {

namespace {

// "Marsh will be sworn in" after "Lena Marsh" earlier in the briefing: a one-word subject
// that ends exactly one longer name mentioned before it is that name (a surname, or
// "Alliance" for "Civic Alliance"). Corporate suffixes and variant words are no short form.
void linkSurnames(std::vector<Claim> &claims, const std::vector<std::vector<EntityMention>> &names,
                  const EntityWords &words) {
    for (Claim &c : claims) {
        const QString &surface = c.subjectSurface;
        if (surface.isEmpty() || surface.contains(QLatin1Char(' ')) ||
            surface.contains(QLatin1Char('-')) || words.isCorporateSuffix(surface) ||
            words.isVariant(surface))
            continue;
        bool digit = false;
        for (QChar ch : surface)
            digit = digit || ch.isDigit();
        if (digit)
            continue;
        const QString tail = QLatin1Char(' ') + surface;
        QString full;
        bool unique = true;
        for (const std::vector<EntityMention> &sentence : names) {
            for (const EntityMention &m : sentence) {
                if (m.start >= c.sentenceStart || m.outlet || m.place || !m.name.endsWith(tail))
                    continue;
                if (!full.isEmpty() && full != m.name)
                    unique = false;
                full = m.name;
            }
        }
        if (!full.isEmpty() && unique)
            c.subjectSurface = full;
    }
}

constexpr size_t kMaxClaimsPerDocument = 20000;

// Explicit years (1900-2099) written in `text`, in order.
std::vector<int> yearsIn(QStringView text) {
    std::vector<int> out;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        if (!text[i].isDigit()) {
            ++i;
            continue;
        }
        const qsizetype s = i;
        while (i < n && text[i].isDigit())
            ++i;
        const bool glued =
            (s > 0 && text[s - 1].isLetterOrNumber()) ||
            (i < n && text[i].isLetter() && !(i + 1 < n && text[i] == QLatin1Char('s')));
        if (i - s == 4 && !glued) {
            const int y = text.mid(s, 4).toInt();
            if (y >= 1900 && y <= 2099)
                out.push_back(y);
        }
    }
    return out;
}

DateInterval shiftYears(const DateInterval &d, int years) {
    DateInterval out = d;
    if (out.begin.isValid())
        out.begin = out.begin.addYears(years);
    if (out.end.isValid())
        out.end = out.end.addYears(years);
    return out;
}

} // namespace

struct Extractor::Data {
    explicit Data(const LexiconSet &lex)
        : splitter(lex), words(lex), predicates(lex), modality(lex), structure(lex), time(lex),
          quantity(lex), tagger(words),
          matcher(predicates, modality, structure, words, tagger, time, quantity) {
        errors << splitter.errors() << words.errors() << predicates.errors() << modality.errors()
               << structure.errors();
    }
    SentenceSplitter splitter;
    EntityWords words;
    PredicateLexicon predicates;
    ModalityDetector modality;
    StructureLexicon structure;
    TimeTagger time;
    QuantityTagger quantity;
    EntityTagger tagger;
    ClaimFrameMatcher matcher;
    QStringList errors;
};

Extractor::Extractor(const LexiconSet &lexicons) : d(std::make_shared<Data>(lexicons)) {}
Extractor::~Extractor() = default;

QStringList Extractor::lexiconErrors() const {
    return d->errors;
}

Extraction Extractor::extract(const Document &doc, const std::atomic_bool *cancel) const {
    Extraction out;
    out.sentences = d->splitter.split(doc);
    const std::vector<Sentence> &sentences = out.sentences;
    const QStringView text(doc.text);
    const size_t count = sentences.size();
    auto cancelled = [&] { return cancel && cancel->load(std::memory_order_relaxed); };

    // Which sentences claims may come from: English, not code, not a list of sources.
    const CitationAssigner citations(doc, sentences, d->structure);
    std::vector<bool> readable(count, false);
    std::vector<std::vector<Token>> tokens(count);
    std::vector<bool> titleCase(count, false);
    EntityTagger::DocumentContext context;
    for (size_t i = 0; i < count; ++i) {
        const Sentence &s = sentences[i];
        if (!s.language.isEmpty())
            continue;
        const QStringView body = text.mid(s.start, s.end - s.start);
        if (s.kind == Sentence::Kind::TableRow) {
            readable[i] = !s.cells.isEmpty();
            continue;
        }
        if (SentenceSplitter::looksLikeCode(body))
            continue;
        readable[i] = !citations.isSourceItem(i);
        tokens[i] = WordTokenizer::tokenize(body, s.start);
        titleCase[i] = EntityTagger::isTitleCase(tokens[i], text);
        if (!titleCase[i])
            EntityTagger::collectCapitalized(tokens[i], text, context.capitalizedMidSentence,
                                             &context.lowercaseWords);
    }
    if (cancelled()) {
        out.cancelled = true;
        return out;
    }
    // Names: prose first (they make the known names), then title-case lines.
    std::vector<std::vector<EntityMention>> names(count);
    for (int pass = 0; pass < 2; ++pass) {
        for (size_t i = 0; i < count; ++i) {
            if (tokens[i].empty() || titleCase[i] != (pass == 1))
                continue;
            names[i] = d->tagger.tag(tokens[i], text, context, titleCase[i]);
            if (pass == 0) {
                for (const EntityMention &m : names[i])
                    d->tagger.addKnown(m, context.knownNames);
            }
        }
    }

    const CodePointIndex codePoints(text);
    const QDate published = doc.published ? doc.published->begin : QDate();
    // Without a publication date, years come from the document's own nearest explicit year.
    int knownYear = 0;
    if (!published.isValid()) {
        const std::vector<int> titleYears = yearsIn(doc.title);
        if (!titleYears.empty())
            knownYear = titleYears.back();
    }
    QSet<QString> entitySeen;
    auto noteEntity = [&](const QString &name) {
        if (!name.isEmpty() && !entitySeen.contains(name)) {
            entitySeen.insert(name);
            out.entities << name;
        }
    };

    QString topic;
    QString actor;
    // Table state: header cells of the current table.
    QStringList header;
    int headerTable = -1;
    size_t previousRow = static_cast<size_t>(-1);
    std::vector<Claim> claims;
    for (size_t i = 0; i < count; ++i) {
        if (cancelled()) {
            out.cancelled = true;
            return out;
        }
        const Sentence &s = sentences[i];
        const QStringView body = text.mid(s.start, s.end - s.start);
        for (const EntityMention &m : names[i])
            noteEntity(m.name);
        if (s.kind == Sentence::Kind::Heading) {
            topic.clear();
            actor.clear();
            for (const EntityMention &m : names[i]) {
                if (!m.place && m.strong) {
                    topic = m.name;
                    break;
                }
            }
        }

        QDate reference = published;
        if (!published.isValid() && knownYear > 0)
            reference = QDate(knownYear, 7, 1);
        const QDate tagReference = reference.isValid() ? reference : QDate(2000, 7, 1);

        std::vector<Claim> found;
        if (s.kind == Sentence::Kind::TableRow) {
            // A table: consecutive rows; the reader's header flag or the first row with cells.
            const bool continues = previousRow != static_cast<size_t>(-1) && previousRow + 1 == i;
            int table = -1;
            bool isHeader = false;
            for (const TableRow &r : doc.tableRows) {
                if (r.start == s.start) {
                    table = r.table;
                    isHeader = r.header;
                    break;
                }
            }
            if (!continues || (table >= 0 && table != headerTable) || header.isEmpty()) {
                header.clear();
                headerTable = table;
                if (!s.cells.isEmpty() && (table < 0 || isHeader || !continues)) {
                    header = s.cells;
                    previousRow = i;
                    continue;
                }
            }
            previousRow = i;
            if (!readable[i] || s.cells.size() != header.size())
                continue;
            std::vector<qsizetype> cellStarts;
            qsizetype from = s.start;
            for (const QString &cell : s.cells) {
                const qsizetype at = doc.text.indexOf(cell, from);
                if (at < 0 || at >= s.end) {
                    cellStarts.clear();
                    break;
                }
                cellStarts.push_back(at);
                from = at + cell.size();
            }
            if (cellStarts.size() != static_cast<size_t>(s.cells.size()))
                continue;
            SentenceFacts facts;
            facts.text = text;
            facts.start = s.start;
            facts.end = s.end;
            facts.reference = tagReference;
            facts.published = published;
            found = d->matcher.tableRow(facts, header, s.cells, cellStarts, context);
            for (const Claim &c : found)
                noteEntity(c.subjectSurface);
        } else {
            previousRow = static_cast<size_t>(-1);
            if (tokens[i].empty())
                continue;
            SentenceFacts facts;
            facts.text = text;
            facts.start = s.start;
            facts.end = s.end;
            facts.tokens = std::move(tokens[i]);
            facts.entities = names[i];
            facts.topic = topic;
            facts.actor = actor;
            facts.reference = tagReference;
            facts.published = published;
            std::vector<Mention> times = d->time.tag(body, tagReference);
            for (Mention &m : times) {
                m.start += s.start;
                m.end += s.start;
                if (m.value.type != ClaimValue::Type::Date)
                    continue;
                const std::vector<int> years = yearsIn(text.mid(m.start, m.end - m.start));
                if (!years.empty()) {
                    if (!published.isValid())
                        knownYear = years.back();
                } else if (!published.isValid()) {
                    // No year written and no publication date: the document's nearest year, or
                    // nothing.
                    if (reference.isValid() && m.value.date.begin.isValid())
                        m.value.date =
                            shiftYears(m.value.date, reference.year() - m.value.date.begin.year());
                    else if (!reference.isValid())
                        m.value = ClaimValue();
                }
            }
            std::vector<Mention> quantities;
            for (Mention &q : d->quantity.tag(body)) {
                q.start += s.start;
                q.end += s.start;
                bool overlaps = false;
                for (const Mention &t : times)
                    overlaps = overlaps || (q.start < t.end && t.start < q.end);
                if (!overlaps)
                    quantities.push_back(q);
            }
            facts.times = std::move(times);
            facts.quantities = std::move(quantities);
            if (readable[i])
                found = d->matcher.prose(facts);
            // What "it" or "the model" will mean in the next sentence: this one's first
            // claim's subject, else the last name it mentions.
            if (!found.empty()) {
                topic = found.front().subjectSurface;
            } else if (s.kind != Sentence::Kind::Heading) {
                for (const EntityMention &m : names[i]) {
                    if (!m.place && !m.person && !m.outlet)
                        topic = m.name;
                }
            }
            // What "the company" will mean: the first name this sentence is about.
            for (const EntityMention &m :
                 s.kind == Sentence::Kind::Heading ? std::vector<EntityMention>() : names[i]) {
                if (!m.place && !m.person && !m.outlet) {
                    actor = m.name;
                    break;
                }
            }
        }
        if (found.empty())
            continue;
        const QStringList sources = citations.sourcesFor(i);
        const QString quote = body.toString();
        for (Claim &c : found) {
            c.document = doc.path;
            c.sentenceStart = s.start;
            c.sentenceEnd = s.end;
            c.cpSentenceStart = codePoints.toCodePoint(s.start);
            c.cpSentenceEnd = codePoints.toCodePoint(s.end);
            c.cpValueStart = codePoints.toCodePoint(c.valueStart);
            c.cpValueEnd = codePoints.toCodePoint(c.valueEnd);
            c.page = doc.pageAt(s.start);
            c.quote = quote;
            c.citedSources = sources;
            claims.push_back(std::move(c));
        }
    }
    linkSurnames(claims, names, d->words);
    // The document-level best guess for subjects; the folder-level resolver refines it.
    const EntityResolver local({out.entities}, {}, d->words);
    local.apply(claims);
    // A maker named for its product's figure ("Acme's 1M-token context window" beside
    // "Z4", i.e. "Acme Z4"): the product is the subject, when the sentence names exactly one.
    for (Claim &c : claims) {
        const int fi = d->predicates.frameIndex(c.attribute);
        if (fi < 0 || d->predicates.frame(fi).timeScoped || c.subject.contains(QLatin1Char(' ')))
            continue;
        bool digit = false;
        for (QChar ch : c.subject)
            digit = digit || ch.isDigit();
        if (digit)
            continue;
        const auto it =
            std::lower_bound(sentences.begin(), sentences.end(), c.sentenceStart,
                             [](const Sentence &s, qsizetype pos) { return s.start < pos; });
        if (it == sentences.end() || it->start != c.sentenceStart)
            continue;
        const size_t index = static_cast<size_t>(it - sentences.begin());
        QString product, productSurface;
        bool unique = true;
        const QString prefix = c.subject + QLatin1Char(' ');
        for (const EntityMention &m : names[index]) {
            const QString full = local.canonical(m.name);
            bool hasDigit = false;
            for (QChar ch : full)
                hasDigit = hasDigit || ch.isDigit();
            if (!hasDigit || !full.startsWith(prefix, Qt::CaseInsensitive))
                continue;
            if (!product.isEmpty() && product != full)
                unique = false;
            product = full;
            productSurface = m.name;
        }
        if (!product.isEmpty() && unique) {
            c.subject = product;
            c.subjectSurface = productSurface;
        }
    }
    // A machine-made file (a log, a data dump saved as .txt) can yield claims by the
    // hundred thousand and swamp the project; a briefing never comes near the cap.
    if (claims.size() > kMaxClaimsPerDocument) {
        out.warnings << QStringLiteral("only the first %1 of %2 claims were kept")
                            .arg(kMaxClaimsPerDocument)
                            .arg(claims.size());
        claims.resize(kMaxClaimsPerDocument);
    }
    out.claims = std::move(claims);
    return out;
}

} // namespace cc
