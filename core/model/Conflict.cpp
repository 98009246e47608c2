#include "model/Conflict.h"

#include <QCryptographicHash>
#include <QStringList>
#include <array>

namespace cc {

namespace {
constexpr std::array<const char *, 5> kKindNames = {"date", "number", "category", "certainty",
                                                    "negation"};
constexpr std::array<const char *, 4> kStatusNames = {"open", "confirmed", "dismissed",
                                                      "resolved"};

template <typename Enum, size_t N>
Enum fromName(const std::array<const char *, N> &names, const QString &text, bool *ok) {
    for (size_t i = 0; i < N; ++i) {
        if (text == QLatin1String(names[i])) {
            if (ok)
                *ok = true;
            return static_cast<Enum>(i);
        }
    }
    if (ok)
        *ok = false;
    return static_cast<Enum>(0);
}

QString shortHash(const QString &text) {
    const QByteArray digest =
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex();
    return QString::fromLatin1(digest.left(16));
}
} // namespace

QString toString(ConflictKind kind) {
    return QString::fromLatin1(kKindNames[static_cast<size_t>(kind)]);
}

QString toString(Severity severity) {
    switch (severity) {
    case Severity::Low:
        return QStringLiteral("low");
    case Severity::Medium:
        return QStringLiteral("medium");
    case Severity::High:
        return QStringLiteral("high");
    }
    return QStringLiteral("medium");
}

QString toString(ReviewStatus status) {
    return QString::fromLatin1(kStatusNames[static_cast<size_t>(status)]);
}

ConflictKind conflictKindFromString(const QString &text, bool *ok) {
    return fromName<ConflictKind>(kKindNames, text, ok);
}

ReviewStatus reviewStatusFromString(const QString &text, bool *ok) {
    return fromName<ReviewStatus>(kStatusNames, text, ok);
}

QString Conflict::makeId(const QString &subject, const QString &attribute, const QString &scope,
                         ConflictKind kind) {
    const QString key = subject.toCaseFolded() + QChar(0x1f) + attribute + QChar(0x1f) + scope +
                        QChar(0x1f) + toString(kind);
    return toString(kind) + QLatin1Char('-') + shortHash(key);
}

QString Conflict::sidesFingerprint() const {
    QStringList parts;
    for (const ConflictSide &side : sides) {
        QStringList quotes;
        for (const Claim &c : side.claims)
            quotes << c.document + QLatin1Char('|') + c.quote.simplified();
        quotes.sort();
        parts << side.value + QLatin1Char('{') + quotes.join(QChar(0x1e)) + QLatin1Char('}');
    }
    parts.sort();
    return shortHash(parts.join(QChar(0x1f)));
}

} // namespace cc
