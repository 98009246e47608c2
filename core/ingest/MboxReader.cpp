#include "ingest/MboxReader.h"

#include "ingest/EmailReader.h"
#include "ingest/MimeMessageParser.h"

#include <QRegularExpression>

namespace cc {

namespace {

bool isBlank(const QByteArray &line) {
    return line.trimmed().isEmpty();
}

// "From sender Mon Apr  6 10:00:00 2026": the date is asctime's, in the
// receiving machine's zone; used only when the message has no Date header.
QDate postmarkDate(const QByteArray &postmark) {
    static const QRegularExpression asctime(QStringLiteral(
        "\\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\s+(\\d{1,2})\\s+"
        "\\d{1,2}:\\d{2}(?::\\d{2})?\\s+(?:[A-Z]{2,5}\\s+|[+-]\\d{4}\\s+)?(\\d{4})\\b"));
    const auto m = asctime.match(QString::fromLatin1(postmark));
    if (!m.hasMatch())
        return {};
    static const QStringList months = {
        QStringLiteral("Jan"), QStringLiteral("Feb"), QStringLiteral("Mar"), QStringLiteral("Apr"),
        QStringLiteral("May"), QStringLiteral("Jun"), QStringLiteral("Jul"), QStringLiteral("Aug"),
        QStringLiteral("Sep"), QStringLiteral("Oct"), QStringLiteral("Nov"), QStringLiteral("Dec")};
    return QDate(m.captured(3).toInt(), static_cast<int>(months.indexOf(m.captured(1))) + 1,
                 m.captured(2).toInt());
}

} // namespace

bool MboxReader::sniff(const QByteArray &head) const {
    if (!head.startsWith("From "))
        return false;
    const qsizetype eol = head.indexOf('\n');
    static const QRegularExpression header(QStringLiteral("^[!-9;-~]+:"));
    return eol > 0 && header.match(QString::fromLatin1(head.mid(eol + 1, 200))).hasMatch();
}

QByteArrayList MboxReader::split(const QByteArray &bytes, QByteArrayList *postmarks) {
    QByteArrayList messages;
    QByteArray current;
    bool inMessage = false;
    bool previousBlank = true; // the start of the file counts as after a blank line
    qsizetype pos = 0;
    // A postmark names a sender (or "-") and carries a date: a body line that merely
    // starts with "From " after a blank line rarely has a digit in it.
    static const QRegularExpression postmark(QStringLiteral("^From \\S+ .*\\d"));
    const auto finish = [&] {
        if (inMessage && !current.trimmed().isEmpty())
            messages << current;
        else if (inMessage && postmarks && !postmarks->isEmpty())
            postmarks->removeLast();
        current.clear();
    };
    while (pos < bytes.size()) {
        qsizetype eol = bytes.indexOf('\n', pos);
        if (eol < 0)
            eol = bytes.size();
        QByteArray line = bytes.mid(pos, eol - pos);
        pos = eol + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.startsWith("From ") && previousBlank &&
            postmark.match(QString::fromLatin1(line.left(300))).hasMatch()) {
            finish();
            if (messages.size() >= kMaxMessages)
                return messages;
            inMessage = true;
            if (postmarks)
                *postmarks << line;
            previousBlank = false;
            continue;
        }
        previousBlank = isBlank(line);
        // mboxrd escaping: ">From " and ">>From " lose one '>'.
        qsizetype quotes = 0;
        while (quotes < line.size() && line[quotes] == '>')
            ++quotes;
        if (quotes > 0 && line.mid(quotes).startsWith("From "))
            line.remove(0, 1);
        if (!inMessage) {
            // Text before the first postmark: not a mailbox, unless it is blank.
            if (previousBlank)
                continue;
            inMessage = true;
            if (postmarks)
                *postmarks << QByteArray();
        }
        current += line;
        current += '\n';
    }
    finish();
    return messages;
}

ReadResult MboxReader::read(const QByteArray &bytes, const QString &relativePath) const {
    ReadResult result;
    QByteArrayList postmarks;
    const QByteArrayList messages = split(bytes, &postmarks);
    QStringList skipped;
    for (qsizetype i = 0; i < messages.size(); ++i) {
        MimeMessage message;
        QString error;
        const int index = static_cast<int>(i);
        if (!MimeMessageParser::parse(messages[i], &message, &error)) {
            skipped << QStringLiteral("message ") + QString::number(index + 1) +
                           QStringLiteral(" not read: ") + error;
            continue;
        }
        if (!message.date.isValid() && i < postmarks.size())
            message.date = postmarkDate(postmarks[i]);
        // The scan's convention for containers: the file's own path for part 0.
        const QString path =
            index == 0 ? relativePath : relativePath + QLatin1Char('#') + QString::number(index);
        Document doc = EmailReader::toDocument(message, path, format());
        doc.partIndex = index;
        result.documents.push_back(std::move(doc));
    }
    if (result.documents.empty()) {
        result.error = messages.isEmpty()
                           ? QStringLiteral("not a mailbox: no messages found")
                           : QStringLiteral("not a mailbox: ") + skipped.join(QStringLiteral("; "));
        return result;
    }
    if (messages.size() >= kMaxMessages)
        skipped << QStringLiteral("only the first ") + QString::number(kMaxMessages) +
                       QStringLiteral(" messages were read");
    // The mailbox's own problems are told once, on its first document.
    result.documents.front().warnings << skipped;
    return result;
}

} // namespace cc
