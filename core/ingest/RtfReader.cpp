#include "ingest/RtfReader.h"

#include "ingest/OfficeTextWriter.h"
#include "ingest/TextDecoder.h"

#include <QDate>
#include <QHash>
#include <QSet>

#include <vector>

namespace cc {

namespace {

// Where a group's text goes.
enum class Destination { Body, Skip, Title, Note };

struct GroupState {
    Destination destination = Destination::Body;
    int unicodeFallback = 1; // \ucN: characters that follow \uN for readers without Unicode
};

// Destinations whose text is not the briefing's: tables of fonts, colours and styles,
// pictures, objects, headers and footers (they repeat on every page), field
// instructions, index entries, bookmarks, document properties other than the title.
bool skippedDestination(const QByteArray &word) {
    static const QSet<QByteArray> words = {"fonttbl",
                                           "colortbl",
                                           "stylesheet",
                                           "listtable",
                                           "listoverridetable",
                                           "rsidtbl",
                                           "generator",
                                           "themedata",
                                           "colorschememapping",
                                           "datastore",
                                           "latentstyles",
                                           "pgdsctbl",
                                           "filetbl",
                                           "revtbl",
                                           "xmlnstbl",
                                           "pict",
                                           "object",
                                           "nonshppict",
                                           "shpinst",
                                           "shppict",
                                           "header",
                                           "headerl",
                                           "headerr",
                                           "headerf",
                                           "footer",
                                           "footerl",
                                           "footerr",
                                           "footerf",
                                           "fldinst",
                                           "xe",
                                           "tc",
                                           "txe",
                                           "rxe",
                                           "bkmkstart",
                                           "bkmkend",
                                           "ftnsep",
                                           "ftnsepc",
                                           "aftnsep",
                                           "aftnsepc",
                                           "annotation",
                                           "atnid",
                                           "atnauthor",
                                           "atndate",
                                           "atrfstart",
                                           "atrfend",
                                           "author",
                                           "operator",
                                           "company",
                                           "keywords",
                                           "subject",
                                           "comment",
                                           "doccomm",
                                           "hlinkbase",
                                           "category",
                                           "manager",
                                           "userprops",
                                           "printim",
                                           "buptim",
                                           "revtim",
                                           "template",
                                           "falt",
                                           "panose",
                                           "fname",
                                           "mmathPr",
                                           "passwordhash"};
    return words.contains(word);
}

// Characters some control words stand for.
QChar symbolFor(const QByteArray &word) {
    static const QHash<QByteArray, char16_t> symbols = {
        {"emdash", u'\u2014'},    {"endash", u'\u2013'}, {"bullet", u'\u2022'},
        {"lquote", u'\u2018'},    {"rquote", u'\u2019'}, {"ldblquote", u'\u201C'},
        {"rdblquote", u'\u201D'}, {"tab", u' '},         {"emspace", u' '},
        {"enspace", u' '},        {"qmspace", u' '},     {"nestcell", u' '},
        {"nestrow", u' '}};
    const auto it = symbols.constFind(word);
    return it == symbols.constEnd() ? QChar() : QChar(it.value());
}

// The encoding name for a Windows code page, as QStringDecoder (ICU) knows it.
QString encodingForCodePage(int codePage) {
    switch (codePage) {
    case 437:
        return QStringLiteral("IBM437");
    case 850:
        return QStringLiteral("IBM850");
    case 932:
        return QStringLiteral("Shift_JIS");
    case 936:
        return QStringLiteral("GBK");
    case 949:
        return QStringLiteral("windows-949");
    case 950:
        return QStringLiteral("Big5");
    case 10000:
        return QStringLiteral("macintosh");
    case 65001:
        return QStringLiteral("UTF-8");
    default:
        if (codePage >= 874 && codePage <= 1258)
            return QStringLiteral("windows-%1").arg(codePage);
        return QStringLiteral("windows-1252");
    }
}

// Reads the RTF token stream into paragraphs and table rows.
class RtfParser {
public:
    RtfParser(const QByteArray &bytes, Document *doc)
        : m_bytes(bytes), m_out(doc, RtfReader::kMaxTextChars) {}

    void run() {
        std::vector<GroupState> stack;
        GroupState state;
        int overflow = 0; // groups opened past kMaxDepth, read as their parent
        qsizetype i = 0;
        const qsizetype n = m_bytes.size();
        while (i < n && !m_out.full()) {
            const char c = m_bytes[i];
            if (c == '{') {
                flushBytes(state);
                if (static_cast<int>(stack.size()) >= RtfReader::kMaxDepth)
                    ++overflow;
                else
                    stack.push_back(state);
                m_groupStart = true;
                ++i;
            } else if (c == '}') {
                flushBytes(state);
                if (overflow > 0) {
                    --overflow;
                } else if (!stack.empty()) {
                    state = stack.back();
                    stack.pop_back();
                }
                m_groupStart = false;
                ++i;
            } else if (c == '\\') {
                i = control(i + 1, &state);
            } else if (c == '\r' || c == '\n') {
                ++i; // line ends in the file are not text
            } else {
                m_groupStart = false;
                byte(c, state);
                ++i;
            }
        }
        flushBytes(state);
        endParagraph();
        for (const QString &note : std::as_const(m_notes))
            m_out.paragraph(note);
    }

