#include "store/JsonColumns.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <array>

namespace cc {

using namespace Qt::StringLiterals;

namespace {

QByteArray compact(const QJsonArray &array) {
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QJsonArray parseArray(const QByteArray &json) {
    if (json.isEmpty())
        return {};
    return QJsonDocument::fromJson(json).array();
}

QJsonArray toArray(const QStringList &list) {
    return QJsonArray::fromStringList(list);
}

QStringList fromArray(const QJsonArray &array) {
    QStringList list;
    list.reserve(array.size());
    for (const QJsonValue &v : array)
        list << v.toString();
    return list;
}

// Offsets fit a double exactly (< 2^53).
QJsonValue offset(qsizetype v) {
    return QJsonValue(static_cast<qint64>(v));
}
qsizetype offsetOf(const QJsonValue &v) {
    return static_cast<qsizetype>(v.toInteger());
}

QJsonValue optionalNumber(const std::optional<double> &v) {
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}
std::optional<double> numberOf(const QJsonValue &v) {
    if (!v.isDouble())
        return std::nullopt;
    return v.toDouble();
}

QJsonObject fromValue(const ClaimValue &value) {
    QJsonObject o;
    o[u"type"] = toString(value.type);
    switch (value.type) {
    case ClaimValue::Type::Date:
        o[u"begin"] = JsonColumns::fromDate(value.date.begin);
        o[u"end"] = JsonColumns::fromDate(value.date.end);
        o[u"precision"] = toString(value.date.precision);
        o[u"ambiguous"] = value.date.ambiguous;
        break;
    case ClaimValue::Type::Quantity:
        o[u"low"] = optionalNumber(value.quantity.low);
        o[u"high"] = optionalNumber(value.quantity.high);
        o[u"unit"] = value.quantity.unit;
        o[u"dimension"] = value.quantity.dimension;
        o[u"approximate"] = value.quantity.approximate;
        break;
    case ClaimValue::Type::Category:
        o[u"term"] = value.term;
        o[u"exclusive"] = value.exclusive;
        break;
    case ClaimValue::Type::Polarity:
        o[u"present"] = value.present;
        break;
    case ClaimValue::Type::None:
        break;
    }
    return o;
}

ClaimValue toValue(const QJsonObject &o) {
    ClaimValue value;
    const QString type = o[u"type"].toString();
    if (type == u"date") {
        value.type = ClaimValue::Type::Date;
        value.date.begin = JsonColumns::toDate(o[u"begin"].toString());
        value.date.end = JsonColumns::toDate(o[u"end"].toString());
        value.date.precision = datePrecisionFromString(o[u"precision"].toString());
        value.date.ambiguous = o[u"ambiguous"].toBool();
    } else if (type == u"quantity") {
        value.type = ClaimValue::Type::Quantity;
        value.quantity.low = numberOf(o[u"low"]);
        value.quantity.high = numberOf(o[u"high"]);
        value.quantity.unit = o[u"unit"].toString();
        value.quantity.dimension = o[u"dimension"].toString();
        value.quantity.approximate = o[u"approximate"].toBool();
    } else if (type == u"category") {
        value.type = ClaimValue::Type::Category;
        value.term = o[u"term"].toString();
        value.exclusive = o[u"exclusive"].toBool();
    } else if (type == u"polarity") {
        value.type = ClaimValue::Type::Polarity;
        value.present = o[u"present"].toBool(true);
    }
    return value;
}

constexpr std::array<const char *, 5> kSentenceKinds = {"prose", "heading", "list_item",
                                                        "table_row", "quote"};

} // namespace

QByteArray JsonColumns::fromStringList(const QStringList &list) {
    return compact(toArray(list));
}

QStringList JsonColumns::toStringList(const QByteArray &json) {
    return fromArray(parseArray(json));
}

QByteArray JsonColumns::fromCitations(const std::vector<Citation> &citations) {
    QJsonArray array;
    for (const Citation &c : citations)
        array.append(QJsonObject{
            {u"source"_s, c.source}, {u"start"_s, offset(c.start)}, {u"end"_s, offset(c.end)}});
    return compact(array);
}

std::vector<Citation> JsonColumns::toCitations(const QByteArray &json) {
    std::vector<Citation> citations;
    for (const QJsonValue &v : parseArray(json)) {
        const QJsonObject o = v.toObject();
        citations.push_back({o[u"source"].toString(), offsetOf(o[u"start"]), offsetOf(o[u"end"])});
    }
    return citations;
}

QByteArray JsonColumns::fromOffsets(const std::vector<qsizetype> &offsets) {
    QJsonArray array;
    for (qsizetype o : offsets)
        array.append(offset(o));
    return compact(array);
}

std::vector<qsizetype> JsonColumns::toOffsets(const QByteArray &json) {
    std::vector<qsizetype> offsets;
    for (const QJsonValue &v : parseArray(json))
        offsets.push_back(offsetOf(v));
    return offsets;
}

QByteArray JsonColumns::fromTableRows(const std::vector<TableRow> &rows) {
    QJsonArray array;
    for (const TableRow &r : rows)
        array.append(QJsonObject{{u"start"_s, offset(r.start)},
                                 {u"end"_s, offset(r.end)},
                                 {u"cells"_s, toArray(r.cells)},
                                 {u"header"_s, r.header},
                                 {u"table"_s, r.table}});
    return compact(array);
}

std::vector<TableRow> JsonColumns::toTableRows(const QByteArray &json) {
    std::vector<TableRow> rows;
    for (const QJsonValue &v : parseArray(json)) {
        const QJsonObject o = v.toObject();
        TableRow r;
        r.start = offsetOf(o[u"start"]);
        r.end = offsetOf(o[u"end"]);
        r.cells = fromArray(o[u"cells"].toArray());
        r.header = o[u"header"].toBool();
        r.table = o[u"table"].toInt();
        rows.push_back(std::move(r));
    }
    return rows;
}

QJsonObject JsonColumns::fromClaim(const Claim &c) {
    QJsonObject o;
    o[u"id"] = QJsonValue(c.id);
    o[u"document"] = c.document;
    o[u"subject"] = c.subject;
    o[u"subject_surface"] = c.subjectSurface;
    o[u"attribute"] = c.attribute;
    o[u"scope"] = c.scope;
    o[u"value"] = fromValue(c.value);
    o[u"label"] = c.label;
    o[u"certainty"] = toString(c.certainty);
    o[u"sentence_start"] = offset(c.sentenceStart);
    o[u"sentence_end"] = offset(c.sentenceEnd);
    o[u"value_start"] = offset(c.valueStart);
    o[u"value_end"] = offset(c.valueEnd);
    o[u"cp_sentence_start"] = offset(c.cpSentenceStart);
    o[u"cp_sentence_end"] = offset(c.cpSentenceEnd);
    o[u"cp_value_start"] = offset(c.cpValueStart);
    o[u"cp_value_end"] = offset(c.cpValueEnd);
    o[u"page"] = c.page;
    o[u"quote"] = c.quote;
    o[u"claim_date"] = fromDate(c.claimDate);
    o[u"cited_sources"] = toArray(c.citedSources);
    o[u"from_table"] = c.fromTable;
    o[u"rejected"] = c.rejected;
    return o;
}

Claim JsonColumns::toClaim(const QJsonObject &o) {
    Claim c;
    c.id = o[u"id"].toInteger();
    c.document = o[u"document"].toString();
    c.subject = o[u"subject"].toString();
    c.subjectSurface = o[u"subject_surface"].toString();
    c.attribute = o[u"attribute"].toString();
    c.scope = o[u"scope"].toString();
    c.value = toValue(o[u"value"].toObject());
    c.label = o[u"label"].toString();
    c.certainty = certaintyFromString(o[u"certainty"].toString());
    c.sentenceStart = offsetOf(o[u"sentence_start"]);
    c.sentenceEnd = offsetOf(o[u"sentence_end"]);
    c.valueStart = offsetOf(o[u"value_start"]);
    c.valueEnd = offsetOf(o[u"value_end"]);
    c.cpSentenceStart = offsetOf(o[u"cp_sentence_start"]);
    c.cpSentenceEnd = offsetOf(o[u"cp_sentence_end"]);
    c.cpValueStart = offsetOf(o[u"cp_value_start"]);
    c.cpValueEnd = offsetOf(o[u"cp_value_end"]);
    c.page = o[u"page"].toInt();
    c.quote = o[u"quote"].toString();
    c.claimDate = toDate(o[u"claim_date"].toString());
    c.citedSources = fromArray(o[u"cited_sources"].toArray());
    c.fromTable = o[u"from_table"].toBool();
    c.rejected = o[u"rejected"].toBool();
    return c;
}

QByteArray JsonColumns::fromSides(const std::vector<ConflictSide> &sides) {
    QJsonArray array;
    for (const ConflictSide &side : sides) {
        QJsonArray claims;
        for (const Claim &c : side.claims)
            claims.append(fromClaim(c));
        array.append(QJsonObject{{u"value"_s, side.value},
                                 {u"label"_s, side.label},
                                 {u"independent_sources"_s, side.independentSources},
                                 {u"first_reported"_s, fromDate(side.firstReported)},
                                 {u"claims"_s, claims}});
    }
    return compact(array);
}

std::vector<ConflictSide> JsonColumns::toSides(const QByteArray &json) {
    std::vector<ConflictSide> sides;
    for (const QJsonValue &v : parseArray(json)) {
        const QJsonObject o = v.toObject();
        ConflictSide side;
        side.value = o[u"value"].toString();
        side.label = o[u"label"].toString();
        side.independentSources = o[u"independent_sources"].toInt();
        side.firstReported = toDate(o[u"first_reported"].toString());
        for (const QJsonValue &c : o[u"claims"].toArray())
            side.claims.push_back(toClaim(c.toObject()));
        sides.push_back(std::move(side));
    }
    return sides;
}

QString JsonColumns::fromDate(const QDate &date) {
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate JsonColumns::toDate(const QString &text) {
    return text.isEmpty() ? QDate() : QDate::fromString(text, Qt::ISODate);
}

QString JsonColumns::fromSentenceKind(Sentence::Kind kind) {
    return QString::fromLatin1(kSentenceKinds[static_cast<size_t>(kind)]);
}

Sentence::Kind JsonColumns::toSentenceKind(const QString &text) {
    for (size_t i = 0; i < kSentenceKinds.size(); ++i) {
        if (text == QLatin1String(kSentenceKinds[i]))
            return static_cast<Sentence::Kind>(i);
    }
    return Sentence::Kind::Prose;
}

} // namespace cc
