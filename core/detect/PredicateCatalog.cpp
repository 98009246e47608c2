#include "detect/PredicateCatalog.h"

#include "lexicon/LexiconSet.h"

#include <QJsonValue>

namespace cc {

namespace {

std::optional<ClaimValue::Type> typeFromName(const QString &name) {
    if (name == QLatin1String("date"))
        return ClaimValue::Type::Date;
    if (name == QLatin1String("quantity") || name == QLatin1String("number"))
        return ClaimValue::Type::Quantity;
    if (name == QLatin1String("category"))
        return ClaimValue::Type::Category;
    if (name == QLatin1String("polarity") || name == QLatin1String("boolean"))
        return ClaimValue::Type::Polarity;
    return std::nullopt;
}

} // namespace

PredicateCatalog::PredicateCatalog(const LexiconSet &lexicons) {
    for (const LexiconEntry &entry : lexicons.entries(QStringLiteral("predicates"))) {
        const QJsonObject &o = entry.object;
        auto fail = [&](const QString &problem) {
            m_errors << entry.where() + QStringLiteral(": predicates: ") + problem;
        };
        const QJsonValue key = o.value(QLatin1String("key"));
        if (!key.isString() || key.toString().trimmed().isEmpty()) {
            fail(QStringLiteral("entry without a \"key\" string"));
            continue;
        }
        PredicateInfo info;
        info.key = key.toString().trimmed();
        info.known = true;
        bool ok = true;
        auto text = [&](const char *field, QString *out) {
            const QJsonValue v = o.value(QLatin1String(field));
            if (v.isUndefined() || v.isNull())
                return;
            if (!v.isString()) {
                fail(QStringLiteral("\"%1\" of %2 must be a string")
                         .arg(QLatin1String(field), info.key));
                ok = false;
                return;
            }
            *out = v.toString().trimmed();
        };
        auto flag = [&](const char *field, bool *out) {
            const QJsonValue v = o.value(QLatin1String(field));
            if (v.isUndefined() || v.isNull())
                return false;
            if (!v.isBool()) {
                fail(QStringLiteral("\"%1\" of %2 must be true or false")
                         .arg(QLatin1String(field), info.key));
                ok = false;
                return false;
            }
            *out = v.toBool();
            return true;
        };
        QString typeName;
        text("label", &info.label);
        text("type", &typeName);
        text("dimension", &info.dimension);
        if (!typeName.isEmpty()) {
            const auto type = typeFromName(typeName);
            if (!type) {
                fail(QStringLiteral("\"type\" of %1 is \"%2\"; expected date, quantity, category "
                                    "or polarity")
                         .arg(info.key, typeName));
                ok = false;
            } else {
                info.type = *type;
            }
        }
        const bool singleGiven = flag("single_valued", &info.singleValued);
        flag("line_shared", &info.lineShared);
        flag("time_scoped", &info.timeScoped);
        flag("actor_scoped", &info.actorScoped);
        QString undated;
        text("undated_scope", &undated);
        if (undated == QLatin1String("year")) {
            info.undatedByYear = true;
        } else if (!undated.isEmpty() && undated != QLatin1String("month")) {
            fail(QStringLiteral("\"undated_scope\" of %1 is \"%2\"; expected month or year")
                     .arg(info.key, undated));
            ok = false;
        }
        if (!ok)
            continue;
        if (info.label.isEmpty())
            info.label = labelFromKey(info.key);
        m_singleValuedGiven.insert(info.key, singleGiven);
        m_entries.insert(info.key, info);
    }
}

PredicateInfo PredicateCatalog::lookup(const QString &attribute, ClaimValue::Type valueType) const {
    const auto it = m_entries.constFind(attribute);
    if (it != m_entries.constEnd()) {
        PredicateInfo info = *it;
        if (!m_singleValuedGiven.value(attribute)) {
            const ClaimValue::Type t = info.type != ClaimValue::Type::None ? info.type : valueType;
            info.singleValued = t != ClaimValue::Type::Category;
        }
        return info;
    }
    PredicateInfo info;
    info.key = attribute;
    info.label = labelFromKey(attribute);
    // A category attribute nobody declared may well hold several values at once
    // ("markets", "partners"): only an exclusive claim makes it conflict.
    info.singleValued = valueType != ClaimValue::Type::Category;
    // The extractor only sets a scope where it matters; keep it in the key rather
    // than merge "revenue in 2025" with "revenue in 2026".
    info.timeScoped = true;
    return info;
}

QString PredicateCatalog::labelFromKey(const QString &key) {
    QString label = key;
    label.replace(QLatin1Char('_'), QLatin1Char(' '));
    return label.trimmed();
}

} // namespace cc
