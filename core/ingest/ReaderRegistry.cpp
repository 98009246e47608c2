#include "ingest/ReaderRegistry.h"

#include "ingest/BinaryFileReader.h"
#include "ingest/DocxReader.h"
#include "ingest/EmailReader.h"
#include "ingest/HtmlReader.h"
#include "ingest/MarkdownReader.h"
#include "ingest/MboxReader.h"
#include "ingest/OdtReader.h"
#include "ingest/PdfReader.h"
#include "ingest/RtfReader.h"
#include "ingest/TextDecoder.h"
#include "ingest/TextReader.h"

namespace cc {

ReaderRegistry::ReaderRegistry() : m_binary(std::make_unique<BinaryFileReader>()) {}

const ReaderRegistry &ReaderRegistry::standard() {
    static const ReaderRegistry registry = [] {
        ReaderRegistry r;
        r.add(std::make_unique<TextReader>());
        r.add(std::make_unique<MarkdownReader>());
        r.add(std::make_unique<HtmlReader>());
        r.add(std::make_unique<EmailReader>());
        r.add(std::make_unique<MboxReader>());
        r.add(std::make_unique<DocxReader>());
        r.add(std::make_unique<PdfReader>());
        r.add(std::make_unique<OdtReader>());
        r.add(std::make_unique<RtfReader>());
        return r;
    }();
    return registry;
}

void ReaderRegistry::add(std::unique_ptr<DocumentReader> reader) {
    if (reader)
        m_readers.push_back(std::move(reader));
}

QString ReaderRegistry::extensionOf(const QString &fileName) {
    const QString name = fileName.section(QLatin1Char('/'), -1);
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    if (dot <= 0 || dot == name.size() - 1)
        return QString();
    const QString ext = name.mid(dot + 1).toLower();
    bool letter = false;
    for (QChar c : ext) {
        if (!c.isLetterOrNumber() || c.unicode() > 0x7F)
            return QString();
        letter = letter || c.isLetter();
    }
    return letter && ext.size() <= 10 ? ext : QString();
}

const DocumentReader *ReaderRegistry::readerFor(const QString &fileName,
                                                const QByteArray &head) const {
    const QString ext = extensionOf(fileName);
    if (!ext.isEmpty()) {
        for (const auto &r : m_readers) {
            if (r->extensions().contains(ext))
                return r.get();
        }
    }
    for (const auto &r : m_readers) {
        if (r->sniff(head))
            return r.get();
    }
    if (TextDecoder::looksBinary(head))
        return m_binary.get();
    if (ext.isEmpty())
        return readerForFormat(QStringLiteral("txt"));
    return nullptr;
}

const DocumentReader *ReaderRegistry::readerForFormat(const QString &format) const {
    for (const auto &r : m_readers) {
        if (r->format() == format)
            return r.get();
    }
    return nullptr;
}

QStringList ReaderRegistry::formats() const {
    QStringList out;
    for (const auto &r : m_readers)
        out << r->format();
    return out;
}

} // namespace cc