    bool truncated() const { return m_out.truncated(); }
    QString title() const { return m_title.simplified(); }
    std::optional<DateInterval> created() const {
        const QDate date(m_created[0], m_created[1], m_created[2]);
        if (date.isValid() && date.year() >= 1980 && date.year() <= 2200)
            return DateInterval::day(date);
        return std::nullopt;
    }

private:
    // A control word or symbol after a backslash at i; returns the index after it.
    qsizetype control(qsizetype i, GroupState *state) {
        const qsizetype n = m_bytes.size();
        if (i >= n)
            return i;
        const char c = m_bytes[i];
        const bool groupStart = m_groupStart;
        m_groupStart = false;
        if (!isAsciiLetter(c))
            return symbol(i, state, groupStart);
        qsizetype end = i;
        while (end < n && end - i < 32 && isAsciiLetter(m_bytes[end]))
            ++end;
        const QByteArray word = m_bytes.mid(i, end - i);
        bool hasParam = false;
        long long param = 0;
        bool negative = false;
        if (end < n && m_bytes[end] == '-' && end + 1 < n && isDigit(m_bytes[end + 1])) {
            negative = true;
            ++end;
        }
        for (int digits = 0; end < n && isDigit(m_bytes[end]) && digits < 10; ++digits, ++end) {
            hasParam = true;
            param = param * 10 + (m_bytes[end] - '0');
        }
        if (negative)
            param = -param;
        if (end < n && m_bytes[end] == ' ')
            ++end;                     // the delimiter space belongs to the control word
        if (word == "bin" && hasParam) // raw binary data follows: not text
            return std::min(n, end + std::max(0LL, param));
        controlWord(word, hasParam, param, groupStart, state);
        return end;
    }

    qsizetype symbol(qsizetype i, GroupState *state, bool groupStart) {
        const char c = m_bytes[i];
        switch (c) {
        case '\'': {
            if (i + 2 < m_bytes.size() && isHex(m_bytes[i + 1]) && isHex(m_bytes[i + 2])) {
                const char value =
                    static_cast<char>(hexValue(m_bytes[i + 1]) * 16 + hexValue(m_bytes[i + 2]));
                byte(value, *state);
                return i + 3;
            }
            return i + 1;
        }
        case '*':
            // An optional destination: nothing here reads one.
            if (groupStart)
                state->destination = Destination::Skip;
            return i + 1;
        case '~':
            appendChar(QChar(0x00A0), *state);
            return i + 1;
        case '_':
            appendChar(QLatin1Char('-'), *state);
            return i + 1;
        case '-': // optional hyphen
            return i + 1;
        case '\r':
        case '\n':
            flushBytes(*state);
            paragraphBreak(*state);
            return i + 1;
        default:
            // \\, \{, \} and any other escaped character stand for themselves.
            byte(c, *state);
            return i + 1;
        }
    }

    void controlWord(const QByteArray &word, bool hasParam, long long param, bool groupStart,
                     GroupState *state) {
        flushBytes(*state);
        if (groupStart && skippedDestination(word)) {
            state->destination = Destination::Skip;
        } else if (word == "info") {
            state->destination = Destination::Skip; // only \title is read from it
        } else if (word == "title" && groupStart) {
            state->destination = Destination::Title;
        } else if (word == "footnote" && groupStart) {
            state->destination = Destination::Note;
            m_notes << QString();
        } else if (word == "creatim") {
            m_inCreated = true;
        } else if ((word == "yr" || word == "mo" || word == "dy") && m_inCreated) {
            m_created[word == "yr" ? 0 : word == "mo" ? 1 : 2] = static_cast<int>(param);
            m_inCreated = word != "dy";
        } else if (word == "ansicpg" && hasParam) {
            m_encoding = encodingForCodePage(static_cast<int>(param));
        } else if (word == "mac") {
            m_encoding = encodingForCodePage(10000);
        } else if (word == "pc") {
            m_encoding = encodingForCodePage(437);
        } else if (word == "pca") {
            m_encoding = encodingForCodePage(850);
        } else if (word == "uc" && hasParam) {
            state->unicodeFallback = static_cast<int>(std::clamp(param, 0LL, 8LL));
        } else if (word == "u" && hasParam) {
            // A signed 16-bit value; the fallback characters after it are not text.
            appendChar(QChar(static_cast<char16_t>(param < 0 ? param + 65536 : param)), *state);
            m_fallbackToSkip = state->unicodeFallback;
            return;
        } else if (word == "par" || word == "sect" || word == "page") {
            paragraphBreak(*state);
        } else if (word == "line") {
            appendChar(QLatin1Char('\n'), *state);
        } else if (word == "pard") {
            m_inTable = false;
        } else if (word == "intbl") {
            m_inTable = true;
        } else if (word == "trowd") {
            m_rowHeader = false;
        } else if (word == "trhdr") {
            m_rowHeader = true;
        } else if (word == "cell") {
            if (state->destination == Destination::Body) {
                m_cells << m_paragraph;
                m_paragraph.clear();
            }
        } else if (word == "row") {
            if (state->destination == Destination::Body)
                endRow();
        } else if (const QChar symbol = symbolFor(word); !symbol.isNull()) {
            appendChar(symbol, *state);
        }
        m_fallbackToSkip = 0;
    }

