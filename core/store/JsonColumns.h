#pragma once

#include "model/Claim.h"
#include "model/Conflict.h"
#include "model/Document.h"
#include "model/Sentence.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <vector>

namespace cc {

// Conversions between model values and the store's text columns: the small
// lists kept as compact JSON, dates as ISO text. Parsing is lenient (a missing
// member takes its default) so a later schema can add members freely.
class JsonColumns {
public:
    static QByteArray fromStringList(const QStringList &list);
    static QStringList toStringList(const QByteArray &json);

    static QByteArray fromCitations(const std::vector<Citation> &citations);
    static std::vector<Citation> toCitations(const QByteArray &json);

    static QByteArray fromOffsets(const std::vector<qsizetype> &offsets);
    static std::vector<qsizetype> toOffsets(const QByteArray &json);

    static QByteArray fromTableRows(const std::vector<TableRow> &rows);
    static std::vector<TableRow> toTableRows(const QByteArray &json);

    // Every field of a claim, for the conflict sides that carry them.
    static QJsonObject fromClaim(const Claim &claim);
    static Claim toClaim(const QJsonObject &object);

    static QByteArray fromSides(const std::vector<ConflictSide> &sides);
    static std::vector<ConflictSide> toSides(const QByteArray &json);

    // ISO 8601 ("2026-03-03"); empty for an invalid date (stored as NULL).
    static QString fromDate(const QDate &date);
    static QDate toDate(const QString &text);

    static QString fromSentenceKind(Sentence::Kind kind);
    static Sentence::Kind toSentenceKind(const QString &text);
};

} // namespace cc
