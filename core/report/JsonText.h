#pragma once

#include <QByteArray>
#include <QString>
#include <utility>
#include <vector>

namespace cc {

// A JSON value that keeps its object keys in insertion order, so reports can
// follow the documented key order (QJsonObject sorts keys). Serialization is
// deterministic: same value, same bytes.
class JsonText {
public:
    static JsonText object();
    static JsonText array();
    static JsonText string(const QString &s);
    // A missing string (an absent date) as null.
    static JsonText stringOrNull(const QString &s);
    static JsonText integer(qint64 n);
    // Shortest text that reads back to the same double; non-finite numbers become null.
    static JsonText number(double d);
    static JsonText boolean(bool b);
    static JsonText null();
    static JsonText strings(const QStringList &list);

    JsonText &add(const QString &key, JsonText value); // objects
    JsonText &append(JsonText value);                  // arrays

    // Two-space indentation; arrays holding only scalars stay on one line. Ends with a newline.
    QByteArray toJson() const;

    // `s` as a JSON string literal, quotes included. Lone surrogates become U+FFFD.
    static QString quote(const QString &s);

private:
    enum class Type { Null, Bool, Number, String, Array, Object };
    void write(QString &out, int depth) const;
    bool isScalar() const { return m_type != Type::Array && m_type != Type::Object; }

    Type m_type = Type::Null;
    QString m_scalar; // the literal text of numbers, booleans and strings (already quoted)
    std::vector<std::pair<QString, JsonText>> m_members;
    std::vector<JsonText> m_items;
};

} // namespace cc
