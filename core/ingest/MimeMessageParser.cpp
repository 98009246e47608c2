// GMime (through GLib) declares members named `signals`, which Qt defines as a
// macro: its header must come before any Qt header in this file.
#include <gmime/gmime.h>

#include "ingest/MimeMessageParser.h"

#include <QStringDecoder>

#include <mutex>

namespace cc {

namespace {

void ensureGMimeInitialised() {
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

// Windows-1252 bytes 0x80..0x9F; the rest of the code page is Latin-1. Kept here
// rather than asking ICU so the fallback never depends on how Qt was built.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

QString fromWindows1252(const QByteArray &bytes) {
    QString text;
    text.reserve(bytes.size());
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        text += (b >= 0x80 && b < 0xA0) ? QChar(kCp1252High[b - 0x80]) : QChar(b);
    }
    return text;
}

bool isAscii(const QByteArray &bytes) {
    for (const char c : bytes)
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    return true;
}

bool decodeUtf8(const QByteArray &bytes, QString *out) {
    QStringDecoder utf8(QStringConverter::Utf8, QStringDecoder::Flag::Stateless);
    *out = utf8(bytes);
    return !utf8.hasError();
}

QString fromUtf8(const char *text) {
    return text ? QString::fromUtf8(text).trimmed() : QString();
}

// The transfer-decoded bytes of a leaf part (base64 and quoted-printable undone).
QByteArray partBytes(GMimePart *part) {
    GMimeDataWrapper *content = g_mime_part_get_content(part);
    if (!content)
        return {};
    GMimeStream *memory = g_mime_stream_mem_new();
    g_mime_data_wrapper_write_to_stream(content, memory);
    GByteArray *array = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(memory));
    QByteArray bytes;
    if (array)
        bytes = QByteArray(reinterpret_cast<const char *>(array->data),
                           static_cast<qsizetype>(array->len));
    g_object_unref(memory);
    return bytes;
}

QString describe(GMimeObject *object) {
    GMimeContentType *type = g_mime_object_get_content_type(object);
    QString mime = QStringLiteral("application/octet-stream");
    if (type) {
        char *name = g_mime_content_type_get_mime_type(type); // a new string: ours to free
        mime = QString::fromUtf8(name);
        g_free(name);
    }
    return QStringLiteral("unnamed ") + mime;
}

// Asks without allocating (g_mime_content_type_get_mime_type would).
bool hasType(GMimeObject *object, const char *type, const char *subtype) {
    GMimeContentType *contentType = g_mime_object_get_content_type(object);
    return contentType && g_mime_content_type_is_type(contentType, type, subtype);
}

constexpr int kMaxPartDepth = 64;

void walk(GMimeObject *object, MimeMessage *out, int depth) {
    if (!object)
        return;
    if (depth > kMaxPartDepth) {
        out->warnings << QStringLiteral("parts nested too deeply were not read");
        return;
    }
    if (GMIME_IS_MULTIPART_ENCRYPTED(object)) {
        out->warnings << QStringLiteral("encrypted part not read");
        return;
    }
    if (GMIME_IS_MULTIPART(object)) {
        GMimeMultipart *multipart = GMIME_MULTIPART(object);
        const int count = g_mime_multipart_get_count(multipart);
        for (int i = 0; i < count; ++i)
            walk(g_mime_multipart_get_part(multipart, i), out, depth + 1);
        return;
    }
    if (GMIME_IS_MESSAGE_PART(object)) {
        GMimeMessage *inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object));
        const QString subject = inner ? fromUtf8(g_mime_message_get_subject(inner)) : QString();
        out->attachments << (subject.isEmpty() ? QStringLiteral("forwarded message")
                                               : QStringLiteral("forwarded message \"") + subject +
                                                     QLatin1Char('"'));
        return;
    }
    if (!GMIME_IS_PART(object))
        return;
    GMimePart *part = GMIME_PART(object);
    const QString fileName = fromUtf8(g_mime_part_get_filename(part));
    const bool attachment = g_mime_part_is_attachment(part);
    const bool plain = hasType(object, "text", "plain");
    const bool html = hasType(object, "text", "html");
    if (!attachment && (plain || html)) {
        const QByteArray charset =
            QByteArray(g_mime_object_get_content_type_parameter(object, "charset"));
        QString warning;
        const QString text = MimeMessageParser::decodeText(partBytes(part), charset, &warning);
        if (!warning.isEmpty() && !out->warnings.contains(warning))
            out->warnings << warning;
        (plain ? out->plainParts : out->htmlParts) << text;
        return;
    }
    // Inline images of an HTML newsletter and signatures are layout, not attachments.
    const bool inlineImage = !attachment && hasType(object, "image", "*");
    const bool signature = hasType(object, "application", "pgp-signature") ||
                           hasType(object, "application", "pkcs7-signature") ||
                           hasType(object, "application", "x-pkcs7-signature");
    if (inlineImage || signature)
        return;
    out->attachments << (fileName.isEmpty() ? describe(object) : fileName);
}

} // namespace

