#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace cc {

// Text decoded from a file's bytes, normalized, with what a person should know about it.
struct DecodedText {
    QString text;         // normalized (TextDecoder::normalize)
    QString encoding;     // the encoding used: "UTF-8", "UTF-16LE", "windows-1252", ...
    QStringList warnings; // "decoded as windows-1252 (no encoding declared)", ...
    QString error;        // non-empty: not usable as text ("empty file", "binary file, not read")
    bool ok() const { return error.isEmpty(); }
};

// Bytes to text, the one place the ingest stage guesses encodings:
// BOM (UTF-8, UTF-16 LE/BE, UTF-32), then a declared encoding (HTML meta, e-mail
// charset), then strict UTF-8, then detection with uchardet, Windows-1252 as the
// last resort. Decoding goes through QStringDecoder.
class TextDecoder {
public:
    // declaredEncoding: what the container says ("iso-8859-1", "utf-8"), empty when nothing.
    // A declaration is trusted unless a BOM contradicts it or the name is unknown.
    static DecodedText decode(const QByteArray &bytes, const QString &declaredEncoding = QString());
    // As decode() without normalize(): for parsers that need the raw characters (HTML).
    static DecodedText decodeRaw(const QByteArray &bytes,
                                 const QString &declaredEncoding = QString());

    // NFC; CRLF and CR to LF; NUL and other C0 controls dropped except tab and LF
    // (form feed and vertical tab become LF, U+2028/U+2029 too); no-break and other
    // space separators become a plain space; soft hyphens, zero-width spaces and
    // stray BOMs dropped; trailing spaces removed from every line; no leading blank
    // lines, no trailing white space, at most one blank line in a row.
    static QString normalize(QStringView text);
    // The character-level part of normalize() for a fragment that is placed into a
    // larger text (an HTML text node): NFC, controls dropped, spaces unified, but
    // lines and blank lines left alone.
    static QString normalizeFragment(QStringView text);

    // True when the bytes look like a binary file: NUL bytes (outside UTF-16/32 text)
    // or a high share of control characters.
    static bool looksBinary(const QByteArray &head);
    // Strict UTF-8 check; counts invalid bytes and valid multi-byte sequences.
    static bool isValidUtf8(const QByteArray &bytes, qsizetype *invalidBytes = nullptr,
                            qsizetype *multiByteSequences = nullptr);
    // uchardet's guess ("WINDOWS-1252", "UTF-8", ...), empty when it has none.
    static QString detectEncoding(const QByteArray &bytes);
};

} // namespace cc
