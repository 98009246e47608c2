// libFuzzer entry points for everything in core that reads untrusted bytes.
// Built once per FUZZ_<KIND> definition (see CMakeLists.txt).
#include "extract/QuantityTagger.h"
#include "extract/SentenceSplitter.h"
#include "extract/TimeTagger.h"
#include "ingest/ReaderRegistry.h"
#include "lexicon/LexiconSet.h"

#include <QByteArray>
#include <QCoreApplication>
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
    const cc::DocumentReader *reader = cc::ReaderRegistry::standard().readerFor(name, bytes.left(4096));
    if (reader)
        (void)reader->read(bytes, name);
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
    readAs("fuzz.docx", bytes);
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