QString MimeMessageParser::decodeText(const QByteArray &bytes, const QByteArray &charset,
                                      QString *warning) {
    QByteArray label = charset.trimmed().toLower();
    if (label.size() >= 2 && (label.startsWith('"') || label.startsWith('\'')))
        label = label.mid(1, label.size() - 2);
    QString text;
    if (label.isEmpty() || label == "utf-8" || label == "utf8") {
        if (isAscii(bytes) || decodeUtf8(bytes, &text))
            return isAscii(bytes) ? QString::fromLatin1(bytes) : text;
        if (!label.isEmpty()) {
            *warning = QStringLiteral("invalid UTF-8 in a part declared UTF-8: read as "
                                      "Windows-1252");
        } else {
            *warning = QStringLiteral("undeclared charset: read as Windows-1252");
        }
        return fromWindows1252(bytes);
    }
    // What mail clients label Latin-1 or ASCII is Windows-1252 in practice (the
    // euro sign and curly quotes live in 0x80..0x9F), as browsers read it too.
    static const QByteArrayList latin1Labels = {
        "iso-8859-1",   "iso8859-1", "iso_8859-1", "latin1",         "latin-1",
        "l1",           "cp819",     "ibm819",     "us-ascii",       "ascii",
        "windows-1252", "cp1252",    "x-cp1252",   "ansi_x3.4-1968", "iso_8859-1:1987"};
    if (latin1Labels.contains(label)) {
        // A part labelled ASCII that is valid UTF-8 was mislabelled by its sender.
        if (label.contains("ascii") && !isAscii(bytes) && decodeUtf8(bytes, &text))
            return text;
        return fromWindows1252(bytes);
    }
    QStringDecoder decoder(label.constData(), QStringDecoder::Flag::Stateless);
    if (!decoder.isValid()) {
        *warning = QStringLiteral("unknown charset \"") + QString::fromLatin1(label) +
                   QStringLiteral("\": ");
        if (isAscii(bytes) || decodeUtf8(bytes, &text)) {
            *warning += QStringLiteral("read as UTF-8");
            return isAscii(bytes) ? QString::fromLatin1(bytes) : text;
        }
        *warning += QStringLiteral("read as Windows-1252");
        return fromWindows1252(bytes);
    }
    text = decoder(bytes);
    if (decoder.hasError())
        *warning = QStringLiteral("bytes invalid in charset \"") + QString::fromLatin1(label) +
                   QStringLiteral("\" were replaced");
    return text;
}

bool MimeMessageParser::parse(const QByteArray &bytes, MimeMessage *out, QString *error) {
    *out = MimeMessage();
    if (bytes.size() > kMaxMessageBytes) {
        *error = QStringLiteral("message larger than ") +
                 QString::number(kMaxMessageBytes / (1024 * 1024)) + QStringLiteral(" MB");
        return false;
    }
    // GMime's parser recurses once per nested multipart: refuse absurd nesting
    // before it can exhaust the stack.
    if (bytes.count("ultipart/") > 2000) {
        *error = QStringLiteral("too many nested parts");
        return false;
    }
    ensureGMimeInitialised();

    GMimeStream *stream =
        g_mime_stream_mem_new_with_buffer(bytes.constData(), static_cast<size_t>(bytes.size()));
    GMimeParser *parser = g_mime_parser_new_with_stream(stream);
    g_object_unref(stream);
    g_mime_parser_set_format(parser, GMIME_FORMAT_MESSAGE);
    GMimeParserOptions *options = g_mime_parser_options_new();
    g_mime_parser_options_set_rfc2047_compliance_mode(options, GMIME_RFC_COMPLIANCE_LOOSE);
    g_mime_parser_options_set_address_compliance_mode(options, GMIME_RFC_COMPLIANCE_LOOSE);
    g_mime_parser_options_set_parameter_compliance_mode(options, GMIME_RFC_COMPLIANCE_LOOSE);
    // Raw 8-bit headers: UTF-8 when valid, else what Windows mailers wrote.
    const char *fallback[] = {"UTF-8", "windows-1252", nullptr};
    g_mime_parser_options_set_fallback_charsets(options, fallback);
    GMimeMessage *message = g_mime_parser_construct_message(parser, options);
    g_mime_parser_options_free(options);
    g_object_unref(parser);
    if (!message) {
        *error = QStringLiteral("not an e-mail message (no mail headers)");
        return false;
    }

    // GMime accepts nearly anything; a message needs at least one header a mail
    // program writes, else it is some other file.
    GMimeHeaderList *headers = g_mime_object_get_header_list(GMIME_OBJECT(message));
    bool mailHeaders = false;
    for (const char *name : {"From", "Date", "Subject", "To", "Message-ID", "MIME-Version",
                             "Received", "Return-Path", "Sender"})
        mailHeaders = mailHeaders || (headers && g_mime_header_list_contains(headers, name));
    if (!mailHeaders) {
        g_object_unref(message);
        *error = QStringLiteral("not an e-mail message (no mail headers)");
        return false;
    }

    out->subject = fromUtf8(g_mime_message_get_subject(message)).simplified();
    if (GDateTime *date = g_mime_message_get_date(message)) {
        int year = 0, month = 0, day = 0;
        g_date_time_get_ymd(date, &year, &month, &day);
        const QDate d(year, month, day);
        if (d.isValid() && year >= 1970 && year <= 2200)
            out->date = d;
    }
    InternetAddressList *from = g_mime_message_get_from(message);
    if (from && internet_address_list_length(from) > 0) {
        InternetAddress *address = internet_address_list_get_address(from, 0);
        out->fromName = fromUtf8(internet_address_get_name(address));
        if (INTERNET_ADDRESS_IS_MAILBOX(address))
            out->fromAddress =
                fromUtf8(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(address)));
    }
    walk(g_mime_message_get_mime_part(message), out, 0);
    g_object_unref(message);
    return true;
}

} // namespace cc
