#include "extract/TagHarness.h"

#include "extract/QuantityTagger.h"
#include "extract/TimeTagger.h"
#include "lexicon/LexiconSet.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <istream>
#include <ostream>
#include <string>
#include <vector>

namespace cc {

namespace {

// Code-point offset of every UTF-16 index of `text` (size + 1 entries).
std::vector<qsizetype> codePointOffsets(const QString &text) {
    std::vector<qsizetype> map(static_cast<size_t>(text.size()) + 1);
    qsizetype cp = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        map[static_cast<size_t>(i)] = cp;
        if (!(text[i].isLowSurrogate() && i > 0 && text[i - 1].isHighSurrogate()))
            ++cp;
    }
    map[static_cast<size_t>(text.size())] = cp;
    return map;
}

QJsonValue dateOrNull(const QDate &d) {
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue numberOrNull(const std::optional<double> &v) {
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue valueJson(const Mention &m) {
    const ClaimValue &v = m.value;
    if (v.type == ClaimValue::Type::Date) {
        return QJsonObject{{QStringLiteral("begin"), dateOrNull(v.date.begin)},
                           {QStringLiteral("end"), dateOrNull(v.date.end)},
                           {QStringLiteral("precision"), toString(v.date.precision)}};
    }
    if (v.type == ClaimValue::Type::Quantity) {
        return QJsonObject{{QStringLiteral("low"), numberOrNull(v.quantity.low)},
                           {QStringLiteral("high"), numberOrNull(v.quantity.high)},
                           {QStringLiteral("unit"), v.quantity.unit},
                           {QStringLiteral("dimension"), v.quantity.dimension}};
    }
    return QJsonValue(QJsonValue::Null);
}

} // namespace

TagHarness::TagHarness(const LexiconSet &lexicons, QDate defaultReference)
    : m_time(std::make_unique<TimeTagger>(lexicons)),
      m_quantity(std::make_unique<QuantityTagger>(lexicons)), m_defaultReference(defaultReference) {}

TagHarness::~TagHarness() = default;

QByteArray TagHarness::answer(const QByteArray &requestLine) const {
    QString input;
    QDate reference = m_defaultReference;
    QJsonValue id;
    const QByteArray trimmed = requestLine.trimmed();
    if (trimmed.startsWith('{')) {
        const QJsonObject request = QJsonDocument::fromJson(trimmed).object();
        input = request.value(QLatin1String("input")).toString();
        id = request.value(QLatin1String("id"));
        const QString ref = request.value(QLatin1String("reference")).toString();
        if (!ref.isEmpty()) {
            const QDate parsed = QDate::fromString(ref.left(10), Qt::ISODate);
            if (parsed.isValid())
                reference = parsed;
        }
    } else {
        input = QString::fromUtf8(requestLine);
        if (input.endsWith(QLatin1Char('\r')))
            input.chop(1);
    }

    std::vector<Mention> mentions = m_time->tag(input, reference);
    const std::vector<Mention> quantities = m_quantity->tag(input);
    mentions.insert(mentions.end(), quantities.begin(), quantities.end());
    std::stable_sort(mentions.begin(), mentions.end(),
                     [](const Mention &a, const Mention &b) { return a.start < b.start; });

    const std::vector<qsizetype> cp = codePointOffsets(input);
    QJsonArray out;
    for (const Mention &m : mentions) {
        const qsizetype s = std::clamp<qsizetype>(m.start, 0, input.size());
        const qsizetype e = std::clamp<qsizetype>(m.end, s, input.size());
        out.append(QJsonObject{{QStringLiteral("kind"), toString(m.kind)},
                               {QStringLiteral("text"), input.mid(s, e - s)},
                               {QStringLiteral("start"), cp[static_cast<size_t>(s)]},
                               {QStringLiteral("end"), cp[static_cast<size_t>(e)]},
                               {QStringLiteral("value"), valueJson(m)}});
    }
    QJsonObject answer{{QStringLiteral("input"), input}, {QStringLiteral("mentions"), out}};
    if (!id.isUndefined() && !id.isNull())
        answer.insert(QStringLiteral("id"), id);
    return QJsonDocument(answer).toJson(QJsonDocument::Compact);
}

int TagHarness::run(std::istream &in, std::ostream &out) const {
    int count = 0;
    std::string line;
    while (std::getline(in, line)) {
        const QByteArray a = answer(QByteArray::fromStdString(line));
        out.write(a.constData(), a.size());
        out.put('\n');
        ++count;
    }
    out.flush();
    return count;
}

} // namespace cc
