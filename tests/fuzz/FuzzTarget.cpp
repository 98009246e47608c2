// libFuzzer entry points for everything in core that reads untrusted bytes.
// Built once per FUZZ_<KIND> definition (see CMakeLists.txt).
#include "extract/QuantityTagger.h"
#include "extract/SentenceSplitter.h"
#include "extract/TimeTagger.h"
#include "ingest/ReaderRegistry.h"
#include "lexicon/LexiconSet.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <cstddef>
#include <cstdint>

namespace {

const cc::LexiconSet &lexicons() {
    static const cc::LexiconSet set = cc::LexiconSet::loadDefault();
    return set;
}

[[maybe_unused]] void readAs(const char *fileName, const QByteArray &bytes) {
    const QString name = QString::fromLatin1(fileName);
    const cc::DocumentReader *reader =
        cc::ReaderRegistry::standard().readerFor(name, bytes.left(4096));
    if (reader)
        (void)reader->read(bytes, name);
}

// A damaged archive is mostly refused by libzip's checksums before any XML is read,
// so mutating a real .docx or .odt barely reaches the reader itself. An input that does
// not start with "PK" is therefore cut at kPartBreak into the format's parts (for Word
// word/document.xml, word/styles.xml, word/footnotes.xml, word/endnotes.xml and
// docProps/core.xml; for OpenDocument content.xml and meta.xml) and packed, stored and
// with correct checksums, into a fresh archive.
[[maybe_unused]] constexpr char kPartBreak[] = "\n--part--\n";

[[maybe_unused]] quint32 crc32Of(const QByteArray &bytes) {
    quint32 crc = 0xFFFFFFFFu;
    for (const char ch : bytes) {
        crc ^= static_cast<quint8>(ch);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

[[maybe_unused]] void putLe(QByteArray *out, quint32 value, int bytes) {
    for (int i = 0; i < bytes; ++i)
        out->append(static_cast<char>((value >> (8 * i)) & 0xFF));
}

[[maybe_unused]] QByteArray storedZip(const QList<QPair<QByteArray, QByteArray>> &entries) {
    QByteArray zip;
    QByteArray central;
    for (const auto &[name, data] : entries) {
        const quint32 crc = crc32Of(data);
        const auto offset = static_cast<quint32>(zip.size());
        const auto size = static_cast<quint32>(data.size());
        const auto nameSize = static_cast<quint32>(name.size());
        putLe(&zip, 0x04034b50u, 4); // local file header
        putLe(&zip, 20, 2);          // version needed
        putLe(&zip, 0, 2);           // flags
        putLe(&zip, 0, 2);           // stored
        putLe(&zip, 0, 2);           // time
        putLe(&zip, 0x21, 2);        // date 1980-01-01
        putLe(&zip, crc, 4);
        putLe(&zip, size, 4);
        putLe(&zip, size, 4);
        putLe(&zip, nameSize, 2);
        putLe(&zip, 0, 2); // extra
        zip.append(name);
        zip.append(data);
        putLe(&central, 0x02014b50u, 4); // central directory header
        putLe(&central, 20, 2);          // made by
        putLe(&central, 20, 2);          // needed
        putLe(&central, 0, 2);
        putLe(&central, 0, 2);
        putLe(&central, 0, 2);
        putLe(&central, 0x21, 2);
        putLe(&central, crc, 4);
        putLe(&central, size, 4);
        putLe(&central, size, 4);
        putLe(&central, nameSize, 2);
        putLe(&central, 0, 2); // extra
        putLe(&central, 0, 2); // comment
        putLe(&central, 0, 2); // disk
        putLe(&central, 0, 2); // internal attributes
        putLe(&central, 0, 4); // external attributes
        putLe(&central, offset, 4);
        central.append(name);
    }
    const auto centralOffset = static_cast<quint32>(zip.size());
    zip.append(central);
    putLe(&zip, 0x06054b50u, 4); // end of central directory
    putLe(&zip, 0, 2);
    putLe(&zip, 0, 2);
    putLe(&zip, static_cast<quint32>(entries.size()), 2);
    putLe(&zip, static_cast<quint32>(entries.size()), 2);
    putLe(&zip, static_cast<quint32>(central.size()), 4);
    putLe(&zip, centralOffset, 4);
    putLe(&zip, 0, 2); // comment
    return zip;
}

// Packs an input that does not start with "PK" as the named parts of an archive.
[[maybe_unused]] QByteArray packedFrom(const QByteArray &bytes, const QByteArrayList &names) {
    if (bytes.startsWith("PK"))
        return bytes;
    QList<QPair<QByteArray, QByteArray>> entries;
    qsizetype from = 0;
    for (const QByteArray &name : names) {
        const qsizetype at = bytes.indexOf(kPartBreak, from);
        const qsizetype end = at < 0 ? bytes.size() : at;
        entries.append({name, bytes.mid(from, end - from)});
        if (at < 0)
            break;
        from = at + qsizetype(sizeof kPartBreak - 1);
    }
    return storedZip(entries);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
#if defined(FUZZ_READER_TXT)
    readAs("fuzz.txt", bytes);
#elif defined(FUZZ_READER_MD)
    readAs("fuzz.md", bytes);
#elif defined(FUZZ_READER_HTML)
    readAs("fuzz.html", bytes);
#elif defined(FUZZ_READER_PDF)
    readAs("fuzz.pdf", bytes);
#elif defined(FUZZ_READER_EML)
    readAs("fuzz.eml", bytes);
#elif defined(FUZZ_READER_MBOX)
    readAs("fuzz.mbox", bytes);
#elif defined(FUZZ_READER_DOCX)
    readAs("fuzz.docx",
           packedFrom(bytes, {"word/document.xml", "word/styles.xml", "word/footnotes.xml",
                              "word/endnotes.xml", "docProps/core.xml"}));
#elif defined(FUZZ_READER_ODT)
    readAs("fuzz.odt", packedFrom(bytes, {"content.xml", "meta.xml"}));
#elif defined(FUZZ_READER_RTF)
    readAs("fuzz.rtf", bytes);
#elif defined(FUZZ_SPLITTER)
    static const cc::SentenceSplitter splitter(lexicons());
    (void)splitter.split(QString::fromUtf8(bytes));
#elif defined(FUZZ_TIME_TAGGER)
    static const cc::TimeTagger tagger(lexicons());
    (void)tagger.tag(QString::fromUtf8(bytes), QDate(2026, 5, 1));
#elif defined(FUZZ_QUANTITY_TAGGER)
    static const cc::QuantityTagger tagger(lexicons());
    (void)tagger.tag(QString::fromUtf8(bytes));
#elif defined(FUZZ_LEXICON)
    cc::LexiconSet set;
    set.addData(bytes, QStringLiteral("fuzz.json"));
    (void)set.hash();
#endif
    return 0;
}
