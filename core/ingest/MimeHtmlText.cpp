#include "ingest/MimeHtmlText.h"

#include "ingest/HtmlReader.h"

#include <QRegularExpression>

#include <algorithm>

namespace cc {

namespace {

// Deeper than any real newsletter; HTML parsers and tree walks recurse per level.
constexpr int kMaxNesting = 1000;

int nestingEstimate(const QString &html) {
    int depth = 0, deepest = 0;
    for (qsizetype i = 0; i + 1 < html.size(); ++i) {
        if (html[i] != QLatin1Char('<'))
            continue;
        if (html[i + 1] == QLatin1Char('/'))
            depth = std::max(0, depth - 1);
        else if (html[i + 1].isLetter())
            deepest = std::max(deepest, ++depth);
    }
    return deepest;
}

QString stripTags(const QString &html) {
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression spaces(QStringLiteral("[ \\t\\r\\f\\v]+"));
    QString text = html;
    text.replace(tags, QStringLiteral(" "));
    text.replace(spaces, QStringLiteral(" "));
    return text.trimmed();
}

} // namespace

QString MimeHtmlText::render(const QString &html) {
    if (html.trimmed().isEmpty())
        return {};
    if (nestingEstimate(html) > kMaxNesting)
        return stripTags(html);
    const ReadResult result =
        HtmlReader().read(QByteArray("\xEF\xBB\xBF") + html.toUtf8(), QStringLiteral("part.html"));
    return result.documents.empty() ? QString() : result.documents.front().text;
}

} // namespace cc
