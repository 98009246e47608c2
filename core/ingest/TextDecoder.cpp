#include "ingest/TextDecoder.h"

#include <QStringDecoder>

#include <algorithm>
#include <cstring>

#include <uchardet/uchardet.h>

namespace cc {

namespace {

// How much of a file the binary check and uchardet look at.
constexpr qsizetype kProbeBytes = 64 * 1024;

struct Bom {
    const char *bytes;
    int size;
    const char *encoding;
};

// Longest first: the UTF-32 LE mark starts with the UTF-16 LE one.
constexpr Bom kBoms[] = {
    {"\xFF\xFE\x00\x00", 4, "UTF-32LE"}, {"\x00\x00\xFE\xFF", 4, "UTF-32BE"},
    {"\xEF\xBB\xBF", 3, "UTF-8"},        {"\xFF\xFE", 2, "UTF-16LE"},
    {"\xFE\xFF", 2, "UTF-16BE"},
};

const Bom *findBom(const QByteArray &bytes) {
    for (const Bom &bom : kBoms) {
        if (bytes.size() >= bom.size && std::memcmp(bytes.constData(), bom.bytes, bom.size) == 0)
            return &bom;
    }
    return nullptr;
}

// UTF-16 without a mark: one byte of most pairs is NUL, always the same one.
QString utf16WithoutBom(const QByteArray &bytes) {
    const qsizetype n = std::min(bytes.size(), kProbeBytes) & ~qsizetype(1);
    if (n < 4)
        return QString();
    qsizetype evenNul = 0, oddNul = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenNul += bytes[i] == 0;
        oddNul += bytes[i + 1] == 0;
    }
    const qsizetype pairs = n / 2;
    if (oddNul * 10 >= pairs * 4 && evenNul * 20 <= pairs)
        return QStringLiteral("UTF-16LE");
    if (evenNul * 10 >= pairs * 4 && oddNul * 20 <= pairs)
        return QStringLiteral("UTF-16BE");
    return QString();
}

// WHATWG: a page that says Latin-1 or ASCII is Windows-1252 in practice.
QString canonicalEncodingName(QString name) {
    name = name.trimmed();
    const QString lower = name.toLower();
    if (lower == QLatin1String("iso-8859-1") || lower == QLatin1String("latin1") ||
        lower == QLatin1String("latin-1") || lower == QLatin1String("us-ascii") ||
        lower == QLatin1String("ascii") || lower == QLatin1String("iso_8859-1") ||
        lower == QLatin1String("cp1252") || lower == QLatin1String("windows-1252") ||
        lower == QLatin1String("x-cp1252"))
        return QStringLiteral("windows-1252");
    if (lower == QLatin1String("utf8") || lower == QLatin1String("utf-8"))
        return QStringLiteral("UTF-8");
    if (lower.startsWith(QLatin1String("windows-")))
        return lower;
    return name;
}

bool isUtf8Name(const QString &name) {
    return name.compare(QLatin1String("UTF-8"), Qt::CaseInsensitive) == 0;
}

bool knownEncoding(const QString &name) {
    const QByteArray latin = name.toLatin1();
    return !name.isEmpty() && QStringDecoder(latin.constData()).isValid();
}

// Decodes with a named encoding; tells whether the decoder had to replace bytes.
QString decodeWith(const QString &encoding, QByteArrayView bytes, bool *hadErrors) {
    const QByteArray name = encoding.toLatin1();
    QStringDecoder decoder(name.constData(), QStringDecoder::Flag::Stateless);
    if (!decoder.isValid()) {
        *hadErrors = true;
        return QString();
    }
    QString text = decoder(bytes);
    *hadErrors = decoder.hasError();
    return text;
}

bool isLatinLetter(QChar c) {
    return c.isLetter() && c.script() == QChar::Script_Latin;
}

// Words that mix Latin letters with letters of another script: the mark of a
// single-byte text decoded with the wrong table ("cafΓ©", "donвЂt").
int mixedScriptWords(const QString &text) {
    int mixed = 0;
    bool latin = false, other = false;
    auto endWord = [&] {
        mixed += latin && other;
        latin = other = false;
    };
    for (QChar c : text) {
        if (c.isLetter()) {
            if (isLatinLetter(c))
                latin = true;
            else
                other = true;
        } else if (!c.isMark()) {
            endWord();
        }
    }
    endWord();
    return mixed;
}

bool isSingleByteFamily(const QString &name) {
    const QString lower = name.toLower();
    return lower.startsWith(QLatin1String("windows-")) ||
           lower.startsWith(QLatin1String("iso-8859")) || lower.startsWith(QLatin1String("koi8")) ||
           lower.startsWith(QLatin1String("ibm")) || lower.startsWith(QLatin1String("mac")) ||
           lower.startsWith(QLatin1String("x-mac")) || lower.startsWith(QLatin1String("cp"));
}

// Unpaired UTF-16 surrogates (a broken UTF-16 file) become U+FFFD like any other
// undecodable unit, so that later stages only ever see valid text.
void replaceLoneSurrogates(QString &text) {
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < n && text[i + 1].isLowSurrogate()) {
            ++i;
            continue;
        }
        if (c.isSurrogate())
            text[i] = QChar(QChar::ReplacementCharacter);
    }
}

