#include "report/JsonText.h"

#include <QLocale>
#include <QStringList>
#include <cmath>

namespace cc {

JsonText JsonText::object() {
    JsonText j;
    j.m_type = Type::Object;
    return j;
}

JsonText JsonText::array() {
    JsonText j;
    j.m_type = Type::Array;
    return j;
}

JsonText JsonText::string(const QString &s) {
    JsonText j;
    j.m_type = Type::String;
    j.m_scalar = quote(s);
    return j;
}

JsonText JsonText::stringOrNull(const QString &s) {
    return s.isNull() ? null() : string(s);
}

JsonText JsonText::integer(qint64 n) {
    JsonText j;
    j.m_type = Type::Number;
    j.m_scalar = QString::number(n);
    return j;
}

JsonText JsonText::number(double d) {
    if (!std::isfinite(d))
        return null();
    JsonText j;
    j.m_type = Type::Number;
    if (d == std::floor(d) && std::fabs(d) < 1e15)
        j.m_scalar = QString::number(static_cast<qint64>(d));
    else
        j.m_scalar = QString::number(d, 'g', QLocale::FloatingPointShortest);
    return j;
}

JsonText JsonText::boolean(bool b) {
    JsonText j;
    j.m_type = Type::Bool;
    j.m_scalar = b ? QStringLiteral("true") : QStringLiteral("false");
    return j;
}

JsonText JsonText::null() {
    return {};
}

JsonText JsonText::strings(const QStringList &list) {
    JsonText j = array();
    for (const QString &s : list)
        j.append(string(s));
    return j;
}

JsonText &JsonText::add(const QString &key, JsonText value) {
    m_members.emplace_back(key, std::move(value));
    return *this;
}

JsonText &JsonText::append(JsonText value) {
    m_items.push_back(std::move(value));
    return *this;
}

QString JsonText::quote(const QString &s) {
    QString out;
    out.reserve(s.size() + 2);
    out += QLatin1Char('"');
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        const char16_t u = c.unicode();
        if (c.isHighSurrogate() && i + 1 < s.size() && s[i + 1].isLowSurrogate()) {
            out += c;
            out += s[++i];
            continue;
        }
        if (c.isSurrogate()) {
            out += QChar(0xfffd);
            continue;
        }
        switch (u) {
        case u'"':
            out += QStringLiteral("\\\"");
            break;
        case u'\\':
            out += QStringLiteral("\\\\");
            break;
        case u'\n':
            out += QStringLiteral("\\n");
            break;
        case u'\r':
            out += QStringLiteral("\\r");
            break;
        case u'\t':
            out += QStringLiteral("\\t");
            break;
        case u'\b':
            out += QStringLiteral("\\b");
            break;
        case u'\f':
            out += QStringLiteral("\\f");
            break;
        default:
            // Control characters, and the two separators JavaScript treats as line ends.
            if (u < 0x20 || u == 0x2028 || u == 0x2029 || u == 0x7f)
                out += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}

void JsonText::write(QString &out, int depth) const {
    const QString pad(2 * (depth + 1), QLatin1Char(' '));
    const QString closePad(2 * depth, QLatin1Char(' '));
    switch (m_type) {
    case Type::Null:
        out += QStringLiteral("null");
        return;
    case Type::Bool:
    case Type::Number:
    case Type::String:
        out += m_scalar;
        return;
    case Type::Array: {
        if (m_items.empty()) {
            out += QStringLiteral("[]");
            return;
        }
        bool flat = true;
        for (const JsonText &item : m_items)
            flat = flat && item.isScalar();
        out += QLatin1Char('[');
        for (size_t i = 0; i < m_items.size(); ++i) {
            if (i > 0)
                out += flat ? QStringLiteral(", ") : QStringLiteral(",");
            if (!flat)
                out += QLatin1Char('\n') + pad;
            m_items[i].write(out, depth + 1);
        }
        if (!flat)
            out += QLatin1Char('\n') + closePad;
        out += QLatin1Char(']');
        return;
    }
    case Type::Object: {
        if (m_members.empty()) {
            out += QStringLiteral("{}");
            return;
        }
        out += QLatin1Char('{');
        for (size_t i = 0; i < m_members.size(); ++i) {
            if (i > 0)
                out += QLatin1Char(',');
            out += QLatin1Char('\n') + pad + quote(m_members[i].first) + QStringLiteral(": ");
            m_members[i].second.write(out, depth + 1);
        }
        out += QLatin1Char('\n') + closePad + QLatin1Char('}');
        return;
    }
    }
}

QByteArray JsonText::toJson() const {
    QString out;
    write(out, 0);
    out += QLatin1Char('\n');
    return out.toUtf8();
}

} // namespace cc
