#include "ingest/DateLineParser.h"

#include <QRegularExpression>
#include <QStringList>

namespace cc {

namespace {

const QString kWeekday = QStringLiteral(
    "(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|"
    "fri|sat|sun)\\.?,?\\s+)?");
const QString kMonth =
    QStringLiteral("(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
                   "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?");
const QString kDay = QStringLiteral("(\\d{1,2})(?:st|nd|rd|th)?");
const QString kYear = QStringLiteral("(\\d{4})");
// A clock time and zone after the date: "at 09:41 PM", ", 9 am ET", "09:41:00 GMT".
const QString kTime = QStringLiteral(
    "(?:\\s*(?:,|at|@|-|–|—|\\||·)?\\s*(?:\\d{1,2}[:.]\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?m\\.?)?|"
    "\\d{1,2}\\s*[ap]\\.?m\\.?)(?:\\s*\\(?(?:[a-z]{2,5}|(?:gmt|utc)?\\s*[+-]\\d{1,2}(?::?\\d{2})?)"
    "\\)?)?)?");
const QString kIsoTime = QStringLiteral(
    "(?:[t\\s]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?\\s*(?:z|[+-]\\d{2}:?\\d{2}|[a-z]{2,5})?)?");

QRegularExpression anchored(const QString &body) {
    return QRegularExpression(QStringLiteral("^") + body + QStringLiteral("$"),
                              QRegularExpression::CaseInsensitiveOption |
                                  QRegularExpression::UseUnicodePropertiesOption);
}

int monthNumber(const QString &name) {
    static const char *const kNames[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                         "jul", "aug", "sep", "oct", "nov", "dec"};
    const QString lower = name.left(3).toLower();
    for (int i = 0; i < 12; ++i) {
        if (lower == QLatin1String(kNames[i]))
            return i + 1;
    }
    return 0;
}

bool plausibleYear(int y) {
    return y >= 1900 && y <= 2100;
}

std::optional<DateInterval> makeDay(int y, int m, int d) {
    if (!plausibleYear(y))
        return std::nullopt;
    const QDate date(y, m, d);
    if (!date.isValid())
        return std::nullopt;
    return DateInterval::day(date);
}

QString stripDecoration(QStringView text) {
    QString s = text.trimmed().toString();
    // Markdown emphasis, heading and quote marks around a line, brackets around a value.
    static const QString kEdge = QStringLiteral("*_#>[]`");
    while (!s.isEmpty() && kEdge.contains(s.front()))
        s.remove(0, 1);
    while (!s.isEmpty() && (kEdge.contains(s.back()) || s.back() == QLatin1Char('.') ||
                            s.back() == QLatin1Char(',') || s.back() == QLatin1Char(';')))
        s.chop(1);
    return s.trimmed();
}

bool isForeignLetter(QChar c) {
    return c.isLetter() &&
           (c.script() == QChar::Script_Greek || c.script() == QChar::Script_Cyrillic);
}

// A token that a wrong code page made of a dash or a symbol: one to three Greek or
// Cyrillic letters with nothing Latin in it ("β", "Β·", "вЂ”").
bool isDebrisToken(QStringView token) {
    int foreign = 0;
    for (QChar c : token) {
        if (isForeignLetter(c))
            ++foreign;
        else if (c.isLetterOrNumber())
            return false;
    }
    return foreign >= 1 && foreign <= 3;
}

} // namespace

bool DateLineParser::isListItem(QStringView line) {
    const QStringView t = line.trimmed();
    if (t.size() >= 2 && QStringView(u"-*•+").contains(t[0]) && t[1].isSpace())
        return true;
    qsizetype i = 0;
    while (i < t.size() && t[i].isDigit())
        ++i;
    return i > 0 && i < 4 && i + 1 < t.size() && (t[i] == u'.' || t[i] == u')') &&
           t[i + 1].isSpace();
}

namespace {

int wordCount(QStringView s) {
    int n = 0;
    bool inWord = false;
    for (QChar c : s) {
        const bool w = !c.isSpace();
        n += w && !inWord;
        inWord = w;
    }
    return n;
}

// A byline that ends with its date after a comma: "Harbour Gazette sport, 15 August 2028",
// "analyst note, 11 March 2027". The words before are a name or a label, not a sentence:
// few of them, and the line has no sentence end. Dates carry commas of their own
// ("March 3, 2026"), so every comma is tried from the left.
// In a segment of a header already split at its separators, a space may stand for the
// comma: "Aerospace research 12 March 2029".
std::optional<DateInterval> trailingDate(QStringView text, QChar separator = u',') {
    if (text.isEmpty() || QStringView(u".!?;:").contains(text.back()))
        return std::nullopt;
    for (qsizetype at = text.indexOf(separator); at > 0; at = text.indexOf(separator, at + 1)) {
        const QStringView before = text.left(at).trimmed();
        if (before.isEmpty() || wordCount(before) > 6 ||
            QStringView(u".!?;:").contains(before.back()))
            return std::nullopt;
        if (auto d = DateLineParser::parseDate(text.mid(at + 1)))
            return d;
    }
    return std::nullopt;
}

// A wire dateline opening the first paragraph: "STOCKHOLM, March 5, 2029 (Reuters) - ...",
// "NEW YORK, N.Y., 5 March 2029 /PRNewswire/ --", "LONDON, March 5 (Reuters) —" has no
// year and says nothing here. The place is written in capitals; the date runs from the
// comma after it to the outlet's bracket or the dash.
std::optional<DateInterval> wireDateline(QStringView text) {
    static const QRegularExpression kPlace(
        QStringLiteral("^\\s*\\p{Lu}[\\p{Lu}.'’ -]{1,40}(?:,\\s*[\\p{L}.’' ]{2,30}?)?,\\s*"),
        QRegularExpression::UseUnicodePropertiesOption);
    const QRegularExpressionMatch place = kPlace.match(text.left(120));
    if (!place.hasMatch())
        return std::nullopt;
    const QStringView rest = text.mid(place.capturedEnd());
    static const QRegularExpression kEnd(QStringLiteral("\\s*(?:\\(|/|[-–—]{1,2}\\s)"));
    const QRegularExpressionMatch end = kEnd.match(rest.left(60));
    if (!end.hasMatch())
        return std::nullopt;
    return DateLineParser::parseDate(rest.left(end.capturedStart()));
}

} // namespace

QStringList DateLineParser::headerSegments(QStringView line) {
    // Debris tokens of a wrong code page stand where separators were.
    QString s;
    qsizetype i = 0;
    const qsizetype n = line.size();
    while (i < n) {
        if (line[i].isSpace()) {
            s.append(line[i++]);
            continue;
        }
        qsizetype j = i;
        while (j < n && !line[j].isSpace())
            ++j;
        const QStringView token = line.mid(i, j - i);
        s.append(isDebrisToken(token) ? QStringView(u"|") : token);
        i = j;
    }
    static const QRegularExpression kSeparators(QStringLiteral("\\s*(?:[·|•—–]|\\s-{1,2}\\s)\\s*"));
    QStringList parts;
    for (const QString &p : s.split(kSeparators, Qt::SkipEmptyParts)) {
        const QString t = p.trimmed();
        if (!t.isEmpty())
            parts << t;
    }
    return parts;
}

std::optional<DateInterval> DateLineParser::parseDate(QStringView input) {
    const QString text = stripDecoration(input).simplified();
    if (text.isEmpty() || text.size() > 80)
        return std::nullopt;
    static const QRegularExpression kMonthFirst =
        anchored(kWeekday + kMonth + QStringLiteral("[\\s.-]*") + kDay +
                 QStringLiteral(",?[\\s-]+") + kYear + kTime);
    static const QRegularExpression kDayFirst =
        anchored(kWeekday + kDay + QStringLiteral("(?:\\s+of)?[\\s-]+") + kMonth +
                 QStringLiteral(",?[\\s-]+") + kYear + kTime);
    static const QRegularExpression kIso =
        anchored(kWeekday + QStringLiteral("(\\d{4})-(\\d{1,2})-(\\d{1,2})") + kIsoTime + kTime);
    static const QRegularExpression kYmd =
        anchored(QStringLiteral("(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})") + kTime);
    static const QRegularExpression kMonthYear =
        anchored(kMonth + QStringLiteral(",?\\s+") + kYear);
    // Day first with dots is the European order ("27.04.2026"); nobody writes month first so.
    static const QRegularExpression kDotted =
        anchored(QStringLiteral("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})") + kTime);

    QRegularExpressionMatch m = kMonthFirst.match(text);
    if (m.hasMatch())
        return makeDay(m.captured(3).toInt(), monthNumber(m.captured(1)), m.captured(2).toInt());
    m = kDayFirst.match(text);
    if (m.hasMatch())
        return makeDay(m.captured(3).toInt(), monthNumber(m.captured(2)), m.captured(1).toInt());
    m = kIso.match(text);
    if (!m.hasMatch())
        m = kYmd.match(text);
    if (m.hasMatch())
        return makeDay(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    m = kDotted.match(text);
    if (m.hasMatch())
        return makeDay(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    m = kMonthYear.match(text);
    if (m.hasMatch()) {
        const int y = m.captured(2).toInt();
        if (!plausibleYear(y))
            return std::nullopt;
        return DateInterval::month(y, monthNumber(m.captured(1)));
    }
    return std::nullopt;
}

std::optional<DateInterval> DateLineParser::parseDateLine(QStringView line, Kind *kind) {
    auto result = [&](std::optional<DateInterval> d, Kind k) {
        if (kind)
            *kind = d ? k : Kind::None;
        return d;
    };
    const QString text = stripDecoration(line);
    if (text.isEmpty() || isListItem(line))
        return result(std::nullopt, Kind::None);
    // The dateline opens a paragraph, so the line runs on past it.
    if (auto d = wireDateline(text))
        return result(d, Kind::Labelled);
    if (text.size() > 200)
        return result(std::nullopt, Kind::None);

    // "Published: 2026-03-09", "Posted on March 9, 2026 at 09:41 PM", "Updated 3 May 2026".
    static const QRegularExpression kLabel(
        QStringLiteral(
            "^(first published|originally published|date published|publication date|"
            "published|posted|dated|date|issued|issue date|last updated|"
            "updated|last modified|modified)(?![\\p{L}])(?:\\s+on)?\\s*[:\\-–—]?\\s*(.+)$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    if (const QRegularExpressionMatch m = kLabel.match(text); m.hasMatch()) {
        const QString label = m.captured(1).toLower();
        const Kind k =
            label.contains(QLatin1String("updated")) || label.contains(QLatin1String("modified"))
                ? Kind::Updated
                : Kind::Labelled;
        const QString rest = m.captured(2);
        if (auto d = parseDate(rest))
            return result(d, k);
        // "Published April 3, 2026 · 5 min read", "Posted by Staff on April 3, 2026"
        const QStringList parts = headerSegments(rest);
        for (const QString &p : parts) {
            if (auto d = parseDate(p))
                return result(d, k);
        }
        const qsizetype on = rest.lastIndexOf(QLatin1String(" on "), -1, Qt::CaseInsensitive);
        if (on >= 0) {
            if (auto d = parseDate(QStringView(rest).mid(on + 4)))
                return result(d, k);
        }
        return result(std::nullopt, Kind::None);
    }

    if (auto d = parseDate(text))
        return result(d, Kind::WholeLine);

    // A byline: "By Jane Doe on April 3, 2026".
    if (text.startsWith(QLatin1String("By "), Qt::CaseInsensitive)) {
        const qsizetype on = text.lastIndexOf(QLatin1String(" on "), -1, Qt::CaseInsensitive);
        if (on >= 0) {
            if (auto d = parseDate(QStringView(text).mid(on + 4)))
                return result(d, Kind::Labelled);
        }
    }

    // A header made of segments, one of them a whole date or ending with one.
    if (text.size() <= 150) {
        const QStringList parts = headerSegments(text);
        if (parts.size() >= 2) {
            for (const QString &p : parts) {
                if (wordCount(p) > 12)
                    return result(std::nullopt, Kind::None); // a sentence, not a header
            }
            for (const QString &p : parts) {
                if (auto d = parseDate(p))
                    return result(d, Kind::HeaderSegment);
            }
            if (auto d = trailingDate(parts.constLast()))
                return result(d, Kind::HeaderSegment);
            if (auto d = trailingDate(parts.constLast(), u' '))
                return result(d, Kind::HeaderSegment);
        } else if (auto d = trailingDate(text)) {
            return result(d, Kind::HeaderSegment);
        }
    }
    return result(std::nullopt, Kind::None);
}

std::optional<DateInterval> DateLineParser::parsePublishedSentence(QStringView line) {
    const QString text = stripDecoration(line);
    static const QRegularExpression kLead(
        QStringLiteral("^(?:this\\s+(?:article|story|post|piece|report|briefing|newsletter|page|"
                       "analysis|note)\\s+was\\s+)?(?:first\\s+|originally\\s+)?published\\s+"
                       "(?:on\\s+)?"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = kLead.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QStringView rest = QStringView(text).mid(m.capturedEnd());
    // The date runs to the end of the sentence: try every sentence end in turn
    // (an abbreviated month has a period of its own).
    for (qsizetype i = 0; i <= rest.size(); ++i) {
        if (i == rest.size() || rest[i] == u'.' || rest[i] == u';' || rest[i] == u'*') {
            if (auto d = parseDate(rest.left(i)))
                return d;
        }
    }
    return std::nullopt;
}

} // namespace cc
