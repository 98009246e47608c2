#include "ingest/EmailBoilerplate.h"

#include <QRegularExpression>
#include <QStringList>

namespace cc {

namespace {

// General mailing-list language, not any sender's wording.
const QRegularExpression &markers() {
    static const QRegularExpression re(
        QStringLiteral(
            "\\bunsubscribe\\b"
            "|\\bview (?:this |it |the |our )?(?:e-?mail |newsletter |message |issue |version )?"
            "(?:in|on) (?:(?:your|a|the) )?(?:web )?browser"
            "|\\bview (?:this |it )?(?:e-?mail |newsletter )?online\\b"
            "|\\bhaving trouble (?:viewing|reading|seeing) this"
            "|\\byou(?: are|'re|\u2019re| were) receiving this"
            "|\\byou received this (?:e-?mail|message|newsletter)"
            "|\\b(?:manage|update|change|edit) (?:your )?(?:e-?mail |subscription |newsletter "
            "|notification |communication )?(?:preferences|settings|subscriptions?)\\b"
            "|\\bno longer (?:wish|want) to receive"
            "|\\b(?:this|the) (?:e-?mail|message|newsletter) (?:was|is being) sent to"
            "|\\bforward (?:this|it) to a (?:friend|colleague)"
            "|\\bwas this (?:e-?mail |newsletter )?forwarded to you"
            "|\\badd (?:us|[^.\\n]{1,40}) to your (?:address book|contacts|safe senders)"
            "|\\bopt[- ]?out of (?:these |our |future |all )?(?:e-?mails|messages|"
            "communications|newsletters?)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

// Short paragraphs are boilerplate outright; longer ones only in the head or tail.
constexpr qsizetype kShortParagraph = 400;
constexpr double kHead = 0.15;
constexpr double kTail = 0.70;

struct Paragraph {
    qsizetype start = 0;
    QString text;
};

} // namespace

bool EmailBoilerplate::isBoilerplate(const QString &paragraph) {
    return markers().match(paragraph).hasMatch();
}

QString EmailBoilerplate::strip(const QString &body) {
    QString text = body;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    // The signature delimiter "-- " (with its space) closes the message proper.
    const qsizetype signature = text.lastIndexOf(QStringLiteral("\n-- \n"));
    if (signature >= 0 && signature > text.size() * kTail)
        text.truncate(signature);

    static const QRegularExpression blank(QStringLiteral("\\n[ \\t]*\\n"));
    std::vector<Paragraph> paragraphs;
    qsizetype pos = 0;
    for (auto it = blank.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        paragraphs.push_back({pos, text.mid(pos, m.capturedStart() - pos)});
        pos = m.capturedEnd();
    }
    paragraphs.push_back({pos, text.mid(pos)});

    const double size = std::max<qsizetype>(1, text.size());
    QStringList kept;
    for (const Paragraph &p : paragraphs) {
        const QString trimmed = p.text.trimmed();
        if (trimmed.isEmpty())
            continue;
        // Wholly inside the message's head or tail.
        const bool edge = (p.start + p.text.size()) / size <= kHead || p.start / size >= kTail;
        if ((trimmed.size() <= kShortParagraph || edge) && isBoilerplate(trimmed))
            continue;
        kept << trimmed;
    }
    return kept.join(QStringLiteral("\n\n"));
}

} // namespace cc