qsizetype countReplacements(const QString &text) {
    return text.count(QChar(QChar::ReplacementCharacter));
}

qsizetype countNonSpace(const QString &text) {
    qsizetype n = 0;
    for (QChar c : text)
        n += !c.isSpace();
    return n;
}

// Characters normalize() drops or rewrites, shared with normalizeFragment().
// Returns 0 to drop the character.
char16_t mapCharacter(char16_t c) {
    if (c < 0x20) {
        if (c == u'\t' || c == u'\n')
            return c;
        if (c == u'\f' || c == u'\v')
            return u'\n';
        return 0;
    }
    if (c == 0x7F || (c >= 0x80 && c <= 0x9F)) // DEL and C1 controls
        return 0;
    switch (c) {
    case 0x00AD: // soft hyphen
    case 0x200B: // zero-width space
    case 0xFEFF: // BOM / zero-width no-break space
    case 0xFFFE:
    case 0xFFFF:
        return 0;
    case 0x2028:
    case 0x2029:
        return u'\n';
    default:
        break;
    }
    if (c != u' ' && QChar::category(c) == QChar::Separator_Space)
        return u' ';
    return c;
}

} // namespace

bool TextDecoder::isValidUtf8(const QByteArray &bytes, qsizetype *invalidBytes,
                              qsizetype *multiByteSequences) {
    qsizetype invalid = 0, multi = 0;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        char32_t cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            cp = c & 0x07;
        }
        bool ok = len > 0 && i + len <= n;
        for (int k = 1; ok && k < len; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                ok = false;
            else
                cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        // Overlong forms, surrogates and code points past U+10FFFF are invalid too.
        if (ok && ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
                   (cp >= 0xD800 && cp <= 0xDFFF)))
            ok = false;
        if (ok) {
            ++multi;
            i += len;
        } else {
            ++invalid;
            ++i;
        }
    }
    if (invalidBytes)
        *invalidBytes = invalid;
    if (multiByteSequences)
        *multiByteSequences = multi;
    return invalid == 0;
}

bool TextDecoder::looksBinary(const QByteArray &head) {
    const QByteArray probe = head.left(kProbeBytes);
    if (probe.isEmpty() || findBom(probe))
        return false;
    if (probe.contains('\0'))
        return utf16WithoutBom(probe).isEmpty();
    qsizetype controls = 0;
    for (char ch : probe) {
        const auto c = static_cast<unsigned char>(ch);
        // Tab, LF, VT, FF, CR and ESC (terminal colours in logs) are at home in text.
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1B)
            ++controls;
    }
    return controls * 10 > probe.size();
}

QString TextDecoder::detectEncoding(const QByteArray &bytes) {
    uchardet_t detector = uchardet_new();
    if (!detector)
        return QString();
    const QByteArray probe = bytes.left(kProbeBytes);
    QString name;
    if (uchardet_handle_data(detector, probe.constData(), static_cast<size_t>(probe.size())) == 0) {
        uchardet_data_end(detector);
        name = QString::fromLatin1(uchardet_get_charset(detector));
    }
    uchardet_delete(detector);
    return name;
}