    void byte(char c, const GroupState &state) {
        if (m_fallbackToSkip > 0) {
            --m_fallbackToSkip;
            return;
        }
        if (state.destination != Destination::Skip)
            m_pending.append(c);
    }

    void appendChar(QChar c, const GroupState &state) {
        flushBytes(state);
        text(state) += c;
    }

    // Bytes gathered in a row are decoded together: a multi-byte code page splits a
    // character over two \'hh.
    void flushBytes(const GroupState &state) {
        if (m_pending.isEmpty())
            return;
        const bool ascii = std::all_of(m_pending.begin(), m_pending.end(),
                                       [](char b) { return static_cast<unsigned char>(b) < 0x80; });
        const QString decoded = ascii ? QString::fromLatin1(m_pending)
                                      : TextDecoder::decodeRaw(m_pending, m_encoding).text;
        m_pending.clear();
        text(state) += decoded;
    }

    QString &text(const GroupState &state) {
        switch (state.destination) {
        case Destination::Title:
            return m_title;
        case Destination::Note:
            return m_notes.last();
        case Destination::Skip:
            m_discard.clear();
            return m_discard;
        case Destination::Body:
            break;
        }
        return m_paragraph;
    }

    void paragraphBreak(const GroupState &state) {
        if (state.destination == Destination::Note) {
            m_notes.last() += QLatin1Char('\n');
            return;
        }
        if (state.destination != Destination::Body)
            return;
        if (m_inTable) {
            m_paragraph += QLatin1Char(' '); // a paragraph inside a cell
            return;
        }
        endParagraph();
    }

    void endParagraph() {
        if (!m_cells.isEmpty())
            endRow();
        if (!m_paragraph.trimmed().isEmpty()) {
            m_out.paragraph(m_paragraph);
            m_rowsInTable = 0;
        }
        m_paragraph.clear();
    }

    void endRow() {
        if (!m_paragraph.trimmed().isEmpty())
            m_cells << m_paragraph; // a row closed without its last \cell
        m_paragraph.clear();
        if (m_rowsInTable++ == 0)
            m_out.beginTable();
        m_out.row(m_cells, m_rowHeader);
        m_cells.clear();
    }

    static bool isAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
    static bool isDigit(char c) { return c >= '0' && c <= '9'; }
    static bool isHex(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
    static int hexValue(char c) {
        return isDigit(c) ? c - '0' : (c >= 'a' ? c - 'a' : c - 'A') + 10;
    }

    const QByteArray &m_bytes;
    OfficeTextWriter m_out;
    QString m_encoding = QStringLiteral("windows-1252");
    QByteArray m_pending;
    QString m_paragraph;
    QString m_title;
    QString m_discard;
    QStringList m_notes;
    QStringList m_cells;
    int m_rowsInTable = 0;
    int m_fallbackToSkip = 0;
    int m_created[3] = {0, 0, 0};
    bool m_inCreated = false;
    bool m_inTable = false;
    bool m_rowHeader = false;
    bool m_groupStart = false;
};

} // namespace

bool RtfReader::sniff(const QByteArray &head) const {
    return head.startsWith("{\\rtf");
}

ReadResult RtfReader::read(const QByteArray &bytes, const QString &relativePath) const {
    ReadResult result;
    if (!bytes.startsWith("{\\rtf")) {
        result.error = QStringLiteral("not an RTF file: it does not start with {\\rtf");
        return result;
    }
    Document doc;
    doc.path = relativePath;
    doc.format = format();
    RtfParser parser(bytes, &doc);
    parser.run();
    if (parser.truncated())
        doc.warnings << QStringLiteral("text truncated: the document is too large");

    OfficeTextWriter::finishDocument(doc, parser.title(), parser.created(),
                                     QStringLiteral("the RTF file"));
    result.documents.push_back(std::move(doc));
    return result;
}

} // namespace cc
