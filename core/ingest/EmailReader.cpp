#include "ingest/EmailReader.h"

#include "ingest/EmailBoilerplate.h"
#include "ingest/MetadataExtractor.h"
#include "ingest/MimeHtmlText.h"
#include "ingest/MimeMessageParser.h"
#include "ingest/TextDecoder.h"

#include <QRegularExpression>

namespace cc {

namespace {

// A plain-text part this short beside a much longer HTML part is the stub some
// mailers send ("this newsletter is best viewed in HTML").
constexpr qsizetype kPlainStub = 300;

QString withoutReplyPrefixes(QString subject) {
    static const QRegularExpression prefix(
        QStringLiteral("^\\s*(?:(?:re|fwd?|aw|wg|tr)\\s*(?:\\[\\d+\\])?\\s*:\\s*)+"),
        QRegularExpression::CaseInsensitiveOption);
    return subject.remove(prefix).trimmed();
}

QString chooseBody(const MimeMessage &message) {
    const QString plain = EmailBoilerplate::strip(message.plainParts.join(QStringLiteral("\n\n")));
    QStringList rendered;
    for (const QString &html : message.htmlParts)
        rendered << MimeHtmlText::render(html);
    const QString html = EmailBoilerplate::strip(rendered.join(QStringLiteral("\n\n")));
    if (plain.trimmed().isEmpty())
        return html;
    if (plain.size() < kPlainStub && html.size() > 2 * plain.size())
        return html;
    return plain;
}

} // namespace

bool EmailReader::sniff(const QByteArray &head) const {
    static const QRegularExpression headerLine(QStringLiteral("^[!-9;-~]+:"));
    const QString text = QString::fromLatin1(head.left(4096)).toLower();
    const QString first = text.section(QLatin1Char('\n'), 0, 0);
    if (!headerLine.match(first).hasMatch())
        return false;
    const bool from =
        text.startsWith(QLatin1String("from:")) || text.contains(QLatin1String("\nfrom:"));
    return from &&
           (text.contains(QLatin1String("\nsubject:")) || text.contains(QLatin1String("\ndate:")) ||
            text.contains(QLatin1String("\nmime-version:")));
}

Document EmailReader::toDocument(const MimeMessage &message, const QString &path,
                                 const QString &format) {
    Document doc;
    doc.path = path;
    doc.format = format;
    const QString body = chooseBody(message);
    // The subject is a newsletter's headline: it heads the text as its own paragraph.
    QString text = message.subject;
    if (!body.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral("\n\n")) + body;
    doc.text = TextDecoder::normalize(text);
    doc.title = withoutReplyPrefixes(message.subject);
    if (message.date.isValid())
        doc.published = DateInterval::day(message.date);
    doc.outlet = message.fromName;
    if (doc.outlet.isEmpty() && message.fromAddress.contains(QLatin1Char('@')))
        doc.outlet = message.fromAddress.section(QLatin1Char('@'), 1);
    doc.warnings = message.warnings;
    if (body.trimmed().isEmpty())
        doc.warnings << QStringLiteral("the message has no text body");
    if (!message.attachments.isEmpty())
        doc.warnings << QStringLiteral("attachments not read: ") +
                            message.attachments.join(QStringLiteral(", "));
    // Cited sources and the damaged-code-page check; what is set above is kept.
    MetadataExtractor::fill(doc);
    return doc;
}

ReadResult EmailReader::read(const QByteArray &bytes, const QString &relativePath) const {
    ReadResult result;
    MimeMessage message;
    QString error;
    if (!MimeMessageParser::parse(bytes, &message, &error)) {
        result.error = error;
        return result;
    }
    result.documents.push_back(toDocument(message, relativePath, format()));
    return result;
}

} // namespace cc