DecodedText TextDecoder::decodeRaw(const QByteArray &bytes, const QString &declaredEncoding) {
    DecodedText out;
    if (bytes.isEmpty()) {
        out.error = QStringLiteral("empty file");
        return out;
    }
    bool hadErrors = false;
    if (const Bom *bom = findBom(bytes)) {
        out.encoding = QString::fromLatin1(bom->encoding);
        out.text = decodeWith(out.encoding, QByteArrayView(bytes).sliced(bom->size), &hadErrors);
        if (hadErrors)
            out.warnings << QStringLiteral("invalid %1 bytes replaced").arg(out.encoding);
    } else if (const QString utf16 = utf16WithoutBom(bytes); !utf16.isEmpty()) {
        out.encoding = utf16;
        out.text = decodeWith(utf16, bytes, &hadErrors);
        if (hadErrors)
            out.warnings << QStringLiteral("invalid %1 bytes replaced").arg(utf16);
    } else if (looksBinary(bytes)) {
        out.error = QStringLiteral("binary file, not read");
        return out;
    } else {
        qsizetype invalid = 0, multi = 0;
        const bool validUtf8 = isValidUtf8(bytes, &invalid, &multi);
        QString declared = canonicalEncodingName(declaredEncoding);
        if (!declared.isEmpty() && !knownEncoding(declared))
            declared.clear(); // an unknown name says nothing
        if (validUtf8 && (declared.isEmpty() || multi > 0 || isUtf8Name(declared))) {
            // Valid UTF-8 with multi-byte sequences is UTF-8 whatever a header claims.
            out.encoding = QStringLiteral("UTF-8");
            out.text = QString::fromUtf8(bytes);
        } else if (!declared.isEmpty() && !isUtf8Name(declared)) {
            out.encoding = declared;
            out.text = decodeWith(declared, bytes, &hadErrors);
            if (hadErrors)
                out.warnings
                    << QStringLiteral("bytes invalid in the declared %1 replaced").arg(declared);
        } else if (multi > 0 && invalid <= multi) {
            // Mostly UTF-8 with some broken bytes: keep the good characters.
            out.encoding = QStringLiteral("UTF-8");
            out.text = QString::fromUtf8(bytes);
            out.warnings << QStringLiteral("invalid UTF-8 bytes replaced");
        } else {
            QString guess = canonicalEncodingName(detectEncoding(bytes));
            if (guess.isEmpty() || isUtf8Name(guess) || !knownEncoding(guess))
                guess = QStringLiteral("windows-1252");
            QString text = decodeWith(guess, bytes, &hadErrors);
            if (guess != QLatin1String("windows-1252") && isSingleByteFamily(guess)) {
                // A detector's guess of another single-byte table for what reads as
                // Latin text makes words of two scripts; keep the Western table then.
                bool westernErrors = false;
                const QString western =
                    decodeWith(QStringLiteral("windows-1252"), bytes, &westernErrors);
                if (mixedScriptWords(text) > mixedScriptWords(western)) {
                    guess = QStringLiteral("windows-1252");
                    text = western;
                    hadErrors = westernErrors;
                }
            } else if (hadErrors) {
                // A multi-byte guess that does not fit the bytes.
                bool westernErrors = false;
                const QString western =
                    decodeWith(QStringLiteral("windows-1252"), bytes, &westernErrors);
                if (countReplacements(western) < countReplacements(text)) {
                    guess = QStringLiteral("windows-1252");
                    text = western;
                    hadErrors = westernErrors;
                }
            }
            out.encoding = guess;
            out.text = text;
            // A page that says UTF-8 yet holds another encoding's bytes (a common mislabel).
            out.warnings << (isUtf8Name(declared)
                                 ? QStringLiteral(
                                       "decoded as %1 (declared UTF-8, but the bytes are not)")
                                 : QStringLiteral("decoded as %1 (no encoding declared)"))
                                .arg(guess);
        }
    }

    replaceLoneSurrogates(out.text);
    const qsizetype replaced = countReplacements(out.text);
    const qsizetype visible = countNonSpace(out.text);
    if (replaced > 8 && replaced * 4 > visible) {
        out.error = QStringLiteral("not readable as text: %1 of %2 characters could not be decoded")
                        .arg(replaced)
                        .arg(visible);
        out.text.clear();
    }
    return out;
}

DecodedText TextDecoder::decode(const QByteArray &bytes, const QString &declaredEncoding) {
    DecodedText out = decodeRaw(bytes, declaredEncoding);
    if (!out.ok())
        return out;
    out.text = normalize(out.text);
    if (out.text.isEmpty())
        out.error = QStringLiteral("empty file (white space only)");
    return out;
}

QString TextDecoder::normalizeFragment(QStringView text) {
    // Printable ASCII with tabs and line feeds is NFC and maps to itself: most fragments
    // of English text are, and they skip the normalizer and the copy character by character.
    const bool plain = std::all_of(text.begin(), text.end(), [](QChar ch) {
        const char16_t c = ch.unicode();
        return (c >= 0x20 && c < 0x7F) || c == u'\n' || c == u'\t';
    });
    if (plain)
        return text.toString();
    QString nfc = text.toString().normalized(QString::NormalizationForm_C);
    QString out;
    out.reserve(nfc.size());
    const qsizetype n = nfc.size();
    for (qsizetype i = 0; i < n; ++i) {
        char16_t c = nfc[i].unicode();
        if (c == u'\r') {
            if (i + 1 < n && nfc[i + 1] == u'\n')
                continue;
            c = u'\n';
        }
        c = mapCharacter(c);
        if (c)
            out.append(QChar(c));
    }
    return out;
}

QString TextDecoder::normalize(QStringView text) {
    const QString chars = normalizeFragment(text);
    QString out;
    out.reserve(chars.size());
    int newlines = 0; // pending line ends, written when the next line has content
    qsizetype lineStart = 0;
    const qsizetype n = chars.size();
    while (lineStart <= n) {
        qsizetype lineEnd = chars.indexOf(u'\n', lineStart);
        if (lineEnd < 0)
            lineEnd = n;
        qsizetype contentEnd = lineEnd;
        while (contentEnd > lineStart &&
               (chars[contentEnd - 1] == u' ' || chars[contentEnd - 1] == u'\t'))
            --contentEnd;
        if (contentEnd > lineStart) {
            if (!out.isEmpty())
                out.append(newlines >= 2 ? QStringLiteral("\n\n") : QStringLiteral("\n"));
            out.append(QStringView(chars).mid(lineStart, contentEnd - lineStart));
            newlines = 0;
        }
        ++newlines;
        lineStart = lineEnd + 1;
    }
    return out;
}

} // namespace cc
