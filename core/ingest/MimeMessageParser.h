#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>

namespace cc {

// One e-mail message taken apart: headers decoded (RFC 2047), body parts decoded
// from their transfer encoding and charset. No GLib type appears here: GMime stays
// inside MimeMessageParser.cpp (its headers clash with Qt's `signals` macro).
struct MimeMessage {
    QString subject;
    QDate date;       // the Date header's day in the sender's own time zone
    QString fromName; // display name of the first From address
    QString fromAddress;
    QStringList plainParts;  // text/plain body parts, in order
    QStringList htmlParts;   // text/html body parts, decoded to text but not rendered
    QStringList attachments; // file names (or a description) of parts not read
    QStringList warnings;    // undeclared or unknown charsets, encrypted parts, ...
};

class MimeMessageParser {
public:
    // Parses one RFC 5322 message. False with *error set when the bytes hold no
    // recognisable message (no mail headers at all).
    static bool parse(const QByteArray &bytes, MimeMessage *out, QString *error);
    // Decodes body bytes in a declared charset; labels that mean Latin-1 or ASCII
    // are read as Windows-1252 (what mail clients actually send), undeclared or
    // unknown ones as UTF-8 when valid, else Windows-1252 with a warning.
    static QString decodeText(const QByteArray &bytes, const QByteArray &charset, QString *warning);

    static constexpr qsizetype kMaxMessageBytes = 32 * 1024 * 1024;
};

} // namespace cc
